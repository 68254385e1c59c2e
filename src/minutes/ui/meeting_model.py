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

    def apply(self, rows: list[MeetingRow], gone: Collection[int]) -> None:
        """Change only what a notice named: ``rows`` (read again) are inserted in their place or updated
        where they are (moved if their date changed), the meetings ``gone`` are removed. Selection and
        persistent indexes follow the rows (no reset)."""
        fresh = {row.id: row for row in rows}
        where = {row.id: number for number, row in enumerate(self._rows)}
        leaving = {ident for ident in gone if ident in where and ident not in fresh}
        for row in rows:
            at = where.get(row.id)
            if at is None:
                continue
            old = self._rows[at]
            if old.order != row.order:
                leaving.add(row.id)  # moves: out, then in at its new place
            elif old != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
        for at in sorted((where[ident] for ident in leaving), reverse=True):
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()
        for row in sorted(rows, key=lambda r: r.order):
            if row.id in where and row.id not in leaving:
                continue
            at = bisect_left(self._rows, row.order, key=lambda r: r.order)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self.endInsertRows()

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def task_totals(self) -> dict[int, int]:
        """Meeting id -> the number of tasks its row shows (meetings with tasks only)."""
        return {row.id: row.task_count for row in self._rows if row.task_count}

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
