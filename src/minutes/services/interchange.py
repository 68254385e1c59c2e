"""JSON interchange (format v1, docs/interchange.md): dump a meeting with everything attached, import it
back all-or-nothing. Files are validated against the JSON Schema shipped in resources/schema."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes import __version__, fileio, paths
from minutes.db import models as m
from minutes.domain.enums import Priority
from minutes.domain.text import normalize_line
from minutes.errors import ImportFormatError
from minutes.services.base import Service, line, text
from minutes.services.meetings import load_meeting
from minutes.services.tasks import NewAttachment, _attachment, load_task

FORMAT = "minutes.meeting"
FORMAT_VERSION = 1


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(paths.resource("schema", "meeting-v1.schema.json").read_text(encoding="utf-8"))


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _t(value: time | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def validate(data: Any, source: str = "<data>") -> None:
    """Raise :class:`ImportFormatError` naming the JSON path of the first bad field."""
    if isinstance(data, dict) and isinstance(data.get("format_version"), int):
        if data["format_version"] > FORMAT_VERSION:
            raise ImportFormatError(
                path="$.format_version",
                detail=f"format version {data['format_version']} is newer than this "
                f"application ({FORMAT_VERSION})",
            )
    import jsonschema  # ~50 ms to import: only when a file is checked, not at every start

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(
        validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path)))
    )
    if errors:
        error = jsonschema.exceptions.best_match(errors) or errors[0]
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        raise ImportFormatError(path=path, detail=error.message)


class InterchangeService(Service):
    # --- dump ----------------------------------------------------------------------------------
    def dump(self, meeting_id: int) -> dict[str, Any]:
        with self.read() as s:
            mt = load_meeting(s, meeting_id)
            units: dict[int, dict[str, Any]] = {}
            people: dict[int, dict[str, Any]] = {}

            def unit_key(u: m.Unit | None) -> str | None:
                if u is None:
                    return None
                if u.id not in units:
                    units[u.id] = {}  # reserve first: parents may refer back
                    units[u.id] = {
                        "key": f"u{u.id}",
                        "name": u.name,
                        "short_name": u.short_name,
                        "parent": unit_key(u.parent),
                    }
                return f"u{u.id}"

            def person_key(p: m.Person | None) -> str | None:
                if p is None:
                    return None
                if p.id not in people:
                    people[p.id] = {
                        "key": f"p{p.id}",
                        "full_name": p.full_name,
                        "title": p.title,
                        "unit": unit_key(p.unit),
                    }
                return f"p{p.id}"

            source_keys: dict[tuple[str, int], str] = {}
            contributions = []
            for c in mt.contributions:
                key = source_keys[("contribution", c.id)] = f"c{c.id}"
                contributions.append(
                    {
                        "key": key,
                        "speaker": person_key(c.speaker),
                        "speaker_label": c.speaker_label,
                        "text": c.text,
                        "spoken_at": _t(c.spoken_at),
                        "duration_seconds": c.duration_seconds,
                    }
                )
            conclusions = []
            for k in mt.conclusions:
                key = source_keys[("conclusion", k.id)] = f"k{k.id}"
                conclusions.append({"key": key, "text": k.text})
            groups = []
            for g in mt.recommendation_groups:
                items = []
                for r in g.items:
                    key = source_keys[("recommendation", r.id)] = f"r{r.id}"
                    items.append({"key": key, "text": r.text, "response": r.response})
                groups.append({"title": g.title, "items": items})
            tasks = [self._dump_task(s, t.id, unit_key, person_key, source_keys) for t in mt.tasks]
            meeting = {
                "title": mt.title,
                "kind": mt.kind,
                "reference_number": mt.reference_number,
                "organisation": unit_key(mt.organisation),
                "date": _d(mt.meeting_date),
                "start_time": _t(mt.start_time),
                "end_time": _t(mt.end_time),
                "location": mt.location,
                "chair": person_key(mt.chair),
                "secretary": person_key(mt.secretary),
                "status": mt.status,
                "notes": mt.notes,
                "attendance": [
                    {
                        "person": person_key(a.person),
                        "group_name": a.group_name,
                        "role": a.role,
                        "presence": a.presence,
                        "absence_reason": a.absence_reason,
                        "note": a.note,
                    }
                    for a in mt.attendance
                ],
                "reports": [
                    {
                        "presenter": person_key(r.presenter),
                        "title": r.title,
                        "summary": r.summary,
                        "figures": [
                            {
                                "label": f.label,
                                "value": _dec(f.value),
                                "unit": f.unit,
                                "target": _dec(f.target),
                                "percent": _dec(f.percent),
                                "note": f.note,
                            }
                            for f in r.figures
                        ],
                    }
                    for r in mt.reports
                ],
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
                "units": list(units.values()),
                "people": list(people.values()),
                "meeting": meeting,
            }

    @staticmethod
    def _dump_task(
        s: Session, task_id: int, unit_key: Any, person_key: Any, source_keys: dict[tuple[str, int], str]
    ) -> dict[str, Any]:
        t = load_task(s, task_id)
        source = None
        if t.source_kind and t.source_id is not None and (t.source_kind, t.source_id) in source_keys:
            source = {"kind": t.source_kind, "key": source_keys[(t.source_kind, t.source_id)]}
        return {
            "key": f"t{t.id}",
            "text": t.text,
            "source": source,
            "lead_unit": unit_key(t.lead_unit),
            "coordinating_units": [unit_key(u) for u in t.coordinating_units],
            "responsible": person_key(t.responsible),
            "deadline": _d(t.deadline),
            "priority": Priority.from_rank(t.priority).value,
            "expected_product": t.expected_product,
            "progress": t.progress,
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

    def dump_to_file(self, meeting_id: int, path: str | Path) -> None:
        data = self.dump(meeting_id)
        fileio.write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    # --- import --------------------------------------------------------------------------------
    def import_file(self, path: str | Path) -> int:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise ImportFormatError(path=str(path), detail="the file is not UTF-8 text") from exc
        except json.JSONDecodeError as exc:
            raise ImportFormatError(path=f"{path}:{exc.lineno}:{exc.colno}", detail=exc.msg) from exc
        except OSError as exc:
            raise ImportFormatError(path=str(path), detail=exc.strerror or str(exc)) from exc
        return self.import_data(data)

    def import_data(self, data: Any) -> int:
        """Create the meeting in one transaction; returns its id. Nothing is written on any error."""
        validate(data)
        try:
            with self.uow() as s:
                return _Importer(s).run(data)
        except KeyError as exc:
            raise ImportFormatError(path="$", detail=f"unknown key {exc.args[0]!r} referenced") from exc


class _Importer:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.units: dict[str, m.Unit] = {}
        self.people: dict[str, m.Person] = {}

    def run(self, data: dict[str, Any]) -> int:
        unit_rows = {u["key"]: u for u in data["units"]}
        for key in unit_rows:
            self._unit(key, unit_rows, set())
        for p in data["people"]:
            name, title = normalize_line(p["full_name"]), normalize_line(p["title"])
            person = self.s.scalar(
                select(m.Person).where(m.Person.full_name == name, m.Person.title == title)
            )
            if person is None:
                person = m.Person(
                    full_name=name, title=title, unit=self.units[p["unit"]] if p["unit"] else None
                )
                self.s.add(person)
            self.people[p["key"]] = person
        md = data["meeting"]
        mt = m.Meeting(
            title=line(md["title"]),
            kind=md["kind"],
            reference_number=line(md["reference_number"]),
            organisation=self._u(md["organisation"]),
            meeting_date=date.fromisoformat(md["date"]),
            start_time=_time(md["start_time"]),
            end_time=_time(md["end_time"]),
            location=line(md["location"]),
            chair=self._p(md["chair"]),
            secretary=self._p(md["secretary"]),
            status=md["status"],
            notes=text(md.get("notes") or ""),
        )
        self.s.add(mt)
        for i, a in enumerate(md["attendance"]):
            mt.attendance.append(
                m.Attendance(
                    position=i,
                    person=self._p(a["person"]),
                    group_name=a["group_name"] and line(a["group_name"]),
                    role=a["role"],
                    presence=a["presence"],
                    absence_reason=a["absence_reason"],
                    note=a["note"],
                )
            )
        for i, r in enumerate(md["reports"]):
            report = m.Report(
                position=i,
                presenter=self._p(r["presenter"]),
                title=line(r["title"]),
                summary=text(r["summary"]),
            )
            for j, f in enumerate(r["figures"]):
                report.figures.append(
                    m.ReportFigure(
                        position=j,
                        label=line(f["label"]),
                        value=_decimal(f["value"]),
                        unit=line(f["unit"]),
                        target=_decimal(f["target"]),
                        percent=_decimal(f["percent"]),
                        note=f["note"],
                    )
                )
            mt.reports.append(report)
        sources: dict[tuple[str, str], Any] = {}
        for i, c in enumerate(md["contributions"]):
            contribution = m.Contribution(
                position=i,
                speaker=self._p(c["speaker"]),
                speaker_label=c["speaker_label"],
                text=text(c["text"]),
                spoken_at=_time(c["spoken_at"]),
                duration_seconds=c["duration_seconds"],
            )
            mt.contributions.append(contribution)
            sources[("contribution", c["key"])] = contribution
        for i, k in enumerate(md["conclusions"]):
            conclusion = m.Conclusion(position=i, text=text(k["text"]))
            mt.conclusions.append(conclusion)
            sources[("conclusion", k["key"])] = conclusion
        for i, g in enumerate(md["recommendation_groups"]):
            group = m.RecommendationGroup(position=i, title=line(g["title"]))
            mt.recommendation_groups.append(group)
            for j, r in enumerate(g["items"]):
                row = m.Recommendation(position=j, text=text(r["text"]), response=r["response"], meeting=mt)
                group.items.append(row)
                sources[("recommendation", r["key"])] = row
        self.s.flush()
        for i, t in enumerate(md["tasks"]):
            source = sources[(t["source"]["kind"], t["source"]["key"])] if t["source"] else None
            task = m.Task(
                position=i,
                text=text(t["text"]).strip(),
                source_kind=t["source"]["kind"] if source else None,
                source_id=source.id if source is not None else None,
                lead_unit=self._u(t["lead_unit"]),
                responsible=self._p(t["responsible"]),
                deadline=_date(t["deadline"]),
                priority=Priority(t["priority"]).rank,
                expected_product=text(t["expected_product"]).strip(),
                progress=t["progress"],
                completed_on=_date(t["completed_on"]),
                cancelled_on=_date(t["cancelled_on"]),
                cancel_reason=t["cancel_reason"],
            )
            task.coordinating_units = [self.units[k] for k in dict.fromkeys(t["coordinating_units"])]
            for u in t["updates"]:
                update = m.ProgressUpdate(
                    update_date=date.fromisoformat(u["date"]),
                    percent=u["percent"],
                    note=text(u["note"]),
                    author=line(u["author"]),
                )
                for a in u["attachments"]:
                    try:
                        content = base64.b64decode(a["data_base64"], validate=True)
                    except ValueError as exc:
                        raise ImportFormatError(
                            path="$.meeting.tasks[].updates[].attachments[].data_base64",
                            detail="not valid base64",
                        ) from exc
                    update.attachments.append(
                        _attachment(NewAttachment(a["file_name"], content, a["media_type"]))
                    )
                task.updates.append(update)
            for e in t["events"]:
                task.events.append(
                    m.TaskEvent(
                        at=datetime.fromisoformat(e["at"]).replace(tzinfo=None),
                        kind=e["kind"],
                        old_value=e["old_value"],
                        new_value=e["new_value"],
                        note=e["note"],
                        actor=e["actor"],
                    )
                )
            mt.tasks.append(task)
        self.s.flush()
        return mt.id

    def _unit(self, key: str, rows: dict[str, Any], seen: set[str]) -> m.Unit:
        if key in self.units:
            return self.units[key]
        if key in seen:
            raise ImportFormatError(path=f"$.units[key={key}].parent", detail="units form a cycle")
        seen.add(key)
        row = rows[key]
        name = normalize_line(row["name"])
        unit = self.s.scalar(select(m.Unit).where(m.Unit.name == name))
        if unit is None:
            parent = self._unit(row["parent"], rows, seen) if row["parent"] else None
            unit = m.Unit(name=name, short_name=line(row["short_name"]), parent=parent)
            self.s.add(unit)
        self.units[key] = unit
        return unit

    def _u(self, key: str | None) -> m.Unit | None:
        return self.units[key] if key else None

    def _p(self, key: str | None) -> m.Person | None:
        return self.people[key] if key else None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None
