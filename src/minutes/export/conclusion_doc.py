"""The conclusion notice (thông báo kết luận) issued after a working session (official-formats.md §3).

1. Opening: "Ngày ..., Ban Thường vụ Quận ủy làm việc với ... Sau khi nghe báo cáo và ý kiến ...,
   đồng chí ... kết luận như sau:"
2. The conclusions, in the structure their kinds give (:func:`conclusion_sections`): with kinds
   recorded, assessments under "Đánh giá kết quả" and directives under "Nhiệm vụ trọng tâm thời gian
   tới", decisions under "Quyết định" and resolutions under "Nghị quyết" (each with its vote when one
   is recorded); conclusions of no kind (recorded before kinds existed) are numbered points of their
   own, in the recorded order, before those sections. Each is followed by who carries out the tasks it
   gave (lead unit, people, free-text assignee), by when (the deadline as stated) and with what product.
3. Tasks from other sources, then the recommendations: one item per recommendation, with the unit
   charged and the deadline when a task answers it (nothing is added when none does: the pre-export
   check tells the clerk).
4. Implementation ("Văn phòng ... theo dõi, đôn đốc", when the profile names the office) and the
   closing clause; signature on behalf of the collective, recipients beside it.

Nothing is printed that the data does not give: no editor markers, no dotted filler for an empty
section (an empty section is left out and the points renumbered).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from docx.document import Document
from docx.shared import Pt

from minutes.domain.enums import SourceKind
from minutes.domain.text import fold
from minutes.export import docx_kit as kit
from minutes.export import parts, phrases, wording
from minutes.export.parts import Page
from minutes.export.profile import OrgProfileData
from minutes.export.vnformat import Family
from minutes.services.dto import ConclusionDTO, MeetingDetail, TaskDTO

#: Section headings per conclusion kind, in the notice's order, Vietnamese and English.
KIND_HEADINGS: Mapping[str, tuple[str, str]] = {
    "assessment": ("Đánh giá kết quả", "Assessment"),
    "directive": ("Nhiệm vụ trọng tâm thời gian tới", "Key tasks ahead"),
    "decision": ("Quyết định", "Decisions"),
    "resolution": ("Nghị quyết", "Resolutions"),
}
OTHER_TASKS = ("Giao nhiệm vụ", "Other tasks assigned")
RECOMMENDATIONS = ("Về kiến nghị, đề xuất", "On the recommendations")
IMPLEMENTATION = ("Tổ chức thực hiện", "Implementation")


def tasks_by_source(tasks: Sequence[TaskDTO]) -> dict[tuple[str, int], list[TaskDTO]]:
    found: dict[tuple[str, int], list[TaskDTO]] = defaultdict(list)
    for task in tasks:
        if task.source_kind and task.source_id is not None:
            found[(task.source_kind, task.source_id)].append(task)
    return found


def conclusion_kind(c: ConclusionDTO) -> str | None:
    """The recorded kind of a conclusion (assessment, directive, decision, resolution); None for a
    conclusion of no kind ("general")."""
    kind = getattr(c, "kind", None)
    return kind if isinstance(kind, str) and kind in KIND_HEADINGS else None


@dataclass
class Section:
    """One numbered point of the notice: a heading (or none: the first item is the point's text)."""

    heading: str
    conclusions: list[ConclusionDTO] = field(default_factory=list)


@dataclass
class Point:
    """A numbered point: ``title`` is a bold heading, or with ``own_text`` the point's first paragraph."""

    title: str
    write: Callable[[], None]
    own_text: bool = False
    text: str = ""


def conclusion_sections(conclusions: Sequence[ConclusionDTO], family: Family) -> list[Section]:
    """The points the conclusions make: each conclusion of no kind its own point, as recorded, then the
    others grouped under their kinds' headings in the official order."""
    lang = 1 if family == "plain" else 0
    kinds = [conclusion_kind(c) for c in conclusions]
    sections = [Section("", [c]) for c, k in zip(conclusions, kinds, strict=True) if k is None]
    for kind, headings in KIND_HEADINGS.items():
        members = [c for c, k in zip(conclusions, kinds, strict=True) if k == kind]
        if members:
            sections.append(Section(headings[lang], members))
    return sections


def build_conclusion(meeting: MeetingDetail, profile: OrgProfileData, family: Family, *,
                     number: int | None = None, issued_on: date | None = None) -> Document:  # fmt: skip
    page = parts.start(profile, family)
    parts.header(
        page, "conclusion", number=number, dated=issued_on, year=(issued_on or meeting.meeting_date).year
    )
    parts.title(page, "conclusion", subject(page, meeting))
    for text in opening(page, meeting):
        parts.para(page, text)
    lang = 1 if family == "plain" else 0
    linked = tasks_by_source(meeting.tasks)
    titles = phrases.people_titles(meeting)
    points: list[Point] = []

    def conclusions_point(section: Section) -> Callable[[], None]:
        def write() -> None:
            for index, c in enumerate(section.conclusions):
                if index or section.heading:
                    parts.paras(page, c.text, lead="- " if section.heading else "")
                if c.votes is not None and wording.votes(c.votes, family):
                    parts.para(page, wording.votes(c.votes, family), italic=True)
                for task in linked.get((SourceKind.CONCLUSION, c.id), []):
                    line = assignment(page, task, recommendation=False, titles=titles)
                    if line:
                        parts.para(page, line, italic=True)

        return write

    for section in conclusion_sections(meeting.conclusions, family):
        if section.heading:
            points.append(Point(section.heading, conclusions_point(section)))
        else:  # the conclusion's own text is the point
            points.append(Point(section.conclusions[0].text, conclusions_point(section), own_text=True))
    others = [t for t in meeting.tasks if t.source_kind not in (SourceKind.CONCLUSION, SourceKind.RECOMMENDATION)
              or t.source_id is None]  # fmt: skip
    if others:
        points.append(Point(OTHER_TASKS[lang], lambda: _other_tasks(page, others, titles)))
    if any(g.items for g in meeting.recommendation_groups):
        points.append(Point(RECOMMENDATIONS[lang], lambda: _recommendations(page, meeting, linked, titles)))
    follow_up = implementation(page)
    if follow_up:
        points.append(Point(IMPLEMENTATION[lang], lambda: None, text=follow_up))
    for n, point in enumerate(points, start=1):
        if point.own_text:
            parts.paras(page, point.title, lead=f"{n}. ")
        else:
            parts.heading(page, f"{n}. {point.title}")
        if point.text:
            parts.para(page, point.text)
        point.write()
    parts.para(page, closing_clause(page, meeting)).paragraph_format.space_after = Pt(12)
    signers = profile.conclusion.signers(family)
    right = parts.signature(
        page, signers.on_behalf, signers.right, profile.conclusion.right_name or meeting.chair_name
    )
    parts.closing(page, None, right, "conclusion", recipients_beside=True)
    return page.doc


def _other_tasks(page: Page, tasks: Sequence[TaskDTO], titles: Mapping[int, str]) -> None:
    for task in tasks:
        line = assignment(page, task, recommendation=False, titles=titles)
        parts.para(page, f"- {task.text.strip().rstrip('.')}." + (f" {line}" if line else ""))


def subject(page: Page, meeting: MeetingDetail) -> str:
    kind = page.w.get(meeting.kind, page.w["other"])
    chair = page.person(meeting.chair_name, meeting.chair_title, lower=True, with_title=False)
    if page.family == "plain":
        who = f" of {chair}" if chair else ""
        return f"Conclusions{who} at the {kind} of {_when(page, meeting)}"
    who = f" của {chair}" if chair else ""
    return f"Kết luận{who} tại {kind} {_when(page, meeting)}"


def _when(page: Page, meeting: MeetingDetail) -> str:
    """ "ngày 19/01/2021" / "tháng 3/2022" (a meeting known by its month); "19 January 2021"."""
    return wording.meeting_day_short(meeting.meeting_date, meeting.date_precision, page.family)


def _issuer(page: Page, meeting: MeetingDetail) -> str:
    """The body in running text: the profile's collective, else the meeting's organising unit."""
    return page.profile.collective.strip() or meeting.organisation_name.strip()


def opening(page: Page, meeting: MeetingDetail) -> list[str]:
    """The opening sentences, from the meeting's date, title, reports, contributions and chair."""
    collective = _issuer(page, meeting)
    title = " ".join(meeting.title.split()).rstrip(".")
    heard = sum(max(c.count, 1) for c in meeting.contributions)
    month = meeting.date_precision == "month"
    kind = page.w.get(meeting.kind, page.w["other"])
    chair = page.person(meeting.chair_name, meeting.chair_title, lower=True)
    reports = [(page.person(r.presenter_name, r.presenter_title, lower=True), phrases.report_subject(r.title))
               for r in meeting.reports]  # fmt: skip
    if page.family == "plain":
        what = f"the {kind} “{title}”" if title else f"a {kind}"
        first = f"{'In' if month else 'On'} {_when(page, meeting)}, " + (f"{collective} held {what}." if collective
                                                                  else f"{what} was held.")  # fmt: skip
        heard_parts = []
        for who, about in reports:
            if who:
                heard_parts.append(
                    f"{who} present the report on {about}" if about else f"{who} present a report"
                )
            elif about:
                heard_parts.append(f"the report on {about}")
        if heard:
            heard_parts.append(f"{page.number(heard)} contribution{'s' if heard != 1 else ''}")
        body = f"{chair or collective or f'the {kind}'} concluded as follows:"
        if heard_parts:
            return [first, f"Having heard {' and '.join(heard_parts)}, {body}"]
        return [first, body[:1].upper() + body[1:]]
    day = _when(page, meeting)
    day = day[:1].upper() + day[1:]
    if collective and fold(title).startswith(fold(collective)):
        first = f"{day}, {title}."
    elif collective:
        first = f"{day}, {collective} tổ chức {kind}" + (f": {title}." if title else ".")
    else:
        first = f"{day} diễn ra {kind}" + (f": {title}." if title else ".")
    heard_parts = []
    for who, what in reports:
        if who:
            heard_parts.append(f"{who} báo cáo {what}".rstrip())
        elif what:
            heard_parts.append(f"báo cáo {what}")
    text_heard = "; ".join(dict.fromkeys(heard_parts))  # one presenter of two reports is heard once
    views = f"{page.number(heard)} ý kiến phát biểu của các đại biểu dự họp" if heard else ""
    heard_text = " và ".join(part for part in (text_heard, views) if part)
    concluder = chair or collective or kind
    if heard_text:
        return [first, f"Sau khi nghe {heard_text}, {concluder} kết luận như sau:"]
    return [first, f"{concluder[:1].upper()}{concluder[1:]} kết luận như sau:"]


def assignment(
    page: Page, task: TaskDTO, *, recommendation: bool, titles: Mapping[int, str] | None = None
) -> str:
    """Who leads, who coordinates, by when and with what product: "Giao ... chủ trì, ...". Only what is
    recorded: no assignee gives no "Giao ..." clause (never "chưa giao"), no deadline no date."""
    coords = ", ".join(task.coordinating_unit_names)
    due = phrases.deadline(task, page.family)
    lead = phrases.assignee(page.profile, page.family, task, titles)
    product = task.expected_product.strip().rstrip(".")
    done = page.w["done_at_meeting"] if task.done_at_meeting else ""
    if page.family == "plain":
        clauses = []
        if lead:
            unit = " ".join(task.lead_unit_name.split())
            if unit and lead.startswith(unit):  # "(lead)" marks the lead unit
                lead = f"{unit} (lead){lead[len(unit) :]}"
            clauses.append(f"Assigned to {lead}" + (f", with {coords}" if coords else ""))
        elif coords:
            clauses.append(f"With {coords}")
        if due:
            by = due if due.startswith("before ") else f"due {due}"
            clauses.append(by if clauses else by[:1].upper() + by[1:])
        if product:
            clauses.append(f"product: {product}" if clauses else f"Product: {product}")
        if done:
            clauses.append(done.lower() if clauses else done)
        return "; ".join(clauses) + "." if clauses else ""
    action = "xem xét, giải quyết" if recommendation else "thực hiện"
    # a day: "báo cáo kết quả trước ngày 31/03/2021"; a period or a wording: "thời hạn: quý I/2023"
    dated = wording.is_plain_date(task)
    if lead:
        text = f"Giao {lead} chủ trì"
        text += f", phối hợp với {coords}" if coords else ""
        text += f" {action}"
        if due:
            text += f", báo cáo kết quả trước ngày {due}" if dated else f", thời hạn: {due}"
    elif coords:
        text = f"Phối hợp: {coords}" + ((f"; thời hạn: trước ngày {due}" if dated else f"; thời hạn: {due}")
                                         if due else "")  # fmt: skip
    elif due:
        text = f"Thời hạn: trước ngày {due}" if dated else f"Thời hạn: {due}"
    else:
        text = ""
    if product:
        text += f"; sản phẩm: {product}" if text else f"Sản phẩm: {product}"
    if done:
        text += f"; {done[:1].lower()}{done[1:]}" if text else done
    return text + "." if text else ""


def _recommendations(page: Page, meeting: MeetingDetail, linked: dict[tuple[str, int], list[TaskDTO]],
                     titles: Mapping[int, str]) -> None:  # fmt: skip
    number = 0
    letters = iter("abcdefghijklmnopqrstuvwxyz" * 4)
    for group in (g for g in meeting.recommendation_groups if g.items):
        if group.title.strip():
            parts.para(page, f"{next(letters)}) {group.title.strip().rstrip(':')}:", italic=True,
                       keep_with_next=True)  # fmt: skip
        for item in group.items:
            number += 1
            paragraph = parts.para(page, f"({number}) {item.text.strip()}")
            for task in linked.get((SourceKind.RECOMMENDATION, item.id), []):
                line = assignment(page, task, recommendation=True, titles=titles)
                if line:
                    kit.add_run(paragraph, " " + line)
            if item.response and item.response.strip():
                parts.paras(page, item.response, lead=page.w["response"])


def implementation(page: Page) -> str:
    """ "Giao Văn phòng ... theo dõi, đôn đốc ..." when the profile names the office; "" otherwise."""
    office, collective = page.profile.office.strip(), page.profile.collective.strip()
    if not office:
        return ""
    if page.family == "plain":
        to = f" and reports regularly to {collective}" if collective else ""
        return f"{office} follows up the implementation of this notice{to}."
    to = f"; định kỳ tổng hợp, báo cáo {collective}" if collective else ""
    return f"Giao {office} theo dõi, đôn đốc các cơ quan, đơn vị thực hiện thông báo này{to}."


def closing_clause(page: Page, meeting: MeetingDetail) -> str:
    """ "Ban Thường vụ Quận ủy thông báo để ... biết, thực hiện./." naming every lead unit of the tasks."""
    units: list[str] = []
    for task in meeting.tasks:
        if task.lead_unit_name and task.lead_unit_name not in units:
            units.append(task.lead_unit_name)
    collective = _issuer(page, meeting)
    if page.family == "plain":
        to = ", ".join(units + ["the other bodies concerned"])
        return f"{collective or 'This notice'} {'issues this notice' if collective else 'is issued'} to {to} " \
            "for implementation."  # fmt: skip
    to = ", ".join(units) + " và các cơ quan, đơn vị liên quan" if units else "các cơ quan, đơn vị liên quan"
    who = f"{collective} thông báo" if collective else "Thông báo"
    return parts.end_mark(f"{who} để {to} biết, thực hiện", page.w["end_mark"])
