"""Finalised minutes: finalise, amend, verify, and read or print any version (issue 13, item 4).

Finalising (a leader) records the meeting's **canonical content**: the interchange document of the
meeting (``dump_meeting``) without the moment it was made, with the meeting's own files by their SHA-256
and the tasks as they were assigned (their later progress is task tracking, not the minutes). The
content is stored as JSON with sorted keys in ``meeting_versions`` with its SHA-256 (the digest), when
and by whom; the meeting's status becomes ``finalised`` and ``meetings.digest``/``finalised_at`` say
which version stands.

From then on the meeting and its items are **locked**: a session-wide ``before_flush`` hook refuses any
insert, change or deletion of the meeting, its agenda, attendance, reports and figures, contributions,
conclusions, recommendations, document dates and files, and of what the minutes say of its tasks
(their text, source, agenda item, order, "done at the meeting"), whoever writes it (GUI, CLI, import).
Task tracking goes on: progress, evidence, deadlines changed with a reason, completion.

Changing finalised minutes is an **amendment**: a leader opens it with a reason (version N+1), the
meeting is a draft again, and finalising closes it with its own content and digest. Every earlier
version stays readable (:meth:`FinaliseService.version_document`) and printable
(:meth:`FinaliseService.printed_meeting`): documents of a finalised meeting are printed from the content
that was finalised, and say which version they print.

``verify`` recomputes every digest: a stored content that no longer hashes to its digest, or a finalised
meeting whose records no longer match its last version (someone changed the database directly), is
reported by name.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.db.versions import MeetingVersion
from minutes.domain.enums import MeetingStatus
from minutes.errors import MeetingLocked, NotPermitted, ValidationError
from minutes.services.audit import ChainReport, verify_chain
from minutes.services.base import Service, get_or_404
from minutes.services.context import Actor
from minutes.services.dto import MeetingDetail

#: Roles that may finalise and amend minutes (on the embedded database the one local user is "admin").
FINALISING_ROLES = frozenset({"leader", "admin"})

#: What the minutes say of a task: locked once the meeting is finalised. Everything else of a task
#: (progress, deadline changes with their reason, completion, cancellation, evidence) is tracking.
LOCKED_TASK_FIELDS = frozenset(
    {
        "text",
        "meeting_id",
        "agenda_item_id",
        "source_kind",
        "conclusion_id",
        "recommendation_id",
        "contribution_id",
        "source_text",
        "done_at_meeting",
        "position",
    }
)
#: Task fields kept in a version's content: what the minutes, the notice and the plan print of a task.
_TASK_RECORD = (
    "key",
    "text",
    "source",
    "agenda_item",
    "lead_unit",
    "coordinating_units",
    "responsible",
    "assignees",
    "assignee_text",
    "deadline",
    "priority",
    "expected_product",
    "done_at_meeting",
)
_DONE_AT_MEETING = ("progress", "completed_on")
#: Task fields compared by ``verify`` with the live records (the locked ones).
_TASK_LOCKED = ("key", "text", "source", "agenda_item", "done_at_meeting")

_ITEM_TYPES: tuple[type, ...] = (
    m.AgendaItem,
    m.MeetingDocument,
    m.Attendance,
    m.Report,
    m.Contribution,
    m.Conclusion,
    m.RecommendationGroup,
    m.Recommendation,
)

_BYPASS = "minutes.finalise.bypass"


@dataclass(frozen=True)
class VersionInfo:
    number: int
    reason: str
    opened_at: datetime | None
    opened_by: str
    finalised_at: datetime | None
    finalised_by: str
    digest: str | None

    @property
    def open(self) -> bool:
        """An amendment in progress (not finalised yet)."""
        return self.finalised_at is None


@dataclass(frozen=True)
class Mismatch:
    """One finding of ``verify``: the meeting, and what no longer matches (``content``: a stored
    version's content no longer hashes to its digest; ``records``: the meeting's records differ from
    the last finalised version; ``digest``: ``meetings.digest`` names no finalised version)."""

    meeting_id: int
    title: str
    version: int | None
    kind: str


# --- canonical content --------------------------------------------------------------------------------


def canonical_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest_of(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def record_document(session: Session, meeting_id: int) -> dict[str, Any]:
    """The meeting's record as finalised: the interchange document without when it was made, the tasks as
    assigned, and the meeting's own files by name, type, size and SHA-256 (recomputed from the bytes)."""
    from minutes.services.interchange.dump import dump_meeting  # (the importer's code: not at start)

    document = dump_meeting(session, meeting_id)
    document.pop("exported_at", None)
    document.pop("app_version", None)
    meeting = document["meeting"]
    meeting["status"] = MeetingStatus.FINALISED.value
    meeting["tasks"] = [
        {
            **{k: t.get(k) for k in _TASK_RECORD},
            # a task done at the meeting is part of what the minutes say: done, on the meeting's day
            **({k: t.get(k) for k in _DONE_AT_MEETING} if t.get("done_at_meeting") else {}),
            "updates": [],
            "events": [],
        }
        for t in meeting["tasks"]
    ]
    files = session.execute(
        select(m.Attachment.file_name, m.Attachment.media_type, m.Attachment.data)
        .where(m.Attachment.meeting_id == meeting_id)
        .order_by(m.Attachment.id)
    ).all()
    document["files"] = [
        {
            "file_name": name,
            "media_type": media,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        for name, media, data in files
    ]
    return document


def _locked_view(document: dict[str, Any]) -> dict[str, Any]:
    """What ``verify`` compares between the live records and a version: the meeting and its items, the
    locked facts of its tasks and its files (not the directory's current names and titles: a version keeps
    those as they were, and a person's later promotion does not change the minutes)."""
    meeting = {k: v for k, v in document["meeting"].items() if k not in ("status", "tasks")}
    meeting["tasks"] = [{k: t.get(k) for k in _TASK_LOCKED} for t in document["meeting"]["tasks"]]
    return {"meeting": meeting, "files": document.get("files", [])}


# --- the lock ---------------------------------------------------------------------------------------


def _locked_meeting_ids(session: Session) -> set[int]:
    """The meetings whose records this flush would change."""
    touched: set[int] = set()
    reports: set[int] = set()
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            changed = action != "update" or session.is_modified(obj, include_collections=False)
            if not changed:
                continue
            if isinstance(obj, m.Meeting):
                if action != "insert":
                    touched.add(obj.id)
            elif isinstance(obj, _ITEM_TYPES):
                touched.update(_meeting_ids(obj))
            elif isinstance(obj, m.ReportFigure):
                reports.add(obj.report_id)
                reports.update(_old_values(obj, "report_id"))
            elif isinstance(obj, m.Task):
                if action == "update" and not any(_changed(obj, f) for f in LOCKED_TASK_FIELDS):
                    continue
                touched.update(_meeting_ids(obj))
            elif isinstance(obj, m.Attachment) and obj.meeting_id is not None:
                touched.add(obj.meeting_id)
    if reports:
        with session.no_autoflush:
            touched.update(
                session.execute(select(m.Report.meeting_id).where(m.Report.id.in_(reports))).scalars()
            )
    touched.discard(None)  # type: ignore[arg-type]
    return touched


def _changed(obj: Any, field: str) -> bool:
    from sqlalchemy import inspect

    state = inspect(obj)
    return field in state.attrs and state.attrs[field].history.has_changes()


def _old_values(obj: Any, field: str) -> list[Any]:
    from sqlalchemy import inspect

    state = inspect(obj)
    return list(state.attrs[field].history.deleted) if field in state.attrs else []


def _meeting_ids(obj: Any) -> list[int]:
    return [obj.meeting_id, *_old_values(obj, "meeting_id")]


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_finalised(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(_BYPASS):
        return
    touched = _locked_meeting_ids(session)
    if not touched:
        return
    with session.no_autoflush:
        found = session.execute(
            select(m.Meeting.title).where(
                m.Meeting.id.in_(touched), m.Meeting.status == MeetingStatus.FINALISED.value
            )
        ).first()
    if found is not None:
        raise MeetingLocked(title=found[0])


# --- the service ------------------------------------------------------------------------------------


def _require_role(actor: Actor, action: str) -> None:
    if actor.role not in FINALISING_ROLES:
        raise NotPermitted(action=action, role=actor.role)


def _versions(session: Session, meeting_id: int) -> list[MeetingVersion]:
    return list(
        session.execute(
            select(MeetingVersion)
            .where(MeetingVersion.meeting_id == meeting_id)
            .order_by(MeetingVersion.number)
        ).scalars()
    )


def _info(row: MeetingVersion) -> VersionInfo:
    return VersionInfo(
        row.number, row.reason, row.opened_at, row.opened_by, row.finalised_at, row.finalised_by, row.digest
    )


def finalise_in(session: Session, meeting: m.Meeting, actor: Actor) -> VersionInfo:
    """Finalise ``meeting`` inside the caller's unit of work (also used by the import of a finalised
    meeting): close the open amendment or write version 1."""
    rows = _versions(session, meeting.id)
    row = rows[-1] if rows and rows[-1].finalised_at is None else None
    if row is None:
        row = MeetingVersion(meeting_id=meeting.id, number=(rows[-1].number + 1) if rows else 1)
        session.add(row)
    session.info[_BYPASS] = True
    try:
        meeting.status = MeetingStatus.FINALISED.value
        session.flush()
        content = canonical_json(record_document(session, meeting.id))
        now = m.utcnow()
        row.content, row.digest = content, digest_of(content)
        row.finalised_at, row.finalised_by = now, actor.name
        meeting.digest, meeting.finalised_at = row.digest, now
        session.flush()
    finally:
        session.info.pop(_BYPASS, None)
    return _info(row)


class FinaliseService(Service):
    def versions(self, meeting_id: int) -> list[VersionInfo]:
        with self.read() as s:
            get_or_404(s, m.Meeting, meeting_id, "meeting")
            return [_info(row) for row in _versions(s, meeting_id)]

    def finalise(self, meeting_id: int, expected_version: int | None = None) -> VersionInfo:
        """Lock the meeting and record its content and digest as a new version."""
        _require_role(self.actor, "finalise minutes")
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            if expected_version is not None and meeting.version != expected_version:
                from minutes.errors import ConflictError

                raise ConflictError(entity="meeting")
            if meeting.status == MeetingStatus.FINALISED.value:
                raise ValidationError(field="status", detail="the minutes are already finalised")
            return finalise_in(s, meeting, self.actor)

    def amend(self, meeting_id: int, reason: str) -> VersionInfo:
        """Open the next version of finalised minutes, with its reason: the meeting is a draft again."""
        _require_role(self.actor, "amend finalised minutes")
        reason = " ".join((reason or "").split())
        if not reason:
            raise ValidationError(field="reason", detail="an amendment needs a reason")
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            if meeting.status != MeetingStatus.FINALISED.value:
                raise ValidationError(field="status", detail="only finalised minutes are amended")
            rows = _versions(s, meeting_id)
            number = (rows[-1].number + 1) if rows else 1
            row = MeetingVersion(
                meeting_id=meeting_id,
                number=number,
                reason=reason,
                opened_at=m.utcnow(),
                opened_by=self.actor.name,
            )
            s.add(row)
            s.info[_BYPASS] = True
            try:
                meeting.status = MeetingStatus.DRAFT.value
                s.flush()
            finally:
                s.info.pop(_BYPASS, None)
            return _info(row)

    def version_document(
        self, meeting_id: int, number: int | None = None
    ) -> tuple[VersionInfo, dict[str, Any]]:
        """A finalised version's content (the last finalised one when ``number`` is None)."""
        with self.read() as s:
            get_or_404(s, m.Meeting, meeting_id, "meeting")
            done = [r for r in _versions(s, meeting_id) if r.content is not None]
            if number is not None:
                done = [r for r in done if r.number == number]
            if not done:
                raise ValidationError(field="version", detail="there is no such finalised version")
            row = done[-1]
            return _info(row), json.loads(row.content or "{}")

    def printed_meeting(
        self, meeting_id: int, number: int | None = None
    ) -> tuple[MeetingDetail, VersionInfo | None]:
        """What the minutes, the notice and the plan print: a finalised meeting (or any meeting asked for
        by version) from the content that was finalised, read back through a private in-memory database;
        a draft from its records. The version printed is returned with it (None: the draft)."""
        with self.read() as s:
            status = get_or_404(s, m.Meeting, meeting_id, "meeting").status
            recorded = any(r.content is not None for r in _versions(s, meeting_id))
        # a meeting marked finalised before versions were recorded (an older database, generated data)
        # has nothing else to print from: its records, locked like the others
        if number is None and (status != MeetingStatus.FINALISED.value or not recorded):
            from minutes.services.meetings import MeetingService

            return MeetingService(self.db, self.actor).get(meeting_id), None
        info, document = self.version_document(meeting_id, number)
        return _read_back(document, self.db.today), info

    def verify(self, meeting_id: int | None = None) -> list[Mismatch]:
        """Recompute every digest; each finding names the meeting. Empty: everything matches."""
        found: list[Mismatch] = []
        with self.read() as s:
            query = select(m.Meeting.id, m.Meeting.title, m.Meeting.status, m.Meeting.digest).order_by(
                m.Meeting.id
            )
            if meeting_id is not None:
                get_or_404(s, m.Meeting, meeting_id, "meeting")
                query = query.where(m.Meeting.id == meeting_id)
            meetings = s.execute(query).all()
            for ident, title, status, digest in meetings:
                done = [r for r in _versions(s, ident) if r.content is not None]
                for row in done:
                    if digest_of(row.content or "") != row.digest:
                        found.append(Mismatch(ident, title, row.number, "content"))
                if status != MeetingStatus.FINALISED.value or not done:
                    continue
                last = done[-1]
                if digest != last.digest:
                    found.append(Mismatch(ident, title, last.number, "digest"))
                live = _locked_view(record_document(s, ident))
                if live != _locked_view(json.loads(last.content or "{}")):
                    found.append(Mismatch(ident, title, last.number, "records"))
        return found

    def verify_audit(self) -> ChainReport:
        """Walk the audit trail's chain (minutes.services.audit)."""
        with self.read() as s:
            return verify_chain(s)


def _read_back(document: dict[str, Any], today: Any) -> MeetingDetail:
    """A version's content as the services' MeetingDetail, through a throwaway in-memory database."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from minutes.services.context import SYSTEM, Database, unit_of_work
    from minutes.services.interchange.load import run_import
    from minutes.services.meetings import MeetingService

    engine = create_engine("sqlite://", poolclass=StaticPool)
    scratch = Database(engine=engine, clock=today)
    try:
        data = {k: v for k, v in document.items() if k != "files"}
        tracking = {"progress": 0, "completed_on": None, "cancelled_on": None, "cancel_reason": None}
        meeting = data["meeting"] = dict(data["meeting"])
        meeting["tasks"] = [{**tracking, **t} for t in meeting["tasks"]]
        with unit_of_work(scratch, SYSTEM) as s:
            s.info[_BYPASS] = True
            new_id = run_import(s, data)
        return MeetingService(scratch, SYSTEM).get(new_id)
    finally:
        scratch.close()
