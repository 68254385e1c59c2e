"""The python-docx kit: every document is saved, read back with python-docx and checked in its XML."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table

from minutes.export import docx_kit as kit
from minutes.export.vnformat import Family

W_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _reload(doc: Document, tmp_path: Path, name: str = "out.docx") -> Document:
    path = tmp_path / name
    doc.save(str(path))
    return docx.Document(str(path))


def _mock_header(doc: Document) -> Table:
    table = kit.borderless_table(doc, [70, 95])
    left, right = table.rows[0].cells
    kit.add_paragraph(left, "UBND QUẬN LONG BIÊN", size=13, align="center")
    name = kit.add_paragraph(left, "ỦY BAN NHÂN DÂN PHƯỜNG THẠCH BÀN", size=13, bold=True, align="center")
    kit.add_rule_below(name, 25, 70)
    kit.add_paragraph(left, "Số: 05/BB-UBND", size=13, align="center", space_before=Pt(6))
    kit.add_paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True, align="center")
    motto = kit.add_paragraph(right, "Độc lập - Tự do - Hạnh phúc", size=13, bold=True, align="center")
    kit.underline_run_rule(motto.runs[0])
    return table


@pytest.mark.parametrize(
    ("family", "margins", "size", "indent_cm"),
    [
        ("state", (20, 20, 30, 15), 14, 1.27),
        ("party", (20, 20, 30, 15), 14, 1.0),
        ("plain", (25, 25, 25, 20), 12, 0),
    ],
)
def test_new_document_page_margins_and_normal_style(
    tmp_path: Path, family: Family, margins: tuple[int, int, int, int], size: int, indent_cm: float
) -> None:
    doc = _reload(kit.new_document(family), tmp_path)
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    assert section.orientation == WD_ORIENT.PORTRAIT
    got = (section.top_margin.mm, section.bottom_margin.mm, section.left_margin.mm, section.right_margin.mm)
    assert got == pytest.approx(margins, abs=0.1)
    normal = doc.styles["Normal"]
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    assert {slot: rfonts.get(qn(slot)) for slot in W_SLOTS} == dict.fromkeys(W_SLOTS, "Times New Roman")
    theme_attrs = [a for r in doc.styles.element.iter(qn("w:rFonts")) for a in r.attrib if "heme" in a]
    assert theme_attrs == []  # a theme font would override Times New Roman in Word
    assert normal.font.size == Pt(size)
    pf = normal.paragraph_format
    assert pf.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert pf.space_after == Pt(6)
    assert pf.first_line_indent.cm == pytest.approx(indent_cm, abs=0.01)
    if family == "party":
        assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY and pf.line_spacing == Pt(18)
    else:
        assert pf.line_spacing == pytest.approx(1.15)
    assert kit.CELL_STYLE in [s.name for s in doc.styles]


def test_landscape_document_and_section(tmp_path: Path) -> None:
    doc = kit.new_document("state")
    kit.add_page_number_header(doc.sections[0])
    kit.add_paragraph(doc, "Trang dọc")
    kit.landscape_section(doc)
    kit.add_paragraph(doc, "Kế hoạch")
    kit.landscape_section(doc, landscape=False)
    doc = _reload(doc, tmp_path)
    first, plan, back = doc.sections
    assert (first.page_width.mm, first.page_height.mm) == pytest.approx((210, 297), abs=0.5)
    assert plan.orientation == WD_ORIENT.LANDSCAPE
    assert (plan.page_width.mm, plan.page_height.mm) == pytest.approx((297, 210), abs=0.5)
    assert (back.page_width.mm, back.page_height.mm) == pytest.approx((210, 297), abs=0.5)
    assert plan.left_margin.mm == pytest.approx(30, abs=0.1)
    assert first.different_first_page_header_footer
    assert not plan.different_first_page_header_footer  # the plan's first page is numbered
    assert plan.header.is_linked_to_previous
    assert kit.text_width_mm(plan) == pytest.approx(297 - 45, abs=0.1)
    landscape = kit.new_document("plain", landscape=True).sections[0]
    assert landscape.page_width > landscape.page_height


def test_header_table_is_borderless_with_fixed_grid(tmp_path: Path) -> None:
    doc = kit.new_document("state")
    _mock_header(doc)
    doc = _reload(doc, tmp_path)
    (table,) = doc.tables
    tbl = table._tbl
    assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert [int(c.get(qn("w:w"))) for c in tbl.tblGrid.gridCol_lst] == [
        kit.mm_to_twips(70),
        kit.mm_to_twips(95),
    ]
    tbl_borders = tbl.tblPr.find(qn("w:tblBorders"))
    assert len(tbl_borders) == 6 and {b.get(qn("w:val")) for b in tbl_borders} == {"nil"}
    cells = tbl.xpath("./w:tr/w:tc")
    assert len(cells) == 2
    for tc, mm in zip(cells, (70, 95), strict=True):
        assert tc.tcPr.find(qn("w:tcW")).get(qn("w:type")) == "dxa"
        assert tc.width.mm == pytest.approx(mm, abs=0.1)
        tc_borders = tc.tcPr.find(qn("w:tcBorders"))
        assert tc_borders is not None and {b.get(qn("w:val")) for b in tc_borders} == {"nil"}
    left, right = table.rows[0].cells
    # The first text fills the cell's initial paragraph: no empty line at the top of the cell.
    assert [p.text for p in left.paragraphs] == [
        "UBND QUẬN LONG BIÊN",
        "ỦY BAN NHÂN DÂN PHƯỜNG THẠCH BÀN",
        "",
        "Số: 05/BB-UBND",
    ]
    rule = left.paragraphs[2]
    assert rule._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")).get(qn("w:val")) == "single"
    side = (70 - 2 * kit.CELL_MARGIN_MM - 25) / 2
    assert rule.paragraph_format.left_indent.mm == pytest.approx(side, abs=0.1)
    assert rule.paragraph_format.right_indent.mm == pytest.approx(side, abs=0.1)
    motto = right.paragraphs[1].runs[0]
    assert motto.font.underline is True and motto.font.bold is True
    for run in (motto, left.paragraphs[0].runs[0]):
        rfonts = run._r.rPr.find(qn("w:rFonts"))
        assert all(rfonts.get(qn(slot)) == "Times New Roman" for slot in W_SLOTS)
    assert all(p.style.name == kit.CELL_STYLE for p in left.paragraphs)


def test_page_number_field_in_default_header_and_empty_first_page_header(tmp_path: Path) -> None:
    doc = kit.new_document("party")
    kit.add_page_number_header(doc.sections[0], 14)
    kit.add_paragraph(doc, "Nội dung")
    doc = _reload(doc, tmp_path)
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert section._sectPr.find(qn("w:titlePg")) is not None
    header = section.header._element
    kinds = [c.get(qn("w:fldCharType")) for c in header.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    (instr,) = header.iter(qn("w:instrText"))
    assert instr.text.strip() == "PAGE" and instr.get(XML_SPACE) == "preserve"
    (paragraph,) = section.header.paragraphs
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert paragraph.paragraph_format.first_line_indent == 0
    assert all(r.font.size == Pt(14) for r in paragraph.runs)
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert "".join(p.text for p in first.paragraphs) == ""
    assert list(first._element.iter(qn("w:r"))) == []


def test_fast_table_builds_1000_rows_without_per_cell_lookups_and_reads_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian\nhoàn thành", "Sản phẩm",
              "Ưu tiên", "Ghi chú"]  # fmt: skip
    data = [[str(i + 1), f"Nhiệm vụ {i} \x0b", f"Phòng {i % 7}", "UBND phường", "31/12/2025", "Báo cáo",
             "Cao", "  "] for i in range(1000)]  # fmt: skip
    data[3][7] = "dòng một\ndòng hai"
    doc = kit.new_document("state", landscape=True)
    # python-docx's grid lookups (Table.cell, Table.rows/columns' cells, _Row.cells) rebuild the whole grid on
    # every call: the builder must not use them per row. Counted, not timed (speed is in benchmarks/).
    lookups = {"n": 0}
    for owner, name in ((Table, "cell"), (Table, "_cells")):
        original = getattr(owner, name)
        if isinstance(original, property):
            getter = original.fget

            def counted_prop(self: Table, _g=getter) -> object:
                lookups["n"] += 1
                return _g(self)

            monkeypatch.setattr(owner, name, property(counted_prop))
        else:

            def counted(self: Table, *a: object, _o=original, **k: object) -> object:
                lookups["n"] += 1
                return _o(self, *a, **k)

            monkeypatch.setattr(owner, name, counted)
    kit.fast_table(doc, header, data, [12, 80, 35, 35, 25, 30, 20, 15], font_size=12,
                   col_align=["center", "justify", "left", "left", "center", "left", "center", "left"])  # fmt: skip
    assert lookups["n"] <= 2, f"{lookups['n']} grid lookups for 1,000 rows"
    monkeypatch.undo()
    doc = _reload(doc, tmp_path)
    (table,) = doc.tables
    rows = list(table.rows)
    assert len(rows) == 1001
    assert [c.text for c in rows[0].cells] == header
    expected = [[v.replace("\x0b", "").rstrip() if j == 1 else v for j, v in enumerate(r)] for r in data]
    expected[3][7] = "dòng một\ndòng hai"  # python-docx joins a cell's paragraphs with "\n"
    got = [[c.text.rstrip() if j == 1 else c.text for j, c in enumerate(row.cells)] for row in rows[1:]]
    assert got == expected
    trs = table._tbl.tr_lst
    assert trs[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(tr.trPr.find(qn("w:tblHeader")) is None for tr in trs[1:])
    assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in trs)
    assert {b.get(qn("w:val")) for b in table._tbl.tblPr.find(qn("w:tblBorders"))} == {"single"}
    assert len(rows[4].cells[7].paragraphs) == 2
    assert rows[1].cells[0].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert rows[1].cells[7].paragraphs[0].runs[0]._r.find(qn("w:t")).get(XML_SPACE) == "preserve"
    assert rows[1].cells[1].paragraphs[0].runs[0].font.size == Pt(12)


def test_fast_table_rejects_ragged_rows() -> None:
    doc = kit.new_document("state")
    with pytest.raises(ValueError):
        kit.fast_table(doc, ["a", "b"], [["1"]], [20, 20], font_size=12)
    with pytest.raises(ValueError):
        kit.fast_table(doc, ["a"], [], [20, 20], font_size=12)


def test_signature_block_stays_on_one_page(tmp_path: Path) -> None:
    doc = kit.new_document("party")
    kit.add_paragraph(doc, "Cuộc họp kết thúc vào 11 giờ 30 phút cùng ngày./.")
    left = kit.SignatureSpec(["NGƯỜI GHI BIÊN BẢN"], "Trần Thị B")
    right = kit.SignatureSpec(
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], "Nguyễn Văn A", bold=[True, False], gap_lines=3
    )
    kit.signature_block(doc, left, right, "party")
    doc = _reload(doc, tmp_path)
    (table,) = doc.tables
    assert doc.paragraphs[0].paragraph_format.keep_with_next  # the text above comes along
    assert table._tbl.tr_lst[0].trPr.find(qn("w:cantSplit")) is not None
    assert table._tbl.tblGrid.gridCol_lst[0].w.mm == pytest.approx(82.5, abs=0.1)
    left_cell, right_cell = table.rows[0].cells
    assert [p.text for p in left_cell.paragraphs] == ["NGƯỜI GHI BIÊN BẢN", "", "", "", "", "Trần Thị B"]
    texts = [p.text for p in right_cell.paragraphs]
    assert texts == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", "Nguyễn Văn A"]
    bold = [p.runs[0].font.bold for p in right_cell.paragraphs if p.runs]
    assert bold == [True, False, True]
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in right_cell.paragraphs)


def test_recipients_block_per_family(tmp_path: Path) -> None:
    doc = kit.new_document("party")
    kit.recipients_block(
        doc, ["Thường trực Quận ủy;", "- Đảng ủy phường Thạch Bàn", "", "Lưu Văn phòng Quận ủy"], "party"
    )
    doc = _reload(doc, tmp_path)
    label, *lines = doc.paragraphs
    assert label.text == "Nơi nhận:"
    run = label.runs[0]
    assert (run.font.size, run.font.underline, run.font.bold, run.font.italic) == (Pt(14), True, False, False)
    assert [p.text for p in lines] == [
        "- Thường trực Quận ủy,",
        "- Đảng ủy phường Thạch Bàn,",
        "- Lưu Văn phòng Quận ủy.",
    ]
    assert {p.runs[0].font.size for p in lines} == {Pt(12)}
    assert lines[0].paragraph_format.first_line_indent is None and lines[0].style.name == kit.CELL_STYLE
    state = kit.new_document("state")
    kit.recipients_block(state, ["Như trên", "Lưu: VT, Hồ sơ"], "state")
    label, *lines = state.paragraphs
    run = label.runs[0]
    assert (run.font.size, run.font.bold, run.font.italic) == (Pt(12), True, True)
    assert [p.text for p in lines] == ["- Như trên;", "- Lưu: VT, Hồ sơ."]
    assert lines[0].runs[0].font.size == Pt(11)
    kept = kit.recipients_block(state, ["- A;", "- B"], "state", line_end=None, last_end=None)
    assert [p.text for p in kept[1:]] == ["- A;", "- B"]


def test_huge_paragraph_with_control_characters_saves(tmp_path: Path) -> None:
    words = " ".join(
        f"từ{i}" + ("\x0b" if i % 97 == 0 else "") + ("\x00" if i % 89 == 0 else "") for i in range(50_000)
    )
    doc = kit.new_document("state")
    kit.add_paragraph(doc, words)
    paragraphs = kit.add_paragraphs(doc, "Dòng một\x0bDòng hai\u2029\u2028Dòng ba\x00")
    assert [p.text for p in paragraphs] == ["Dòng một", "Dòng hai", "Dòng ba"]
    kit.add_paragraph(doc, "Thời gian:\n bắt đầu", indent_first=Cm(0))
    doc = _reload(doc, tmp_path)
    text = doc.paragraphs[0].text
    assert len(text.split()) == 50_000
    assert "\x0b" not in text and "\x00" not in text and "\n" not in text
    assert doc.paragraphs[-1].text == "Thời gian:  bắt đầu"


def test_export_package_does_not_import_qt() -> None:
    code = (
        "import sys, minutes.export, minutes.export.docx_kit, minutes.export.vnformat, minutes.export.text;"
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_core_properties_do_not_carry_the_template_defaults(tmp_path: Path) -> None:
    props = _reload(kit.new_document("state"), tmp_path).core_properties
    assert props.author == "" and props.comments == "" and props.language == "vi-VN"
    assert props.created is not None and props.created.year >= 2025


# --- the fast paths (issue 17: documents): the same XML as python-docx's own setters, nothing shared -----
FORMATS = [
    {},
    {"size": 14, "bold": True, "align": "center", "keep_with_next": True},
    {"size": 12, "italic": True, "underline": True, "indent_first": Pt(0), "space_before": Pt(6)},
    {"bold": False, "italic": False, "underline": False, "align": "justify", "space_after": Pt(0)},
    {"size": 11, "style": kit.CELL_STYLE, "align": "right", "indent_first": Cm(1.27)},
]


def _python_docx_paragraph(container: object, text: str, **fmt: object) -> object:
    """The paragraph as python-docx's public setters make it (what the kit did before it copied XML)."""
    from docx.table import _Cell

    style = fmt.get("style") or (kit.CELL_STYLE if isinstance(container, _Cell) else None)
    bare = isinstance(container, _Cell) and [len(p._p) for p in container.paragraphs] == [0]
    paragraph = container.paragraphs[0] if bare else container.add_paragraph()  # type: ignore[attr-defined]
    if style is not None:
        paragraph.style = style
    pf = paragraph.paragraph_format
    aligns = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
              "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}  # fmt: skip
    if fmt.get("align") is not None:
        pf.alignment = aligns[fmt["align"]]  # type: ignore[index]
    for name in ("indent_first", "space_before", "space_after"):
        if fmt.get(name) is not None:
            setattr(pf, {"indent_first": "first_line_indent"}.get(name, name), fmt[name])
    if fmt.get("keep_with_next"):
        pf.keep_with_next = True
    if text:
        run = paragraph.add_run(text)
        kit.set_run_font(run, name=kit.FONT_NAME, size=fmt.get("size"), bold=fmt.get("bold"),  # type: ignore[arg-type]
                         italic=fmt.get("italic"), underline=fmt.get("underline"))  # type: ignore[arg-type]  # fmt: skip
    if fmt.get("size") is not None:
        kit._mark_size(paragraph, fmt["size"])  # type: ignore[arg-type]
    return paragraph


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("in_cell", [False, True])
def test_paragraphs_are_the_xml_python_docx_writes(fmt: dict[str, object], in_cell: bool) -> None:
    from lxml import etree

    texts = ["Địa điểm: Hội trường", "\ttab đầu và cuối ", " hai\t\ttab ", ""]
    made, expected = kit.new_document("state"), kit.new_document("state")
    if in_cell:
        made_in: object = kit.borderless_table(made, [80, 85]).rows[0].cells[0]
        expected_in: object = kit.borderless_table(expected, [80, 85]).rows[0].cells[0]
    else:
        made_in, expected_in = made, expected
    for text in texts:
        kit.add_paragraph(made_in, text, **fmt)  # type: ignore[arg-type]
        _python_docx_paragraph(expected_in, text, **fmt)
    mixed = kit.add_paragraph(made_in, "", **fmt)  # type: ignore[arg-type]
    kit.add_run(mixed, "Chủ trì: ", bold=True)
    kit.add_run(mixed, "đồng chí\tA ", italic=True, size=13)
    reference = _python_docx_paragraph(expected_in, "", **fmt)
    for text, run_fmt in (("Chủ trì: ", {"bold": True}), ("đồng chí\tA ", {"italic": True, "size": 13})):
        run = reference.add_run(text)  # type: ignore[attr-defined]
        kit.set_run_font(run, name=kit.FONT_NAME, **run_fmt)  # type: ignore[arg-type]

    def body(doc: Document) -> bytes:
        return etree.tostring(doc.element.body)

    assert body(made) == body(expected)
    assert [p.text for p in made.paragraphs] == [p.text for p in expected.paragraphs]


