"""The minutes (biên bản, Decree 30/2020 Mẫu 1.9; HD 36 for the Party; plain English).

In order: header, BIÊN BẢN and the trích yếu, start time, place, attendance (present, absent with
reasons, groups), chair, secretary, the proceedings, the next meeting, the closing time (dotted blanks
when unknown), signatures, recipients.

The proceedings follow the agenda when one is recorded: the agenda, then under each of its items the
reports, contributions, conclusions and decisions (with votes) that belong to it, then what belongs to
no item; the recommendations by group; the tasks table, grouped by agenda item. Without an agenda: each
report with its figures, every contribution in order (or how many there were), the chair's conclusions,
the decisions and resolutions, the recommendations, the tasks (:mod:`minutes.export.proceedings`).
A meeting known by its month is dated by its month; the date line is the minutes' own document date.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from docx.document import Document
from docx.shared import Pt

from minutes.domain.enums import MeetingKind, Presence
from minutes.export import parts, phrases, proceedings, wording
from minutes.export.labels import words
from minutes.export.parts import DOTS, Page
from minutes.export.profile import OrgProfileData
from minutes.export.vnformat import Family
from minutes.services.dto import AttendanceDTO, MeetingDetail, TaskDTO

# re-exported: the archive's tests and older callers name them here
figure_text = proceedings.figure_text
speaker = proceedings.speaker

TASK_COLS_MM = (12.0, 47.0, 27.0, 29.0, 25.0, 25.0)
_T = TypeVar("_T")


def build_minutes(meeting: MeetingDetail, profile: OrgProfileData, family: Family, *,
                  number: int | None = None) -> Document:  # fmt: skip
    page = parts.start(profile, family)
    number, reference = reference_of(meeting.reference_number, number)
    dated = meeting.document_dates.get("minutes") or (
        meeting.meeting_date if meeting.date_precision != "month" else None
    )
    parts.header(page, "minutes", number=number, dated=dated, year=(dated or meeting.meeting_date).year,
                 show_date=family != "state", reference=reference)  # fmt: skip
    parts.title(page, "minutes", meeting.title)
    _opening(page, meeting)
    parts.para(page, "", lead=page.w["content"], keep_with_next=True)
    section = _agenda(page, meeting) if meeting.agenda else 0
    for block in (_reports, _contributions, _conclusions, _recommendations, _tasks):
        if block(page, meeting, section + 1):
            section += 1
    if meeting.next_meeting is not None:
        lead, text = wording.next_meeting(meeting.next_meeting, family, _meeting_word(page, meeting))
        parts.para(page, text, lead=lead)
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
    when = meeting_date_long(page, meeting)
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


def meeting_date_long(page: Page, meeting: MeetingDetail) -> str:
    """ "ngày 19 tháng 01 năm 2021"; a meeting known by its month: "tháng 3 năm 2022"."""
    return wording.meeting_day_long(meeting.meeting_date, meeting.date_precision, page.family)


def _meeting_word(page: Page, meeting: MeetingDetail) -> str:
    return page.w["conference_word"] if meeting.kind == MeetingKind.CONFERENCE else page.w["meeting_word"]


# ----------------------------------------------------------------------------------------- proceedings
def _agenda(page: Page, meeting: MeetingDetail) -> int:
    """The agenda, then one numbered section per item with what belongs to it; returns the last number.
    What belongs to no item follows under the usual sections (the ``_unlinked`` blocks)."""
    parts.para(page, "", lead=page.w["agenda"], keep_with_next=True)
    for index, item in enumerate(meeting.agenda, start=1):
        parts.para(page, f"{index}. {item.title.strip().rstrip('.;')}" + (";" if index < len(meeting.agenda)
                                                                          else "."))  # fmt: skip
    n = 0
    for item in meeting.agenda:
        n += 1
        parts.heading(page, f"{n}. {item.title.strip().rstrip('.;')}")
        proceedings.reports(page, [r for r in meeting.reports if r.agenda_item_id == item.id], None)
        proceedings.contributions(
            page, [c for c in meeting.contributions if c.agenda_item_id == item.id], None
        )
        proceedings.conclusions(page, meeting, [c for c in meeting.conclusions if c.agenda_item_id == item.id],
                                None)  # fmt: skip
    return n


def _own(meeting: MeetingDetail, items: list[_T]) -> list[_T]:
    """With an agenda, the items that belong to none of its items; without, all of them."""
    if not meeting.agenda:
        return items
    ids = {a.id for a in meeting.agenda}
    return [i for i in items if getattr(i, "agenda_item_id", None) not in ids]


def _reports(page: Page, meeting: MeetingDetail, n: int) -> bool:
    return proceedings.reports(page, _own(meeting, meeting.reports), f"{n}. {page.w['reports']}")


def _contributions(page: Page, meeting: MeetingDetail, n: int) -> bool:
    return proceedings.contributions(
        page, _own(meeting, meeting.contributions), f"{n}. {page.w['contributions']}"
    )


def _conclusions(page: Page, meeting: MeetingDetail, n: int) -> bool:
    return proceedings.conclusions(
        page, meeting, _own(meeting, meeting.conclusions), f"{n}. {page.w['conclusions']}"
    )


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
    """The tasks table (grouped by agenda item when the tasks name one); no section when none is
    recorded (not "no tasks were assigned": unrecorded)."""
    if not meeting.tasks:
        return False
    w = page.w
    parts.heading(page, f"{n}. {w['tasks']}")
    header = [w["col_no"], w["col_task"], w["col_lead"], w["col_coord"], w["col_deadline"], w["col_product"]]
    titles = phrases.people_titles(meeting)
    rows: list[list[str]] = []
    group_at: list[int] = []
    for label, tasks in task_groups(page, meeting):
        if label:
            group_at.append(len(rows))
            rows.append([label] + [""] * (len(header) - 1))
        rows += [task_row(page, len(rows) - len(group_at) + 1 + i, t, titles) for i, t in enumerate(tasks)]
    table = parts.data_table(
        page, header, rows, TASK_COLS_MM, ["center", "justify", "left", "left", "center", "left"]
    )
    trs = table._tbl.tr_lst
    for index in group_at:
        parts.group_row(trs[index + 1], TASK_COLS_MM)
    return True


def task_groups(page: Page, meeting: MeetingDetail) -> list[tuple[str, list[TaskDTO]]]:
    """("Nội dung 1: ...", its tasks) per agenda item with tasks, then ("Nhiệm vụ khác", the rest); one
    unlabelled group when no task names an agenda item."""
    ids = {a.id for a in meeting.agenda}
    if not any(t.agenda_item_id in ids for t in meeting.tasks):
        return [("", list(meeting.tasks))]
    groups = []
    for index, item in enumerate(meeting.agenda, start=1):
        tasks = [t for t in meeting.tasks if t.agenda_item_id == item.id]
        if tasks:
            title = item.title.strip().rstrip(".;")
            groups.append((page.w["agenda_group"].format(n=page.number(index), title=title), tasks))
    rest = [t for t in meeting.tasks if t.agenda_item_id not in ids]
    if rest:
        groups.append((page.w["other_tasks"], rest))
    return groups


def task_row(page: Page, index: int, t: TaskDTO, titles: Mapping[int, str] | None = None) -> list[str]:
    lead = phrases.assignee(page.profile, page.family, t, titles, honour=False, cell=True)
    due = phrases.deadline(t, page.family)
    if t.done_at_meeting:
        due = "\n".join(part for part in (due, page.w["done_at_meeting"]) if part)
    return [page.number(index), t.text, lead, "\n".join(t.coordinating_unit_names), due,
            t.expected_product]  # fmt: skip


def closing_sentence(page: Page, meeting: MeetingDetail) -> str:
    """ "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 19 tháng 01 năm 2021./." (Mẫu 1.9's dotted blank
    when unknown); in English only when the closing time is recorded."""
    w = words(page.family)
    word = w["conference_word"] if meeting.kind == MeetingKind.CONFERENCE else w["meeting_word"]
    when = meeting_date_long(page, meeting)
    if page.family == "plain":
        if meeting.end_time is None:
            return ""
        return f"{word}{w['ends']}{page.time(meeting.end_time)}{' on ' if meeting.date_precision != 'month' else ', '}{when}."
    at = page.time(meeting.end_time) if meeting.end_time else f"{DOTS} giờ {DOTS}"
    return f"{word}{w['ends']}{at}, {when}{w['end_mark']}"
