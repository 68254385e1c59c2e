"""What the documents say about people, tasks and deadlines: built from the data and nothing else.

Each phrase is one small function, so a new field of the model is one addition here, not an edit of
every builder:

* :func:`honorific` / :func:`person`: "Đồng chí" only before the name of someone whose recorded title is
  an office (never before a student's, a citizen's or an untitled name);
* :func:`assignee`: who carries out a task (today: the lead unit, else the responsible person; the
  model's assigned people and free-text assignee join here);
* :func:`deadline`: when (today: a date; a period or a wording joins here);
* :func:`report_subject`: a report's title as it reads after "báo cáo".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from minutes.domain.text import fold
from minutes.export.profile import OrgProfileData
from minutes.export.vnformat import Family, en_date
from minutes.services.dto import MeetingDetail, TaskDTO

#: Titles that say the person holds no Party or state office (folded, matched at the start).
NOT_AN_OFFICE = (
    "sinh vien", "hoc sinh", "hoc vien", "nghien cuu sinh", "nguoi dan", "cong dan", "ho dan", "khach moi",
    "phong vien", "nha bao", "chuyen gia", "tu van", "doanh nghiep", "chu ho",
)  # fmt: skip


def honorific(profile: OrgProfileData, family: Family, title: str) -> str:
    """The profile's honorific ("Đồng chí") for a person whose recorded title is an office, else ""."""
    word = profile.honorific.strip()
    folded = fold(title).strip()
    if family == "plain" or not word or not folded or folded.startswith(NOT_AN_OFFICE):
        return ""
    return word


def person(profile: OrgProfileData, family: Family, name: str, title: str, *, lower: bool = False,
           with_title: bool = True) -> str:  # fmt: skip
    """ "Đồng chí Nguyễn Văn A - Bí thư" (``lower``: "đồng chí ..." inside a sentence); the title alone
    when no name is recorded; "" when neither is."""
    name, title = " ".join(name.split()), " ".join(title.split())
    if not name:
        return title if with_title else ""
    word = honorific(profile, family, title)
    if word and lower:
        word = word[:1].lower() + word[1:]
    text = f"{word} {name}" if word else name
    return f"{text} - {title}" if title and with_title else text


def people_titles(meeting: MeetingDetail) -> dict[int, str]:
    """The recorded title of everyone the meeting names (attendance, chair, secretary, speakers)."""
    titles: dict[int, str] = {}
    for a in meeting.attendance:
        if a.person_id is not None:
            titles[a.person_id] = a.person_title
    for c in meeting.contributions:
        if c.speaker_id is not None:
            titles.setdefault(c.speaker_id, c.speaker_title)
    for r in meeting.reports:
        if r.presenter_id is not None:
            titles.setdefault(r.presenter_id, r.presenter_title)
    if meeting.chair_id is not None:
        titles[meeting.chair_id] = meeting.chair_title
    if meeting.secretary_id is not None:
        titles[meeting.secretary_id] = meeting.secretary_title
    return titles


def assignee(profile: OrgProfileData, family: Family, task: TaskDTO, titles: Mapping[int, str] | None = None,
             *, lower: bool = True, honour: bool = True) -> str:  # fmt: skip
    """Who carries the task out: its lead unit, else its responsible person (in a sentence with the
    honorific the title allows; ``honour`` off: the name alone, for table cells), else "". Phase 2 adds
    the assigned people and the free-text assignee here."""
    if task.lead_unit_name.strip():
        return task.lead_unit_name.strip()
    if task.responsible_name.strip():
        if not honour:
            return " ".join(task.responsible_name.split())
        title = (titles or {}).get(task.responsible_id or -1, "")
        return person(profile, family, task.responsible_name, title, lower=lower, with_title=False)
    return ""


def short_date(d: date, family: Family) -> str:
    """``28/02/2021`` (Vietnamese tables and sentences); ``28 February 2021`` in English."""
    return en_date(d) if family == "plain" else f"{d.day:02d}/{d.month:02d}/{d.year}"


def deadline(task: TaskDTO, family: Family) -> str:
    """When the task is due, as printed ("31/03/2021"); "" when no deadline is recorded. Phase 2: a
    period ("quý I/2022") or the recorded wording is returned here."""
    return short_date(task.deadline, family) if task.deadline is not None else ""


def report_subject(title: str) -> str:
    """ "Báo cáo kết quả ..." -> "kết quả ..." (as it reads after "nghe ... báo cáo"); "Báo cáo" -> ""."""
    text = " ".join(title.split()).rstrip(".")
    folded = fold(text)
    if folded == "bao cao":
        return ""
    if folded.startswith("bao cao "):
        text = text[len("báo cáo ") :]
        return text[:1].lower() + text[1:]
    return text


def presented(title: str, family: Family) -> str:
    """What a presenter "trình bày": "báo cáo kết quả ..." for "Báo cáo kết quả ...", "báo cáo" for an
    empty title or one that is only "Báo cáo"; any other title as written."""
    text = " ".join(title.split()).rstrip(".")
    if family == "plain":
        return text or "a report"
    if not text or fold(text).startswith("bao cao"):
        return f"báo cáo {report_subject(text)}".strip()
    return text
