"""Carry-over: a follow-up meeting of the same body starts by reviewing what earlier meetings assigned.

:meth:`CarryOverService.start_follow_up_meeting` creates the new meeting with a first agenda item, the
report "Rà soát việc thực hiện các kết luận trước": its summary counts the tasks still open, and each
task is one figure of the report (the task's text, its progress as the percentage, its lead unit,
deadline, current official status and the meeting that assigned it in the note). The minutes print it
like any report; ``carried_tasks`` remembers which task each figure is, so the screens can jump to it.
The texts are Vietnamese: they are the minutes' content, in the language of the document.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.db.carryover import CarriedTask
from minutes.domain.status import OFFICIAL_VI, TaskStatus
from minutes.errors import ValidationError
from minutes.services.base import Service, get_or_404, line, require
from minutes.services.board import BoardRow, BoardService, Cursor, SortKey, TaskFilter, fmt_day

REVIEW_TITLE = "Rà soát việc thực hiện các kết luận trước"
OPEN = frozenset({TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED})


@dataclass(frozen=True)
class CarriedLink:
    """A line of a review report and the task it reports on."""

    report_id: int
    figure_id: int
    task_id: int


@dataclass(frozen=True)
class ReviewedAt:
    """A meeting whose review report carried a task."""

    meeting_id: int
    meeting_title: str
    meeting_date: date
    figure_id: int


class CarryOverService(Service):
    def open_tasks_for(
        self, organisation_id: int | None, before: date, previous_meeting_id: int | None = None
    ) -> list[BoardRow]:
        """Tasks not completed nor cancelled, from the meetings of ``organisation_id`` held before
        ``before``, oldest meeting first, in their order in the minutes. A meeting without an
        organisation has no "same body": then only ``previous_meeting_id``'s tasks are carried."""
        with self.read() as s:
            return [t.row for t in self._open_tasks(s, organisation_id, before, previous_meeting_id)]

    def start_follow_up_meeting(self, previous_meeting_id: int, title: str, meeting_date: date) -> int:
        """A new meeting of the previous one's body (organisation, kind, place), whose first item
        reviews the tasks still open; returns its id."""
        title = require(line(title), "title")
        with self.uow() as s:
            previous = get_or_404(s, m.Meeting, previous_meeting_id, "meeting")
            if meeting_date <= previous.meeting_date:
                raise ValidationError(
                    field="meeting_date",
                    detail=f"a follow-up meeting comes after {fmt_day(previous.meeting_date)}",
                )
            tasks = self._open_tasks(s, previous.organisation_id, meeting_date, previous.id)
            meeting = m.Meeting(
                title=title,
                meeting_date=meeting_date,
                kind=previous.kind,
                organisation_id=previous.organisation_id,
                location=previous.location,
            )
            s.add(meeting)
            report = m.Report(
                meeting=meeting,
                position=0,
                title=REVIEW_TITLE,
                summary=review_summary(tasks, self.db.today()),
            )
            s.add(report)
            for position, task in enumerate(tasks):
                figure = m.ReportFigure(
                    report=report,
                    position=position,
                    label=task.text_full,
                    unit="",
                    percent=Decimal(task.row.progress),
                    note=review_note(task.row),
                )
                s.add(figure)
                s.flush()
                s.add(CarriedTask(figure_id=figure.id, task_id=task.row.id))
            s.flush()
            return meeting.id

    def links(self, meeting_id: int) -> list[CarriedLink]:
        """The review lines of a meeting and their tasks, in the order of the minutes."""
        with self.read() as s:
            stmt = (
                select(m.Report.id, m.ReportFigure.id, CarriedTask.task_id)
                .join(m.ReportFigure, m.ReportFigure.report_id == m.Report.id)
                .join(CarriedTask, CarriedTask.figure_id == m.ReportFigure.id)
                .where(m.Report.meeting_id == meeting_id)
                .order_by(m.Report.position, m.ReportFigure.position)
            )
            return [CarriedLink(int(r), int(f), int(t)) for r, f, t in s.execute(stmt)]

    def reviewed_at(self, task_id: int) -> list[ReviewedAt]:
        """The follow-up meetings that reviewed a task, oldest first."""
        with self.read() as s:
            stmt = (
                select(m.Meeting.id, m.Meeting.title, m.Meeting.meeting_date, m.ReportFigure.id)
                .join(m.Report, m.Report.meeting_id == m.Meeting.id)
                .join(m.ReportFigure, m.ReportFigure.report_id == m.Report.id)
                .join(CarriedTask, CarriedTask.figure_id == m.ReportFigure.id)
                .where(CarriedTask.task_id == task_id)
                .order_by(m.Meeting.meeting_date, m.Meeting.id)
            )
            return [ReviewedAt(int(i), str(t), d, int(f)) for i, t, d, f in s.execute(stmt)]

    # --- internals -----------------------------------------------------------------------------
    def _open_tasks(
        self, s: Session, organisation_id: int | None, before: date, previous_meeting_id: int | None
    ) -> list[_Open]:
        meetings = select(m.Meeting.id).where(m.Meeting.meeting_date < before)
        if organisation_id is not None:
            meetings = meetings.where(m.Meeting.organisation_id == organisation_id)
        elif previous_meeting_id is not None:
            meetings = meetings.where(m.Meeting.id == previous_meeting_id)
        else:
            return []
        ids = tuple(int(i) for i in s.scalars(meetings))
        if not ids:
            return []
        board = BoardService(self.db, self.actor)
        f = TaskFilter(meeting_ids=ids, statuses=OPEN, sort=SortKey.MEETING)
        rows: list[BoardRow] = []
        cursor: Cursor | None = None
        while True:
            page, cursor = board.page_in(s, f, cursor, 500)
            rows.extend(page)
            if cursor is None:
                break
        stmt = select(m.Task.id, m.Task.text).where(m.Task.id.in_([r.id for r in rows]))
        texts = {int(i): str(t) for i, t in s.execute(stmt)} if rows else {}
        return [_Open(row, " ".join(str(texts.get(row.id, row.text)).split())) for row in rows]


@dataclass(frozen=True)
class _Open:
    row: BoardRow
    text_full: str  # the whole text on one line (the board row keeps only the first line)


def review_note(row: BoardRow) -> str:
    """ "Chủ trì: Phòng QLĐT; thời hạn: 15/02/2021; Quá hạn; giao tại cuộc họp ngày 19/01/2021"."""
    parts = []
    if row.lead_unit:
        parts.append(f"Chủ trì: {row.lead_unit}")
    parts.append(f"thời hạn: {row.deadline_text}" if row.deadline else "chưa có thời hạn")
    parts.append(OFFICIAL_VI[row.status])
    parts.append(f"giao tại cuộc họp ngày {fmt_day(row.meeting_date)}")
    return "; ".join(parts)


def review_summary(tasks: list[_Open], today: date) -> str:
    if not tasks:
        return "Các nhiệm vụ được giao tại các cuộc họp trước đều đã hoàn thành hoặc không còn thực hiện."
    counts = Counter(t.row.status for t in tasks)
    parts = [
        f"{counts[s]} nhiệm vụ {OFFICIAL_VI[s].lower()}"
        for s in (TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED)
        if counts[s]
    ]
    return (
        f"Đến ngày {fmt_day(today)}, còn {len(tasks)} nhiệm vụ được giao tại các cuộc họp trước chưa hoàn "
        f"thành: {', '.join(parts)}."
    )


__all__ = ["REVIEW_TITLE", "CarriedLink", "CarryOverService", "ReviewedAt"]
