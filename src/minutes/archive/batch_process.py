"""A batch import in a process of its own, so the window that started it keeps its interpreter.

Reading, recognising and saving a few hundred documents is CPU work in Python. On a thread of the
application's process it shares the interpreter lock with the GUI thread, and the window stalls while
the batch holds it (docs/performance.md, issue 18). Here the batch runs in a child process started with
the ``spawn`` method (a fresh interpreter: no copy of the window's Qt state, the same on every
platform), opens the same database by its URL, and imports with
:meth:`~minutes.archive.store.ArchiveService.import_files` - each file in one transaction, as always.

What the parent learns comes back on a queue as plain values (:func:`run_batch`'s messages):

* ``("files", [path, ...], last_import_id)``: the documents found, before the first is read, and the
  newest import record then (what the batch saves comes after it);
* ``("progress", done, total, path)``: before each file and once at the end;
* ``("outcome", FileOutcome)``: after each file's transaction;
* ``("changes", ChangeSet)``: what a file's commit changed, for the parent's views;
* ``("done", cancelled)`` or ``("failed", UserError | None)``: the end (None: an unexpected error,
  logged in the child).

Cancelling is an event the child reads between files: the file being read is finished (saved whole, or
not at all) and the others are reported cancelled. A child that dies (killed, out of memory, a crash of
a native library) sends no end message: the parent sees the process gone and says so; every file it
reported was committed whole, the one it was reading was rolled back with its transaction.

Nothing here imports Qt: the child never loads it.
"""

from __future__ import annotations

import copyreg
import logging
import multiprocessing
import os
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from minutes import logs
from minutes.archive.store import FileOutcome, collect
from minutes.errors import UserError
from minutes.services import Actor, ChangeSet, Database

log = logging.getLogger(__name__)

#: Messages are sent with this start method (a fresh interpreter; never a fork of a GUI process).
START_METHOD = "spawn"


class ImportStopped(UserError):
    template = "the import stopped before this file"


class ImportProcessEnded(UserError):
    template = (
        "The import stopped unexpectedly (its process ended, code {code}). The documents listed as imported "
        "were saved completely; the others were not imported: import them again."
    )


class ImportFailed(UserError):
    template = (
        "The import stopped because of an unexpected error (written to the log). The documents listed as "
        "imported were saved completely; the others were not imported."
    )


class ImportNotStarted(UserError):
    template = "The import could not start ({detail}). Nothing was imported."


@dataclass(frozen=True)
class BatchJob:
    """What the child needs: the database's URL (with its password: the job is handed over a pipe, never
    on a command line), who imports, the paths chosen, and the day the parent's database says it is."""

    url: str
    actor: Actor
    paths: tuple[str, ...]
    today: date | None = None
    allow_duplicates: bool = False
    log_folder: str | None = None  # the application's log, when the parent writes one (minutes.logs)


def job_for(db: Database, actor: Actor, paths: list[str | Path]) -> BatchJob:
    today = None if db.today is date.today else db.today()
    address = db.engine.url
    if address.get_backend_name() == "postgresql" and address.password is None:
        # the engine got its password from this run (typed in the connection dialog) or the keyring, not
        # from its URL: the child gets it the same way (a typed one exists only in this process)
        from minutes.db import credentials

        password = credentials.password_for(address)
        if password is not None:
            address = address.set(password=password)
    url = address.render_as_string(hide_password=False)
    log_folder = str(logs.log_path().parent) if logs._handler is not None else None
    return BatchJob(url, actor, tuple(str(p) for p in paths), today, log_folder=log_folder)


def context() -> Any:
    return multiprocessing.get_context(START_METHOD)


def run_batch(job: BatchJob, messages: Any, cancel: Any) -> None:
    """The child's whole work (the target of the process): import, telling ``messages`` as it goes."""
    from minutes.archive.review_store import ReviewService

    if job.log_folder is not None:  # the child's records go to the application's log, with its pid
        logs.configure(Path(job.log_folder))
    db: Database | None = None
    try:
        today = job.today
        db = Database(job.url, migrate=False, clock=(lambda: today) if today is not None else None)
        db.subscribe(lambda changes: messages.put(("changes", _plain_changes(changes))))
        files = collect(job.paths)
        service = ReviewService(db, job.actor)
        messages.put(("files", [str(p) for p in files], service.last_import_id()))
        summary = service.import_files(
            files,
            progress=lambda done, total, path: messages.put(("progress", done, total, path)),
            cancel=cancel.is_set,
            allow_duplicates=job.allow_duplicates,
            outcome=lambda o: messages.put(("outcome", portable(o))),
        )
        for outcome in summary.of("cancelled"):
            messages.put(("outcome", outcome))
        messages.put(("done", summary.cancelled))
    except UserError as exc:
        messages.put(("failed", portable_error(exc)))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent in words, the traceback logged here
        log.error("the import process failed: %r", exc, exc_info=True)
        messages.put(("failed", None))
    finally:
        warm = sys.modules.get("minutes.export.pdf_warm")
        if warm is not None:  # the LibreOffice this batch kept warm for .doc files, and its profile
            warm.shutdown()
        if db is not None and db.is_sqlite:
            _leave_sqlite_open(messages)
        if db is not None:
            db.close()


def _leave_sqlite_open(messages: Any) -> None:
    """End the child without closing its SQLite connections.

    Closing the last connection to a WAL database checkpoints it and deletes its ``-wal`` and ``-shm``
    files; SQLite knows it is the last by taking an exclusive lock on the database file. POSIX locks
    belong to a process and any ``close()`` of any descriptor of the file drops them all: the window's
    process loses its locks whenever it reads the file directly (``minutes.db.probe`` does: a second
    ``Database`` opened on the file, a backup, the background quick_check). A child closing then would
    take the window's write-ahead log from under it (seen in the tests: the window then read an empty
    database). Every file's transaction is committed in the log already; exiting as a crash would leaves
    the log to the window's connections, which checkpoint it as they always do."""
    try:
        messages.close()
        messages.join_thread()  # every message is in the pipe
    finally:
        logging.shutdown()
        os._exit(0)


# --- values that cross the pipe ----------------------------------------------------------------------
def _plain_changes(changes: ChangeSet) -> ChangeSet:
    return ChangeSet(inserted={k: set(v) for k, v in changes.inserted.items()},
                     updated={k: set(v) for k, v in changes.updated.items()},
                     deleted={k: set(v) for k, v in changes.deleted.items()},
                     origin=changes.origin, external=True)  # fmt: skip


def _restore_error(cls: type[UserError], template: str, fields: dict[str, Any]) -> UserError:
    error = cls.__new__(cls)
    UserError.__init__(error, template, **fields)
    return error


def _reduce_error(exc: UserError) -> tuple[Any, ...]:
    return _restore_error, (type(exc), exc.template, exc.fields)


def portable_error(exc: UserError) -> UserError:
    """``exc`` as it can cross the pipe: an Exception pickles its message only, which could no longer be
    translated; a UserError is sent as its class, template and fields (fields that are not plain values
    as their text)."""
    plain = (str, int, float, type(None))
    fields = {k: v if isinstance(v, plain) else str(v) for k, v in exc.fields.items()}
    copyreg.pickle(type(exc), _reduce_error)
    return _restore_error(type(exc), exc.template, fields)


def portable(outcome: FileOutcome) -> FileOutcome:
    if outcome.error is None:
        return outcome
    return replace(outcome, error=portable_error(outcome.error))
