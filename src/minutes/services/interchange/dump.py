"""A meeting as a version 2 interchange document.

Keys are ordinal (``u1``, ``p1`` in order of first mention; ``a1``, ``c1``, ``k1``, ``r1``, ``t1`` in
order of position), never database ids, so the same meeting dumps to the same document from any
database: dump, import elsewhere, dump again gives the same text (tests/services/test_roundtrip.py).
"""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from minutes import __version__
from minutes.db import models as m
from minutes.domain.enums import Priority
from minutes.services import mapping
from minutes.services.interchange.formats import FORMAT, FORMAT_VERSION
from minutes.services.meetings import load_meeting
from minutes.services.tasks import load_task


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _t(value: time | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _month_or_day(value: date, precision: str) -> str:
    return value.isoformat()[:7] if precision == "month" else value.isoformat()


class _Keys:
    """Ordinal keys for the units and people a meeting mentions, listed in order of first mention."""

    def __init__(self) -> None:
        self.units: dict[int, dict[str, Any]] = {}
        self.people: dict[int, dict[str, Any]] = {}

    def unit(self, u: m.Unit | None) -> str | None:
        if u is None:
            return None
        if u.id not in self.units:
            key = f"u{len(self.units) + 1}"
            self.units[u.id] = {"key": key}  # reserved first: a parent may refer back
            self.units[u.id].update(name=u.name, short_name=u.short_name, parent=self.unit(u.parent))
        return str(self.units[u.id]["key"])

    def person(self, p: m.Person | None) -> str | None:
        if p is None:
            return None
        if p.id not in self.people:
            key = f"p{len(self.people) + 1}"
            self.people[p.id] = {"key": key, "full_name": p.full_name, "title": p.title}
            self.people[p.id]["unit"] = self.unit(p.unit)
        return str(self.people[p.id]["key"])


def dump_meeting(s: Session, meeting_id: int) -> dict[str, Any]:
    mt = load_meeting(s, meeting_id)
    keys = _Keys()
    agenda = {a.id: f"a{i + 1}" for i, a in enumerate(mt.agenda)}
    sources: dict[tuple[str, int], str] = {}
    organisation, chair, secretary = (
        keys.unit(mt.organisation),
        keys.person(mt.chair),
        keys.person(mt.secretary),
    )
    attendance = [
        {
            "person": keys.person(a.person),
            "group_name": a.group_name,
            "role": a.role,
            "presence": a.presence,
            "absence_reason": a.absence_reason,
            "note": a.note,
        }
        for a in mt.attendance
    ]
    reports = [
        {
            "presenter": keys.person(r.presenter),
            "title": r.title,
            "summary": r.summary,
            "agenda_item": agenda.get(r.agenda_item_id or 0),
            "figures": [
                {
                    "label": f.label,
                    "kind": f.kind,
                    "value": _dec(f.value),
                    "unit": f.unit,
                    "target": _dec(f.target),
                    "percent": _dec(f.percent),
                    "compared_to": f.compared_to,
                    "note": f.note,
                }
                for f in r.figures
            ],
        }
        for r in mt.reports
    ]
    contributions = []
    for i, c in enumerate(mt.contributions):
        key = sources[("contribution", c.id)] = f"c{i + 1}"
        contributions.append(
            {
                "key": key,
                "speaker": keys.person(c.speaker),
                "speaker_label": c.speaker_label,
                "count": c.count,
                "text": c.text,
                "spoken_at": _t(c.spoken_at),
                "duration_seconds": c.duration_seconds,
                "agenda_item": agenda.get(c.agenda_item_id or 0),
            }
        )
    conclusions = []
    for i, k in enumerate(mt.conclusions):
        key = sources[("conclusion", k.id)] = f"k{i + 1}"
        counts = (k.votes_for, k.votes_against, k.votes_abstain, k.votes_total)
        conclusions.append(
            {
                "key": key,
                "kind": k.kind,
                "text": k.text,
                "agenda_item": agenda.get(k.agenda_item_id or 0),
                "votes": None
                if all(v is None for v in counts)
                else dict(zip(("for", "against", "abstain", "total"), counts, strict=True)),
            }
        )
    groups = []
    number = 0
    for g in mt.recommendation_groups:
        items = []
        for r in g.items:
            number += 1
            key = sources[("recommendation", r.id)] = f"r{number}"
            items.append({"key": key, "text": r.text, "response": r.response})
        groups.append({"title": g.title, "items": items})
    tasks = [_task(load_task(s, t.id), i, keys, agenda, sources) for i, t in enumerate(mt.tasks)]
    meeting = {
        "title": mt.title,
        "kind": mt.kind,
        "reference_number": mt.reference_number,
        "organisation": organisation,
        "date": _month_or_day(mt.meeting_date, mt.date_precision),
        "start_time": _t(mt.start_time),
        "end_time": _t(mt.end_time),
        "location": mt.location,
        "chair": chair,
        "secretary": secretary,
        "status": mt.status,
        "notes": mt.notes,
        "next_meeting": None
        if mt.next_meeting_date is None
        else {
            "date": _month_or_day(mt.next_meeting_date, mt.next_meeting_precision),
            "time": _t(mt.next_meeting_time),
            "location": mt.next_meeting_location,
            "note": mt.next_meeting_note,
        },
        "document_dates": [{"document": d.kind, "date": _d(d.document_date)} for d in mt.documents],
        "agenda": [{"key": agenda[a.id], "title": a.title} for a in mt.agenda],
        "attendance": attendance,
        "reports": reports,
        "contributions": contributions,
        "conclusions": conclusions,
        "recommendation_groups": groups,
        "tasks": tasks,
    }
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "units": list(keys.units.values()),
        "people": list(keys.people.values()),
        "meeting": meeting,
    }


