"""A few helpers to type Word documents the way offices do (python-docx), for the archive test set.

Nothing here comes from the application's own export code: the documents are meant to look typed by a
clerk in Word - header tables, Shift+Enter line breaks, Word's numbering button or typed "a)", "-", "+",
bold or capitalised headings, tables for attendees and tasks, tab-separated signatures.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

Cell = str | Sequence[str]


class Typed:
    """A document being typed. ``font`` and ``size`` as the office's template has them."""

    def __init__(self, font: str = "Times New Roman", size: float = 13) -> None:
        self.doc: Document = docx.Document()
        style = self.doc.styles["Normal"]
        style.font.name = font
        style.font.size = Pt(size)
        self._letters: str | None = None

    # --- paragraphs ----------------------------------------------------------------------------------
    def p(self, text: str = "", *, bold: bool = False, italic: bool = False, center: bool = False,
          style: str | None = None, lead: str | None = None, size: float | None = None,
          where: object | None = None) -> Paragraph:  # fmt: skip
        """A paragraph; ``lead`` is typed bold before ``text``; "\\n" in text is Shift+Enter."""
        container = where if where is not None else self.doc
        paragraph = container.add_paragraph(style=style)  # type: ignore[attr-defined]
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if lead:
            run = paragraph.add_run(lead)
            run.bold = True
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = paragraph.add_run(part)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
            if i < len(parts) - 1:
                run.add_break()
        return paragraph

    def blank(self) -> None:
        self.doc.add_paragraph()

    def numbered(self, items: Sequence[str], *, style: str = "List Number") -> None:
        """Items numbered by Word's own numbering (the text holds no number)."""
        for item in items:
            self.p(item, style=style)

    def lettered(self, items: Sequence[str], *, restart: bool = True) -> None:
        """Items lettered "a)", "b)" by a numbering definition of the document (Word's button)."""
        num_id = self._letter_list() if restart or self._letters is None else self._letters
        for item in items:
            paragraph = self.p(item)
            ppr = paragraph._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            nid = OxmlElement("w:numId")
            nid.set(qn("w:val"), num_id)
            numpr.append(ilvl)
            numpr.append(nid)
            ppr.insert(0, numpr)

    def _letter_list(self) -> str:
        numbering = self.doc.part.numbering_part.element
        abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        abstract_id, num_id = str(max(abstract_ids) + 1), str(max(num_ids) + 1)
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), abstract_id)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, value in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "%1)")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            lvl.append(el)
        abstract.append(lvl)
        first_num = numbering.find(qn("w:num"))
        first_num.addprevious(abstract)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), abstract_id)
        num.append(ref)
        numbering.append(num)
        self._letters = num_id
        return num_id

    # --- tables --------------------------------------------------------------------------------------
    def table(self, rows: Sequence[Sequence[Cell]], *, bold_header: bool = True, grid: bool = True,
              bold_cells: Sequence[tuple[int, int]] = ()) -> Table:  # fmt: skip
        """A table; a cell given as a list holds one paragraph per item."""
        table = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if grid:
            table.style = self.doc.styles["Table Grid"]
        for r, (tr, values) in enumerate(zip(table.rows, rows, strict=False)):
            for c, (cell, value) in enumerate(zip(tr.cells, values, strict=False)):
                items = [value] if isinstance(value, str) else list(value)
                first = cell.paragraphs[0]
                for k, item in enumerate(items):
                    paragraph = first if k == 0 else cell.add_paragraph()
                    parts = item.split("\n")
                    for i, part in enumerate(parts):
                        run = paragraph.add_run(part)
                        run.bold = (bold_header and r == 0) or (r, c) in bold_cells or None
                        if i < len(parts) - 1:
                            run.add_break()
        return table

    def header(self, left: Sequence[tuple[str, bool]], right: Sequence[tuple[str, bool, bool]]) -> Table:
        """The two-column header: left (text, bold) lines, right (text, bold, italic) lines, no borders."""
        table = self.doc.add_table(rows=1, cols=2)
        lcell, rcell = table.rows[0].cells
        for cell, lines in ((lcell, [(t, b, False) for t, b in left]), (rcell, list(right))):
            first = True
            for text, bold, italic in lines:
                paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                parts = text.split("\n")
                for i, part in enumerate(parts):
                    run = paragraph.add_run(part)
                    run.bold = bold or None
                    run.italic = italic or None
                    if i < len(parts) - 1:
                        run.add_break()
        return table

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def clone(doc: Document) -> Document:
    return copy.deepcopy(doc)
