"""Tasks and the items they came from (migration 0009): who points at an item, and what happens to them
when it is removed (the link goes, the task keeps the item's words)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.db import models as m

#: The kinds of items a task can come from, and their models.
ITEM_MODELS: dict[str, type[m.Conclusion] | type[m.Recommendation] | type[m.Contribution]] = {
    "conclusion": m.Conclusion,
    "recommendation": m.Recommendation,
    "contribution": m.Contribution,
}


@dataclass(frozen=True)
class LinkedTask:
    """A task that came from an item: shown to the user before the item is removed."""

    id: int
    position: int
    text: str


def item_ids(session: Session, kind: str, ident: int) -> tuple[str, list[int]]:
    """The kind and ids of the items a removal of ``kind``/``ident`` takes with it (a recommendation group
    takes its recommendations)."""
    if kind == "recommendation_group":
        ids = session.scalars(select(m.Recommendation.id).where(m.Recommendation.group_id == ident))
        return "recommendation", list(ids)
    return kind, [ident]


def linked_tasks(session: Session, kind: str, ids: Iterable[int]) -> list[m.Task]:
    """The tasks linked to any of the items ``ids`` of ``kind``, in the meeting's order."""
    ids = list(ids)
    if not ids:
        return []
    column = getattr(m.Task, m.SOURCE_COLUMNS[kind])
    return list(session.scalars(select(m.Task).where(column.in_(ids)).order_by(m.Task.position, m.Task.id)))


def release(
    session: Session, kind: str, items: Iterable[m.Conclusion | m.Recommendation | m.Contribution]
) -> None:
    """Before ``items`` are removed: their tasks keep the items' words and the kind, and lose the link
    (explicitly, so the audit trail records it and undo can restore it)."""
    words = {item.id: item.text for item in items}
    column = m.SOURCE_COLUMNS[kind]
    for task in linked_tasks(session, kind, words):
        task.source_text = words[getattr(task, column)]
        setattr(task, column, None)


__all__ = ["ITEM_MODELS", "LinkedTask", "item_ids", "linked_tasks", "release"]