def _task(
    t: m.Task, index: int, keys: _Keys, agenda: dict[int, str], sources: dict[tuple[str, int], str]
) -> dict[str, Any]:
    source = None
    if t.source_kind and t.source_id is not None and (t.source_kind, t.source_id) in sources:
        source = {"kind": t.source_kind, "key": sources[(t.source_kind, t.source_id)]}
    stated = mapping.deadline(t)
    return {
        "key": f"t{index + 1}",
        "text": t.text,
        "source": source,
        "agenda_item": agenda.get(t.agenda_item_id or 0),
        "lead_unit": keys.unit(t.lead_unit),
        "coordinating_units": [keys.unit(u) for u in t.coordinating_units],
        "responsible": keys.person(t.responsible),
        "assignees": [keys.person(link.person) for link in t.assignee_links],
        "assignee_text": t.assignee_text,
        "deadline": None
        if stated is None
        else {
            "kind": stated.kind.value,
            "start": _d(stated.start),
            "end": _d(stated.end),
            "due": _d(stated.due),
            "text": stated.text,
        },
        "priority": Priority.from_rank(t.priority).value,
        "expected_product": t.expected_product,
        "progress": t.progress,
        "done_at_meeting": t.done_at_meeting,
        "completed_on": _d(t.completed_on),
        "cancelled_on": _d(t.cancelled_on),
        "cancel_reason": t.cancel_reason,
        "updates": [
            {
                "date": _d(u.update_date),
                "percent": u.percent,
                "note": u.note,
                "author": u.author,
                "attachments": [
                    {
                        "file_name": a.file_name,
                        "media_type": a.media_type,
                        "data_base64": base64.b64encode(a.data).decode("ascii"),
                    }
                    for a in u.attachments
                ],
            }
            for u in t.updates
        ],
        "events": [
            {
                "at": e.at.isoformat(),
                "kind": e.kind,
                "old_value": e.old_value,
                "new_value": e.new_value,
                "note": e.note,
                "actor": e.actor,
            }
            for e in t.events
        ],
    }
