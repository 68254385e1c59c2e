"""ORM rows -> DTOs. Kept in one place so every service hands out the same shapes."""

from __future__ import annotations

from datetime import date

from minutes.db import models as m
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
    return dto.FigureDTO(f.id, f.position, f.label, f.value, f.unit, f.target, f.percent, f.note, f.version)


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
    )


def conclusion(c: m.Conclusion) -> dto.ConclusionDTO:
    return dto.ConclusionDTO(c.id, c.position, c.text, c.version)


def recommendation(r: m.Recommendation) -> dto.RecommendationDTO:
    return dto.RecommendationDTO(r.id, r.group_id, r.position, r.text, r.response, r.version)


def group(g: m.RecommendationGroup) -> dto.RecommendationGroupDTO:
    return dto.RecommendationGroupDTO(
        g.id, g.position, g.title, [recommendation(r) for r in g.items], g.version
    )


def missing_fields(t: m.Task) -> tuple[str, ...]:
    """What a task still lacks to be "rõ" (official-formats.md §3): lead unit, deadline, product..."""
    missing = []
    if t.lead_unit_id is None:
        missing.append("lead_unit")
    if not t.coordinating_units:
        missing.append("coordinating_units")
    if t.deadline is None:
        missing.append("deadline")
    if not (t.expected_product or "").strip():
        missing.append("expected_product")
    return tuple(missing)


def task(t: m.Task, today: date) -> dto.TaskDTO:
    return dto.TaskDTO(
        id=t.id,
        meeting_id=t.meeting_id,
        meeting_title=t.meeting.title,
        meeting_date=t.meeting.meeting_date,
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


def meeting(mt: m.Meeting, today: date) -> dto.MeetingDetail:
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
        reports=[report(r) for r in mt.reports],
        contributions=[contribution(c) for c in mt.contributions],
        conclusions=[conclusion(c) for c in mt.conclusions],
        recommendation_groups=[group(g) for g in mt.recommendation_groups],
        tasks=[task(t, today) for t in mt.tasks],
        digest=mt.digest,
    )
