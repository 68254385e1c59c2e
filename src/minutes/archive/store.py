"""Importing Word documents as meetings: read (converting .doc/.odt), recognise, check for duplicates,
save - each file in one transaction with its original kept as the meeting's attachment and a
``document_imports`` row marking it imported and listing what a clerk should check.

Recognising and saving are separate calls (:meth:`ArchiveService.recognise_file`, then
:meth:`ArchiveService.save`), so a review screen can show and correct the recognised meeting in
between. :meth:`ArchiveService.import_files` does both for many files, reporting progress through a
callback and stopping between files when its cancel callback says so.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import mimetypes
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minutes import gcpolicy
from minutes.archive import convert
from minutes.archive.directory import Directory
from minutes.archive.mapping import to_interchange
from minutes.archive.model import RecognisedMeeting
from minutes.archive.reader import read_docx
from minutes.archive.recognise import RECOGNISER_VERSION, recognise
from minutes.archive.source import SourceDocument
from minutes.db import models as m
from minutes.db.imports import DocumentImport
from minutes.errors import ImportFormatError, UserError
from minutes.services.base import Service

log = logging.getLogger(__name__)

SUFFIXES = (".docx", *convert.CONVERTED)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: How many .doc/.odt files one LibreOffice run converts (start-up is most of its cost) when no warm
#: LibreOffice can be used (with one, each file is converted as the batch reaches it).
CONVERT_CHUNK = 20

Progress = Callable[[int, int, str], None]
Outcome = Callable[["FileOutcome"], None]


@dataclass
class Recognised:
    """A document read and recognised, not yet saved."""

    path: Path
    doc: SourceDocument
    meeting: RecognisedMeeting


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # imported | duplicate | failed | cancelled
    meeting_id: int | None = None
    duplicate_of: int | None = None
    layout: str = ""
    review: tuple[str, ...] = ()
    message: str = ""
    error: UserError | None = field(default=None, compare=False)  # why it failed, for a translated message


@dataclass
class BatchSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    #: Why the batch stopped before its end (its process ended unexpectedly), None when it did not.
    stopped: UserError | None = field(default=None, compare=False)

    def of(self, status: str) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def needs_review(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "imported" and o.review]


@dataclass(frozen=True)
class ImportInfo:
    meeting_id: int
    file_name: str
    source_path: str
    imported_at: Any
    imported_by: str
    layout: str
    review_status: str
    review: tuple[str, ...]
    attachment_id: int | None


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """The documents named, folders searched (recursively), Word's "~$" lock files and hidden files left out."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        candidates = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in candidates:
            if p.name.startswith(("~$", ".")) or (path.is_dir() and p.suffix.lower() not in SUFFIXES):
                continue
            out.append(p)
    return list(dict.fromkeys(out))


class UnsupportedFile(UserError):
    template = "{name} is not a Word document (.docx, .doc or .odt)."


class MissingFile(UserError):
    template = "{name} does not exist."


