"""The meetings list on the left of the main window: newest first, searchable without accents.

:class:`MeetingListModel` holds ids and preformatted rows (``data()`` does no work);
:class:`MeetingDelegate` draws each meeting as a card (date and status, the title on up to two lines, the
organisation and its open tasks) at a fixed height, in :class:`MeetingListView`, whose rows are all of that
height so that inserting one costs one row, not a layout of all of them; :class:`MeetingListPane` adds the search box,
debounced, and follows the bus's change notices. Reads run in the background
(:class:`~minutes.ui.reader.LatestReader`): over thousands of meetings the whole list takes a good part of
a second, which typing must never wait for.

A change notice is applied by reading only what it names (issue 18: during a batch import notices come
twice a second, and reading all meetings each time, and collecting what that left, was the window's largest
work): the meetings it inserts or updates, the meetings of the tasks it inserts or updates (their counts),
the meetings of the units it renames (their organisation); a deletion of tasks compares the task totals
per meeting (an index count, no meeting read) to find the rows whose counts changed. Those rows are
inserted in their place, updated or removed (:meth:`MeetingListModel.apply`), the chosen meeting stays
chosen and the visible rows stay where they are. Notices that arrive in one turn of the event loop, or
while a read runs, are merged. A notice without ids (a PostgreSQL notice too long to carry them), deleting
units, or naming more than :data:`MAX_IDS` meetings falls back to reading the whole list, in the
background as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.services import ChangeSet
from minutes.ui.context import UiContext
from minutes.ui.meeting_card import MeetingDelegate
from minutes.ui.meeting_model import ID_ROLE, ROW_ROLE, MeetingListModel, MeetingRow, meeting_rows
from minutes.ui.reader import LatestReader

__all__ = [
    "ID_ROLE",
    "ROW_ROLE",
    "MeetingDelegate",
    "MeetingListModel",
    "MeetingListPane",
    "MeetingListView",
    "MeetingRow",
    "meeting_rows",
]

# Tables whose changes can alter what the list shows.
WATCHED = ("meetings", "tasks", "units")
#: More meetings than this in one notice: the whole list is read instead.
MAX_IDS = 200


class MeetingListView(QTableView):
    """The cards, one column of rows of one fixed height, behaving as a list (keys, selection, focus).

    A table view and not a ``QListView``: after any insert, removal or reset a list view lays every row
    out again, and even with uniform item sizes it asks the model for each row's index (``isHidden``,
    ``modelIndex``: ``rowCount`` and ``columnCount`` of the Python model twice per row), 40-57 ms of the
    GUI thread for one notice over 5,000 meetings. A table's rows are sections of its vertical header, of
    a fixed height here: an insert shifts an array in C++ and asks the model nothing per row, so a notice
    costs what it changes. The model's other columns (title, status, tasks: for the tests and the
    accessible text) are hidden; the delegate draws the whole card in the first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it did a list view
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def setModel(self, model: object) -> None:  # noqa: N802 - Qt API
        super().setModel(model)  # type: ignore[arg-type]
        self._one_column()
        if self.model() is not None:
            self.model().modelReset.connect(self._one_column)
            self.model().columnsInserted.connect(self._one_column)

    def setItemDelegate(self, delegate: object) -> None:  # noqa: N802 - Qt API
        super().setItemDelegate(delegate)  # type: ignore[arg-type]
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def moveCursor(  # noqa: N802 - Qt API
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Home and End go to the first and last meeting, as in a list (a table's go along the row).
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def _one_column(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(1, model.columnCount()):
            self.setColumnHidden(column, True)

    def _fit_rows(self) -> None:
        """Every row as high as the delegate's card for the view's font (the card's height is fixed)."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(min(rows.minimumSectionSize(), height))
        rows.setDefaultSectionSize(height)


@dataclass
class Pending:
    """What the merged notices ask the list to read again."""

    meetings: set[int] = field(default_factory=set)  # inserted or updated: read again
    gone: set[int] = field(default_factory=set)  # deleted meetings
    tasks: set[int] = field(default_factory=set)  # inserted or updated tasks: their meetings' counts
    units: set[int] = field(default_factory=set)  # updated units: their meetings' organisation
    tasks_deleted: bool = False  # compare the task totals
    whole: bool = False  # read the whole list

    def add(self, changes: ChangeSet) -> None:
        for bucket in (changes.inserted, changes.updated, changes.deleted):
            for table in WATCHED:
                if table in bucket and not bucket[table]:
                    self.whole = True  # named without ids
        if "units" in changes.deleted:
            self.whole = True  # the database cleared their meetings' organisation: not announced
        for bucket in (changes.inserted, changes.updated):
            self.meetings |= bucket.get("meetings", set())
            self.tasks |= bucket.get("tasks", set())
        self.units |= changes.updated.get("units", set())
        self.gone |= changes.deleted.get("meetings", set())
        self.meetings -= self.gone
        if changes.deleted.get("tasks"):
            self.tasks_deleted = True
        if len(self.meetings) + len(self.gone) + len(self.tasks) + len(self.units) > MAX_IDS:
            self.whole = True


@dataclass
class Partial:
    """A notice's read: the rows asked for (``asked``) that match the search, and those to remove."""

    query: str
    asked: set[int]
    rows: list[MeetingRow]
    gone: set[int]


class MeetingListPane(QWidget):
    """Search box + the list. Emits ``meeting_chosen(id or None)`` when the user picks a meeting."""

    meeting_chosen = Signal(object)

    DEBOUNCE_MS = 250

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setObjectName("meetingSearch")
        self.search.setPlaceholderText(self.tr("Search meetings (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.model = MeetingListModel(self)
        self.view = MeetingListView(self)
        self.view.setObjectName("meetingList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MeetingDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Meetings"))
        self.empty = QLabel(self)
        self.empty.setObjectName("meetingListEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count = QLabel(self)
        self.count.setObjectName("meetingCount")
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.count)

        self.reader = LatestReader("minutes-meeting-list", self)
        self.reader.done.connect(self._read_done)
        self.reader.failed.connect(self._failed)
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_later)
        self._merge = QTimer(self, singleShot=True, interval=0)  # notices of one event-loop turn, merged
        self._merge.timeout.connect(self._apply_pending)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.bus.changed.connect(self._on_changed)
        self._current_id: int | None = None
        self._suppress = False
        self._pending: Pending | None = None
        self._reading: str | None = None  # "whole" or "part" while a read runs
        self.loaded = False  # True once the first list has arrived
        self.empty.hide()
        self.refresh_later()

    @property
    def current_id(self) -> int | None:
        return self._current_id

    def refresh(self) -> None:
        """Reload the list now for the current search, keeping the chosen meeting selected."""
        self._timer.stop()
        self._merge.stop()
        self.reader.invalidate()
        self._pending = None
        self._reading = None
        query = self.search.text()
        self._show((query, meeting_rows(self.ctx.services.meetings.list_meetings(query))))

    def refresh_later(self) -> None:
        """Reload the whole list in the background (at start, after typing in the search box)."""
        self._timer.stop()
        self._merge.stop()
        self._pending = None  # the whole list, read from now on, holds what they named
        self._reading = "whole"
        query = self.search.text()
        meetings = self.ctx.services.meetings
        self.reader.request(lambda: (query, meeting_rows(meetings.list_meetings(query))))

    def shutdown(self) -> None:
        self._timer.stop()
        self._merge.stop()
        self.reader.shutdown()

    def _failed(self, exc: object) -> None:
        was, self._reading = self._reading, None
        if was == "part":
            self.refresh_later()  # the notice's rows could not be read: read them all
            return
        if isinstance(exc, BaseException):
            raise exc

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*WATCHED):
            return
        if self._pending is None:
            self._pending = Pending()
        self._pending.add(changes)
        if self._reading is None:
            self._merge.start()
        # else: applied when the running read is done

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None or self._reading is not None:
            self._pending = pending
            return
        if pending.whole:
            self.refresh_later()
            return
        if not (pending.meetings or pending.tasks or pending.units or pending.tasks_deleted):
            if pending.gone:  # deletions alone: nothing to read
                self._show_partial(Partial(self.search.text(), set(), [], pending.gone))
            return
        query = self.search.text()
        meetings = self.ctx.services.meetings
        totals = self.model.task_totals() if pending.tasks_deleted else None

        def read() -> Partial | tuple[str, list[MeetingRow]]:
            asked = set(pending.meetings)
            if pending.tasks or pending.units:
                asked |= meetings.meetings_of(pending.tasks, pending.units)
            if totals is not None:
                now = meetings.task_totals()
                asked |= {
                    ident for ident in now.keys() | totals.keys() if now.get(ident) != totals.get(ident)
                }
            asked -= pending.gone
            if len(asked) > MAX_IDS:
                return (query, meeting_rows(meetings.list_meetings(query)))
            rows = meeting_rows(meetings.list_meetings(query, ids=asked)) if asked else []
            return Partial(query, asked, rows, pending.gone)

        self._reading = "part"
        self.reader.request(read)

    def _read_done(self, result: object) -> None:
        self._reading = None
        if isinstance(result, Partial):
            if result.query == self.search.text():
                self._show_partial(result)
            else:
                self.refresh_later()  # the search changed meanwhile: its own read follows anyway
                return
        else:
            self._show(result)
        if self._pending is not None:
            self._merge.start()

    def _show_partial(self, part: Partial) -> None:
        """Apply a notice's rows where they belong, the chosen meeting and the visible rows kept."""
        found = {row.id for row in part.rows}
        gone = part.gone | (part.asked - found)  # deleted, or no longer matching the search
        bar = self.view.verticalScrollBar()
        anchor = self.view.indexAt(QPoint(0, 0)) if bar.value() > 0 else QModelIndex()
        anchor_id = self.model.id_at(anchor.row()) if anchor.isValid() else None
        anchor_top = self.view.visualRect(anchor).top() if anchor.isValid() else 0
        self._suppress = True
        try:
            self.model.apply(part.rows, gone)
            current = self.view.currentIndex()
            row = self.model.row_of(self._current_id)
            if not current.isValid() or current.row() != row:
                self._select_row(row, scroll=False)
            if anchor_id is not None:
                kept = self.model.row_of(anchor_id)
                if kept >= 0:
                    self.view.doItemsLayout()
                    bar.setValue(
                        bar.value() + self.view.visualRect(self.model.index(kept, 0)).top() - anchor_top
                    )
        finally:
            self._suppress = False
        self._show_counts(part.query)

    def _show(self, result: object) -> None:
        query, rows = cast(tuple[str, list[MeetingRow]], result)
        self.loaded = True
        self._suppress = True
        try:
            self.model.set_rows(rows)
            self._select_row(self.model.row_of(self._current_id))
        finally:
            self._suppress = False
        self._show_counts(query)

    def _show_counts(self, query: str) -> None:
        rows = self.model.rowCount()
        has_rows = rows > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if query.strip():
            self.empty.setText(self.tr("No meeting matches “%1”.").replace("%1", query.strip()))
            self.count.setText(self.tr("Found: %1").replace("%1", str(rows)))
        else:
            self.empty.setText(self.tr("No meetings yet.\nPress Ctrl+N to record the first one."))
            self.count.setText(self.tr("Meetings: %1").replace("%1", str(rows)))

    def select(self, meeting_id: int | None) -> None:
        """Show ``meeting_id`` as the chosen meeting (clearing the search if it hides it)."""
        self._current_id = meeting_id
        row = self.model.row_of(meeting_id)
        if row < 0 and meeting_id is not None and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh()
            return
        self._suppress = True
        try:
            self._select_row(row)
        finally:
            self._suppress = False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_now(self) -> None:
        self.refresh()  # Enter: the list now, then the keyboard goes to it
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self._select_row(0)

    def _select_row(self, row: int, *, scroll: bool = True) -> None:
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress:
            return
        meeting_id = self.model.id_at(current.row()) if current.isValid() else None
        if meeting_id is None or meeting_id == self._current_id:
            return
        self._current_id = meeting_id
        self.meeting_chosen.emit(meeting_id)
