"""A Word document as the recogniser reads it: its lines in body order, with their formatting.

:func:`minutes.archive.reader.read_docx` walks the body of a DOCX once (no ``table.cell()``: it is
quadratic): paragraphs and tables in the order they appear, nested tables and text boxes included, each
paragraph split at manual line breaks (Shift+Enter, as offices type the two lines of "ỦY BAN NHÂN DÂN /
PHƯỜNG ..."). Every :class:`Line` keeps its runs' bold and italic (from
the run, its character style and the paragraph style), Word's automatic numbering label, the paragraph
style and alignment, and where it sits (body, or table, row and cell). Lines are numbered in order; a
recognised part points back at them with :class:`minutes.archive.model.Span`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from minutes.domain.text import fold
from minutes.errors import UserError


class UnreadableDocument(UserError):
    template = "{name} cannot be read as a Word document: {detail}"


_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SPACES = re.compile(r"[ \u00a0\u2002-\u200b\u202f\u3000]+")
_TABS = re.compile(r" *\t[\t ]*")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool
    italic: bool


@dataclass(frozen=True)
class Line:
    """One line of text: a paragraph, or a part of one between manual line breaks."""

    index: int
    text: str
    runs: tuple[Run, ...]
    label: str = ""  # Word's automatic numbering ("1.", "a)", "-"), not part of ``text``
    style: str = ""
    heading: int = 0  # outline level of a heading style (1 = Heading 1), 0 otherwise
    align: str = ""  # "center", "right", "both", "left" or "" (inherited)
    table: int = -1  # index in SourceDocument.tables, -1 in the body
    row: int = -1
    cell: int = -1
    paragraph: int = 0  # the paragraph it belongs to (several lines when Shift+Enter was used)
    gap_before: bool = False  # an empty paragraph (or the start of a cell) came before it

    @property
    def bold(self) -> bool:
        """Every letter of the line is bold."""
        letters = [r for r in self.runs if any(ch.isalnum() for ch in r.text)]
        return bool(letters) and all(r.bold for r in letters)

    @property
    def italic(self) -> bool:
        letters = [r for r in self.runs if any(ch.isalnum() for ch in r.text)]
        return bool(letters) and all(r.italic for r in letters)

    @property
    def bold_lead(self) -> str:
        """The bold text the line starts with ("Thời gian bắt đầu: "), "" when it starts regular."""
        out = []
        for run in self.runs:
            if run.bold or not run.text.strip():
                out.append(run.text)
            else:
                break
        return "".join(out).lstrip() if any(r.bold for r in self.runs) else ""

    @property
    def upper(self) -> bool:
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) >= 2 and all(ch.isupper() for ch in letters)

    @property
    def display(self) -> str:
        """The line as a reader sees it: the numbering label, then the text."""
        return f"{self.label} {self.text}" if self.label else self.text


@dataclass
class SourceTable:
    index: int
    rows: list[list[list[int]]] = field(default_factory=list)  # rows -> cells -> line indices
    parent: int = -1  # the table this one is nested in, -1 for the body

    def cell_text(self, doc: SourceDocument, row: int, cell: int) -> str:
        return "\n".join(doc.lines[i].text for i in self.rows[row][cell])

    def texts(self, doc: SourceDocument) -> list[list[str]]:
        return [[self.cell_text(doc, r, c) for c in range(len(cells))] for r, cells in enumerate(self.rows)]


@dataclass
class SourceDocument:
    name: str
    lines: list[Line]
    tables: list[SourceTable]
    sha256: str = ""  # of the file's bytes
    source_format: str = "docx"  # docx, doc, odt (converted through LibreOffice)
    data: bytes = b""  # the original file (kept as the meeting's attachment)

    @property
    def content_hash(self) -> str:
        """The same for the same words, whatever the file format, fonts or spacing (duplicates)."""
        words = " ".join(fold(line.display) for line in self.lines).split()
        return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()

    def text(self) -> str:
        return "\n".join(line.display for line in self.lines)


def clean(text: str) -> str:
    text = _ILLEGAL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _TABS.sub("\t", _SPACES.sub(" ", text))
