"""The agenda: the meeting's items in order ("1. Kết quả công tác tháng 2..."). Reports, contributions,
conclusions and tasks belong to an item (chosen where they are edited).

Type an item in the line and press Enter: it is added after the selected one. In the list: F2 (or any
letter) edits the title in place, Insert goes to the new-item line, Alt+Up/Down move, Delete removes the
item (what belonged to it stays in the meeting, under no item; Edit -> Undo, in the services, puts
everything back). A rename or a deletion names the version the user saw (a stale one is refused).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QVBoxLayout, QWidget

from minutes.domain.text import normalize_line
from minutes.services.dto import AgendaItemDTO, MeetingDetail
from minutes.ui.context import UiContext
from minutes.ui.editor.base import SectionBase, ok
from minutes.ui.models.rows import Row, RowsModel
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

TABLE = "agenda_items"


def belonging(meeting: MeetingDetail, item_id: int) -> dict[str, list[int]]:
    """The ids of what belongs to agenda item ``item_id``, by kind."""
    return {
        "reports": [r.id for r in meeting.reports if r.agenda_item_id == item_id],
        "contributions": [c.id for c in meeting.contributions if c.agenda_item_id == item_id],
        "conclusions": [c.id for c in meeting.conclusions if c.agenda_item_id == item_id],
        "tasks": [t.id for t in meeting.tasks if t.agenda_item_id == item_id],
    }


class AgendaSection(SectionBase):
    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("agendaSection")
        self.new_title = QLineEdit(self)
        self.new_title.setObjectName("agendaNew")
        self.new_title.setPlaceholderText(
            self.tr("Type an agenda item and press Enter (it goes after the selected one)")
        )
        self.model = RowsModel(
            [self.tr("No."), self.tr("Agenda item"), self.tr("Belonging")],
            editable=[1],
            on_edit=self._edited,
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "agendaTable", stretch=1, wrap=True)
        set_widths(self.table, {0: 44, 2: 260})
        wrap_columns(self.table, [1, 2])
        fit_rows(self.table, min_rows=2)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_title)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.new_title, self.table)
        self.new_title.returnPressed.connect(self.add_typed)
        self._build_actions()

    def title(self) -> str:
        return self.tr("Agenda")

    def _build_actions(self) -> None:
        only = Qt.ShortcutContext.WidgetShortcut
        table = self.table
        self.make_action(
            self.tr("New agenda item"),
            "Insert",
            self.new_title.setFocus,
            name="actAgendaInsert",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("Move item &up"),
            "Alt+Up",
            lambda: self.move_selected(-1),
            name="actAgendaUp",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("Move item &down"),
            "Alt+Down",
            lambda: self.move_selected(1),
            name="actAgendaDown",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("&Delete agenda item"),
            "Delete",
            self.remove,
            name="actAgendaRemove",
            widget=table,
            context=only,
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # --- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        super().set_meeting(meeting)
        rows = []
        for index, item in enumerate(meeting.agenda if meeting else []):
            assert meeting is not None
            rows.append(
                Row(
                    item.id,
                    (str(index + 1), item.title, self._belonging_text(meeting, item)),
                    ("", item.title),
                )
            )
        keep = current_id(self.table)
        self.model.set_rows(rows)
        if keep is not None and current_id(self.table) != keep:
            select_id(self.table, keep)
        for widget in (self.new_title, self.table):
            widget.setEnabled(meeting is not None)

    def _belonging_text(self, meeting: MeetingDetail, item: AgendaItemDTO) -> str:
        found = belonging(meeting, item.id)
        parts = [
            self.tr("%n report(s)", "", len(found["reports"])),
            self.tr("%n contribution(s)", "", len(found["contributions"])),
            self.tr("%n conclusion(s)", "", len(found["conclusions"])),
            self.tr("%n task(s)", "", len(found["tasks"])),
        ]
        counts = [len(found[k]) for k in ("reports", "contributions", "conclusions", "tasks")]
        return ", ".join(p for p, n in zip(parts, counts, strict=True) if n)

    def focus_first(self) -> None:
        if self.model.rowCount():
            if current_row(self.table) < 0:
                select_row(self.table, 0)
            self.table.setFocus()
        else:
            self.new_title.setFocus()

    def _item(self, ident: int | None) -> AgendaItemDTO | None:
        if self.meeting is None or ident is None:
            return None
        return next((a for a in self.meeting.agenda if a.id == ident), None)

    # --- actions ---------------------------------------------------------------------------------
    # Each action is one unit of work in the services, so one step of Edit -> Undo (minutes.services.undo:
    # a deleted item comes back under its id, with what belonged to it). A rename or a deletion names
    # what the user saw: a change someone else made meanwhile is refused and said, never overwritten.
    def add_typed(self) -> None:
        meeting_id, title = self.meeting_id, normalize_line(self.new_title.text())
        if meeting_id is None:
            return
        if not title:
            self.message.show_message(self.tr("Type the title of the agenda item first."))
            return
        row = current_row(self.table)
        index = row + 1 if row >= 0 else self.model.rowCount()
        agenda = self.ctx.services.agenda
        ident = self.perform(self.tr("Add agenda item"), lambda: agenda.add_item(meeting_id, title, index))
        if ident is not None:
            self.new_title.clear()
            select_id(self.table, ident)

    def _edited(self, ident: int, _column: int, value: Any) -> bool:
        item = self._item(ident)
        title = normalize_line(str(value))
        if item is None or title == item.title:
            return False
        if not title:
            self.message.show_message(self.tr("An agenda item needs a title."))
            return False
        # written once the editor has closed: the write announces a change and the table is rebuilt
        QTimer.singleShot(0, lambda: self._rename(item, title))
        return True

    def _rename(self, item: AgendaItemDTO, title: str) -> None:
        agenda = self.ctx.services.agenda
        done = self.perform(
            self.tr("Rename agenda item"),
            lambda: agenda.rename_item(item.id, title, expected_version=item.version, seen=item.title),
        )
        if done is None:  # refused: the list shows the title as stored, not the one typed
            self.show_stored()

    def move_selected(self, step: int) -> None:
        row, ident = current_row(self.table), current_id(self.table)
        target = row + step
        if ident is None or not 0 <= target < self.model.rowCount():
            return
        agenda = self.ctx.services.agenda
        order = [a.id for a in self.meeting.agenda] if self.meeting is not None else None
        if self.perform(
            self.tr("Move agenda item"), ok(lambda: agenda.move_item(ident, target, seen_order=order))
        ):
            select_id(self.table, ident)

    def remove(self) -> None:
        row_index = current_row(self.table)
        item = self._item(current_id(self.table))
        if item is None or self.meeting is None:
            return
        agenda, first, seen = self.ctx.services.agenda, item.id, {"title": item.title}
        if self.perform(self.tr("Delete agenda item"), ok(lambda: agenda.remove_item(first, seen=seen))):
            select_row(self.table, min(row_index, self.model.rowCount() - 1))
