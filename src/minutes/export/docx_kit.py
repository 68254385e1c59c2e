"""Low-level python-docx helpers shared by the official document builders (no data model, no Qt).

Rules: docs/official-formats.md; python-docx traps: docs/tech-notes.md. Guarantees:

* Times New Roman in all four ``w:rFonts`` slots (ascii, hAnsi, eastAsia, cs) on every style and run
  written here; theme font attributes are removed (Word lets them beat the explicit name);
* every string goes through :func:`~minutes.export.text.clean_xml_text`; a paragraph never holds a line
  break (multi-line text becomes several paragraphs through :func:`add_paragraphs`);
* borderless tables: fixed layout, explicit ``tblGrid`` and ``tcW`` widths, nil borders on the table and
  on every cell (LibreOffice reads the grid, Word the cell widths);
* big data tables clone one ``w:tr`` element instead of calling ``table.cell()``/``add_row()``.

Units: ``size`` in points, ``*_mm`` in millimetres, ``indent_first``/``space_*`` python-docx lengths.
"""

from __future__ import annotations

import copy
import io
import struct
import threading
import time
import weakref
import zipfile
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import BinaryIO, Literal, TypedDict, TypeVar, Unpack

from docx import Document as _open_document
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_UNDERLINE
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Length, Mm, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import SubElement

from minutes.export.text import clean_xml_text, split_paragraphs
from minutes.export.vnformat import Family

FONT_NAME = "Times New Roman"
#: Paragraph style of text in cells and blocks: Normal, but left aligned, no indent, no spacing, single.
CELL_STYLE = "Cell Text"
#: Left/right padding of :func:`borderless_table` cells (rules are centred inside it).
CELL_MARGIN_MM = 1.0
#: Sentinel for "use the family's punctuation" in :func:`recipients_block`.
FAMILY_DEFAULT = "<family>"

_E = TypeVar("_E", bound=BaseOxmlElement)
Align = Literal["left", "center", "right", "justify"]
Container = Document | _Cell
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}  # fmt: skip
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_EDGES = ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")
# Schema order: the siblings that must come AFTER the element being inserted.
_AFTER_PBDR = tuple(f"w:{t}" for t in (
    "shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN "
    "bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
    "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange").split())  # fmt: skip
_AFTER_TBLBORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_AFTER_TBLCELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_AFTER_TCBORDERS = (
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
)
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_MARK_RPR = ("w:sectPr", "w:pPrChange")


@dataclass(frozen=True)
class FamilyStyle:
    """Page and text settings of one document family (official-formats.md sections 1-2)."""

    margins_mm: tuple[float, float, float, float]  # top, bottom, left, right
    body_pt: float
    first_line_cm: float
    line_multiple: float | None  # line spacing as a multiple of single, or else
    line_exact_pt: float | None  # an exact line height
    label_pt: float  # "Nơi nhận:"
    label_bold: bool
    label_italic: bool
    label_underline: bool
    recipient_pt: float
    recipient_end: str | None  # closes each recipient line but the last (None: lines kept as given)
    recipient_last_end: str | None


FAMILY_STYLES: dict[str, FamilyStyle] = {
    # Decree 30: body 13-14 pt, spacing >= 6 pt, single to 1.5 lines, indent 1-1.27 cm.
    "state": FamilyStyle((20, 20, 30, 15), 14, 1.27, 1.15, None, 12, True, True, False, 11, ";", "."),
    # HD 36: body 14-15 pt, lines exactly >= 18 pt, indent about 10 mm, recipients "," then ".".
    "party": FamilyStyle((20, 20, 30, 15), 14, 1.0, None, 18, 14, False, False, True, 12, ",", "."),
    "plain": FamilyStyle((25, 25, 25, 20), 12, 0.0, 1.15, None, 11, True, False, False, 11, None, None),
}


def family_style(family: Family) -> FamilyStyle:
    try:
        return FAMILY_STYLES[family]
    except KeyError:
        raise ValueError(f"unknown document family {family!r}") from None


