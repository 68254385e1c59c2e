"""Small helpers shared by the editor's list views: set-up of big tables, selection by id."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
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
            else:  # fixed rows, of one height or each its own (WrappedRows)
                body = sum(view.rowHeight(r) for r in range(shown)) + (rows - shown) * default
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
    for rows in view.findChildren(WrappedRows):
        rows.heights_changed.connect(update)  # rows measured after the change (or a window resize)
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
    size hint the width of its column: each row is as tall as its wrapped text. With ``max_lines``, at
    most that many lines are shown, the last one ending in "…" when more text follows (the tooltip
    has more); without, the whole text."""

    def __init__(self, view: QTreeView, max_lines: int | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.max_lines = max_lines
        self._key_font, self._key = QFont(), QFont().toString()  # the last font seen and its key
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
        if self.max_lines is not None:
            option.text = self.shown_text(index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.text_height(index)))

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return self.text_width(index.column(), depth)

    def text_width(self, column: int, depth: int) -> int:
        """The width the text of ``column`` wraps in, for an item ``depth`` levels below the top."""
        width = self.view.header().sectionSize(column)
        if column == 0:
            width -= self.view.indentation() * (depth + 1)
        return max(40, width - 10)

    def _font(self, index: QModelIndex | QPersistentModelIndex) -> QFont:
        font = index.data(Qt.ItemDataRole.FontRole)
        return font if isinstance(font, QFont) else self.view.font()

    def _font_key(self, font: QFont) -> str:
        if font != self._key_font:
            self._key_font, self._key = QFont(font), font.toString()
        return self._key

    def shown_text(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The text the item shows: its lines (at most ``max_lines``, then "…") one under the other."""
        text = str(index.data() or "")
        if self.max_lines is None:
            return text
        font = self._font(index)
        return "\n".join(_wrapped(text, self._font_key(font), self._text_width(index), self.max_lines))

    def text_height(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The height of the item's text wrapped to the width its column gives it."""
        return self.cell_height(str(index.data() or ""), self._font(index), self._text_width(index))

    def cell_height(self, text: str, font: QFont, width: int) -> int:
        """The height of ``text`` in ``font`` wrapped to ``width`` (kept by text, font and width: a
        tree given the same texts again measures nothing)."""
        return _text_height(text, self._font_key(font), width, self.max_lines or 0)


@lru_cache(maxsize=4096)
def _text_height(text: str, font_key: str, width: int, max_lines: int) -> int:
    """What :meth:`WrapDelegate.cell_height` measures (``max_lines`` 0: the whole text)."""
    font = QFont()
    font.fromString(font_key)
    shown = "\n".join(_wrapped(text, font_key, width, max_lines)) if max_lines else text
    box = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, shown)
    return box.height() + 6


