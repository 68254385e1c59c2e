"""Saving the task form: a new task, or the changes to one, as one undoable step each.

Kept apart from the form's widgets (:mod:`minutes.ui.task_form`). A deadline that was already set is
moved through ``change_deadline`` with the reason the user gave, so the task's history keeps both.
"""

from __future__ import annotations

from typing import Any

from minutes.domain.deadline import Deadline
from minutes.services.dto import TaskDTO
from minutes.ui.context import UiContext
from minutes.ui.editor.commands import DoneCommand, id_map

TABLE = "tasks"


def stored_values(task: TaskDTO) -> dict[str, Any]:
    """The editable fields of ``task`` as ``TaskService.update`` takes them (undo puts these back)."""
    return {
        "text": task.text,
        "lead_unit_id": task.lead_unit_id,
        "coordinating_unit_ids": list(task.coordinating_unit_ids),
        "responsible_id": task.responsible_id,
        "priority": task.priority,
        "expected_product": task.expected_product,
        "assignee_ids": list(task.assignee_ids),
        "assignee_text": task.assignee_text,
        "agenda_item_id": task.agenda_item_id,
        "done_at_meeting": task.done_at_meeting,
    }


def create_task(
    ctx: UiContext, meeting_id: int, values: dict[str, Any], source: dict[str, Any], label: str
) -> int:
    """Create the task now and push its undo step; its id."""
    tasks, ids = ctx.services.tasks, id_map(ctx.undo_stack)
    first = tasks.create(meeting_id, **values, **source)

    def redo() -> None:
        ids.alias(TABLE, first, tasks.create(meeting_id, **values, **source))

    ctx.undo_stack.push(
        DoneCommand(label, lambda: tasks.delete(ids.resolve(TABLE, first)), redo, lambda exc: None)
    )
    return first


def update_task(
    ctx: UiContext,
    old: TaskDTO,
    values: dict[str, Any],
    reason: str,
    *,
    label: str,
    undo_reason: str,
) -> None:
    """Store the form's ``values`` (``deadline`` among them) over ``old`` now and push the undo step."""
    tasks, ids, first = ctx.services.tasks, id_map(ctx.undo_stack), old.id
    values = dict(values)
    new_deadline: Deadline | None = values.pop("deadline")
    fields = {"text": values.pop("text_"), **values}
    before = stored_values(old)

    def apply(values: dict[str, Any], deadline: Deadline | None, why: str) -> None:
        ident = ids.resolve(TABLE, first)
        current = tasks.get(ident).task
        if deadline != current.deadline_spec:
            if current.deadline is None:
                tasks.update(ident, deadline=deadline)
            else:
                tasks.change_deadline(ident, deadline, why)
        tasks.update(ident, **values)

    apply(fields, new_deadline, reason)
    ctx.undo_stack.push(
        DoneCommand(
            label,
            lambda: apply(before, old.deadline_spec, undo_reason),
            lambda: apply(fields, new_deadline, reason),
            lambda exc: None,
        )
    )
