"""The dates of a meeting that must agree with each other: the meeting's own (to the day or the month),
the next meeting, the documents' dates and the tasks' deadlines. Shared by the services and the importer,
so a file is held to exactly what typing is held to."""

from __future__ import annotations

from datetime import date
from typing import Any

from minutes.db import models as m
from minutes.domain.deadline import check_year, last_day
from minutes.domain.enums import DatePrecision
from minutes.errors import ValidationError


def _date(field: str, *, optional: bool = False) -> Any:
    """A cleaner for a date (an ISO string is accepted) in the years the app takes as plausible."""

    def clean(value: Any) -> date | None:
        if optional and value in (None, ""):
            return None
        if isinstance(value, date):
            day = value
        else:
            try:
                day = date.fromisoformat(str(value))
            except ValueError as exc:
                raise ValidationError(field=field, detail=f"not a date: {value!r}") from exc
        try:
            check_year(day)
        except ValueError as exc:
            raise ValidationError(field=field, detail=str(exc)) from exc
        return day

    return clean


def earliest(day: date, precision: str) -> date:
    """The first day a date of this precision may mean (a month: its first day)."""
    return day.replace(day=1) if precision == DatePrecision.MONTH else day


def latest(day: date, precision: str) -> date:
    """The last day a date of this precision may mean (a month: its last day)."""
    return last_day(day.year, day.month) if precision == DatePrecision.MONTH else day


def check_meeting_dates(meeting: m.Meeting) -> None:
    """A month-precise date is kept as the month's first day; the next meeting is not before this one."""
    if meeting.date_precision == DatePrecision.MONTH and meeting.meeting_date.day != 1:
        meeting.meeting_date = meeting.meeting_date.replace(day=1)
    if meeting.next_meeting_date is None:
        meeting.next_meeting_precision = DatePrecision.DAY
        return
    if meeting.next_meeting_precision == DatePrecision.MONTH and meeting.next_meeting_date.day != 1:
        meeting.next_meeting_date = meeting.next_meeting_date.replace(day=1)
    if latest(meeting.next_meeting_date, meeting.next_meeting_precision) < meeting_start(meeting):
        raise ValidationError(
            field="next_meeting_date",
            detail=f"{meeting.next_meeting_date.isoformat()} is before this meeting "
            f"({meeting.meeting_date.isoformat()})",
        )


def meeting_start(meeting: m.Meeting) -> date:
    return earliest(meeting.meeting_date, meeting.date_precision)


def check_document_date(meeting: m.Meeting, day: date) -> None:
    if day < meeting_start(meeting):
        raise ValidationError(
            field="document_date",
            detail=f"{day.isoformat()} is before the meeting ({meeting.meeting_date.isoformat()})",
        )


def check_dated_after(meeting: m.Meeting) -> None:
    """After a change of the meeting's date: deadlines and document dates may not fall before it (a dump
    of such a meeting could not be imported back); tasks done at the meeting move with it."""
    start = meeting_start(meeting)
    for task in meeting.tasks:
        if task.deadline is not None and min(task.deadline, task.deadline_end or task.deadline) < start:
            raise ValidationError(
                field="meeting_date",
                detail=f"task {task.position + 1} has its deadline ({task.deadline.isoformat()}) before "
                f"{start.isoformat()}",
            )
        if task.done_at_meeting:
            task.completed_on = meeting.meeting_date
    for document in meeting.documents:
        check_document_date(meeting, document.document_date)
