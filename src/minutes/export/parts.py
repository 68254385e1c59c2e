"""The blocks every official document is made of: header, title, body text, signatures, recipients.

Per family (official-formats.md): state = Decree 30/2020 (Quốc hiệu, Tiêu ngữ, "Số: 05/BB-QU"), party =
HD 36-HD/VPTW ("ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 15-TB/QU"), plain = the same content in English with a
simple header. Builders create a :class:`Page` with :func:`start` and call these blocks in order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from minutes.export import docx_kit as kit
from minutes.export import phrases
from minutes.export.labels import words
from minutes.export.profile import DocKind, OrgProfileData
from minutes.export.signing import authority_line, recipient_lines
from minutes.export.text import clean_xml_text
from minutes.export.vnformat import (
    Family,
    en_date,
    en_number,
    en_place_date,
    en_time,
    vn_date,
    vn_number,
    vn_place_date,
    vn_time,
)

#: What a clerk fills in by hand (dotted leaders, as on printed forms).
DOTS = "....."
#: Header column widths (mm) on the 165 mm text width of a portrait A4 page.
STATE_LEFT_MM, PARTY_LEFT_MM, PLAIN_LEFT_MM = 68.0, 80.0, 95.0
#: Font sizes (pt) of the header elements per family: (names, number, nation/party, motto, date line).
HEADER_PT: Mapping[str, tuple[float, float, float, float, float]] = {
    "state": (13, 13, 12, 13, 14),
    "party": (14, 14, 15, 0, 14),
    "plain": (12, 11, 0, 0, 11),
}
TITLE_PT = {"state": 14.0, "party": 16.0, "plain": 14.0}
SUBJECT_PT = {"state": 14.0, "party": 14.0, "plain": 12.0}
TABLE_PT = 12.0


def text_width_estimate_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """Roughly how long ``text`` prints in Times New Roman (em fractions measured on its metrics)."""
    em = 0.0
    for ch in text:
        if ch == " ":
            em += 0.25
        elif ch.isupper():
            em += 0.66 if bold else 0.62
        elif ch.isdigit():
            em += 0.5
        elif ch.isalpha():
            em += 0.47 if bold else 0.45
        else:
            em += 0.33
    return em * size_pt * 25.4 / 72


@dataclass
class Page:
    """A document being built: the python-docx document, its family, profile and words."""

    doc: Document
    family: Family
    profile: OrgProfileData
    w: Mapping[str, str]

    @property
    def body_pt(self) -> float:
        return kit.family_style(self.family).body_pt

    # --- values as the family writes them ------------------------------------------------------
    def number(self, value: Decimal | int | float) -> str:
        return en_number(value) if self.family == "plain" else vn_number(value)

    def date_long(self, d: date) -> str:
        return en_date(d) if self.family == "plain" else vn_date(d)

    def date_short(self, d: date | None) -> str:
        """``28/02/2021``; in English ``28 February 2021`` (no Vietnamese date order there)."""
        return "" if d is None else phrases.short_date(d, self.family)

    def time(self, t: time) -> str:
        return en_time(t) if self.family == "plain" else vn_time(t)

    def person(self, name: str, title: str, *, lower: bool = False, with_title: bool = True) -> str:
        """ "Đồng chí Nguyễn Văn A - Bí thư" (the title after a hyphen, as the seed writes it); the
        honorific only where the title is an office (:func:`minutes.export.phrases.honorific`)."""
        return phrases.person(self.profile, self.family, name, title, lower=lower, with_title=with_title)

    def place_date(self, d: date | None) -> str:
        """The italic date line. Undated, the official families leave day, month and year blank for the
        clerk (the forms have that line; no year is guessed); an English document prints no date line."""
        if self.family == "plain":
            return en_place_date(self.profile.plain_place, d) if d is not None else ""
        if d is not None:
            return vn_place_date(self.profile.place, d)
        blank = f"ngày {DOTS} tháng {DOTS} năm {DOTS}"
        return f"{self.profile.place.strip()}, {blank}" if self.profile.place.strip() else blank


def start(profile: OrgProfileData, family: Family, *, landscape: bool = False) -> Page:
    """A new document of ``family``: page setup, styles, page numbers from page 2."""
    doc = kit.new_document(family, landscape=landscape)
    kit.add_page_number_header(
        doc.sections[0], size_pt=13 if family == "state" else 14 if family == "party" else 11
    )
    return Page(doc, family, profile, words(family))


# ---------------------------------------------------------------------------------------------- header
def header(page: Page, kind: DocKind, *, number: int | None, dated: date | None, year: int | None = None,
           show_date: bool = True, reference: str | None = None) -> Table:  # fmt: skip
    """The two-column borderless header of the family (with the date line unless ``show_date`` is off).

    ``reference`` is a "số, ký hiệu" written out by the user ("05/BB-UBND"), printed after "Số"."""
    if page.family == "plain":  # no Vietnamese codes: the number alone, or nothing to fill in by hand
        ref = f"No. {reference}" if reference else f"No. {number:02d}" if number is not None else ""
    elif reference:
        ref = f"Số {reference}" if page.family == "party" else f"Số: {reference}"
    else:
        ref = page.profile.reference(kind, number, page.family, year=year)
    date_line = page.place_date(dated) if show_date else None
    if page.family == "state":
        return _state_header(page, ref, date_line)
    if page.family == "party":
        return _party_header(page, ref, date_line)
    return _plain_header(page, ref, date_line)


def _two_columns(page: Page, left_mm: float) -> tuple[Table, float, float]:
    width = kit.text_width_mm(page.doc.sections[-1])
    table = kit.borderless_table(page.doc, [left_mm, width - left_mm])
    return table, left_mm, width - left_mm


def _rule_under(paragraph: Paragraph, text: str, size: float, cell_mm: float) -> None:
    """A centred rule 2/5 of the text's (first line's) length: within Decree 30's 1/3 - 1/2."""
    line_mm = min(text_width_estimate_mm(text, size, bold=True), cell_mm - 2 * kit.CELL_MARGIN_MM)
    kit.add_rule_below(paragraph, max(line_mm * 0.4, 12.0), cell_mm)


