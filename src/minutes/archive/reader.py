"""Reading a DOCX into :class:`~minutes.archive.source.SourceDocument`: one walk over the body with lxml
(python-docx opens the package and gives the styles and numbering parts), styles resolved through their
``basedOn`` chain for bold and italic, Word's numbering rendered by :mod:`.numbering`."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from minutes.archive.numbering import Numberer
from minutes.archive.source import Line, Run, SourceDocument, SourceTable, UnreadableDocument, clean

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {
    qn(t)
    for t in (
        "w:hyperlink",
        "w:smartTag",
        "w:ins",
        "w:fldSimple",
        "w:customXml",
        "w:sdt",
        "w:sdtContent",
        "w:moveTo",
        "w:dir",
        "w:bdo",
    )  # fmt: skip
}
_SKIPPED = {qn(t) for t in ("w:del", "w:moveFrom", "w:pPr", "w:rPr")} | {_MC_FALLBACK}
W_P, W_TBL, W_TR, W_TC, W_R, W_T, W_TAB, W_BR, W_CR, W_RPR, W_PPR = (
    qn(t) for t in ("w:p", "w:tbl", "w:tr", "w:tc", "w:r", "w:t", "w:tab", "w:br", "w:cr", "w:rPr", "w:pPr")
)
W_NOBREAK, W_TXBX, W_SDT, W_SDTCONTENT, W_CUSTOMXML = (
    qn(t) for t in ("w:noBreakHyphen", "w:txbxContent", "w:sdt", "w:sdtContent", "w:customXml")
)
W_PSTYLE, W_NUMPR, W_NUMID, W_ILVL, W_JC, W_RSTYLE, W_B, W_I, W_VAL = (
    qn(t) for t in ("w:pStyle", "w:numPr", "w:numId", "w:ilvl", "w:jc", "w:rStyle", "w:b", "w:i", "w:val")
)


# ------------------------------------------------------------------------------------------------ styles
@dataclass(frozen=True)
class _Style:
    bold: bool | None
    italic: bool | None
    based_on: str | None
    num: tuple[str, int] | None
    name: str
    outline: int


def _flag(rpr: Any, tag: str) -> bool | None:
    """A toggle property (``w:b``, ``w:i``; a Clark name or a "w:" one) of a run or style."""
    if rpr is None:
        return None
    element = rpr.find(tag if tag.startswith("{") else qn(tag))
    if element is None:
        return None
    return element.get(W_VAL, "true").lower() not in ("0", "false", "off", "none")


class _Styles:
    def __init__(self, document: Any) -> None:
        self._styles: dict[str, _Style] = {}
        self._resolved: dict[str, tuple[bool, bool, tuple[str, int] | None, str, int]] = {}
        self.default_para = ""
        try:
            root = document.styles.element
        except Exception:  # noqa: BLE001 - a document without a styles part reads as unstyled
            return
        for st in root.findall(qn("w:style")):
            sid = st.get(qn("w:styleId"), "")
            rpr = st.find(qn("w:rPr"))
            ppr = st.find(qn("w:pPr"))
            num = None
            outline = 0
            if ppr is not None:
                numpr = ppr.find(qn("w:numPr"))
                if numpr is not None:
                    num_id = numpr.find(qn("w:numId"))
                    ilvl = numpr.find(qn("w:ilvl"))
                    if num_id is not None:
                        level = ilvl.get(qn("w:val"), "0") if ilvl is not None else "0"
                        num = (num_id.get(qn("w:val"), ""), int(level) if level.isdigit() else 0)
                outline_el = ppr.find(qn("w:outlineLvl"))
                if outline_el is not None and outline_el.get(qn("w:val"), "").isdigit():
                    outline = int(outline_el.get(qn("w:val"))) + 1
            based = st.find(qn("w:basedOn"))
            name_el = st.find(qn("w:name"))
            name = name_el.get(qn("w:val"), sid) if name_el is not None else sid
            if not outline:
                match = re.fullmatch(r"heading (\d)", name.lower())
                outline = int(match.group(1)) if match else 0
            self._styles[sid] = _Style(
                _flag(rpr, "w:b"), _flag(rpr, "w:i"), based.get(qn("w:val")) if based is not None else None,
                num, name, outline,
            )  # fmt: skip
            if st.get(qn("w:type")) == "paragraph" and st.get(qn("w:default")) in ("1", "true"):
                self.default_para = sid

    def resolve(self, sid: str) -> tuple[bool, bool, tuple[str, int] | None, str, int]:
        """(bold, italic, numbering, name, heading level) of a style, with what it is based on."""
        if sid in self._resolved:
            return self._resolved[sid]
        bold: bool | None = None
        italic: bool | None = None
        num = None
        name = ""
        outline = 0
        seen: set[str] = set()
        current: str | None = sid
        while current and current in self._styles and current not in seen:
            seen.add(current)
            st = self._styles[current]
            bold = st.bold if bold is None else bold
            italic = st.italic if italic is None else italic
            num = num or st.num
            name = name or st.name
            outline = outline or st.outline
            current = st.based_on
        result = (bool(bold), bool(italic), num, name or sid, outline)
        self._resolved[sid] = result
        return result


# ------------------------------------------------------------------------------------------------ reading
class _Reader:
    def __init__(self, document: Any) -> None:
        self.styles = _Styles(document)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        self.numberer = Numberer(numbering)
        self.lines: list[Line] = []
        self.tables: list[SourceTable] = []
        self.paragraphs = 0
        self.gap = False

    # --- walking ------------------------------------------------------------------------------------
    def block(self, element: Any, where: tuple[int, int, int]) -> None:
        tag = element.tag
        if tag == W_P:
            self.paragraph(element, where)
        elif tag == W_TBL:
            self.table(element, where[0])
        elif tag in (W_SDT, W_SDTCONTENT, W_CUSTOMXML):
            for child in element:
                self.block(child, where)

    def table(self, tbl: Any, parent: int) -> None:
        table = SourceTable(len(self.tables), parent=parent)
        self.tables.append(table)
        for r, tr in enumerate(tbl.iterchildren(W_TR)):
            cells: list[list[int]] = []
            for c, tc in enumerate(_cells(tr)):
                first = len(self.lines)
                self.gap = True
                for child in tc:
                    self.block(child, (table.index, r, c))
                cells.append([i for i in range(first, len(self.lines)) if self.lines[i].table == table.index])
            table.rows.append(cells)
        self.gap = True

    def paragraph(self, p: Any, where: tuple[int, int, int]) -> None:
        ppr = p.find(W_PPR)
        style_id = self.styles.default_para
        num: tuple[str, int] | None = None
        align = ""
        if ppr is not None:
            pstyle = ppr.find(W_PSTYLE)
            if pstyle is not None:
                style_id = pstyle.get(W_VAL, style_id)
            numpr = ppr.find(W_NUMPR)
            if numpr is not None:
                num_id = numpr.find(W_NUMID)
                ilvl = numpr.find(W_ILVL)
                if num_id is not None:
                    level = ilvl.get(W_VAL, "0") if ilvl is not None else "0"
                    num = (num_id.get(W_VAL, ""), int(level) if level.isdigit() else 0)
            jc = ppr.find(W_JC)
            if jc is not None:
                align = jc.get(W_VAL, "")
        s_bold, s_italic, s_num, s_name, heading = self.styles.resolve(style_id) if style_id else (
            False, False, None, "", 0)  # fmt: skip
        num = num or s_num
        runs: list[list[Any]] = []  # [text, bold, italic]
        boxes: list[Any] = []
        self._runs(p, runs, boxes, s_bold, s_italic)
        text = "".join(r[0] for r in runs)
        label = ""
        if num is not None and text.strip():
            label = self.numberer.label(*num)
        self.paragraphs += 1
        self._emit(runs, label, s_name, heading, align, where)
        for box in boxes:
            for child in box:
                self.block(child, where)

    def _runs(
        self, element: Any, out: list[list[Any]], boxes: list[Any], s_bold: bool, s_italic: bool
    ) -> None:
        for child in element:
            tag = child.tag
            if tag == W_R:
                self._run(child, out, boxes, s_bold, s_italic)
            elif tag in _CONTAINERS:
                self._runs(child, out, boxes, s_bold, s_italic)
            elif tag in _SKIPPED:
                continue

    def _run(self, r: Any, out: list[list[Any]], boxes: list[Any], s_bold: bool, s_italic: bool) -> None:
        rpr = r.find(W_RPR)
        bold, italic = _flag(rpr, W_B), _flag(rpr, W_I)
        if rpr is not None and (bold is None or italic is None):
            rstyle = rpr.find(W_RSTYLE)
            if rstyle is not None:
                c_bold, c_italic, *_ = self.styles.resolve(rstyle.get(W_VAL, ""))
                bold = c_bold if bold is None and c_bold else bold
                italic = c_italic if italic is None and c_italic else italic
        b = s_bold if bold is None else bold
        i = s_italic if italic is None else italic
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == W_T:
                parts.append(child.text or "")
            elif tag == W_TAB:
                parts.append("\t")
            elif tag in (W_BR, W_CR):
                parts.append("\n")
            elif tag == W_NOBREAK:
                parts.append("-")
            else:
                # a text box appears in both mc:Choice and mc:Fallback (VML): read the first only
                boxes.extend(b for b in child.iter(W_TXBX) if not _ancestor_is_fallback(b))
        if parts:
            out.append(["".join(parts), b, i])

    def _emit(self, runs: list[list[Any]], label: str, style: str, heading: int, align: str,
              where: tuple[int, int, int]) -> None:  # fmt: skip
        # split at manual breaks into lines, keeping run formatting
        pieces: list[list[Run]] = [[]]
        for text, bold, italic in runs:
            chunks = re.split("[\n\x0b\u2028\u2029]", text)
            for k, chunk in enumerate(chunks):
                if k:
                    pieces.append([])
                if chunk:
                    pieces[-1].append(Run(clean(chunk), bool(bold), bool(italic)))
        first = True
        for piece in pieces:
            trimmed = _trim(piece)
            text = "".join(r.text for r in trimmed)
            if not text.strip():
                self.gap = True
                continue
            table, row, cell = where
            self.lines.append(
                Line(
                    index=len(self.lines),
                    text=text,
                    runs=tuple(trimmed),
                    label=label if first else "",
                    style=style,
                    heading=heading,
                    align=align,
                    table=table,
                    row=row,
                    cell=cell,
                    paragraph=self.paragraphs - 1,
                    gap_before=self.gap,
                )  # fmt: skip
            )
            first = False
            self.gap = False
        if first:
            self.gap = True


def _ancestor_is_fallback(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        if child.tag == W_TC:
            yield child
        elif child.tag in (W_SDT, W_CUSTOMXML):
            yield from child.iter(W_TC)


def _trim(runs: list[Run]) -> list[Run]:
    out = list(runs)
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = Run(out[0].text.lstrip(), out[0].bold, out[0].italic)
        out[-1] = Run(out[-1].text.rstrip(), out[-1].bold, out[-1].italic)
    return out


def read_docx(source: str | Path | bytes, name: str | None = None) -> SourceDocument:
    """Read a DOCX (a path or its bytes). Raises :class:`UnreadableDocument` for anything else."""
    if isinstance(source, bytes):
        data = source
        name = name or "document.docx"
    else:
        path = Path(source)
        name = name or path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UnreadableDocument(name=name, detail=exc.strerror or str(exc)) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableDocument(name=name, detail=str(exc) or type(exc).__name__) from None
    except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds on a damaged file
        raise UnreadableDocument(name=name, detail=f"{type(exc).__name__}: {exc}") from None
    reader = _Reader(document)
    for child in document.element.body:
        reader.block(child, (-1, -1, -1))
    return SourceDocument(
        name=name,
        lines=reader.lines,
        tables=reader.tables,
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )
