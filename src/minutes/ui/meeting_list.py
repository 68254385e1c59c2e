"""The meetings list on the left of the main window: newest first, searchable without accents.

:class:`MeetingListModel` holds ids and preformatted rows (``data()`` does no work);
:class:`MeetingDelegate` draws each meeting as a card (date and status, the title on up to two lines, the
organisation and its open tasks) at a fixed height; :class:`MeetingListPane` adds the search box,
debounced, and refreshes itself when the bus says meetings or tasks changed. Those reloads run in the
background (:class:`~minutes.ui.reader.LatestReader`): over thousands of meetings the query takes a
good part of a second, which typing must never wait for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.enums import MeetingStatus
from minutes.services import ChangeSet
from minutes.services.dto import MeetingSummary
from minutes.ui import names
from minutes.ui.context import UiContext
from minutes.ui.reader import LatestReader

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

#: Tables whose changes can alter what the list shows.
WATCHED = ("meetings", "tasks", "units")


@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: str
    title: str
    status: str
    status_value: str
    tasks: str
    organisation: str
    kind: str


def meeting_rows(meetings: list[MeetingSummary]) -> list[MeetingRow]:
    """The rows as shown, formatted once (safe off the GUI thread: translation is thread-safe)."""
    open_tasks = QCoreApplication.translate("MeetingListModel", "Open tasks: %1/%2")
    no_tasks = QCoreApplication.translate("MeetingListModel", "no tasks")
    statuses: dict[str, str] = {}
    kinds: dict[str, str] = {}
    rows = []
    for m in meetings:
        if m.status not in statuses:
            statuses[m.status] = names.meeting_status(m.status)
        if m.kind not in kinds:
            kinds[m.kind] = names.meeting_kind(m.kind)
        day = m.meeting_date
        rows.append(MeetingRow(
            id=m.id,
            date=f"{day.day:02d}/{day.month:02d}/{day.year}",
            title=m.title,
            status=statuses[m.status],
            status_value=m.status,
            tasks=(open_tasks.replace("%1", str(m.open_task_count)).replace("%2", str(m.task_count))
                   if m.task_count else no_tasks),
            organisation=m.organisation_name,
            kind=kinds[m.kind],
        ))
    return rows


class MeetingListModel(QAbstractTableModel):
    DATE, TITLE, STATUS, TASKS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Title"), self.tr("Status"), self.tr("Tasks")]

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.set_rows(meeting_rows(meetings))

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, meeting_id: int | None) -> int:
        for number, row in enumerate(self._rows):
            if row.id == meeting_id:
                return number
        return -1

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.date, row.title, row.status, row.tasks)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.date} · {row.kind}\n{row.title}\n{row.organisation}".strip()
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.date}, {row.title}, {row.status}, {row.tasks}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None


class MeetingDelegate(QStyledItemDelegate):
    """A meeting as a card: date + status chip, title (two lines at most), organisation and tasks."""

    PAD = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        base, bold, small = self._fonts(option)
        height = (QFontMetrics(bold).height() + 2 * QFontMetrics(base).lineSpacing()
                  + QFontMetrics(small).height() + 2 * self.PAD + 6)
        return QSize(260, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: MeetingRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        muted = QColor(text_color)
        if not selected:
            muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        base, bold, small = self._fonts(option)
        rect = option.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)

        # line 1: date (bold), the status chip on the right
        painter.setFont(bold)
        bold_fm = QFontMetrics(bold)
        painter.setPen(text_color)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), bold_fm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.date)
        painter.setFont(small)
        small_fm = QFontMetrics(small)
        chip_w = small_fm.horizontalAdvance(row.status) + 12
        chip = QRect(rect.right() - chip_w, rect.top() + 1, chip_w, bold_fm.height() - 2)
        final = row.status_value == MeetingStatus.FINALISED
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dcefdc") if final else QColor("#fdf0d5"))
        painter.drawRoundedRect(chip, 6, 6)
        painter.setPen(QColor("#1f5f1f") if final else QColor("#7a4d00"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, row.status)

        # lines 2-3: the title, wrapped, elided on the second line
        painter.setFont(base)
        painter.setPen(text_color)
        base_fm = QFontMetrics(base)
        top = rect.top() + bold_fm.height() + 3
        self._draw_wrapped(painter, base, row.title, QRect(rect.left(), top, rect.width(),
                                                            2 * base_fm.lineSpacing()), 2)

        # line 4: organisation · tasks
        painter.setFont(small)
        painter.setPen(muted)
        meta = " · ".join(part for part in (row.organisation, row.tasks) if part)
        meta_top = top + 2 * base_fm.lineSpacing() + 3
        painter.drawText(QRect(rect.left(), meta_top, rect.width(), small_fm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_fm.elidedText(meta, Qt.TextElideMode.ElideRight, rect.width()))

        # a separator between cards
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.left() + self.PAD, option.rect.bottom(), option.rect.right() - self.PAD,
                         option.rect.bottom())
        painter.restore()

    @staticmethod
    def _draw_wrapped(painter: QPainter, font: QFont, text: str, rect: QRect, max_lines: int) -> None:
        metrics = QFontMetrics(font)
        layout = QTextLayout(text, font)
        layout.beginLayout()
        lines: list[tuple[int, int]] = []
        while len(lines) < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            lines.append((line.textStart(), line.textLength()))
        layout.endLayout()
        for number, (start, length) in enumerate(lines):
            piece = text[start:start + length]
            if number == len(lines) - 1 and start + length < len(text):
                piece = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), rect.top() + number * metrics.lineSpacing(), rect.width(),
                                   metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, piece.rstrip())


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
