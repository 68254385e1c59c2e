"""The board's table model: one keyset page at a time, sorted and filtered in SQL.

The model holds the rows loaded so far (ids and preformatted strings) and the cursor of the next page.
The view asks for more with ``canFetchMore``/``fetchMore`` as the user scrolls to the end, so the model
never holds more than what was scrolled through plus one page. Clicking a header calls :meth:`sort`,
which asks the database again in the new order. ``data()`` only picks ready strings and colours.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from minutes.domain.status import TaskStatus
from minutes.services import ChangeSet, Services
from minutes.services.board import PAGE_SIZE, BoardRow, Cursor, SortKey, TaskFilter
from minutes.ui import deadline_text, names
from minutes.ui.models.rows import ID_ROLE
from minutes.ui.tr import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the BoardRow itself

#: (header, the sort key of the column or None) in column order; STT is the row number, not sortable.
COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    (QT_TRANSLATE_NOOP("BoardModel", "No."), None),
    (QT_TRANSLATE_NOOP("BoardModel", "Task"), SortKey.TEXT),
    (QT_TRANSLATE_NOOP("BoardModel", "Lead unit"), SortKey.LEAD_UNIT),
    (QT_TRANSLATE_NOOP("BoardModel", "Coordinating units"), SortKey.COORDINATING),
    (QT_TRANSLATE_NOOP("BoardModel", "Responsible"), SortKey.RESPONSIBLE),
    (QT_TRANSLATE_NOOP("BoardModel", "Deadline"), SortKey.DEADLINE),
    (QT_TRANSLATE_NOOP("BoardModel", "Priority"), SortKey.PRIORITY),
    (QT_TRANSLATE_NOOP("BoardModel", "Status"), SortKey.STATUS),
    (QT_TRANSLATE_NOOP("BoardModel", "Progress"), SortKey.PROGRESS),
    (QT_TRANSLATE_NOOP("BoardModel", "Meeting"), SortKey.MEETING),
)
(
    COL_STT,
    COL_TEXT,
    COL_LEAD,
    COL_COORD,
    COL_RESP,
    COL_DEADLINE,
    COL_PRIORITY,
    COL_STATUS,
    COL_PROGRESS,
    COL_MEETING,
) = range(len(COLUMNS))
SORT_COLUMN = {key: column for column, (_, key) in enumerate(COLUMNS) if key is not None}

#: Rows due within this many days stand out (amber); overdue rows are red.
DUE_SOON_DAYS = 7

OVERDUE_FG, OVERDUE_BG = QColor("#9a1c1c"), QColor("#fdecea")
SOON_FG, SOON_BG = QColor("#7a4b00"), QColor("#fff4d6")
QUIET_FG = QColor("#6b6b6b")

#: Tables whose changes can change what the board shows.
WATCHED = ("tasks", "task_coordinators", "task_assignees", "progress_updates", "units", "people", "meetings")


class DeadlineWords(QObject):
    """How late or how soon, in the board's words, for the board and the reminders alike.

    A class so the plural texts are ``self.tr`` calls: PySide6 6.11's lupdate does not see the count of a
    ``QCoreApplication.translate(context, text, "", n)`` call and would extract them as singular texts.
    """

    def text(self, days: int) -> str:
        if days < 0:
            late = abs(days)
            return self.tr("%n day(s) late", "", late)
        if days == 0:
            return self.tr("Due today")
        return self.tr("Due in %n day(s)", "", days)


_WORDS: list[DeadlineWords] = []


def deadline_words(days: int) -> str:
    """Translated: "3 days late", "Due today", "Due in 5 days"."""
    if not _WORDS:
        _WORDS.append(DeadlineWords())
    return _WORDS[0].text(days)


def urgency(row: BoardRow) -> str:
    """The row's urgency: "overdue", "soon" (due within DUE_SOON_DAYS days) or ""."""
    if row.status is TaskStatus.OVERDUE:
        return "overdue"
    if row.days_left is not None and 0 <= row.days_left <= DUE_SOON_DAYS:
        return "soon"
    return ""


