"""Draws a search hit as rich text: the title and where it belongs, then the snippet, matches in bold."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from minutes.ui.search.model import HTML_ROLE

Index = QModelIndex | QPersistentModelIndex


class HitDelegate(QStyledItemDelegate):
    LINES_PER_HIT = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(2)
        self._doc.setDefaultTextOption(
            QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        )
        option = self._doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)  # one line each; what does not fit is cut
        self._doc.setDefaultTextOption(option)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        self._doc.setDefaultFont(opt.font)  # type: ignore[attr-defined]
        self._doc.setHtml(str(index.data(HTML_ROLE) or ""))
        self._doc.setTextWidth(text_rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        self._doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        lines = 1 if not index.parent().isValid() else self.LINES_PER_HIT
        height = option.fontMetrics.lineSpacing() * lines + 8  # type: ignore[attr-defined]
        return QSize(200, height)
