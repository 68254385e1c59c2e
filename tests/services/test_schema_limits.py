"""The text limits of the interchange schema (version 2) are the database's, column by column, and every
length-limited column a dump carries is covered: what the services accept the import accepts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String

from minutes.db import models as m
from minutes.services.interchange import schema

# (schema definition, property) -> the column it is stored in
STORED_IN: dict[tuple[str, str], tuple[type[m.Base], str]] = {
    ("unit", "name"): (m.Unit, "name"),
    ("unit", "short_name"): (m.Unit, "short_name"),
    ("person", "full_name"): (m.Person, "full_name"),
    ("person", "title"): (m.Person, "title"),
    ("meeting", "reference_number"): (m.Meeting, "reference_number"),
    ("meeting", "location"): (m.Meeting, "location"),
    ("next_meeting", "location"): (m.Meeting, "next_meeting_location"),
    ("attendance", "group_name"): (m.Attendance, "group_name"),
    ("attendance", "absence_reason"): (m.Attendance, "absence_reason"),
    ("attendance", "note"): (m.Attendance, "note"),
    ("figure", "unit"): (m.ReportFigure, "unit"),
    ("figure", "compared_to"): (m.ReportFigure, "compared_to"),
    ("contribution", "speaker_label"): (m.Contribution, "speaker_label"),
    ("task", "assignee_text"): (m.Task, "assignee_text"),
    ("deadline", "text"): (m.Task, "deadline_text"),
    ("update", "author"): (m.ProgressUpdate, "author"),
    ("attachment", "file_name"): (m.Attachment, "file_name"),
    ("attachment", "media_type"): (m.Attachment, "media_type"),
    ("event", "actor"): (m.TaskEvent, "actor"),
}
# Length-limited columns that are not free text in a dump: enumerations, computed or internal values.
NOT_TEXT = {
    (m.Unit, "search_key"),
    (m.Person, "search_key"),
    (m.Meeting, "kind"),
    (m.Meeting, "status"),
    (m.Meeting, "digest"),
    (m.Meeting, "date_precision"),
    (m.Meeting, "next_meeting_precision"),
    (m.MeetingDocument, "kind"),
    (m.Attendance, "role"),
    (m.Attendance, "presence"),
    (m.ReportFigure, "kind"),
    (m.Conclusion, "kind"),
    (m.Task, "source_kind"),
    (m.Task, "deadline_kind"),
    (m.Attachment, "sha256"),
    (m.TaskEvent, "kind"),
}
DUMPED = (
    m.Unit,
    m.Person,
    m.Meeting,
    m.MeetingDocument,
    m.AgendaItem,
    m.Attendance,
    m.Report,
    m.ReportFigure,
    m.Contribution,
    m.Conclusion,
    m.RecommendationGroup,
    m.Recommendation,
    m.Task,
    m.ProgressUpdate,
    m.Attachment,
    m.TaskEvent,
)


def length(model: type[m.Base], column: str) -> int | None:
    col: Any = model.__table__.c[column]  # type: ignore[attr-defined]
    return col.type.length if isinstance(col.type, String) else None


def test_schema_limits_are_the_columns_lengths() -> None:
    defs = schema(2)["$defs"]
    for (definition, prop), (model, column) in STORED_IN.items():
        declared = defs[definition]["properties"][prop].get("maxLength")
        assert declared == length(model, column), (definition, prop, declared, length(model, column))


def test_every_limited_text_column_of_a_dump_is_covered() -> None:
    limited = {
        (model, c.name)
        for model in DUMPED
        for c in model.__table__.c  # type: ignore[attr-defined]
        if isinstance(c.type, String) and c.type.length is not None and not c.foreign_keys
    }
    limited = {
        (mo, c) for mo, c in limited if not (mo is m.ReportFigure and c in ("value", "target", "percent"))
    }
    assert limited - NOT_TEXT == set(STORED_IN.values())
