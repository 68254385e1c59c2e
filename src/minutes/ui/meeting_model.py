"""The meetings list's data: ids and rows formatted once (``data()`` does no work), in a table model."""

from __future__ import annotations

import datetime
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from minutes.services.dto import MeetingSummary
from minutes.ui import names

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


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
    day: datetime.date  # the meeting's date: the list's order (newest first, then the newest id)
    task_count: int = 0

    @property
    def order(self) -> tuple[int, int]:
        """Ascending along the list: newest date first, then the highest id."""
        return (-self.day.toordinal(), -self.id)


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
        rows.append(
            MeetingRow(
                id=m.id,
                date=f"{day.day:02d}/{day.month:02d}/{day.year}",
                title=m.title,
                status=statuses[m.status],
                status_value=m.status,
                tasks=(
                    open_tasks.replace("%1", str(m.open_task_count)).replace("%2", str(m.task_count))
                    if m.task_count
                    else no_tasks
                ),
                organisation=m.organisation_name,
                kind=kinds[m.kind],
                day=day,
                task_count=m.task_count,
            )
        )
    return rows


def _order(row: MeetingRow) -> tuple[int, int]:
    return row.order


class MeetingListModel(QAbstractTableModel):
    DATE, TITLE, STATUS, TASKS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []  # in the list's order (MeetingRow.order ascending)
        self._by_id: dict[int, MeetingRow] = {}  # a row is found by its order: no walk over every row

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Title"), self.tr("Status"), self.tr("Tasks")]

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.set_rows(meeting_rows(meetings))

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = rows  # the service's order is the list's (newest date first, then the highest id)
        self._by_id = {row.id: row for row in rows}
        self.endResetModel()

    def apply(self, rows: list[MeetingRow], gone: Collection[int]) -> None:
        """Change only what a notice named: ``rows`` (read again) are inserted in their place or updated
        where they are (moved if their date changed), the meetings ``gone`` are removed. Selection and
        persistent indexes follow the rows (no reset)."""
        fresh = {row.id: row for row in rows}
        leaving = {ident for ident in gone if ident in self._by_id and ident not in fresh}
        for row in rows:
            old = self._by_id.get(row.id)
            if old is None:
                continue
            if old.order != row.order:
                leaving.add(row.id)  # moves: out, then in at its new place
            elif old != row:
                at = self.row_of(row.id)
                self._rows[at] = row
                self._by_id[row.id] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
        for at in sorted((self.row_of(ident) for ident in leaving), reverse=True):
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._by_id[self._rows.pop(at).id]
            self.endRemoveRows()
        for row in sorted(rows, key=_order):
            if row.id in self._by_id:
                continue  # updated in place above
            at = bisect_left(self._rows, row.order, key=_order)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._by_id[row.id] = row
            self.endInsertRows()

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def task_totals(self) -> dict[int, int]:
        """Meeting id -> the number of tasks its row shows (meetings with tasks only)."""
        return {row.id: row.task_count for row in self._rows if row.task_count}

    def row_of(self, meeting_id: int | None) -> int:
        row = self._by_id.get(meeting_id) if meeting_id is not None else None
        if row is None:
            return -1
        at = bisect_left(self._rows, row.order, key=_order)  # ids are unique: the order is too
        if at < len(self._rows) and self._rows[at].id == meeting_id:
            return at
        return next((n for n, r in enumerate(self._rows) if r.id == meeting_id), -1)  # rows not in order

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

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None
