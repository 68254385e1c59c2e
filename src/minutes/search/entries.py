"""What the index holds for each kind of record: a title, a body, and the meeting/task it belongs to.

The builders read attributes by name, so they take ORM objects (the indexer, on flush) and Core rows
(:func:`iter_entries`, for a rebuild) alike. Text is folded with :func:`minutes.domain.text.fold` and
cut into tokens the way FTS5's ``unicode61`` tokenizer does (runs of letters and digits), so the
stored key, the query and the snippet highlighter agree on what a word is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Table, inspect, select

from minutes.db import models as m
from minutes.domain.text import fold


class Kind(StrEnum):
    MEETING = "meeting"
    PERSON = "person"
    UNIT = "unit"
    REPORT = "report"
    FIGURE = "figure"
    CONTRIBUTION = "contribution"
    CONCLUSION = "conclusion"
    RECOMMENDATION = "recommendation"
    TASK = "task"
    PROGRESS = "progress"
    AGENDA_ITEM = "agenda_item"


KINDS: tuple[str, ...] = tuple(k.value for k in Kind)

# A word: a run of letters and digits (FTS5 unicode61 treats L*, N* as token characters).
TOKEN = re.compile(r"[^\W_]+")


def tokens(folded: str) -> list[str]:
    return TOKEN.findall(folded)


def search_text(value: str | None) -> str:
    """The search key of a text: folded, then its words joined by single spaces."""
    return " ".join(tokens(fold(value)))


@dataclass(frozen=True)
class Entry:
    kind: str
    entity_id: int
    meeting_id: int | None
    task_id: int | None
    title: str
    body: str

    def row(self) -> dict[str, Any]:
        """The values of its ``search_entries`` row."""
        return {
            "kind": self.kind,
            "entity_id": self.entity_id,
            "meeting_id": self.meeting_id,
            "task_id": self.task_id,
            "title": self.title,
            "body": self.body,
            "folded_title": search_text(self.title),
            "folded": search_text(f"{self.title}\n{self.body}"),
        }


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def number(value: Decimal | None) -> str:
    """A figure the Vietnamese way: 19.885.177.001 and 98,4."""
    if value is None:
        return ""
    text = f"{value.normalize():,f}"
    return text.translate(str.maketrans(",.", ".,"))


# --- one builder per kind ---------------------------------------------------------------------------


def meeting(o: Any) -> Entry:
    return Entry(
        Kind.MEETING, o.id, o.id, None, o.title or "", _join(o.reference_number, o.location, o.notes)
    )


def person(o: Any) -> Entry:
    return Entry(Kind.PERSON, o.id, None, None, o.full_name or "", o.title or "")


def unit(o: Any) -> Entry:
    return Entry(Kind.UNIT, o.id, None, None, o.name or "", o.short_name or "")


def report(o: Any) -> Entry:
    return Entry(Kind.REPORT, o.id, o.meeting_id, None, o.title or "", o.summary or "")


def figure(o: Any, meeting_id: int | None) -> Entry:
    value = " ".join(x for x in (number(o.value), o.unit or "") if x)
    target = number(o.target)
    percent = number(o.percent)
    body = _join(value, f"/ {target}" if target else "", f"{percent}%" if percent else "", o.note)
    return Entry(Kind.FIGURE, o.id, meeting_id, None, o.label or "", body)


def contribution(o: Any, speaker_name: str | None) -> Entry:
    title = o.speaker_label or speaker_name or ""
    return Entry(Kind.CONTRIBUTION, o.id, o.meeting_id, None, title, o.text or "")


def conclusion(o: Any) -> Entry:
    return Entry(Kind.CONCLUSION, o.id, o.meeting_id, None, "", o.text or "")


def recommendation(o: Any, group_title: str | None) -> Entry:
    return Entry(Kind.RECOMMENDATION, o.id, o.meeting_id, None, group_title or "", _join(o.text, o.response))


def task(o: Any, people: str = "") -> Entry:
    """A task: its text, expected product, assignee as written, the people it is assigned to (``people``,
    :func:`task_people`) and the wording of its deadline."""
    # assignee_text and deadline_text exist from revision 0006 on (a rebuild may run at an older one)
    return Entry(
        Kind.TASK,
        o.id,
        o.meeting_id,
        o.id,
        "",
        _join(
            o.text,
            o.expected_product,
            getattr(o, "assignee_text", ""),
            people,
            getattr(o, "deadline_text", ""),
        ),
    )


def task_people(connection: Connection, task_ids: set[int] | None = None) -> dict[int, str]:
    """The names of the people each task is assigned to, in the meeting's order ("A, B"), by task id;
    every task's when ``task_ids`` is None (a rebuild, which may run before revision 0006 made the table)."""
    if task_ids is None and not inspect(connection).has_table("task_assignees"):
        return {}
    if task_ids is not None and not task_ids:
        return {}
    links, people = m.TaskAssignee.__table__, m.Person.__table__
    stmt = (
        select(links.c.task_id, people.c.full_name)
        .join(people, people.c.id == links.c.person_id)
        .order_by(links.c.task_id, links.c.position, links.c.person_id)
    )
    if task_ids is not None:
        stmt = stmt.where(links.c.task_id.in_(task_ids))
    names: dict[int, list[str]] = {}
    for task_id, name in connection.execute(stmt):
        names.setdefault(task_id, []).append(name)
    return {task_id: ", ".join(found) for task_id, found in names.items()}