class ArchiveService(Service):
    # --- recognising ------------------------------------------------------------------------------
    def directory(self) -> Directory:
        with self.read() as s:
            return Directory.load(s)

    def recognise_file(self, path: str | Path, directory: Directory | None = None, *,
                       converted: bytes | UserError | None = None) -> Recognised:  # fmt: skip
        """Read and recognise one file (nothing is saved)."""
        path = Path(path)
        if not path.exists():
            raise MissingFile(name=str(path))
        if path.suffix.lower() not in SUFFIXES:
            raise UnsupportedFile(name=path.name)
        if convert.needs_conversion(path):
            if converted is None:
                converted = convert.to_docx([path])[path]
            if isinstance(converted, UserError):
                raise converted
            original = _read(path)
            doc = read_docx(converted, name=path.name)
            doc.data = original
            doc.source_format = path.suffix.lower().lstrip(".")
            doc.sha256 = hashlib.sha256(original).hexdigest()
        else:
            doc = read_docx(path)
        return Recognised(path, doc, recognise(doc, directory or self.directory()))

    # --- duplicates -------------------------------------------------------------------------------
    def find_duplicate(self, item: Recognised) -> int | None:
        """A meeting imported from the same file or the same words, or with the same number and date."""
        with self.read() as s:
            found = s.scalar(select(DocumentImport.meeting_id).where(
                (DocumentImport.file_sha256 == item.doc.sha256) | (DocumentImport.content_hash == item.doc.content_hash)
            ).limit(1))  # fmt: skip
            if found is not None:
                return int(found)
            rec = item.meeting
            ref = rec.reference_number.value.strip() if rec.reference_number else ""
            if ref and rec.meeting_date is not None:
                found = s.scalar(select(m.Meeting.id).where(
                    m.Meeting.reference_number == ref, m.Meeting.meeting_date == rec.meeting_date.value).limit(1))  # fmt: skip
                if found is not None:
                    return int(found)
        return None

    # --- saving ---------------------------------------------------------------------------------------
    def save(self, item: Recognised, *, source_path: str | None = None) -> int:
        """Create the meeting, keep the original file, mark it imported: one transaction. Returns its id."""
        with self.uow() as s:
            return save_in(s, item, self.actor.name, source_path=source_path)

    # --- batches ------------------------------------------------------------------------------------
    def import_files(self, paths: Sequence[str | Path], *, progress: Progress | None = None,
                     cancel: Callable[[], bool] | None = None, allow_duplicates: bool = False,
                     outcome: Outcome | None = None) -> BatchSummary:  # fmt: skip
        """Import every document named (folders searched). One file failing does not stop the others.
        ``outcome`` is told each file's outcome as soon as it is known (after its transaction)."""
        with _long_lived_frozen():
            return self._import_files(
                paths, progress=progress, cancel=cancel, allow_duplicates=allow_duplicates, outcome=outcome
            )

    def _import_files(self, paths: Sequence[str | Path], *, progress: Progress | None,
                      cancel: Callable[[], bool] | None, allow_duplicates: bool,
                      outcome: Outcome | None = None) -> BatchSummary:  # fmt: skip
        files = collect(paths)
        summary = BatchSummary()
        directory = self.directory()
        converted: dict[Path, bytes | UserError] = {}
        for number, path in enumerate(files):
            if cancel is not None and cancel():
                summary.cancelled = True
                summary.outcomes += [FileOutcome(str(p), "cancelled") for p in files[number:]]
                break
            if progress is not None:
                progress(number, len(files), str(path))
            if convert.needs_conversion(path) and path not in converted:
                size = 1 if convert.one_at_a_time() else CONVERT_CHUNK
                chunk = [p for p in files[number:] if convert.needs_conversion(p)][:size]
                converted.update(convert.to_docx(chunk))
            summary.outcomes.append(self._one(path, directory, converted.pop(path, None), allow_duplicates))
            if outcome is not None:
                outcome(summary.outcomes[-1])
        if progress is not None and not summary.cancelled:
            progress(len(files), len(files), "")
        return summary

    def _one(self, path: Path, directory: Directory, converted: bytes | UserError | None,
             allow_duplicates: bool) -> FileOutcome:  # fmt: skip
        try:
            item = self.recognise_file(path, directory, converted=converted)
            duplicate = None if allow_duplicates else self.find_duplicate(item)
            if duplicate is not None:
                return FileOutcome(str(path), "duplicate", duplicate_of=duplicate, layout=item.meeting.layout)
            meeting_id = self.save(item)
        except UserError as exc:
            return FileOutcome(str(path), "failed", message=exc.message, error=exc)
        except Exception as exc:  # noqa: BLE001 - one damaged file must not stop a batch of hundreds
            # the traceback goes to the application's log; without one configured, no traceback is printed
            log.error("importing %s failed: %r", path, exc, exc_info=logging.getLogger().hasHandlers())
            return FileOutcome(
                str(path), "failed", message=f"unexpected error ({type(exc).__name__}); see the log"
            )
        _remember(directory, item)
        return FileOutcome(str(path), "imported", meeting_id=meeting_id, layout=item.meeting.layout,
                           review=tuple(item.meeting.needs_review()))  # fmt: skip

    # --- afterwards -----------------------------------------------------------------------------------
    def imported(self, meeting_id: int) -> ImportInfo | None:
        with self.read() as s:
            row = s.scalar(select(DocumentImport).where(DocumentImport.meeting_id == meeting_id))
            return _info(row) if row is not None else None

    def pending_review(self) -> list[ImportInfo]:
        with self.read() as s:
            rows = s.scalars(select(DocumentImport).where(DocumentImport.review_status == "needs_review")
                             .order_by(DocumentImport.imported_at, DocumentImport.id))  # fmt: skip
            return [_info(r) for r in rows]

    def original(self, meeting_id: int) -> tuple[str, bytes] | None:
        """The file the meeting was imported from (name, bytes)."""
        with self.read() as s:
            row = s.execute(select(m.Attachment.file_name, m.Attachment.data).join(
                DocumentImport, DocumentImport.attachment_id == m.Attachment.id).where(
                DocumentImport.meeting_id == meeting_id)).first()  # fmt: skip
            return (row[0], bytes(row[1])) if row is not None else None

    def last_import_id(self) -> int:
        """The newest import record's id (0: none), to know later which records a batch added."""
        with self.read() as s:
            return int(s.scalar(select(func.max(DocumentImport.id))) or 0)

    def imported_since(self, after_id: int, paths: Sequence[str]) -> dict[str, int]:
        """Which of ``paths`` were imported by records newer than ``after_id``: path -> meeting id (a batch
        that stopped without reporting its last files: what it committed is known from the database)."""
        if not paths:
            return {}
        with self.read() as s:
            rows = s.execute(select(DocumentImport.source_path, DocumentImport.meeting_id).where(
                DocumentImport.id > after_id, DocumentImport.source_path.in_(list(paths))))  # fmt: skip
            return {str(path): int(meeting_id) for path, meeting_id in rows}

    def mark_reviewed(self, meeting_id: int) -> None:
        with self.uow() as s:
            row = s.scalar(select(DocumentImport).where(DocumentImport.meeting_id == meeting_id))
            if row is not None:
                row.review_status = "reviewed"


