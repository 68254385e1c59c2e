"""The fields of a task that model v2 added: the assigned people and the stated deadline. Shared by the
task service and the importer."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.domain.deadline import Deadline, coerce
from minutes.errors import ValidationError
from minutes.services.base import line

#: At most this many people named on one task (a list, not a directory).
MAX_ASSIGNEES = 50


def clean_deadline(value: Any) -> Deadline | None:
    """A deadline as the services take it (a :class:`Deadline`, a date or None), its wording cleaned."""
    if value is not None and not isinstance(value, Deadline | date):
        raise ValidationError(field="deadline", detail=f"not a deadline: {value!r}")
    stated = coerce(value)
    if stated is None:
        return None
    wording = line(stated.text)
    if wording != stated.text:
        try:
            stated = Deadline(stated.kind, stated.end, stated.start, stated.due, wording)
        except ValueError as exc:
            raise ValidationError(field="deadline", detail=str(exc)) from exc
    return stated


def set_deadline(task: m.Task, stated: Deadline | None) -> None:
    """Store ``stated``: ``tasks.deadline`` holds its status date, the other columns what was said."""
    if stated is None:
        task.deadline = None
        task.deadline_kind = task.deadline_start = task.deadline_end = None
        task.deadline_text = ""
        return
    task.deadline = stated.due
    task.deadline_kind = stated.kind.value
    task.deadline_start = stated.start
    task.deadline_end = stated.end
    task.deadline_text = stated.text


def set_assignees(session: Session, task: m.Task, person_ids: Iterable[int]) -> None:
    """Assign the task to these people, in this order (duplicates dropped)."""
    ids = list(dict.fromkeys(person_ids))
    if len(ids) > MAX_ASSIGNEES:
        raise ValidationError(field="assignees", detail=f"at most {MAX_ASSIGNEES} people")
    found = {p.id: p for p in session.scalars(select(m.Person).where(m.Person.id.in_(ids)))} if ids else {}
    if len(found) != len(ids):
        raise ValidationError(field="assignees", detail="unknown person")
    current = {link.person_id: link for link in task.assignee_links}
    links = []
    for position, ident in enumerate(ids):
        link = current.get(ident) or m.TaskAssignee(person=found[ident])
        if link.position != position:
            link.position = position
        links.append(link)
    if [link.person_id for link in task.assignee_links] != ids or len(links) != len(task.assignee_links):
        task.assignee_links = links


def set_done_at_meeting(task: m.Task, done: bool) -> bool:
    """Mark the task done at the meeting itself (completed on the meeting's date), or take that back
    (open again, its progress as the updates left it). Returns whether anything changed."""
    if task.done_at_meeting == done:
        return False
    task.done_at_meeting = done
    if done:
        task.completed_on = task.meeting.meeting_date
        task.cancelled_on = None
        task.cancel_reason = None
        task.progress = 100
    else:
        task.completed_on = None
        task.progress = max((u.percent for u in task.updates if u.percent < 100), default=0)
    return True