def agenda_item(o: Any) -> Entry:
    return Entry(Kind.AGENDA_ITEM, o.id, o.meeting_id, None, o.title or "", "")


def progress(o: Any, meeting_id: int | None) -> Entry:
    return Entry(Kind.PROGRESS, o.id, meeting_id, o.task_id, "", o.note or "")


# --- every entry of a database, for a rebuild -------------------------------------------------------

PAGE = 5000


def _pages(connection: Connection, table: Table, stmt: Any) -> Iterator[Any]:
    """Rows of ``stmt`` in id order, fetched by keyset pages (no long-lived cursor on the connection)."""
    last = 0
    while True:
        rows = connection.execute(stmt.where(table.c.id > last).order_by(table.c.id).limit(PAGE)).all()
        yield from rows
        if len(rows) < PAGE:
            return
        last = rows[-1].id


def _columns(connection: Connection, table: Any) -> list[Any]:
    """The columns of ``table`` that the database has: a migration may rebuild the index at a revision
    older than the models (0002 runs before 0006 adds columns)."""
    present = {c["name"] for c in inspect(connection).get_columns(table.name)}
    return [c for c in table.c if c.name in present]


def iter_entries(connection: Connection) -> Iterator[Entry]:
    """The entry of every searchable record, read with Core (works inside a migration too)."""
    meetings = m.Meeting.__table__
    people = m.Person.__table__
    units = m.Unit.__table__
    reports = m.Report.__table__
    figures = m.ReportFigure.__table__
    contributions = m.Contribution.__table__
    conclusions = m.Conclusion.__table__
    groups = m.RecommendationGroup.__table__
    recommendations = m.Recommendation.__table__
    tasks = m.Task.__table__
    updates = m.ProgressUpdate.__table__

    for row in _pages(connection, meetings, select(*_columns(connection, meetings))):  # type: ignore[arg-type]
        yield meeting(row)
    for row in _pages(connection, people, select(*_columns(connection, people))):  # type: ignore[arg-type]
        yield person(row)
    for row in _pages(connection, units, select(*_columns(connection, units))):  # type: ignore[arg-type]
        yield unit(row)
    for row in _pages(connection, reports, select(*_columns(connection, reports))):  # type: ignore[arg-type]
        yield report(row)
    stmt = select(*_columns(connection, figures), reports.c.meeting_id).join(
        reports, reports.c.id == figures.c.report_id
    )
    for row in _pages(connection, figures, stmt):  # type: ignore[arg-type]
        yield figure(row, row.meeting_id)
    stmt = select(*_columns(connection, contributions), people.c.full_name.label("speaker_name")).outerjoin(
        people, people.c.id == contributions.c.speaker_id
    )
    for row in _pages(connection, contributions, stmt):  # type: ignore[arg-type]
        yield contribution(row, row.speaker_name)
    for row in _pages(connection, conclusions, select(*_columns(connection, conclusions))):  # type: ignore[arg-type]
        yield conclusion(row)
    stmt = select(*_columns(connection, recommendations), groups.c.title.label("group_title")).join(
        groups, groups.c.id == recommendations.c.group_id
    )
    for row in _pages(connection, recommendations, stmt):  # type: ignore[arg-type]
        yield recommendation(row, row.group_title)
    assigned = task_people(connection)
    for row in _pages(connection, tasks, select(*_columns(connection, tasks))):  # type: ignore[arg-type]
        yield task(row, assigned.get(row.id, ""))
    stmt = select(*_columns(connection, updates), tasks.c.meeting_id).join(
        tasks, tasks.c.id == updates.c.task_id
    )
    for row in _pages(connection, updates, stmt):  # type: ignore[arg-type]
        yield progress(row, row.meeting_id)
    agenda = m.AgendaItem.__table__
    if inspect(connection).has_table("agenda_items"):
        for row in _pages(connection, agenda, select(agenda)):  # type: ignore[arg-type]
            yield agenda_item(row)
