"""A task's fields as the version check compares them (minutes.services.versions).

A task's values live in several forms: the priority is a rank in the table and a name in a
:class:`~minutes.services.dto.TaskDTO`, the deadline is four columns, the coordinating units a link table.
:func:`task_value` reads a field of a stored task and :func:`seen_of` the same field of the task as a
screen showed it, in one comparable form; ``status`` stands for completed/cancelled together.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.domain.deadline import coerce
from minutes.domain.enums import Priority
from minutes.services import mapping
from minutes.services.dto import TaskDTO
from minutes.services.versions import check_version

#: The fields a task form or dialog shows, as :func:`seen_of` gives them.
TASK_FIELDS = (
    "text",
    "lead_unit_id",
    "coordinating_unit_ids",
    "responsible_id",
    "assignee_ids",
    "assignee_text",
    "agenda_item_id",
    "done_at_meeting",
    "deadline",
    "priority",
    "expected_product",
    "progress",
    "status",
)


def _deadline(value: Any) -> tuple[str, str] | None:
    try:
        stated = coerce(value)
    except (TypeError, ValueError):
        return None
    return None if stated is None else (stated.token(), stated.due.isoformat())


def _priority(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return Priority.from_rank(value).value
        except ValueError:
            return str(value)
    return str(getattr(value, "value", value))


def _ids(value: Iterable[int] | None) -> tuple[int, ...]:
    return tuple(sorted(set(value or ())))


def comparable(key: str, value: Any) -> Any:
    """A value given for ``key`` (typed, or as a TaskDTO holds it) in the form :func:`task_value` reads."""
    if key == "deadline":
        return _deadline(value)
    if key == "priority":
        return _priority(value)
    if key == "coordinating_unit_ids":
        return _ids(value)
    if key == "assignee_ids":
        return tuple(dict.fromkeys(value or ()))
    if key in ("text", "expected_product", "assignee_text") and isinstance(value, str):
        return value.strip()
    return value


def task_value(task: m.Task, key: str) -> Any:
    """The stored value of ``key`` of ``task`` in comparable form."""
    if key == "deadline":
        return _deadline(mapping.deadline(task))
    if key == "priority":
        return _priority(task.priority)
    if key == "coordinating_unit_ids":
        return _ids(u.id for u in task.coordinating_units)
    if key == "assignee_ids":
        return tuple(link.person_id for link in task.assignee_links)
    if key == "status":
        return (task.completed_on, task.cancelled_on)
    value = getattr(task, key)
    return value.strip() if isinstance(value, str) else value


def seen_of(task: TaskDTO) -> dict[str, Any]:
    """What a screen showing ``task`` saw of each field (pass as ``seen`` with ``task.version``)."""
    values: dict[str, Any] = {
        "text": task.text,
        "lead_unit_id": task.lead_unit_id,
        "coordinating_unit_ids": task.coordinating_unit_ids,
        "responsible_id": task.responsible_id,
        "assignee_ids": task.assignee_ids,
        "assignee_text": task.assignee_text,
        "agenda_item_id": task.agenda_item_id,
        "done_at_meeting": task.done_at_meeting,
        "deadline": task.deadline_spec or task.deadline,
        "priority": task.priority,
        "expected_product": task.expected_product,
        "progress": task.progress,
        "status": (task.completed_on, task.cancelled_on),
    }
    return {key: comparable(key, value) for key, value in values.items()}


def check_task(
    session: Session,
    task: m.Task,
    expected_version: int | None,
    fields: dict[str, Any],
    seen: dict[str, Any] | None,
) -> None:
    """:func:`~minutes.services.versions.check_version` for a task's fields (and ``status``)."""
    if expected_version is None:
        return
    typed = {key: comparable(key, value) for key, value in fields.items()}
    check_version(session, task, expected_version, typed, seen=seen, current=task_value)