def mm_to_twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def _el(tag: str, **attrs: str) -> BaseOxmlElement:
    """``<w:tag w:key="value" .../>``."""
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _insert_child(parent: BaseOxmlElement, tag: str, successors: Sequence[str]) -> BaseOxmlElement:
    """Replace ``parent``'s ``tag`` children by one new empty element placed in schema order."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    element = OxmlElement(tag)
    following = next((f for f in map(parent.find, map(qn, successors)) if f is not None), None)
    if following is None:
        parent.append(element)
    else:
        following.addprevious(element)
    return element


def _set_rfonts(rfonts: BaseOxmlElement, name: str) -> None:
    for attr in _THEME_SLOTS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in _FONT_SLOTS:
        rfonts.set(qn(attr), name)


def _fill_borders(element: BaseOxmlElement, val: str) -> None:
    drawn = {} if val == "nil" else {"sz": "4", "space": "0", "color": "000000"}
    element.extend(_el(edge, val=val, **drawn) for edge in _EDGES)


# --------------------------------------------------------------------------------------------- document
#: (family, landscape) -> a set-up empty document that is never touched, only deep-copied.
_TEMPLATES: dict[tuple[str, bool], Document] = {}
_TEMPLATES_LOCK = threading.Lock()


def new_document(family: Family, *, landscape: bool = False) -> Document:
    """An empty A4 document set up for ``family``: margins, Normal style, and :data:`CELL_STYLE`.

    The set-up document is made once per family and orientation (python-docx parses its template's
    zip and ~800 kB of styles each time: 10-20 ms), saved, read back and kept untouched; every new
    document is a deep copy of it (the lxml trees copied in C), stamped with the time it is made.
    """
    family_style(family)  # ValueError for an unknown family, before anything is cached
    key = (family, landscape)
    with _TEMPLATES_LOCK:
        pristine = _TEMPLATES.get(key)
        if pristine is None:
            buffer = io.BytesIO()
            _set_up_document(family, landscape=landscape).save(buffer)
            pristine = _TEMPLATES[key] = _open_document(io.BytesIO(buffer.getvalue()))
        doc: Document = copy.deepcopy(pristine)
    props = doc.core_properties  # the template's say "python-docx", 2013
    props.author, props.comments = "", ""  # again: read back, they were empty elements, not empty texts
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    return doc


def _set_up_document(family: Family, *, landscape: bool) -> Document:
    """What :func:`new_document` copies: python-docx's template with the family's page and styles."""
    fs = family_style(family)
    doc = _open_document()
    doc.core_properties.language = "vi-VN"
    section = doc.sections[0]
    (set_landscape if landscape else set_portrait)(section)
    top, bottom, left, right = fs.margins_mm
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = section.footer_distance = Mm(10)
    styles = doc.styles.element
    for rfonts in styles.iter(qn("w:rFonts")):
        _set_rfonts(rfonts, FONT_NAME)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), "vi-VN")
    normal = doc.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(fs.body_pt)
    rpr = normal.element.get_or_add_rPr()
    _set_rfonts(rpr.get_or_add_rFonts(), FONT_NAME)
    _insert_child(rpr, "w:lang", _AFTER_LANG).set(qn("w:val"), "vi-VN")
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Cm(fs.first_line_cm)
    pf.space_before, pf.space_after = Pt(0), Pt(6)
    if fs.line_exact_pt is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(fs.line_exact_pt)
    else:
        pf.line_spacing = fs.line_multiple
    pf.widow_control = True
    cell = doc.styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cpf = cell.paragraph_format
    cpf.alignment, cpf.first_line_indent = WD_ALIGN_PARAGRAPH.LEFT, Pt(0)
    cpf.space_before, cpf.space_after, cpf.line_spacing = Pt(0), Pt(0), 1.0
    return doc


def text_width_mm(section: Section) -> float:
    """Width between the left and right margins of ``section``."""
    width, left, right = section.page_width, section.left_margin, section.right_margin
    return Length((width or 0) - (left or 0) - (right or 0)).mm


def set_landscape(section: Section) -> None:
    """A4 landscape, 297 x 210 mm (margins keep their top/bottom/left/right values)."""
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)


def set_portrait(section: Section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)


def landscape_section(doc: Document, *, landscape: bool = True) -> Section:
    """A new-page section in landscape (the plan inside a portrait document); ``landscape=False`` goes
    back to portrait. It inherits the page-number header, and its first page is numbered too (python-docx
    copies ``titlePg`` from the previous section; it is switched off here)."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    (set_landscape if landscape else set_portrait)(section)
    section.different_first_page_header_footer = False
    return section


