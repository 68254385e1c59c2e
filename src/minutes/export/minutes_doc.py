"""The minutes (biên bản, Decree 30/2020 Mẫu 1.9; HD 36 for the Party; plain English).

In order: header, BIÊN BẢN and the trích yếu, start time, place, attendance (present, absent with
reasons, groups), chair, secretary, the proceedings (each report with its figures, every contribution
in order with the speaker's name and title, the chair's conclusions, the recommendations by group, the
tasks assigned), the closing time (dotted blanks when unknown), signatures, recipients.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Pt

from minutes.domain.enums import MeetingKind, Presence
from minutes.export import parts
from minutes.export.labels import words
from minutes.export.parts import DOTS, Page
from minutes.export.profile import OrgProfileData
from minutes.export.vnformat import Family
from minutes.services.dto import AttendanceDTO, ContributionDTO, FigureDTO, MeetingDetail, TaskDTO

TASK_COLS_MM = (12.0, 47.0, 27.0, 29.0, 25.0, 25.0)


def build_minutes(meeting: MeetingDetail, profile: OrgProfileData, family: Family, *,
                  number: int | None = None) -> Document:  # fmt: skip
    page = parts.start(profile, family)
    number, reference = reference_of(meeting.reference_number, number)
    parts.header(page, "minutes", number=number, dated=meeting.meeting_date, year=meeting.meeting_date.year,
                 show_date=family != "state", reference=reference)  # fmt: skip
    parts.title(page, "minutes", meeting.title)
    _opening(page, meeting)
    section = 0
    parts.para(page, "", lead=page.w["content"], keep_with_next=True)
    for block in (_reports, _contributions, _conclusions, _recommendations, _tasks):
        if block(page, meeting, section + 1):
            section += 1
    parts.para(page, closing_sentence(page, meeting)).paragraph_format.space_after = Pt(12)
    signers = profile.minutes.signers(family)
    left = parts.signature(page, "", signers.left, profile.minutes.left_name or meeting.secretary_name)
    right = parts.signature(
        page, signers.on_behalf, signers.right, profile.minutes.right_name or meeting.chair_name
    )
    parts.closing(page, left, right, profile.minutes.recipients, recipients_beside=False)
    return page.doc


def reference_of(stored: str, number: int | None) -> tuple[int | None, str | None]:
    """The meeting's stored "số": digits are the number; anything else is printed as written."""
    stored = stored.strip()
    if number is not None or not stored:
        return number, None
    if stored.isdigit() and int(stored) > 0:
        return int(stored), None
    return None, stored


# ------------------------------------------------------------------------------------------- opening
def _opening(page: Page, meeting: MeetingDetail) -> None:
    w = page.w
    when = page.date_long(meeting.meeting_date)
    start = page.time(meeting.start_time) if meeting.start_time else _blank_time(page)
    parts.para(page, f"{start}, {when}.", lead=w["start"])
    parts.para(page, f"{meeting.location or DOTS}.", lead=w["place"])
    parts.para(page, "", lead=w["attendance"], keep_with_next=True)
    present = [a for a in meeting.attendance if a.presence != Presence.ABSENT]
    absent = [a for a in meeting.attendance if a.presence == Presence.ABSENT]
    parts.bullets(page, [attendee(page, a) for a in present] or [DOTS])
    if absent:
        parts.para(page, "", lead=w["absent"], keep_with_next=True)
        parts.bullets(page, [attendee(page, a) for a in absent])
    chair = page.person(meeting.chair_name, meeting.chair_title) if meeting.chair_name else DOTS
    secretary = (
        page.person(meeting.secretary_name, meeting.secretary_title) if meeting.secretary_name else DOTS
    )
    parts.para(page, f"{chair}.", lead=w["chair"])
    parts.para(page, f"{secretary}.", lead=w["secretary"])


def _blank_time(page: Page) -> str:
    return DOTS if page.family == "plain" else f"{DOTS} giờ {DOTS} phút"


def attendee(page: Page, a: AttendanceDTO) -> str:
    text = a.group_name or page.person(a.person_name, a.person_title)
    notes = []
    if a.presence == Presence.LATE:
        notes.append(page.w["late"])
    if a.presence == Presence.ABSENT and a.absence_reason:
        notes.append(f"{page.w['absent_reason']}{a.absence_reason}")
    if a.note:
        notes.append(a.note)
    return f"{text} ({'; '.join(notes)})" if notes else text


