"""The recognised document: what the recogniser read where, and how sure it is.

Recognising and saving are separate steps. :func:`minutes.archive.recognise.recognise` turns a
:class:`~minutes.archive.source.SourceDocument` into a :class:`RecognisedMeeting`; a clerk (the review
screen of phase 2) may correct it; :mod:`minutes.archive.mapping` turns it into an interchange document
and :mod:`minutes.archive.store` saves that. Every part carries the :class:`Span` s of text it came from
and a ``confidence`` between 0 and 1 (below :data:`REVIEW_BELOW` a screen should mark it).

The structure already holds what interchange version 2 adds (the agenda, contribution counts, assigned
people and free-text assignees, deadlines as periods with their wording, month-precise dates, document
date, next meeting, conclusion kinds and votes, figure kinds); version 1 has no field for them, so the
mapper writes their text into the meeting's notes until the v2 mapping lands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal

#: Parts recognised with less confidence than this need a clerk's eye.
REVIEW_BELOW = 0.75


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of line ``line`` of the source (``end`` None: to the end of the line)."""

    line: int
    start: int = 0
    end: int | None = None


@dataclass
class Part:
    """What every recognised part has: where it came from and how sure the recogniser is."""

    spans: list[Span] = field(default_factory=list, kw_only=True)
    confidence: float = field(default=1.0, kw_only=True)

    @property
    def line_indices(self) -> list[int]:
        return sorted({s.line for s in self.spans})


@dataclass
class Text(Part):
    value: str


@dataclass
class DateValue(Part):
    """A date as written. ``precision`` "month": only the month is known (the value is its first day)."""

    value: date
    precision: str = "day"  # day | month
    wording: str = ""


@dataclass
class TimeValue(Part):
    value: time
    wording: str = ""


@dataclass
class UnitRef(Part):
    """A unit named in the document; ``unit_id`` the directory's unit it matched (None: proposed new)."""

    name: str
    unit_id: int | None = None
    directory_name: str | None = None  # the matched unit's name as the directory spells it
    from_capitals: bool = False  # printed in capitals: ``name``'s case is the recogniser's guess


@dataclass
class PersonRef(Part):
    """A person named in the document ("Đồng chí Nguyễn Văn A - Chủ tịch UBND phường")."""

    name: str
    title: str = ""
    person_id: int | None = None  # the directory's person it matched (None: proposed new)
    directory_name: str | None = None
    directory_title: str | None = None


@dataclass
class Attendee(Part):
    person: PersonRef | None = None
    group_name: str | None = None
    presence: str = "present"  # present | absent | late
    absence_reason: str | None = None
    note: str | None = None
    role: str = "member"  # chair | secretary | presenter | member | guest


@dataclass
class Figure(Part):
    label: str
    value: Decimal | None = None
    unit: str = ""
    target: Decimal | None = None
    percent: Decimal | None = None
    note: str | None = None
    kind: str = "amount"  # v2: amount | ratio_to_plan | change | rank | share
    compared_to: str | None = None  # v2: "cùng kỳ năm 2020"


@dataclass
class Report(Part):
    presenter: PersonRef | None = None
    title: str = ""
    summary: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Contribution(Part):
    speaker: PersonRef | None = None
    speaker_label: str | None = None
    text: str = ""
    count: int = 1  # v2: "02 ý kiến" whose words were not recorded is one row with count 2 and no text


@dataclass
class Conclusion(Part):
    text: str
    kind: str = "general"  # v2: general | assessment | directive | decision | resolution
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    votes_total: int | None = None


@dataclass
class Recommendation(Part):
    text: str
    response: str | None = None


@dataclass
class RecommendationGroup(Part):
    title: str
    items: list[Recommendation] = field(default_factory=list)


@dataclass
class Deadline(Part):
    """A deadline as written: a day, or a period (v2 kinds), with the wording kept.

    ``due`` is the day a status can be computed from (the day itself, the last day of a period or
    range); ``kind`` one of date, before, month, quarter, half_year, year, range, ongoing."""

    kind: str
    wording: str
    due: date | None = None
    start: date | None = None
    end: date | None = None


@dataclass
class TaskItem(Part):
    text: str
    lead_unit: UnitRef | None = None
    coordinating_units: list[UnitRef] = field(default_factory=list)
    assignees: list[PersonRef] = field(default_factory=list)  # v2: people the task is assigned to
    assignee_text: str = ""  # v2: "2 đồng chí Phó chủ tịch" (who, when no unit or person is named)
    deadline: Deadline | None = None
    expected_product: str = ""
    source: tuple[str, int] | None = None  # ("conclusion", index) or ("recommendation", flat index)
    done_at_meeting: bool = False
    origin: str = "sentence"  # sentence (an assignment in the text) or table (a row of a task table)


