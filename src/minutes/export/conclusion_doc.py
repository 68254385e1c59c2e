"""The conclusion notice (thông báo kết luận) issued after a working session (official-formats.md §3).

1. Opening: "Ngày ..., Ban Thường vụ Quận ủy làm việc với ... Sau khi nghe báo cáo và ý kiến ...,
   đồng chí ... kết luận như sau:"
2. Assessment: the conclusions that assign no task (what was recorded and judged).
3. Key tasks ahead: the conclusions that assign tasks, each followed by who leads, who coordinates,
   by when and what product; tasks from other sources come after them.
4. On the recommendations: one item per recommendation, naming the unit charged (from the task linked
   to it) and the deadline, or marked "chưa giao" when no task answers it yet.
5. Implementation ("Văn phòng ... theo dõi, đôn đốc") and the closing clause; signature on behalf of the
   collective, recipients beside it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from docx.document import Document
from docx.shared import Pt

from minutes.domain.enums import SourceKind
from minutes.domain.text import fold
from minutes.export import docx_kit as kit
from minutes.export import parts
from minutes.export.parts import DOTS, Page
from minutes.export.profile import OrgProfileData
from minutes.export.vnformat import Family
from minutes.services.dto import MeetingDetail, TaskDTO

VI_HEADINGS = ("Đánh giá kết quả", "Nhiệm vụ trọng tâm thời gian tới", "Về kiến nghị, đề xuất",
               "Tổ chức thực hiện")  # fmt: skip
EN_HEADINGS = ("Assessment", "Key tasks ahead", "On the recommendations", "Implementation")


def tasks_by_source(tasks: Sequence[TaskDTO]) -> dict[tuple[str, int], list[TaskDTO]]:
    found: dict[tuple[str, int], list[TaskDTO]] = defaultdict(list)
    for task in tasks:
        if task.source_kind and task.source_id is not None:
            found[(task.source_kind, task.source_id)].append(task)
    return found


def build_conclusion(meeting: MeetingDetail, profile: OrgProfileData, family: Family, *,
                     number: int | None = None, issued_on: date | None = None) -> Document:  # fmt: skip
    page = parts.start(profile, family)
    parts.header(
        page, "conclusion", number=number, dated=issued_on, year=(issued_on or meeting.meeting_date).year
    )
    parts.title(page, "conclusion", subject(page, meeting))
    for text in opening(page, meeting):
        parts.para(page, text)
    headings = EN_HEADINGS if family == "plain" else VI_HEADINGS
    linked = tasks_by_source(meeting.tasks)
    assessed = [c for c in meeting.conclusions if (SourceKind.CONCLUSION, c.id) not in linked]
    tasked = [c for c in meeting.conclusions if (SourceKind.CONCLUSION, c.id) in linked]

    parts.heading(page, f"1. {headings[0]}")
    for c in assessed or []:
        parts.paras(page, c.text)
    if not assessed:
        parts.para(page, DOTS * 12)

    parts.heading(page, f"2. {headings[1]}")
    for c in tasked:
        parts.paras(page, c.text, lead="- ")
        for task in linked[(SourceKind.CONCLUSION, c.id)]:
            parts.para(page, assignment(page, task, recommendation=False), italic=True)
    others = [
        t for t in meeting.tasks if t.source_kind not in (SourceKind.CONCLUSION, SourceKind.RECOMMENDATION)
    ]
    for task in others:
        parts.para(page, f"- {task.text.strip().rstrip('.')}. {assignment(page, task, recommendation=False)}")
    if not tasked and not others:
        parts.para(page, DOTS * 12)

    parts.heading(page, f"3. {headings[2]}")
    _recommendations(page, meeting, linked)

    parts.heading(page, f"4. {headings[3]}")
    parts.para(page, implementation(page))
    parts.para(page, closing_clause(page, meeting)).paragraph_format.space_after = Pt(12)
    signers = profile.conclusion.signers(family)
    right = parts.signature(
        page, signers.on_behalf, signers.right, profile.conclusion.right_name or meeting.chair_name
    )
    parts.closing(page, None, right, profile.conclusion.recipients, recipients_beside=True)
    return page.doc


def subject(page: Page, meeting: MeetingDetail) -> str:
    d = page.date_short(meeting.meeting_date)
    kind = page.w.get(meeting.kind, page.w["other"])
    if page.family == "plain":
        who = f" of {meeting.chair_name}" if meeting.chair_name else ""
        return f"Conclusions{who} at the {kind} of {page.date_long(meeting.meeting_date)}"
    who = f" của đồng chí {meeting.chair_name}" if meeting.chair_name else ""
    return f"Kết luận{who} tại {kind} ngày {d}"


def _report_subject(title: str) -> str:
    """ "Báo cáo kết quả ..." -> "kết quả ..." (as it reads after "nghe ... báo cáo")."""
    text = title.strip().rstrip(".")
    if fold(text).startswith("bao cao "):
        text = text[len("báo cáo ") :]
        return text[:1].lower() + text[1:]
    return text


def opening(page: Page, meeting: MeetingDetail) -> list[str]:
    """The opening sentences, from the meeting's date, title, reports, contributions and chair."""
    collective = page.profile.collective.strip()
    title = meeting.title.strip().rstrip(".")
    presenters = [(page.person(r.presenter_name, r.presenter_title), _report_subject(r.title))
                  for r in meeting.reports]  # fmt: skip
    heard = len(meeting.contributions)
    chair = page.person(meeting.chair_name, meeting.chair_title)
    if page.family == "plain":
        first = f"On {page.date_long(meeting.meeting_date)}, {title}."
        parts_ = [
            f"{who} present the report on {what}" if who else f"the report on {what}"
            for who, what in presenters
        ]
        heard_text = " and ".join(
            filter(None, ["; ".join(parts_), f"{heard} contributions" if heard else ""])
        )
        lead = chair or collective or "the chair"
        return [first, f"Having heard {heard_text}, {lead} concluded as follows:" if heard_text
                else f"{lead} concluded as follows:"]  # fmt: skip
    day = page.date_short(meeting.meeting_date)
    if collective and fold(title).startswith(fold(collective)):
        first = f"Ngày {day}, {title}."
    else:
        kind = page.w.get(meeting.kind, page.w["other"])
        first = f"Ngày {day}, {collective or 'cơ quan'} tổ chức {kind}: {title}."
    reports = "; ".join(f"{who.replace('Đồng chí', 'đồng chí', 1)} báo cáo {what}" if who else f"báo cáo {what}"
                        for who, what in presenters)  # fmt: skip
    views = f"{heard} ý kiến phát biểu của các đại biểu dự họp" if heard else ""
    heard_text = " và ".join(filter(None, [reports, views]))
    concluder = chair.replace("Đồng chí", "đồng chí", 1) if chair else collective
    second = f"Sau khi nghe {heard_text}, {concluder} kết luận như sau:" if heard_text else \
        f"{concluder[:1].upper()}{concluder[1:]} kết luận như sau:"  # fmt: skip
    return [first, second]


