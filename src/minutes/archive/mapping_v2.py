"""What interchange version 2 has a field for, put there instead of the meeting's notes.

:func:`minutes.archive.mapping.to_interchange` with ``version=2`` writes the version 1 document without
the notes these fields replace, and :func:`finish_v2` makes it a version 2 document
(:func:`~minutes.services.interchange.upgrade.v1_to_v2`) and fills in: the agenda, a meeting date known
only to the month, conclusion kinds and votes, figure kinds and what a change is compared to, each task's
assigned people and free-text assignee, and deadlines as periods (month, quarter, half-year, year, range)
with their wording. A value the application's own rules would refuse (a period that is not one, votes
that outnumber the voters, more people than a task takes) is left out of its field and kept in the notes
as version 1 keeps it, so a document that imported before still imports.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from minutes.archive.model import RecognisedMeeting, TaskItem
from minutes.archive.textutil import afold
from minutes.archive.values import find_date, find_time
from minutes.domain.deadline import Deadline as DomainDeadline
from minutes.domain.deadline import last_day
from minutes.domain.enums import ConclusionKind, FigureKind

if TYPE_CHECKING:
    from minutes.archive.mapping import _Builder

#: How many people one task may be assigned to (minutes.services.task_fields.MAX_ASSIGNEES).
MAX_ASSIGNEES = 50
_KINDS = ("date", "before", "month", "quarter", "half_year", "year", "range")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def deadline_spec(task: TaskItem) -> dict[str, Any] | None:
    """The version 2 deadline of ``task`` when the application's rules accept it, else None."""
    d = task.deadline
    if d is None or d.kind not in _KINDS:
        return None
    end = d.end or d.due
    start = d.start if d.kind not in ("date", "before") else None
    if end is None:
        return None
    # a day says it all (and the wording cut from a sentence may be ragged); a period keeps its words
    text = "" if d.kind in ("date", "before") else d.wording.strip()[:300]
    try:
        DomainDeadline(d.kind, end, start, d.due or date.min, text)  # type: ignore[arg-type]
    except ValueError:
        return None
    return {"kind": d.kind, "start": _iso(start), "end": _iso(end), "due": _iso(d.due), "text": text}


def next_meeting_spec(rec: RecognisedMeeting) -> dict[str, Any] | None:
    """The next meeting as version 2 keeps it, read from the wording the app prints ("8 giờ 00 phút, ngày
    27 tháng 3 năm 2023, tại Hội trường tầng 2. Giao ban tháng 3/2023.", "28 May 2024, 15:00, Room 4.12.
    Go / no-go."): None when it names no date, or one before this meeting (kept in the notes)."""
    nm = rec.next_meeting
    if nm is None or rec.meeting_date is None:
        return None
    wording = " ".join(nm.wording.split())
    cut = re.search(r"\.\s+(?=\S)", wording)
    head, note = (wording[: cut.start()], wording[cut.end() :].strip()) if cut else (wording.rstrip("."), "")
    found_date, found_time, location = None, None, ""
    for part in (p.strip() for p in re.split(r",\s+", head) if p.strip()):
        folded = afold(part)
        day = find_date(part)
        clock = find_time(part) if found_time is None else None
        if day is not None and found_date is None:
            rest = re.sub(r"\b(?:ngay|vao|on)\b", "", folded[: day.start] + folded[day.end :]).strip(" ,.")
            if rest:  # "dự kiến tổ chức vào ngày 10/5/2022": words the fields would not keep
                return None
            found_date = day
        elif clock is not None and clock.end - clock.start >= len(part.strip()) - 2:
            found_time = clock
        elif folded.startswith(("tai ", "at ")):
            location = part.split(" ", 1)[1].strip()
        elif day is None and clock is None and not location and found_date is not None:
            location = part
        elif clock is not None:
            found_time = clock
        else:
            return None
    if found_date is None:
        return None
    month = found_date.precision == "month"
    start = (
        rec.meeting_date.value.replace(day=1)
        if rec.meeting_date.precision == "month"
        else rec.meeting_date.value
    )
    end = last_day(found_date.value.year, found_date.value.month) if month else found_date.value
    if end < start:
        return None
    return {
        "date": f"{found_date.value:%Y-%m}" if month else found_date.value.isoformat(),
        "time": f"{found_time.value:%H:%M}" if found_time is not None and not month else None,
        "location": location[:300],
        "note": note[:2000],
    }


def document_dates(rec: RecognisedMeeting) -> list[dict[str, str]]:
    """The date printed on the document (its kind's date) when it is not the meeting's own and not before
    it: a date equal to the meeting's is what the app prints when none was recorded."""
    d, meeting = rec.document_date, rec.meeting_date
    if d is None or meeting is None or rec.doc_kind not in ("minutes", "conclusion"):
        return []
    if d.value == meeting.value or d.value < meeting.value:
        return []
    return [{"document": rec.doc_kind, "date": d.value.isoformat()}]


def v2_task(b: _Builder, task: TaskItem) -> dict[str, Any]:
    """The version 2 fields of one task (kept beside the version 1 task until :func:`finish_v2`)."""
    people = [key for key in dict.fromkeys(b.person(p) for p in task.assignees) if key]
    return {
        "deadline": deadline_spec(task),
        "assignees": people[:MAX_ASSIGNEES],
        "assignee_text": task.assignee_text.strip()[:300],
    }


def finish_v2(rec: RecognisedMeeting, data: dict[str, Any]) -> dict[str, Any]:
    from minutes.services.interchange.upgrade import v1_to_v2

    out = v1_to_v2(data)
    meeting = out["meeting"]
    if rec.meeting_date is not None and rec.meeting_date.precision == "month":
        meeting["date"] = f"{rec.meeting_date.value:%Y-%m}"
    meeting["next_meeting"] = next_meeting_spec(rec)
    meeting["document_dates"] = document_dates(rec)
    meeting["agenda"] = [
        {"key": f"a{i}", "title": item.value.strip()}
        for i, item in enumerate(rec.agenda)
        if item.value.strip()
    ]
    for row, conclusion in zip(meeting["conclusions"], rec.conclusions, strict=True):
        row["kind"] = conclusion.kind if conclusion.kind in set(ConclusionKind) else "general"
        votes = {"for": conclusion.votes_for, "against": conclusion.votes_against,
                 "abstain": conclusion.votes_abstain, "total": conclusion.votes_total}  # fmt: skip
        cast = sum(v or 0 for k, v in votes.items() if k != "total")
        if any(v is not None for v in votes.values()) and (votes["total"] is None or cast <= votes["total"]):
            row["votes"] = votes
    for row, contribution in zip(meeting["contributions"], rec.contributions, strict=True):
        row["count"] = max(contribution.count, 1)
    for row, report in zip(meeting["reports"], rec.reports, strict=True):
        for figure_row, figure in zip(row["figures"], report.figures, strict=True):
            if figure.kind != "amount" and figure.kind in set(FigureKind):
                figure_row["kind"] = figure.kind
            if figure.compared_to:
                figure_row["compared_to"] = figure.compared_to.strip()[:300]
    for task in meeting["tasks"]:
        extra = task.pop("_v2", None)
        if extra is None:
            continue
        if extra["deadline"] is not None:
            task["deadline"] = extra["deadline"]
        task["assignees"] = extra["assignees"]
        task["assignee_text"] = extra["assignee_text"]
    for task in data["meeting"]["tasks"]:
        task.pop("_v2", None)
    return out