# --------------------------------------------------------------------------------------- runs, paragraphs
def set_run_font(
    run: Run, *, name: str | None = None, size: float | None = None, bold: bool | None = None,
    italic: bool | None = None, underline: bool | None = None, caps: bool = False,
) -> None:  # fmt: skip
    """Format ``run``; ``name`` goes to all four font slots. ``None`` leaves a property inherited."""
    font = run.font
    if name is not None:
        font.name = name
        _set_rfonts(run._r.get_or_add_rPr().get_or_add_rFonts(), name)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    if underline is not None:
        font.underline = WD_UNDERLINE.SINGLE if underline else False
    if caps:
        font.all_caps = True


def add_run(
    paragraph: Paragraph, text: str, *, size: float | None = None, bold: bool | None = None,
    italic: bool | None = None, underline: bool | None = None,
) -> Run:  # fmt: skip
    """A cleaned Times New Roman run (mixed formatting: "Địa điểm: " bold, then the value regular)."""
    r = _new_run(clean_xml_text(text), size, bold, italic, underline)
    paragraph._p.append(r)  # python-docx's add_r() appends too (a w:r has no successor in a w:p)
    return Run(r, paragraph)


# The XML of a paragraph's properties and of a run's properties is made once per distinct format
# through python-docx's own setters (so it is exactly what they write), then deep-copied into each new
# paragraph or run: python-docx's proxies find every child's place in schema order by scanning, and its
# run text setter walks the text character by character; that was most of a document's build time.
_P_TEMPLATES: dict[tuple[object, ...], BaseOxmlElement] = {}
_R_TEMPLATES: dict[tuple[object, ...], BaseOxmlElement] = {}
_P, _TBL, _SECTPR, _T, _TAB = qn("w:p"), qn("w:tbl"), qn("w:sectPr"), qn("w:t"), qn("w:tab")


def _copy(element: _E) -> _E:
    """A deep copy of ``element`` (what ``copy.deepcopy`` does for an lxml element, without its memo)."""
    return element.__deepcopy__(None)  # type: ignore[no-any-return]


def _run_template(size: float | None, bold: bool | None, italic: bool | None,
                  underline: bool | None) -> BaseOxmlElement:  # fmt: skip
    """``<w:r><w:rPr>...</w:rPr></w:r>`` as :func:`set_run_font` formats a run in Times New Roman."""
    key = (size, bold, italic, underline)
    template = _R_TEMPLATES.get(key)
    if template is None:
        template = OxmlElement("w:r")
        run = Run(template, None)  # type: ignore[arg-type]  # a detached run: only its XML is used
        set_run_font(run, name=FONT_NAME, size=size, bold=bold, italic=italic, underline=underline)
        _R_TEMPLATES[key] = template
    return template


def _new_run(text: str, size: float | None, bold: bool | None, italic: bool | None,
             underline: bool | None) -> BaseOxmlElement:  # fmt: skip
    """A formatted ``w:r`` holding ``text`` (already cleaned: no breaks) as python-docx writes it: one
    ``w:t`` per stretch between tabs (``xml:space="preserve"`` when it has outer spaces), ``w:tab``
    for each tab."""
    r = _copy(_run_template(size, bold, italic, underline))
    if text:
        for index, stretch in enumerate(text.split("\t")):
            if index:
                SubElement(r, _TAB)
            if stretch:
                t = SubElement(r, _T)
                t.text = stretch
                if len(stretch.strip()) < len(stretch):
                    t.set(_XML_SPACE, "preserve")
    return r


