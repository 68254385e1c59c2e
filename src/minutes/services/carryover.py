"""Carry-over: a follow-up meeting of the same body starts by reviewing what earlier meetings assigned.

:meth:`CarryOverService.start_follow_up_meeting` creates the new meeting with a first agenda item, the
report "Rà soát việc thực hiện các kết luận trước": its summary counts the tasks still open, and each
task is one figure of the report (the task's text, its progress as the percentage, its lead unit,
deadline, current official status and the meeting that assigned it in the note). The minutes print it
like any report; ``carried_tasks`` remembers which task each figure is, so the screens can jump to it.
The texts are Vietnamese: they are the minutes' content, in the language of the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
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
    """A line of a review report and the task it reports on (``figure_id``: reviews made before the
    review was a section of text, whose lines were figures)."""

    report_id: int
    figure_id: int | None
    task_id: int
    position: int = 0


@dataclass(frozen=True)
class ReviewedAt:
    """A meeting whose review report carried a task."""

    meeting_id: int
    meeting_title: str
    meeting_date: date
    figure_id: int | None
    report_id: int = 0


#: Progress callback of a long carry-over: (tasks written, tasks in all).
Progress = Callable[[int, int], None]


class CarryOverService(Service):
    def open_tasks_for(
        self,
        organisation_id: int | None,
        before: date,
        previous_meeting_id: int | None = None,
        *,
        series: bool = False,
    ) -> list[BoardRow]:
        """Tasks not completed nor cancelled, in their order in the minutes: those of the earlier meeting
        ``previous_meeting_id`` (the default), or with ``series`` those of every meeting of
        ``organisation_id`` held before ``before``, oldest meeting first. A meeting without an
        organisation has no series: only its own tasks."""
        with self.read() as s:
            return [t.row for t in self._open_tasks(s, organisation_id, before, previous_meeting_id, series)]

    def start_follow_up_meeting(
        self,
        previous_meeting_id: int,
        title: str,
        meeting_date: date,
        task_ids: Iterable[int] | None = None,
        *,
        series: bool = False,
        progress: Progress | None = None,
    ) -> int:
        """A new meeting of the previous one's body (organisation, kind, place), whose first section
        reviews the open tasks chosen (``task_ids``, among those :meth:`open_tasks_for` proposes; None:
        all of them); returns its id. The title must differ from the earlier meeting's."""
        title = require(line(title), "title")
        with self.uow() as s:
            previous = get_or_404(s, m.Meeting, previous_meeting_id, "meeting")
            if meeting_date <= previous.meeting_date:
                raise ValidationError(
                    field="meeting_date",
                    detail=f"a follow-up meeting comes after {fmt_day(previous.meeting_date)}",
                )
            if title == line(previous.title):
                raise ValidationError(field="title", detail="give the new meeting its own title")
            tasks = self._open_tasks(s, previous.organisation_id, meeting_date, previous.id, series)
            if task_ids is not None:
                chosen = set(task_ids)
                tasks = [t for t in tasks if t.row.id in chosen]
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
                summary=review_text(tasks, self.db.today()),
            )
            s.add(report)
            s.flush()
            for position, task in enumerate(tasks):
                s.add(CarriedTask(report_id=report.id, position=position, task_id=task.row.id))
                if progress is not None and (position % 50 == 49 or position == len(tasks) - 1):
                    progress(position + 1, len(tasks))
            s.flush()
            return meeting.id

    def links(self, meeting_id: int) -> list[CarriedLink]:
        """The review lines of a meeting and their tasks, in the order of the minutes."""
        with self.read() as s:
            report_id = func.coalesce(CarriedTask.report_id, m.ReportFigure.report_id)
            stmt = (
                select(m.Report.id, CarriedTask.figure_id, CarriedTask.task_id, CarriedTask.position)
                .select_from(CarriedTask)
                .outerjoin(m.ReportFigure, m.ReportFigure.id == CarriedTask.figure_id)
                .join(m.Report, m.Report.id == report_id)
                .where(m.Report.meeting_id == meeting_id)
                .order_by(m.Report.position, func.coalesce(m.ReportFigure.position, CarriedTask.position))
            )
            return [
                CarriedLink(int(r), None if f is None else int(f), int(t), int(p))
                for r, f, t, p in s.execute(stmt)
            ]

    def reviewed_at(self, task_id: int) -> list[ReviewedAt]:
        """The follow-up meetings that reviewed a task, oldest first."""
        with self.read() as s:
            report_id = func.coalesce(CarriedTask.report_id, m.ReportFigure.report_id)
            stmt = (
                select(
                    m.Meeting.id, m.Meeting.title, m.Meeting.meeting_date, CarriedTask.figure_id, m.Report.id
                )
                .select_from(CarriedTask)
                .outerjoin(m.ReportFigure, m.ReportFigure.id == CarriedTask.figure_id)
                .join(m.Report, m.Report.id == report_id)
                .join(m.Meeting, m.Meeting.id == m.Report.meeting_id)
                .where(CarriedTask.task_id == task_id)
                .order_by(m.Meeting.meeting_date, m.Meeting.id)
            )
            return [
                ReviewedAt(int(i), str(t), d, None if f is None else int(f), int(r))
                for i, t, d, f, r in s.execute(stmt)
            ]

    # --- internals -----------------------------------------------------------------------------
    def _open_tasks(
        self,
        s: Session,
        organisation_id: int | None,
        before: date,
        previous_meeting_id: int | None,
        series: bool = False,
    ) -> list[_Open]:
        meetings = select(m.Meeting.id).where(m.Meeting.meeting_date < before)
        if series and organisation_id is not None:
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