def _state_header(page: Page, ref: str, date_line: str | None) -> Table:
    names, num, nation, motto, dated = HEADER_PT["state"]
    table, left_mm, _right_mm = _two_columns(page, STATE_LEFT_MM)
    left, right = table.rows[0].cells
    profile = page.profile
    if profile.superior_body.strip():
        kit.add_paragraph(left, profile.superior_body.upper(), size=names, align="center")
    if profile.issuing_body.strip():
        issuer = kit.add_paragraph(left, profile.issuing_body.upper(), size=names, bold=True, align="center")
        _rule_under(issuer, profile.issuing_body.upper(), names, left_mm)
    kit.add_paragraph(left, ref, size=num, align="center", space_before=Pt(6))
    kit.add_paragraph(right, page.w["nation"], size=nation, bold=True, align="center")
    motto_p = kit.add_paragraph(right, page.w["motto"], size=motto, bold=True, align="center")
    kit.underline_run_rule(motto_p.runs[0])
    if date_line:
        kit.add_paragraph(right, date_line, size=dated, italic=True, align="center", space_before=Pt(10))
    return table


def _party_header(page: Page, ref: str, date_line: str | None) -> Table:
    names, num, party, _motto, dated = HEADER_PT["party"]
    table, _left_mm, _right_mm = _two_columns(page, PARTY_LEFT_MM)
    left, right = table.rows[0].cells
    profile = page.profile
    if profile.superior_body.strip():
        kit.add_paragraph(left, profile.superior_body.upper(), size=names, align="center")
    if profile.issuing_body.strip():
        kit.add_paragraph(left, profile.issuing_body.upper(), size=names, bold=True, align="center")
    kit.add_paragraph(left, "*", size=names, align="center")
    kit.add_paragraph(left, ref, size=num, align="center")
    party_p = kit.add_paragraph(right, page.w["party"], size=party, bold=True, align="center")
    kit.underline_run_rule(party_p.runs[0])
    if date_line:
        kit.add_paragraph(right, date_line, size=dated, italic=True, align="center", space_before=Pt(12))
    return table


def _plain_header(page: Page, ref: str, date_line: str | None) -> Table:
    names, num, _n, _m, dated = HEADER_PT["plain"]
    table, _left_mm, _right_mm = _two_columns(page, PLAIN_LEFT_MM)
    left, right = table.rows[0].cells
    profile = page.profile
    superior = profile.plain_superior_body or profile.superior_body
    issuing = profile.plain_issuing_body or profile.issuing_body
    if superior.strip():
        kit.add_paragraph(left, superior.upper(), size=names, align="left")
    if issuing.strip():
        kit.add_paragraph(left, issuing.upper(), size=names, bold=True, align="left")
    if ref:
        kit.add_paragraph(left, ref, size=num, align="left", space_before=Pt(4))
    if date_line:
        kit.add_paragraph(right, date_line, size=dated, italic=True, align="right")
    return table