def _mark_size(paragraph: Paragraph, size: float) -> None:
    """Size of the paragraph mark, which sets the height of an empty paragraph."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = _insert_child(ppr, "w:rPr", _AFTER_MARK_RPR)
    rpr.get_or_add_sz().val = Pt(size)


def _paragraph_template(style_id: str | None, size: float | None, align: Align | None,
                        indent_first: Length | None, space_before: Length | None, space_after: Length | None,
                        keep_with_next: bool) -> BaseOxmlElement:  # fmt: skip
    """An empty ``w:p`` with the properties :func:`add_paragraph` gives, set through python-docx."""
    key = (style_id, size, align, indent_first, space_before, space_after, keep_with_next)
    template = _P_TEMPLATES.get(key)
    if template is None:
        template = OxmlElement("w:p")
        paragraph = Paragraph(template, None)  # type: ignore[arg-type]  # detached: only its XML is used
        if style_id is not None:
            template.get_or_add_pPr().style = style_id
        pf = paragraph.paragraph_format
        if align is not None:
            pf.alignment = _ALIGN[align]
        if indent_first is not None:
            pf.first_line_indent = indent_first
        if space_before is not None:
            pf.space_before = space_before
        if space_after is not None:
            pf.space_after = space_after
        if keep_with_next:
            pf.keep_with_next = True
        if size is not None:
            _mark_size(paragraph, size)
        _P_TEMPLATES[key] = template
    return template


#: Per document (its main part): style name -> style id, as python-docx's lookup by name finds them.
_STYLE_IDS: weakref.WeakKeyDictionary[object, dict[str, str]] = weakref.WeakKeyDictionary()


def _style_id(container: Container | Paragraph, name: str) -> str:
    """The id of the paragraph style ``name`` (python-docx's ``styles[name]`` scans every style with a
    freshly compiled XPath: about 1 ms, which used to be paid for every paragraph)."""
    part = container.part.package.main_document_part
    ids = _STYLE_IDS.setdefault(part, {})
    found = ids.get(name)
    if found is None:
        found = ids[name] = part.styles[name].style_id
    return found


def _set_style(paragraph: Paragraph, name: str | None) -> Paragraph:
    """``paragraph.style = name`` by style id: python-docx's setter scans every style for the default
    one on each call."""
    if name is not None:
        paragraph._p.get_or_add_pPr().style = _style_id(paragraph, name)
    return paragraph


def _place_paragraph(container: Container, p: BaseOxmlElement) -> Paragraph:
    """Put ``p`` where ``container.add_paragraph()`` would: at the end of the body (before its
    ``w:sectPr``), or at the end of a cell, replacing the bare ``<w:p/>`` a new cell holds (rather
    than leave an empty line above the text)."""
    if isinstance(container, _Cell):
        tc = container._tc
        blocks = [child for child in tc if child.tag in (_P, _TBL)]
        if len(blocks) == 1 and blocks[0].tag == _P and len(blocks[0]) == 0:
            tc.replace(blocks[0], p)
        else:
            tc.append(p)
        return Paragraph(p, container)
    body = container.element.body
    last = body[-1] if len(body) else None
    if last is not None and last.tag == _SECTPR:
        last.addprevious(p)
    else:
        body.append(p)
    return Paragraph(p, container._body)


def add_paragraph(
    container: Container, text: str, *, size: float | None = None, bold: bool | None = None,
    italic: bool | None = None, underline: bool | None = None, align: Align | None = None,
    indent_first: Length | None = None, space_before: Length | None = None,
    space_after: Length | None = None, keep_with_next: bool = False, style: str | None = None,
) -> Paragraph:  # fmt: skip
    """One paragraph of cleaned text; line breaks in ``text`` become spaces (see :func:`add_paragraphs`).

    Default style: Normal in the body, :data:`CELL_STYLE` in a table cell.
    """
    if isinstance(container, _Cell):
        style = style or CELL_STYLE
    style_id = None if style is None else _style_id(container, style)
    template = _paragraph_template(
        style_id, size, align, indent_first, space_before, space_after, keep_with_next
    )
    p = _copy(template)
    if text:
        p.append(_new_run(clean_xml_text(text), size, bold, italic, underline))
    return _place_paragraph(container, p)


class ParagraphFormat(TypedDict, total=False):
    """The keyword arguments of :func:`add_paragraph`."""

    size: float | None
    bold: bool | None
    italic: bool | None
    underline: bool | None
    align: Align | None
    indent_first: Length | None
    space_before: Length | None
    space_after: Length | None
    keep_with_next: bool
    style: str | None


def add_paragraphs(
    container: Container, text: str, *, skip_empty: bool = True, **fmt: Unpack[ParagraphFormat]
) -> list[Paragraph]:
    """One paragraph per line of ``text`` (split on \\n, \\r\\n, \\r, \\x0b, U+2028, U+2029 ...).

    Blank lines are dropped unless ``skip_empty=False``: paragraph spacing already separates items.
    """
    parts = split_paragraphs(text)
    if skip_empty:
        parts = [part for part in parts if part.strip()]
    return [add_paragraph(container, part, **fmt) for part in parts]


def add_rule_below(
    paragraph: Paragraph, width_mm: float, cell_width_mm: float, *, cell_margin_mm: float = CELL_MARGIN_MM
) -> Paragraph:
    """A centred rule ``width_mm`` long under ``paragraph``; returns the new paragraph that draws it.

    The rule is the bottom border of an empty 1-pt paragraph inserted after ``paragraph`` and indented
    by ``(cell_width_mm - 2 * cell_margin_mm - width_mm) / 2`` on each side (a border on the text's own
    paragraph would squeeze the text into the rule's width). In the body pass the text width and
    ``cell_margin_mm=0``.
    """
    side = Mm(max((cell_width_mm - 2 * cell_margin_mm - width_mm) / 2, 0.0))
    p = OxmlElement("w:p")
    paragraph._p.addnext(p)
    rule = Paragraph(p, paragraph._parent)
    # ``rule.style = paragraph.style`` without python-docx's scans of the styles: the same style id,
    # none for the default paragraph style (what that setter writes)
    source = paragraph._p.pPr
    style_id = None if source is None else source.style
    p.get_or_add_pPr().style = (
        None if style_id is None or _is_default_style(paragraph, style_id) else style_id
    )
    pf = rule.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf.left_indent, pf.right_indent, pf.first_line_indent = side, side, Pt(0)
    pf.space_before, pf.space_after = Pt(0), Pt(0)
    pf.line_spacing_rule, pf.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(2)
    border = _insert_child(p.get_or_add_pPr(), "w:pBdr", _AFTER_PBDR)
    border.append(_el("w:bottom", val="single", sz="6", space="1", color="000000"))
    _mark_size(rule, 1)
    return rule


def _is_default_style(paragraph: Paragraph, style_id: str) -> bool:
    part = paragraph.part.package.main_document_part
    ids = _STYLE_IDS.setdefault(part, {})
    key = f"\0default:{style_id}"
    if key not in ids:
        style = part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
        ids[key] = "1" if part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH) is None else ""
    return ids[key] == "1"


def underline_run_rule(run: Run) -> None:
    """The Tiêu ngữ's rule "as long as the text": a single underline on its run."""
    run.font.underline = WD_UNDERLINE.SINGLE


# ------------------------------------------------------------------------------------------ page numbers
def add_page_number_header(section: Section, size_pt: float = 14) -> Paragraph:
    """A centred Arabic page number in the top margin, none on page 1 (titlePg + empty first header)."""
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    for run in first._element.xpath(".//w:r"):
        run.getparent().remove(run)
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    pf = paragraph.paragraph_format
    pf.alignment, pf.first_line_indent, pf.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(0), Pt(0)
    for kind in ("begin", "instr", "separate", "2", "end"):
        run = paragraph.add_run("2" if kind == "2" else None)
        set_run_font(run, name=FONT_NAME, size=size_pt)
        if kind == "instr":
            code = OxmlElement("w:instrText")
            code.set(_XML_SPACE, "preserve")
            code.text = " PAGE "
            run._r.append(code)
        elif kind != "2":
            run._r.append(_el("w:fldChar", fldCharType=kind))
    return paragraph


# ------------------------------------------------------------------------------------------------ tables
def _row_flag(tr: BaseOxmlElement, tag: str) -> None:
    trpr = tr.get_or_add_trPr()
    if trpr.find(qn(tag)) is None:
        trpr.append(OxmlElement(tag))  # CT_TrPr's children are an unordered choice


def cant_split_row(row: _Row) -> None:
    _row_flag(row._tr, "w:cantSplit")


def repeat_header_row(row: _Row) -> None:
    _row_flag(row._tr, "w:tblHeader")


def keep_table_on_one_page(table: Table) -> None:
    """cantSplit on every row, keep-with-next on every paragraph of every row but the last."""
    rows = table._tbl.tr_lst
    for index, tr in enumerate(rows):
        _row_flag(tr, "w:cantSplit")
        if index < len(rows) - 1:
            for p in tr.iter(qn("w:p")):
                p.get_or_add_pPr().keepNext_val = True


def _sized_table(container: Container, rows: int, cols_mm: Sequence[float], borders: str) -> Table:
    table = container.add_table(rows, len(cols_mm))
    table.autofit = False  # w:tblLayout type="fixed"
    tbl = table._tbl
    tblw = tbl.tblPr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(mm_to_twips(mm) for mm in cols_mm)))
    for grid_col, mm in zip(tbl.tblGrid.gridCol_lst, cols_mm, strict=True):
        grid_col.set(qn("w:w"), str(mm_to_twips(mm)))
    for tr in tbl.tr_lst:
        for tc, mm in zip(tr.tc_lst, cols_mm, strict=True):
            tc.width = Mm(mm)
    _fill_borders(_insert_child(tbl.tblPr, "w:tblBorders", _AFTER_TBLBORDERS), borders)
    return table


