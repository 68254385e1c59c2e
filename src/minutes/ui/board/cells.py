"""How the board paints its cells: straight from the model's rows, with the lines' layouts kept.

Qt's own path asks the model for every role of every cell (text, font, colours, alignment, check state,
icon...: six or seven calls into Python per cell) and lays each text out again on every paint; on a
list of 200 tasks a window shows some 250 cells, so a filter change spent more time painting the list
than reading it. :class:`BoardDelegate` paints every column of the board: it takes the cell's row once
(:meth:`BoardModel.painted_row`), its text, colours and font as the model would give them, and draws the
lines already laid out (:class:`QStaticText`, kept by text and font) where the style would draw them. The
long columns wrap over :data:`~minutes.ui.board.board.TEXT_LINES` lines, the last ending in "…" (issue
15 item 9); the short ones show one line, cut with "…" when the column is too narrow, as before.

The cell that has the keyboard focus is painted by the style (its focus frame): one cell per paint.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from minutes.domain.status import TaskStatus
from minutes.ui.board.model import (
    COL_DEADLINE,
    COL_PROGRESS,
    COL_STATUS,
    COL_STT,
    OVERDUE_BG,
    OVERDUE_FG,
    QUIET_FG,
    SOON_BG,
    SOON_FG,
    BoardModel,
    urgency,
)
from minutes.ui.views import LinesDelegate

#: Laid-out lines kept between paints (a window shows about 250 cells of one or two lines).
KEPT_LINES = 4096

_HAS_FOCUS = int(QStyle.StateFlag.State_HasFocus.value)
_ENABLED = int(QStyle.StateFlag.State_Enabled.value)
_ACTIVE = int(QStyle.StateFlag.State_Active.value)
_SELECTED = int(QStyle.StateFlag.State_Selected.value)
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_NORMAL, _INACTIVE, _DISABLED = (
    QPalette.ColorGroup.Normal,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)
_TEXT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_LEFT, _RIGHT, _CENTER = 0, 1, 2
_ALIGN = {COL_STT: _RIGHT, COL_PROGRESS: _RIGHT, COL_DEADLINE: _CENTER}
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_PLAIN = Qt.TextFormat.PlainText


@lru_cache(maxsize=KEPT_LINES)
def _elided(text: str, font_key: str, width: int) -> str:
    """``text`` on one line, cut with "…" when wider than ``width``."""
    font = QFont()
    font.fromString(font_key)
    line = " ".join(text.split())
    return QFontMetrics(font).elidedText(line, _ELIDE_RIGHT, max(1, width))


class BoardDelegate(LinesDelegate):
    """Every cell of the board's table; ``wrapped`` columns over ``max_lines`` lines, the others one."""

    def __init__(
        self, view: QAbstractItemView, model: BoardModel, max_lines: int, wrapped: Iterable[int]
    ) -> None:
        super().__init__(view, max_lines)
        self.model = model
        self.wrapped = frozenset(wrapped)
        self._bold = QFont()
        self._static: OrderedDict[tuple[str, str], QStaticText] = OrderedDict()
        self._fonts: tuple[QFont, QFont, str, str] | None = None  # (font, bold, their keys)

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, str, str]:
        fonts = self._fonts
        if fonts is None or font != fonts[0]:
            bold = QFont(font)
            bold.setBold(True)
            fonts = self._fonts = (QFont(font), bold, font.toString(), bold.toString())
        return fonts

    def _laid_out(self, line: str, key: str, font: QFont) -> QStaticText:
        static = self._static.get((line, key))
        if static is None:
            static = QStaticText(line)
            static.setTextFormat(_PLAIN)
            static.prepare(font=font)
            self._static[(line, key)] = static
            if len(self._static) > KEPT_LINES:
                self._static.popitem(last=False)
        return static

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        state = int(option.state.value)
        number, column = index.row(), index.column()
        row = self.model.painted_row(number)
        if row is None or state & _HAS_FOCUS:
            # the focus frame as the style draws it (one cell), or a row not there any more
            super().paint(painter, option, index)
            return
        view = self.view
        rect = option.rect
        level = urgency(row)
        selected = state & _SELECTED
        if selected or level:
            if not selected:
                option.backgroundBrush = _BACKGROUND[level]
            view.style().drawPrimitive(_PANEL, option, painter, view)
        if not state & _ENABLED:
            group = _DISABLED
        elif not state & _ACTIVE:
            group = _INACTIVE
        else:
            group = _NORMAL
        if selected:
            color = option.palette.color(group, _HIGHLIGHTED_TEXT)
        elif level:
            color = _FOREGROUND[level]
        elif row.status is TaskStatus.CANCELLED:
            color = _QUIET
        else:
            color = option.palette.color(group, _TEXT)
        font, bold, key, bold_key = self._fonts_for(option.font)
        if column == COL_STATUS and level:
            font, key = bold, bold_key
        text = self.model.cell_text(row, number, column)
        margin = self._margin
        left, width = rect.left() + margin, rect.width() - 2 * margin
        if column in self.wrapped:
            lines = self.wrap(text, rect.width(), font)
        else:
            lines = (_elided(text, key, width),) if text else ()
        if not lines:
            return
        metrics = QFontMetrics(font)
        step = metrics.lineSpacing()
        top = rect.top() + max(0, (rect.height() - len(lines) * step) // 2) + (step - metrics.height()) // 2
        align = _ALIGN.get(column, _LEFT)
        painter.save()  # the lines fit the cell (wrapped or cut to its width): no clipping needed
        painter.setFont(font)
        painter.setPen(color)
        for line in lines:
            static = self._laid_out(line, key, font)
            x = float(left)
            if align != _LEFT:
                room = width - static.size().width()
                x += room if align == _RIGHT else room / 2
            painter.drawStaticText(QPointF(x, top), static)
            top += step
        painter.restore()


_BACKGROUND = {"overdue": QBrush(OVERDUE_BG), "soon": QBrush(SOON_BG)}
_FOREGROUND = {"overdue": OVERDUE_FG, "soon": SOON_FG}
_QUIET = QUIET_FG
