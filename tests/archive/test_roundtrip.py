"""Round trip: a biên bản or a conclusion notice this app printed comes back as the same meeting.

For the example meeting (and the example with what it lacks: secretary, times, number, absences, a
late arrival, a response) in every family, each document is built as the export builds it, imported
into an empty database, read back through a fresh connection and compared field by field with the
meeting it was printed from: what the document prints must come back in the field it came from.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from minutes.archive.mapping import to_interchange
from minutes.archive.store import ArchiveService
from minutes.export.documents import build
from minutes.export.profile import OrgProfileData, with_value
from minutes.export.vnformat import Family
from minutes.services import Services
from minutes.services.demo import demo_data, demo_profile
from minutes.services.dto import MeetingDetail
from minutes.services.interchange import validate

FAMILIES: tuple[Family, ...] = ("state", "party", "plain")


def profile_of(**values: object) -> OrgProfileData:
    data = OrgProfileData()
    for key, value in values.items():
        data = with_value(data, key.replace("__", "."), value)
    return data


def _richer() -> dict[str, Any]:
    """The example with the fields its article does not give: a secretary, times, a number, absences."""
    data = copy.deepcopy(demo_data())
    data["people"] += [
        {
            "key": "p4",
            "full_name": "Trần Thị Thu Hằng",
            "title": "Chuyên viên Văn phòng Quận ủy",
            "unit": "u3",
        },
        {"key": "p5", "full_name": "Lê Văn Dũng", "title": "Ủy viên Ban Thường vụ Quận ủy", "unit": "u1"},
        {"key": "p6", "full_name": "Phạm Quang Huy", "title": "Trưởng phòng Quản lý đô thị", "unit": "u5"},
    ]
    mt = data["meeting"]
    mt.update(secretary="p4", start_time="08:00", end_time="11:30", reference_number="05-BB/QU")
    mt["attendance"] += [
        {"person": "p4", "group_name": None, "role": "secretary", "presence": "present", "absence_reason": None,
         "note": None},
        {"person": "p5", "group_name": None, "role": "member", "presence": "absent",
         "absence_reason": "đi công tác", "note": None},
        {"person": "p6", "group_name": None, "role": "guest", "presence": "late", "absence_reason": None,
         "note": None},
    ]  # fmt: skip
    mt["recommendation_groups"][0]["items"][0]["response"] = "Ban Quản lý dự án trả lời tại hội nghị."
    return data


def _ward() -> dict[str, Any]:
    """A ward's giao ban recorded as a hurried clerk leaves it, in what this application prints since
    documents tell only what the record says: a student and an untitled guest (no "Đồng chí"), a report
    without a title and one without a presenter, a speaker whose words were not recorded, a
    speaker named by a label, a task owned by a person, a task with no source and no owner, a
    recommendation no task answers in a group without a title, no secretary, no end time."""
    person = {"unit": "u1"}
    mt = {
        "title": "Giao ban Ủy ban nhân dân phường tháng 3 năm 2021", "kind": "regular", "reference_number": "",
        "organisation": "u1", "date": "2021-03-08", "start_time": "14:00", "end_time": None,
        "location": "Hội trường Ủy ban nhân dân phường", "chair": "p1", "secretary": None, "status": "draft",
        "notes": "",
        "attendance": [
            {"person": "p1", "group_name": None, "role": "chair", "presence": "present", "absence_reason": None,
             "note": None},
            {"person": "p2", "group_name": None, "role": "presenter", "presence": "present",
             "absence_reason": None, "note": None},
            {"person": "p3", "group_name": None, "role": "guest", "presence": "present", "absence_reason": None,
             "note": None},
            {"person": "p4", "group_name": None, "role": "guest", "presence": "present", "absence_reason": None,
             "note": None},
            {"person": None, "group_name": "Tổ trưởng các tổ dân phố", "role": "member", "presence": "present",
             "absence_reason": None, "note": None},
            {"person": "p5", "group_name": None, "role": "member", "presence": "absent",
             "absence_reason": "đi học", "note": None},
        ],
        "reports": [
            {"presenter": "p2", "title": "", "summary": "", "figures": []},
            {"presenter": None, "title": "Báo cáo tình hình trật tự xây dựng tháng 2", "summary": "",
             "figures": [{"label": "Công trình được cấp phép", "value": "14", "unit": "công trình",
                          "target": None, "percent": None, "note": None}]},
        ],
        "contributions": [
            {"key": "c1", "speaker": "p3", "speaker_label": None, "text": "Đề nghị công khai quy hoạch chi tiết.",
             "spoken_at": None, "duration_seconds": None},
            {"key": "c2", "speaker": "p4", "speaker_label": None, "text": "", "spoken_at": None,
             "duration_seconds": None},
            {"key": "c3", "speaker": None, "speaker_label": "Đại diện Tổ dân phố số 5",
             "text": "Đề nghị sửa chữa hệ thống chiếu sáng ngõ 12.", "spoken_at": None, "duration_seconds": None},
        ],
        "conclusions": [
            {"key": "k1", "text": "Tăng cường kiểm tra trật tự xây dựng trên địa bàn."},
            {"key": "k2", "text": "Các tổ dân phố tuyên truyền người dân chấp hành quy định về xây dựng."},
        ],
        "recommendation_groups": [
            {"title": "", "items": [{"key": "r1", "text": "Bổ sung kinh phí chỉnh trang vỉa hè.", "response": None}]},
            {"title": "Về an ninh trật tự", "items": [
                {"key": "r2", "text": "Tăng cường tuần tra ban đêm tại khu vực chợ.", "response": None}]},
        ],
        "tasks": [
            _task("t1", "Kiểm tra các công trình xây dựng không phép", source={"kind": "conclusion", "key": "k1"},
                  responsible="p2", deadline="2021-03-31"),
            _task("t2", "Rà soát hồ sơ cấp phép", deadline="2021-04-15"),
            _task("t3", "Bố trí lực lượng tuần tra ban đêm tại khu vực chợ",
                  source={"kind": "recommendation", "key": "r2"}, lead_unit="u2", coordinating_units=["u3"],
                  deadline="2021-03-20", expected_product="Kế hoạch tuần tra"),
        ],
    }  # fmt: skip
    people = [("p1", "Trần Văn Minh", "Chủ tịch UBND phường"), ("p2", "Hoàng Văn Nam", "Công chức Địa chính - Xây dựng"),
              ("p3", "Nguyễn Thị Lan", "Sinh viên Trường Đại học Luật"), ("p4", "Phạm Văn Tư", ""),
              ("p5", "Lê Thị Hồng", "Sinh viên Học viện Hành chính")]  # fmt: skip
    units = [("u1", "Ủy ban nhân dân phường Nhân Chính"), ("u2", "Công an phường Nhân Chính"),
             ("u3", "Đội Quản lý trật tự xây dựng đô thị")]  # fmt: skip
    return {
        "format": "minutes.meeting", "format_version": 1,
        "units": [{"key": k, "name": n, "short_name": "", "parent": None} for k, n in units],
        "people": [{"key": k, "full_name": n, "title": t, **person} for k, n, t in people], "meeting": mt,
    }  # fmt: skip


def _task(key: str, text: str, **values: Any) -> dict[str, Any]:
    task = {"key": key, "text": text, "source": None, "lead_unit": None, "coordinating_units": [],
            "responsible": None, "deadline": None, "priority": "medium", "expected_product": "", "progress": 0,
            "completed_on": None, "cancelled_on": None, "cancel_reason": None, "updates": [], "events": []}  # fmt: skip
    task.update(values)
    return task


#: The ward's profile: a state body (Decree 30: TM., Lưu: VT).
WARD = profile_of(family="state", superior_body="UBND QUẬN THANH XUÂN", issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG NHÂN CHÍNH",
                  collective="Ủy ban nhân dân phường", office="Văn phòng HĐND và UBND phường", place="Thanh Xuân",
                  issuer_code="UBND", archive="VT, VP", conclusion__state__on_behalf="T/M ỦY BAN NHÂN DÂN",
                  conclusion__state__right="CHỦ TỊCH", conclusion__recipients=["Thường trực HĐND phường"])  # fmt: skip


@dataclass(frozen=True)
class Printed:
    """A meeting and the profile its documents are printed under (its organising unit's)."""

    meeting: MeetingDetail
    profile: OrgProfileData


@pytest.fixture(params=["example", "richer", "ward"])
def printed(request: pytest.FixtureRequest, services: Services) -> Printed:
    if request.param == "example":  # the example brings its own profile
        meeting = services.meetings.get(services.demo.load())
        return Printed(meeting, services.profile.for_meeting(meeting).data)
    data, profile = (_richer(), demo_profile()) if request.param == "richer" else (_ward(), WARD)
    meeting = services.meetings.get(services.interchange.import_data(data))
    assert meeting.organisation_id is not None
    services.profile.save(profile, unit_id=meeting.organisation_id)  # as the first export would ask
    return Printed(meeting, services.profile.for_meeting(meeting).data)


def _import(importer: ArchiveService, source: Printed, kind: str, family: Family, tmp_path: Path) -> int:
    doc = build(kind, source.meeting, source.profile, family, issued_on=date(2021, 3, 10))  # type: ignore[arg-type]
    path = tmp_path / f"{kind}-{family}.docx"
    doc.save(str(path))
    item = importer.recognise_file(path)
    validate(to_interchange(item.meeting))  # what is saved without a schema check is valid
    return importer.save(item)


def _person(name: str, title: str) -> tuple[str, str]:
    return (name, title)


def _attendees(m: MeetingDetail) -> list[tuple[Any, ...]]:
    """In the order the minutes print them: those present (late arrivals marked), then the absent."""
    rows = sorted(m.attendance, key=lambda a: a.presence == "absent")
    return [(a.person_name or None, a.person_title or None, a.group_name, a.presence, a.absence_reason, a.note)
            for a in rows]  # fmt: skip


def _reports(m: MeetingDetail, *, with_body: bool) -> list[tuple[Any, ...]]:
    out = []
    for r in m.reports:
        figures = (
            [(f.label, f.value, f.unit, f.target, f.percent, f.note) for f in r.figures] if with_body else []
        )
        out.append((r.presenter_name, r.presenter_title, r.title, r.summary if with_body else "", figures))
    return out


def _groups(m: MeetingDetail) -> list[tuple[Any, ...]]:
    return [(g.title, [(r.text, r.response) for r in g.items]) for g in m.recommendation_groups]


def _tasks(m: MeetingDetail, *, with_text: bool) -> list[tuple[Any, ...]]:
    def source(t: Any) -> Any:
        if t.source_kind == "conclusion":
            return ("conclusion", next(c.text for c in m.conclusions if c.id == t.source_id))
        if t.source_kind == "recommendation":
            items = [r for g in m.recommendation_groups for r in g.items]
            return ("recommendation", next(r.text for r in items if r.id == t.source_id))
        return None

    rows = [(t.text if with_text else "", t.lead_unit_name, t.responsible_name, sorted(t.coordinating_unit_names),
             t.deadline, t.expected_product, None if with_text else source(t)) for t in m.tasks]  # fmt: skip
    return rows if with_text else sorted(rows, key=repr)


@pytest.mark.parametrize("family", FAMILIES)
def test_minutes_come_back_as_the_same_meeting(
    printed: Printed, family: Family, importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    meeting = printed.meeting
    back = target_fresh.meetings.get(_import(importer, printed, "minutes", family, tmp_path))
    assert back.title == meeting.title
    assert back.meeting_date == meeting.meeting_date
    assert back.kind == meeting.kind
    assert (back.start_time, back.end_time) == (meeting.start_time, meeting.end_time)
    assert back.location == meeting.location
    assert back.reference_number == meeting.reference_number
    assert (back.chair_name, back.chair_title) == (meeting.chair_name, meeting.chair_title)
    assert (back.secretary_name, back.secretary_title) == (meeting.secretary_name, meeting.secretary_title)
    assert _attendees(back) == _attendees(meeting)
    assert _reports(back, with_body=True) == _reports(meeting, with_body=True)
    assert [(c.speaker_name, c.speaker_title, c.speaker_label, c.text) for c in back.contributions] == [
        (c.speaker_name, c.speaker_title, c.speaker_label, c.text) for c in meeting.contributions
    ]
    assert [c.text for c in back.conclusions] == [c.text for c in meeting.conclusions]
    assert _groups(back) == _groups(meeting)
    assert _tasks(back, with_text=True) == _tasks(meeting, with_text=True)
    # the chair and presenter keep their roles on the list
    roles = {a.person_name: a.role for a in back.attendance if a.person_name}
    assert roles[meeting.chair_name] == "chair"
    assert roles[meeting.reports[0].presenter_name] == "presenter"


@pytest.mark.parametrize("family", FAMILIES)
def test_a_notice_comes_back_with_everything_it_prints(
    printed: Printed, family: Family, importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    """A notice prints no attendance, figures or words of contributions: the rest comes back, each task
    linked to the conclusion or recommendation it was printed under."""
    meeting = printed.meeting
    meeting_id = _import(importer, printed, "conclusion", family, tmp_path)
    back = target_fresh.meetings.get(meeting_id)
    assert back.title == meeting.title
    assert back.meeting_date == meeting.meeting_date
    assert back.kind == meeting.kind
    assert (back.chair_name, back.chair_title) == (meeting.chair_name, meeting.chair_title)
    assert _reports(back, with_body=False) == _reports(meeting, with_body=False)
    assert [c.text for c in back.conclusions] == [c.text for c in meeting.conclusions]
    assert _groups(back) == _groups(meeting)
    assert _tasks(back, with_text=False) == _tasks(meeting, with_text=False)
    # the number of contributions (words not printed) is kept for the clerk
    count = len(meeting.contributions)
    assert f": {count}" in back.notes
    assert back.attendance == [] and back.contributions == []


def test_generated_meetings_come_back(
    tmp_path: Path, importer: ArchiveService, target_fresh: Services
) -> None:
    """Meetings of the benchmarks' generator (up to 200 contributions, dozens of figures, other names and
    units than the example) printed as minutes come back: every attendee, figure, contribution,
    conclusion and recommendation, and every task of the task table (a conclusion that assigns work in its
    own words may add a task the table does not list: the document states it)."""
    from benchmarks.generate import generate

    from minutes.services import Actor, Database

    path = tmp_path / "generated.sqlite3"
    generate(str(path), scale=0.002, seed=3)
    database = Database(str(path), clock=lambda: date(2021, 3, 1))
    try:
        services = Services(database, Actor("t"))
        summaries = services.meetings.list_meetings()
        chosen = [s.id for s in summaries if s.id in (2, 4, 7)]
        assert len(chosen) == 3
        for meeting_id in chosen:
            meeting = services.meetings.get(meeting_id)
            unit = meeting.organisation_id
            assert unit is not None
            if services.profile.for_unit(unit) is None:  # the generator makes no profiles: a clerk would
                services.profile.save(profile_of(family="party", issuing_body=meeting.organisation_name.upper(),
                                                 collective=meeting.organisation_name), unit_id=unit)  # fmt: skip
            source = Printed(meeting, services.profile.for_meeting(meeting).data)
            back = target_fresh.meetings.get(_import(importer, source, "minutes", "party", tmp_path))
            assert _attendees(back) == _attendees(meeting)
            assert _reports(back, with_body=True) == _reports(meeting, with_body=True)
            assert [(c.speaker_name, c.speaker_label, c.text) for c in back.contributions] == [
                (c.speaker_name, c.speaker_label, c.text) for c in meeting.contributions
            ]
            assert [c.text for c in back.conclusions] == [c.text for c in meeting.conclusions]
            assert _groups(back) == _groups(meeting)
            table = {(t.text, t.lead_unit_name, t.deadline) for t in back.tasks}
            assert {(t.text, t.lead_unit_name, t.deadline) for t in meeting.tasks} <= table
    finally:
        database.close()
