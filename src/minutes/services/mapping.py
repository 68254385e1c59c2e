"""ORM rows -> DTOs. Kept in one place so every service hands out the same shapes."""

from __future__ import annotations

from datetime import date

from minutes.db import models as m
from minutes.domain import figures as figure_rules
from minutes.domain.deadline import Deadline
from minutes.domain.enums import Priority
from minutes.domain.status import task_status
from minutes.services import dto


def unit(u: m.Unit) -> dto.UnitDTO:
    return dto.UnitDTO(u.id, u.name, u.short_name, u.parent_id, u.version)


def person(p: m.Person) -> dto.PersonDTO:
    return dto.PersonDTO(p.id, p.full_name, p.title, p.unit_id, p.unit.name if p.unit else "", p.version)


def attendance(a: m.Attendance) -> dto.AttendanceDTO:
    return dto.AttendanceDTO(
        id=a.id,
        position=a.position,
        person_id=a.person_id,
        person_name=a.person.full_name if a.person else "",
        person_title=a.person.title if a.person else "",
        group_name=a.group_name,
        role=a.role,
        presence=a.presence,
        absence_reason=a.absence_reason,
        note=a.note,
        version=a.version,
    )


def figure(f: m.ReportFigure) -> dto.FigureDTO:
    return dto.FigureDTO(
        f.id,
        f.position,
        f.label,
        f.value,
        f.unit,
        f.target,
        f.percent,
        f.note,
        f.version,
        kind=f.kind,
        compared_to=f.compared_to,
        problems=figure_rules.problems(f.kind, f.value, f.target, f.percent, f.compared_to),
    )


def report(r: m.Report) -> dto.ReportDTO:
    return dto.ReportDTO(
        id=r.id,
        position=r.position,
        presenter_id=r.presenter_id,
        presenter_name=r.presenter.full_name if r.presenter else "",
        presenter_title=r.presenter.title if r.presenter else "",
        title=r.title,
        summary=r.summary,
        figures=[figure(f) for f in r.figures],
        version=r.version,
        agenda_item_id=r.agenda_item_id,
    )


def contribution(c: m.Contribution) -> dto.ContributionDTO:
    return dto.ContributionDTO(
        id=c.id,
        position=c.position,
        speaker_id=c.speaker_id,
        speaker_name=c.speaker.full_name if c.speaker else "",
        speaker_title=c.speaker.title if c.speaker else "",
        speaker_label=c.speaker_label,
        text=c.text,
        spoken_at=c.spoken_at,
        duration_seconds=c.duration_seconds,
        version=c.version,
        agenda_item_id=c.agenda_item_id,
        count=c.count,
    )


def conclusion(c: m.Conclusion) -> dto.ConclusionDTO:
    counts = (c.votes_for, c.votes_against, c.votes_abstain, c.votes_total)
    votes = None if all(v is None for v in counts) else dto.VotesDTO(*counts)
    return dto.ConclusionDTO(
        c.id, c.position, c.text, c.version, kind=c.kind, agenda_item_id=c.agenda_item_id, votes=votes
    )


def agenda_item(a: m.AgendaItem) -> dto.AgendaItemDTO:
    return dto.AgendaItemDTO(a.id, a.position, a.title, a.version)


def deadline(t: m.Task) -> Deadline | None:
    """The task's deadline as stated (a row written before kinds existed: a date deadline)."""
    if t.deadline is None:
        return None
    return Deadline.stored(t.deadline_kind, t.deadline_end, t.deadline_start, t.deadline, t.deadline_text)


def next_meeting(mt: m.Meeting) -> dto.NextMeetingDTO | None:
    if mt.next_meeting_date is None:
        return None
    return dto.NextMeetingDTO(
        mt.next_meeting_date,
        mt.next_meeting_precision,
        mt.next_meeting_time,
        mt.next_meeting_location,
        mt.next_meeting_note,
    )


def recommendation(r: m.Recommendation) -> dto.RecommendationDTO:
    return dto.RecommendationDTO(r.id, r.group_id, r.position, r.text, r.response, r.version)


def group(g: m.RecommendationGroup) -> dto.RecommendationGroupDTO:
    return dto.RecommendationGroupDTO(
        g.id, g.position, g.title, [recommendation(r) for r in g.items], g.version
    )


