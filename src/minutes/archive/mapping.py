"""A recognised document as an interchange document (format version 1, docs/interchange.md).

People and units the directory matched are written with the directory's own spelling, so the importer
(which matches by exact name, and name + title for people) links them instead of creating copies. What
version 1 has no field for - the agenda, a contribution count, assigned people beyond the first, free-text
assignees, deadline wording and periods, the next meeting, the document date and place, signatures,
recipients, and every line that fits nowhere - is written into the meeting's notes, in the document's
language, so nothing of the document is dropped. Conclusion kinds and votes stay in the recognised
structure (the vote's sentence is already in the conclusion's text) until version 2 is mapped.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from minutes.archive.mapping_v2 import finish_v2, v2_task
from minutes.archive.model import Deadline, PersonRef, RecognisedMeeting, UnitRef
from minutes.errors import UserError

LIMITS = {"location": 300, "group_name": 500, "speaker_label": 500, "absence_reason": 500, "note": 500,
          "unit": 60, "reference_number": 100, "unit_name": 300, "full_name": 200, "title": 500}  # fmt: skip

WORDS = {
    "vi": {
        "agenda": "Chương trình", "count": "Số ý kiến phát biểu ghi trong văn bản", "deadlines": "Thời hạn như văn bản ghi",
        "assignees": "Người được giao", "next": "Cuộc họp tiếp theo", "document_date": "Ngày văn bản",
        "place": "Địa danh", "signers": "Ký", "recipients": "Nơi nhận", "other": "Nội dung khác của văn bản",
        "task": "Nhiệm vụ", "superior": "Cơ quan cấp trên", "too_long": "Ghi đầy đủ",
        "month": "chỉ rõ tháng", "date_wording": "Ngày họp như văn bản ghi",
    },
    "en": {
        "agenda": "Agenda", "count": "Number of contributions stated", "deadlines": "Deadlines as written",
        "assignees": "Assigned to", "next": "Next meeting", "document_date": "Document date", "place": "Place",
        "signers": "Signed", "recipients": "Distribution", "other": "Other text of the document", "task": "Task",
        "superior": "Superior body", "too_long": "In full", "month": "month only",
        "date_wording": "Meeting date as written",
    },
}  # fmt: skip


class NoMeetingDate(UserError):
    template = "{name}: no meeting date was found in the document, so it was not imported."


def _dec(value: Decimal | None) -> str | None:
    return (
        None if value is None else format(value.normalize() if value == value.to_integral() else value, "f")
    )


class _Builder:
    def __init__(self, rec: RecognisedMeeting, version: int = 1) -> None:
        self.rec = rec
        self.v2 = version == 2
        self.w = WORDS["en" if rec.language == "en" else "vi"]
        self.units: dict[str, dict[str, Any]] = {}
        self.guessed: set[str] = set()  # units whose spelling was guessed from capitals
        self.people: dict[tuple[str, str], dict[str, Any]] = {}
        self.notes: list[str] = []

    def unit(self, ref: UnitRef | None, parent: str | None = None) -> str | None:
        if ref is None or not ref.name.strip():
            return None
        name = (ref.directory_name or ref.name).strip()[: LIMITS["unit_name"]]
        key = name.casefold()
        guessed = ref.from_capitals and not ref.directory_name
        if key not in self.units:
            self.units[key] = {
                "key": f"u{len(self.units) + 1}",
                "name": name,
                "short_name": "",
                "parent": parent,
            }
            if guessed:
                self.guessed.add(key)
        elif key in self.guessed and not guessed:  # the header's capitals, the body's own spelling
            self.units[key]["name"] = name
            self.guessed.discard(key)
        return str(self.units[key]["key"])

    def person(self, ref: PersonRef | None) -> str | None:
        if ref is None or not ref.name.strip():
            return None
        if ref.person_id is not None or ref.directory_name:
            name, title = ref.directory_name or ref.name, ref.directory_title or ""
        else:
            name, title = ref.name, ref.title
        name, title = name.strip()[: LIMITS["full_name"]], title.strip()[: LIMITS["title"]]
        key = (name.casefold(), title.casefold())
        if key not in self.people:
            self.people[key] = {
                "key": f"p{len(self.people) + 1}",
                "full_name": name,
                "title": title,
                "unit": None,
            }
        return str(self.people[key]["key"])

    def fit(self, value: str | None, limit: str, what: str) -> str | None:
        """``value`` when it fits its field; otherwise it goes to the notes whole and the field stays empty."""
        if value is None:
            return None
        if len(value) <= LIMITS[limit]:
            return value
        self.notes.append(f"{self.w['too_long']} ({what}): {value}")
        return None


def to_interchange(
    rec: RecognisedMeeting, *, source_name: str | None = None, version: int = 1
) -> dict[str, Any]:
    """The interchange document of ``rec`` (format ``version`` 1, or 2 with :mod:`.mapping_v2`'s fields
    in their own places instead of the notes); raises :class:`NoMeetingDate` when it has no date."""
    b = _Builder(rec, version)
    w = b.w
    if rec.meeting_date is None:
        raise NoMeetingDate(name=source_name or rec.source_name)
    superior = None
    if rec.superior_body is not None and rec.superior_body.value.strip():
        superior = b.unit(UnitRef(rec.superior_body.value))
    organisation = b.unit(rec.organisation, parent=superior if rec.organisation and
                          rec.organisation.unit_id is None else None)  # fmt: skip
    if superior is not None and organisation is None:
        b.notes.append(f"{w['superior']}: {rec.superior_body.value if rec.superior_body else ''}")
    attendance = _attendance(b)
    reports = [
        {"presenter": b.person(r.presenter), "title": r.title, "summary": "\n".join(r.summary),
         "figures": [{"label": f.label, "value": _dec(f.value), "unit": b.fit(f.unit, "unit", f.label) or "",
                      "target": _dec(f.target), "percent": _dec(f.percent), "note": f.note} for f in r.figures]}
        for r in rec.reports
    ]  # fmt: skip
    contributions = [
        {"key": f"c{i}", "speaker": b.person(c.speaker),
         "speaker_label": b.fit(c.speaker_label, "speaker_label", "speaker") if c.speaker is None else None,
         "text": c.text, "spoken_at": None, "duration_seconds": None}
        for i, c in enumerate(rec.contributions)
    ]  # fmt: skip
    conclusions = [{"key": f"k{i}", "text": c.text} for i, c in enumerate(rec.conclusions)]
    groups = []
    flat = 0
    for g in rec.recommendation_groups:
        items = []
        for item in g.items:
            items.append({"key": f"r{flat}", "text": item.text, "response": item.response})
            flat += 1
        groups.append({"title": g.title, "items": items})
    tasks = _tasks(b, flat)
    _notes(b)
    title = (
        rec.title.value
        if rec.title is not None and rec.title.value.strip()
        else PurePath(rec.source_name).stem
    )
    meeting = {
        "title": title, "kind": rec.kind.value if rec.kind else "other",
        "reference_number": b.fit(rec.reference_number.value if rec.reference_number else "", "reference_number",
                                  "số") or "",
        "organisation": organisation, "date": rec.meeting_date.value.isoformat(),
        "start_time": rec.start_time.value.strftime("%H:%M") if rec.start_time else None,
        "end_time": rec.end_time.value.strftime("%H:%M") if rec.end_time else None,
        "location": b.fit(rec.location.value if rec.location else "", "location", "location") or "",
        "chair": b.person(rec.chair), "secretary": b.person(rec.secretary), "status": "draft",
        "notes": "\n".join(b.notes), "attendance": attendance, "reports": reports, "contributions": contributions,
        "conclusions": conclusions, "recommendation_groups": groups, "tasks": tasks,
    }  # fmt: skip
    data = {"format": "minutes.meeting", "format_version": 1, "units": list(b.units.values()),
            "people": list(b.people.values()), "meeting": meeting}  # fmt: skip
    return finish_v2(rec, data) if b.v2 else data


def _attendance(b: _Builder) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for a in b.rec.attendees:
        person = b.person(a.person)
        group = None if person else (a.group_name or "").strip() or None
        if person is None and group is None:
            continue
        if person is not None and person in seen:
            continue  # named twice (the list and the chair line): one row
        if person is not None:
            seen.add(person)
        if group is not None and len(group) > LIMITS["group_name"]:
            b.notes.append(group)
            continue
        rows.append({"person": person, "group_name": group, "role": a.role, "presence": a.presence,
                     "absence_reason": b.fit(a.absence_reason, "absence_reason", "absence"),
                     "note": b.fit(a.note, "note", "note")})  # fmt: skip
    return rows


def _deadline_date(deadline: Deadline | None) -> date | None:
    if deadline is None or deadline.kind in ("ongoing", "text"):
        return None
    return deadline.due


def _tasks(b: _Builder, recommendations: int) -> list[dict[str, Any]]:
    out = []
    w = b.w
    for i, t in enumerate(b.rec.tasks, start=1):
        source = None
        if t.source is not None:
            kind, index = t.source
            if kind == "conclusion" and 0 <= index < len(b.rec.conclusions):
                source = {"kind": "conclusion", "key": f"k{index}"}
            elif kind == "recommendation" and 0 <= index < recommendations:
                source = {"kind": "recommendation", "key": f"r{index}"}
        lead = b.unit(t.lead_unit)
        coords = [k for k in dict.fromkeys(b.unit(u) for u in t.coordinating_units) if k and k != lead]
        deadline = _deadline_date(t.deadline)
        extra = v2_task(b, t) if b.v2 else None
        if (
            t.deadline is not None
            and t.deadline.kind not in ("date", "before")
            and not (extra and extra["deadline"])
        ):
            b.notes.append(f"{w['deadlines']} - {w['task']} {i}: {t.deadline.wording}")
        if (len(t.assignees) > 1 or t.assignee_text) and extra is None:
            who = ", ".join([p.name + (f" - {p.title}" if p.title else "") for p in t.assignees] +
                            ([t.assignee_text] if t.assignee_text else []))  # fmt: skip
            b.notes.append(f"{w['assignees']} - {w['task']} {i}: {who}")
        out.append({
            "key": f"t{i}", "text": t.text.strip() or f"{w['task']} {i}", "source": source, "lead_unit": lead,
            "coordinating_units": coords, "responsible": b.person(t.assignees[0]) if t.assignees else None,
            "deadline": deadline.isoformat() if deadline else None, "priority": "medium",
            "expected_product": t.expected_product, "progress": 0, "completed_on": None, "cancelled_on": None,
            "cancel_reason": None, "updates": [], "events": [],
        })  # fmt: skip
        if extra is not None:
            out[-1]["_v2"] = extra
    return out


def _notes(b: _Builder) -> None:
    rec, w, notes = b.rec, b.w, b.notes
    head: list[str] = []
    if rec.meeting_date is not None and rec.meeting_date.precision == "month" and not b.v2:
        wording = rec.meeting_date.wording or f"{rec.meeting_date.value:%m/%Y}"
        head.append(f"{w['date_wording']}: {wording} ({w['month']})")
    if rec.agenda and not b.v2:
        head.append(f"{w['agenda']}:")
        head += [f"{i}. {item.value}" for i, item in enumerate(rec.agenda, start=1)]
    if rec.contribution_count is not None:
        head.append(f"{w['count']}: {rec.contribution_count.value}")
    from minutes.archive.mapping_v2 import document_dates, next_meeting_spec

    if rec.next_meeting is not None and not (b.v2 and next_meeting_spec(rec) is not None):
        head.append(f"{w['next']}: {rec.next_meeting.wording}")
    if rec.document_date is not None and (rec.meeting_date is None or
                                          rec.document_date.value != rec.meeting_date.value) \
            and not (b.v2 and document_dates(rec)):  # fmt: skip
        head.append(f"{w['document_date']}: {rec.document_date.value:%d/%m/%Y}")
    if rec.place is not None:
        head.append(f"{w['place']}: {rec.place.value}")
    for signer in rec.signers:
        head.append(f"{w['signers']}: {' - '.join(signer.lines)}{': ' if signer.lines and signer.name else ''}"
                    f"{signer.name}")  # fmt: skip
    if rec.recipients:
        head.append(f"{w['recipients']}: " + "; ".join(r.value for r in rec.recipients))
    tail = [left.text for left in rec.leftovers]
    if tail:
        tail.insert(0, f"{w['other']}:")
    notes[:0] = head
    notes += tail
