"""Documents that tell the truth (issue 14, items 2 and 3): each meeting under its own organisation's
profile, nothing invented on a fresh database, Decree 30's signature forms on state documents, no false
or empty phrase in any document, reports counted to the date they are given, English in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import docx
import pytest
from docx.document import Document
from testkit.docx_read import cell_texts, full_text, reload, texts
from testkit.truth import assert_truthful

from minutes.errors import NoProfile, ProfileMissing, ReferenceDateMissing
from minutes.export.documents import Options, build, check, export_meeting
from minutes.export.phrases import honorific
from minutes.export.profile import DOC_KINDS, DocKind, OrgProfileData, with_value
from minutes.export.vnformat import FAMILIES, Family
from minutes.services import Services
from minutes.services.demo import demo_profile
from minutes.services.dto import MeetingDetail

TODAY = date(2021, 3, 1)
#: Names of the example's real organisation: a database that did not load the example never prints them.
REAL_NAMES = ("LONG BIÊN", "Long Biên", "HÀ NỘI", "Hà Nội", "QUẬN ỦY", "Quận ủy", "/QU", "-QU", "Long Bien")


def _doc(kind: str, meeting: MeetingDetail, family: Family, profile: OrgProfileData, tmp_path: Path,
         **kw: object) -> Document:  # fmt: skip
    kw.setdefault("as_of", TODAY)
    doc = build(kind, meeting, profile, family, **kw)  # type: ignore[arg-type]
    return reload(doc, tmp_path / f"{kind}-{family}.docx")


def profile_of(**values: object) -> OrgProfileData:
    data = OrgProfileData()
    for key, value in values.items():
        data = with_value(data, key.replace("__", "."), value)
    return data


UBND = profile_of(family="state", superior_body="UBND QUẬN THANH XUÂN", issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG NHÂN CHÍNH",
                  collective="Ủy ban nhân dân phường", office="Văn phòng HĐND và UBND phường", place="Thanh Xuân",
                  issuer_code="UBND", archive="VT, VP", conclusion__state__on_behalf="T/M ỦY BAN NHÂN DÂN",
                  conclusion__state__right="CHỦ TỊCH", plan__state__on_behalf="K/T CHỦ TỊCH",
                  plan__state__right="PHÓ CHỦ TỊCH", report__state__on_behalf="T/L CHỦ TỊCH",
                  report__state__right="CHÁNH VĂN PHÒNG", report__right_name="Lê Thị Hoa",
                  conclusion__recipients=["Thường trực HĐND phường", "Các tổ dân phố"])  # fmt: skip
DANG_UY = profile_of(family="party", superior_body="ĐẢNG BỘ QUẬN THANH XUÂN", issuing_body="ĐẢNG ỦY PHƯỜNG NHÂN CHÍNH",
                     collective="Ban Thường vụ Đảng ủy", office="Văn phòng Đảng ủy", place="Thanh Xuân",
                     issuer_code="ĐU", conclusion__party__on_behalf="TM. BAN THƯỜNG VỤ",
                     conclusion__party__right="BÍ THƯ", conclusion__recipients=["Các chi bộ trực thuộc"])  # fmt: skip


@pytest.fixture
def sparse(services: Services) -> Iterator[MeetingDetail]:
    """A meeting recorded the way a hurried clerk leaves it: untitled and "Báo cáo" reports, a student
    and an untitled guest, a speaker without words, tasks owned by a person or by nobody, a
    recommendation no task answers, no times, no place, no secretary."""
    s = services
    ward = s.directory.create_unit("Ủy ban nhân dân phường Nhân Chính", "UBND")
    chair = s.directory.create_person("Trần Văn Minh", "Chủ tịch UBND phường", ward)
    student = s.directory.create_person("Nguyễn Thị Lan", "Sinh viên Trường Đại học Luật")
    guest = s.directory.create_person("Phạm Văn Tư")
    officer = s.directory.create_person("Hoàng Văn Nam", "Công chức Địa chính - Xây dựng", ward)
    meeting = s.meetings.create("Giao ban tháng 3", date(2021, 3, 8), kind="regular", organisation_id=ward,
                                chair_id=chair)  # fmt: skip
    s.meetings.add_attendee(meeting, person_id=chair, role="chair")
    s.meetings.add_attendee(meeting, person_id=student, role="guest")
    s.meetings.add_attendee(meeting, person_id=guest, role="guest")
    s.meetings.add_attendee(meeting, person_id=officer)
    s.items.add_report(meeting, presenter_id=officer, title="")
    s.items.add_report(meeting, presenter_id=officer, title="Báo cáo")
    s.items.add_report(meeting, title="Báo cáo tình hình trật tự xây dựng tháng 2")
    s.items.add_contribution(meeting, speaker_id=student, text="Đề nghị công khai quy hoạch.")
    s.items.add_contribution(meeting, speaker_id=guest, text="")
    conclusion = s.items.add_conclusion(meeting, "Tăng cường kiểm tra trật tự xây dựng trên địa bàn.")
    group = s.items.add_group(meeting, "")
    rec = s.items.add_recommendation(group, "Bổ sung kinh phí chỉnh trang vỉa hè.")
    s.tasks.create(meeting, "Kiểm tra các công trình xây dựng không phép", source_kind="conclusion",
                   source_id=conclusion, responsible_id=officer)  # fmt: skip
    s.tasks.create(meeting, "Rà soát hồ sơ cấp phép", deadline=date(2021, 3, 31))
    assert rec
    yield s.meetings.get(meeting)


# ------------------------------------------------------------------------------- organisations, profiles
def test_a_fresh_database_names_no_organisation(
    services: Services, sparse: MeetingDetail, tmp_path: Path
) -> None:
    with pytest.raises(ProfileMissing) as asked:  # the first export asks for the unit's profile
        export_meeting(services, sparse.id, "minutes", tmp_path / "bb.docx")
    assert "Ủy ban nhân dân phường Nhân Chính" in asked.value.message and not (tmp_path / "bb.docx").exists()
    loose = services.meetings.create("Họp không ghi đơn vị", date(2021, 3, 9))
    with pytest.raises(NoProfile):
        export_meeting(services, loose, "minutes", tmp_path / "bb.docx")
    # even the blank built-in settings print no real organisation, in any document or layout
    for kind in DOC_KINDS:
        for family in FAMILIES:
            text = full_text(_doc(kind, sparse, family, OrgProfileData(), tmp_path))
            assert not [name for name in REAL_NAMES if name in text], (kind, family)


def test_each_meeting_prints_under_its_own_organisation(any_services: Services, any_fresh: Services,
                                                         tmp_path: Path) -> None:  # fmt: skip
    s = any_services
    ubnd = s.directory.create_unit("Ủy ban nhân dân phường Nhân Chính")
    dang_uy = s.directory.create_unit("Đảng ủy phường Nhân Chính")
    s.profile.save(UBND, unit_id=ubnd)
    s.profile.save(DANG_UY, unit_id=dang_uy)
    state_meeting = s.meetings.create("Giao ban UBND phường tháng 3", date(2021, 3, 8), organisation_id=ubnd)
    party_meeting = s.meetings.create(
        "Hội nghị Ban Thường vụ Đảng ủy", date(2021, 3, 9), organisation_id=dang_uy
    )
    assert any_fresh.profile.for_unit(ubnd).data == UBND  # type: ignore[union-attr]
    assert [p.name for p in any_fresh.profile.list()] == [
        "Đảng ủy phường Nhân Chính",
        "Ủy ban nhân dân phường Nhân Chính",
    ]
    assert not any(p.is_default for p in any_fresh.profile.list())  # a unit's profile is nobody's default
    state = texts(
        docx.Document(str(export_meeting(any_fresh, state_meeting, "minutes", tmp_path / "ubnd.docx")))
    )
    party = texts(
        docx.Document(str(export_meeting(any_fresh, party_meeting, "minutes", tmp_path / "du.docx")))
    )
    assert state[:2] == ["UBND QUẬN THANH XUÂN", "ỦY BAN NHÂN DÂN PHƯỜNG NHÂN CHÍNH"]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in state and "Số:      /BB-UBND" in state
    assert not any("ĐẢNG" in line for line in state)
    assert party[:2] == ["ĐẢNG BỘ QUẬN THANH XUÂN", "ĐẢNG ỦY PHƯỜNG NHÂN CHÍNH"]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in party and "Số      -BB/ĐU" in party
    assert not any("ỦY BAN NHÂN DÂN" in line or "CỘNG HÒA" in line for line in party)
    # --profile: the same meeting under another profile, by name
    other = export_meeting(any_fresh, state_meeting, "minutes", tmp_path / "x.docx",
                           options=Options(profile="Đảng ủy phường Nhân Chính"))  # fmt: skip
    assert "ĐẢNG ỦY PHƯỜNG NHÂN CHÍNH" in texts(docx.Document(str(other)))


def test_linking_a_unit_to_an_existing_profile(services: Services, fresh: Services) -> None:
    first = services.directory.create_unit("Ủy ban nhân dân phường Nhân Chính")
    second = services.directory.create_unit("Văn phòng HĐND và UBND phường Nhân Chính")
    record = services.profile.save(UBND, unit_id=first)
    assert fresh.profile.for_unit(second) is None
    services.profile.link(second, record.id)  # type: ignore[arg-type]
    shared = fresh.profile.for_unit(second)
    assert shared is not None and shared.id == record.id and shared.unit_ids == (first, second)
    assert services.profile.find_unit("uy ban nhan chinh").id == first  # words, accents optional


def test_the_example_brings_its_own_profile(services: Services, fresh: Services) -> None:
    meeting = services.meetings.get(services.demo.load())
    record = fresh.profile.for_unit(meeting.organisation_id)  # type: ignore[arg-type]
    assert record is not None and record.data == demo_profile() and record.name == "Quận ủy Long Biên"
    assert fresh.profile.get_default().id is None  # and makes no default: other meetings still ask
    services.profile.set_value("place", "Gia Lâm", unit_id=meeting.organisation_id)
    services.demo.load()  # loading it again keeps the clerk's changes
    assert fresh.profile.for_unit(meeting.organisation_id).data.place == "Gia Lâm"  # type: ignore[union-attr,arg-type]


# -------------------------------------------------------------------------------------- Decree 30 forms
@pytest.mark.parametrize("kind", ["conclusion", "plan", "report"])
def test_state_documents_use_decree_30_signature_forms(
    sparse: MeetingDetail, kind: DocKind, tmp_path: Path
) -> None:
    doc = _doc(kind, sparse, "state", UBND, tmp_path, issued_on=date(2021, 3, 10))
    lines = texts(doc)
    expected = {"conclusion": ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "plan": ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "report": ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")}[kind]  # fmt: skip
    at = lines.index(expected[0])
    assert lines[at + 1] == expected[1]
    assert not any(re.match(r"^(T/M|K/T|T/L|T/UQ)\b", line) for line in lines)  # Party marks never here
    listed = lines[lines.index("Nơi nhận:") + 1 : at]
    recipients = [line for line in listed if line.startswith("- ")]
    assert recipients[-1] == "- Lưu: VT, VP."  # Decree 30: the records office first, then the codes
    assert all(line.endswith(";") for line in recipients[:-1])
    if kind == "conclusion":
        assert recipients == ["- Thường trực HĐND phường;", "- Các tổ dân phố;", "- Lưu: VT, VP."]


def test_acting_and_party_forms(sparse: MeetingDetail, tmp_path: Path) -> None:
    acting = with_value(UBND, "conclusion.state.on_behalf", "Q. CHỦ TỊCH")
    acting = with_value(acting, "conclusion.state.right", "")
    lines = texts(_doc("conclusion", sparse, "state", acting, tmp_path))
    assert "Q. CHỦ TỊCH" in lines and lines[-1] == "Trần Văn Minh"
    party = texts(_doc("conclusion", sparse, "party", DANG_UY, tmp_path))
    assert "T/M BAN THƯỜNG VỤ" in party and "TM. BAN THƯỜNG VỤ" not in party  # HD 36's own marks
    start = party.index("Nơi nhận:")
    assert party[start + 1 : start + 3] == ["- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."]


def test_an_empty_signer_role_keeps_the_name(sparse: MeetingDetail, tmp_path: Path) -> None:
    lines = texts(_doc("conclusion", sparse, "state", OrgProfileData(), tmp_path))
    assert lines[-1] == "Trần Văn Minh"  # the chair signs; no role was given, none is invented
    plan = _doc("plan", sparse, "state", OrgProfileData(), tmp_path)
    signature = next(t for t in plan.tables if "Trần Văn Minh" in cell_texts(t)[0][1])
    assert cell_texts(signature)[0][1].strip() == "Trần Văn Minh"
    issues = [i.code for i in check(sparse, "conclusion", OrgProfileData(), "state")]
    assert "no_signer_role" in issues and "no_issuing_body" in issues


# ------------------------------------------------------------------------------------ no false phrase
@pytest.mark.parametrize("family", FAMILIES)
def test_no_document_of_the_example_says_what_the_data_does_not(services: Services, family: Family,
                                                                tmp_path: Path) -> None:  # fmt: skip
    meeting = services.meetings.get(services.demo.load())
    for kind in DOC_KINDS:
        assert_truthful(
            texts(_doc(kind, meeting, family, demo_profile(), tmp_path)), where=f"{kind} {family}"
        )


@pytest.mark.parametrize("family", FAMILIES)
def test_no_document_of_a_sparse_meeting_says_what_the_data_does_not(sparse: MeetingDetail, family: Family,
                                                                     tmp_path: Path) -> None:  # fmt: skip
    profile = UBND if family != "party" else DANG_UY
    for kind in DOC_KINDS:
        lines = texts(_doc(kind, sparse, family, profile, tmp_path, issued_on=date(2021, 3, 10)))
        # "Đồng chí" only where the record gives an office: not before the student or the untitled guest
        assert_truthful(lines, ("Đồng chí Nguyễn Thị Lan", "đồng chí Nguyễn Thị Lan", "Đồng chí Phạm Văn Tư",
                                "đồng chí Phạm Văn Tư"), where=f"{kind} {family}")  # fmt: skip
    minutes = texts(_doc("minutes", sparse, family, profile, tmp_path))
    text = "\n".join(minutes)
    if family != "plain":
        assert "- Đồng chí Trần Văn Minh - Chủ tịch UBND phường;" in minutes
        assert "- Nguyễn Thị Lan - Sinh viên Trường Đại học Luật;" in minutes
        assert "Đồng chí Hoàng Văn Nam - Công chức Địa chính - Xây dựng trình bày báo cáo." in minutes
        assert "- Phạm Văn Tư phát biểu." in minutes  # spoke; the words were not recorded
        assert "Báo cáo tình hình trật tự xây dựng tháng 2." in minutes
    # the task owned by a person names that person; the task owned by nobody names nobody
    table = cell_texts(next(t for t in docx.Document(str(tmp_path / f"minutes-{family}.docx")).tables
                            if len(t.columns) == 6))  # fmt: skip
    assert table[1][2] == "Hoàng Văn Nam" and table[2][2] == ""
    assert "Chưa giao" not in text


def test_the_notice_of_a_sparse_meeting(sparse: MeetingDetail, tmp_path: Path) -> None:
    lines = texts(_doc("conclusion", sparse, "state", UBND, tmp_path))
    assert "1. Tăng cường kiểm tra trật tự xây dựng trên địa bàn." in lines
    assert "Giao đồng chí Hoàng Văn Nam chủ trì thực hiện." in lines  # the person the task names
    assert "- Rà soát hồ sơ cấp phép. Thời hạn: trước ngày 31/03/2021." in lines
    assert "(1) Bổ sung kinh phí chỉnh trang vỉa hè." in lines  # no task answers it: only its words
    heard = next(line for line in lines if line.startswith("Sau khi nghe"))
    assert heard == ("Sau khi nghe đồng chí Hoàng Văn Nam - Công chức Địa chính - Xây dựng báo cáo; báo cáo tình "
                     "hình trật tự xây dựng tháng 2 và 2 ý kiến phát biểu của các đại biểu dự họp, đồng chí Trần Văn "
                     "Minh - Chủ tịch UBND phường kết luận như sau:")  # fmt: skip


def test_checks_speak_for_the_document_at_hand(sparse: MeetingDetail) -> None:
    minutes = {i.code for i in check(sparse, "minutes", UBND, "state")}
    # the guest's contribution has no text but a speaker: printed as "spoke", a complete record
    assert minutes == {"no_secretary", "no_start_time", "no_end_time", "no_location"}
    notice = {i.code: i for i in check(sparse, "conclusion", UBND, "state")}
    assert set(notice) == {"recommendation_unanswered", "tasks_without_assignee", "tasks_without_deadline"}
    assert notice["tasks_without_assignee"].items == ("Rà soát hồ sơ cấp phép",)
    plan = {i.code for i in check(sparse, "plan", UBND, "state")}
    assert plan == {"tasks_without_assignee", "tasks_without_deadline", "tasks_without_product"}
    report = {i.code for i in check(sparse, "report", UBND, "state")}
    assert report == {"tasks_without_deadline"}  # never "coordinating units" or "product" there


# ------------------------------------------------------------------------------------- dates, numbers
def test_the_status_report_counts_to_its_reference_date(services: Services, tmp_path: Path) -> None:
    meeting = services.meetings.get(services.demo.load())
    first = meeting.tasks[0]  # due 28/02/2021
    services.tasks.complete(first.id, date(2021, 2, 20))
    meeting = services.meetings.get(meeting.id)
    with pytest.raises(ReferenceDateMissing):
        build("report", meeting, demo_profile(), "party")
    doc = _doc("report", meeting, "party", demo_profile(), tmp_path, as_of=None, issued_on=date(2021, 1, 22))
    lines = texts(doc)
    assert "Long Biên, ngày 22 tháng 01 năm 2021" in lines
    assert "(Kỳ báo cáo: từ ngày 19/01/2021 đến ngày 22/01/2021)" in lines
    assert "01/03/2021" not in full_text(doc)  # the clock's day appears nowhere
    totals = cell_texts(doc.tables[1])[-1]
    # on 22/01 nothing was done yet (the completion of 20/02 is later) and nothing was overdue
    assert totals == ["", "Tổng cộng", "6", "0", "0", "0", "0", "6", "0"]
    assert "Không có nhiệm vụ quá hạn." in lines
    later = texts(_doc("report", meeting, "party", demo_profile(), tmp_path, as_of=date(2021, 3, 1)))
    assert any("hoàn thành đúng hạn 1" in line for line in later)


def test_days_overdue_with_vietnamese_grouping(services: Services, tmp_path: Path) -> None:
    meeting = services.meetings.get(services.demo.load())
    lines = texts(_doc("report", meeting, "party", demo_profile(), tmp_path, as_of=date(2026, 12, 6)))
    overdue = cell_texts(docx.Document(str(tmp_path / "report-party.docx")).tables[2])
    days = {row[4] for row in overdue[1:]}
    assert "2.107" in days and all(re.fullmatch(r"\d{1,3}(\.\d{3})*", d) for d in days)
    assert "(Kỳ báo cáo: từ ngày 19/01/2021 đến ngày 06/12/2026)" in lines


def test_english_documents_use_english_dates_and_no_vietnamese_codes(
    services: Services, tmp_path: Path
) -> None:
    meeting = services.meetings.get(services.demo.load())
    services.meetings.update(meeting.id, start_time=time(8, 0))
    meeting = services.meetings.get(meeting.id)
    for kind in DOC_KINDS:
        text = full_text(_doc(kind, meeting, "plain", demo_profile(), tmp_path, issued_on=date(2021, 1, 25),
                              number=3, as_of=None))  # fmt: skip
        assert not re.search(r"\b\d{2}/\d{2}/\d{4}\b", text), kind  # no dd/mm/yyyy
        assert not re.search(r"\bSố\b|/(BB|TB|KH|BC)\b|-(BB|TB|KH|BC)/", text), kind
        assert "No. 03" in text, kind
        assert "19 January 2021" in text or kind == "report", kind
    plan = full_text(_doc("plan", meeting, "plain", demo_profile(), tmp_path))
    assert "28 February 2021" in plan and "(Attached to the task plan)" in plan
    unnumbered = texts(_doc("minutes", meeting, "plain", demo_profile(), tmp_path))
    assert [line for line in unnumbered if line.startswith("No.")] == ["No."]  # the table's column only


def test_honorific_follows_the_record() -> None:
    party = demo_profile()
    assert honorific(party, "party", "Bí thư Đảng ủy phường") == "Đồng chí"
    assert honorific(party, "party", "Sinh viên năm thứ ba") == ""
    assert honorific(party, "party", "") == ""  # nothing recorded, nothing claimed
    assert honorific(party, "plain", "Bí thư") == ""
    assert honorific(with_value(party, "honorific", ""), "state", "Chủ tịch") == ""


def test_the_clock_is_not_the_reference_date_on_the_command_line(tmp_path: Path, services: Services) -> None:
    services.demo.load()
    assert services.db.today() == TODAY
    with pytest.raises(ReferenceDateMissing):
        export_meeting(services, 1, "report", tmp_path / "bc.docx")
    path = export_meeting(
        services, 1, "report", tmp_path / "bc.docx", options=Options(issued_on=date(2021, 1, 22))
    )
    assert "(Kỳ báo cáo: từ ngày 19/01/2021 đến ngày 22/01/2021)" in texts(docx.Document(str(path)))


def test_a_layout_other_than_the_profiles_is_flagged(sparse: MeetingDetail) -> None:
    state_of_party = {i.code: i for i in check(sparse, "minutes", DANG_UY, "state")}
    assert state_of_party["layout_not_the_profiles"].text == "party"  # a Party body beside the Quốc hiệu
    assert "layout_not_the_profiles" not in {i.code for i in check(sparse, "minutes", DANG_UY, "party")}
    assert "layout_not_the_profiles" not in {i.code for i in check(sparse, "minutes", DANG_UY, "plain")}


def test_a_report_cannot_count_past_its_own_date(services: Services) -> None:
    from minutes.errors import ValidationError

    meeting = services.meetings.get(services.demo.load())
    with pytest.raises(ValidationError, match="after the date of the report"):
        build("report", meeting, demo_profile(), "party", issued_on=date(2021, 1, 25), as_of=date(2021, 3, 1))
