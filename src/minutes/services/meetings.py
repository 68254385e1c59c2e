"""Meetings: general information, the list, attendance (roll call)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, time
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, selectinload

from minutes.db import models as m
from minutes.domain.enums import (
    AttendanceRole,
    DatePrecision,
    DocumentKind,
    MeetingKind,
    Presence,
)
from minutes.domain.text import fold
from minutes.errors import EditConflict, ValidationError
from minutes.services import mapping
from minutes.services.base import (
    Service,
    apply_fields,
    get_or_404,
    line,
    move_in_list,
    next_position,
    optional_line,
    require,
    text,
)
from minutes.services.dto import AttendanceDTO, MeetingDetail, MeetingSummary
from minutes.services.meeting_dates import (
    _date,
    check_dated_after,
    check_document_date,
    check_meeting_dates,
)
from minutes.services.versions import check_order, check_unchanged, check_version, last_change

#: ``seen`` not given: the write does not check what the user saw (scripts, the CLI).
UNSEEN: Any = object()

Seen = dict[str, Any] | None


def _enum(enum: type, field: str) -> Any:
    def clean(value: Any) -> str:
        try:
            return str(enum(value).value)
        except ValueError as exc:
            raise ValidationError(field=field, detail=f"unknown value {value!r}") from exc

    return clean


def _time(field: str) -> Any:
    def clean(value: Any) -> time | None:
        if value in (None, ""):
            return None
        if isinstance(value, time):
            return value.replace(microsecond=0)
        try:
            return time.fromisoformat(str(value))
        except ValueError as exc:
            raise ValidationError(field=field, detail=f"not a time: {value!r}") from exc

    return clean


MEETING_FIELDS: dict[str, Any] = {
    "title": lambda v: require(line(v), "title"),
    "kind": _enum(MeetingKind, "kind"),
    "reference_number": line,
    "organisation_id": None,
    "meeting_date": _date("meeting_date"),
    "start_time": _time("start_time"),
    "end_time": _time("end_time"),
    "location": line,
    "chair_id": None,
    "secretary_id": None,
    "notes": text,
    "date_precision": _enum(DatePrecision, "date_precision"),
    "next_meeting_date": _date("next_meeting_date", optional=True),
    "next_meeting_precision": _enum(DatePrecision, "next_meeting_precision"),
    "next_meeting_time": _time("next_meeting_time"),
    "next_meeting_location": line,
    "next_meeting_note": text,
}

ATTENDANCE_FIELDS: dict[str, Any] = {
    "person_id": None,
    "group_name": optional_line,
    "role": _enum(AttendanceRole, "role"),
    "presence": _enum(Presence, "presence"),
    "absence_reason": optional_line,
    "note": optional_line,
}


def load_meeting(session: Session, meeting_id: int, *, head_only: bool = False) -> m.Meeting:
    """The meeting with what the editor shows of it; ``head_only``: its general information, attendance,
    agenda and document dates only (what is in view when it opens, see :meth:`MeetingService.get_head`)."""
    options = [
        selectinload(m.Meeting.organisation),
        selectinload(m.Meeting.chair),
        selectinload(m.Meeting.secretary),
        selectinload(m.Meeting.attendance).selectinload(m.Attendance.person),
        selectinload(m.Meeting.agenda),
        selectinload(m.Meeting.documents),
    ]
    if not head_only:
        options += [
            selectinload(m.Meeting.reports).selectinload(m.Report.figures),
            selectinload(m.Meeting.reports).selectinload(m.Report.presenter),
            selectinload(m.Meeting.contributions).selectinload(m.Contribution.speaker),
            selectinload(m.Meeting.conclusions),
            selectinload(m.Meeting.recommendation_groups).selectinload(m.RecommendationGroup.items),
            selectinload(m.Meeting.tasks).selectinload(m.Task.coordinating_units),
            selectinload(m.Meeting.tasks).selectinload(m.Task.lead_unit),
            selectinload(m.Meeting.tasks).selectinload(m.Task.responsible),
            selectinload(m.Meeting.tasks)
            .selectinload(m.Task.assignee_links)
            .selectinload(m.TaskAssignee.person),
        ]
    stmt = select(m.Meeting).where(m.Meeting.id == meeting_id).options(*options)
    meeting = session.scalar(stmt)
    if meeting is None:
        get_or_404(session, m.Meeting, meeting_id, "meeting")
    assert meeting is not None
    return meeting


class MeetingService(Service):
    def list_meetings(
        self, query: str = "", limit: int | None = None, ids: Collection[int] | None = None
    ) -> list[MeetingSummary]:
        """Newest first; ``query`` matches title, place or number accent-insensitively; ``ids``: only
        those meetings (the ones a change notice names; their task counts are counted alone)."""
        open_case = case((and_(m.Task.completed_on.is_(None), m.Task.cancelled_on.is_(None)), 1), else_=0)
        counted = select(
            m.Task.meeting_id,
            func.count(m.Task.id).label("n"),
            func.sum(open_case).label("open"),
        )
        if ids is not None:
            counted = counted.where(m.Task.meeting_id.in_(list(ids)))
        counts = counted.group_by(m.Task.meeting_id).subquery()
        stmt = (
            select(m.Meeting, m.Unit.name, counts.c.n, counts.c.open)
            .outerjoin(m.Unit, m.Unit.id == m.Meeting.organisation_id)
            .outerjoin(counts, counts.c.meeting_id == m.Meeting.id)
            .order_by(m.Meeting.meeting_date.desc(), m.Meeting.id.desc())
        )
        if ids is not None:
            stmt = stmt.where(m.Meeting.id.in_(list(ids)))
        for term in fold(query).split():
            stmt = stmt.where(m.Meeting.search_key.like(f"%{term}%"))
        if limit:
            stmt = stmt.limit(limit)
        with self.read() as s:
            return [
                MeetingSummary(
                    id=mt.id,
                    title=mt.title,
                    kind=mt.kind,
                    reference_number=mt.reference_number,
                    meeting_date=mt.meeting_date,
                    location=mt.location,
                    status=mt.status,
                    organisation_name=org or "",
                    task_count=int(n or 0),
                    open_task_count=int(open_ or 0),
                    updated_at=mt.updated_at,
                    date_precision=mt.date_precision,
                )
                for mt, org, n, open_ in s.execute(stmt)
            ]

    def meetings_of(self, task_ids: Collection[int] = (), unit_ids: Collection[int] = ()) -> set[int]:
        """The meetings these tasks belong to and those these units hold (what a change notice about
        tasks or units alters in the meetings list)."""
        found: set[int] = set()
        with self.read() as s:
            if task_ids:
                found.update(
                    s.scalars(select(m.Task.meeting_id).where(m.Task.id.in_(list(task_ids))).distinct())
                )
            if unit_ids:
                found.update(
                    s.scalars(select(m.Meeting.id).where(m.Meeting.organisation_id.in_(list(unit_ids))))
                )
        return found

    def task_totals(self) -> dict[int, int]:
        """Meeting id -> its number of tasks, for meetings that have any (from the index on the tasks'
        meeting alone: which meetings a deletion of tasks changed)."""
        with self.read() as s:
            rows = s.execute(select(m.Task.meeting_id, func.count()).group_by(m.Task.meeting_id))
            return {int(meeting): int(n) for meeting, n in rows}

    def get(self, meeting_id: int) -> MeetingDetail:
        with self.read() as s:
            return mapping.meeting(load_meeting(s, meeting_id), self.db.today())

    def get_head(self, meeting_id: int) -> MeetingDetail:
        """The meeting's general information, attendance, agenda and document dates, with no reports,
        contributions, conclusions, recommendations or tasks (their lists are empty): what the editor
        shows first when it opens a meeting, before :meth:`get` has read the rest (a fraction of its
        cost on a meeting of 200 contributions). ``NotFound`` as :meth:`get`."""
        with self.read() as s:
            return mapping.meeting(load_meeting(s, meeting_id, head_only=True), self.db.today(), whole=False)

    def create(self, title: str, meeting_date: date, **fields: Any) -> int:
        with self.uow() as s:
            meeting = m.Meeting(title="", meeting_date=meeting_date)
            apply_fields(meeting, {"title": title, "meeting_date": meeting_date, **fields}, MEETING_FIELDS)
            check_meeting_dates(meeting)
            s.add(meeting)
            s.flush()
            return meeting.id

    def update(
        self,
        meeting_id: int,
        *,
        expected_version: int | None = None,
        seen: dict[str, Any] | None = None,
        **fields: Any,
    ) -> int:
        """Change general fields; returns the new version. A stale ``expected_version`` is a conflict
        for each field someone else changed since ``seen`` (minutes.services.versions)."""
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            check_version(s, meeting, expected_version, fields, seen=seen, cleaners=MEETING_FIELDS)
            old_date = meeting.meeting_date
            apply_fields(meeting, fields, MEETING_FIELDS)
            check_meeting_dates(meeting)
            if meeting.meeting_date != old_date:
                check_dated_after(meeting)
            s.flush()
            return meeting.version

    def set_document_date(
        self, meeting_id: int, kind: str, document_date: date | None, *, seen: Any = UNSEEN
    ) -> None:
        """The date printed on the meeting's ``kind`` of document (None: the document uses its default).

        ``seen`` is the date the user saw (None: none was set): when someone else has set another date
        since, the write is refused (:class:`~minutes.errors.EditConflict`, both dates kept)."""
        kind = _enum(DocumentKind, "document")(kind)
        day = _date("document_date", optional=True)(document_date)
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            row = next((d for d in meeting.documents if d.kind == kind), None)
            current = row.document_date if row is not None else None
            if seen is not UNSEEN and current not in (seen, day):
                who, at = (
                    last_change(s, "meeting_documents", row.id, {"document_date"}) if row else ("?", None)
                )
                raise EditConflict(
                    entity="meeting_documents",
                    entity_id=row.id if row is not None else 0,
                    clashes={"document_date": (day, current)},
                    version=row.version if row is not None else 0,
                    who=who,
                    at=at,
                )
            if day is None:
                if row is not None:
                    meeting.documents.remove(row)
                return
            check_document_date(meeting, day)
            if row is None:
                meeting.documents.append(m.MeetingDocument(kind=kind, document_date=day))
            elif row.document_date != day:
                row.document_date = day

    def delete(self, meeting_id: int) -> None:
        with self.uow() as s:
            s.delete(get_or_404(s, m.Meeting, meeting_id, "meeting"))

    # --- attendance ----------------------------------------------------------------------------
    def add_attendee(
        self,
        meeting_id: int,
        *,
        person_id: int | None = None,
        group_name: str | None = None,
        role: str = AttendanceRole.MEMBER,
        presence: str = Presence.PRESENT,
        absence_reason: str | None = None,
        note: str | None = None,
    ) -> int:
        group = optional_line(group_name)
        if (person_id is None) == (group is None):
            raise ValidationError(field="attendance", detail="name either a person or a group")
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            if person_id is not None:
                get_or_404(s, m.Person, person_id, "person")
                duplicate = s.scalar(
                    select(m.Attendance.id).where(
                        m.Attendance.meeting_id == meeting_id, m.Attendance.person_id == person_id
                    )
                )
                if duplicate is not None:
                    raise ValidationError(field="attendance", detail="this person is already on the list")
            row = m.Attendance(
                meeting_id=meeting.id, position=next_position(s, m.Attendance, meeting_id=meeting_id)
            )
            apply_fields(
                row,
                {
                    "person_id": person_id,
                    "group_name": group,
                    "role": role,
                    "presence": presence,
                    "absence_reason": absence_reason,
                    "note": note,
                },
                ATTENDANCE_FIELDS,
            )
            s.add(row)
            self._sync_roles(meeting, row)
            s.flush()
            return row.id

    def update_attendee(
        self,
        attendance_id: int,
        *,
        expected_version: int | None = None,
        seen: dict[str, Any] | None = None,
        **fields: Any,
    ) -> AttendanceDTO:
        with self.uow() as s:
            row = get_or_404(s, m.Attendance, attendance_id, "attendance")
            check_version(s, row, expected_version, fields, seen=seen, cleaners=ATTENDANCE_FIELDS)
            apply_fields(row, fields, ATTENDANCE_FIELDS)
            if row.presence != Presence.ABSENT:
                row.absence_reason = None
            self._sync_roles(row.meeting, row)
            s.flush()
            return mapping.attendance(row)

    def remove_attendee(self, attendance_id: int, *, seen: Seen = None) -> None:
        """Take someone off the roll call; refused (DeleteConflict) when a field in ``seen`` was changed
        since the user saw it."""
        with self.uow() as s:
            row = get_or_404(s, m.Attendance, attendance_id, "attendance")
            check_unchanged(s, row, seen, cleaners=ATTENDANCE_FIELDS)
            meeting = row.meeting
            if row.person_id is not None and meeting.chair_id == row.person_id:
                meeting.chair_id = None
            if row.person_id is not None and meeting.secretary_id == row.person_id:
                meeting.secretary_id = None
            meeting.attendance.remove(row)
            for index, item in enumerate(meeting.attendance):
                item.position = index

    def move_attendee(
        self, attendance_id: int, new_index: int, *, seen_order: Sequence[int] | None = None
    ) -> None:
        """Move on the roll call; refused (OrderConflict) when it is not in the order the user saw."""
        with self.uow() as s:
            row = get_or_404(s, m.Attendance, attendance_id, "attendance")
            check_order(row.meeting.attendance, seen_order, "attendance")
            move_in_list(row.meeting.attendance, row, new_index)

    def assign_role(
        self,
        meeting_id: int,
        role: str,
        person_id: int | None,
        *,
        expected_version: int | None = None,
        seen: Seen = None,
    ) -> None:
        """Make ``person_id`` the chair or the secretary (None: nobody), keeping the roll call in step.

        The person is added to the roll call when missing; whoever held the role becomes a member. With
        ``expected_version`` (the meeting's) and ``seen`` ({"chair_id": id} or {"secretary_id": id}, the
        holder the user saw), a change of the role by someone else since is refused (EditConflict).
        """
        role = _enum(AttendanceRole, "role")(role)
        if role not in (AttendanceRole.CHAIR, AttendanceRole.SECRETARY):
            raise ValidationError(field="role", detail=f"unknown value {role!r}")
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            field = "chair_id" if role == AttendanceRole.CHAIR else "secretary_id"
            check_version(s, meeting, expected_version, {field: person_id}, seen=seen)
            for row in meeting.attendance:
                if row.role == role and row.person_id != person_id:
                    row.role = AttendanceRole.MEMBER
            if person_id is not None:
                get_or_404(s, m.Person, person_id, "person")
                found = next((a for a in meeting.attendance if a.person_id == person_id), None)
                if found is None:
                    found = m.Attendance(
                        position=next_position(s, m.Attendance, meeting_id=meeting_id),
                        person_id=person_id,
                        presence=Presence.PRESENT,
                    )
                    meeting.attendance.append(found)
                found.role = role
            if role == AttendanceRole.CHAIR:
                meeting.chair_id = person_id
                if person_id is not None and meeting.secretary_id == person_id:
                    meeting.secretary_id = None
            else:
                meeting.secretary_id = person_id
                if person_id is not None and meeting.chair_id == person_id:
                    meeting.chair_id = None

    @staticmethod
    def _sync_roles(meeting: m.Meeting, row: m.Attendance) -> None:
        """The chair and secretary of the meeting follow the roles set in the roll call."""
        if row.person_id is None:
            return
        if row.role == AttendanceRole.CHAIR:
            meeting.chair_id = row.person_id
        elif meeting.chair_id == row.person_id:
            meeting.chair_id = None
        if row.role == AttendanceRole.SECRETARY:
            meeting.secretary_id = row.person_id
        elif meeting.secretary_id == row.person_id:
            meeting.secretary_id = None