def measurements() -> int:
    """How many texts were laid out to measure a row (not found in the caches): tests follow it to tell
    that rows given the same texts again are not measured again."""
    return _text_height.cache_info().misses + _wrapped.cache_info().misses


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
    if _LINE_BREAK not in text and len(text) < 200 and QFontMetrics(font).horizontalAdvance(text) <= width:
        return (text,)  # one line: no layout (most units, people and meetings)
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
    ending in "…" when more text follows (the tooltip has the whole of it). For columns of text (no
    icon, no check box).

    A cell is wrapped only when painted (or measured), and the lines are kept by text, font and width
    for the next paint. Rows: a fixed :meth:`height_for` a number of lines (a big list: nothing measured
    up front), or :class:`WrappedRows` (each row as tall as its lines, measured again only when it
    changes)."""

    def __init__(self, view: QAbstractItemView, max_lines: int) -> None:
        super().__init__(view)
        self.view = view
        self.max_lines = max_lines
        self._margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        self._key_font, self._key = QFont(), QFont().toString()  # the last font seen and its key

    def height_for(self, lines: int, font: QFont | None = None) -> int:
        """A row's height for ``lines`` lines of text (in the view's font unless ``font``)."""
        metrics = QFontMetrics(font) if font is not None else self.view.fontMetrics()
        return max(1, lines) * metrics.lineSpacing() + 2 * _VERTICAL_PADDING

    def text_width(self, cell_width: int) -> int:
        """The width the text wraps in, in a cell ``cell_width`` wide (the style's text margins off)."""
        return cell_width - 2 * self._margin

    def wrap(self, text: str, cell_width: int, font: QFont | None = None) -> tuple[str, ...]:
        """The lines ``text`` shows in a cell ``cell_width`` wide."""
        return _wrapped(
            text, self._font_key(font or self.view.font()), self.text_width(cell_width), self.max_lines
        )

    def _font_key(self, font: QFont) -> str:
        # painting asks for every cell: the key of the font of the cell before (nearly always the same)
        if font != self._key_font:
            self._key_font, self._key = QFont(font), font.toString()
        return self._key

    def lines(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[str, ...]:
        """The lines the cell shows in ``option.rect``."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return self.wrap(opt.text, opt.rect.width(), opt.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.rect.width()
        if width <= 0:  # no width given: one line, as wide as the text
            line = opt.text.strip().split("\n", 1)[0]
            return QSize(
                QFontMetrics(opt.font).horizontalAdvance(line) + 2 * self._margin,
                self.height_for(1, opt.font),
            )
        return QSize(width, self.height_for(len(self.wrap(opt.text, width, opt.font)), opt.font))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Called for every wrapped cell on each paint of the list: plain ints, no enum arithmetic.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        font = opt.font
        rect = opt.rect
        lines = self.wrap(opt.text, rect.width(), font)
        opt.text = ""  # the style paints the background, the selection and the focus; the lines are ours
        view = self.view
        view.style().drawControl(_ITEM_VIEW_ITEM, opt, painter, view)
        state = int(opt.state.value)
        if not state & _ENABLED:
            group = _DISABLED
        elif not state & _ACTIVE:
            group = _INACTIVE
        else:
            group = _NORMAL
        color = opt.palette.color(group, _HIGHLIGHTED_TEXT if state & _SELECTED else _TEXT)
        margin = self._margin
        left, width = rect.left() + margin, rect.width() - 2 * margin
        step = QFontMetrics(font).lineSpacing()
        top = rect.top() + max(0, (rect.height() - len(lines) * step) // 2)
        flags = (int(opt.displayAlignment.value) & _HORIZONTAL) | _VCENTER
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        painter.setClipRect(rect)
        for number, text in enumerate(lines):
            painter.drawText(QRect(left, top + number * step, width, step), flags, text)
        painter.restore()


_ITEM_VIEW_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ENABLED = int(QStyle.StateFlag.State_Enabled.value)
_ACTIVE = int(QStyle.StateFlag.State_Active.value)
_SELECTED = int(QStyle.StateFlag.State_Selected.value)
_NORMAL, _INACTIVE, _DISABLED = (
    QPalette.ColorGroup.Normal,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)
_TEXT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_HORIZONTAL = int(Qt.AlignmentFlag.AlignHorizontal_Mask.value)
_VCENTER = int(Qt.AlignmentFlag.AlignVCenter.value)


#: At most this many lines of a cell in the editor's sections (:func:`wrap_columns`); the rest in its tooltip.
SECTION_LINES = 12


def wrap_columns(view: QTableView, columns: list[int], max_lines: int = SECTION_LINES) -> WrappedRows:
    """The text of ``columns`` wrapped (at most ``max_lines`` lines each, then "…"), every row as tall
    as its lines, for a table shown whole on the editor's page (:func:`fit_rows` without ``max_rows``):
    every row is measured when the rows change, one changed row alone when its text changes (an
    autosave), instead of Qt's ResizeToContents measuring every cell again on each change. Call
    before :func:`fit_rows`. Columns with icons or check boxes are left to the table's own delegate."""
    for column in columns:
        view.setItemDelegateForColumn(column, LinesDelegate(view, max_lines))
    return WrappedRows(view, top_rows=ALL_ROWS)


#: ``top_rows`` for a table whose every row is shown (measured up front, each row again only when it changes).
ALL_ROWS = 1 << 30


class WrappedRows(QObject):
    """Each row of ``view`` as tall as the lines its :class:`LinesDelegate` columns show (at least the
    header's default row height). Rows are Fixed and set one by one, and only those in view, the first
    ``top_rows`` (the table is sized by them) and the last screenful are measured: the others when
    scrolled to. A
    changed row is measured again on its own (a change in a column that does not wrap measures
    nothing), inserted rows alone are measured (the others keep their heights), and a reset, a layout
    change or a resized text column measures the rows in view again. Much cheaper than Qt's ResizeToContents, which asks every cell of every row for its
    size hint on each change (a meeting has hundreds of contributions, saved as they are typed).
    ``heights_changed`` tells when rows got other heights (:func:`fit_rows` follows it)."""

    heights_changed = Signal()

    def __init__(self, view: QTableView, *, top_rows: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.top_rows = top_rows
        self._measured: set[int] = set()
        self._widths: tuple[int, ...] = ()  # the columns' widths the measured rows were wrapped to
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit_shown)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.measured = 0  # rows measured so far (tests: an unchanged row is not measured again)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self.refit)
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._changed)
        view.horizontalHeader().sectionResized.connect(self._column_resized)
        view.verticalScrollBar().valueChanged.connect(lambda _value: self.fit_shown())
        view.viewport().installEventFilter(self)
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # A resized window resizes the stretching column later (the header lays itself out on its own
        # timer, with no sectionResized): the paint that follows tells, and the rows fit just after.
        kind = event.type()
        if kind == QEvent.Type.Resize or (
            kind == QEvent.Type.Paint and self._current_widths() != self._widths
        ):
            self._later.start()
        return False

    def _current_widths(self) -> tuple[int, ...]:
        view = self.view
        return tuple(view.columnWidth(c) for c in range(view.model().columnCount()))

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows inserted (a record added): the rows after them keep their heights (the header moves
        them), only the new ones are measured."""
        if parent.isValid():
            return
        count = last - first + 1
        self._measured = {r if r < first else r + count for r in self._measured}
        self.fit_shown()

    def _removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        count = last - first + 1
        self._measured = {r if r < first else r - count for r in self._measured if not first <= r <= last}
        self.fit_shown()

    def _changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        view = self.view
        if not any(
            isinstance(view.itemDelegateForColumn(c), LinesDelegate)
            for c in range(top.column(), bottom.column() + 1)
        ):
            return  # no wrapped text changed (the numbers after a removed row): the heights are the same
        self._measured.difference_update(range(top.row(), bottom.row() + 1))
        self.fit_shown()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if isinstance(self.view.itemDelegateForColumn(column), LinesDelegate):
            self.refit()

    def refit(self, *_args: object) -> None:
        """Measure again (new rows, other widths): the rows in view now, the others when shown."""
        self._measured.clear()
        self.fit_shown()

    def fit_shown(self) -> None:
        view, count = self.view, self.view.model().rowCount()
        widths = self._current_widths()
        if widths != self._widths:  # a stretching column follows the window without sectionResized
            self._widths = widths
            self._measured.clear()
        bottom = view.viewport().height()
        # the first rows (the table is sized by them) and the last ones, as many as could be in view
        # (the end of the list is scrolled to by its true heights)
        last = count - 1 - bottom // max(1, view.verticalHeader().defaultSectionSize())
        rows = [*range(min(self.top_rows, count)), *range(max(0, last), count)]
        first = max(0, view.rowAt(0))
        self.fit([*rows, first])
        row = first + 1
        while row < count and view.rowViewportPosition(row) < bottom:
            self.fit([row])
            row += 1

    def fit(self, rows: list[int]) -> None:
        view, model = self.view, self.view.model()
        count = model.rowCount()
        wanted = [r for r in dict.fromkeys(rows) if r not in self._measured and 0 <= r < count]
        if not wanted:
            return
        columns = []
        for column in range(model.columnCount()):
            delegate = view.itemDelegateForColumn(column)
            if isinstance(delegate, LinesDelegate) and not view.isColumnHidden(column):
                columns.append((column, delegate, view.columnWidth(column)))
        least = view.verticalHeader().defaultSectionSize()
        font = view.font()
        changed = False
        for row in wanted:
            height = least
            for column, delegate, width in columns:
                lines = delegate.wrap(str(model.index(row, column).data() or ""), width, font)
                height = max(height, delegate.height_for(len(lines), font))
            self._measured.add(row)
            self.measured += 1
            if view.rowHeight(row) != height:
                view.setRowHeight(row, height)
                changed = True
        if changed:
            self.heights_changed.emit()
