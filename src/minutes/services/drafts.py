"""Crash recovery: text typed but not yet saved into its record.

The GUI upserts the field's text here a moment after each keystroke (cheap, one small row); the real
save of the field deletes the draft in the same transaction (see ``context._after_flush``). At start,
drafts still present are offered back to the user. Drafts are per user, so in the shared office nobody
else sees half-typed text, and records are not rewritten (version bumped) on every keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

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


@dataclass(frozen=True)
class DraftPlace:
    """Where a draft belongs, for the recovery dialog: the meeting (none for a person or unit), the
    item's number in its meeting (the 3rd contribution, the 2nd conclusion; 0 when it has none) and its
    name as stored (the speaker, a report's title, a figure's label, a person's name; "" when none).
    ``gone``: the record no longer exists (the text cannot be restored into it)."""

    meeting_id: int | None = None
    meeting_title: str = ""
    meeting_date: date | None = None
    number: int = 0
    name: str = ""
    gone: bool = False


#: The tables whose rows are numbered in their meeting (the number a secretary sees in the editor).
_NUMBERED: dict[str, Any] = {
    "contributions": m.Contribution,
    "conclusions": m.Conclusion,
    "reports": m.Report,
    "recommendations": m.Recommendation,
    "tasks": m.Task,
}


def _number(s: Session, model: Any, row: Any) -> int:
    """The row's place among its meeting's rows of the same kind, 1-based (by position, then id)."""
    before = s.scalar(
        select(func.count())
        .select_from(model)
        .where(
            model.meeting_id == row.meeting_id,
            (model.position < row.position) | ((model.position == row.position) & (model.id < row.id)),
        )
    )
    return int(before or 0) + 1


def _place(s: Session, draft: DraftDTO) -> DraftPlace:
    if draft.entity == "people":
        person = s.get(m.Person, draft.entity_id)
        return DraftPlace(name=person.full_name) if person else DraftPlace(gone=True)
    if draft.entity == "units":
        unit = s.get(m.Unit, draft.entity_id)
        return DraftPlace(name=unit.name) if unit else DraftPlace(gone=True)
    model = {
        "meetings": m.Meeting,
        "attendance": m.Attendance,
        "reports": m.Report,
        "report_figures": m.ReportFigure,
        "recommendation_groups": m.RecommendationGroup,
        **_NUMBERED,
    }.get(draft.entity)
    row = s.get(model, draft.entity_id) if model is not None else None
    if row is None:
        return DraftPlace(gone=model is not None)
    number, name = 0, ""
    if isinstance(row, m.Meeting):
        meeting = row
    elif isinstance(row, m.ReportFigure):
        meeting, name = row.report.meeting, row.label
    else:
        meeting = row.meeting
        if draft.entity in _NUMBERED:
            number = _number(s, model, row)
        if isinstance(row, m.Contribution):
            name = row.speaker.full_name if row.speaker is not None else (row.speaker_label or "")
        elif isinstance(row, m.Attendance):
            name = row.person.full_name if row.person is not None else (row.group_name or "")
        elif isinstance(row, m.Report | m.RecommendationGroup):
            name = row.title
    return DraftPlace(meeting.id, meeting.title, meeting.meeting_date, number, " ".join(name.split()))


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

    def places(self, drafts: list[DraftDTO]) -> dict[int, DraftPlace]:
        """Where each draft belongs (by draft id): its meeting and which speaker or item."""
        with self.read() as s:
            return {d.id: _place(s, d) for d in drafts}
