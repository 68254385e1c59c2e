"""The done-means cases of issue 14 on the realistic meetings, line by line: a People's Committee giao ban
(agenda, count-only contributions, a free-text assignee, figures by kind), a Party committee session (a
resolution and a decision with votes, a month known only by its month), a project kick-off (tasks for
named people, deadlines as periods), an English technical meeting (action items owned by people); and the
pre-export check, which names only what each document lacks."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
from testkit.docx_read import table_with_header, texts
from testkit.written import DATA, PROFILES

from minutes.export.documents import Options, check, export_meeting
from minutes.export.vnformat import Family
from minutes.services import Services


def _meeting(services: Services, name: str) -> int:
    meeting_id = services.interchange.import_file(DATA / name)
    unit = services.meetings.get(meeting_id).organisation_id
    assert unit is not None
    services.profile.save(PROFILES[name][0], unit_id=unit)
    return meeting_id


def _lines(
    services: Services, meeting_id: int, kind: str, tmp_path: Path, family: Family | None = None
) -> list[str]:
    path = export_meeting(
        services, meeting_id, kind, tmp_path / f"{kind}.docx", options=Options(family=family)
    )  # type: ignore[arg-type]
    return texts(docx.Document(str(path)))


def test_pre_export_checks_name_only_what_each_document_lacks(services: Services) -> None:
    """The realistic meetings lack nothing their minutes and notice print, but the HĐND session's times
    (Mẫu 1.9's dotted blanks). A task done at the meeting needs no deadline or product (Đảng ủy's third
    task has neither); count-only contributions and tasks assigned to people only are complete."""
    found = {}
    for name, (profile, families) in PROFILES.items():
        meeting = services.meetings.get(_meeting(services, name))
        for kind in ("minutes", "conclusion"):
            found[(name[:4], kind)] = {i.code for i in check(meeting, kind, profile, families[0])}
    assert found.pop(("hdnd", "minutes")) == {"no_start_time", "no_end_time"}
    assert found.pop(("arch", "conclusion")) == {"no_signer_role"}  # its profile names no signer's role
    assert all(codes == set() for codes in found.values()), found
    dang = services.meetings.get(1 + [*PROFILES].index("dang-uy-xa-hoi-nghi-bch-2022-12.json"))
    plan = {i.code for i in check(dang, "plan", PROFILES["dang-uy-xa-hoi-nghi-bch-2022-12.json"][0], "party")}
    assert plan == {"no_signer_role"}


def test_a_peoples_committee_giao_ban(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "ubnd-giao-ban-2023-02.json")
    minutes = _lines(services, meeting_id, "minutes", tmp_path)
    assert "- Các ban, ngành, đoàn thể phường: 02 ý kiến phát biểu." in minutes
    assert "- Công an phường phát biểu." in minutes
    assert "- Chỉ số cải cách hành chính của phường: xếp thứ 3/14 (trong 14 phường của quận);" in minutes
    assert "- Thu ngân sách so với cùng kỳ: tăng 12% so với cùng kỳ năm 2022;" in minutes
    assert "- Hồ sơ thủ tục hành chính giải quyết đúng hạn: 412/415 hồ sơ, tỷ lệ 99,28%;" in minutes
    assert ("Cuộc họp tiếp theo: 8 giờ 00 phút, ngày 27 tháng 3 năm 2023, tại Hội trường tầng 2. Giao ban tháng "
            "3/2023; các bộ phận gửi báo cáo trước 02 ngày.") in minutes  # fmt: skip
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert "Long Biên, ngày 01 tháng 3 năm 2023" in notice  # the notice's own date, not the meeting's
    assert ("Giao 2 đồng chí Phó Chủ tịch UBND phường chủ trì thực hiện, thời hạn: quý I/2023; sản phẩm: Báo "
            "cáo rà soát.") in notice  # fmt: skip
    assert ("Giao Văn phòng HĐND - UBND phường Phúc Đồng (đồng chí Lê Thị Ngọc Ánh, đồng chí Trần Văn Quý) chủ "
            "trì, phối hợp với Bộ phận Tài chính - Kế toán phường Phúc Đồng, Công an phường Phúc Đồng thực hiện, "
            "thời hạn: trước ngày 10/3/2023; sản phẩm: Kế hoạch được phê duyệt.") in notice  # fmt: skip
    assert [line for line in notice if line[:2] in ("1.", "2.", "3.")] == [
        "1. Đánh giá kết quả",
        "2. Nhiệm vụ trọng tâm thời gian tới",
        "3. Tổ chức thực hiện",
    ]


def test_a_party_committee_session_with_a_resolution(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "dang-uy-xa-hoi-nghi-bch-2022-12.json")
    minutes = _lines(services, meeting_id, "minutes", tmp_path)
    at = minutes.index("- Hội nghị biểu quyết thông qua Nghị quyết về phương hướng, nhiệm vụ năm 2023.")
    assert minutes[at - 1] == "Quyết định, nghị quyết:"  # not among the chair's conclusions
    assert minutes[at + 1] == "Kết quả biểu quyết: 17/17 đại biểu tán thành (100%)."
    assert "Kết quả biểu quyết: 16/17 đại biểu tán thành (94,12%); 01 đại biểu không biểu quyết." in minutes
    assert "- Các đồng chí Ủy viên Ban Chấp hành: 05 ý kiến phát biểu." in minutes
    assert ("Cuộc họp tiếp theo: tháng 01 năm 2023. Hội nghị Ban Chấp hành lần thứ 16: sơ kết công tác tháng "
            "01/2023.") in minutes  # a month: no day is made up  # fmt: skip
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert [line for line in notice if line[:2] in ("1.", "2.", "3.", "4.", "5.")] == [
        "1. Đánh giá kết quả", "2. Nhiệm vụ trọng tâm thời gian tới", "3. Quyết định", "4. Nghị quyết",
        "5. Tổ chức thực hiện"]  # fmt: skip
    assert "Giao Đảng ủy xã Kim Sơn chủ trì thực hiện; đã thực hiện tại cuộc họp." in notice
    assert "Kim Sơn, ngày ..... tháng ..... năm ....." in notice  # no date recorded for the notice: blank


def test_a_project_kick_off_with_tasks_for_named_people(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "khoi-dong-du-an-2022-03.json")
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert ("- Hoàn thiện tài liệu đặc tả yêu cầu phần mềm. Giao đồng chí Bùi Thị Mai và đồng chí Phan Văn Khải "
            "chủ trì thực hiện, thời hạn: quý II/2022; sản phẩm: Tài liệu đặc tả yêu cầu.") in notice  # fmt: skip
    assert any("thời hạn: cuối tháng 3 và trong tháng 4/2022" in line for line in notice)
    assert any("thời hạn: 6 tháng cuối năm 2022" in line for line in notice)
    plan = _lines(services, meeting_id, "plan", tmp_path)
    assert "tháng 3/2022" in plan and "Lý Thu Trang" in "\n".join(plan)


def test_an_english_technical_meeting(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "architecture-review-2024-05.json")
    minutes = _lines(services, meeting_id, "minutes", tmp_path)
    assert "Berlin, 15 May 2024" in minutes and "No. ARB-2024-17" in minutes
    assert "- Security Office (written comments): 3 contributions." in minutes
    assert (
        "- Throughput against the current broker: 5,200 msg/s, down 8% on the current broker (acceptable);"
        in minutes
    )
    assert "Vote: 4 of 4 in favour (100%)." in minutes
    assert "Next meeting: 28 May 2024, 15:00, Room 4.12. Go / no-go for the migration." in minutes
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert (
        "Assigned to Bob Okafor and Eve Johnson; before the go / no-go meeting; product: Runbook in the wiki."
        in notice
    )
    assert (
        "Assigned to Platform Engineering (lead) (Alice Martin) and all attendees; done at the meeting."
        in notice
    )
    path = export_meeting(services, meeting_id, "report", tmp_path / "report.docx",
                          options=Options(issued_on=date(2024, 6, 1)))  # fmt: skip
    overdue = table_with_header(docx.Document(str(path)), "Days overdue")
    assert [(row[2], row[3], row[4]) for row in overdue[1:]] == [
        ("Data Services Team", "24 May 2024", "8"),
        ("Bob Okafor and Eve Johnson", "before the go / no-go meeting", "5"),  # counted from 27 May
    ]


def test_a_figure_lacking_what_its_kind_needs_is_named_before_printing(
    services: Services, tmp_path: Path
) -> None:
    document = json.loads((DATA / "ubnd-giao-ban-2023-02.json").read_text(encoding="utf-8"))
    change = document["meeting"]["reports"][0]["figures"][1]
    change["compared_to"] = None  # "tăng 12% so với ...": compared with what, the record does not say
    path = tmp_path / "giao-ban.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    meeting = services.meetings.get(services.interchange.import_file(path))
    profile = PROFILES["ubnd-giao-ban-2023-02.json"][0]
    issues = {i.code: i for i in check(meeting, "minutes", profile, "state")}
    assert set(issues) == {"figures_incomplete"}
    assert issues["figures_incomplete"].items == ("Thu ngân sách so với cùng kỳ",)
    assert not {
        i.code for i in check(meeting, "conclusion", profile, "state")
    }  # the notice prints no figures
    from minutes.cli.export import issue_text

    assert "Thu ngân sách so với cùng kỳ" in issue_text(issues["figures_incomplete"])
