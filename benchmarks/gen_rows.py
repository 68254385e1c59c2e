"""Rows of the generated database, meeting by meeting, with every derived column the app would write.

``search_key`` comes from the same keyers the unit of work applies on flush
(``minutes.services.context._SEARCH_KEYS``), so a generated row is indistinguishable from a typed one;
``version`` is 1, ``created_at``/``updated_at`` follow the meeting's day, positions are 0-based.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from benchmarks.gen_plan import TODAY, MeetingPlan, TaskFate
from benchmarks.gen_text import (
    ABSENCE,
    CANCEL_REASONS,
    CORE_UNITS,
    FIGURES,
    GROUP_TITLES,
    GROUPS,
    LEADER_TITLES,
    LOCATIONS,
    PARTY_TITLES,
    PRODUCTS,
    RESPONSES,
    WARD_TITLES,
    WARDS,
    TextMaker,
)
from minutes.db import models as m
from minutes.services.context import _SEARCH_KEYS

Row = dict[str, Any]


def search_key(model: type, **values: Any) -> str:
    return _SEARCH_KEYS[model](SimpleNamespace(**values))


def at(day: date, hour: int = 1, minute: int = 0) -> datetime:
    """A stored timestamp (naive UTC, as ``models.utcnow``): 08:00 in Hà Nội is 01:00 UTC."""
    return datetime.combine(day, time(hour, minute))


def stamps(created: datetime, updated: datetime | None = None) -> Row:
    return {"version": 1, "created_at": created, "updated_at": updated or created}


def unit_rows(count: int) -> list[Row]:
    """The 14 units of Long Biên, then more wards (UBND and Đảng ủy of each) at larger scales."""
    specs = list(CORE_UNITS)
    extra = [(f"UBND phường {w}", f"UBND P. {w}", 1) for w in WARDS] + [
        (f"Đảng ủy phường {w}", f"ĐU P. {w}", 0) for w in WARDS
    ]
    names = {s[0] for s in specs}
    specs += [s for s in extra if s[0] not in names]
    number = 2
    while len(specs) < count:  # beyond the real wards: numbered residential groups
        specs.append((f"Tổ dân phố số {number}", f"TDP {number}", 1))
        number += 1
    created = at(TODAY - timedelta(days=365 * 10 + 30))
    rows = []
    for index, (name, short, parent) in enumerate(specs[:count]):
        rows.append(
            {
                "id": index + 1,
                "name": name,
                "short_name": short,
                "parent_id": None if parent is None else parent + 1,
                "search_key": search_key(m.Unit, name=name, short_name=short),
                **stamps(created),
            }
        )
    return rows


def people_rows(tm: TextMaker, count: int, units: list[Row]) -> list[Row]:
    rng = tm.rng
    created = at(TODAY - timedelta(days=365 * 10 + 20))
    rows = []
    for ident in range(1, count + 1):
        unit = units[0] if ident <= 3 else units[rng.randrange(len(units))]
        name, _male = tm.person_name()
        if unit["name"].startswith(("Quận ủy", "Đảng ủy")):
            title = f"{tm.pick(PARTY_TITLES)} {unit['name']}"
        elif unit["name"].startswith("UBND phường"):
            title = f"{tm.pick(WARD_TITLES)} {unit['name']}"
        else:
            role = tm.pick(LEADER_TITLES)
            place = unit["name"]
            if role.endswith("phòng") and place.startswith("Phòng "):
                place = place[len("Phòng ") :]  # Trưởng phòng Quản lý đô thị
            title = f"{role} {place}"
        rows.append(
            {
                "id": ident,
                "full_name": name,
                "title": title,
                "unit_id": unit["id"],
                "search_key": search_key(m.Person, full_name=name, title=title),
                **stamps(created),
            }
        )
    return rows


class Ids:
    """The next id of each table (the generator writes ids itself, so children can name parents)."""

    def __init__(self) -> None:
        self._next: dict[str, int] = defaultdict(lambda: 1)

    def __call__(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


class RowMaker:
    def __init__(self, rng: random.Random, units: list[Row], people: list[Row], today: date = TODAY) -> None:
        self.rng = rng
        self.tm = TextMaker(rng)
        self.units = units
        self.people = people
        self.today = today
        self.ids = Ids()
        self.by_unit: dict[int, list[Row]] = defaultdict(list)
        for person in people:
            self.by_unit[person["unit_id"]].append(person)
        self.ref_numbers: dict[tuple[int, int], int] = defaultdict(int)

    def meeting(self, plan: MeetingPlan, fates: list[TaskFate], updates: list[int]) -> dict[str, list[Row]]:
        """All rows of one meeting, by table, parents before children."""
        rng, tm, day = self.rng, self.tm, plan.day
        out: dict[str, list[Row]] = defaultdict(list)
        meeting_id = self.ids("meetings")
        if plan.special == "conference":
            title, kind = tm.big_title(day), "conference"
        elif plan.special == "plan":
            title, kind = tm.plan_title(day), "conference"
        else:
            title, kind = tm.meeting_title(day)
        org = (
            self.units[0]
            if "Quận ủy" in title
            else self.units[1]
            if rng.random() < 0.8
            else self.units[rng.randrange(len(self.units))]
        )
        start = time(8, 0) if rng.random() < 0.6 else time(14, 0)
        end = time(start.hour + rng.randint(1, 3), rng.choice((0, 15, 30, 45)))
        created = at(day, 1, rng.randrange(60))
        age = (self.today - day).days
        finalised = age > 14 and rng.random() < 0.98
        finalised_at = at(day + timedelta(days=rng.randint(1, 7)), 3) if finalised else None
        reference = ""
        if finalised:
            self.ref_numbers[(org["id"], day.year)] += 1
            reference = f"{self.ref_numbers[(org['id'], day.year)]}/BB-{org['short_name'].split()[0]}"
        location = tm.fill(tm.pick(LOCATIONS), day.year)
        attendees = self._attendance(out, meeting_id, created)
        chair, secretary = attendees[0], attendees[1]
        out["meetings"].append(
            {
                "id": meeting_id,
                "title": title,
                "kind": kind,
                "reference_number": reference,
                "organisation_id": org["id"],
                "meeting_date": day,
                "start_time": start,
                "end_time": end,
                "location": location,
                "chair_id": chair["id"],
                "secretary_id": secretary["id"],
                "status": "finalised" if finalised else "draft",
                "notes": "" if rng.random() < 0.9 else tm.observation(day.year),
                "finalised_at": finalised_at,
                "digest": None,
                "previous_version_id": None,
                "search_key": search_key(
                    m.Meeting, title=title, location=location, reference_number=reference
                ),
                **stamps(created, finalised_at or created + timedelta(hours=rng.randint(1, 48))),
            }
        )
        speakers = attendees[:]
        self._reports(out, meeting_id, plan, speakers, created)
        contributions = self._contributions(out, meeting_id, plan, speakers, start, created)
        conclusions = self._conclusions(out, meeting_id, plan, created)
        recommendations = self._recommendations(out, meeting_id, plan, created)
        sources = {
            "conclusion": conclusions,
            "recommendation": recommendations,
            "contribution": contributions,
        }
        self._tasks(out, meeting_id, day, fates, updates, sources, created, secretary["full_name"])
        return out

    # --- parts of a meeting ----------------------------------------------------------------------
    def _attendance(self, out: dict[str, list[Row]], meeting_id: int, created: datetime) -> list[Row]:
        rng, tm = self.rng, self.tm
        size = min(len(self.people), rng.randint(6, 18))
        chosen = rng.sample(self.people[:3], 1) + rng.sample(self.people[3:], size - 1)
        roles = ["chair", "secretary"] + [
            rng.choice(("member", "member", "member", "presenter", "guest")) for _ in chosen[2:]
        ]
        position = 0
        for person, role in zip(chosen, roles, strict=True):
            presence = (
                "present"
                if rng.random() < 0.9 or role in ("chair", "secretary")
                else rng.choice(("absent", "absent", "late"))
            )
            out["attendance"].append(
                {
                    "id": self.ids("attendance"),
                    "meeting_id": meeting_id,
                    "position": position,
                    "person_id": person["id"],
                    "group_name": None,
                    "role": role,
                    "presence": presence,
                    "absence_reason": tm.pick(ABSENCE) if presence == "absent" else None,
                    "note": None,
                    **stamps(created),
                }
            )
            position += 1
        for _ in range(rng.choice((0, 0, 1, 2))):
            out["attendance"].append(
                {
                    "id": self.ids("attendance"),
                    "meeting_id": meeting_id,
                    "position": position,
                    "person_id": None,
                    "group_name": tm.fill(tm.pick(GROUPS), 0),
                    "role": "member",
                    "presence": "present",
                    "absence_reason": None,
                    "note": None,
                    **stamps(created),
                }
            )
            position += 1
        return chosen

    def _reports(
        self,
        out: dict[str, list[Row]],
        meeting_id: int,
        plan: MeetingPlan,
        speakers: list[Row],
        created: datetime,
    ) -> None:
        rng, tm, year = self.rng, self.tm, plan.day.year
        per_report = [plan.figures // plan.reports] * plan.reports
        for i in range(plan.figures - sum(per_report)):
            per_report[i % plan.reports] += 1
        for position, figures in enumerate(per_report):
            report_id = self.ids("reports")
            out["reports"].append(
                {
                    "id": report_id,
                    "meeting_id": meeting_id,
                    "position": position,
                    "presenter_id": rng.choice(speakers)["id"],
                    "title": tm.report_title(year),
                    "summary": tm.report_summary(year),
                    **stamps(created),
                }
            )
            for index in range(figures):
                label, unit, low, high = FIGURES[rng.randrange(len(FIGURES))]
                value = Decimal(rng.randint(low, high))
                target = Decimal(rng.randint(low, high)) if rng.random() < 0.6 else None
                percent = (value * 100 / target).quantize(Decimal("0.1")) if target else None
                out["report_figures"].append(
                    {
                        "id": self.ids("report_figures"),
                        "report_id": report_id,
                        "position": index,
                        "label": f"{label} năm {year}" if rng.random() < 0.3 else label,
                        "value": value,
                        "unit": unit,
                        "target": target,
                        "percent": percent,
                        "note": None if rng.random() < 0.85 else "Số liệu ước thực hiện",
                        **stamps(created),
                    }
                )

    def _contributions(
        self,
        out: dict[str, list[Row]],
        meeting_id: int,
        plan: MeetingPlan,
        speakers: list[Row],
        start: time,
        created: datetime,
    ) -> list[int]:
        rng, tm, year = self.rng, self.tm, plan.day.year
        ids = []
        clock = datetime.combine(plan.day, start) + timedelta(minutes=20)
        for position in range(plan.contributions):
            ident = self.ids("contributions")
            ids.append(ident)
            speaker = rng.choice(speakers)
            grouped = rng.random() < 0.08
            unit = self.units[rng.randrange(len(self.units))]
            duration = rng.randint(60, 900)
            timed = rng.random() < 0.5
            out["contributions"].append(
                {
                    "id": ident,
                    "meeting_id": meeting_id,
                    "position": position,
                    "speaker_id": None if grouped else speaker["id"],
                    "speaker_label": f"Đại diện {unit['name']}" if grouped else None,
                    "text": tm.contribution(year, unit["name"]),
                    "spoken_at": clock.time().replace(microsecond=0) if timed else None,
                    "duration_seconds": duration if timed else None,
                    **stamps(created),
                }
            )
            clock += timedelta(seconds=duration)
        return ids

    def _conclusions(
        self, out: dict[str, list[Row]], meeting_id: int, plan: MeetingPlan, created: datetime
    ) -> list[int]:
        rng, tm = self.rng, self.tm
        ids = []
        for position in range(plan.conclusions):
            ident = self.ids("conclusions")
            ids.append(ident)
            lead, other = rng.sample(self.units, 2)
            due = plan.day + timedelta(days=rng.choice((15, 30, 60, 90))) if rng.random() < 0.6 else None
            out["conclusions"].append(
                {
                    "id": ident,
                    "meeting_id": meeting_id,
                    "position": position,
                    "text": tm.conclusion(plan.day.year, lead["name"], other["name"], due),
                    **stamps(created),
                }
            )
        return ids

    def _recommendations(
        self, out: dict[str, list[Row]], meeting_id: int, plan: MeetingPlan, created: datetime
    ) -> list[int]:
        rng, tm = self.rng, self.tm
        ids: list[int] = []
        groups = max(1, min(plan.recommendations, round(plan.recommendations / rng.uniform(3, 7))))
        sizes = [plan.recommendations // groups] * groups
        for i in range(plan.recommendations - sum(sizes)):
            sizes[i] += 1
        for position, size in enumerate(sizes):
            group_id = self.ids("recommendation_groups")
            out["recommendation_groups"].append(
                {
                    "id": group_id,
                    "meeting_id": meeting_id,
                    "position": position,
                    "title": tm.fill(tm.pick(GROUP_TITLES), plan.day.year),
                    **stamps(created),
                }
            )
            for index in range(size):
                ident = self.ids("recommendations")
                ids.append(ident)
                out["recommendations"].append(
                    {
                        "id": ident,
                        "group_id": group_id,
                        "meeting_id": meeting_id,
                        "position": index,
                        "text": tm.recommendation(plan.day.year),
                        "response": tm.pick(RESPONSES) if rng.random() < 0.3 else None,
                        **stamps(created),
                    }
                )
        return ids

    def _tasks(
        self,
        out: dict[str, list[Row]],
        meeting_id: int,
        day: date,
        fates: list[TaskFate],
        updates: list[int],
        sources: dict[str, list[int]],
        created: datetime,
        actor: str,
    ) -> None:
        rng, tm = self.rng, self.tm
        for position, (fate, n_updates) in enumerate(zip(fates, updates, strict=True)):
            task_id = self.ids("tasks")
            lead = self.units[rng.randrange(2, len(self.units))] if len(self.units) > 2 else self.units[0]
            staff = self.by_unit.get(lead["id"]) or []
            responsible = rng.choice(staff) if staff and rng.random() < 0.8 else None
            kind = rng.choices(("conclusion", "recommendation", "contribution", None), (65, 15, 5, 15))[0]
            source_id = rng.choice(sources[kind]) if kind and sources[kind] else None
            text = tm.task(day.year)
            product = tm.pick(PRODUCTS)
            events = self._history(
                task_id,
                day,
                fate,
                n_updates,
                created,
                actor,
                responsible["full_name"] if responsible else actor,
                out,
            )
            out["tasks"].append(
                {
                    "id": task_id,
                    "meeting_id": meeting_id,
                    "position": position,
                    "text": text,
                    "source_kind": kind if source_id else None,
                    "conclusion_id": source_id if kind == "conclusion" else None,
                    "recommendation_id": source_id if kind == "recommendation" else None,
                    "contribution_id": source_id if kind == "contribution" else None,
                    "lead_unit_id": lead["id"],
                    "responsible_id": responsible["id"] if responsible else None,
                    "deadline": fate.deadline,
                    "priority": rng.choices((1, 2, 3), (2, 6, 2))[0],
                    "expected_product": product,
                    "progress": fate.progress,
                    "completed_on": fate.completed_on,
                    "cancelled_on": fate.cancelled_on,
                    "cancel_reason": tm.pick(CANCEL_REASONS) if fate.cancelled_on else None,
                    "search_key": search_key(m.Task, text=text, expected_product=product),
                    **stamps(created, max(e["at"] for e in events)),
                }
            )
            others = [u for u in self.units if u["id"] != lead["id"]]
            for unit in rng.sample(others, min(len(others), rng.choice((0, 0, 1, 1, 2, 3)))):
                out["task_coordinators"].append({"task_id": task_id, "unit_id": unit["id"]})
            out["task_events"].extend(events)

    def _history(
        self,
        task_id: int,
        day: date,
        fate: TaskFate,
        n_updates: int,
        created: datetime,
        actor: str,
        author: str,
        out: dict[str, list[Row]],
    ) -> list[Row]:
        """Progress updates (into ``out``) and the task's events, consistent with its fate."""
        rng, tm = self.rng, self.tm

        def event(
            when: datetime, kind: str, old: str | None = None, new: str | None = None, note: str | None = None
        ) -> Row:
            return {
                "id": self.ids("task_events"),
                "task_id": task_id,
                "at": when,
                "kind": kind,
                "old_value": old,
                "new_value": new,
                "note": note,
                "actor": actor,
            }

        events = [event(created, "created", new=fate.deadline.isoformat() if fate.deadline else None)]
        if fate.deadline and rng.random() < 0.08 and fate.deadline > day + timedelta(days=5):
            old = fate.deadline - timedelta(days=rng.randint(1, (fate.deadline - day).days - 1))
            events.append(
                event(
                    at(old, 2),
                    "deadline_changed",
                    old.isoformat(),
                    fate.deadline.isoformat(),
                    "Theo đề nghị của đơn vị chủ trì",
                )
            )
        end = fate.completed_on or fate.cancelled_on or self.today
        dates = sorted(day + timedelta(days=rng.randint(0, (end - day).days)) for _ in range(n_updates))
        percents = _ramp(rng, n_updates, fate)
        for when, percent in zip(dates, percents, strict=True):
            note = tm.progress_note(percent, when)
            update_at = at(when, 2, rng.randrange(60))
            out["progress_updates"].append(
                {
                    "id": self.ids("progress_updates"),
                    "task_id": task_id,
                    "update_date": when,
                    "percent": percent,
                    "note": note,
                    "author": author,
                    **stamps(update_at),
                }
            )
            events.append(event(update_at, "progress", new=str(percent), note=note))
        if fate.completed_on:
            events.append(event(at(fate.completed_on, 9), "completed", new=fate.completed_on.isoformat()))
        if fate.cancelled_on:
            events.append(
                event(
                    at(fate.cancelled_on, 9),
                    "cancelled",
                    new=fate.cancelled_on.isoformat(),
                    note=tm.pick(CANCEL_REASONS),
                )
            )
        events.sort(key=lambda e: e["at"])
        return events


def _ramp(rng: random.Random, count: int, fate: TaskFate) -> list[int]:
    """Rising percents ending where the task's progress stands (done tasks often end on 100)."""
    if count == 0:
        return []
    last = fate.progress
    if fate.status.is_done and rng.random() < 0.3:
        last = rng.randint(5, 19) * 5  # completed without a final 100% update
    steps = sorted(rng.randint(0, last) for _ in range(count - 1))
    return [*steps, last]


def batches(rows: dict[str, list[Row]]) -> Iterator[tuple[str, list[Row]]]:
    for table in ORDER:
        if rows.get(table):
            yield table, rows[table]


#: Parents before children (foreign keys are checked during the load).
ORDER = (
    "meetings",
    "attendance",
    "reports",
    "report_figures",
    "contributions",
    "conclusions",
    "recommendation_groups",
    "recommendations",
    "tasks",
    "task_coordinators",
    "progress_updates",
    "task_events",
)
