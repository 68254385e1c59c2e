"""The task status report (báo cáo tình hình thực hiện nhiệm vụ).

Counts per lead unit in the four official states (hoàn thành đúng hạn, hoàn thành quá hạn, đang thực
hiện trong hạn, quá hạn) plus not started and cancelled, with totals; then the overdue tasks, most
overdue first. The builder takes any list of :class:`TaskDTO` with a subject and a period, so the task
board produces it from its current filter exactly as the meeting screen does from one meeting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from docx.document import Document
from docx.shared import Pt

from minutes.domain.status import TaskStatus, task_status
from minutes.domain.text import fold
from minutes.export import docx_kit as kit
from minutes.export import parts, phrases, wording
from minutes.export.labels import STATUS_ORDER, status_name
from minutes.export.parts import Page
from minutes.export.profile import OrgProfileData
from minutes.export.vnformat import Family
from minutes.services.dto import TaskDTO

COUNT_COLS_MM = (12.0, 41.0, 14.0) + (98.0 / 6,) * 6
OVERDUE_COLS_MM = (12.0, 58.0, 34.0, 25.0, 18.0, 18.0)
#: The counts table has nine columns: 11 pt keeps its headings to whole words.
COUNT_PT = 11.0


@dataclass(frozen=True)
class ReportText:
    subject: str  # trích yếu: "Tình hình thực hiện nhiệm vụ ..."
    period: str  # "Từ ngày 19/01/2021 đến ngày 01/3/2021", "Quý I năm 2021" (empty: not printed)
    as_of: date  # the day the states are computed for
    scope: str = ""  # which tasks: the board's filter in words ("Phạm vi: ..."; empty: not printed)


@dataclass(frozen=True)
class UnitCounts:
    unit: str
    counts: dict[TaskStatus, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def status_on(task: TaskDTO, as_of: date, progress: Mapping[int, int] | None = None) -> TaskStatus:
    """The task's official state on ``as_of`` (the report's reference date), not on the clock's day: a
    completion or cancellation dated after it has not happened yet. ``progress`` holds the progress
    recorded on ``as_of`` (dated updates); a task missing from it keeps its progress, unless it was
    completed later (the 100% is that completion's: nothing dated says it had started)."""
    completed = task.completed_on if task.completed_on is not None and task.completed_on <= as_of else None
    cancelled = task.cancelled_on is not None and task.cancelled_on <= as_of
    done_later = task.completed_on is not None and completed is None
    if progress is not None and task.id in progress:
        percent = progress[task.id]
    else:
        percent = 0 if done_later else task.progress
    return task_status(deadline=task.deadline, completed_on=completed, cancelled=cancelled, progress=percent,
                       today=as_of)  # fmt: skip


def as_of_tasks(
    tasks: Sequence[TaskDTO], as_of: date, progress: Mapping[int, int] | None = None
) -> list[TaskDTO]:
    """The tasks with their state on ``as_of``."""
    out = []
    for task in tasks:
        status = status_on(task, as_of, progress)
        out.append(task if status == task.status else replace(task, status=status))
    return out


def count_by_unit(
    tasks: Sequence[TaskDTO], unassigned: str, lead_of: Callable[[TaskDTO], str] | None = None
) -> list[UnitCounts]:
    """Counts per lead unit (alphabetical, accent-insensitive; tasks without a lead unit last).
    ``lead_of`` names who leads a task (default: its lead unit); "" puts it under ``unassigned``."""
    table: dict[str, dict[TaskStatus, int]] = {}
    for task in tasks:
        unit = (lead_of(task) if lead_of is not None else task.lead_unit_name).strip() or unassigned
        row = table.setdefault(unit, dict.fromkeys(STATUS_ORDER, 0))
        row[task.status] += 1
    names = sorted((u for u in table if u != unassigned), key=lambda u: (fold(u), u))
    if unassigned in table:
        names.append(unassigned)
    return [UnitCounts(name, table[name]) for name in names]


def overdue(tasks: Sequence[TaskDTO], as_of: date) -> list[tuple[TaskDTO, int]]:
    late = [(t, (as_of - t.deadline).days) for t in tasks if t.status == TaskStatus.OVERDUE and t.deadline]
    return sorted(late, key=lambda item: (-item[1], item[0].lead_unit_name, item[0].id))


def build_status_report(tasks: Sequence[TaskDTO], profile: OrgProfileData, family: Family, text: ReportText, *,
                        number: int | None = None, issued_on: date | None = None,
                        progress: Mapping[int, int] | None = None) -> Document:  # fmt: skip
    """The report of ``tasks`` with their states on ``text.as_of`` (never the clock's day); ``progress``:
    the progress recorded on that day (:meth:`minutes.services.as_of.AsOfService.progress_on`)."""
    tasks = as_of_tasks(tasks, text.as_of, progress)
    page = parts.start(profile, family)
    parts.header(page, "report", number=number, dated=issued_on, year=(issued_on or text.as_of).year)
    parts.title(page, "report", text.subject)
    plain = family == "plain"
    as_of = page.date_short(text.as_of)
    period = f"{text.period}; " if text.period.strip() else ""
    line = (
        f"(Period: {period}status as of {as_of})"
        if plain
        else f"(Kỳ báo cáo: {period}số liệu tính đến ngày {as_of})"
    )
    if not text.period.strip():
        line = f"(Status as of {as_of})" if plain else f"(Số liệu tính đến ngày {as_of})"
    elif as_of in text.period:  # "từ ngày 19/01/2021 đến ngày 01/03/2021" already says when
        line = f"(Period: {text.period.strip()})" if plain else f"(Kỳ báo cáo: {text.period.strip()})"
    kit.add_paragraph(page.doc, line, italic=True, align="center", indent_first=Pt(0),
                      space_after=Pt(0 if text.scope.strip() else 12))  # fmt: skip
    if text.scope.strip():  # what the report covers: a filtered board never prints as "everything"
        scope = f"(Scope: {text.scope.strip()})" if plain else f"(Phạm vi: {text.scope.strip()})"
        kit.add_paragraph(
            page.doc, scope, italic=True, align="center", indent_first=Pt(0), space_after=Pt(12)
        )

    def lead_of(task: TaskDTO) -> str:  # the lead unit, else the people or the assignee recorded
        return task.lead_unit_name.strip() or phrases.assignee(profile, family, task, honour=False)

    units = count_by_unit(tasks, page.w["no_lead_recorded"], lead_of)
    totals = {s: sum(u.counts[s] for u in units) for s in STATUS_ORDER}
    parts.heading(page, "I. SUMMARY" if plain else "I. TỔNG HỢP CHUNG")
    parts.para(page, summary_sentence(page, len(tasks), totals))

    parts.heading(page, "II. BY LEAD UNIT" if plain else "II. TÌNH HÌNH THỰC HIỆN THEO ĐƠN VỊ CHỦ TRÌ")
    header = [page.w["col_no"], page.w["col_lead"], page.w["col_total"]] + [
        status_name(s, family) for s in STATUS_ORDER
    ]
    n = page.number
    rows = [[n(i), u.unit, n(u.total)] + [n(u.counts[s]) for s in STATUS_ORDER]
            for i, u in enumerate(units, start=1)]  # fmt: skip
    rows.append(["", page.w["total_row"], n(len(tasks))] + [n(totals[s]) for s in STATUS_ORDER])
    align: list[kit.Align] = ["center", "left", *(["center"] * 7)]  # type: ignore[list-item]
    table = parts.data_table(page, header, rows, COUNT_COLS_MM, align, font_size=COUNT_PT)
    parts.bold_row(table._tbl.tr_lst[-1])

    parts.heading(page, "III. OVERDUE TASKS" if plain else "III. DANH SÁCH NHIỆM VỤ QUÁ HẠN")
    late = overdue(tasks, text.as_of)
    if not late:
        parts.para(page, "No task is overdue." if plain else "Không có nhiệm vụ quá hạn.")
    else:
        several_meetings = len({t.meeting_id for t in tasks}) > 1
        header = [page.w["col_no"], page.w["col_task"], page.w["col_lead"], page.w["col_deadline"],
                  page.w["col_days_late"], page.w["col_progress"]]  # fmt: skip
        rows = [[n(i), _task_text(page, t, several_meetings), lead_of(t), phrases.deadline(t, family), n(days),
                 n(t.progress)]
                for i, (t, days) in enumerate(late, start=1)]  # fmt: skip
        parts.data_table(
            page, header, rows, OVERDUE_COLS_MM, ["center", "justify", "left", "center", "center", "center"]
        )
    closing = ("This report is submitted for information and direction." if plain else
               parts.end_mark("Trên đây là báo cáo tình hình thực hiện nhiệm vụ, kính báo cáo", page.w["end_mark"]))  # fmt: skip
    parts.para(page, closing).paragraph_format.space_after = Pt(12)
    signers = profile.report.signers(family)
    right = parts.signature(page, signers.on_behalf, signers.right, profile.report.right_name)
    parts.closing(page, None, right, "report", recipients_beside=True)
    return page.doc


def _task_text(page: Page, task: TaskDTO, with_meeting: bool) -> str:
    if not with_meeting:
        return task.text
    if task.meeting_date_precision == "month":  # a meeting known by its month: no day is invented
        when = wording.month_short(task.meeting_date, page.family)
        where = f"(Assigned at the meeting of {when})" if page.family == "plain" else \
            f"(Giao tại cuộc họp {when})"  # fmt: skip
    else:
        where = f"(Assigned on {page.date_short(task.meeting_date)})" if page.family == "plain" else \
            f"(Giao tại cuộc họp ngày {page.date_short(task.meeting_date)})"  # fmt: skip
    return f"{task.text}\n{where}"


def _percent(page: Page, part: int, whole: int) -> str:
    if not whole:
        return "0%"
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return f"{page.number(value)}%"


def summary_sentence(page: Page, total: int, totals: dict[TaskStatus, int]) -> str:
    """ "Tổng số nhiệm vụ: 6. Trong đó: hoàn thành đúng hạn 2 (33,3%); ..."."""
    items = [f"{status_name(s, page.family).lower()} {page.number(totals[s])} ({_percent(page, totals[s], total)})"
             for s in STATUS_ORDER]  # fmt: skip
    if page.family == "plain":
        return f"Total tasks: {page.number(total)}. Of these: {'; '.join(items)}."
    return f"Tổng số nhiệm vụ: {page.number(total)}. Trong đó: {'; '.join(items)}."
