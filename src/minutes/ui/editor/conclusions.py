"""Conclusions: the chair's points, in order. Type a point, Ctrl+Enter starts the next one.

In the list: Enter edits the point, Insert adds one after it, Alt+Up/Down move, Delete removes; Ctrl+T
turns the point into a task; Ctrl+Shift+D goes to its kind, agenda item and vote (:mod:`.item_fields`). Text saves itself (FieldSaver); every structural change is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.enums import SourceKind
from minutes.services.dto import ConclusionDTO, MeetingDetail
from minutes.ui.autosave import FieldSaver
from minutes.ui.context import UiContext
from minutes.ui.editor.base import SectionBase, ok
from minutes.ui.editor.item_fields import ConclusionFields, kind_cell
from minutes.ui.editor.linked_tasks import confirm_removal
from minutes.ui.models.rows import Row, RowMemo, RowsModel
from minutes.ui.views import (
    current_id,
    current_row,
    fit_rows,
    select_id,
    select_row,
    set_widths,
    setup_table,
    wrap_columns,
)
from minutes.ui.writer import BackgroundWriter

TABLE = "conclusions"


class ConclusionsSection(SectionBase):
    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("conclusionsSection")
        self._rendering = False
        self._rows: RowMemo[ConclusionDTO] = RowMemo(
            lambda i, c: Row(c.id, (str(i + 1), c.text.strip(), kind_cell(c)), ("", c.text[:2000], ""))
        )
        self.model = RowsModel([self.tr("No."), self.tr("Conclusion"), self.tr("Kind")], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "conclusionsTable", stretch=1, wrap=True)
        set_widths(self.table, {0: 44, 2: 170})
        wrap_columns(self.table, [1, 2])
        fit_rows(self.table, min_rows=3)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("conclusionText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Select or add a point (Insert), then type it. Ctrl+Enter starts the next point.")
        )
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 4)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 9)
        self.saver = FieldSaver(
            ctx,
            writer,
            self.text,
            entity=TABLE,
            field="text",
            save=lambda i, v, **w: ctx.services.items.update_conclusion(i, text=v, **w),
            label=self.tr("Edit conclusion"),
        )
        self.saver.bind(None, "")
        self.add_button = QPushButton(self.tr("Add point"), self)
        self.add_button.setObjectName("conclusionAdd")
        self.editing = QLabel(self)
        self.editing.setObjectName("conclusionEditing")
        top = QHBoxLayout()
        top.addWidget(self.editing, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(top)
        layout.addWidget(self.text)
        self.fields = ConclusionFields(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.text)
        chain = [self.text, self.fields.kind, self.fields.agenda, *self.fields.votes.values()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._bind_selected())
        self.add_button.clicked.connect(self.add_after_current)
        self._build_actions()

    def title(self) -> str:
        return self.tr("Conclusions")

    def _build_actions(self) -> None:
        only = Qt.ShortcutContext.WidgetShortcut
        table = self.table
        self.act_add = self.make_action(
            self.tr("&Add conclusion point"), "Ctrl+Shift+K", self.add_after_current, name="actConclusionAdd"
        )
        self.make_action(
            self.tr("Next point"),
            ["Ctrl+Return", "Ctrl+Enter"],
            self.add_after_current,
            name="actConclusionNext",
            widget=self.text,
            context=only,
        )
        self.make_action(
            self.tr("Insert a point after this one"),
            "Insert",
            self.add_after_current,
            name="actConclusionInsert",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("Edit the point"),
            ["Return", "Enter"],
            self.text.setFocus,
            name="actConclusionEdit",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("Move point &up"),
            "Alt+Up",
            lambda: self.move_selected(-1),
            name="actConclusionUp",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("Move point &down"),
            "Alt+Down",
            lambda: self.move_selected(1),
            name="actConclusionDown",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("&Delete point"),
            "Delete",
            self.remove,
            name="actConclusionRemove",
            widget=table,
            context=only,
        )
        self.act_task = self.make_action(
            self.tr("Create a &task from this point..."), "Ctrl+T", self.create_task, name="actConclusionTask"
        )
        self.act_fields = self.make_action(
            self.tr("Kind, agenda item and &vote of the point"),
            "Ctrl+Shift+D",
            self.fields.focus_first,
            name="actConclusionFields",
        )
        self.add_button.setToolTip(self.act_add.toolTip())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # --- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        if meeting is None or meeting.id != self.meeting_id:
            self.saver.bind(None, "")
        super().set_meeting(meeting)
        rows = self._rows.rows(meeting.conclusions if meeting else [])
        keep = self.saver.entity_id or current_id(self.table)
        self._rendering = True
        try:
            self.model.set_rows(rows)
            if current_id(self.table) != keep and not select_id(self.table, keep) and rows:
                select_row(self.table, 0)  # a meeting just opened: show its first point
        finally:
            self._rendering = False
        bound = self._point(self.saver.entity_id)
        if bound is None:
            self._bind_selected()
        else:
            self.saver.refresh(bound.text)
            self.fields.show_record(meeting, bound)
        self._show_editing()

    def flush(self) -> None:
        super().flush()
        self.fields.flush()

    def focus_first(self) -> None:
        if self.model.rowCount() == 0:  # Enter on the button or Ctrl+Shift+K adds the first point
            self.add_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.saver.entity_id is None:
            select_row(self.table, 0)
            self.table.setFocus()
        else:
            self.text.setFocus()

    def _point(self, ident: int | None) -> ConclusionDTO | None:
        if self.meeting is None or ident is None:
            return None
        return next((c for c in self.meeting.conclusions if c.id == ident), None)

    def _bind_selected(self) -> None:
        if self._rendering:
            return
        point = self._point(current_id(self.table))
        self.saver.bind(point.id if point else None, point.text if point else "")
        self.fields.show_record(self.meeting, point)
        self._show_editing()

    def _show_editing(self) -> None:
        row = self.model.row_of(self.saver.entity_id)
        self.editing.setText(
            self.tr("Point %1").replace("%1", str(row + 1))
            if row is not None
            else self.tr("No point selected")
        )

    # --- actions ---------------------------------------------------------------------------------
    def add_after_current(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        self.saver.flush()
        row = current_row(self.table)
        index = row + 1 if row >= 0 else self.model.rowCount()
        items = self.ctx.services.items

        def do() -> int:
            ident = items.add_conclusion(meeting_id)
            items.move_conclusion(ident, index)
            return ident

        ident = self.perform(self.tr("Add conclusion"), do)
        if ident is not None:
            select_id(self.table, ident)
            if self.saver.entity_id != ident:
                self._bind_selected()
            self.text.setFocus()

    def move_selected(self, step: int) -> None:
        row, ident = current_row(self.table), current_id(self.table)
        target = row + step
        if ident is None or not 0 <= target < self.model.rowCount():
            return
        items = self.ctx.services.items
        order = [c.id for c in self.meeting.conclusions] if self.meeting is not None else None
        if self.perform(
            self.tr("Move conclusion"), ok(lambda: items.move_conclusion(ident, target, seen_order=order))
        ):
            select_id(self.table, ident)

    def remove(self) -> None:
        row_index = current_row(self.table)
        point = self._point(current_id(self.table))
        meeting_id = self.meeting_id
        if point is None or meeting_id is None:
            return
        text = self.text.toPlainText() if self.saver.entity_id == point.id else point.text
        self.saver.flush()
        items, first = self.ctx.services.items, point.id
        title = self.tr("Delete conclusion")
        if not confirm_removal(self, self.ctx, "conclusion", first, title):
            return
        if self.perform(title, ok(lambda: items.remove_conclusion(first, seen={"text": text}))):
            select_row(self.table, min(row_index, self.model.rowCount() - 1))

    def create_task(self) -> None:
        point = self._point(self.saver.entity_id or current_id(self.table))
        if point is None or self.meeting is None:
            return
        self.saver.flush()
        from minutes.ui.task_form import TaskForm

        TaskForm.create_from(
            self,
            self.ctx,
            self.writer,
            self.meeting,
            text=self.text.toPlainText() or point.text,
            source_kind=SourceKind.CONCLUSION.value,
            source_id=point.id,
        )