def assignment(page: Page, task: TaskDTO, *, recommendation: bool) -> str:
    """Who leads, who coordinates, what to do, by when and with what product: "Giao ... chủ trì, ..."."""
    coords = ", ".join(task.coordinating_unit_names)
    due = page.date_short(task.deadline)
    if page.family == "plain":
        if not task.lead_unit_name:
            return "Not yet assigned to a lead unit" + (f"; due {due}." if due else ".")
        text = f"Assigned to {task.lead_unit_name} (lead)"
        text += f", with {coords}" if coords else ""
        text += f"; due {due}" if due else "; no deadline set"
        text += f"; product: {task.expected_product}" if task.expected_product else ""
        return text + "."
    if not task.lead_unit_name:
        return "Chưa giao đơn vị chủ trì" + (
            f"; thời hạn trước ngày {due}." if due else ", chưa xác định thời hạn."
        )
    action = "xem xét, giải quyết" if recommendation else "thực hiện"
    text = f"Giao {task.lead_unit_name} chủ trì"
    text += f", phối hợp với {coords}" if coords else ""
    text += f" {action}"
    text += f", báo cáo kết quả trước ngày {due}" if due else ", chưa xác định thời hạn"
    text += f"; sản phẩm: {task.expected_product}" if task.expected_product else ""
    return text + "."


def _recommendations(
    page: Page, meeting: MeetingDetail, linked: dict[tuple[str, int], list[TaskDTO]]
) -> None:
    number = 0
    plain = page.family == "plain"
    groups = [g for g in meeting.recommendation_groups if g.items]
    if not groups:
        parts.para(page, "No recommendations were made." if plain else "Không có kiến nghị, đề xuất.")
    for index, group in enumerate(groups):
        letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
        parts.para(page, f"{letter}) {group.title}:", italic=True, keep_with_next=True)
        for item in group.items:
            number += 1
            tasks = linked.get((SourceKind.RECOMMENDATION, item.id), [])
            paragraph = parts.para(page, f"({number}) {item.text.strip()}")
            if tasks:
                for task in tasks:
                    kit.add_run(paragraph, " " + assignment(page, task, recommendation=True))
            else:
                kit.add_run(paragraph, " ")
                unassigned = "[Not yet assigned]" if plain else "[Chưa giao]"
                kit.add_run(paragraph, unassigned, bold=True, italic=True)
                kit.add_run(paragraph, " no lead unit and no deadline yet." if plain
                                  else " chưa có đơn vị chủ trì và thời hạn giải quyết.")  # fmt: skip
            if item.response and item.response.strip():
                parts.paras(page, item.response, lead=page.w["response"])


def implementation(page: Page) -> str:
    office, collective = page.profile.office.strip(), page.profile.collective.strip()
    if page.family == "plain":
        return (f"{office or 'The office'} follows up the implementation of this notice and reports "
                f"regularly to {collective or 'the committee'}.")  # fmt: skip
    return (f"Giao {office or 'Văn phòng'} theo dõi, đôn đốc các cơ quan, đơn vị thực hiện thông báo này; "
            f"định kỳ tổng hợp, báo cáo {collective or 'cấp ủy'}.")  # fmt: skip


def closing_clause(page: Page, meeting: MeetingDetail) -> str:
    """ "Ban Thường vụ Quận ủy thông báo để ... biết, thực hiện./." naming every lead unit of the tasks."""
    units: list[str] = []
    for task in meeting.tasks:
        if task.lead_unit_name and task.lead_unit_name not in units:
            units.append(task.lead_unit_name)
    collective = page.profile.collective.strip()
    if page.family == "plain":
        to = ", ".join(units + ["the other bodies concerned"])
        return f"{collective or 'The committee'} issues this notice to {to} for implementation."
    to = ", ".join(units) + " và các cơ quan, đơn vị liên quan" if units else "các cơ quan, đơn vị liên quan"
    return parts.end_mark(f"{collective or 'Cơ quan'} thông báo để {to} biết, thực hiện", page.w["end_mark"])
