"""One table model for every list of the editor: ids plus preformatted rows.

Sections build :class:`Row` values from the DTOs the services hand out and call :meth:`RowsModel.set_rows`
after each change; when the ids are the same the model reports only the cells that changed, so the
selection and scroll position stay where the user left them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    id: int
    cells: tuple[str, ...]
    tips: tuple[str, ...] = ()
    icons: dict[int, QIcon] = field(default_factory=dict, compare=False)
    edit: tuple[Any, ...] = ()  # values for the editor (EditRole); defaults to the cells


class _Record(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_Record)


class RowMemo(Generic[R]):
    """The rows of a list kept by record: a record given again unchanged at the same place keeps its
    :class:`Row` (nothing formatted again, and :meth:`RowsModel.set_rows` passes it by identity). The
    editor's sections are given the whole meeting again after every announced save, of which one
    record changed at most. ``build(index, record)`` must depend on nothing else that changes."""

    def __init__(self, build: Callable[[int, R], Row]) -> None:
        self._build = build
        self._kept: dict[int, tuple[int, R, Row]] = {}
        self.built = 0  # rows formatted so far (tests)

    def rows(self, records: Sequence[R]) -> list[Row]:
        kept, fresh, rows = self._kept, {}, []
        for index, record in enumerate(records):
            found = kept.get(record.id)
            if found is not None and found[0] == index and (found[1] is record or found[1] == record):
                row = found[2]
            else:
                row = self._build(index, record)
                self.built += 1
            fresh[record.id] = (index, record, row)
            rows.append(row)
        self._kept = fresh
        return rows


def _cell(row: Row, column: int) -> tuple[Any, ...]:
    def pick(values: tuple[Any, ...]) -> Any:
        return values[column] if column < len(values) else None

    return pick(row.cells), pick(row.tips), pick(row.edit), row.icons.get(column) is not None


class RowsModel(QAbstractTableModel):
    """A flat list of rows. ``on_edit(id, column, value) -> bool`` makes ``editable`` columns editable."""

    def __init__(
        self,
        headers: Sequence[str],
        *,
        editable: Sequence[int] = (),
        on_edit: Callable[[int, int, Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []
        self._editable = set(editable)
        self._on_edit = on_edit

    # --- content ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``, telling the views only what changed: the cells that changed (a row given again
        unchanged, the same :class:`Row` object or an equal one, costs nothing), rows inserted and
        removed where they were (a record added or deleted), a reordering as a layout change. The
        selection, the current cell and the scroll position follow their rows; only a list with no
        row in common with the one shown (another meeting) is reset."""
        new = list(rows)
        old = self._rows
        new_ids = [r.id for r in new]
        old_ids = [r.id for r in old]
        if new_ids != old_ids:
            if not old or not new or not set(old_ids) & set(new_ids) or len(set(new_ids)) != len(new_ids):
                self.beginResetModel()
                self._rows = new
                self.endResetModel()
                return
            by_id = {r.id: r for r in old}
            if sorted(old_ids) == sorted(new_ids):
                self._reorder(new_ids)
            else:
                self._insert_remove(old_ids, new_ids, new)
            old = [by_id.get(r.id, r) for r in new]  # the rows as shown now, in the new order
        self._rows = new
        # Only the cells that changed (an editor open in another cell of the row keeps its text), told
        # a column at a time for each run of rows (the numbers after a removed row: one signal).
        changed: dict[int, list[int]] = {}
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            if before is after or before == after:
                continue
            for column in range(self.columnCount()):
                if _cell(before, column) != _cell(after, column):
                    changed.setdefault(column, []).append(index)
        for column, indexes in changed.items():
            first = last = indexes[0]
            for index in [*indexes[1:], -1]:
                if index == last + 1:
                    last = index
                    continue
                self.dataChanged.emit(self.index(first, column), self.index(last, column))
                first = last = index

    def _reorder(self, new_ids: list[int]) -> None:
        """The same rows in another order (a record moved up or down): a layout change, the persistent
        indexes (selection, current cell) moved with their rows."""
        self.layoutAboutToBeChanged.emit()
        place = {ident: row for row, ident in enumerate(new_ids)}
        old_rows = self._rows
        by_id = {r.id: r for r in old_rows}
        self._rows = [by_id[ident] for ident in new_ids]
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < len(old_rows):
                moved_from.append(index)
                moved_to.append(self.index(place[old_rows[index.row()].id], index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _insert_remove(self, old_ids: list[int], new_ids: list[int], new: list[Row]) -> None:
        """Rows removed and inserted where the ids differ (from the end, so that the places of the
        edits still to make stay valid); the rows kept stay as they were until compared."""
        matcher = SequenceMatcher(None, old_ids, new_ids, autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._rows[i1:i1] = new[j1:j2]
                self.endInsertRows()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, ident: int | None) -> int | None:
        for index, row in enumerate(self._rows):
            if row.id == ident:
                return index
        return None

    def row_data(self, row: int) -> Row:
        return self._rows[row]

    # --- Qt API ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.EditRole:
            if column < len(row.edit):
                return row.edit[column]
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips[column] if column < len(row.tips) and row.tips[column] else None
        if role == Qt.ItemDataRole.DecorationRole:
            return row.icons.get(column)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in self._editable and self._on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        if index.column() not in self._editable:
            return False
        return bool(self._on_edit(self._rows[index.row()].id, index.column(), value))
