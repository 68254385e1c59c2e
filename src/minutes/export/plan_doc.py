"""The landscape task plan (kế hoạch theo biểu ngang, official-formats.md §3).

A short portrait plan (purpose, tasks, implementation, signature, recipients), then its own landscape
section with the biểu: STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
Sản phẩm | Mức độ ưu tiên | Ghi chú, 12 pt, grouped by priority (a merged group row per priority), the
header row repeated on every page. The table goes through the kit's fast path (one cloned row per
task), so a 1,000-task plan builds in well under a second.

The builder takes plain :class:`TaskDTO` values, so the same plan can be produced from a meeting or from
any list of tasks (the task board's filter).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from docx.document import Document
from docx.shared import Pt

from minutes.domain.enums import Priority
from minutes.domain.status import TaskStatus
from minutes.export import docx_kit as kit
from minutes.export import parts, phrases
from minutes.export.labels import priority_name, roman, status_name
from minutes.export.parts import Page
from minutes.export.profile import OrgProfileData
from minutes.export.vnformat import Family
from minutes.services.dto import TaskDTO

#: Column widths (mm) of the biểu on the 252 mm text width of a landscape A4 page.
PLAN_COLS_MM = (12.0, 70.0, 33.0, 38.0, 25.0, 36.0, 19.0, 19.0)
PRIORITY_ORDER = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)


@dataclass(frozen=True)
class PlanText:
    """What the plan says about where its tasks come from."""

    subject: str  # trích yếu: "Thực hiện kết luận ... tại buổi làm việc ngày 19/01/2021"
    basis: str  # the purpose sentence: "Cụ thể hóa kết luận ... thành các nhiệm vụ ..."
    year: int


def sort_key(task: TaskDTO) -> tuple[int, date, int, int]:
    try:
        rank = Priority(task.priority).rank
    except ValueError:
        rank = 9
    return (rank, task.deadline or date.max, task.meeting_id, task.position)


def build_plan(tasks: Sequence[TaskDTO], profile: OrgProfileData, family: Family, text: PlanText, *,
               number: int | None = None, issued_on: date | None = None,
               notes: Mapping[int, str] | None = None, signer_name: str = "",
               titles: Mapping[int, str] | None = None) -> Document:  # fmt: skip
    """``notes`` maps a task id to its Ghi chú (e.g. "Kết luận 4"). ``signer_name`` is used when the
    profile names no signer (the meeting's chair); ``titles`` gives people's titles (the honorific of a
    responsible person)."""
    page = parts.start(profile, family)
    parts.header(
        page, "plan", number=number, dated=issued_on, year=(issued_on.year if issued_on else text.year)
    )
    parts.title(page, "plan", text.subject)
    ordered = sorted(tasks, key=sort_key)
    _portrait_text(page, ordered, text)
    signers = profile.plan.signers(family)
    right = parts.signature(page, signers.on_behalf, signers.right, profile.plan.right_name or signer_name)
    parts.closing(page, None, right, "plan", recipients_beside=True)

    kit.landscape_section(page.doc)
    plain = family == "plain"
    kit.add_paragraph(page.doc, "TASK PLAN TABLE" if plain else "BIỂU KẾ HOẠCH THỰC HIỆN NHIỆM VỤ", size=14,
                      bold=True, align="center", indent_first=Pt(0), space_after=Pt(0), keep_with_next=True)  # fmt: skip
    attached = attached_line(profile, family, number, text.year)
    kit.add_paragraph(page.doc, attached, size=13, italic=True, align="center", indent_first=Pt(0),
                      space_after=Pt(6), keep_with_next=True)  # fmt: skip
    plan_table(page, ordered, notes or {}, titles or {})
    return page.doc


def attached_line(profile: OrgProfileData, family: Family, number: int | None, year: int) -> str:
    """ "(Kèm theo Kế hoạch số 05-KH/QU của Ban Thường vụ Quận ủy)"; English: no Vietnamese codes."""
    if family == "plain":
        return (
            f"(Attached to task plan No. {number:02d})"
            if number is not None
            else "(Attached to the task plan)"
        )
    ref = profile.reference("plan", number, family, year=year)
    of = f" của {profile.collective.strip()}" if profile.collective.strip() else ""
    return f"(Kèm theo Kế hoạch {ref[:1].lower()}{ref[1:]}{of})"


def _portrait_text(page: Page, tasks: Sequence[TaskDTO], text: PlanText) -> None:
    counts = {p: sum(1 for t in tasks if t.priority == p) for p in PRIORITY_ORDER}
    plain = page.family == "plain"
    office, collective = page.profile.office.strip(), page.profile.collective.strip()
    if plain:
        sections = (
            ("I. PURPOSE", [text.basis]),
            ("II. TASKS", [f"{page.number(len(tasks))} tasks{_breakdown(page, counts)} (see the attached table)."]),
            ("III. IMPLEMENTATION", [
                "Each lead unit draws up its detailed plan, works with the coordinating units and delivers the "
                "stated product by the deadline.",
                _report_to_en(office, collective)]),
        )  # fmt: skip
    else:
        sections = (
            ("I. MỤC ĐÍCH, YÊU CẦU", [text.basis,
             "Xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ; "
             "phân loại theo thứ tự ưu tiên để tập trung giải quyết dứt điểm."]),
            ("II. NHIỆM VỤ", [f"Tổng số {page.number(len(tasks))} nhiệm vụ{_breakdown(page, counts)} (chi tiết tại biểu kèm theo)."]),
            ("III. TỔ CHỨC THỰC HIỆN", [
                "Các đơn vị được giao chủ trì xây dựng kế hoạch chi tiết, chủ động phối hợp với các đơn vị liên "
                "quan tổ chức thực hiện, bảo đảm tiến độ và sản phẩm theo biểu kèm theo.",
                parts.end_mark(_report_to(office, collective), page.w["end_mark"])]),
        )  # fmt: skip
    for heading, paragraphs in sections:
        parts.heading(page, heading)
        for paragraph in paragraphs:
            parts.para(page, paragraph)


def _breakdown(page: Page, counts: Mapping[Priority, int]) -> str:
    """ ", gồm 4 nhiệm vụ ưu tiên cao và 2 nhiệm vụ ưu tiên trung bình" (groups without tasks left out)."""
    names = {
        Priority.HIGH: ("cao", "high"),
        Priority.MEDIUM: ("trung bình", "medium"),
        Priority.LOW: ("thấp", "low"),
    }
    if page.family == "plain":
        items = [f"{page.number(n)} {names[p][1]} priority" for p, n in counts.items() if n]
        joined = ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1] if items else ""
        return f": {joined}" if joined else ""
    items = [f"{page.number(n)} nhiệm vụ ưu tiên {names[p][0]}" for p, n in counts.items() if n]
    joined = ", ".join(items[:-1]) + (" và " if len(items) > 1 else "") + items[-1] if items else ""
    return f", gồm {joined}" if joined else ""


def _report_to(office: str, collective: str) -> str:
    if office and collective:
        return f"Định kỳ báo cáo tiến độ về {office} để tổng hợp, báo cáo {collective}"
    if office or collective:
        return f"Định kỳ báo cáo tiến độ về {office or collective}"
    return "Các đơn vị định kỳ báo cáo tiến độ thực hiện"


def _report_to_en(office: str, collective: str) -> str:
    if office and collective:
        return f"Progress is reported regularly to {office}, which reports to {collective}."
    if office or collective:
        return f"Progress is reported regularly to {office or collective}."
    return "Each unit reports its progress regularly."


def note_for(page: Page, task: TaskDTO, note: str) -> str:
    """Ghi chú: where the task comes from, and a completion (at the meeting itself, or later) or a
    cancellation the record holds."""
    items = [note] if note else []
    if task.done_at_meeting:
        items.append(page.w["done_at_meeting"])
    elif task.status in (TaskStatus.CANCELLED, TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE):
        items.append(status_name(task.status, page.family))
    return "\n".join(items)


def plan_table(page: Page, tasks: Sequence[TaskDTO], notes: Mapping[int, str],
               titles: Mapping[int, str] | None = None) -> None:  # fmt: skip
    w = page.w
    header = [w["col_no"], w["col_task"], w["col_lead"], w["col_coord"], w["col_due"], w["col_product"],
              w["col_priority"], w["col_note"]]  # fmt: skip
    rows: list[list[str]] = []
    group_at: list[int] = []  # indexes (in rows) of the group rows
    number = 0
    current: str | None = None
    group = 0
    for task in tasks:
        if task.priority != current:
            current = task.priority
            group += 1
            count = sum(1 for t in tasks if t.priority == current)
            label = w["priority_group"].format(roman=roman(group), name=priority_name(current, page.family).lower(),
                                               count=page.number(count))  # fmt: skip
            group_at.append(len(rows))
            rows.append([label] + [""] * (len(header) - 1))
        number += 1
        rows.append([page.number(number), task.text,
                     phrases.assignee(page.profile, page.family, task, titles, honour=False),
                     "\n".join(task.coordinating_unit_names), phrases.deadline(task, page.family),
                     task.expected_product, priority_name(task.priority, page.family),
                     note_for(page, task, notes.get(task.id, ""))])  # fmt: skip
    align: list[kit.Align] = ["center", "justify", "left", "left", "center", "left", "center", "left"]
    table = parts.data_table(page, header, rows, PLAN_COLS_MM, align)
    trs = table._tbl.tr_lst
    for index in group_at:
        merge_group_row(trs[index + 1])


def merge_group_row(tr: object) -> None:
    """One cell across the whole row of the biểu: "Nhóm I: mức độ ưu tiên cao"."""
    parts.group_row(tr, PLAN_COLS_MM)
