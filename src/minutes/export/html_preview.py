"""A generated document as simple HTML, for the print preview when LibreOffice is not installed.

Qt's rich text engine lays this out (QTextDocument): paragraphs with their alignment, first-line indent,
size and bold/italic/underline runs; tables with their column widths and borders; short rules; section
breaks as page breaks. It is a faithful reading of the content and emphasis, not of Word's exact line
breaks (the dialog says so); the exact preview comes from the PDF.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph

_ALIGN = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right",
          WD_ALIGN_PARAGRAPH.JUSTIFY: "justify", WD_ALIGN_PARAGRAPH.LEFT: "left"}  # fmt: skip


@dataclass(frozen=True)
class PageSetup:
    """The first section's page, in millimetres."""

    width_mm: float
    height_mm: float
    margins_mm: tuple[float, float, float, float]  # top, bottom, left, right


def page_setup(doc: Document) -> PageSetup:
    s = doc.sections[0]

    def mm(value: Length | None, default: float) -> float:
        return value.mm if value is not None else default

    return PageSetup(mm(s.page_width, 210), mm(s.page_height, 297),
                     (mm(s.top_margin, 20), mm(s.bottom_margin, 20), mm(s.left_margin, 30), mm(s.right_margin, 15)))  # fmt: skip


def _style_value(paragraph: Paragraph, name: str) -> object:
    value = getattr(paragraph.paragraph_format, name)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, name)
        style = style.base_style
    return value


def _font_value(paragraph: Paragraph, run: object, name: str) -> object:
    value = getattr(run.font, name)  # type: ignore[attr-defined]
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.font, name)
        style = style.base_style
    return value


def _px(length: object) -> int:
    """A length in CSS pixels (1/96 inch): the unit Qt's rich text reads for margins and indents."""
    return round(length.pt * 96 / 72) if isinstance(length, Length) else 0


def paragraph_html(paragraph: Paragraph, *, page_break: bool = False) -> str:
    ppr = paragraph._p.pPr
    border = ppr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}") if ppr is not None else None
    if border is not None and not paragraph.text.strip():
        indent = paragraph.paragraph_format.left_indent
        width = 30 if indent is None else max(10, min(100, round(100 - 2 * indent.mm / 1.65)))
        return f'<hr width="{width}%" />'
    alignment = _style_value(paragraph, "alignment")
    align = _ALIGN.get(alignment, "left") if isinstance(alignment, WD_ALIGN_PARAGRAPH) else "left"
    first = _style_value(paragraph, "first_line_indent")
    after = _style_value(paragraph, "space_after")
    before = _style_value(paragraph, "space_before")
    styles = [f"margin-top:{_px(before)}px", f"margin-bottom:{_px(after)}px"]
    if first:
        styles.append(f"text-indent:{_px(first)}px")
    if page_break:
        styles.append("page-break-before:always")
    spans = []
    for run in paragraph.runs:
        if not run.text:
            continue
        size = _font_value(paragraph, run, "size")
        css = [f"font-size:{size.pt:.1f}pt"] if size else []  # type: ignore[attr-defined]
        if _font_value(paragraph, run, "bold"):
            css.append("font-weight:bold")
        if _font_value(paragraph, run, "italic"):
            css.append("font-style:italic")
        if run.font.underline:
            css.append("text-decoration:underline")
        spans.append(f'<span style="{";".join(css)}">{html.escape(run.text).replace("  ", " &nbsp;")}</span>')
    return f'<p align="{align}" style="{";".join(styles)}">{"".join(spans) or "&nbsp;"}</p>'


def table_html(table: Table, *, page_break: bool = False) -> str:
    tbl = table._tbl
    borders = tbl.tblPr.find(f"{qn('w:tblBorders')}/{qn('w:top')}")
    bordered = borders is not None and borders.get(qn("w:val")) not in ("nil", "none")
    widths = [int(col.get(qn("w:w")) or 0) for col in tbl.tblGrid.gridCol_lst]
    total = sum(widths) or 1
    style = ' style="page-break-before:always"' if page_break else ""
    out = [f'<table width="100%" cellspacing="0" cellpadding="3" border="{1 if bordered else 0}"{style}>']
    for tr in tbl.tr_lst:
        out.append("<tr>")
        column = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            share = sum(widths[column : column + span]) * 100 / total
            column += span
            inner = "".join(paragraph_html(Paragraph(p, table)) for p in tc.iter(qn("w:p")))
            out.append(f'<td width="{share:.0f}%" colspan="{span}" valign="top">{inner}</td>')
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def document_html(doc: Document) -> str:
    """The body of ``doc`` as HTML; each section after the first starts on a new page."""
    out = ["<html><body style=\"font-family:'Times New Roman','Liberation Serif',serif\">"]
    new_page = False
    for element in doc.element.body.iterchildren():
        if element.tag == qn("w:p"):
            out.append(paragraph_html(Paragraph(element, doc), page_break=new_page))
            new_page = element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        elif element.tag == qn("w:tbl"):
            out.append(table_html(Table(element, doc), page_break=new_page))
            new_page = False
    out.append("</body></html>")
    return "".join(out)
