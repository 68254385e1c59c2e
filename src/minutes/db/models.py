"""The schema, as SQLAlchemy 2 typed mappings.

Every record users edit carries ``version`` (optimistic concurrency: a stale write raises
``StaleDataError``) and ``created_at``/``updated_at``. Ordered children carry ``position``.
Enumerations are stored as their string values (no native enums: portable and easy to migrate).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from minutes.db.types import DecimalText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic concurrency and timestamps for records users edit."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805
        return {"version_id_col": cls.version}  # type: ignore[attr-defined]


class Unit(Versioned, Base):
    """An organisation or unit (Quận ủy, UBND phường, Phòng Quản lý đô thị...)."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    short_name: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    search_key: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)

    parent: Mapped[Unit | None] = relationship(remote_side=[id])


class Person(Versioned, Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"), index=True)
    search_key: Mapped[str] = mapped_column(String(800), nullable=False, default="", index=True)

    unit: Mapped[Unit | None] = relationship()


class Meeting(Versioned, Base):
    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="working_session")
    reference_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    meeting_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    digest: Mapped[str | None] = mapped_column(String(128))
    previous_version_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    search_key: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # model v2 (migration 0006): a date known only by its month is stored as the month's first day
    date_precision: Mapped[str] = mapped_column(String(10), nullable=False, default="day")
    next_meeting_date: Mapped[date | None] = mapped_column(Date)
    next_meeting_precision: Mapped[str] = mapped_column(String(10), nullable=False, default="day")
    next_meeting_time: Mapped[time | None] = mapped_column(Time)
    next_meeting_location: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    next_meeting_note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    organisation: Mapped[Unit | None] = relationship(foreign_keys=[organisation_id])
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.position"
    )
    reports: Mapped[list[Report]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Report.position"
    )
    contributions: Mapped[list[Contribution]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Contribution.position"
    )
    conclusions: Mapped[list[Conclusion]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Conclusion.position"
    )
    recommendation_groups: Mapped[list[RecommendationGroup]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="RecommendationGroup.position"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Task.position"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    documents: Mapped[list[MeetingDocument]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingDocument.kind"
    )


class AgendaItem(Versioned, Base):
    """One item of the meeting's agenda ("1. Tình hình kinh tế - xã hội tháng 01"); reports,
    contributions, conclusions and tasks may belong to one."""

    __tablename__ = "agenda_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class MeetingDocument(Versioned, Base):
    """The date printed on one kind of document exported for a meeting (apart from the meeting's date)."""

    __tablename__ = "meeting_documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    document_date: Mapped[date] = mapped_column(Date, nullable=False)

    meeting: Mapped[Meeting] = relationship(back_populates="documents")

    __table_args__ = (Index("uq_meeting_documents_meeting_kind", "meeting_id", "kind", unique=True),)


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    group_name: Mapped[str | None] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="member")
    presence: Mapped[str] = mapped_column(String(20), nullable=False, default="present")
    absence_reason: Mapped[str | None] = mapped_column(String(500))
    note: Mapped[str | None] = mapped_column(String(500))

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person | None] = relationship()


class Report(Versioned, Base):
    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )

    meeting: Mapped[Meeting] = relationship(back_populates="reports")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    presenter: Mapped[Person | None] = relationship()
    figures: Mapped[list[ReportFigure]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReportFigure.position"
    )


class ReportFigure(Versioned, Base):
    """One figure of a report: "Tổng thu ngân sách: 19.885.177.001 đồng, đạt 87%"."""

    __tablename__ = "report_figures"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    label: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[Decimal | None] = mapped_column(DecimalText)
    unit: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    target: Mapped[Decimal | None] = mapped_column(DecimalText)
    percent: Mapped[Decimal | None] = mapped_column(DecimalText)
    note: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="amount")
    compared_to: Mapped[str | None] = mapped_column(String(200))  # change: "cùng kỳ năm 2021"

    report: Mapped[Report] = relationship(back_populates="figures")


class Contribution(Versioned, Base):
    __tablename__ = "contributions"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    speaker_label: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    spoken_at: Mapped[time | None] = mapped_column(Time)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    # how many contributions the row stands for: "02 ý kiến phát biểu" whose words were not recorded
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    meeting: Mapped[Meeting] = relationship(back_populates="contributions")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    speaker: Mapped[Person | None] = relationship()


class Conclusion(Versioned, Base):
    __tablename__ = "conclusions"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="general")
    # the vote on a decision or resolution (None: not stated)
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)
    votes_total: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship(back_populates="conclusions")
    agenda_item: Mapped[AgendaItem | None] = relationship()


