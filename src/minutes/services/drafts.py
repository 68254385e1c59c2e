"""Crash recovery: text typed but not yet saved into its record.

The GUI upserts the field's text here a moment after each keystroke (cheap, one small row); the real
save of the field deletes the draft in the same transaction (see ``context._after_flush``). At start,
drafts still present are offered back to the user. Drafts are per user, so in the shared office nobody
else sees half-typed text, and records are not rewritten (version bumped) on every keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from minutes.db import models as m
from minutes.services.base import Service, text


@dataclass(frozen=True)
class DraftDTO:
    id: int
    entity: str
    entity_id: int
    field: str
    text: str
    updated_at: datetime


class DraftService(Service):
    def save(self, entity: str, entity_id: int, field: str, value: str) -> None:
        with self.uow() as s:
            row = s.scalar(
                select(m.Draft).where(
                    m.Draft.user_name == self.actor.name,
                    m.Draft.entity == entity,
                    m.Draft.entity_id == entity_id,
                    m.Draft.field == field,
                )
            )
            if row is None:
                s.add(
                    m.Draft(
                        user_name=self.actor.name,
                        entity=entity,
                        entity_id=entity_id,
                        field=field,
                        text=text(value),
                        updated_at=m.utcnow(),
                    )
                )
            else:
                row.text = text(value)
                row.updated_at = m.utcnow()

    def discard(self, entity: str, entity_id: int, field: str | None = None) -> None:
        with self.uow() as s:
            stmt = delete(m.Draft).where(
                m.Draft.user_name == self.actor.name, m.Draft.entity == entity, m.Draft.entity_id == entity_id
            )
            if field is not None:
                stmt = stmt.where(m.Draft.field == field)
            s.execute(stmt)

    def pending(self) -> list[DraftDTO]:
        with self.read() as s:
            rows = s.scalars(
                select(m.Draft).where(m.Draft.user_name == self.actor.name).order_by(m.Draft.updated_at)
            )
            return [DraftDTO(r.id, r.entity, r.entity_id, r.field, r.text, r.updated_at) for r in rows]