# ----------------------------------------------------------------------------------------------- title
def title(page: Page, kind: DocKind, subject: str) -> None:
    """The type of document (BIÊN BẢN) and the trích yếu, with the family's mark under them."""
    size = TITLE_PT[page.family]
    kit.add_paragraph(page.doc, page.w[kind], size=size, bold=True, align="center", indent_first=Pt(0),
                      space_before=Pt(18), space_after=Pt(0), keep_with_next=True)  # fmt: skip
    sub_pt = SUBJECT_PT[page.family]
    subject_p = kit.add_paragraph(page.doc, subject, size=sub_pt, bold=True, align="center",
                                  indent_first=Pt(0), space_after=Pt(0), keep_with_next=True)  # fmt: skip
    if page.family == "state":
        width = kit.text_width_mm(page.doc.sections[-1])
        line_mm = min(text_width_estimate_mm(clean_xml_text(subject), sub_pt, bold=True), width)
        rule = kit.add_rule_below(subject_p, max(line_mm / 3, 20.0), width, cell_margin_mm=0)
        rule.paragraph_format.space_after = Pt(12)
    elif page.family == "party":
        kit.add_paragraph(page.doc, "-----", size=sub_pt, align="center", indent_first=Pt(0),
                          space_after=Pt(12))  # fmt: skip
    else:
        subject_p.paragraph_format.space_after = Pt(12)


# ------------------------------------------------------------------------------------------------ body
def para(page: Page, text: str, *, lead: str = "", bold: bool = False, italic: bool = False,
         keep_with_next: bool = False, indent: bool = True) -> Paragraph:  # fmt: skip
    """A body paragraph (justified, first-line indent); ``lead`` is printed bold before the text."""
    paragraph = kit.add_paragraph(page.doc, "", keep_with_next=keep_with_next,
                                  indent_first=None if indent else Pt(0))  # fmt: skip
    if lead:
        kit.add_run(paragraph, lead, bold=True)
    if text:
        kit.add_run(paragraph, text, bold=bold or None, italic=italic or None)
    return paragraph


def paras(page: Page, text: str, *, lead: str = "") -> list[Paragraph]:
    """Multi-line text as one paragraph per line; ``lead`` goes before the first one."""
    from minutes.export.text import split_paragraphs

    parts = [part for part in split_paragraphs(text) if part.strip()] or [""]
    out = [para(page, parts[0], lead=lead)]
    out += [para(page, part) for part in parts[1:]]
    return out


def heading(page: Page, text: str) -> Paragraph:
    """A bold section heading kept with what follows."""
    return para(page, text, bold=True, keep_with_next=True)


def bullets(page: Page, items: Sequence[str], *, end: str = ";", last: str = ".") -> list[Paragraph]:
    """ "- item;" lines, the last ending with ``last`` (trailing punctuation of each item replaced; an
    item ending in dotted leaders keeps them). Empty items are left out: never a bare "- ."."""
    kept = [text for text in (clean_xml_text(item).strip() for item in items) if text.strip(" ;,.")]
    out = []
    for index, item in enumerate(kept):
        closing = last if index == len(kept) - 1 else end
        body = item if item.endswith((DOTS, "…")) else item.rstrip(";,.").rstrip()
        out.append(para(page, f"- {body}{closing if not body.endswith((DOTS, '…')) else ''}"))
    return out


def bold_row(tr: object) -> None:
    """Make every run of a table row (``w:tr``) bold: the total row of a report."""
    for run in tr.iter(qn("w:r")):  # type: ignore[attr-defined]
        run.get_or_add_rPr().get_or_add_b()  # inserted in schema order; no w:val means on


def group_row(tr: object, cols_mm: Sequence[float]) -> None:
    """One cell across the whole row (gridSpan), bold, shaded, left aligned: a group's heading row
    ("Nhóm I: mức độ ưu tiên cao", "Nội dung 1: ...")."""
    cells = tr.findall(qn("w:tc"))  # type: ignore[attr-defined]
    first = cells[0]
    for extra in cells[1:]:
        tr.remove(extra)  # type: ignore[attr-defined]
    tcpr = first.get_or_add_tcPr()
    tcw = tcpr.find(qn("w:tcW"))
    if tcw is not None:
        tcw.set(qn("w:w"), str(sum(kit.mm_to_twips(mm) for mm in cols_mm)))
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), str(len(cells)))
    if tcw is not None:
        tcw.addnext(span)
    else:
        tcpr.insert(0, span)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "F2F2F2")
    _place_shd(tcpr, shading)
    for p in first.iter(qn("w:p")):
        ppr = p.get_or_add_pPr()
        ppr.jc_val = None  # left (the template cell was centred for STT)
        ppr.keepNext_val = True  # never a group row alone at the foot of a page
    bold_row(tr)