def borderless_table(container: Container, cols_mm: Sequence[float], *, rows: int = 1) -> Table:
    """A fixed-layout table without any border (header, signatures); cells padded by CELL_MARGIN_MM."""
    table = _sized_table(container, rows, cols_mm, "nil")
    pad, zero = str(mm_to_twips(CELL_MARGIN_MM)), "0"
    margins = _insert_child(table._tbl.tblPr, "w:tblCellMar", _AFTER_TBLCELLMAR)
    for edge, width in (("w:top", zero), ("w:left", pad), ("w:bottom", zero), ("w:right", pad)):
        margins.append(_el(edge, w=width, type="dxa"))
    for tc in table._tbl.xpath("./w:tr/w:tc"):
        _fill_borders(_insert_child(tc.get_or_add_tcPr(), "w:tcBorders", _AFTER_TCBORDERS), "nil")
    return table


def fast_table(
    container: Container, header: Sequence[str], rows: Iterable[Sequence[str]], cols_mm: Sequence[float],
    *, font_size: float, header_bold: bool = True, col_align: Sequence[Align] | None = None,
) -> Table:  # fmt: skip
    """A data table: single borders, header row repeated on every page (tblHeader), rows kept whole.

    One template ``w:tr`` is built through python-docx, then deep-copied per data row with its ``w:t``
    texts set directly (1,000 x 8 in well under a second). A multi-line value becomes several paragraphs
    in its cell, as does a header with explicit line breaks ("Thời gian\\nhoàn thành"). ``col_align``
    aligns each data column (default left); header cells are centred.
    """
    width = len(cols_mm)
    if len(header) != width:
        raise ValueError(f"{len(header)} header cells for {width} columns")
    table = _sized_table(container, 2, cols_mm, "single")
    tbl = table._tbl
    header_tr, template_tr = tbl.tr_lst
    for tc, text in zip(header_tr.tc_lst, header, strict=True):
        cell = _Cell(tc, table)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        add_paragraphs(cell, text, size=font_size, bold=header_bold, align="center")
    _row_flag(header_tr, "w:tblHeader")
    _row_flag(header_tr, "w:cantSplit")
    aligns: Sequence[Align] = col_align or ["left"] * width
    for tc, align in zip(template_tr.tc_lst, aligns, strict=True):
        add_paragraph(_Cell(tc, table), "x", size=font_size, align=align)
    _row_flag(template_tr, "w:cantSplit")
    for t in template_tr.iter(qn("w:t")):
        t.set(_XML_SPACE, "preserve")
    tbl.remove(template_tr)
    tag_tc, tag_p, path_t = qn("w:tc"), qn("w:p"), f"{qn('w:r')}/{qn('w:t')}"
    for values in rows:
        if len(values) != width:
            raise ValueError(f"a row of {len(values)} values for {width} columns")
        tr = _copy(template_tr)
        for tc, value in zip(tr.iterchildren(tag_tc), values, strict=True):
            parts = split_paragraphs("" if value is None else str(value)) or [""]
            p = tc.find(tag_p)
            p.find(path_t).text = parts[0].replace("\t", " ")
            for part in parts[1:]:
                extra = _copy(p)
                extra.find(path_t).text = part.replace("\t", " ")
                tc.append(extra)
        tbl.append(tr)
    return table


