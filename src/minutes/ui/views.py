"""Small helpers shared by the editor's list views: set-up of big tables, selection by id."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from minutes.ui.models.rows import ID_ROLE


def setup_table(view: QTableView, object_name: str, *, stretch: int = -1, row_height: int = 0) -> None:
    """Rows selected whole, one at a time, fixed row heights (fast on big lists), a stretching column."""
    view.setObjectName(object_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(row_height or max(24, view.fontMetrics().height() + 10))
    vertical.setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch < 0)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def current_id(view: QAbstractItemView) -> int | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    value = index.data(ID_ROLE)
    return int(value) if value is not None else None


def current_row(view: QAbstractItemView) -> int:
    index = view.currentIndex()
    return index.row() if index.isValid() and not index.parent().isValid() else -1


def select_row(view: QAbstractItemView, row: int, column: int = 0) -> None:
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, max(0, column))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def select_id(view: QAbstractItemView, ident: int | None, parent: QModelIndex | None = None) -> bool:
    model = view.model()
    if model is None or ident is None:
        return False
    root = parent or QModelIndex()
    for row in range(model.rowCount(root)):
        if model.index(row, 0, root).data(ID_ROLE) == ident:
            select_row(view, row, max(0, view.currentIndex().column()))
            return True
    return False


def fit_rows(view: QAbstractItemView, *, min_rows: int = 3, max_rows: int = 14) -> None:
    """Keep ``view`` tall enough for its rows (between ``min_rows`` and ``max_rows``), so a list inside
    the editor's long scrolling form shows whole instead of scrolling in a small box."""
    model = view.model()

    def update() -> None:
        rows = max(min_rows, min(max_rows, model.rowCount() if model is not None else 0))
        if isinstance(view, QTableView):
            row_height = view.verticalHeader().defaultSectionSize()
            header = view.horizontalHeader().sizeHint().height() if view.horizontalHeader().isVisible() else 0
        else:
            row_height = max(view.sizeHintForRow(0), view.fontMetrics().height() + 6)
            header = 0
        scroll = view.horizontalScrollBar().sizeHint().height()
        view.setMinimumHeight(header + rows * row_height + 2 * view.frameWidth() + scroll)

    if model is not None:
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(update)
    update()


def set_widths(view: QTableView, widths: dict[int, int]) -> None:
    """Column widths, each at least wide enough for its (translated) header."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
