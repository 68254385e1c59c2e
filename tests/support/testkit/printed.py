"""Meetings the archive round trip prints and reads back, and how a meeting read back is compared.

The data are interchange version 1 documents (``richer_data``, ``ward_data``) so the same meetings can
be printed by this version and by the first one (tests/data/archive/printed-v1, made with that
version's code: keep this module free of anything the first version did not have).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minutes.services.dto import MeetingDetail


def richer_data() -> dict[str, Any]:
    """The example with the fields its article does not give: a secretary, times, a number, absences."""
    from minutes.services.demo import demo_data

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


def ward_data() -> dict[str, Any]:
    """A ward's giao ban recorded as a hurried clerk leaves it: a student and an untitled guest (no
    "Đồng chí" before them since documents tell only what the record says), a report without a title
    and one without a presenter, a speaker whose words were not recorded, a speaker named by a label, a
    task owned by a person, a task with no source and no owner, a recommendation no task answers in a
    group without a title, no secretary, no end time."""
    mt = {
        "title": "Giao ban Ủy ban nhân dân phường tháng 3 năm 2021", "kind": "regular", "reference_number": "",
        "organisation": "u1", "date": "2021-03-08", "start_time": "14:00", "end_time": None,
        "location": "Hội trường Ủy ban nhân dân phường", "chair": "p1", "secretary": None, "status": "draft",
        "notes": "",
        "attendance": [
            _attendee("p1", role="chair"), _attendee("p2", role="presenter"), _attendee("p3", role="guest"),
            _attendee("p4", role="guest"), {**_attendee(None), "group_name": "Tổ trưởng các tổ dân phố"},
            _attendee("p5", presence="absent", absence_reason="đi học"),
        ],
        "reports": [
            {"presenter": "p2", "title": "", "summary": "", "figures": []},
            {"presenter": None, "title": "Báo cáo tình hình trật tự xây dựng tháng 2", "summary": "",
             "figures": [{"label": "Công trình được cấp phép", "value": "14", "unit": "công trình",
                          "target": None, "percent": None, "note": None}]},
        ],
        "contributions": [
            _contribution("c1", "p3", text="Đề nghị công khai quy hoạch chi tiết."),
            _contribution("c2", "p4", text=""),
            _contribution("c3", None, label="Đại diện Tổ dân phố số 5",
                          text="Đề nghị sửa chữa hệ thống chiếu sáng ngõ 12."),
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
        "people": [{"key": k, "full_name": n, "title": t, "unit": "u1"} for k, n, t in people], "meeting": mt,
    }  # fmt: skip


#: The ward's organisation profile (dotted keys of ``minutes.export.profile``): a state body.
WARD_PROFILE: dict[str, Any] = {
    "family": "state", "superior_body": "UBND QUẬN THANH XUÂN", "issuing_body": "ỦY BAN NHÂN DÂN PHƯỜNG NHÂN CHÍNH",
    "collective": "Ủy ban nhân dân phường", "office": "Văn phòng HĐND và UBND phường", "place": "Thanh Xuân",
    "issuer_code": "UBND", "archive": "VT, VP", "conclusion.state.on_behalf": "T/M ỦY BAN NHÂN DÂN",
    "conclusion.state.right": "CHỦ TỊCH", "conclusion.recipients": ["Thường trực HĐND phường"],
    "minutes.recipients": ["Thường trực HĐND phường"],
}  # fmt: skip


def _attendee(person: str | None, **values: Any) -> dict[str, Any]:
    row = {"person": person, "group_name": None, "role": "member", "presence": "present", "absence_reason": None,
           "note": None}  # fmt: skip
    row.update(values)
    return row


def _contribution(key: str, speaker: str | None, *, text: str, label: str | None = None) -> dict[str, Any]:
    return {"key": key, "speaker": speaker, "speaker_label": label, "text": text, "spoken_at": None,
            "duration_seconds": None}  # fmt: skip


def _task(key: str, text: str, **values: Any) -> dict[str, Any]:
    task = {"key": key, "text": text, "source": None, "lead_unit": None, "coordinating_units": [],
            "responsible": None, "deadline": None, "priority": "medium", "expected_product": "", "progress": 0,
            "completed_on": None, "cancelled_on": None, "cancel_reason": None, "updates": [], "events": []}  # fmt: skip
    task.update(values)
    return task


# ------------------------------------------------------------------------------------------ comparing
def attendees(m: MeetingDetail) -> list[tuple[Any, ...]]:
    """In the order the minutes print them: those present (late arrivals marked), then the absent."""
    rows = sorted(m.attendance, key=lambda a: a.presence == "absent")
    return [(a.person_name or None, a.person_title or None, a.group_name, a.presence, a.absence_reason, a.note)
            for a in rows]  # fmt: skip


def reports(m: MeetingDetail, *, with_body: bool) -> list[tuple[Any, ...]]:
    out = []
    for r in m.reports:
        figures = [_figure(f) for f in r.figures] if with_body else []
        out.append((r.presenter_name, r.presenter_title, r.title, r.summary if with_body else "", figures))
    return out


def _figure(f: Any) -> tuple[Any, ...]:
    """A figure's printed facts. A rate stored as a value in per cent ("98", unit "%", no plan) prints as
    "98%", the same words as a share of 98%: the two are one statement and read back as the share."""
    if f.unit == "%" and f.target is None and f.percent is None and f.value is not None:
        return (f.label, None, "", None, f.value, f.note)
    return (f.label, f.value, f.unit, f.target, f.percent, f.note)


def contributions(m: MeetingDetail) -> list[tuple[Any, ...]]:
    return [(c.speaker_name, c.speaker_title, c.speaker_label, c.text) for c in m.contributions]


def groups(m: MeetingDetail) -> list[tuple[Any, ...]]:
    return [(g.title, [(r.text, r.response) for r in g.items]) for g in m.recommendation_groups]


def tasks(m: MeetingDetail, *, with_text: bool, with_person: bool = True) -> list[tuple[Any, ...]]:
    """Each task: text, lead unit, responsible person, coordinating units, deadline, product, and (from a
    notice, which prints tasks under what they answer) the conclusion or recommendation it answers."""

    def source(t: Any) -> Any:
        if t.source_kind == "conclusion":
            return ("conclusion", next(c.text for c in m.conclusions if c.id == t.source_id))
        if t.source_kind == "recommendation":
            items = [r for g in m.recommendation_groups for r in g.items]
            return ("recommendation", next(r.text for r in items if r.id == t.source_id))
        return None

    rows = [(t.text if with_text else "", t.lead_unit_name, t.responsible_name if with_person else "",
             sorted(t.coordinating_unit_names), t.deadline, t.expected_product, None if with_text else source(t))
            for t in m.tasks]  # fmt: skip
    return rows if with_text else sorted(rows, key=repr)