# ----------------------------------------------------------------------------- signatures, recipients
@dataclass(frozen=True)
class SignatureSpec:
    """One signature column: heading lines ("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), a blank gap, the name bold.

    ``bold`` holds a flag per heading line (default all bold; the Party form is ``[True, False]``).
    """

    heading_lines: Sequence[str]
    name: str
    bold: Sequence[bool] | None = field(default=None, kw_only=True)
    gap_lines: int = field(default=4, kw_only=True)

    def line_bold(self, index: int) -> bool:
        return True if self.bold is None or index >= len(self.bold) else bool(self.bold[index])


def signature_block(
    doc: Document, left: SignatureSpec | None, right: SignatureSpec | None, family: Family,
    *, cols_mm: Sequence[float] | None = None,
) -> Table:  # fmt: skip
    """Two equal borderless columns of signatures, kept on one page and with the paragraph above.

    A ``None`` side stays empty, e.g. for :func:`recipients_block` in ``table.rows[0].cells[0]``.
    """
    size = family_style(family).body_pt
    half = text_width_mm(doc.sections[-1]) / 2
    table = borderless_table(doc, cols_mm or [half, half])
    for tc, spec in zip(table._tbl.tr_lst[0].tc_lst, (left, right), strict=True):
        if spec is None:
            continue
        cell = _Cell(tc, table)
        for index, line in enumerate(spec.heading_lines):
            add_paragraph(cell, line, size=size, bold=spec.line_bold(index), align="center")
        for _ in range(spec.gap_lines):
            add_paragraph(cell, "", size=size, align="center")
        add_paragraph(cell, spec.name, size=size, bold=True, align="center")
    keep_table_on_one_page(table)
    previous = table._tbl.getprevious()
    if previous is not None and previous.tag == qn("w:p"):  # never a signature page without text
        previous.get_or_add_pPr().keepNext_val = True
    return table


