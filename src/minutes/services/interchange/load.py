"""Building a meeting from a version 2 document, inside the caller's unit of work.

Every field goes through the cleaner the services use for typed text (NFC, control characters, lone
surrogates and NUL removed, lengths, ranges, enumerations) and the checks they make (a deadline before
the meeting, a vote with more ballots than voters...), so what an import accepts is what typing accepts
and a dump of it imports again. A refusal names the JSON path of the field.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.domain.deadline import Deadline
from minutes.domain.enums import DatePrecision, MeetingStatus, Priority
from minutes.errors import ImportFormatError, UserError, ValidationError
from minutes.services import items as item_rules
from minutes.services.agenda import clean_title
from minutes.services.base import line, optional_line, require, text
from minutes.services.limits import column_limit
from minutes.services.meeting_dates import _date, check_document_date, check_meeting_dates
from minutes.services.meetings import ATTENDANCE_FIELDS, MEETING_FIELDS, _enum
from minutes.services.task_fields import MAX_ASSIGNEES, clean_deadline, set_deadline
from minutes.services.tasks import NewAttachment, TaskService, _attachment

Cleaner = Callable[[Any], Any] | None


def _optional_text(value: Any) -> str | None:
    return None if value is None else text(value)


class Importer:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.units: dict[str, m.Unit] = {}
        self.people: dict[str, m.Person] = {}
        self.agenda: dict[str, m.AgendaItem] = {}
        self.sources: dict[tuple[str, str], Any] = {}
        self._matched: set[int] = set()

    # --- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def fail(path: str, detail: str) -> NoReturn:
        raise ImportFormatError(path=path, detail=detail)

    def clean(self, path: str, cleaner: Cleaner, value: Any) -> Any:
        if cleaner is None:
            return value
        try:
            return cleaner(value)
        except ValidationError as exc:
            self.fail(path, str(exc.fields.get("detail", exc.message)))

    def put(self, obj: Any, path: str, fields: Iterable[tuple[str, str, Any, Cleaner]]) -> None:
        """Set each (attribute, JSON name, value, cleaner) on ``obj``, cleaned and held to its length."""
        for attr, name, value, cleaner in fields:
            cleaned = self.clean(f"{path}.{name}", cleaner, value)
            limit = column_limit(type(obj), attr)
            if isinstance(cleaned, str) and limit is not None and len(cleaned) > limit:
                self.fail(f"{path}.{name}", f"at most {limit} characters ({len(cleaned)} given)")
            setattr(obj, attr, cleaned)

    def day(self, path: str, value: str | None) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(path, f"{value!r} is not a date of the calendar")

    def day_or_month(self, path: str, value: str) -> tuple[date, str]:
        if len(value) == 7:  # YYYY-MM: known to the month
            day = self.day(path, f"{value}-01")
            assert day is not None
            return day, DatePrecision.MONTH.value
        day = self.day(path, value)
        assert day is not None
        return day, DatePrecision.DAY.value

    def clock(self, path: str, value: str | None) -> time | None:
        try:
            return None if value is None else time.fromisoformat(value)
        except ValueError:
            self.fail(path, f"{value!r} is not a time of day")

    def ref(self, table: dict[str, Any], key: str | None, path: str, what: str) -> Any:
        if key is None:
            return None
        if key not in table:
            self.fail(path, f"no {what} with the key {key!r} in this file")
        return table[key]

    def unique(self, path: str, rows: list[dict[str, Any]], what: str) -> None:
        seen: set[str] = set()
        for i, row in enumerate(rows):
            if row["key"] in seen:
                self.fail(f"{path}[{i}].key", f"the {what} key {row['key']!r} is used twice")
            seen.add(row["key"])

    # --- the document ------------------------------------------------------------------------------
    def run(self, data: dict[str, Any]) -> int:
        md = data["meeting"]
        self.unique("$.units", data["units"], "unit")
        self.unique("$.people", data["people"], "person")
        self.unique("$.meeting.agenda", md["agenda"], "agenda item")
        self.unique("$.meeting.contributions", md["contributions"], "contribution")
        self.unique("$.meeting.conclusions", md["conclusions"], "conclusion")
        self.unique("$.meeting.tasks", md["tasks"], "task")
        recommendations = [r for g in md["recommendation_groups"] for r in g["items"]]
        self.unique("$.meeting.recommendation_groups[].items", recommendations, "recommendation")

        rows = {u["key"]: (i, u) for i, u in enumerate(data["units"])}
        for key in rows:
            self._unit(key, rows, set())
        for i, p in enumerate(data["people"]):
            self._person(f"$.people[{i}]", p)
        mt = self._meeting(md)
        self._body(mt, md)
        self.s.flush()  # ids for the tasks' sources
        for i, t in enumerate(md["tasks"]):
            self._task(mt, f"$.meeting.tasks[{i}]", t)
        self.s.flush()
        return mt.id

    def _unit(self, key: str, rows: dict[str, tuple[int, dict[str, Any]]], seen: set[str]) -> m.Unit:
        if key in self.units:
            return self.units[key]
        index, row = rows[key]
        path = f"$.units[{index}]"
        if key in seen:
            self.fail(f"{path}.parent", "units form a cycle")
        seen.add(key)
        probe = m.Unit()
        self.put(
            probe,
            path,
            [
                ("name", "name", row["name"], lambda v: require(line(v), "name")),
                ("short_name", "short_name", row["short_name"], line),
            ],
        )
        unit = self.s.scalar(select(m.Unit).where(m.Unit.name == probe.name))
        if unit is None:
            parent = None
            if row["parent"] is not None:
                if row["parent"] not in rows:
                    self.fail(f"{path}.parent", f"no unit with the key {row['parent']!r} in this file")
                parent = self._unit(row["parent"], rows, seen)
            unit = m.Unit(name=probe.name, short_name=probe.short_name, parent=parent)
            self.s.add(unit)
        self.units[key] = unit
        return unit

    def _person(self, path: str, p: dict[str, Any]) -> None:
        probe = m.Person()
        self.put(
            probe,
            path,
            [
                ("full_name", "full_name", p["full_name"], lambda v: require(line(v), "full_name")),
                ("title", "title", p["title"], line),
            ],
        )
        unit = self.ref(self.units, p["unit"], f"{path}.unit", "unit")
        # The same name and title in the database is the same person, unless another key of this file
        # already took that person (two namesakes in one file stay two people).
        candidates = self.s.scalars(
            select(m.Person)
            .where(m.Person.full_name == probe.full_name, m.Person.title == probe.title)
            .order_by(m.Person.id)
        )
        person = next((c for c in candidates if id(c) not in self._matched), None)
        if person is None:
            person = m.Person(full_name=probe.full_name, title=probe.title, unit=unit)
            self.s.add(person)
        self._matched.add(id(person))
        self.people[p["key"]] = person

    def _meeting(self, md: dict[str, Any]) -> m.Meeting:
        path = "$.meeting"
        day, precision = self.day_or_month(f"{path}.date", md["date"])
        mt = m.Meeting(title="", meeting_date=day)
        f = MEETING_FIELDS
        self.put(
            mt,
            path,
            [
                ("title", "title", md["title"], f["title"]),
                ("kind", "kind", md["kind"], f["kind"]),
                ("reference_number", "reference_number", md["reference_number"], f["reference_number"]),
                ("meeting_date", "date", day, f["meeting_date"]),
                ("date_precision", "date", precision, f["date_precision"]),
                ("location", "location", md["location"], f["location"]),
                ("status", "status", md["status"], _enum(MeetingStatus, "status")),
                ("notes", "notes", md["notes"], f["notes"]),
            ],
        )
        mt.start_time = self.clock(f"{path}.start_time", md["start_time"])
        mt.end_time = self.clock(f"{path}.end_time", md["end_time"])
        mt.organisation = self.ref(self.units, md["organisation"], f"{path}.organisation", "unit")
        mt.chair = self.ref(self.people, md["chair"], f"{path}.chair", "person")
        mt.secretary = self.ref(self.people, md["secretary"], f"{path}.secretary", "person")
        nm = md["next_meeting"]
        if nm is not None:
            npath = f"{path}.next_meeting"
            next_day, next_precision = self.day_or_month(f"{npath}.date", nm["date"])
            self.put(
                mt,
                npath,
                [
                    ("next_meeting_date", "date", next_day, f["next_meeting_date"]),
                    ("next_meeting_precision", "date", next_precision, f["next_meeting_precision"]),
                    ("next_meeting_location", "location", nm["location"], f["next_meeting_location"]),
                    ("next_meeting_note", "note", nm["note"], f["next_meeting_note"]),
                ],
            )
            mt.next_meeting_time = self.clock(f"{npath}.time", nm["time"])
        try:
            check_meeting_dates(mt)
        except ValidationError as exc:
            self.fail(f"{path}.next_meeting.date", str(exc.fields.get("detail")))
        self.s.add(mt)
        kinds: set[str] = set()
        for i, d in enumerate(md["document_dates"]):
            dpath = f"{path}.document_dates[{i}]"
            if d["document"] in kinds:
                self.fail(f"{dpath}.document", f"the date of the {d['document']} is given twice")
            kinds.add(d["document"])
            when = self.clean(f"{dpath}.date", _date("document_date"), self.day(f"{dpath}.date", d["date"]))
            try:
                check_document_date(mt, when)
            except ValidationError as exc:
                self.fail(f"{dpath}.date", str(exc.fields.get("detail")))
            mt.documents.append(m.MeetingDocument(kind=d["document"], document_date=when))
        for i, a in enumerate(md["agenda"]):
            item = m.AgendaItem(position=i)
            self.put(item, f"{path}.agenda[{i}]", [("title", "title", a["title"], clean_title)])
            mt.agenda.append(item)
            self.agenda[a["key"]] = item
        return mt

    def _body(self, mt: m.Meeting, md: dict[str, Any]) -> None:
        path = "$.meeting"
        present: set[int] = set()
        for i, a in enumerate(md["attendance"]):
            apath = f"{path}.attendance[{i}]"
            row = m.Attendance(
                position=i, person=self.ref(self.people, a["person"], f"{apath}.person", "person")
            )
            if row.person is not None:
                if id(row.person) in present:
                    self.fail(f"{apath}.person", "this person is already on the list")
                present.add(id(row.person))
            f = ATTENDANCE_FIELDS
            self.put(
                row,
                apath,
                [(k, k, a[k], f[k]) for k in ("group_name", "role", "presence", "absence_reason", "note")],
            )
            mt.attendance.append(row)
        for i, r in enumerate(md["reports"]):
            rpath = f"{path}.reports[{i}]"
            report = m.Report(
                position=i, presenter=self.ref(self.people, r["presenter"], f"{rpath}.presenter", "person")
            )
            report.agenda_item = self.ref(
                self.agenda, r["agenda_item"], f"{rpath}.agenda_item", "agenda item"
            )
            f = item_rules.REPORT_FIELDS
            self.put(
                report,
                rpath,
                [
                    ("title", "title", r["title"], f["title"]),
                    ("summary", "summary", r["summary"], f["summary"]),
                ],
            )
            for j, g in enumerate(r["figures"]):
                report.figures.append(self._figure(f"{rpath}.figures[{j}]", j, g))
            mt.reports.append(report)
        for i, c in enumerate(md["contributions"]):
            cpath = f"{path}.contributions[{i}]"
            contribution = m.Contribution(
                position=i, speaker=self.ref(self.people, c["speaker"], f"{cpath}.speaker", "person")
            )
            contribution.agenda_item = self.ref(
                self.agenda, c["agenda_item"], f"{cpath}.agenda_item", "agenda item"
            )
            f = item_rules.CONTRIBUTION_FIELDS
            self.put(
                contribution,
                cpath,
                [(k, k, c[k], f[k]) for k in ("speaker_label", "text", "duration_seconds", "count")],
            )
            contribution.spoken_at = self.clock(f"{cpath}.spoken_at", c["spoken_at"])
            mt.contributions.append(contribution)
            self.sources[("contribution", c["key"])] = contribution
        for i, k in enumerate(md["conclusions"]):
            kpath = f"{path}.conclusions[{i}]"
            conclusion = m.Conclusion(position=i)
            conclusion.agenda_item = self.ref(
                self.agenda, k["agenda_item"], f"{kpath}.agenda_item", "agenda item"
            )
            f = item_rules.CONCLUSION_FIELDS
            votes = k["votes"] or {}
            self.put(
                conclusion,
                kpath,
                [("text", "text", k["text"], f["text"]), ("kind", "kind", k["kind"], f["kind"])]
                + [
                    (f"votes_{name}", f"votes.{name}", votes.get(name), f[f"votes_{name}"])
                    for name in ("for", "against", "abstain", "total")
                ],
            )
            try:
                item_rules.check_votes(conclusion)
            except ValidationError as exc:
                self.fail(f"{kpath}.votes", str(exc.fields.get("detail")))
            mt.conclusions.append(conclusion)
            self.sources[("conclusion", k["key"])] = conclusion
        for i, g in enumerate(md["recommendation_groups"]):
            gpath = f"{path}.recommendation_groups[{i}]"
            group = m.RecommendationGroup(position=i)
            self.put(group, gpath, [("title", "title", g["title"], item_rules.GROUP_FIELDS["title"])])
            mt.recommendation_groups.append(group)
            for j, r in enumerate(g["items"]):
                recommendation = m.Recommendation(position=j, meeting=mt)
                f = item_rules.RECOMMENDATION_FIELDS
                self.put(
                    recommendation, f"{gpath}.items[{j}]", [(k, k, r[k], f[k]) for k in ("text", "response")]
                )
                group.items.append(recommendation)
                self.sources[("recommendation", r["key"])] = recommendation

    def _figure(self, path: str, position: int, g: dict[str, Any]) -> m.ReportFigure:
        fig = m.ReportFigure(position=position)
        f = item_rules.FIGURE_FIELDS

        def exact(field: str) -> Callable[[Any], Decimal | None]:
            def clean(value: Any) -> Decimal | None:
                if value is None:
                    return None
                try:
                    number = Decimal(value)
                except (InvalidOperation, TypeError, ValueError) as exc:
                    raise ValidationError(field=field, detail=f"not a decimal number: {value!r}") from exc
                return item_rules.bounded_decimal(number, field)

            return clean

        self.put(
            fig,
            path,
            [
                ("label", "label", g["label"], f["label"]),
                ("kind", "kind", g["kind"], f["kind"]),
                ("value", "value", g["value"], exact("value")),
                ("unit", "unit", g["unit"], f["unit"]),
                ("target", "target", g["target"], exact("target")),
                ("percent", "percent", g["percent"], exact("percent")),
                ("compared_to", "compared_to", g["compared_to"], f["compared_to"]),
                ("note", "note", g["note"], f["note"]),
            ],
        )
        return fig

    def _task(self, mt: m.Meeting, path: str, t: dict[str, Any]) -> None:
        task = m.Task(position=len(mt.tasks))
        self.put(
            task,
            path,
            [
                ("text", "text", t["text"], lambda v: require(text(v).strip(), "text")),
                ("expected_product", "expected_product", t["expected_product"], lambda v: text(v).strip()),
                ("priority", "priority", t["priority"], lambda v: Priority(v).rank),
                ("assignee_text", "assignee_text", t["assignee_text"], line),
                ("cancel_reason", "cancel_reason", t["cancel_reason"], optional_line),
            ],
        )
        if t["source"] is not None:
            source = self.ref(
                {k[1]: v for k, v in self.sources.items() if k[0] == t["source"]["kind"]},
                t["source"]["key"],
                f"{path}.source.key",
                t["source"]["kind"],
            )
            task.link_source(t["source"]["kind"], source)
        task.agenda_item = self.ref(self.agenda, t["agenda_item"], f"{path}.agenda_item", "agenda item")
        task.lead_unit = self.ref(self.units, t["lead_unit"], f"{path}.lead_unit", "unit")
        task.coordinating_units = [
            unit
            for i, key in enumerate(dict.fromkeys(t["coordinating_units"]))
            if (unit := self.ref(self.units, key, f"{path}.coordinating_units[{i}]", "unit"))
            is not task.lead_unit
        ]
        task.responsible = self.ref(self.people, t["responsible"], f"{path}.responsible", "person")
        if len(t["assignees"]) > MAX_ASSIGNEES:
            self.fail(f"{path}.assignees", f"at most {MAX_ASSIGNEES} people")
        seen: set[int] = set()
        for i, key in enumerate(t["assignees"]):
            person = self.ref(self.people, key, f"{path}.assignees[{i}]", "person")
            if id(person) in seen:
                self.fail(f"{path}.assignees[{i}]", "this person is already assigned")
            seen.add(id(person))
            task.assignee_links.append(m.TaskAssignee(person=person, position=i))
        self._deadline(mt, task, f"{path}.deadline", t["deadline"])
        task.progress = t["progress"]
        task.completed_on = self.day(f"{path}.completed_on", t["completed_on"])
        task.cancelled_on = self.day(f"{path}.cancelled_on", t["cancelled_on"])
        task.done_at_meeting = t["done_at_meeting"]
        if task.done_at_meeting and task.completed_on != mt.meeting_date:
            self.fail(f"{path}.completed_on", "a task done at the meeting is completed on the meeting's date")
        for i, u in enumerate(t["updates"]):
            task.updates.append(self._update(f"{path}.updates[{i}]", u))
        for i, e in enumerate(t["events"]):
            epath = f"{path}.events[{i}]"
            try:
                at = datetime.fromisoformat(e["at"])
            except ValueError:
                self.fail(f"{epath}.at", f"{e['at']!r} is not a moment of the calendar")
            if at.tzinfo is not None:
                at = at.astimezone(UTC).replace(tzinfo=None)
            event = m.TaskEvent(at=at, kind=e["kind"])
            self.put(
                event,
                epath,
                [(k, k, e[k], _optional_text) for k in ("old_value", "new_value", "note")]
                + [("actor", "actor", e["actor"], line)],
            )
            task.events.append(event)
        mt.tasks.append(task)

    def _deadline(self, mt: m.Meeting, task: m.Task, path: str, d: dict[str, Any] | None) -> None:
        if d is None:
            return
        end = self.day(f"{path}.end", d["end"])
        start = self.day(f"{path}.start", d["start"])
        due = self.day(f"{path}.due", d["due"])
        assert end is not None
        try:
            stated = Deadline(d["kind"], end, start, due or date.min, line(d["text"]))
        except ValueError as exc:
            self.fail(path, str(exc))
        stated = self.clean(path, clean_deadline, stated)
        try:
            TaskService._check_deadline(mt, stated)
        except ValidationError as exc:
            self.fail(path, str(exc.fields.get("detail")))
        set_deadline(task, stated)

    def _update(self, path: str, u: dict[str, Any]) -> m.ProgressUpdate:
        day = self.day(f"{path}.date", u["date"])
        assert day is not None
        update = m.ProgressUpdate(update_date=day, percent=u["percent"])
        self.put(
            update,
            path,
            [("note", "note", u["note"], lambda v: text(v).strip()), ("author", "author", u["author"], line)],
        )
        for i, a in enumerate(u["attachments"]):
            apath = f"{path}.attachments[{i}]"
            try:
                content = base64.b64decode(a["data_base64"], validate=True)
            except ValueError:
                self.fail(f"{apath}.data_base64", "not valid base64")
            row = _attachment(NewAttachment(line(a["file_name"]), content, line(a["media_type"])))
            self.put(
                row,
                apath,
                [
                    ("file_name", "file_name", row.file_name, None),
                    ("media_type", "media_type", row.media_type, None),
                ],
            )
            update.attachments.append(row)
        return update


def run_import(session: Session, data: dict[str, Any]) -> int:
    """Import ``data`` (a schema-valid version 2 document) in ``session``; returns the meeting's id.
    Any refusal raises :class:`ImportFormatError`; the caller's unit of work then rolls back."""
    try:
        return Importer(session).run(data)
    except ImportFormatError:
        raise
    except UserError as exc:  # a check of the unit of work itself (a length, a state)
        raise ImportFormatError(path="$", detail=exc.message) from exc
