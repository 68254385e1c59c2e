"""Opening a document for review and saving what the clerk corrected.

A review starts from a file chosen now (nothing saved yet: saving creates the meeting) or from a meeting
a batch imported earlier (its original file, kept as an attachment, is recognised again: saving the
review replaces that meeting). The replaced meeting is the one the review was opened on: if anyone
changed it since (its version moved), the save is refused with a conflict and the clerk's corrections
stay on the screen. A saved review marks the import record "reviewed" (keeping when, by whom and from
where it was first imported) and **finalises** the meeting in the same transaction (issue 18 item 3,
through ``services.finalise.finalise_in``: locked, version 1 recorded with its digest, the original file
among the meeting's files), when the user may finalise minutes (a leader; the one local user of the
embedded database is "admin"). Someone else's review is saved reviewed and stays a draft for a leader to
finalise. A meeting a batch saved without review stays a draft marked "needs review".
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minutes.archive import convert
from minutes.archive.directory import Directory
from minutes.archive.store import ArchiveService, Recognised, save_in
from minutes.db import models as m
from minutes.db.imports import DocumentImport
from minutes.errors import ConflictError, NotFound
from minutes.services.finalise import FINALISING_ROLES, finalise_in


@dataclass
class Review:
    """A recognised document on the review screen. ``meeting_id``: the meeting it was imported as
    (None: not saved yet), ``version``: that meeting's version when the review was opened."""

    item: Recognised
    meeting_id: int | None = None
    version: int | None = None
    source_path: str = ""
    stamp: tuple[object, ...] = ()  # the meeting's rows when the review was opened (changes since: conflict)
    edited: bool = False  # the meeting was changed after it was imported (saving replaces those changes)


class ReviewService(ArchiveService):
    def open_file(self, path: str | Path, directory: Directory | None = None) -> Review:
        item = self.recognise_file(path, directory)
        return Review(item, source_path=str(item.path))

    def open_imported(self, meeting_id: int) -> Review:
        """The original file of an imported meeting, recognised again for review."""
        with self.read() as s:
            row = s.scalar(select(DocumentImport).where(DocumentImport.meeting_id == meeting_id))
            meeting = s.get(m.Meeting, meeting_id)
            if row is None or meeting is None:
                raise NotFound(entity="imported meeting", ident=meeting_id)
            version, source_path = meeting.version, row.source_path
            stamp = _stamp(s, meeting_id)
            edited = any(isinstance(v, datetime) and v > row.created_at for v in (meeting.updated_at, *stamp))
        original = self.original(meeting_id)
        if original is None:
            raise NotFound(entity="original file", ident=meeting_id)
        name, data = original
        with tempfile.TemporaryDirectory(prefix="minutes-review-") as folder:
            path = Path(folder) / Path(name).name
            path.write_bytes(data)
            converted = convert.to_docx([path])[path] if convert.needs_conversion(path) else None
            item = self.recognise_file(path, converted=converted)
        item.path = Path(source_path or name)
        return Review(item, meeting_id=meeting_id, version=version, source_path=source_path, stamp=stamp,
                      edited=edited)  # fmt: skip

    def save_review(self, review: Review) -> int:
        """Save the corrected meeting (replacing the one imported before, if any). Returns its id."""
        with self.uow() as s:
            imported_at = imported_by = None
            if review.meeting_id is not None:
                meeting = s.get(m.Meeting, review.meeting_id)
                if (
                    meeting is None
                    or meeting.version != review.version
                    or _stamp(s, meeting.id) != review.stamp
                ):
                    raise ConflictError(entity="meeting")
                row = s.scalar(select(DocumentImport).where(DocumentImport.meeting_id == review.meeting_id))
                if row is not None:
                    imported_at, imported_by = row.imported_at, row.imported_by
                    s.delete(row)
                s.delete(meeting)
                s.flush()
            meeting_id = save_in(s, review.item, self.actor.name, source_path=review.source_path, reviewed=True,
                                 imported_at=imported_at, imported_by=imported_by)  # fmt: skip
            if self.may_finalise:
                finalise_in(s, s.get_one(m.Meeting, meeting_id), self.actor)
            return meeting_id

    @property
    def may_finalise(self) -> bool:
        """Whether saving a review finalises the meeting (the user may finalise minutes)."""
        return self.actor.role in FINALISING_ROLES


#: The meeting's own records (their newest change and their number say whether anything changed).
_PARTS = (m.AgendaItem, m.MeetingDocument, m.Attendance, m.Report, m.Contribution, m.Conclusion,
          m.RecommendationGroup, m.Recommendation, m.Task)  # fmt: skip


def _stamp(session: Session, meeting_id: int) -> tuple[object, ...]:
    """(version, newest change of its parts, number of its parts, newest change of its figures)."""
    newest: datetime | None = None
    count = 0
    for model in _PARTS:
        row = session.execute(select(func.max(model.updated_at), func.count()).where(
            model.meeting_id == meeting_id)).one()  # type: ignore[attr-defined]  # fmt: skip
        count += int(row[1] or 0)
        if row[0] is not None and (newest is None or row[0] > newest):
            newest = row[0]
    figures = session.execute(select(func.max(m.ReportFigure.updated_at), func.count()).join(
        m.Report, m.Report.id == m.ReportFigure.report_id).where(m.Report.meeting_id == meeting_id)).one()  # fmt: skip
    meeting = session.get(m.Meeting, meeting_id)
    return (meeting.version if meeting else None, newest, count, figures[0], int(figures[1] or 0))
