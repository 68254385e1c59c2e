"""Compare what was saved with what was expected, ignoring the ids one database gives and another does not."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

#: Fields that identify rows in one database and legitimately differ in another.
ID_FIELDS = frozenset(
    {
        "id",
        "version",
        "person_id",
        "speaker_id",
        "presenter_id",
        "group_id",
        "meeting_id",
        "source_id",
        "conclusion_id",
        "recommendation_id",
        "contribution_id",
        "lead_unit_id",
        "responsible_id",
        "organisation_id",
        "chair_id",
        "secretary_id",
        "unit_id",
        "task_id",
        "coordinating_unit_ids",
        "at",
        "updated_at",
    }
)


def comparable(value: Any) -> Any:
    """A DTO as nested plain data without database ids, to compare meetings across databases."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: comparable(getattr(value, f.name)) for f in fields(value) if f.name not in ID_FIELDS}
    if isinstance(value, list | tuple):
        return [comparable(v) for v in value]
    return value