def review_line(number: int, task: _Open) -> str:
    """ "1. Đẩy nhanh ... (Chủ trì: Phòng QLĐT; thời hạn: 15/02/2021; Quá hạn; tiến độ 40%; giao tại ...)"."""
    row = task.row
    parts = []
    if row.lead_unit:
        parts.append(f"Chủ trì: {row.lead_unit}")
    parts.append(f"thời hạn: {row.deadline_text}" if row.deadline else "chưa có thời hạn")
    parts.append(OFFICIAL_VI[row.status])
    parts.append(f"tiến độ {row.progress}%")
    parts.append(f"giao tại cuộc họp ngày {fmt_day(row.meeting_date)}")
    return f"{number}. {task.text_full} ({'; '.join(parts)})."


def review_text(tasks: list[_Open], today: date) -> str:
    """The review section's text: the count, then one numbered line per task."""
    return "\n".join([review_summary(tasks, today), *(review_line(n, t) for n, t in enumerate(tasks, 1))])


_MONTH = re.compile(r"(tháng\s+)(\d{1,2})(\s*/\s*\d{4}|\s+năm\s+\d{4})?", re.IGNORECASE)
_ROUND = re.compile(r"(lần\s+(?:thứ\s+)?)(\d+)", re.IGNORECASE)
_DAY = re.compile(r"\s*\(?ngày\s+\d{1,2}/\d{1,2}/\d{4}\)?", re.IGNORECASE)


def next_title(previous: str, meeting_date: date) -> str:
    """The follow-up's title proposed from the earlier one: "Giao ban tháng 2" -> "Giao ban tháng 3",
    "... lần 2" -> "... lần 3", otherwise the earlier title with the new date ("... ngày 10/03/2021")."""
    title = " ".join(previous.split())
    if _MONTH.search(title):
        return _MONTH.sub(
            lambda mt: (
                f"{mt.group(1)}{meeting_date.month}"
                + (f"/{meeting_date.year}" if (mt.group(3) or "").strip().startswith("/") else "")
                + (
                    f" năm {meeting_date.year}"
                    if (mt.group(3) or "").strip().lower().startswith("năm")
                    else ""
                )
            ),
            title,
            count=1,
        )
    if _ROUND.search(title):
        return _ROUND.sub(lambda mt: f"{mt.group(1)}{int(mt.group(2)) + 1}", title, count=1)
    return f"{_DAY.sub('', title)} ngày {fmt_day(meeting_date)}"


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


__all__ = ["REVIEW_TITLE", "CarriedLink", "CarryOverService", "ReviewedAt", "next_title"]
