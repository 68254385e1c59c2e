"""A two-level model (groups and their items) with ids plus preformatted rows, like :class:`RowsModel`.

Used by the recommendations: each group (a heading) holds its recommendations. ``KIND_ROLE`` tells a
group from an item; ``ID_ROLE`` gives the record id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from minutes.ui.models.rows import ID_ROLE, Row

KIND_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP, ITEM = "group", "item"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Group:
    row: Row
    items: tuple[Row, ...]


class GroupsModel(QAbstractItemModel):
    """Top-level rows are groups (internal id 0); an item's internal id is its group's row + 1."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._groups: list[Group] = []

    def set_groups(self, groups: Sequence[Group]) -> None:
        new = list(groups)
        shape = [(g.row.id, [i.id for i in g.items]) for g in new]
        if shape == [(g.row.id, [i.id for i in g.items]) for g in self._groups]:
            old, self._groups = self._groups, new
            last = self.columnCount() - 1
            for g_row, (before, after) in enumerate(zip(old, new, strict=True)):
                if before is after:
                    continue  # a group kept as it was shown (the section's own cache)
                if before.row != after.row:
                    self.dataChanged.emit(self.index(g_row, 0), self.index(g_row, last))
                parent = self.index(g_row, 0)
                for i_row, (b, a) in enumerate(zip(before.items, after.items, strict=True)):
                    if b != a:
                        self.dataChanged.emit(self.index(i_row, 0, parent), self.index(i_row, last, parent))
            return
        self.beginResetModel()
        self._groups = new
        self.endResetModel()

    def groups(self) -> list[Group]:
        return list(self._groups)

    def find(self, kind: str, ident: int | None) -> QModelIndex:
        for g_row, group in enumerate(self._groups):
            if kind == GROUP and group.row.id == ident:
                return self.index(g_row, 0)
            if kind == ITEM:
                for i_row, item in enumerate(group.items):
                    if item.id == ident:
                        return self.index(i_row, 0, self.index(g_row, 0))
        return QModelIndex()

    def _row(self, index: Index) -> Row | None:
        if not index.isValid():
            return None
        group_row = index.internalId()
        if group_row == 0:
            return self._groups[index.row()].row if index.row() < len(self._groups) else None
        group = self._groups[group_row - 1] if group_row - 1 < len(self._groups) else None
        if group is None or index.row() >= len(group.items):
            return None
        return group.items[index.row()]

    # --- Qt API ----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self._headers) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, column, parent.row() + 1) if row < len(group.items) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips[column] if column < len(row.tips) and row.tips[column] else None
        if role == Qt.ItemDataRole.DecorationRole:
            return row.icons.get(column)
        if role == Qt.ItemDataRole.FontRole and index.internalId() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return row.id
        if role == KIND_ROLE:
            return GROUP if index.internalId() == 0 else ITEM
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags
