"""Draws a search hit as rich text: the title and where it belongs, then the snippet, matches in bold.

Each row's text is laid out once (a :class:`QTextDocument` per HTML and font, kept for the rows of the
last searches) and drawn from there on every paint. :meth:`HitDelegate.prepare` lays out the rows about
to be shown while the dialog waits for the pause in the typing, so the first paint of the results only
draws them. Lines do not wrap (what does not fit is cut), so the layout does not depend on the width.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from minutes.ui.search.model import HTML_ROLE

Index = QModelIndex | QPersistentModelIndex

_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_LETTERS = _VOWELS + "bcdđghklmnpqrstvx" + (_VOWELS + "bcdđghklmnpqrstvx").upper() + "0123456789 .,;:·—…()/-"

#: Laid-out rows kept (a few searches' worth: a first page and its counts, a "more" page).
KEPT = 400


class HitDelegate(QStyledItemDelegate):
    LINES_PER_HIT = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._option.setWrapMode(QTextOption.WrapMode.NoWrap)  # one line each; what does not fit is cut
        self._docs: OrderedDict[tuple[str, str], QTextDocument] = OrderedDict()

    def document(self, html: str, font: QFont) -> QTextDocument:
        """``html`` laid out in ``font`` (kept for the next paints)."""
        key = (html, font.key())
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        doc = QTextDocument(self)
        doc.setDocumentMargin(2)
        doc.setDefaultTextOption(self._option)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.documentLayout()  # lays it out now (on a prepare), not in the paint
        doc.size()
        self._docs[key] = doc
        while len(self._docs) > KEPT:
            _, old = self._docs.popitem(last=False)
            old.deleteLater()
        return doc

    def prepare(self, htmls: Iterable[str], font: QFont) -> None:
        """Lay out rows about to be shown."""
        for html in htmls:
            self.document(html, font)

    def warm(self, font: QFont) -> None:
        """Draw the letters of the language once, plain, bold and grey, off screen: the first paint of
        results otherwise finds the fonts (and their fallbacks) and renders every glyph (2-3 times a
        later paint)."""
        doc = QTextDocument()
        doc.setDefaultTextOption(self._option)
        doc.setDefaultFont(font)
        doc.setHtml(f'{_LETTERS}<br><b>{_LETTERS}</b><br><span style="color:#808080">{_LETTERS}</span>')
        image = QImage(doc.size().toSize().expandedTo(QSize(1, 1)), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        doc.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.end()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        doc = self.document(str(index.data(HTML_ROLE) or ""), opt.font)  # type: ignore[attr-defined]
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(text_rect.topLeft())
        clip = QRectF(0, 0, text_rect.width(), text_rect.height())
        painter.setClipRect(clip)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        lines = 1 if not index.parent().isValid() else self.LINES_PER_HIT
        height = option.fontMetrics.lineSpacing() * lines + 8  # type: ignore[attr-defined]
        return QSize(200, height)