def recipients_block(
    container: Container, lines: Sequence[str], family: Family, *, label: str = "Nơi nhận:",
    line_end: str | None = FAMILY_DEFAULT, last_end: str | None = FAMILY_DEFAULT, bullet: str | None = "- ",
) -> list[Paragraph]:  # fmt: skip
    """The "Nơi nhận:" label and one paragraph per recipient line, formatted per family.

    state: label 12 pt bold italic, lines 11 pt ending ";" and the last "."; party: label 14 pt
    underlined, lines 12 pt ending "," and the last ".". ``line_end``/``last_end`` override the family's
    punctuation (``None`` keeps each line's own); ``bullet`` prefixes lines not starting with "-" or "+".
    """
    fs = family_style(family)
    end = fs.recipient_end if line_end == FAMILY_DEFAULT else line_end
    last = fs.recipient_last_end if last_end == FAMILY_DEFAULT else last_end
    label_p = add_paragraph(container, label, size=fs.label_pt, bold=fs.label_bold, italic=fs.label_italic,
                            underline=fs.label_underline, keep_with_next=True, style=CELL_STYLE)  # fmt: skip
    paragraphs = [label_p]
    cleaned = [line for line in (clean_xml_text(raw).strip() for raw in lines) if line]
    for index, line in enumerate(cleaned):
        closing = last if index == len(cleaned) - 1 else end
        if closing is not None:
            line = line.rstrip(",;.").rstrip() + closing
        if bullet and not line.startswith(("-", "+")):
            line = bullet + line
        paragraphs.append(
            add_paragraph(container, line, size=fs.recipient_pt, bold=False, italic=False, style=CELL_STYLE)
        )
    return paragraphs


