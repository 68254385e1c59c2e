"""Helpers for tests: read generated documents back the way a checker would (text, runs, fonts, tables)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def reload(doc: Document, path: Path) -> Document:
    doc.save(str(path))
    return docx.Document(str(path))


def paragraphs(doc: Document) -> Iterator[Paragraph]:
    """Every paragraph of the body, table cells included, in document order."""
    body = doc.element.body
    for p in body.iter(qn("w:p")):
        yield Paragraph(p, doc)


def texts(doc: Document) -> list[str]:
    return [p.text for p in paragraphs(doc)]


def full_text(doc: Document) -> str:
    return "\n".join(texts(doc))


def find(doc: Document, text: str) -> Paragraph:
    for p in paragraphs(doc):
        if p.text == text:
            return p
    raise AssertionError(f"no paragraph {text!r}")


def find_starting(doc: Document, text: str) -> Paragraph:
    for p in paragraphs(doc):
        if p.text.startswith(text):
            return p
    raise AssertionError(f"no paragraph starting {text!r}")


def fonts(run: Run) -> dict[str, str | None]:
    rpr = run._r.rPr
    rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return {slot: rfonts.get(qn(slot)) if rfonts is not None else None for slot in SLOTS}


def run_format(paragraph: Paragraph) -> tuple[float | None, bool | None, bool | None, bool | None]:
    """(size pt, bold, italic, underline) shared by every run with text (asserts they agree)."""
    runs = [r for r in paragraph.runs if r.text]
    assert runs, f"no text run in {paragraph.text!r}"
    formats = {(r.font.size.pt if r.font.size else None, r.font.bold, r.font.italic, bool(r.font.underline))
               for r in runs}  # fmt: skip
    assert len(formats) == 1, formats
    return formats.pop()


def assert_times_new_roman(paragraph: Paragraph) -> None:
    for run in paragraph.runs:
        if run.text:
            assert fonts(run) == dict.fromkeys(SLOTS, "Times New Roman"), (paragraph.text, fonts(run))


def tables(doc: Document) -> list[Table]:
    return list(doc.tables)


def cell_texts(table: Table) -> list[list[str]]:
    """Rows of cell texts without table.cell() (quadratic); merged rows give fewer cells."""
    out = []
    for tr in table._tbl.tr_lst:
        out.append(["\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p")))
                    for tc in tr.iter(qn("w:tc"))])  # fmt: skip
    return out


def table_with_header(doc: Document, first_text_cell: str) -> list[list[str]]:
    """The cell texts of the first table whose header row has a cell ``first_text_cell`` (e.g. the
    tasks table: "Nội dung nhiệm vụ" / "Task"); [] when there is none."""
    for table in doc.tables:
        rows = cell_texts(table)
        if rows and first_text_cell in rows[0]:
            return rows
    return []
