"""What the documents say about people, tasks and deadlines: built from the data and nothing else.

Each phrase is one small function, so a new field of the model is one addition here, not an edit of
every builder:

* :func:`honorific` / :func:`person`: "Đồng chí" only before the name of someone whose recorded title is
  an office (never before a student's, a citizen's or an untitled name);
* :func:`assignee`: who carries out a task: the lead unit, the people assigned (and the responsible
  person) and the free-text assignee ("2 đồng chí Phó Chủ tịch"), each only when recorded;
* :func:`deadline`: when, as the meeting stated it (a day, a period, the clerk's wording:
  :mod:`minutes.export.wording`);
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


def assigned_people(task: TaskDTO) -> list[tuple[int | None, str, str]]:
    """(id, name, title) of the people the task is assigned to, then its responsible person when that
    is someone else; names recorded only."""
    people: list[tuple[int | None, str, str]] = []
    titles = task.assignee_titles + ("",) * (len(task.assignee_names) - len(task.assignee_titles))
    ids: tuple[int | None, ...] = task.assignee_ids + (None,) * (
        len(task.assignee_names) - len(task.assignee_ids)
    )
    for pid, name, title in zip(ids, task.assignee_names, titles, strict=False):
        if name.strip():
            people.append((pid, " ".join(name.split()), title))
    responsible = " ".join(task.responsible_name.split())
    if responsible and all(pid != task.responsible_id and name != responsible for pid, name, _t in people):
        people.append((task.responsible_id, responsible, ""))
    return people


def join_words(items: list[str], family: Family) -> str:
    """ "A", "A và B", "A, B và C" ("and" in English)."""
    if len(items) <= 1:
        return "".join(items)
    word = " and " if family == "plain" else " và "
    return ", ".join(items[:-1]) + word + items[-1]


def assignee(profile: OrgProfileData, family: Family, task: TaskDTO, titles: Mapping[int, str] | None = None,
             *, lower: bool = True, honour: bool = True, cell: bool = False) -> str:  # fmt: skip
    """Who carries the task out, from what is recorded: "Văn phòng ... (đồng chí A, đồng chí B)", "đồng
    chí A và đồng chí B", "2 đồng chí Phó Chủ tịch UBND phường"; "" when nobody is recorded (never
    "chưa giao"). ``honour`` off: names without the honorific (table cells, counts); ``cell``: one line
    per unit, person and free-text assignee (a table cell)."""
    unit = " ".join(task.lead_unit_name.split())
    names = []
    for pid, name, title in assigned_people(task):
        if honour:
            title = title or (titles or {}).get(pid if pid is not None else -1, "")
            names.append(person(profile, family, name, title, lower=lower, with_title=False))
        else:
            names.append(name)
    free = " ".join(task.assignee_text.split())
    if cell:  # the unit, its people in brackets under it (or the people alone), the free-text assignee
        people_line = f"({', '.join(names)})" if unit and names else "\n".join(names)
        return "\n".join(part for part in (unit, people_line, free) if part)
    people = ", ".join(names)
    subjects = []
    if unit:
        subjects.append(f"{unit} ({people})" if people else unit)
    elif people:
        subjects.append(join_words(names, family))
    if free:
        subjects.append(free)
    return join_words(subjects, family)


def short_date(d: date, family: Family) -> str:
    """``28/02/2021`` (Vietnamese tables and sentences); ``28 February 2021`` in English."""
    return en_date(d) if family == "plain" else f"{d.day:02d}/{d.month:02d}/{d.year}"


def deadline(task: TaskDTO, family: Family) -> str:
    """When the task is due, as the meeting stated it ("31/03/2021", "quý I/2023", "trước ngày
    10/3/2023", the clerk's wording); "" when no deadline is recorded."""
    from minutes.export.wording import deadline_words

    return deadline_words(task, family)


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
