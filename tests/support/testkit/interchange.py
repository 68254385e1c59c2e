"""Interchange documents compared by what they say, not by their keys: every reference is replaced by
what it names (a unit by its name, a person by full name, an agenda item by its title, a task's source by
its kind and text). ``resolve(document)`` and ``facts(services, meeting_id)`` (read through the services'
DTOs) give the same structure, so a file, its dump and the services' view of the import can be compared."""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal
from typing import Any

from minutes.services import Services

_HHMM = re.compile(r"^\d\d:\d\d$")


def _time(value: str | time | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    return f"{value}:00" if _HHMM.match(value) else value


def _dec(value: str | Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _day(value: date | None, precision: str = "day") -> str | None:
    if value is None:
        return None
    return value.isoformat()[:7] if precision == "month" else value.isoformat()


def resolve(doc: dict[str, Any]) -> dict[str, Any]:
    units = {u["key"]: u for u in doc["units"]}
    people = {p["key"]: p for p in doc["people"]}
    md = doc["meeting"]
    agenda = {a["key"]: a["title"] for a in md["agenda"]}

    def unit(key: str | None) -> str | None:
        return units[key]["name"] if key else None

    def person(key: str | None) -> str | None:
        return people[key]["full_name"] if key else None

    sources = {("contribution", c["key"]): c["text"] for c in md["contributions"]}
    sources |= {("conclusion", k["key"]): k["text"] for k in md["conclusions"]}
    sources |= {
        ("recommendation", r["key"]): r["text"] for g in md["recommendation_groups"] for r in g["items"]
    }
    return {
        "title": md["title"],
        "kind": md["kind"],
        "reference_number": md["reference_number"],
        "organisation": unit(md["organisation"]),
        "date": md["date"],
        "times": (_time(md["start_time"]), _time(md["end_time"])),
        "location": md["location"],
        "chair": person(md["chair"]),
        "secretary": person(md["secretary"]),
        "status": md["status"],
        "notes": md["notes"],
        "next_meeting": None
        if md["next_meeting"] is None
        else {**md["next_meeting"], "time": _time(md["next_meeting"]["time"])},
        "document_dates": sorted((d["document"], d["date"]) for d in md["document_dates"]),
        "agenda": [a["title"] for a in md["agenda"]],
        "attendance": [
            (person(a["person"]), a["group_name"], a["role"], a["presence"], a["absence_reason"], a["note"])
            for a in md["attendance"]
        ],
        "reports": [
            {
                "presenter": person(r["presenter"]),
                "title": r["title"],
                "summary": r["summary"],
                "agenda_item": agenda.get(r["agenda_item"] or ""),
                "figures": [
                    (
                        f["label"],
                        f["kind"],
                        _dec(f["value"]),
                        f["unit"],
                        _dec(f["target"]),
                        _dec(f["percent"]),
                        f["compared_to"],
                        f["note"],
                    )
                    for f in r["figures"]
                ],
            }
            for r in md["reports"]
        ],
        "contributions": [
            (
                person(c["speaker"]),
                c["speaker_label"],
                c["count"],
                c["text"],
                _time(c["spoken_at"]),
                c["duration_seconds"],
                agenda.get(c["agenda_item"] or ""),
            )
            for c in md["contributions"]
        ],
        "conclusions": [
            (
                k["kind"],
                k["text"],
                agenda.get(k["agenda_item"] or ""),
                None
                if k["votes"] is None
                else tuple(k["votes"][n] for n in ("for", "against", "abstain", "total")),
            )
            for k in md["conclusions"]
        ],
        "recommendation_groups": [
            (g["title"], [(r["text"], r["response"]) for r in g["items"]])
            for g in md["recommendation_groups"]
        ],
        "tasks": [
            {
                "text": t["text"],
                "source": None
                if t["source"] is None
                else (t["source"]["kind"], sources[(t["source"]["kind"], t["source"]["key"])]),
                "agenda_item": agenda.get(t["agenda_item"] or ""),
                "lead_unit": unit(t["lead_unit"]),
                "coordinating_units": sorted(unit(u) or "" for u in t["coordinating_units"]),
                "responsible": person(t["responsible"]),
                "assignees": [person(p) for p in t["assignees"]],
                "assignee_text": t["assignee_text"],
                "deadline": None
                if t["deadline"] is None
                else tuple(t["deadline"][k] for k in ("kind", "start", "end", "due", "text")),
                "priority": t["priority"],
                "expected_product": t["expected_product"],
                "progress": t["progress"],
                "done": (t["done_at_meeting"], t["completed_on"], t["cancelled_on"], t["cancel_reason"]),
                "updates": [
                    (
                        u["date"],
                        u["percent"],
                        u["note"],
                        u["author"],
                        [a["file_name"] for a in u["attachments"]],
                    )
                    for u in t["updates"]
                ],
                "events": [
                    (e["kind"], e["old_value"], e["new_value"], e["note"], e["actor"]) for e in t["events"]
                ],
            }
            for t in md["tasks"]
        ],
    }


def facts(services: Services, meeting_id: int) -> dict[str, Any]:
    """What the services say about a meeting, in the shape of :func:`resolve`."""
    d = services.meetings.get(meeting_id)
    agenda = {a.id: a.title for a in d.agenda}
    tasks = []
    for t in d.tasks:
        detail = services.tasks.get(t.id)
        spec = t.deadline_spec
        tasks.append(
            {
                "text": t.text,
                "source": None if t.source_kind is None else (t.source_kind, detail.source_text),
                "agenda_item": agenda.get(t.agenda_item_id or 0),
                "lead_unit": t.lead_unit_name or None,
                "coordinating_units": sorted(t.coordinating_unit_names),
                "responsible": t.responsible_name or None,
                "assignees": list(t.assignee_names),
                "assignee_text": t.assignee_text,
                "deadline": None
                if spec is None
                else (spec.kind.value, _day(spec.start), _day(spec.end), _day(spec.due), spec.text),
                "priority": t.priority,
                "expected_product": t.expected_product,
                "progress": t.progress,
                "done": (t.done_at_meeting, _day(t.completed_on), _day(t.cancelled_on), t.cancel_reason),
                "updates": [
                    (_day(u.update_date), u.percent, u.note, u.author, [a.file_name for a in u.attachments])
                    for u in detail.updates
                ],
                "events": [(e.kind, e.old_value, e.new_value, e.note, e.actor) for e in detail.events],
            }
        )
    nm = d.next_meeting
    return {
        "title": d.title,
        "kind": d.kind,
        "reference_number": d.reference_number,
        "organisation": d.organisation_name or None,
        "date": _day(d.meeting_date, d.date_precision),
        "times": (_time(d.start_time), _time(d.end_time)),
        "location": d.location,
        "chair": d.chair_name or None,
        "secretary": d.secretary_name or None,
        "status": d.status,
        "notes": d.notes,
        "next_meeting": None
        if nm is None
        else {
            "date": _day(nm.meeting_date, nm.precision),
            "time": _time(nm.start_time),
            "location": nm.location,
            "note": nm.note,
        },
        "document_dates": sorted((k, v.isoformat()) for k, v in d.document_dates.items()),
        "agenda": [a.title for a in d.agenda],
        "attendance": [
            (a.person_name or None, a.group_name, a.role, a.presence, a.absence_reason, a.note)
            for a in d.attendance
        ],
        "reports": [
            {
                "presenter": r.presenter_name or None,
                "title": r.title,
                "summary": r.summary,
                "agenda_item": agenda.get(r.agenda_item_id or 0),
                "figures": [
                    (f.label, f.kind, f.value, f.unit, f.target, f.percent, f.compared_to, f.note)
                    for f in r.figures
                ],
            }
            for r in d.reports
        ],
        "contributions": [
            (
                c.speaker_name or None,
                c.speaker_label,
                c.count,
                c.text,
                _time(c.spoken_at),
                c.duration_seconds,
                agenda.get(c.agenda_item_id or 0),
            )
            for c in d.contributions
        ],
        "conclusions": [
            (
                k.kind,
                k.text,
                agenda.get(k.agenda_item_id or 0),
                None
                if k.votes is None
                else (k.votes.votes_for, k.votes.against, k.votes.abstain, k.votes.total),
            )
            for k in d.conclusions
        ],
        "recommendation_groups": [
            (g.title, [(r.text, r.response) for r in g.items]) for g in d.recommendation_groups
        ],
        "tasks": tasks,
    }


def without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    """A dump without the moment it was written."""
    return {k: v for k, v in doc.items() if k != "exported_at"}


def differences(a: Any, b: Any, path: str = "$", limit: int = 5) -> list[str]:
    """Where two JSON-like values differ (the first few paths, with both values)."""
    out: list[str] = []
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(dict.fromkeys([*a, *b])):
            if len(out) >= limit:
                break
            if key not in a or key not in b:
                out.append(f"{path}.{key}: only in {'second' if key not in a else 'first'}")
            else:
                out += differences(a[key], b[key], f"{path}.{key}", limit - len(out))
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items != {len(b)} items")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if len(out) >= limit:
                break
            out += differences(x, y, f"{path}[{i}]", limit - len(out))
    elif a != b:
        out.append(f"{path}: {a!r} != {b!r}")
    return out
