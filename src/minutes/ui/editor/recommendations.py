"""Recommendations, grouped under headings ("Công tác đầu tư xây dựng cơ bản"), each with the response
decided at the meeting.

Ctrl+Shift+U adds a group; Enter on a new group's title starts its first recommendation; Ctrl+Enter in a
recommendation starts the next one. In the tree: Enter edits, Insert adds a recommendation after the
selected one, Alt+Up/Down move, Delete removes (a group with its recommendations), Ctrl+T makes a task.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.enums import SourceKind
from minutes.services.dto import MeetingDetail, RecommendationDTO, RecommendationGroupDTO
from minutes.ui.autosave import FieldSaver
from minutes.ui.context import UiContext
from minutes.ui.editor.recommendation_actions import RecommendationActions
from minutes.ui.models.rows import ID_ROLE, Row
from minutes.ui.models.tree import GROUP, ITEM, KIND_ROLE, Group, GroupsModel
from minutes.ui.views import WrapDelegate
from minutes.ui.writer import BackgroundWriter

GROUPS, ITEMS = "recommendation_groups", "recommendations"

#: The response column's width while some recommendation has a response; with none, the column is
#: hidden and the recommendations take the whole width (issue 15 item 9).
RESPONSE_WIDTH = 260
#: At most this many lines of a recommendation (or a response) in the tree; its tooltip has more.
RECOMMENDATION_LINES = 10
TIP_CHARS = 2000


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


class RecommendationsSection(RecommendationActions):
    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("recommendationsSection")
        self._rendering = False
        items = ctx.services.items
        self.model = GroupsModel([self.tr("Group / recommendation"), self.tr("Response")], parent=self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("recsTree")
        self.tree.setModel(self.model)
        # a recommendation and its response wrap whole, up to a few lines ("…" only when more follows)
        self.tree.setItemDelegate(WrapDelegate(self.tree, RECOMMENDATION_LINES))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, RESPONSE_WIDTH)
        self.tree.setColumnHidden(1, True)  # until a recommendation has a response
        # wrapped rows grow or shrink with the text column: a resized window or column refits the tree
        # (the stretching column's new width is known once the header has laid itself out)
        self._kept: dict[int, tuple[tuple[int, int], RecommendationGroupDTO, Group]] = {}
        self._fitted: tuple[object, ...] = ()  # what the tree's height was measured from
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_tree)
        self.tree.header().sectionResized.connect(lambda *_args: self._fit_timer.start())
        self.tree.header().geometriesChanged.connect(self._fit_timer.start)
        self.tree.installEventFilter(self)

        self.group_title = QLineEdit(self)
        self.group_title.setObjectName("recGroupTitle")
        self.group_title.setPlaceholderText(
            self.tr("Group heading, e.g. Công tác quản lý đô thị; Enter starts its first recommendation")
        )
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The recommendation. Ctrl+Enter starts the next one."))
        self.response = QPlainTextEdit(self)
        self.response.setObjectName("recResponse")
        self.response.setTabChangesFocus(True)
        self.response.setPlaceholderText(self.tr("The response decided at the meeting (optional)"))
        for edit in (self.text, self.response):
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 8)
        self.title_saver = FieldSaver(
            ctx,
            writer,
            self.group_title,
            entity=GROUPS,
            field="title",
            save=lambda i, v, **w: items.update_group(i, title=v, **w),
            label=self.tr("Edit group heading"),
        )
        self.text_saver = FieldSaver(
            ctx,
            writer,
            self.text,
            entity=ITEMS,
            field="text",
            save=lambda i, v, **w: items.update_recommendation(i, text=v, **w),
            label=self.tr("Edit recommendation"),
        )
        self.response_saver = FieldSaver(
            ctx,
            writer,
            self.response,
            entity=ITEMS,
            field="response",
            save=lambda i, v, **w: items.update_recommendation(i, response=v, **w),
            label=self.tr("Edit response"),
        )
        for saver in (self.title_saver, self.text_saver, self.response_saver):
            saver.bind(None, "")

        self.pages = QStackedWidget(self)
        self.empty_page = QLabel(
            self.tr(
                "Add a group of recommendations with Ctrl+Shift+U, type its heading, "
                "then the recommendations one by one."
            ),
            self,
        )
        self.empty_page.setObjectName("recEmptyHint")
        self.empty_page.setWordWrap(True)
        self.empty_page.setStyleSheet("color: palette(placeholder-text);")
        group_page = QWidget(self)
        group_layout = QVBoxLayout(group_page)
        group_layout.setContentsMargins(0, 0, 0, 0)
        title_label = QLabel(self.tr("Group &heading:"), group_page)
        title_label.setBuddy(self.group_title)
        group_layout.addWidget(title_label)
        group_layout.addWidget(self.group_title)
        group_layout.addStretch(1)
        item_page = QWidget(self)
        item_layout = QVBoxLayout(item_page)
        item_layout.setContentsMargins(0, 0, 0, 0)
        self.item_label = QLabel(item_page)
        self.item_label.setBuddy(self.text)
        response_label = QLabel(self.tr("Res&ponse decided:"), item_page)
        response_label.setBuddy(self.response)
        item_layout.addWidget(self.item_label)
        item_layout.addWidget(self.text, 2)
        item_layout.addWidget(response_label)
        item_layout.addWidget(self.response, 1)
        for page in (self.empty_page, group_page, item_page):
            self.pages.addWidget(page)
        self.group_page, self.item_page = group_page, item_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.pages, 2)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.tree, self.group_title)
        QWidget.setTabOrder(self.group_title, self.text)
        QWidget.setTabOrder(self.text, self.response)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._bind_selected())
        self.group_title.returnPressed.connect(self._title_entered)
        self.build_actions()

    def title(self) -> str:
        return self.tr("Recommendations")

    # --- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        if meeting is None or meeting.id != self.meeting_id:
            for saver in (self.title_saver, self.text_saver, self.response_saver):
                saver.bind(None, "")
        super().set_meeting(meeting)
        groups = self._groups(meeting.recommendation_groups if meeting else [])
        kind, ident = self.current()
        self._rendering = True
        try:
            reset = [(g.row.id, [i.id for i in g.items]) for g in groups] != [
                (g.row.id, [i.id for i in g.items]) for g in self.model.groups()
            ]
            self.model.set_groups(groups)
            if reset:
                self.tree.expandAll()
                if not self.select(kind, ident) and groups:
                    first = groups[0]
                    if first.items:
                        self.select(ITEM, first.items[0].id)
                    else:
                        self.select(GROUP, first.row.id)
        finally:
            self._rendering = False
        self._show_responses(
            any(r.response for g in meeting.recommendation_groups for r in g.items) if meeting else False
        )
        self._fit_tree()  # texts edited or columns resized: rows wrap to other heights
        self._refresh_editors()

    def _groups(self, given: list[RecommendationGroupDTO]) -> list[Group]:
        """The tree's groups, each kept from the last time when its record and place are the same (the
        meeting is given again after every announced save: nothing is formatted again for it)."""
        kept, fresh, groups, number = self._kept, {}, [], 0
        for g_index, g in enumerate(given):
            found = kept.get(g.id)
            if found is not None and found[0] == (g_index, number) and (found[1] is g or found[1] == g):
                group = found[2]
            else:
                group = _group(g_index, number, g)
            fresh[g.id] = ((g_index, number), g, group)
            groups.append(group)
            number += len(g.items)
        self._kept = fresh
        return groups

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def _show_responses(self, shown: bool) -> None:
        """The response column only when some recommendation has a response: an empty column would
        take the width the recommendations' text wraps in."""
        if self.tree.isColumnHidden(1) != shown:
            return
        self.tree.setColumnHidden(1, not shown)
        if shown:
            self.tree.header().resizeSection(1, RESPONSE_WIDTH)
        self.tree.scheduleDelayedItemsLayout()  # rows wrap again at the text column's new width

    def _fit_tree(self) -> None:
        """As tall as every row, wrapped, in the editor's scrolling form: the page scrolls, not the tree.

        Measured from the rows the model holds (no model index per cell), each text's height kept by
        text, font and width (:meth:`WrapDelegate.cell_height`): the meeting given again after a save
        measures only the texts that changed, and nothing at all when none did."""
        tree, model = self.tree, self.model
        delegate = tree.itemDelegate()
        line = tree.fontMetrics().height() + 6
        columns = [c for c in range(2) if not tree.isColumnHidden(c)]
        groups = model.groups()
        expanded = [tree.isExpanded(model.index(g_row, 0)) for g_row in range(len(groups))]
        widths = (
            [[(c, delegate.text_width(c, depth)) for c in columns] for depth in (0, 1)]
            if isinstance(delegate, WrapDelegate)
            else []
        )
        font = tree.font()
        group_font = model.index(0, 0).data(Qt.ItemDataRole.FontRole) if groups else None
        heading_font = group_font if isinstance(group_font, QFont) else font
        outside = tree.header().sizeHint().height() + 2 * tree.frameWidth() + 4
        key = (groups, expanded, widths, line, outside, font.toString(), heading_font.toString())
        if key == self._fitted:
            return  # the same rows at the same widths: the same height
        self._fitted = key
        body = 0
        if isinstance(delegate, WrapDelegate):

            def height(cells: tuple[str, ...], cell_font: QFont, depth: int) -> int:
                return max(
                    line,
                    *(delegate.cell_height(cells[c] if c < len(cells) else "", cell_font, width)
                      for c, width in widths[depth]),
                )  # fmt: skip

            for group, shown in zip(groups, expanded, strict=True):
                body += height(group.row.cells, heading_font, 0)
                if shown:
                    body += sum(height(item.cells, font, 1) for item in group.items)
        else:
            body = line * sum(1 + len(g.items) for g in groups)
        total = outside + max(body, 6 * line)
        tree.setMinimumHeight(total)
        tree.setMaximumHeight(total)
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def current(self) -> tuple[str | None, int | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        index = index.siblingAtColumn(0)
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select(self, kind: str | None, ident: int | None) -> bool:
        index = self.model.find(kind or "", ident)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        return True

    def group_dto(self, ident: int | None) -> RecommendationGroupDTO | None:
        groups = self.meeting.recommendation_groups if self.meeting else []
        return next((g for g in groups if g.id == ident), None)

    def item_dto(self, ident: int | None) -> RecommendationDTO | None:
        groups = self.meeting.recommendation_groups if self.meeting else []
        return next((r for g in groups for r in g.items if r.id == ident), None)

    def _refresh_editors(self) -> None:
        group = self.group_dto(self.title_saver.entity_id)
        item = self.item_dto(self.text_saver.entity_id)
        kind, ident = self.current()
        stale = (
            (kind == GROUP and group is None)
            or (kind == ITEM and item is None)
            or (
                (kind, ident)
                != ((GROUP, self.title_saver.entity_id) if group else (ITEM, self.text_saver.entity_id))
            )
        )
        if stale:
            self._bind_selected()
            return
        if group is not None:
            self.title_saver.refresh(group.title)
        if item is not None:
            self.text_saver.refresh(item.text)
            self.response_saver.refresh(item.response or "")
            self._label_item(item)

    def _bind_selected(self) -> None:
        if self._rendering:
            return
        kind, ident = self.current()
        group = self.group_dto(ident) if kind == GROUP else None
        item = self.item_dto(ident) if kind == ITEM else None
        self.title_saver.bind(group.id if group else None, group.title if group else "")
        self.text_saver.bind(item.id if item else None, item.text if item else "")
        self.response_saver.bind(item.id if item else None, (item.response or "") if item else "")
        if item is not None:
            self._label_item(item)
        self.pages.setCurrentWidget(self.item_page if item else self.group_page if group else self.empty_page)

    def _label_item(self, item: RecommendationDTO) -> None:
        index = self.model.find(ITEM, item.id)
        number = index.data().split(".", 1)[0] if index.isValid() else ""
        self.item_label.setText(self.tr("&Recommendation %1:").replace("%1", number))

    def focus_first(self) -> None:
        if self.model.rowCount() == 0:  # the hint says Ctrl+Shift+U adds the first group
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            if not self.tree.currentIndex().isValid():
                self.tree.setCurrentIndex(self.model.index(0, 0))
            self.tree.setFocus()

    def edit_current(self) -> None:
        kind, _ident = self.current()
        (self.group_title if kind == GROUP else self.text).setFocus()

    def _title_entered(self) -> None:
        group = self.group_dto(self.title_saver.entity_id)
        if group is None:
            return
        self.title_saver.flush()
        if not group.items:
            self.add_item(group.id, 0)
        else:
            self.tree.setFocus()

    def _group_row(self, group_id: int) -> QModelIndex:
        return self.model.find(GROUP, group_id)

    def create_task(self) -> None:
        kind, ident = self.current()
        item = self.item_dto(ident) if kind == ITEM else None
        if item is None or self.meeting is None:
            return
        self.text_saver.flush()
        from minutes.ui.task_form import TaskForm

        TaskForm.create_from(
            self,
            self.ctx,
            self.writer,
            self.meeting,
            text=self.text.toPlainText() or item.text,
            source_kind=SourceKind.RECOMMENDATION.value,
            source_id=item.id,
        )


def _group(g_index: int, before: int, g: RecommendationGroupDTO) -> Group:
    """The tree's rows of group ``g`` (the ``g_index``-th), its recommendations numbered after ``before``."""
    rows = tuple(
        Row(
            r.id,
            (f"{number}. {r.text.strip()}", (r.response or "").strip()),
            (r.text[:TIP_CHARS], (r.response or "")[:TIP_CHARS]),
        )
        for number, r in enumerate(g.items, start=before + 1)
    )
    heading = f"{_roman(g_index + 1)}. {g.title}" if g.title else f"{_roman(g_index + 1)}."
    return Group(Row(g.id, (heading, ""), (g.title, "")), rows)