# ------------------------------------------------------------------------------------------------ saving
#: Raw deflate streams of parts met before, by their bytes (styles, theme, fonts, settings: the same in
#: every document of a family), most recently used last.
_DEFLATED: OrderedDict[bytes, tuple[int, bytes]] = OrderedDict()
_DEFLATED_MAX = 64
_DEFLATED_LOCK = threading.Lock()
#: Parts whose bytes differ in every document: never kept.
_FRESH_PARTS = frozenset({"/word/document.xml", "/docProps/core.xml"})


def _deflated(blob: bytes, keep: bool) -> tuple[int, bytes]:
    """(CRC-32, raw deflate) of ``blob``, compressed as :mod:`zipfile` does (zlib's default level)."""
    if keep:
        with _DEFLATED_LOCK:
            found = _DEFLATED.get(blob)
            if found is not None:
                _DEFLATED.move_to_end(blob)
                return found
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    made = (zlib.crc32(blob), compressor.compress(blob) + compressor.flush())
    if keep:
        with _DEFLATED_LOCK:
            _DEFLATED[blob] = made
            while len(_DEFLATED) > _DEFLATED_MAX:
                _DEFLATED.popitem(last=False)
    return made


def package_entries(doc: Document) -> list[tuple[str, bytes, bool]]:
    """(member name, bytes, may be kept) of each item python-docx's ``doc.save()`` writes, in its order:
    ``[Content_Types].xml``, the package relationships, then every part and its relationships."""
    package = doc.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    entries = [
        (CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob, True),
        (PACKAGE_URI.rels_uri.membername, package.rels.xml, True),
    ]
    for part in parts:
        entries.append((part.partname.membername, part.blob, part.partname not in _FRESH_PARTS))
        if len(part.rels):
            entries.append((part.partname.rels_uri.membername, part.rels.xml, True))
    return entries


def save(doc: Document, stream: BinaryIO) -> None:
    """Write ``doc`` as a DOCX (a zip of the same members, bytes and order as ``doc.save(stream)``).

    Deflating is most of python-docx's save (its template's styles alone are 800 kB of XML, compressed
    again for every document): the compressed form of a part met before is reused, and the zip is
    written here (local headers, central directory; the layout :mod:`zipfile` writes, without zip64,
    which a document never needs: it raises instead past 4 GB or 65,535 members).
    """
    now = time.localtime()
    dos_time = now.tm_hour << 11 | now.tm_min << 5 | now.tm_sec // 2
    dos_date = (now.tm_year - 1980) << 9 | now.tm_mon << 5 | now.tm_mday
    central = bytearray()
    offset = 0
    entries = package_entries(doc)
    for name, blob, keep in entries:
        crc, data = _deflated(blob, keep)
        encoded = name.encode("ascii")
        if offset > 0xFFFFFFFF or len(blob) > 0xFFFFFFFF:
            raise ValueError("a document too large for a zip without zip64")
        header = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, zipfile.ZIP_DEFLATED, dos_time, dos_date,
                             crc, len(data), len(blob), len(encoded), 0)  # fmt: skip
        central += struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, 0, zipfile.ZIP_DEFLATED, dos_time,
                               dos_date, crc, len(data), len(blob), len(encoded), 0, 0, 0, 0, 0o600 << 16,
                               offset)  # fmt: skip
        central += encoded
        stream.write(header)
        stream.write(encoded)
        stream.write(data)
        offset += len(header) + len(encoded) + len(data)
    if len(entries) > 0xFFFF or offset > 0xFFFFFFFF:
        raise ValueError("a document too large for a zip without zip64")
    stream.write(bytes(central))
    stream.write(
        struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), offset, 0)
    )
