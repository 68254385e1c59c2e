"""How a meeting looks in the meetings list: a card with the date and a status chip, the title on up to
two lines, and the organisation with its open tasks, at a fixed height (fast over thousands of rows).

A card is drawn once into a pixmap and the pixmap is painted again while nothing it shows has changed
(the row, its size, its state, the palette and the font are the key): a change notice repaints every
visible card, and laying their text out again (the title wrapped, the rest elided) was most of the GUI
thread's work for a notice (issue 18). About three screens of cards are kept (``MeetingDelegate.KEPT``).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from minutes.domain.enums import MeetingStatus
from minutes.ui.meeting_model import ROW_ROLE, MeetingRow

Index = QModelIndex | QPersistentModelIndex


class MeetingDelegate(QStyledItemDelegate):
    """A meeting as a card: date + status chip, title (two lines at most), organisation and tasks."""

    PAD = 8
    #: Cards kept drawn: a screen holds 10-20 (hover and selection are cards of their own); one card is
    #: about 100 kB at 350 x 80 pixels (four times that on a display scaled 200 %).
    KEPT = 48
    #: The parts of a card's state that change how it looks.
    LOOKS = (
        QStyle.StateFlag.State_Selected
        | QStyle.StateFlag.State_MouseOver
        | QStyle.StateFlag.State_HasFocus
        | QStyle.StateFlag.State_Active
        | QStyle.StateFlag.State_Enabled
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        base, bold, small = self._fonts(option)
        height = (
            QFontMetrics(bold).height()
            + 2 * QFontMetrics(base).lineSpacing()
            + QFontMetrics(small).height()
            + 2 * self.PAD
            + 6
        )
        return QSize(260, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: MeetingRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        size = option.rect.size()
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        if size.isEmpty() or not painter.transform().isIdentity():
            self._draw(painter, option, row)  # printed, scaled: drawn as it is
            return
        key = (
            row,
            size.width(),
            size.height(),
            ratio,
            int((option.state & self.LOOKS).value),
            option.palette.cacheKey(),
            option.palette.currentColorGroup(),
            option.font.key(),
        )
        card = self._cards.get(key)
        if card is None:
            card = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            card.setDevicePixelRatio(ratio)
            card.fill(option.palette.color(QPalette.ColorRole.Base))  # the view's own background
            at = QStyleOptionViewItem(option)
            at.rect = QRect(0, 0, size.width(), size.height())
            into = QPainter(card)
            try:
                self._draw(into, at, row)
            finally:
                into.end()
            self._cards[key] = card
            if len(self._cards) > self.KEPT:
                self._cards.popitem(last=False)
        else:
            self._cards.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), card)

    def _draw(self, painter: QPainter, option: QStyleOptionViewItem, row: MeetingRow) -> None:
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
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), bold_fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            row.date,
        )
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
        self._draw_wrapped(
            painter, base, row.title, QRect(rect.left(), top, rect.width(), 2 * base_fm.lineSpacing()), 2
        )

        # line 4: organisation · tasks
        painter.setFont(small)
        painter.setPen(muted)
        meta = " · ".join(part for part in (row.organisation, row.tasks) if part)
        meta_top = top + 2 * base_fm.lineSpacing() + 3
        painter.drawText(
            QRect(rect.left(), meta_top, rect.width(), small_fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(meta, Qt.TextElideMode.ElideRight, rect.width()),
        )

        # a separator between cards
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(
            option.rect.left() + self.PAD,
            option.rect.bottom(),
            option.rect.right() - self.PAD,
            option.rect.bottom(),
        )
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
            piece = text[start : start + length]
            if number == len(lines) - 1 and start + length < len(text):
                piece = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(
                QRect(
                    rect.left(),
                    rect.top() + number * metrics.lineSpacing(),
                    rect.width(),
                    metrics.lineSpacing(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                piece.rstrip(),
            )
