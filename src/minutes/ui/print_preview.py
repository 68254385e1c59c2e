"""Print preview and printing of a generated document.

Exact pages come from the PDF LibreOffice makes, rendered to images by poppler's pdftoppm (this PySide6
build has no QtPdf); each image is drawn on a full printer page, a landscape page turned to fit portrait
paper as a printer would. Without LibreOffice the document's content is laid out by Qt's rich text
engine from :mod:`minutes.export.html_preview` (a simplified preview, and the dialog says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QTextDocument, QTransform
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QWidget

from minutes.export.html_preview import PageSetup


@dataclass(frozen=True)
class Pages:
    """What to print: page images (``exact``), or HTML with its page set-up (simplified)."""

    images: list[Path] = field(default_factory=list)
    html: str = ""
    setup: PageSetup | None = None

    @property
    def exact(self) -> bool:
        return bool(self.images)


def _a4_portrait(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def paint(printer: QPrinter, pages: Pages) -> int:
    """Draw ``pages`` on ``printer``; returns how many pages were drawn."""
    if not pages.exact:
        return _paint_html(printer, pages)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for index, path in enumerate(pages.images):
            if index:
                printer.newPage()
            image = QImage(str(path))
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            if (image.width() > image.height()) != (target.width() > target.height()):
                image = image.transformed(QTransform().rotate(90))  # a landscape page on portrait paper
            scale = min(target.width() / max(image.width(), 1), target.height() / max(image.height(), 1))
            size = QSizeF(image.width() * scale, image.height() * scale)
            x = target.x() + (target.width() - size.width()) / 2
            y = target.y() + (target.height() - size.height()) / 2
            painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(pages.images)


def _paint_html(printer: QPrinter, pages: Pages) -> int:
    setup = pages.setup or PageSetup(210, 297, (20, 20, 30, 15))
    top, bottom, left, right = setup.margins_mm
    printer.setFullPage(False)
    printer.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.setDefaultFont(QFont("Times New Roman", 13))
    document.setDocumentMargin(0)
    document.setHtml(pages.html)
    # A page size of its own: otherwise Qt adds 2 cm margins and prints page numbers at the foot.
    # Its layout unit is the CSS pixel (1/96 inch), so the page is given in those.
    document.setPageSize(printer.pageRect(QPrinter.Unit.Point).size() * (96 / 72))
    document.print_(printer)
    return document.pageCount()


def make_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    _a4_portrait(printer)
    return printer


def open_preview(parent: QWidget | None, pages: Pages, title: str) -> QPrintPreviewDialog:
    """A print preview window (shown, not modal-blocking); its Print button prints these pages."""
    printer = make_printer(QPrinter.PrinterMode.ScreenResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: paint(p, pages))
    dialog.printer_ = printer  # type: ignore[attr-defined]  # kept alive with the dialog
    dialog.resize(900, 1000)
    dialog.open()
    return dialog


def preview_page_count(dialog: QPrintPreviewDialog) -> int:
    widget = dialog.findChild(QPrintPreviewWidget)
    return widget.pageCount() if widget is not None else 0


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog (tests replace this function; a modal dialog cannot be driven)."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pages(parent: QWidget | None, pages: Pages) -> int:
    """Ask for a printer and print; returns the pages printed (0 when the user cancelled)."""
    printer = make_printer()
    if not ask_printer(parent, printer):
        return 0
    return paint(printer, pages)