def _place_shd(tcpr: object, shading: object) -> None:
    """w:shd after tcW/gridSpan/vMerge/tcBorders, before noWrap/tcMar/vAlign (schema order)."""
    for tag in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
        following = tcpr.find(qn(tag))  # type: ignore[attr-defined]
        if following is not None:
            following.addprevious(shading)
            return
    tcpr.append(shading)  # type: ignore[attr-defined]


def data_table(page: Page, header_cells: Sequence[str], rows: Sequence[Sequence[str]],
               cols_mm: Sequence[float], align: Sequence[kit.Align], *, font_size: float = TABLE_PT) -> Table:  # fmt: skip
    """A bordered data table through the kit's fast path (header repeated, rows kept whole)."""
    table = kit.fast_table(page.doc, header_cells, rows, cols_mm, font_size=font_size, col_align=align)
    # A little air above and below the text of each cell (Word's default is none: text touches the rules).
    margins = kit._insert_child(table._tbl.tblPr, "w:tblCellMar", kit._AFTER_TBLCELLMAR)
    for edge, twips in (("w:top", 34), ("w:left", 85), ("w:bottom", 34), ("w:right", 85)):
        margins.append(kit._el(edge, w=str(twips), type="dxa"))
    gap = kit.add_paragraph(page.doc, "", size=6, space_after=Pt(0))
    gap.paragraph_format.first_line_indent = Cm(0)
    return table


# ------------------------------------------------------------------------------------- signing, recipients
@dataclass(frozen=True)
class Signature:
    lines: tuple[str, ...]
    bold: tuple[bool, ...]
    name: str


def signature(page: Page, on_behalf: str, role: str, name: str) -> Signature | None:
    """The heading lines of one signature in the family's style: authority marks as the family writes
    them (TM., KT., TL. on a state document; T/M, K/T, T/L on a Party one). A name without a role is
    still printed; None only when there is neither."""
    lines = tuple(authority_line(line, page.family).upper() for line in (on_behalf, role) if line.strip())
    if not lines and not name.strip():
        return None
    if page.family == "party" and len(lines) == 2:
        bold: tuple[bool, ...] = (True, False)  # "T/M BAN THƯỜNG VỤ" bold, "BÍ THƯ" regular
    else:
        bold = (True,) * len(lines)
    return Signature(lines, bold, name.strip())


def _spec(sig: Signature | None) -> kit.SignatureSpec | None:
    if sig is None:
        return None
    return kit.SignatureSpec(sig.lines, sig.name, bold=sig.bold)


def closing(page: Page, left: Signature | None, right: Signature | None, kind: DocKind,
            *, recipients_beside: bool) -> Table:  # fmt: skip
    """Signatures (kept on one page) and "Nơi nhận": beside the single signature (notices, plans,
    reports: bottom left) or under the two signatures of a biên bản. The recipients are the profile's
    for ``kind``, closed by the family's file-copy line ("Lưu: VT, ..." / "Lưu Văn phòng ...")."""
    recipients = recipient_lines(page.profile, kind, page.family)
    if recipients_beside and left is None:
        table = kit.signature_block(page.doc, None, _spec(right), page.family)
        if recipients:
            cell = table.rows[0].cells[0]
            kit.recipients_block(cell, recipients, page.family, label=page.w["recipients"],
                                 **_punctuation(page))  # fmt: skip
        return table
    table = kit.signature_block(page.doc, _spec(left), _spec(right), page.family)
    if recipients:
        kit.add_paragraph(page.doc, "", size=6, space_after=Pt(0))
        kit.recipients_block(
            page.doc, recipients, page.family, label=page.w["recipients"], **_punctuation(page)
        )
    return table


def _punctuation(page: Page) -> dict[str, str | None]:
    return {} if page.family != "plain" else {"line_end": ";", "last_end": "."}


def end_mark(text: str, mark: str) -> str:
    """``text`` ending with the document's end mark ("./." in the official families)."""
    return clean_xml_text(text).rstrip().rstrip(".;,") + mark
