"""The meetings list on the left of the main window: newest first, searchable without accents.

:class:`MeetingListModel` holds ids and preformatted rows (``data()`` does no work);
:class:`MeetingDelegate` draws each meeting as a card (date and status, the title on up to two lines, the
organisation and its open tasks) at a fixed height; :class:`MeetingListPane` adds the search box,
debounced, and refreshes itself when the bus says meetings or tasks changed. Those reloads run in the
background (:class:`~minutes.ui.reader.LatestReader`): over thousands of meetings the query takes a
good part of a second, which typing must never wait for.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

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
    "MeetingRow",
    "meeting_rows",
]

# Tables whose changes can alter what the list shows.
WATCHED = ("meetings", "tasks", "units")


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
        self.view = QListView(self)
        self.view.setObjectName("meetingList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(MeetingDelegate(self.view))
        self.view.setUniformItemSizes(True)
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
        self.reader.done.connect(self._show)
        self.reader.failed.connect(self._failed)
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_later)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.bus.changed.connect(self._on_changed)
        self._current_id: int | None = None
        self._suppress = False
        self.loaded = False  # True once the first list has arrived
        self.empty.hide()
        self.refresh_later()

    @property
    def current_id(self) -> int | None:
        return self._current_id

    def refresh(self) -> None:
        """Reload the list now for the current search, keeping the chosen meeting selected."""
        self._timer.stop()
        self.reader.invalidate()
        query = self.search.text()
        self._show((query, meeting_rows(self.ctx.services.meetings.list_meetings(query))))

    def refresh_later(self) -> None:
        """Reload the list in the background (after a change, after typing in the search box)."""
        self._timer.stop()
        query = self.search.text()
        meetings = self.ctx.services.meetings
        self.reader.request(lambda: (query, meeting_rows(meetings.list_meetings(query))))

    def shutdown(self) -> None:
        self._timer.stop()
        self.reader.shutdown()

    def _failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            raise exc

    def _show(self, result: object) -> None:
        query, rows = cast(tuple[str, list[MeetingRow]], result)
        self.loaded = True
        self._suppress = True
        try:
            self.model.set_rows(rows)
            self._select_row(self.model.row_of(self._current_id))
        finally:
            self._suppress = False
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if query.strip():
            self.empty.setText(self.tr("No meeting matches “%1”.").replace("%1", query.strip()))
            self.count.setText(self.tr("Found: %1").replace("%1", str(len(rows))))
        else:
            self.empty.setText(self.tr("No meetings yet.\nPress Ctrl+N to record the first one."))
            self.count.setText(self.tr("Meetings: %1").replace("%1", str(len(rows))))

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

    def _select_row(self, row: int) -> None:
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._suppress:
            return
        meeting_id = self.model.id_at(current.row()) if current.isValid() else None
        if meeting_id is None or meeting_id == self._current_id:
            return
        self._current_id = meeting_id
        self.meeting_chosen.emit(meeting_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED):
            self.refresh_later()
