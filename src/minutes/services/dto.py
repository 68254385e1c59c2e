"""Plain values the services hand out. Widgets and documents get these, never ORM objects or sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from minutes.domain.deadline import Deadline
from minutes.domain.status import TaskStatus


@dataclass(frozen=True)
class UnitDTO:
    id: int
    name: str
    short_name: str
    parent_id: int | None
    version: int


@dataclass(frozen=True)
class PersonDTO:
    id: int
    full_name: str
    title: str
    unit_id: int | None
    unit_name: str
    version: int

    @property
    def display(self) -> str:
        return f"{self.full_name} - {self.title}" if self.title else self.full_name


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    kind: str
    reference_number: str
    meeting_date: date
    location: str
    status: str
    organisation_name: str
    task_count: int
    open_task_count: int
    updated_at: datetime | None = None
    date_precision: str = "day"  # "month": only the month of meeting_date is known


@dataclass(frozen=True)
class AttendanceDTO:
    id: int
    position: int
    person_id: int | None
    person_name: str
    person_title: str
    group_name: str | None
    role: str
    presence: str
    absence_reason: str | None
    note: str | None
    version: int

    @property
    def display(self) -> str:
        if self.group_name:
            return self.group_name
        return f"{self.person_name} - {self.person_title}" if self.person_title else self.person_name


@dataclass(frozen=True)
class FigureDTO:
    id: int
    position: int
    label: str
    value: Decimal | None
    unit: str
    target: Decimal | None
    percent: Decimal | None
    note: str | None
    version: int
    kind: str = "amount"  # minutes.domain.enums.FigureKind
    compared_to: str | None = None  # a change: the period compared against
    problems: tuple[str, ...] = ()  # what the kind still lacks to be printed (minutes.domain.figures)


@dataclass(frozen=True)
class ReportDTO:
    id: int
    position: int
    presenter_id: int | None
    presenter_name: str
    presenter_title: str
    title: str
    summary: str
    figures: list[FigureDTO]
    version: int
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class ContributionDTO:
    id: int
    position: int
    speaker_id: int | None
    speaker_name: str
    speaker_title: str
    speaker_label: str | None
    text: str
    spoken_at: time | None
    duration_seconds: int | None
    version: int
    agenda_item_id: int | None = None
    count: int = 1  # how many contributions the row stands for ("02 ý kiến phát biểu"; text optional)

    @property
    def speaker_display(self) -> str:
        if self.speaker_id is not None:
            return f"{self.speaker_name} - {self.speaker_title}" if self.speaker_title else self.speaker_name
        return self.speaker_label or ""


@dataclass(frozen=True)
class VotesDTO:
    """A vote on a decision or resolution; any count may be unknown (None)."""

    votes_for: int | None
    against: int | None
    abstain: int | None
    total: int | None


@dataclass(frozen=True)
class ConclusionDTO:
    id: int
    position: int
    text: str
    version: int
    kind: str = "general"  # minutes.domain.enums.ConclusionKind
    agenda_item_id: int | None = None
    votes: VotesDTO | None = None  # None: no vote recorded


@dataclass(frozen=True)
class AgendaItemDTO:
    id: int
    position: int
    title: str
    version: int


@dataclass(frozen=True)
class NextMeetingDTO:
    meeting_date: date
    precision: str  # "day" or "month"
    start_time: time | None
    location: str
    note: str


@dataclass(frozen=True)
class RecommendationDTO:
    id: int
    group_id: int
    position: int
    text: str
    response: str | None
    version: int


@dataclass(frozen=True)
class RecommendationGroupDTO:
    id: int
    position: int
    title: str
    items: list[RecommendationDTO]
    version: int


@dataclass(frozen=True)
class TaskDTO:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_date: date
    position: int
    text: str
    source_kind: str | None
    source_id: int | None
    lead_unit_id: int | None
    lead_unit_name: str
    coordinating_unit_ids: tuple[int, ...]
    coordinating_unit_names: tuple[str, ...]
    responsible_id: int | None
    responsible_name: str
    deadline: date | None
    priority: str
    expected_product: str
    progress: int
    completed_on: date | None
    cancelled_on: date | None
    cancel_reason: str | None
    status: TaskStatus
    version: int
    missing: tuple[str, ...] = ()
    agenda_item_id: int | None = None
    assignee_ids: tuple[int, ...] = ()  # the people the task is assigned to, in order
    assignee_names: tuple[str, ...] = ()
    assignee_titles: tuple[str, ...] = ()
    assignee_text: str = ""  # free-text assignee: "2 đồng chí Phó chủ tịch"
    deadline_spec: Deadline | None = None  # the deadline as stated; ``deadline`` is its status date
    done_at_meeting: bool = False
    meeting_date_precision: str = "day"  # "month": the meeting is known by its month only


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ProgressUpdateDTO:
    id: int
    task_id: int
    update_date: date
    percent: int
    note: str
    author: str
    attachments: list[AttachmentInfo]


@dataclass(frozen=True)
class TaskEventDTO:
    id: int
    at: datetime
    kind: str
    old_value: str | None
    new_value: str | None
    note: str | None
    actor: str


@dataclass(frozen=True)
class TaskDetail:
    task: TaskDTO
    source_text: str
    updates: list[ProgressUpdateDTO]
    events: list[TaskEventDTO]


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    title: str
    kind: str
    reference_number: str
    organisation_id: int | None
    organisation_name: str
    meeting_date: date
    start_time: time | None
    end_time: time | None
    location: str
    chair_id: int | None
    chair_name: str
    chair_title: str
    secretary_id: int | None
    secretary_name: str
    secretary_title: str
    status: str
    notes: str
    version: int
    attendance: list[AttendanceDTO] = field(default_factory=list)
    reports: list[ReportDTO] = field(default_factory=list)
    contributions: list[ContributionDTO] = field(default_factory=list)
    conclusions: list[ConclusionDTO] = field(default_factory=list)
    recommendation_groups: list[RecommendationGroupDTO] = field(default_factory=list)
    tasks: list[TaskDTO] = field(default_factory=list)
    digest: str | None = None
    date_precision: str = "day"  # "month": the meeting is known by its month only (meeting_date is day 1)
    agenda: list[AgendaItemDTO] = field(default_factory=list)
    next_meeting: NextMeetingDTO | None = None
    document_dates: dict[str, date] = field(default_factory=dict)  # DocumentKind value -> date printed