def missing_fields(t: m.Task) -> tuple[str, ...]:
    """What a task still lacks to be "rõ" (official-formats.md §3): lead unit, deadline, product..."""
    missing = []
    if t.lead_unit_id is None and not t.assignee_links and not t.assignee_text:
        missing.append("lead_unit")  # nobody is charged with it: no unit, no person, no assignee text
    if not t.coordinating_units:
        missing.append("coordinating_units")
    if t.deadline is None:
        missing.append("deadline")
    if not (t.expected_product or "").strip():
        missing.append("expected_product")
    return tuple(missing)


def task(t: m.Task, today: date) -> dto.TaskDTO:
    people = [link.person for link in t.assignee_links]
    return dto.TaskDTO(
        id=t.id,
        meeting_id=t.meeting_id,
        meeting_title=t.meeting.title,
        meeting_date=t.meeting.meeting_date,
        meeting_date_precision=t.meeting.date_precision,
        position=t.position,
        text=t.text,
        source_kind=t.source_kind,
        source_id=t.source_id,
        lead_unit_id=t.lead_unit_id,
        lead_unit_name=t.lead_unit.name if t.lead_unit else "",
        coordinating_unit_ids=tuple(u.id for u in t.coordinating_units),
        coordinating_unit_names=tuple(u.name for u in t.coordinating_units),
        responsible_id=t.responsible_id,
        responsible_name=t.responsible.full_name if t.responsible else "",
        deadline=t.deadline,
        priority=Priority.from_rank(t.priority).value,
        expected_product=t.expected_product,
        progress=t.progress,
        completed_on=t.completed_on,
        cancelled_on=t.cancelled_on,
        cancel_reason=t.cancel_reason,
        status=task_status(
            deadline=t.deadline,
            completed_on=t.completed_on,
            cancelled=t.cancelled_on is not None,
            progress=t.progress,
            today=today,
        ),
        version=t.version,
        missing=missing_fields(t),
        agenda_item_id=t.agenda_item_id,
        assignee_ids=tuple(p.id for p in people),
        assignee_names=tuple(p.full_name for p in people),
        assignee_titles=tuple(p.title for p in people),
        assignee_text=t.assignee_text,
        deadline_spec=deadline(t),
        done_at_meeting=t.done_at_meeting,
    )


def update(u: m.ProgressUpdate) -> dto.ProgressUpdateDTO:
    return dto.ProgressUpdateDTO(
        id=u.id,
        task_id=u.task_id,
        update_date=u.update_date,
        percent=u.percent,
        note=u.note,
        author=u.author,
        attachments=[
            dto.AttachmentInfo(a.id, a.file_name, a.media_type, a.size, a.sha256) for a in u.attachments
        ],
    )


def event(e: m.TaskEvent) -> dto.TaskEventDTO:
    return dto.TaskEventDTO(e.id, e.at, e.kind, e.old_value, e.new_value, e.note, e.actor)


def meeting(mt: m.Meeting, today: date, *, whole: bool = True) -> dto.MeetingDetail:
    """The meeting's DTO; not ``whole``: without its reports, contributions, conclusions,
    recommendations and tasks (lists left empty, their relationships not loaded or touched)."""
    return dto.MeetingDetail(
        id=mt.id,
        title=mt.title,
        kind=mt.kind,
        reference_number=mt.reference_number,
        organisation_id=mt.organisation_id,
        organisation_name=mt.organisation.name if mt.organisation else "",
        meeting_date=mt.meeting_date,
        start_time=mt.start_time,
        end_time=mt.end_time,
        location=mt.location,
        chair_id=mt.chair_id,
        chair_name=mt.chair.full_name if mt.chair else "",
        chair_title=mt.chair.title if mt.chair else "",
        secretary_id=mt.secretary_id,
        secretary_name=mt.secretary.full_name if mt.secretary else "",
        secretary_title=mt.secretary.title if mt.secretary else "",
        status=mt.status,
        notes=mt.notes,
        version=mt.version,
        attendance=[attendance(a) for a in mt.attendance],
        reports=[report(r) for r in mt.reports] if whole else [],
        contributions=[contribution(c) for c in mt.contributions] if whole else [],
        conclusions=[conclusion(c) for c in mt.conclusions] if whole else [],
        recommendation_groups=[group(g) for g in mt.recommendation_groups] if whole else [],
        tasks=[task(t, today) for t in mt.tasks] if whole else [],
        digest=mt.digest,
        date_precision=mt.date_precision,
        agenda=[agenda_item(a) for a in mt.agenda],
        next_meeting=next_meeting(mt),
        document_dates={d.kind: d.document_date for d in mt.documents},
    )