class BoardModel(QAbstractTableModel):
    """Tasks of every meeting for one :class:`TaskFilter`, loaded page by page."""

    reloaded = Signal()  # the rows were replaced (new filter, new order, data changed)

    def __init__(self, services: Services, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.services = services
        self.page_size = page_size
        self._filter = TaskFilter()
        self._rows: list[BoardRow] = []
        self._cursor: Cursor | None = None
        self._announcing = False
        self._status_names: dict[TaskStatus, str] = {}
        self._priority_names: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._translate_names()

    # --- content ---------------------------------------------------------------------------------
    @property
    def filter(self) -> TaskFilter:
        return self._filter

    def set_filter(self, f: TaskFilter) -> None:
        """Show ``f``'s tasks from the first page."""
        self._filter = f
        self._load(self.page_size)

    def reload(self) -> None:
        """Read again what is shown (as many rows as were loaded), e.g. after a change elsewhere."""
        self._load(max(self.page_size, len(self._rows)))

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def retranslate(self) -> None:
        self._translate_names()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def _translate_names(self) -> None:
        self._status_names = {s: names.task_status(s.value) for s in TaskStatus}
        self._priority_names = {p: names.priority(p) for p in ("high", "medium", "low")}

    def _load(self, limit: int) -> None:
        rows, cursor = self.services.board.page(self._filter, None, limit)
        self._announcing = True
        try:
            self.beginResetModel()
            self._rows, self._cursor = rows, cursor
            self.endResetModel()
        finally:
            self._announcing = False
        self.reloaded.emit()

    def row_at(self, row: int) -> BoardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, task_id: int | None) -> int:
        for number, row in enumerate(self._rows):
            if row.id == task_id:
                return number
        return -1

    def loaded(self) -> int:
        return len(self._rows)

    # --- paging ----------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and self._cursor is not None and not self._announcing

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        # Asked while a change is being announced (by a listener of modelReset or rowsInserted): no
        # insertion inside another change; the view asks again, from its timer, if it has room.
        if parent.isValid() or self._cursor is None or self._announcing:
            return
        rows, cursor = self.services.board.page(self._filter, self._cursor, self.page_size)
        self._cursor = cursor
        if not rows:
            return
        first = len(self._rows)
        self._announcing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._announcing = False

    # --- sorting ---------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            key = SortKey.DEADLINE
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending and self._rows:
            return
        self._filter = self._filter.replace(sort=key, descending=descending)
        self._load(self.page_size)

    def sort_column(self) -> int:
        return SORT_COLUMN.get(self._filter.sort, COL_DEADLINE)

    # --- Qt API ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            level = urgency(row)
            if level == "overdue":
                return QBrush(OVERDUE_FG)
            if level == "soon":
                return QBrush(SOON_FG)
            return QBrush(QUIET_FG) if row.status is TaskStatus.CANCELLED else None
        if role == Qt.ItemDataRole.BackgroundRole:
            level = urgency(row)
            return QBrush(OVERDUE_BG) if level == "overdue" else QBrush(SOON_BG) if level == "soon" else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column == COL_STATUS and urgency(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_STT, COL_PROGRESS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == COL_DEADLINE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row: BoardRow, number: int, column: int) -> str:
        if column == COL_STT:
            return str(number + 1)
        if column == COL_TEXT:
            return row.text
        if column == COL_LEAD:
            return row.lead_unit
        if column == COL_COORD:
            return row.coordinating
        if column == COL_RESP:
            return row.assigned  # the responsible person, the people assigned, a free-text assignee
        if column == COL_DEADLINE:
            return deadline_text.short(row.deadline_spec) or row.deadline_text
        if column == COL_PRIORITY:
            return self._priority_names.get(row.priority.value, row.priority.value)
        if column == COL_STATUS:
            return self._status_names[row.status]
        if column == COL_PROGRESS:
            return row.progress_text
        return row.meeting

    def _tip(self, row: BoardRow, column: int) -> str | None:
        if column in (COL_TEXT, COL_COORD, COL_MEETING, COL_RESP):
            return self._text(row, 0, column) or None
        if column == COL_DEADLINE:
            parts = [deadline_text.details(row.deadline_spec)]
            if row.days_left is not None:
                parts.append(deadline_words(row.days_left))
            return "\n".join(p for p in parts if p) or None
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BoardModel", COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is not None:
            return QCoreApplication.translate("BoardModel", "Click to sort by this column")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