# ----------------------------------------------------------------------------------------- proceedings
def _reports(page: Page, meeting: MeetingDetail, n: int) -> bool:
    if not meeting.reports:
        return False
    w = page.w
    parts.heading(page, f"{n}. {w['reports']}")
    for report in meeting.reports:
        presenter = page.person(report.presenter_name, report.presenter_title)
        if presenter:
            parts.para(page, f"{presenter}{w['presents']}{report.title or w['reports'].lower()}.")
        elif report.title:
            parts.para(page, f"{report.title}.", bold=False)
        if report.summary.strip():
            parts.paras(page, report.summary)
        if report.figures:
            parts.para(page, w["figures"], italic=True, keep_with_next=True)
            parts.bullets(page, [figure_text(page, f) for f in report.figures])
    return True


def figure_text(page: Page, f: FigureDTO) -> str:
    """ "Tổng thu ngân sách: 19.885.177.001 đồng, đạt 87% (ước đạt)"; "Tổ dân phố văn hóa: 8/12 tổ"."""
    values = []
    if f.value is not None:
        value = page.number(f.value)
        if f.target is not None:
            value += f"/{page.number(f.target)}"
        values.append(f"{value} {f.unit}".strip())
    if f.percent is not None:
        percent = f"{page.number(f.percent)}%"
        values.append(f"{page.w['reached']}{percent}" if values else percent)
    text = f"{f.label}: {', '.join(values)}" if values else f.label
    return f"{text} ({f.note.strip()})" if f.note and f.note.strip() else text


def speaker(page: Page, c: ContributionDTO) -> str:
    if c.speaker_id is not None and c.speaker_name:
        return page.person(c.speaker_name, c.speaker_title)
    return (c.speaker_label or "").strip()


def _contributions(page: Page, meeting: MeetingDetail, n: int) -> bool:
    parts.heading(page, f"{n}. {page.w['contributions']}")
    if not meeting.contributions:
        parts.para(page, page.w["no_contributions"])
    for c in meeting.contributions:
        who = speaker(page, c)
        parts.paras(page, c.text or DOTS, lead=f"- {who}: " if who else "- ")
    return True


def _conclusions(page: Page, meeting: MeetingDetail, n: int) -> bool:
    if not meeting.conclusions:
        return False
    w = page.w
    parts.heading(page, f"{n}. {w['conclusions']}")
    if meeting.chair_name:
        parts.para(page, f"{page.person(meeting.chair_name, meeting.chair_title)}{w['concludes']}",
                   keep_with_next=True)  # fmt: skip
    for c in meeting.conclusions:
        parts.paras(page, c.text, lead="- ")
    return True


def _recommendations(page: Page, meeting: MeetingDetail, n: int) -> bool:
    groups = [g for g in meeting.recommendation_groups if g.items or g.title]
    if not groups:
        return False
    parts.heading(page, f"{n}. {page.w['recommendations']}")
    number = 0
    for index, group in enumerate(groups):
        letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
        parts.para(page, f"{letter}) {group.title or page.w['recommendations']}:", italic=True,
                   keep_with_next=True)  # fmt: skip
        for item in group.items:
            number += 1
            parts.paras(page, item.text, lead=f"({number}) ")
            if item.response and item.response.strip():
                parts.paras(page, item.response, lead=page.w["response"])
    return True


def _tasks(page: Page, meeting: MeetingDetail, n: int) -> bool:
    w = page.w
    parts.heading(page, f"{n}. {w['tasks']}")
    if not meeting.tasks:
        parts.para(page, w["no_tasks"])
        return True
    header = [w["col_no"], w["col_task"], w["col_lead"], w["col_coord"], w["col_deadline"], w["col_product"]]
    rows = [task_row(page, index, t) for index, t in enumerate(meeting.tasks, start=1)]
    parts.data_table(
        page, header, rows, TASK_COLS_MM, ["center", "justify", "left", "left", "center", "left"]
    )
    return True


def task_row(page: Page, index: int, t: TaskDTO) -> list[str]:
    return [str(index), t.text, t.lead_unit_name, "\n".join(t.coordinating_unit_names),
            page.date_short(t.deadline), t.expected_product]  # fmt: skip


def closing_sentence(page: Page, meeting: MeetingDetail) -> str:
    """ "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 19 tháng 01 năm 2021./." (dotted when unknown)."""
    w = words(page.family)
    word = w["conference_word"] if meeting.kind == MeetingKind.CONFERENCE else w["meeting_word"]
    if page.family == "plain":
        at = page.time(meeting.end_time) if meeting.end_time else DOTS
        return f"{word}{w['ends']}{at} on {page.date_long(meeting.meeting_date)}."
    at = page.time(meeting.end_time) if meeting.end_time else f"{DOTS} giờ {DOTS}"
    return f"{word}{w['ends']}{at}, {page.date_long(meeting.meeting_date)}{w['end_mark']}"
