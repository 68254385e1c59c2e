"""Reading a DOCX the way the recogniser needs it: body order, tables, formatting, Word's numbering."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from minutes.archive.reader import read_docx
from minutes.archive.source import UnreadableDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "archive"))
from kit import Typed  # noqa: E402


def test_lines_in_body_order_with_tables_breaks_and_formatting(tmp_path: Path) -> None:
    t = Typed()
    t.header([("UBND QUẬN", False), ("ỦY BAN NHÂN DÂN\nPHƯỜNG NGỌC THỤY", True)], [("Ngày 1", False, True)])
    t.p("BIÊN BẢN", bold=True, center=True)
    t.p("8 giờ, ngày 05/3/2019.", lead="Thời gian bắt đầu: ")
    heading = t.p("Kết luận")
    heading.style = t.doc.styles["Heading 1"]
    t.numbered(["Thứ nhất", "Thứ hai"])
    t.lettered(["Về kinh phí:", "Về thủ tục:"])
    t.p("- gạch đầu dòng gõ tay")
    nested = t.table([["ngoài"]], bold_header=False)
    inner = nested.rows[0].cells[0].add_table(rows=1, cols=1)
    inner.rows[0].cells[0].paragraphs[0].add_run("trong")
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Hùng")
    t.p(f"{decomposed}\n\ttab")  # a manual line break (Shift+Enter), then a tab
    path = tmp_path / "a.docx"
    t.save(path)
    doc = read_docx(path)
    texts = [line.text for line in doc.lines]
    assert texts[:4] == ["UBND QUẬN", "ỦY BAN NHÂN DÂN", "PHƯỜNG NGỌC THỤY", "Ngày 1"]  # Shift+Enter splits
    assert doc.lines[1].paragraph == doc.lines[2].paragraph and doc.lines[1].bold
    assert (doc.lines[0].table, doc.lines[0].row, doc.lines[0].cell, doc.lines[3].cell) == (0, 0, 0, 1)
    title = doc.lines[4]
    assert (title.text, title.bold, title.upper, title.align, title.table) == (
        "BIÊN BẢN",
        True,
        True,
        "center",
        -1,
    )
    assert doc.lines[5].bold_lead == "Thời gian bắt đầu: " and not doc.lines[5].bold
    assert doc.lines[6].heading == 1 and doc.lines[6].bold  # bold from the Heading 1 style
    assert [(line.label, line.text) for line in doc.lines[7:11]] == [
        ("1.", "Thứ nhất"),
        ("2.", "Thứ hai"),
        ("a)", "Về kinh phí:"),
        ("b)", "Về thủ tục:"),
    ]
    assert doc.lines[9].display == "a) Về kinh phí:"
    assert doc.lines[11].label == "" and doc.lines[11].text.startswith("- ")
    assert texts[12:14] == ["ngoài", "trong"]
    assert doc.tables[2].parent == 1 and doc.tables[1].rows[0][0] == [12]
    assert texts[14] == unicodedata.normalize("NFC", "Nguyễn Văn Hùng")  # stored as NFC
    assert texts[15] == "tab"
    assert doc.content_hash == read_docx(path.read_bytes(), name="copy.docx").content_hash


WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_text_boxes_and_content_controls_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("trước")
    box = parse_xml(
        f'<w:p {nsdecls("w", "wp", "a")} {WPS} {MC}><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
        "<w:p><w:r><w:t>Số: 07/BB-UBND</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>"
        "<w:t>Số: 07/BB-UBND</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>"
    )  # fmt: skip
    body = document.element.body
    body.insert(len(body) - 1, box)  # before the section properties, as Word writes it
    control = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>trong ô nhập</w:t></w:r></w:p>'
                        "</w:sdtContent></w:sdt>")  # fmt: skip
    body.insert(len(body) - 1, control)
    document.add_paragraph("sau")
    path = tmp_path / "b.docx"
    document.save(str(path))
    assert [line.text for line in read_docx(path).lines] == ["trước", "Số: 07/BB-UBND", "trong ô nhập", "sau"]


def test_what_is_not_a_word_document_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UnreadableDocument, match="bad.docx cannot be read as a Word document"):
        read_docx(bad)
    with pytest.raises(UnreadableDocument, match="gone.docx cannot be read"):
        read_docx(tmp_path / "gone.docx")
