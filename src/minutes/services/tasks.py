"""Tasks: created from the words of a meeting, tracked to completion with dated updates and evidence."""

from __future__ import annotations

import hashlib
import math
import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from minutes.db import models as m
from minutes.domain.deadline import Deadline, coerce
from minutes.domain.enums import Priority, SourceKind, TaskEventKind
from minutes.errors import FileTooLarge, FileUnreadable, ValidationError
from minutes.services import mapping
from minutes.services.base import (
    Service,
    check_agenda_item,
    get_or_404,
    line,
    next_position,
    require,
    text,
)
from minutes.services.dto import TaskDetail, TaskDTO
from minutes.services.meeting_dates import meeting_start
from minutes.services.task_fields import clean_deadline, set_assignees, set_deadline, set_done_at_meeting
from minutes.services.task_versions import check_task

#: The values a screen saw of a task (minutes.services.task_versions.seen_of), with its version.
Seen = dict[str, Any] | None

SOURCE_MODELS: dict[str, Any] = {
    SourceKind.CONCLUSION.value: m.Conclusion,
    SourceKind.RECOMMENDATION.value: m.Recommendation,
    SourceKind.CONTRIBUTION.value: m.Contribution,
}


@dataclass(frozen=True)
class NewAttachment:
    file_name: str
    data: bytes
    media_type: str = ""

    @classmethod
    def from_path(cls, path: str | Path, max_bytes: int | None = None) -> NewAttachment:
        """The file at ``path``; one larger than ``max_bytes`` is refused before it is read."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if max_bytes is not None and size > max_bytes:
                raise FileTooLarge(name=path.name, size_mb=mb(size), limit_mb=mb(max_bytes))
            data = path.read_bytes()
        except OSError as exc:
            raise FileUnreadable(name=path.name, detail=exc.strerror or type(exc).__name__) from exc
        if max_bytes is not None and len(data) > max_bytes:  # it grew while being read
            raise FileTooLarge(name=path.name, size_mb=mb(len(data)), limit_mb=mb(max_bytes))
        return cls(path.name, data)


def mb(size: int) -> str:
    """A size in megabytes as a user reads it, rounded up to a tenth ("50", "12.3"): a file just over a
    limit never reads as equal to it."""
    return f"{math.ceil(size * 10 / 1024 / 1024) / 10:.1f}".removesuffix(".0")


def _priority(value: Any) -> int:
    if isinstance(value, int):
        return Priority.from_rank(value).rank
    try:
        return Priority(str(value)).rank
    except ValueError as exc:
        raise ValidationError(field="priority", detail=f"unknown value {value!r}") from exc


def _percent(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(field="progress", detail=f"not a number: {value!r}") from exc
    if not 0 <= number <= 100:
        raise ValidationError(field="progress", detail="must be between 0 and 100")
    return number


def source_text(session: Session, task: m.Task) -> str:
    """The words of the item a task came from: the item's own while it is linked, else the snapshot
    kept when it was linked or removed (never the text of whatever item later took its id)."""
    model = SOURCE_MODELS.get(task.source_kind or "")
    if model is not None and task.source_id is not None:
        row = session.get(model, task.source_id)
        if row is not None:
            return str(row.text)
    return task.source_text


def load_task(session: Session, task_id: int) -> m.Task:
    task = session.scalar(
        select(m.Task)
        .where(m.Task.id == task_id)
        .options(
            selectinload(m.Task.meeting),
            selectinload(m.Task.lead_unit),
            selectinload(m.Task.responsible),
            selectinload(m.Task.assignee_links).selectinload(m.TaskAssignee.person),
            selectinload(m.Task.coordinating_units),
            selectinload(m.Task.updates).selectinload(m.ProgressUpdate.attachments),
            selectinload(m.Task.events),
        )
    )
    if task is None:
        get_or_404(session, m.Task, task_id, "task")
    assert task is not None
    return task


class TaskService(Service):
    def create(
        self,
        meeting_id: int,
        text_: str,
        *,
        source_kind: str | None = None,
        source_id: int | None = None,
        lead_unit_id: int | None = None,
        coordinating_unit_ids: Iterable[int] = (),
        responsible_id: int | None = None,
        deadline: Deadline | date | None = None,
        priority: str | int = Priority.MEDIUM,
        expected_product: str = "",
        assignee_ids: Iterable[int] = (),
        assignee_text: str = "",
        agenda_item_id: int | None = None,
        done_at_meeting: bool = False,
    ) -> int:
        """A new task. ``deadline`` is a :class:`Deadline` (a period...) or a plain date; a task done at
        the meeting itself is completed on the meeting's date."""
        body = require(text(text_).strip(), "text")
        stated = clean_deadline(deadline)
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            source = None
            if source_kind is not None:
                if source_kind not in SOURCE_MODELS:
                    raise ValidationError(field="source_kind", detail=f"unknown value {source_kind!r}")
                source = get_or_404(s, SOURCE_MODELS[source_kind], source_id, source_kind)
                if source.meeting_id != meeting_id:
                    raise ValidationError(field="source", detail="the item belongs to another meeting")
            task = m.Task(
                meeting_id=meeting_id,
                position=next_position(s, m.Task, meeting_id=meeting_id),
                text=body,
                priority=_priority(priority),
                expected_product=text(expected_product).strip(),
                assignee_text=line(assignee_text),
            )
            task.link_source(source_kind, source)
            s.add(task)
            check_agenda_item(s, meeting_id, agenda_item_id)
            task.agenda_item_id = agenda_item_id
            self._set_people(s, task, lead_unit_id, coordinating_unit_ids, responsible_id)
            set_assignees(s, task, assignee_ids)
            self._check_deadline(meeting, stated)
            set_deadline(task, stated)
            s.flush()
            self._event(s, task, TaskEventKind.CREATED, new=stated.token() if stated else None)
            if done_at_meeting:
                task.done_at_meeting = True
                task.completed_on = meeting.meeting_date
                task.progress = 100
                self._event(s, task, TaskEventKind.COMPLETED, new=meeting.meeting_date.isoformat())
            return task.id

    def get(self, task_id: int) -> TaskDetail:
        with self.read() as s:
            task = load_task(s, task_id)
            return TaskDetail(
                task=mapping.task(task, self.db.today()),
                source_text=source_text(s, task),
                updates=[mapping.update(u) for u in task.updates],
                events=[mapping.event(e) for e in task.events],
            )

    def list_for_meeting(self, meeting_id: int) -> list[TaskDTO]:
        with self.read() as s:
            tasks = s.scalars(
                select(m.Task)
                .where(m.Task.meeting_id == meeting_id)
                .order_by(m.Task.position)
                .options(
                    selectinload(m.Task.meeting),
                    selectinload(m.Task.lead_unit),
                    selectinload(m.Task.responsible),
                    selectinload(m.Task.assignee_links).selectinload(m.TaskAssignee.person),
                    selectinload(m.Task.coordinating_units),
                )
            )
            today = self.db.today()
            return [mapping.task(t, today) for t in tasks]

    def update(
        self,
        task_id: int,
        *,
        expected_version: int | None = None,
        seen: Seen = None,
        deadline_reason: str | None = None,
        **fields: Any,
    ) -> TaskDTO:
        """Edit a task in one transaction. Moving a deadline that was already set needs
        ``deadline_reason`` (or :meth:`change_deadline`); the history keeps both. A stale
        ``expected_version`` is a conflict for each field someone else changed since ``seen``."""
        with self.uow() as s:
            task = load_task(s, task_id)
            check_task(s, task, expected_version, fields, seen)
            lead = fields.pop("lead_unit_id", task.lead_unit_id)
            coordinating = fields.pop("coordinating_unit_ids", None)
            responsible = fields.pop("responsible_id", task.responsible_id)
            self._set_people(s, task, lead, coordinating, responsible)
            if "assignee_ids" in fields:
                set_assignees(s, task, fields.pop("assignee_ids"))
            if "agenda_item_id" in fields:
                task.agenda_item_id = fields.pop("agenda_item_id")
                check_agenda_item(s, task.meeting_id, task.agenda_item_id)
            if "deadline" in fields:
                new_deadline = clean_deadline(fields.pop("deadline"))
                current = mapping.deadline(task)
                unchanged = new_deadline == current or (
                    # a plain date equal to the status date leaves a stated period as it is
                    isinstance(new_deadline, Deadline)
                    and current is not None
                    and new_deadline.token() == current.due.isoformat()
                    and new_deadline.due == current.due
                )
                if not unchanged:
                    if current is not None and deadline_reason is None:
                        raise ValidationError(field="deadline", detail="use change_deadline with a reason")
                    if current is not None:
                        self._move_deadline(s, task, new_deadline, line(deadline_reason))
                    else:
                        self._check_deadline(task.meeting, new_deadline)
                        set_deadline(task, new_deadline)
            for key, value in fields.items():
                if key == "text":
                    task.text = require(text(value).strip(), "text")
                elif key == "expected_product":
                    task.expected_product = text(value).strip()
                elif key == "priority":
                    task.priority = _priority(value)
                elif key == "assignee_text":
                    task.assignee_text = line(value)
                elif key == "done_at_meeting":
                    if set_done_at_meeting(task, bool(value)) and task.done_at_meeting:
                        self._event(
                            s, task, TaskEventKind.COMPLETED, new=task.meeting.meeting_date.isoformat()
                        )
                else:
                    raise ValueError(f"Task has no editable field {key!r}")
            s.flush()
            if s.is_modified(task):
                self._event(s, task, TaskEventKind.UPDATED)
            s.flush()
            return mapping.task(task, self.db.today())

    def change_deadline(
        self,
        task_id: int,
        new_deadline: Deadline | date | None,
        reason: str,
        *,
        expected_version: int | None = None,
        seen: Seen = None,
    ) -> None:
        """Move (or set, or clear) the deadline: a date or a :class:`Deadline`; the history keeps both."""
        reason = line(reason)
        stated = clean_deadline(new_deadline)
        with self.uow() as s:
            task = load_task(s, task_id)
            check_task(s, task, expected_version, {"deadline": stated}, seen)
            self._move_deadline(s, task, stated, reason)

    def _move_deadline(self, s: Session, task: m.Task, stated: Deadline | None, reason: str) -> None:
        if task.deadline is not None and not reason:
            raise ValidationError(field="reason", detail="say why the deadline changes")
        self._check_deadline(task.meeting, stated)
        old = mapping.deadline(task)
        set_deadline(task, stated)
        self._event(
            s,
            task,
            TaskEventKind.DEADLINE_CHANGED,
            old=old.token() if old else None,
            new=stated.token() if stated else None,
            note=reason or None,
        )

    def add_progress(
        self,
        task_id: int,
        update_date: date,
        percent: int,
        note: str = "",
        attachments: Iterable[NewAttachment] = (),
        *,
        expected_version: int | None = None,
        seen: Seen = None,
    ) -> int:
        percent = _percent(percent)
        with self.uow() as s:
            task = load_task(s, task_id)
            check_task(s, task, expected_version, {"progress": percent}, seen)
            if task.cancelled_on is not None:
                raise ValidationError(field="task", detail="the task is cancelled")
            if update_date < task.meeting.meeting_date:
                raise ValidationError(field="update_date", detail="before the meeting that set the task")
            row = m.ProgressUpdate(
                task=task,
                update_date=update_date,
                percent=percent,
                note=text(note).strip(),
                author=self._actor_name(),
            )
            for item in attachments:
                row.attachments.append(_attachment(item))
            s.add(row)
            latest = max([u.update_date for u in task.updates if u is not row] + [date.min])
            if update_date >= latest:
                task.progress = percent
            s.flush()
            self._event(s, task, TaskEventKind.PROGRESS, new=str(percent), note=row.note or None)
            return row.id

    def complete(
        self,
        task_id: int,
        completed_on: date,
        note: str = "",
        *,
        expected_version: int | None = None,
        seen: Seen = None,
    ) -> TaskDTO:
        with self.uow() as s:
            task = load_task(s, task_id)
            check_task(s, task, expected_version, {"status": (completed_on, None)}, seen)
            if completed_on < task.meeting.meeting_date:
                raise ValidationError(field="completed_on", detail="before the meeting that set the task")
            task.completed_on = completed_on
            task.done_at_meeting = False  # completed on a day of its own, not at the meeting
            task.cancelled_on = None
            task.cancel_reason = None
            task.progress = 100
            self._event(
                s, task, TaskEventKind.COMPLETED, new=completed_on.isoformat(), note=line(note) or None
            )
            s.flush()
            return mapping.task(task, self.db.today())

    def reopen(
        self, task_id: int, reason: str = "", *, expected_version: int | None = None, seen: Seen = None
    ) -> TaskDTO:
        with self.uow() as s:
            task = load_task(s, task_id)
            check_task(s, task, expected_version, {"status": (None, None)}, seen)
            old = task.completed_on or task.cancelled_on
            task.done_at_meeting = False
            task.completed_on = None
            task.cancelled_on = None
            task.cancel_reason = None
            task.progress = max((u.percent for u in task.updates if u.percent < 100), default=0)
            self._event(
                s,
                task,
                TaskEventKind.REOPENED,
                old=old.isoformat() if old else None,
                note=line(reason) or None,
            )
            s.flush()
            return mapping.task(task, self.db.today())

    def cancel(
        self,
        task_id: int,
        reason: str,
        on: date | None = None,
        *,
        expected_version: int | None = None,
        seen: Seen = None,
    ) -> TaskDTO:
        reason = require(line(reason), "reason")
        with self.uow() as s:
            task = load_task(s, task_id)
            check_task(s, task, expected_version, {"status": (None, on or self.db.today())}, seen)
            task.cancelled_on = on or self.db.today()
            task.cancel_reason = reason
            task.completed_on = None
            task.done_at_meeting = False
            self._event(s, task, TaskEventKind.CANCELLED, new=task.cancelled_on.isoformat(), note=reason)
            s.flush()
            return mapping.task(task, self.db.today())

    def delete(self, task_id: int) -> None:
        with self.uow() as s:
            s.delete(get_or_404(s, m.Task, task_id, "task"))

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(file name, media type, content) of an evidence file."""
        with self.read() as s:
            row = get_or_404(s, m.Attachment, attachment_id, "attachment")
            return row.file_name, row.media_type, row.data

    # --- helpers ---------------------------------------------------------------------------------
    def _set_people(
        self,
        s: Session,
        task: m.Task,
        lead_unit_id: int | None,
        coordinating: Iterable[int] | None,
        responsible_id: int | None,
    ) -> None:
        if lead_unit_id is not None:
            get_or_404(s, m.Unit, lead_unit_id, "unit")
        task.lead_unit_id = lead_unit_id
        if responsible_id is not None:
            get_or_404(s, m.Person, responsible_id, "person")
        task.responsible_id = responsible_id
        if coordinating is not None:
            ids = [i for i in dict.fromkeys(coordinating) if i != lead_unit_id]
            units = list(s.scalars(select(m.Unit).where(m.Unit.id.in_(ids)))) if ids else []
            if len(units) != len(ids):
                raise ValidationError(field="coordinating_units", detail="unknown unit")
            task.coordinating_units = units
        elif lead_unit_id is not None and any(u.id == lead_unit_id for u in task.coordinating_units):
            task.coordinating_units = [u for u in task.coordinating_units if u.id != lead_unit_id]

    @staticmethod
    def _check_deadline(meeting: m.Meeting, deadline: Deadline | date | None) -> None:
        """Neither the deadline's last day nor its status date may fall before the meeting."""
        stated = coerce(deadline)
        if stated is None:
            return
        start = meeting_start(meeting)
        for day in (stated.end, stated.due):
            if day < start:
                raise ValidationError(
                    field="deadline",
                    detail=f"{day.isoformat()} is before the meeting ({meeting.meeting_date.isoformat()})",
                )

    def _actor_name(self) -> str:
        """Who acts, as the history records it: cleaned like typed text, within the column's length."""
        return line(self.actor.name)[:200]

    def _event(
        self,
        s: Session,
        task: m.Task,
        kind: TaskEventKind,
        *,
        old: str | None = None,
        new: str | None = None,
        note: str | None = None,
    ) -> None:
        s.add(
            m.TaskEvent(
                task=task, kind=kind.value, old_value=old, new_value=new, note=note, actor=self._actor_name()
            )
        )


def _attachment(item: NewAttachment) -> m.Attachment:
    name = line(item.file_name) or "file"
    media = item.media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return m.Attachment(
        file_name=name,
        media_type=media,
        size=len(item.data),
        sha256=hashlib.sha256(item.data).hexdigest(),
        data=item.data,
    )
