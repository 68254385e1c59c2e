"""The board's table model: one keyset page at a time, sorted and filtered in SQL.

The view asks for more with ``canFetchMore``/``fetchMore`` as the user scrolls to the end. The model
remembers where each page starts (its keyset cursor, a few values) but keeps only a window of
:data:`KEPT_PAGES` pages of rows (ids and preformatted strings): a page scrolled out of the window is
read again, by its cursor, when the view shows it. So memory stays flat however far the user scrolls,
and :meth:`reload` (a change elsewhere) drops the window and reads one page, the one last shown.

A page read again that no longer ends where it did (tasks were added or removed before the next page's
start) makes the model drop every page after it; the view fetches them again as the user scrolls, so
no row is shown twice or skipped. Clicking a header calls :meth:`sort`, which asks the database again
in the new order. ``data()`` only picks ready strings and colours.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from minutes.domain.status import TaskStatus
from minutes.services import ChangeSet, Services
from minutes.services.board import BoardRow, Cursor, SortKey, TaskFilter
from minutes.ui import deadline_text, names
from minutes.ui.board.chips import with_count
from minutes.ui.models.rows import ID_ROLE
from minutes.ui.tr import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the BoardRow itself

#: (header, the sort key of the column or None) in column order; STT is the row number, not sortable.
COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    (QT_TRANSLATE_NOOP("BoardModel", "No."), None),
    # the columns a leader decides by first (issue 15 item 13): state, deadline, progress, lead unit
    (QT_TRANSLATE_NOOP("BoardModel", "Status"), SortKey.STATUS),
    (QT_TRANSLATE_NOOP("BoardModel", "Deadline"), SortKey.DEADLINE),
    (QT_TRANSLATE_NOOP("BoardModel", "Progress"), SortKey.PROGRESS),
    (QT_TRANSLATE_NOOP("BoardModel", "Lead unit"), SortKey.LEAD_UNIT),
    (QT_TRANSLATE_NOOP("BoardModel", "Task"), SortKey.TEXT),
    (QT_TRANSLATE_NOOP("BoardModel", "Responsible"), SortKey.RESPONSIBLE),
    (QT_TRANSLATE_NOOP("BoardModel", "Coordinating units"), SortKey.COORDINATING),
    (QT_TRANSLATE_NOOP("BoardModel", "Priority"), SortKey.PRIORITY),
    (QT_TRANSLATE_NOOP("BoardModel", "Meeting"), SortKey.MEETING),
)
(
    COL_STT,
    COL_STATUS,
    COL_DEADLINE,
    COL_PROGRESS,
    COL_LEAD,
    COL_TEXT,
    COL_RESP,
    COL_COORD,
    COL_PRIORITY,
    COL_MEETING,
) = range(len(COLUMNS))
SORT_COLUMN = {key: column for column, (_, key) in enumerate(COLUMNS) if key is not None}

#: Rows the board reads at a time: a window's worth and more (a full-height board on a 1440-pixel
#: screen shows about 40 rows). The first page is what a filter change waits for, and the reading of
#: the rows' details (units, people, deadlines) grows with it: 60 rows instead of the services' 200
#: take a third to a half less time (issue 17). Scrolling fetches the next page when the last row
#: comes into view, a tall window fetches as many as it has room for.
SCREEN_PAGE = 60

#: Pages of rows kept in memory (the most recently shown); the others are read again when shown.
KEPT_PAGES = 10

#: Rows due within this many days stand out (amber); overdue rows are red.
DUE_SOON_DAYS = 7

OVERDUE_FG, OVERDUE_BG = QColor("#9a1c1c"), QColor("#fdecea")
SOON_FG, SOON_BG = QColor("#7a4b00"), QColor("#fff4d6")
QUIET_FG = QColor("#6b6b6b")

#: Tables whose changes can change what the board shows.
WATCHED = ("tasks", "task_coordinators", "task_assignees", "progress_updates", "units", "people", "meetings")


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset(
    (_DISPLAY, _TOOLTIP, _FOREGROUND, _BACKGROUND, _FONT, _ALIGNMENT, int(ID_ROLE), int(ROW_ROLE))
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_OVERDUE_FG, _SOON_FG, _QUIET_FG = QBrush(OVERDUE_FG), QBrush(SOON_FG), QBrush(QUIET_FG)
_OVERDUE_BG, _SOON_BG = QBrush(OVERDUE_BG), QBrush(SOON_BG)


class DeadlineWords(QObject):
    """How late or how soon, in the board's words, for the board and the reminders alike.

    A class so the plural texts are ``self.tr`` calls: PySide6 6.11's lupdate does not see the count of a
    ``QCoreApplication.translate(context, text, "", n)`` call and would extract them as singular texts.
    """

    def text(self, days: int) -> str:
        if days < 0:
            late = abs(days)
            return with_count(self.tr("%n day(s) late", "", late), late)
        if days == 0:
            return self.tr("Due today")
        return with_count(self.tr("Due in %n day(s)", "", days), days)


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

    def __init__(self, services: Services, parent: Any = None, page_size: int = SCREEN_PAGE) -> None:
        super().__init__(parent)
        self.services = services
        self.page_size = page_size
        self._filter = TaskFilter()
        self._starts: list[Cursor | None] = []  # where each page known so far starts (None: the first)
        self._pages: OrderedDict[int, list[BoardRow]] = OrderedDict()  # the window, most recent last
        self._count = 0  # rows known (every page but the last is full)
        self._cursor: Cursor | None = None  # where the next page starts; None: no more
        self._recent = -1  # the page used last (the most recent in the window)
        self._generation = 0  # bumped by every reset: a deferred re-anchoring of an older one is dropped
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
        """Read again what is shown, e.g. after a change elsewhere: the window is dropped and the page
        shown last is read again (one page); the others are read when the view shows them."""
        if not self._starts:
            self._load(self.page_size)
            return
        shown = next(reversed(self._pages), 0)
        self._pages.clear()
        self._fetch_page(shown, deferred=False)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
        self.reloaded.emit()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def retranslate(self) -> None:
        self._translate_names()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def _translate_names(self) -> None:
        self._status_names = {s: names.task_status(s.value) for s in TaskStatus}
        self._priority_names = {p: names.priority(p) for p in ("high", "medium", "low")}
        self._extended = self.tr("extended")

    def _load(self, limit: int) -> None:
        rows, cursor = self.services.board.page(self._filter, None, limit)
        self._announcing = True
        try:
            self.beginResetModel()
            self._generation += 1
            self._starts, self._count, self._cursor = [None], len(rows), cursor
            self._pages, self._recent = OrderedDict([(0, rows)]), 0
            self.endResetModel()
        finally:
            self._announcing = False
        self.reloaded.emit()

    def rehearse(self, rows: list[BoardRow]) -> None:
        """Hold ``rows`` as the only page (``[]``: nothing) without reading: for the off-screen paint of
        a board made ahead (:mod:`minutes.ui.board.prepare`), which lays out their texts once; emptied
        right after, never shown (the board reads its list when first shown)."""
        self._announcing = True
        try:
            self.beginResetModel()
            self._generation += 1
            self._starts, self._count, self._cursor = ([None] if rows else []), len(rows), None
            self._pages = OrderedDict([(0, list(rows))]) if rows else OrderedDict()
            self._recent = 0 if rows else -1
            self.endResetModel()
        finally:
            self._announcing = False

    def row_at(self, row: int) -> BoardRow | None:
        """The row at ``row`` (its page read again if it left the window)."""
        return self._row(row, deferred=self._announcing)

    def _row(self, row: int, *, deferred: bool) -> BoardRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size, deferred)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def painted_row(self, row: int) -> BoardRow | None:
        """The row at ``row`` for the view's paint (a page that moved is re-anchored from the event loop)."""
        return self._row(row, deferred=True)

    def cell_text(self, row: BoardRow, number: int, column: int) -> str:
        """What the cell of ``row`` (row number ``number``) in ``column`` shows (the DisplayRole)."""
        return self._text(row, number, column)

    def row_of(self, task_id: int | None) -> int:
        """The row number of a task among the rows in memory, or -1."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == task_id:
                    return number * self.page_size + offset
        return -1

    def loaded(self) -> int:
        """Rows the view can show (pages fetched so far)."""
        return self._count

    def in_memory(self) -> int:
        """Rows held in memory (the window of pages)."""
        return sum(len(rows) for rows in self._pages.values())

    # --- the window of pages ---------------------------------------------------------------------
    def _page(self, number: int, deferred: bool) -> list[BoardRow]:
        rows = self._pages.get(number)
        if rows is not None:
            if number != self._recent:
                self._pages.move_to_end(number)
                self._recent = number
            return rows
        return self._fetch_page(number, deferred=deferred)

    def _expected(self, number: int) -> tuple[int, Cursor | None]:
        """How many rows page ``number`` had, and where the next one starts."""
        if number + 1 < len(self._starts):
            return self.page_size, self._starts[number + 1]
        return self._count - number * self.page_size, self._cursor

    def _fetch_page(self, number: int, *, deferred: bool) -> list[BoardRow]:
        """Read page ``number`` again by its cursor into the window. If it no longer ends where the
        next page starts, the pages after it are dropped: at once, or (``deferred``, when asked from
        ``data()`` while the view paints) from the event loop."""
        rows, cursor = self.services.board.page(self._filter, self._starts[number], self.page_size)
        self._keep(number, rows)
        size, following = self._expected(number)
        if len(rows) != size or cursor != following:
            generation = self._generation
            if deferred:
                QTimer.singleShot(0, self, lambda: self._reanchor(generation, number, rows, cursor))
            else:
                self._reanchor(generation, number, rows, cursor)
        return rows

    def _keep(self, number: int, rows: list[BoardRow]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        self._recent = number
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)

    def _reanchor(self, generation: int, number: int, rows: list[BoardRow], cursor: Cursor | None) -> None:
        """Page ``number`` now holds ``rows`` and the next starts at ``cursor``: forget what follows."""
        if generation != self._generation or number >= len(self._starts):
            return
        self._announcing = True
        try:
            old, new = self._count, number * self.page_size + len(rows)
            self._starts = self._starts[: number + 1]
            for later in [p for p in self._pages if p > number]:
                del self._pages[later]
            self._pages[number] = rows
            self._cursor = cursor
            if new < old:
                self.beginRemoveRows(QModelIndex(), new, old - 1)
                self._count = new
                self.endRemoveRows()
            elif new > old:
                self.beginInsertRows(QModelIndex(), old, new - 1)
                self._count = new
                self.endInsertRows()
            if new > number * self.page_size:
                first = number * self.page_size
                self.dataChanged.emit(self.index(first, 0), self.index(new - 1, len(COLUMNS) - 1))
        finally:
            self._announcing = False

    # --- paging ----------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and self._cursor is not None and not self._announcing

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        # Asked while a change is being announced (by a listener of modelReset or rowsInserted): no
        # insertion inside another change; the view asks again, from its timer, if it has room.
        if parent.isValid() or self._cursor is None or self._announcing:
            return
        start = self._cursor
        rows, cursor = self.services.board.page(self._filter, start, self.page_size)
        self._cursor = cursor
        if not rows:
            return
        first = self._count
        self._announcing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._starts.append(start)
            self._keep(len(self._starts) - 1, rows)
            self._count += len(rows)
            self.endInsertRows()
        finally:
            self._announcing = False

    # --- sorting ---------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            key = SortKey.DEADLINE
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending and self._count:
            return
        self._filter = self._filter.replace(sort=key, descending=descending)
        if not self._starts:
            # Nothing shown yet (the view asks as sorting is switched on, before the board gives its
            # filter): the order is kept for the first page, not read on its own (the board's first
            # open read two first pages, one in an order it then replaced).
            return
        self._load(self.page_size)

    def sort_column(self) -> int:
        return SORT_COLUMN.get(self._filter.sort, COL_DEADLINE)

    # --- Qt API ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: plain int comparisons, no enum
        # arithmetic, and the page of the last row asked kept at hand.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        # Asked while the view paints: a page that moved is re-anchored from the event loop.
        row, column = self._row(number, deferred=True), index.column()
        if row is None:
            return None
        if role == _DISPLAY:
            return self._text(row, number, column)
        if role == _TOOLTIP:
            return self._tip(row, column)
        if role == _FOREGROUND:
            level = urgency(row)
            if level == "overdue":
                return _OVERDUE_FG
            if level == "soon":
                return _SOON_FG
            return _QUIET_FG if row.status is TaskStatus.CANCELLED else None
        if role == _BACKGROUND:
            level = urgency(row)
            return _OVERDUE_BG if level == "overdue" else _SOON_BG if level == "soon" else None
        if role == _FONT:
            return self._bold if column == COL_STATUS and urgency(row) else None
        if role == _ALIGNMENT:
            if column in (COL_STT, COL_PROGRESS):
                return _RIGHT
            if column == COL_DEADLINE:
                return _CENTER
            return None
        if role == ID_ROLE:
            return row.id
        return row  # ROW_ROLE

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
            shown = deadline_text.short(row.deadline_spec) or row.deadline_text
            return f"{shown} · {self._extended}" if row.extended and shown else shown
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
            if row.extended:
                parts.append(self.tr("The deadline was extended (see the task's history)"))
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

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) without a call into Python
    # for every cell painted.