def test_a_paragraph_changed_after_it_is_made_changes_no_other(tmp_path: Path) -> None:
    doc = kit.new_document("party")
    first = kit.add_paragraph(doc, "Một", size=14, bold=True, align="center")
    first.paragraph_format.space_after = Pt(24)
    first.runs[0].font.bold = False
    first.runs[0].font.size = Pt(9)
    second = kit.add_paragraph(doc, "Hai", size=14, bold=True, align="center")
    doc = _reload(doc, tmp_path)
    one, two = doc.paragraphs
    assert (one.paragraph_format.space_after, one.runs[0].font.bold, one.runs[0].font.size) == (
        Pt(24),
        False,
        Pt(9),
    )
    assert two.paragraph_format.space_after is None
    assert (two.runs[0].font.bold, two.runs[0].font.size, two.alignment) == (
        True,
        Pt(14),
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    assert second.runs[0].text == "Hai"


def test_new_documents_share_nothing(tmp_path: Path) -> None:
    first = kit.new_document("state")
    first.styles.add_style("Chỉ ở bản đầu", 1)
    first.styles["Normal"].font.size = Pt(20)
    first.sections[0].left_margin = Cm(5)
    kit.add_paragraph(first, "Nội dung của bản đầu")
    first.core_properties.author = "Văn thư"
    second = _reload(kit.new_document("state"), tmp_path)
    assert [p.text for p in second.paragraphs] == []
    assert "Chỉ ở bản đầu" not in [s.name for s in second.styles]
    assert second.styles["Normal"].font.size == Pt(14)
    assert second.sections[0].left_margin.mm == pytest.approx(30, abs=0.1)
    assert second.core_properties.author == ""
    assert second.core_properties.created is not None
    assert kit.new_document("plain").styles["Normal"].font.size == Pt(12)  # another family, its own template


@pytest.mark.parametrize("families", [("party", "state", "party", "plain")])
def test_save_writes_the_zip_python_docx_writes(tmp_path: Path, families: tuple[Family, ...]) -> None:
    import io
    import zipfile

    for index, family in enumerate(families):  # parts met before (the styles) are compressed once
        doc = kit.new_document(family)
        kit.add_page_number_header(doc.sections[0])
        kit.add_paragraph(doc, f"Bản {index}: nội dung\tcó tab", bold=True)
        kit.fast_table(doc, ["STT", "Nội dung"], [["1", "Một"], ["2", "Hai\nba"]], [20, 145], font_size=12)
        ours, theirs = io.BytesIO(), io.BytesIO()
        kit.save(doc, ours)
        doc.save(theirs)
        with zipfile.ZipFile(ours) as mine, zipfile.ZipFile(theirs) as reference:
            assert mine.testzip() is None
            assert mine.namelist() == reference.namelist()
            for name in reference.namelist():
                assert mine.read(name) == reference.read(name), name
                got, want = mine.getinfo(name), reference.getinfo(name)
                assert (got.compress_type, got.CRC, got.compress_size) == (
                    want.compress_type,
                    want.CRC,
                    want.compress_size,
                )
        path = tmp_path / f"{index}.docx"
        path.write_bytes(ours.getvalue())
        back = docx.Document(str(path))
        assert back.paragraphs[0].text == f"Bản {index}: nội dung\tcó tab"
        assert back.styles["Normal"].font.size == Pt(kit.family_style(family).body_pt)
