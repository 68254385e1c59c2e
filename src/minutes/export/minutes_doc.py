"""The minutes (biên bản, Decree 30/2020 Mẫu 1.9; HD 36 for the Party; plain English).

In order: header, BIÊN BẢN and the trích yếu, start time, place, attendance (present, absent with
reasons, groups), chair, secretary, the proceedings (each report with its figures, every contribution
in order with the speaker's name and title, the chair's conclusions, the recommendations by group, the
tasks assigned), the closing time (dotted blanks when unknown), signatures, recipients.
"""

from __future__ import annotations

from collections.abc import Mapping

from docx.document import Document
from docx.shared import Pt

from minutes.domain.enums import MeetingKind, Presence
from minutes.export import parts, phrases
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
    sentence = closing_sentence(page, meeting)
    if sentence:
        parts.para(page, sentence).paragraph_format.space_after = Pt(12)
    signers = profile.minutes.signers(family)
    left = parts.signature(page, "", signers.left, profile.minutes.left_name or meeting.secretary_name)
    right = parts.signature(
        page, signers.on_behalf, signers.right, profile.minutes.right_name or meeting.chair_name
    )
    parts.closing(page, left, right, "minutes", recipients_beside=False)
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
    """Mẫu 1.9's opening lines. Its blanks (start time, place, attendance, chair, secretary) stay dotted
    for the clerk in the official families; an English document leaves out what is not recorded."""
    w = page.w
    plain = page.family == "plain"
    when = page.date_long(meeting.meeting_date)
    if meeting.start_time is not None:
        parts.para(page, f"{page.time(meeting.start_time)}, {when}.", lead=w["start"])
    elif plain:
        parts.para(page, f"{when}.", lead="Date: ")
    else:
        parts.para(page, f"{DOTS} giờ {DOTS} phút, {when}.", lead=w["start"])
    if meeting.location.strip() or not plain:
        location = meeting.location.strip().rstrip(".")
        parts.para(page, f"{location}." if location else DOTS, lead=w["place"])
    present = [text for text in (attendee(page, a) for a in meeting.attendance if a.presence != Presence.ABSENT)
               if text]  # fmt: skip
    absent = [text for text in (attendee(page, a) for a in meeting.attendance if a.presence == Presence.ABSENT)
              if text]  # fmt: skip
    if present:
        parts.para(page, "", lead=w["attendance"], keep_with_next=True)
        parts.bullets(page, present)
    elif not plain:
        parts.para(page, DOTS, lead=f"{w['attendance']} ")
    if absent:
        parts.para(page, "", lead=w["absent"], keep_with_next=True)
        parts.bullets(page, absent)
    for name, title, lead in ((meeting.chair_name, meeting.chair_title, w["chair"]),
                              (meeting.secretary_name, meeting.secretary_title, w["secretary"])):  # fmt: skip
        if name.strip():
            parts.para(page, f"{page.person(name, title)}.", lead=lead)
        elif not plain:
            parts.para(page, DOTS, lead=lead)


def attendee(page: Page, a: AttendanceDTO) -> str:
    """One attendance line ("" when the row names nobody)."""
    text = (a.group_name or "").strip() or page.person(a.person_name, a.person_title)
    if not text:
        return ""
    notes = []
    if a.presence == Presence.LATE:
        notes.append(page.w["late"])
    if a.presence == Presence.ABSENT and a.absence_reason and a.absence_reason.strip():
        notes.append(f"{page.w['absent_reason']}{a.absence_reason.strip()}")
    if a.note and a.note.strip():
        notes.append(a.note.strip())
    return f"{text} ({'; '.join(notes)})" if notes else text


