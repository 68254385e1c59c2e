"""Saving the task form: a new task, or the changes to one, each one unit of work in the services and so
one undo step there (minutes.services.undo).

Kept apart from the form's widgets (:mod:`minutes.ui.task_form`). The changes name the version of the
task the form showed: a conflict (someone changed a field meanwhile) is shown with both sides and the
user keeps theirs or the form's values (:func:`minutes.ui.conflict_dialog.write_or_resolve`). A deadline
that was already set moves with the reason the user gave, so the task's history keeps both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from minutes.services.dto import TaskDTO
from minutes.services.task_versions import seen_of
from minutes.ui.conflict_dialog import write_or_resolve
from minutes.ui.context import UiContext

Run = Callable[[Callable[[], Any]], Any]


def at_once(work: Callable[[], Any]) -> Any:
    return work()


def create_task(
    ctx: UiContext, meeting_id: int, values: dict[str, Any], source: dict[str, Any], run: Run = at_once
) -> int:
    """Create the task (one undo step of the meeting) through ``run`` (the writer, off the GUI thread:
    :func:`minutes.ui.waiting.run_on`); its id."""
    tasks = ctx.services.tasks
    return int(run(lambda: tasks.create(meeting_id, **values, **source)))


def update_task(
    parent: QWidget,
    ctx: UiContext,
    old: TaskDTO,
    values: dict[str, Any],
    reason: str,
    run: Run = at_once,
) -> None:
    """Store the form's ``values`` (``deadline`` among them) over ``old`` in one operation (one
    transaction, one undo step), naming the version the form showed. The write and a re-read after a
    conflict go through ``run``; the conflict is asked about here, on the GUI thread."""
    tasks, ident = ctx.services.tasks, old.id
    values = dict(values)
    new_deadline = values.pop("deadline")
    fields = {"text": values.pop("text_"), **values}

    def write(version: int, seen: dict[str, Any] | None) -> None:
        run(
            lambda: tasks.update(
                ident,
                deadline=new_deadline,
                deadline_reason=reason or None,
                expected_version=version,
                seen=seen,
                **fields,
            )
        )

    def reread() -> dict[str, Any]:
        return dict(run(lambda: seen_of(tasks.get(ident).task)))

    write_or_resolve(parent, write, old.version, seen_of(old), reread)