@dataclass
class Signer(Part):
    lines: list[str]  # "T/M BAN THƯỜNG VỤ", "BÍ THƯ"
    name: str = ""


@dataclass
class NextMeeting(Part):
    wording: str
    when: DateValue | None = None


@dataclass
class Leftover(Part):
    """Text that fits no field: kept in the meeting's notes."""

    text: str


@dataclass
class RecognisedMeeting:
    """Everything recognised in one document. ``layout``: state_minutes, party_minutes, state_notice,
    party_notice, plain_minutes, plain_notice, or typed (no official header found)."""

    source_name: str
    layout: str = "typed"
    family: str = "state"  # state | party | plain
    doc_kind: str = "minutes"  # minutes | conclusion
    language: str = "vi"
    superior_body: Text | None = None
    organisation: UnitRef | None = None
    reference_number: Text | None = None
    place: Text | None = None
    document_date: DateValue | None = None  # v2: the date on the document, apart from the meeting's
    title: Text | None = None
    kind: Text | None = None  # meeting kind: working_session, conference, regular, extraordinary, other
    meeting_date: DateValue | None = None
    start_time: TimeValue | None = None
    end_time: TimeValue | None = None
    location: Text | None = None
    chair: PersonRef | None = None
    secretary: PersonRef | None = None
    attendees: list[Attendee] = field(default_factory=list)
    agenda: list[Text] = field(default_factory=list)  # v2
    reports: list[Report] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    contribution_count: Text | None = None  # "10 ý kiến phát biểu" (v2: a count-only contribution)
    conclusions: list[Conclusion] = field(default_factory=list)
    recommendation_groups: list[RecommendationGroup] = field(default_factory=list)
    tasks: list[TaskItem] = field(default_factory=list)
    next_meeting: NextMeeting | None = None  # v2
    signers: list[Signer] = field(default_factory=list)
    recipients: list[Text] = field(default_factory=list)
    leftovers: list[Leftover] = field(default_factory=list)
    #: Why a clerk should look at this document ("no meeting date: the document date was used").
    problems: list[str] = field(default_factory=list)

    def parts(self) -> list[tuple[str, Part]]:
        """Every recognised part with a path naming it ("tasks[2].deadline"), for a review screen."""
        out: list[tuple[str, Part]] = []

        def add(path: str, part: Part | None) -> None:
            if part is not None:
                out.append((path, part))

        for name in ("superior_body", "organisation", "reference_number", "place", "document_date", "title",
                     "kind", "meeting_date", "start_time", "end_time", "location", "chair", "secretary",
                     "contribution_count", "next_meeting"):  # fmt: skip
            add(name, getattr(self, name))
        for i, a in enumerate(self.attendees):
            add(f"attendees[{i}]", a)
        for i, entry in enumerate(self.agenda):
            add(f"agenda[{i}]", entry)
        for i, r in enumerate(self.reports):
            add(f"reports[{i}]", r)
            for j, f in enumerate(r.figures):
                add(f"reports[{i}].figures[{j}]", f)
        for i, c in enumerate(self.contributions):
            add(f"contributions[{i}]", c)
        for i, k in enumerate(self.conclusions):
            add(f"conclusions[{i}]", k)
        for i, g in enumerate(self.recommendation_groups):
            add(f"recommendation_groups[{i}]", g)
            for j, item in enumerate(g.items):
                add(f"recommendation_groups[{i}].items[{j}]", item)
        for i, task in enumerate(self.tasks):
            add(f"tasks[{i}]", task)
            add(f"tasks[{i}].lead_unit", task.lead_unit)
            add(f"tasks[{i}].deadline", task.deadline)
        for i, s in enumerate(self.signers):
            add(f"signers[{i}]", s)
        for i, recipient in enumerate(self.recipients):
            add(f"recipients[{i}]", recipient)
        for i, left in enumerate(self.leftovers):
            add(f"leftovers[{i}]", left)
        return out

    def needs_review(self) -> list[str]:
        """What a clerk should check: the problems, then every part below :data:`REVIEW_BELOW`."""
        unsure = [path for path, part in self.parts() if part.confidence < REVIEW_BELOW]
        return list(self.problems) + [f"unsure: {path}" for path in unsure]
