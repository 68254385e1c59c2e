"""Small helpers shared by the editor's list views: set-up of big tables, selection by id."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from minutes.ui.models.rows import ID_ROLE


def setup_table(
    view: QTableView, object_name: str, *, stretch: int = -1, row_height: int = 0, wrap: bool = False
) -> None:
    """Rows selected whole, one at a time, a stretching column. Fixed row heights (fast on big lists),
    or with ``wrap`` long texts wrapped and each row as tall as its text (the editor's sections: a
    section shows its content the way a page of minutes would, nothing cut off)."""
    view.setObjectName(object_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideNone if wrap else Qt.TextElideMode.ElideRight)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed
    )
    vertical.setMinimumSectionSize(max(24, view.fontMetrics().height() + 10) if wrap else -1)
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


def fit_rows(view: QAbstractItemView, *, min_rows: int = 3, max_rows: int | None = None) -> None:
    """Keep ``view`` as tall as its rows (at least ``min_rows``; at most ``max_rows`` if given, else every
    row), so a list inside the editor's long scrolling form shows whole, as a page of minutes would,
    instead of scrolling in a small box inside the scrolling page. Rows of wrapped text count with
    their own heights."""
    model = view.model()

    def update() -> None:
        count = model.rowCount() if model is not None else 0
        rows = max(min_rows, count if max_rows is None else min(max_rows, count))
        if isinstance(view, QTableView):
            vertical = view.verticalHeader()
            default = vertical.defaultSectionSize()
            shown = min(count, rows)
            if vertical.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents and count:
                view.resizeRowsToContents()
                body = sum(view.rowHeight(r) for r in range(shown)) + (rows - shown) * default
            else:
                body = rows * default
            header = view.horizontalHeader().sizeHint().height() if view.horizontalHeader().isVisible() else 0
        else:
            row_height = max(view.sizeHintForRow(0), view.fontMetrics().height() + 6)
            body = rows * row_height
            header = 0
        scroll = view.horizontalScrollBar().sizeHint().height()
        height = header + body + 2 * view.frameWidth() + scroll
        view.setMinimumHeight(height)
        if max_rows is None:  # all of it shown: the page scrolls, not the list
            view.setMaximumHeight(height)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    if model is not None:
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(update)
    if isinstance(view, QTableView):
        view.horizontalHeader().sectionResized.connect(lambda *_args: update())  # wrapped rows grow
    update()


def set_widths(view: QTableView, widths: dict[int, int]) -> None:
    """Column widths, each at least wide enough for its (translated) header."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


class WrapDelegate(QStyledItemDelegate):
    """Wraps an item's text to its column in a tree view, which (unlike a table) does not tell an item's
    size hint the width of its column: each row is as tall as its wrapped text, nothing is elided."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setUniformRowHeights(False)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.header().sectionResized.connect(lambda *_args: view.scheduleDelayedItemsLayout())

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[operator]
        option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.text_height(index)))

    def text_height(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The height of the item's text wrapped to the width its column gives it."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.header().sectionSize(index.column())
        if index.column() == 0:
            width -= self.view.indentation() * (depth + 1)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = self.view.fontMetrics() if not isinstance(font, QFont) else QFontMetrics(font)
        text = str(index.data() or "")
        box = metrics.boundingRect(QRect(0, 0, max(40, width - 10), 100_000), Qt.TextFlag.TextWordWrap, text)
        return box.height() + 6


#: A cell's text is laid out from at most this many characters (a few lines never need more).
LAYOUT_CHARS = 4000
_LINE_BREAK = "\u2028"  # QTextLayout breaks a line at U+2028, not at "\n"
_VERTICAL_PADDING = 4


@lru_cache(maxsize=4096)
def _wrapped(text: str, font_key: str, width: int, max_lines: int) -> tuple[str, ...]:
    font = QFont()
    font.fromString(font_key)
    return wrap_lines(text, font, width, max_lines)


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> tuple[str, ...]:
    """``text`` wrapped to ``width`` pixels at word boundaries (anywhere in a word longer than the
    width), its line breaks kept: at most ``max_lines`` lines, the last one ending in "…" when more
    text follows."""
    text = text.strip()[:LAYOUT_CHARS].replace("\r\n", "\n").replace("\n", _LINE_BREAK)
    if not text or max_lines < 1:
        return ()
    width = max(20, width)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    try:
        while len(lines) < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == max_lines - 1 and start + length < len(text):
                # the last line shown and more follows: the rest on one line, cut with "…"
                rest = " ".join(text[start:].replace(_LINE_BREAK, " ").split())
                lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
                break
            lines.append(text[start : start + length].replace(_LINE_BREAK, "").rstrip())
    finally:
        layout.endLayout()
    return tuple(lines)


class LinesDelegate(QStyledItemDelegate):
    """Shows an item's text wrapped to its cell's width over at most ``max_lines`` lines, the last one
    ending in "…" when more text follows (the tooltip has the whole of it).

    In a table whose rows size to their contents (``setup_table(..., wrap=True)``), a row is as tall as
    its text needs, up to ``max_lines``. For a big list (nothing measured up front) give the rows a
    fixed :meth:`height_for` the lines: a cell is wrapped only when painted, and the lines of the cells
    shown are kept (by text, font and width) for the next paint."""

    def __init__(self, view: QAbstractItemView, max_lines: int) -> None:
        super().__init__(view)
        self.view = view
        self.max_lines = max_lines

    def height_for(self, lines: int, font: QFont | None = None) -> int:
        """A row's height for ``lines`` lines of text (in the view's font unless ``font``)."""
        metrics = QFontMetrics(font) if font is not None else self.view.fontMetrics()
        return lines * metrics.lineSpacing() + 2 * _VERTICAL_PADDING

    def lines(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[str, ...]:
        """The lines the cell shows in ``option.rect``."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return self._lines(opt)

    def _lines(self, opt: QStyleOptionViewItem) -> tuple[str, ...]:
        return _wrapped(opt.text, opt.font.toString(), self._text_area(opt).width(), self.max_lines)

    def _text_area(self, opt: QStyleOptionViewItem) -> QRect:
        style = self.view.style()
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        return area.adjusted(margin, 0, -margin, 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt API
        one_line = QStyleOptionViewItem(option)  # the width it asks for, unwrapped: the height is ours
        one_line.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[assignment, operator]
        size = super().sizeHint(one_line, index)
        if option.rect.width() <= 0:
            return size
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        shown = max(1, len(self._lines(opt)))
        return QSize(size.width(), max(size.height(), self.height_for(shown, opt.font)))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = self._lines(opt)
        area = self._text_area(opt)
        style = self.view.style()
        opt.text = ""  # the style paints the background, the selection and the focus; the lines are ours
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.view)
        state = opt.state
        group = QPalette.ColorGroup.Normal
        if not state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif not state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        selected = bool(state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        step = QFontMetrics(opt.font).lineSpacing()
        top = area.top() + max(0, (area.height() - len(lines) * step) // 2)
        horizontal = opt.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        painter.setClipRect(opt.rect)
        for number, text in enumerate(lines):
            box = QRect(area.left(), top + number * step, area.width(), step)
            painter.drawText(box, horizontal | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
