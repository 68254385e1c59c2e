"""The four documents of the example meeting, read back with python-docx: content, page setup, fonts."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from testkit.docx_read import (
    assert_times_new_roman,
    cell_texts,
    find,
    full_text,
    paragraphs,
    reload,
    run_format,
    texts,
)

from minutes.export.documents import Options, build, check, export_meeting
from minutes.export.phrases import report_subject
from minutes.export.profile import OrgProfileData, with_value
from minutes.export.vnformat import Family, vn_number
from minutes.services import Services
from minutes.services.demo import demo_profile
from minutes.services.dto import MeetingDetail

TODAY = date(2021, 3, 1)
MARGINS = {"state": (20, 20, 30, 15), "party": (20, 20, 30, 15), "plain": (25, 25, 25, 20)}


@pytest.fixture
def meeting(services: Services) -> MeetingDetail:
    return services.meetings.get(services.demo.load())


def _doc(kind: str, meeting: MeetingDetail, family: Family, tmp_path: Path, profile: OrgProfileData | None = None,
         **kw: object) -> Document:  # fmt: skip
    kw.setdefault("as_of", TODAY)
    doc = build(kind, meeting, profile or demo_profile(), family, **kw)  # type: ignore[arg-type]
    return reload(doc, tmp_path / f"{kind}-{family}.docx")


def _index(lines: list[str], needle: str) -> int:
    return next(i for i, line in enumerate(lines) if needle in line)


# ---------------------------------------------------------------------------------------------- content
@pytest.mark.parametrize("family", ["state", "party", "plain"])
def test_minutes_hold_every_attendee_figure_contribution_recommendation_and_task(
    meeting: MeetingDetail, family: Family, tmp_path: Path
) -> None:
    doc = _doc("minutes", meeting, family, tmp_path)
    lines = texts(doc)
    text = full_text(doc)
    for a in meeting.attendance:
        assert (a.group_name or a.person_name) in text
    for report in meeting.reports:
        assert report_subject(report.title) in text
        for figure in report.figures:
            line = lines[_index(lines, f"- {figure.label}:")]
            if family != "plain" and figure.value is not None:
                assert vn_number(figure.value) in line
            if family != "plain" and figure.percent is not None:
                assert f"{vn_number(figure.percent)}%" in line
    # contributions in their order, each with the speaker's name and title
    positions = [_index(lines, c.text) for c in meeting.contributions]
    assert positions == sorted(positions)
    first = lines[positions[0]]
    assert first.startswith("- ") and "Nguyễn Mạnh Hà - Phó Bí thư Quận ủy, Chủ tịch UBND quận: " in first
    assert lines[positions[1]].startswith("- Đại diện lãnh đạo phòng, ban của quận: ")
    for c in meeting.conclusions:
        assert c.text in text
    recs = [r for g in meeting.recommendation_groups for r in g.items]
    rec_positions = [_index(lines, r.text) for r in recs]
    assert rec_positions == sorted(rec_positions) and len(recs) == 13
    for group in meeting.recommendation_groups:
        assert any(line.startswith(("a) ", "b) ")) and group.title in line for line in lines)
    task_table = next(t for t in doc.tables if len(t.columns) == 6)
    rows = cell_texts(task_table)
    assert [row[1] for row in rows[1:]] == [t.text for t in meeting.tasks]
    assert rows[1][2] == "Đảng ủy phường Long Biên"
    assert rows[1][4] == ("28 February 2021" if family == "plain" else "28/02/2021")


def test_minutes_figures_in_vietnamese_number_format(meeting: MeetingDetail, tmp_path: Path) -> None:
    text = full_text(_doc("minutes", meeting, "state", tmp_path))
    for expected in (
        "Tổng thu ngân sách nhà nước trên địa bàn: 19.885.177.001 đồng, đạt 87% (ước đạt)",
        "Ngân sách phường được hưởng: 11.915.379.221 đồng, đạt 102%",
        "10.144.992.938/11.492.300.000 đồng, đạt 88%",
        "10.144.992.938 đồng, đạt 98,4%",
        "Tỷ lệ gia đình đạt văn hóa: 91,95%",
        "Tổ dân phố văn hóa: 8/12 tổ dân phố, đạt 66,66%",
        "Đại hội chi bộ tổ chức thành công: 18/18 đại hội",
    ):
        assert expected in text
    plain = full_text(_doc("minutes", meeting, "plain", tmp_path))
    assert "19,885,177,001 đồng, 87%" in plain and "98.4%" in plain


def test_minutes_body_follows_mau_1_9(meeting: MeetingDetail, tmp_path: Path) -> None:
    lines = texts(_doc("minutes", meeting, "state", tmp_path))
    order = ["Thời gian bắt đầu: ", "Địa điểm: Phòng họp 1.", "Thành phần tham dự:",
             "Chủ trì (chủ tọa): Đồng chí Đường Hoài Nam - Thành ủy viên, Bí thư Quận ủy Long Biên.",
             "Thư ký (người ghi biên bản): .....", "Nội dung (theo diễn biến cuộc họp):", "1. Báo cáo",
             "2. Ý kiến phát biểu", "3. Kết luận của chủ trì", "4. Kiến nghị, đề xuất", "5. Nhiệm vụ được giao",
             "Cuộc họp kết thúc vào"]  # fmt: skip
    found = [_index(lines, item) for item in order]
    assert found == sorted(found)
    assert lines[found[0]] == "Thời gian bắt đầu: ..... giờ ..... phút, ngày 19 tháng 01 năm 2021."
    # unknown end time: dotted blanks for the clerk, the official end mark
    assert lines[found[-1]] == "Cuộc họp kết thúc vào ..... giờ ....., ngày 19 tháng 01 năm 2021./."


def test_known_times_and_absences(services: Services, meeting: MeetingDetail, tmp_path: Path) -> None:
    services.meetings.update(meeting.id, start_time=time(8, 0), end_time=time(11, 30))
    person = services.directory.create_person("Trần Thị Bình", "Phó Chủ tịch UBND phường")
    services.meetings.add_attendee(
        meeting.id, person_id=person, presence="absent", absence_reason="đi công tác"
    )
    late = services.directory.create_person("Lê Văn Cường", "Trưởng Công an phường")
    services.meetings.add_attendee(meeting.id, person_id=late, presence="late")
    lines = texts(_doc("minutes", services.meetings.get(meeting.id), "state", tmp_path))
    assert "Thời gian bắt đầu: 8 giờ 00 phút, ngày 19 tháng 01 năm 2021." in lines
    assert "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 19 tháng 01 năm 2021./." in lines
    absent = _index(lines, "Vắng mặt:")
    assert lines[absent + 1] == "- Đồng chí Trần Thị Bình - Phó Chủ tịch UBND phường (lý do: đi công tác)."
    assert _index(lines, "Lê Văn Cường - Trưởng Công an phường (đến muộn)") < absent


def test_conclusion_notice(meeting: MeetingDetail, tmp_path: Path) -> None:
    doc = _doc("conclusion", meeting, "party", tmp_path, issued_on=date(2021, 1, 25))
    lines = texts(doc)
    assert "Long Biên, ngày 25 tháng 01 năm 2021" in lines
    assert "Kết luận của đồng chí Đường Hoài Nam tại buổi làm việc ngày 19/01/2021" in lines
    opening = _index(lines, "Ngày 19/01/2021, Ban Thường vụ Quận ủy làm việc với Đảng ủy phường Long Biên")
    heard = lines[opening + 1]
    assert heard.startswith("Sau khi nghe đồng chí Nguyễn Ngọc Phan - Quận ủy viên, Bí thư Đảng ủy phường Long Biên "
                            "báo cáo kết quả thực hiện nhiệm vụ chính trị")  # fmt: skip
    assert "10 ý kiến phát biểu" in heard and heard.endswith("kết luận như sau:")
    # the conclusions carry no kind yet: one numbered point each, in the recorded order (no conclusion is
    # filed under "Đánh giá kết quả" just because it gave no task)
    points = [_index(lines, f"{n}. {c.text}") for n, c in enumerate(meeting.conclusions, start=1)]
    assert points == sorted(points) and "Đánh giá kết quả" not in "\n".join(lines)
    recs_at, follow_at = _index(lines, "6. Về kiến nghị, đề xuất"), _index(lines, "7. Tổ chức thực hiện")
    assert points[-1] < recs_at < follow_at
    # each task says who leads, who coordinates, by when and what product, under its conclusion
    task_line = _index(lines, "Giao Ủy ban nhân dân phường Long Biên chủ trì, phối hợp với Phòng Quản lý đô thị, "
                              "Phòng Tài nguyên và Môi trường, Trung tâm Phát triển quỹ đất quận Long Biên thực "
                              "hiện, báo cáo kết quả trước ngày 31/12/2021")  # fmt: skip
    assert points[1] < task_line < points[2]
    # one item per recommendation: the unit charged and the deadline where a task answers it, and nothing
    # invented where none does (no editor marker such as "[Chưa giao]")
    recs = [r for g in meeting.recommendation_groups for r in g.items]
    for number, rec in enumerate(recs, start=1):
        line = lines[_index(lines, rec.text)]
        assert line.startswith(f"({number}) ")
        if number in (1, 6):
            assert "Giao " in line and "xem xét, giải quyết, báo cáo kết quả trước ngày 31/03/2021" in line
        else:
            assert line == f"({number}) {rec.text}"
    assert not any(marker in "\n".join(lines) for marker in ("[Chưa giao]", "Chưa giao", "chưa có đơn vị"))
    assert _index(lines, "Giao Văn phòng Quận ủy theo dõi, đôn đốc") > follow_at
    closing = lines[_index(lines, "Ban Thường vụ Quận ủy thông báo để")]
    assert "Đảng ủy phường Long Biên" in closing and closing.endswith("biết, thực hiện./.")


def test_plan_landscape_grouped_by_priority_with_repeated_header(
    meeting: MeetingDetail, tmp_path: Path
) -> None:
    doc = _doc("plan", meeting, "party", tmp_path)
    portrait, landscape = doc.sections
    assert portrait.orientation == WD_ORIENT.PORTRAIT and landscape.orientation == WD_ORIENT.LANDSCAPE
    assert (round(landscape.page_width.mm), round(landscape.page_height.mm)) == (297, 210)
    table = doc.tables[-1]
    rows = cell_texts(table)
    assert rows[0] == ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
                       "Sản phẩm", "Mức độ ưu tiên", "Ghi chú"]  # fmt: skip
    trs = table._tbl.tr_lst
    assert trs[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(tr.trPr is None or tr.trPr.find(qn("w:tblHeader")) is None for tr in trs[1:])
    assert rows[1] == ["Nhóm I: mức độ ưu tiên cao (4 nhiệm vụ)"]
    assert trs[1].tc_lst[0].tcPr.find(qn("w:gridSpan")).get(qn("w:val")) == "8"
    group_two = next(i for i, r in enumerate(rows) if r[0].startswith("Nhóm II"))
    assert group_two == 6 and rows[group_two] == ["Nhóm II: mức độ ưu tiên trung bình (2 nhiệm vụ)"]
    tasks = [r for r in rows[1:] if len(r) == 8]
    assert [r[0] for r in tasks] == [str(n) for n in range(1, 7)]
    assert [r[6] for r in tasks] == ["Cao"] * 4 + ["Trung bình"] * 2
    assert {r[1] for r in tasks} == {t.text for t in meeting.tasks}
    assert tasks[0][4] == "28/02/2021" and tasks[0][7] == "Kết luận 4"  # earliest deadline first
    assert any(r[7] == "Kiến nghị 1" for r in tasks)
    sizes = {
        r.font.size.pt for tr in trs for p in tr.iter(qn("w:p")) for r in Paragraph(p, doc).runs if r.text
    }
    assert sizes == {12.0}
    # the biểu lives in the landscape section: the table comes after the section break
    body = list(doc.element.body)
    section_end = f"{qn('w:pPr')}/{qn('w:sectPr')}"
    breaks = [i for i, el in enumerate(body) if el.tag == qn("w:p") and el.find(section_end) is not None]
    assert breaks and body.index(table._tbl) > breaks[0]


def test_status_report_counts(meeting: MeetingDetail, tmp_path: Path) -> None:
    doc = _doc("report", meeting, "party", tmp_path)
    lines = texts(doc)
    counts = cell_texts(doc.tables[1])
    assert counts[0][:3] == ["STT", "Đơn vị chủ trì", "Tổng số"]
    assert counts[0][3:] == ["Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn", "Quá hạn",
                             "Chưa thực hiện", "Đã hủy"]  # fmt: skip
    assert counts[-1] == ["", "Tổng cộng", "6", "0", "0", "0", "1", "5", "0"]
    ward = next(r for r in counts if r[1] == "Đảng ủy phường Long Biên")
    assert ward[2:] == ["2", "0", "0", "0", "1", "1", "0"]
    overdue = cell_texts(doc.tables[2])
    assert len(overdue) == 2 and overdue[1][2:5] == ["Đảng ủy phường Long Biên", "28/02/2021", "1"]
    assert any("quá hạn 1 (16,7%)" in line for line in lines)


# -------------------------------------------------------------------------------------- page and fonts
@pytest.mark.parametrize("kind", ["minutes", "conclusion", "plan", "report"])
@pytest.mark.parametrize("family", ["state", "party", "plain"])
def test_page_setup_and_font_slots(meeting: MeetingDetail, tmp_path: Path, kind: str, family: Family) -> None:
    doc = _doc(kind, meeting, family, tmp_path)
    first = doc.sections[0]
    assert (round(first.page_width.mm), round(first.page_height.mm)) == (210, 297)
    margins = (first.top_margin.mm, first.bottom_margin.mm, first.left_margin.mm, first.right_margin.mm)
    assert margins == pytest.approx(MARGINS[family], abs=0.1)
    assert first.different_first_page_header_footer  # no page number on page 1
    assert "PAGE" in "".join(t.text or "" for t in first.header._element.iter(qn("w:instrText")))
    for paragraph in paragraphs(doc):
        assert_times_new_roman(paragraph)


def _fmt(doc: Document, text: str) -> tuple[float | None, bool | None, bool | None, bool | None]:
    return run_format(find(doc, text))


def test_state_header_title_and_signatures(meeting: MeetingDetail, tmp_path: Path) -> None:
    doc = _doc("minutes", meeting, "state", tmp_path)
    assert _fmt(doc, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI") == (13, None, None, False)
    assert _fmt(doc, "QUẬN ỦY LONG BIÊN") == (13, True, None, False)
    assert _fmt(doc, "Số:      /BB-QU") == (13, None, None, False)
    assert _fmt(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == (12, True, None, False)
    assert _fmt(doc, "Độc lập - Tự do - Hạnh phúc") == (13, True, None, True)
    assert _fmt(doc, "BIÊN BẢN") == (14, True, None, False)
    assert _fmt(doc, meeting.title) == (14, True, None, False)
    assert find(doc, "BIÊN BẢN").alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert _fmt(doc, "THƯ KÝ") == (14, True, None, False)
    assert _fmt(doc, "CHỦ TỌA") == (14, True, None, False)
    assert _fmt(doc, "Đường Hoài Nam") == (14, True, None, False)
    assert _fmt(doc, "Nơi nhận:") == (12, True, True, False)
    assert _fmt(doc, "- Thường trực Quận ủy;") == (11, False, False, False)
    assert texts(doc)[-1] == "- Lưu: VT, Văn phòng Quận ủy."  # Decree 30's file copy line
    header = doc.tables[0]
    assert header._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).get(qn("w:val")) == "nil"
    rule = find(doc, "QUẬN ỦY LONG BIÊN")._p.getnext()
    assert rule.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}") is not None
    signatures = next(t for t in doc.tables if "THƯ KÝ" in cell_texts(t)[0][0])
    assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in signatures._tbl.tr_lst)
    left, right = cell_texts(signatures)[0]
    assert left.startswith("THƯ KÝ") and right.startswith("CHỦ TỌA") and right.endswith("Đường Hoài Nam")


def test_party_header_title_and_signatures(meeting: MeetingDetail, tmp_path: Path) -> None:
    doc = _doc("conclusion", meeting, "party", tmp_path, number=15, issued_on=date(2020, 3, 5))
    assert _fmt(doc, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI") == (14, None, None, False)
    assert _fmt(doc, "QUẬN ỦY LONG BIÊN") == (14, True, None, False)
    assert _fmt(doc, "*") == (14, None, None, False)
    assert _fmt(doc, "Số 15-TB/QU") == (14, None, None, False)
    assert _fmt(doc, "ĐẢNG CỘNG SẢN VIỆT NAM") == (15, True, None, True)
    assert _fmt(doc, "Long Biên, ngày 05 tháng 3 năm 2020") == (14, None, True, False)
    assert _fmt(doc, "THÔNG BÁO") == (16, True, None, False)
    assert "-----" in texts(doc)
    assert _fmt(doc, "T/M BAN THƯỜNG VỤ") == (14, True, None, False)
    assert _fmt(doc, "BÍ THƯ") == (14, False, None, False)
    assert _fmt(doc, "Đường Hoài Nam") == (14, True, None, False)
    assert _fmt(doc, "Nơi nhận:") == (14, False, False, True)
    lines = texts(doc)
    start = lines.index("Nơi nhận:")
    recipients = lines[start + 1 : start + 6]
    assert (
        all(line.endswith(",") for line in recipients[:-1]) and recipients[-1] == "- Lưu Văn phòng Quận ủy."
    )
    assert _fmt(doc, recipients[0]) == (12, False, False, False)
    minutes = _doc("minutes", meeting, "party", tmp_path)
    assert "Long Biên, ngày 19 tháng 01 năm 2021" in texts(minutes)
    assert _fmt(minutes, "NGƯỜI GHI BIÊN BẢN") == (14, True, None, False)
    assert _fmt(minutes, "CHỦ TRÌ HỘI NGHỊ") == (14, True, None, False)


def test_profile_changes_reach_the_documents(meeting: MeetingDetail, tmp_path: Path) -> None:
    profile = demo_profile()
    for key, value in (("superior_body", "Quận ủy Long Biên"), ("issuing_body", "Đảng ủy phường Long Biên"),
                       ("issuer_code", "ĐU"), ("conclusion.party.right", "Phó Bí thư"),
                       ("conclusion.right_name", "Nguyễn Ngọc Phan"), ("place", "Long Biên"),
                       ("conclusion.recipients", ["Ban Thường vụ Quận ủy (để b/c)", "Lưu VP"])):  # fmt: skip
        profile = with_value(profile, key, value)
    lines = texts(_doc("conclusion", meeting, "party", tmp_path, profile=profile, number=3))
    for expected in ("QUẬN ỦY LONG BIÊN", "ĐẢNG ỦY PHƯỜNG LONG BIÊN", "Số 03-TB/ĐU", "PHÓ BÍ THƯ", "Nguyễn Ngọc Phan",
                     "- Ban Thường vụ Quận ủy (để b/c),", "- Lưu VP."):  # fmt: skip
        assert expected in lines


# ---------------------------------------------------------------------------------------------- robust
def test_hostile_text_exports_and_reads_back_as_nfc(meeting: MeetingDetail, tmp_path: Path) -> None:
    nfd_title = unicodedata.normalize("NFD", "Hội nghị\x0bđặc biệt\x00 về “trật tự đô thị”")
    words = " ".join(f"từ{n % 97}" for n in range(50_000))
    contribution = dataclasses.replace(
        meeting.contributions[0],
        text=unicodedata.normalize("NFD", "Ý kiến\x1f đầu tiên\x0cĐoạn hai ") + words,
    )
    recommendation_group = dataclasses.replace(meeting.recommendation_groups[0], title="Nhóm\x08 một\ufffe")
    hostile = dataclasses.replace(meeting, title=nfd_title, location="Phòng\x01 họp",
                                  contributions=[contribution, *meeting.contributions[1:]],
                                  recommendation_groups=[recommendation_group, *meeting.recommendation_groups[1:]])  # fmt: skip
    for kind in ("minutes", "conclusion", "plan", "report"):
        for family in ("state", "party", "plain"):
            doc = _doc(kind, hostile, family, tmp_path)  # type: ignore[arg-type]
            text = full_text(doc)
            assert unicodedata.is_normalized("NFC", text)
            assert not any(ch in text for ch in "\x00\x01\x08\x0b\x0c\x1f\ufffe")
    text = full_text(_doc("minutes", hostile, "state", tmp_path))
    assert "Hội nghị đặc biệt về “trật tự đô thị”" in text and "Phòng họp" in text
    lines = texts(_doc("minutes", hostile, "state", tmp_path))
    assert any(line.endswith(": Ý kiến đầu tiên") for line in lines)  # \x0c (Word's page break) splits
    assert any(line.startswith("Đoạn hai từ0 từ1") and line.endswith(words[-20:]) for line in lines)


def test_typed_nfd_and_a_50000_word_contribution_through_the_services(services: Services, meeting: MeetingDetail,
                                                                      tmp_path: Path) -> None:  # fmt: skip
    huge = " ".join(["nghị quyết"] * 25_000)
    services.items.add_contribution(meeting.id, speaker_label=unicodedata.normalize("NFD", "Đại biểu Hà Nội"),
                                    text=f"Mở đầu\x0b{huge}")  # fmt: skip
    for kind in ("minutes", "conclusion", "plan", "report"):
        path = export_meeting(
            services,
            meeting.id,
            kind,
            tmp_path / f"{kind}.docx",
            options=Options(family="state", as_of=TODAY),
        )  # type: ignore[arg-type]
        assert path.stat().st_size > 10_000
    import docx

    lines = texts(docx.Document(str(tmp_path / "minutes.docx")))
    start = lines.index("- Đại biểu Hà Nội: Mở đầu")  # Word's manual break (\x0b) became a paragraph break
    assert lines[start + 1] == huge


def test_check_lists_what_to_complete(meeting: MeetingDetail) -> None:
    issues = check(meeting)
    codes = [i.code for i in issues]
    assert {"no_secretary", "no_start_time", "no_end_time"} <= set(codes)
    assert codes.count("recommendation_unanswered") == 0  # not a matter for the minutes
    notice = [i.code for i in check(meeting, "conclusion", demo_profile(), "party")]
    assert notice.count("recommendation_unanswered") == 11 and "no_secretary" not in notice
    assert not any(code.startswith("tasks_without") for code in notice)  # every task names a unit and date


def test_export_writes_atomically_and_reports_bad_paths(services: Services, meeting: MeetingDetail,
                                                        tmp_path: Path) -> None:  # fmt: skip
    from minutes.errors import ExportError

    target = tmp_path / "out" / "bien-ban.docx"
    export_meeting(services, meeting.id, "minutes", target)
    assert target.is_file() and [p.name for p in target.parent.iterdir()] == ["bien-ban.docx"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        export_meeting(services, meeting.id, "minutes", blocker / "x.docx")
