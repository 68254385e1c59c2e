"""Recognise a meeting in a Word document: :func:`recognise` reads the header, then the body, then fills
what only follows from the whole (the meeting date when only the document date or a title names it, the
kind of meeting, the chair and presenters among the attendees) and lists what a clerk should check.

Nothing is saved here: the result is a :class:`~minutes.archive.model.RecognisedMeeting` a review screen
can show and correct before :mod:`minutes.archive.store` saves it.
"""

from __future__ import annotations

import re

from minutes.archive import vocab
from minutes.archive.body import read_body
from minutes.archive.context import Ctx
from minutes.archive.directory import Directory, person_key, unit_key
from minutes.archive.header import read_header
from minutes.archive.model import Attendee, DateValue, RecognisedMeeting, Span, TaskItem, Text
from minutes.archive.source import SourceDocument
from minutes.archive.textutil import afold
from minutes.archive.values import find_date
from minutes.domain.text import fold

#: Bumped whenever recognition changes what it produces (kept with each imported meeting).
RECOGNISER_VERSION = (
    3  # 2: the documents this application prints since issue 14; 3: its v2 wording (agenda parts,
)
# counted contributions, decisions with votes, people of a task, the next meeting, document dates)


def recognise(doc: SourceDocument, directory: Directory | None = None) -> RecognisedMeeting:
    rec = RecognisedMeeting(source_name=doc.name)
    ctx = Ctx(doc, rec, directory or Directory())
    start = read_header(ctx)
    read_body(ctx, start)
    for index, line in enumerate(doc.lines):
        if index not in ctx.used and line.text.strip():
            ctx.leftover(index)
    _finish(ctx)
    return rec


def _finish(ctx: Ctx) -> None:
    rec = ctx.rec
    if rec.meeting_date is None:
        _date_fallback(ctx)
    if rec.kind is None:
        sources = [(rec.title.value, rec.title.spans)] if rec.title else []
        sources += [(left.text, left.spans) for left in rec.leftovers[:3]]
        if rec.end_time is not None:
            sources += [(ctx.lines[s.line].text, [s]) for s in rec.end_time.spans]
        found = [(name, spans) for name, pattern in vocab.MEETING_KINDS for text, spans in sources
                 if pattern.search(afold(text))]  # fmt: skip
        if found:
            rec.kind = Text(found[0][0], spans=list(found[0][1]), confidence=0.8)
    _merge_tasks(rec)
    _roles(rec)
    _assignee_titles(rec)
    rec.leftovers.sort(key=lambda left: left.spans[0].line if left.spans else -1)
    if rec.title is None:
        rec.problems.append("no_title")
    if not rec.attendees and rec.doc_kind == "minutes":
        rec.problems.append("no_attendees")
    if rec.organisation is None:
        rec.problems.append("no_organisation")


def _date_fallback(ctx: Ctx) -> None:
    """The meeting's date from the title ("... ngày 19/01/2021"), else the document's date."""
    rec = ctx.rec
    if rec.title is not None:
        found = find_date(rec.title.value)
        if found is not None:
            rec.meeting_date = DateValue(found.value, found.precision, spans=rec.title.spans, confidence=0.7)
            return
    if rec.document_date is not None:
        rec.meeting_date = DateValue(rec.document_date.value, spans=rec.document_date.spans, confidence=0.5)
        rec.problems.append("meeting_date_from_document_date")
        return
    for index, line in enumerate(ctx.lines[:60]):
        found = find_date(line.text)
        if found is not None:
            rec.meeting_date = DateValue(found.value, found.precision, spans=[Span(index, found.start, found.end)],
                                         confidence=0.4)  # fmt: skip
            rec.problems.append("meeting_date_guessed")
            return
    rec.problems.append("no_meeting_date")


def _roles(rec: RecognisedMeeting) -> None:
    """Chair, secretary and presenters take their role on the attendance list (added when missing)."""
    for ref, role in ((rec.chair, "chair"), (rec.secretary, "secretary"),
                      *((r.presenter, "presenter") for r in rec.reports)):  # fmt: skip
        if ref is None:
            continue
        key = person_key(ref.name)
        for row in rec.attendees:
            if row.person is not None and person_key(row.person.name) == key:
                if row.role == "member":
                    row.role = role
                if not row.person.title and ref.title:
                    row.person.title = ref.title
                if not ref.title and row.person.title:
                    ref.title = row.person.title
                    ref.person_id = ref.person_id or row.person.person_id
                break
        else:
            if rec.doc_kind == "minutes" and rec.attendees:
                rec.attendees.append(Attendee(person=ref, role=role, spans=list(ref.spans), confidence=0.7))


def _assignee_titles(rec: RecognisedMeeting) -> None:
    """A person a task names without a title ("(đồng chí Nguyễn Đức Thắng)") is the attendee, chair or
    secretary of that name: the same person, with the title the document gives there."""
    known = {
        person_key(a.person.name): a.person for a in rec.attendees if a.person is not None and a.person.title
    }
    for ref in (rec.chair, rec.secretary):
        if ref is not None and ref.title:
            known.setdefault(person_key(ref.name), ref)
    for task in rec.tasks:
        for person in task.assignees:
            found = known.get(person_key(person.name)) if not person.title else None
            if found is not None:
                person.title = found.title
                person.person_id = person.person_id or found.person_id


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) > 2}


def _same_task(row: TaskItem, said: TaskItem) -> bool:
    """A row of the task table and an assignment in a conclusion that state the same task: the same lead
    (unit or people), the same deadline, and words in common."""
    if (row.lead_unit is None) != (said.lead_unit is None):
        return False
    if row.lead_unit is not None and said.lead_unit is not None and \
            unit_key(row.lead_unit.name) != unit_key(said.lead_unit.name):  # fmt: skip
        return False
    if [person_key(p.name) for p in row.assignees] != [person_key(p.name) for p in said.assignees]:
        return False
    due = (row.deadline.due if row.deadline else None, said.deadline.due if said.deadline else None)
    if None not in due and due[0] != due[1]:
        return False
    a, b = _words(row.text), _words(said.text)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.3


def _merge_tasks(rec: RecognisedMeeting) -> None:
    """A task the minutes state twice - assigned in a conclusion and listed in the task table - is one
    task: the table's row, linked to the conclusion (or recommendation) that assigned it."""
    rows = [t for t in rec.tasks if t.origin == "table"]
    if not rows:
        return
    kept: list[TaskItem] = []
    for task in rec.tasks:
        if task.origin == "table" or task.source is None:
            kept.append(task)
            continue
        row = next((r for r in rows if r.source is None and _same_task(r, task)), None)
        if row is None:
            kept.append(task)
            continue
        row.source = task.source
        row.spans += task.spans
        row.deadline = row.deadline or task.deadline
    rec.tasks = kept