# ----------------------------------------------------------------------------------------- proceedings
def _reports(page: Page, meeting: MeetingDetail, n: int) -> bool:
    reports = [
        r for r in meeting.reports if r.title.strip() or r.summary.strip() or r.figures or r.presenter_name
    ]
    if not reports:
        return False
    w = page.w
    parts.heading(page, f"{n}. {w['reports']}")
    for report in reports:
        presenter = page.person(report.presenter_name, report.presenter_title)
        if presenter:
            parts.para(page, f"{presenter}{w['presents']}{phrases.presented(report.title, page.family)}.")
        elif report.title.strip():
            parts.para(page, f"{report.title.strip().rstrip('.')}.")
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
    """Every contribution in order. None recorded: no section (the model cannot yet say how many spoke
    without a text, so "no contributions" would be a guess; phase 2 prints "Có 02 ý kiến phát biểu")."""
    if not meeting.contributions:
        return False
    parts.heading(page, f"{n}. {page.w['contributions']}")
    for c in meeting.contributions:
        who = speaker(page, c)
        if c.text.strip():
            parts.paras(page, c.text, lead=f"- {who}: " if who else "- ")
        elif who:  # spoke; the words were not recorded
            parts.para(page, f" {page.w['spoke']}.", lead=f"- {who}")
    return True


def _conclusions(page: Page, meeting: MeetingDetail, n: int) -> bool:
    points = [c for c in meeting.conclusions if c.text.strip()]  # a blank point is left out
    if not points:
        return False
    w = page.w
    parts.heading(page, f"{n}. {w['conclusions']}")
    if meeting.chair_name:
        parts.para(page, f"{page.person(meeting.chair_name, meeting.chair_title)}{w['concludes']}",
                   keep_with_next=True)  # fmt: skip
    for c in points:
        parts.paras(page, c.text, lead="- ")
    return True


def _recommendations(page: Page, meeting: MeetingDetail, n: int) -> bool:
    groups = [g for g in meeting.recommendation_groups if any(r.text.strip() for r in g.items)]
    if not groups:
        return False
    parts.heading(page, f"{n}. {page.w['recommendations']}")
    number = 0
    letters = iter("abcdefghijklmnopqrstuvwxyz" * 4)
    for group in groups:
        if group.title.strip():
            parts.para(page, f"{next(letters)}) {group.title.strip().rstrip(':')}:", italic=True,
                       keep_with_next=True)  # fmt: skip
        for item in (r for r in group.items if r.text.strip()):  # a blank one is left out
            number += 1
            parts.paras(page, item.text, lead=f"({number}) ")
            if item.response and item.response.strip():
                parts.paras(page, item.response, lead=page.w["response"])
    return True


def _tasks(page: Page, meeting: MeetingDetail, n: int) -> bool:
    """The tasks table; no section when none is recorded (not "no tasks were assigned": unrecorded)."""
    if not meeting.tasks:
        return False
    w = page.w
    parts.heading(page, f"{n}. {w['tasks']}")
    header = [w["col_no"], w["col_task"], w["col_lead"], w["col_coord"], w["col_deadline"], w["col_product"]]
    titles = phrases.people_titles(meeting)
    rows = [task_row(page, index, t, titles) for index, t in enumerate(meeting.tasks, start=1)]
    parts.data_table(
        page, header, rows, TASK_COLS_MM, ["center", "justify", "left", "left", "center", "left"]
    )
    return True


def task_row(page: Page, index: int, t: TaskDTO, titles: Mapping[int, str] | None = None) -> list[str]:
    lead = phrases.assignee(page.profile, page.family, t, titles, honour=False)
    return [page.number(index), t.text, lead, "\n".join(t.coordinating_unit_names),
            phrases.deadline(t, page.family), t.expected_product]  # fmt: skip


def closing_sentence(page: Page, meeting: MeetingDetail) -> str:
    """ "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 19 tháng 01 năm 2021./." (Mẫu 1.9's dotted blank
    when unknown); in English only when the closing time is recorded."""
    w = words(page.family)
    word = w["conference_word"] if meeting.kind == MeetingKind.CONFERENCE else w["meeting_word"]
    if page.family == "plain":
        if meeting.end_time is None:
            return ""
        return f"{word}{w['ends']}{page.time(meeting.end_time)} on {page.date_long(meeting.meeting_date)}."
    at = page.time(meeting.end_time) if meeting.end_time else f"{DOTS} giờ {DOTS}"
    return f"{word}{w['ends']}{at}, {page.date_long(meeting.meeting_date)}{w['end_mark']}"