def save_in(session: Session, item: Recognised, user: str, *, source_path: str | None = None,
            reviewed: bool = False, imported_at: Any = None, imported_by: str | None = None) -> int:  # fmt: skip
    """Save ``item`` in the caller's unit of work: the meeting (a draft), its original file as an attachment,
    and its import record ("needs_review", or "reviewed" when a clerk ``reviewed`` it). Returns its id.
    The meeting is a draft: ``review_store.ReviewService.save_review`` finalises it after a review."""
    data = to_interchange(item.meeting, source_name=item.doc.name, version=2)
    review = [] if reviewed else item.meeting.needs_review()
    doc = item.doc
    try:
        meeting_id = _run_import(session, data)
    except KeyError as exc:
        raise ImportFormatError(path=doc.name, detail=f"unknown key {exc.args[0]!r} referenced") from exc
    attachment = m.Attachment(
        meeting_id=meeting_id, file_name=doc.name[:300],
        media_type=DOCX_TYPE if doc.source_format == "docx" else
        (mimetypes.guess_type(doc.name)[0] or "application/octet-stream"),
        size=len(doc.data), sha256=doc.sha256, data=doc.data,
    )  # fmt: skip
    session.add(attachment)
    session.flush()
    record = DocumentImport(
        meeting_id=meeting_id, attachment_id=attachment.id, file_name=doc.name[:300],
        source_path=source_path if source_path is not None else str(item.path),
        file_sha256=doc.sha256, content_hash=doc.content_hash, imported_by=imported_by or user,
        layout=item.meeting.layout, recogniser_version=RECOGNISER_VERSION,
        review_status="reviewed" if reviewed else "needs_review", review_notes=json.dumps(review, ensure_ascii=False),
    )  # fmt: skip
    if imported_at is not None:
        record.imported_at = imported_at
    session.add(record)
    session.flush()
    return meeting_id


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """During a batch, what lived before it (the application's own objects: a window's models, the
    directory, SQLAlchemy's mappers) is left out of the cyclic collector's full collections, which
    otherwise walk all of it every hundred documents or so - 125 ms each in the benchmark's process, more
    in the application's, while the batch's thread holds the interpreter lock and the window waits. Only
    where :mod:`minutes.gcpolicy` runs the collections; everything is handed back after the batch."""
    if not gcpolicy.manual():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _read(path: Path) -> bytes:
    from minutes.archive.source import UnreadableDocument

    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(name=path.name, detail=exc.strerror or str(exc)) from None


def _run_import(session: Session, data: dict[str, Any]) -> int:
    """The interchange importer, inside this unit of work (the meeting, its attachment and its import
    record are saved together or not at all). Phase 2 (format version 2) calls its loader here.

    The document is not checked against the JSON Schema here: it is made by :mod:`.mapping`, not read
    from a file, and the check cost a fifth of each import (tests check every mapped document instead)."""
    from minutes.services.interchange.load import run_import
    from minutes.services.interchange.upgrade import v1_to_v2

    # Without autoflush: the loader looks up each unit and person of the document, and every lookup used
    # to flush what came before it (six flushes a document, each running the audit and search hooks);
    # the mapped document names each unit and person once, so nothing pending needs to be seen.
    with session.no_autoflush:
        return run_import(
            session, v1_to_v2(data) if data.get("format_version", 1) == 1 else data
        )  # v2: mapping_v2


def _remember(directory: Directory, item: Recognised) -> None:
    """What a saved document added to the directory, so the next one in the batch matches it."""
    data = to_interchange(item.meeting, source_name=item.doc.name)
    for unit in data["units"]:
        directory.add_unit(unit["name"])
    for person in data["people"]:
        directory.add_person(person["full_name"], person["title"])


def _info(row: DocumentImport) -> ImportInfo:
    return ImportInfo(row.meeting_id, row.file_name, row.source_path, row.imported_at, row.imported_by, row.layout,
                      row.review_status, tuple(json.loads(row.review_notes or "[]")), row.attachment_id)  # fmt: skip