class RecommendationGroup(Versioned, Base):
    __tablename__ = "recommendation_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="recommendation_groups")
    items: Mapped[list[Recommendation]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Recommendation.position"
    )


class Recommendation(Versioned, Base):
    __tablename__ = "recommendations"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation_groups.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    response: Mapped[str | None] = mapped_column(Text)

    group: Mapped[RecommendationGroup] = relationship(back_populates="items")
    meeting: Mapped[Meeting] = relationship()


task_coordinators = Table(
    "task_coordinators",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True, index=True),
    Index("ix_task_coordinators_unit_task", "unit_id", "task_id"),
)


class Task(Versioned, Base):
    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    source_kind: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(Integer)
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    priority: Mapped[int] = mapped_column(Integer, nullable=False, default=2, index=True)
    expected_product: Mapped[str] = mapped_column(Text, nullable=False, default="")
    progress: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    completed_on: Mapped[date | None] = mapped_column(Date, index=True)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, nullable=False, default="")
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    # free-text assignee ("2 đồng chí Phó chủ tịch"), beside the lead unit and the assigned people
    assignee_text: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    # the deadline as stated (minutes.domain.deadline); ``deadline`` above is its status date
    deadline_kind: Mapped[str | None] = mapped_column(String(12))
    deadline_start: Mapped[date | None] = mapped_column(Date)
    deadline_end: Mapped[date | None] = mapped_column(Date)
    deadline_text: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    done_at_meeting: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="tasks")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    lead_unit: Mapped[Unit | None] = relationship(foreign_keys=[lead_unit_id])
    responsible: Mapped[Person | None] = relationship()
    coordinating_units: Mapped[list[Unit]] = relationship(secondary=task_coordinators, order_by="Unit.name")
    updates: Mapped[list[ProgressUpdate]] = relationship(
        back_populates="task",
        cascade="all, delete-orphan",
        order_by="(ProgressUpdate.update_date, ProgressUpdate.id)",
    )
    events: Mapped[list[TaskEvent]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="(TaskEvent.at, TaskEvent.id)"
    )
    assignee_links: Mapped[list[TaskAssignee]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskAssignee.position"
    )

    __table_args__ = (
        Index("ix_tasks_status_dates", "cancelled_on", "completed_on", "deadline"),
        # the task board (migration 0003, minutes.services.board_query)
        Index(
            "ix_tasks_board_status", "cancelled_on", "completed_on", "deadline", "progress", "lead_unit_id"
        ),
        Index("ix_tasks_progress", "progress"),
        Index("ix_tasks_text_sort", sql_text("substr(search_key, 1, 60)")),
        Index("ix_tasks_meeting_position", "meeting_id", "position"),
    )


class TaskAssignee(Base):
    """A person a task is assigned to, in the order the meeting named them."""

    __tablename__ = "task_assignees"
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    task: Mapped[Task] = relationship(back_populates="assignee_links")
    person: Mapped[Person] = relationship()


class ProgressUpdate(Versioned, Base):
    __tablename__ = "progress_updates"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    update_date: Mapped[date] = mapped_column(Date, nullable=False)
    percent: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    author: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    task: Mapped[Task] = relationship(back_populates="updates")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="update", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class Attachment(Base):
    """A file kept in the database (so the shared PostgreSQL mode needs no shared folder)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    update_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_updates.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    update: Mapped[ProgressUpdate | None] = relationship(back_populates="attachments")


class TaskEvent(Base):
    """The history of a task: created, deadline changed (with the reason), completed, reopened..."""

    __tablename__ = "task_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    task: Mapped[Task] = relationship(back_populates="events")


class AuditEntry(Base):
    """Who changed what, when: written for every insert, update and delete by the unit of work."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    # SHA-256 chained to the previous row (migration 0011; minutes.services.audit); empty before it
    chain: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class Draft(Base):
    """Text typed but not yet saved into its record, kept for crash recovery (one row per field)."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200), nullable=False)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    field: Mapped[str] = mapped_column(String(60), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)

    __table_args__ = (Index("uq_drafts_key", "user_name", "entity", "entity_id", "field", unique=True),)


class OrgProfile(Versioned, Base):
    """Settings of the issuing organisation used by documents (names, signers, numbering, recipients).

    ``data`` is a JSON object; the documents layer owns its keys and their defaults.
    """

    __tablename__ = "org_profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    is_default: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    data: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


class AppSetting(Base):
    """Database-wide settings (schema-independent key/value), e.g. whether the demo was offered."""

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
