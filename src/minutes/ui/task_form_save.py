"""Saving the task form: a new task, or the changes to one, each one unit of work in the services and so
one undo step there (minutes.services.undo).

Kept apart from the form's widgets (:mod:`minutes.ui.task_form`). The changes name the version of the
task the form showed: a conflict (someone changed a field meanwhile) is shown with both sides and the
user keeps theirs or the form's values (:func:`minutes.ui.conflict_dialog.write_or_resolve`). A deadline
that was already set moves with the reason the user gave, so the task's history keeps both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from minutes.services.dto import TaskDTO
from minutes.services.task_versions import seen_of
from minutes.ui.conflict_dialog import write_or_resolve
from minutes.ui.context import UiContext


def create_task(ctx: UiContext, meeting_id: int, values: dict[str, Any], source: dict[str, Any]) -> int:
    """Create the task now (one undo step of the meeting); its id."""
    return ctx.services.tasks.create(meeting_id, **values, **source)


def update_task(parent: QWidget, ctx: UiContext, old: TaskDTO, values: dict[str, Any], reason: str) -> None:
    """Store the form's ``values`` (``deadline`` among them) over ``old`` in one operation (one
    transaction, one undo step), naming the version the form showed."""
    tasks, ident = ctx.services.tasks, old.id
    values = dict(values)
    new_deadline = values.pop("deadline")
    fields = {"text": values.pop("text_"), **values}

    def write(version: int, seen: dict[str, Any] | None) -> None:
        tasks.update(
            ident,
            deadline=new_deadline,
            deadline_reason=reason or None,
            expected_version=version,
            seen=seen,
            **fields,
        )

    def reread() -> dict[str, Any]:
        return seen_of(tasks.get(ident).task)

    write_or_resolve(parent, write, old.version, seen_of(old), reread)
