"""A read-only look at a SQLite file before the application writes a byte to it.

The engine sets WAL and Alembic creates tables on the first connection, so whether a file may be opened
is decided first, through a separate ``sqlite3`` connection opened with ``mode=ro``: it changes neither
the file nor its journal mode. A file is opened only when it is new or empty, or when it carries this
application's schema (an ``alembic_version`` row of ours and the core tables) and ``PRAGMA quick_check``
finds it sound. Anything else is refused with a :class:`~minutes.errors.UserError`, the file untouched:
another program's database (:class:`ForeignDatabase`, also when it happens to have a ``meetings`` table),
a file that is not a database (:class:`DatabaseCorrupt`), a damaged one (:class:`DatabaseDamaged`, whose
message leads to a backup).

New databases are created owner-only: the folder 0700 (when the app creates it) and the file 0600; SQLite
gives its ``-wal`` and ``-shm`` files the database file's permissions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from minutes.errors import DatabaseCorrupt, DatabaseDamaged, DatabaseUnavailable, ForeignDatabase

log = logging.getLogger(__name__)

HEADER = b"SQLite format 3\x00"

#: Tables every database of this application has had since the first schema.
CORE_TABLES = frozenset({"alembic_version", "meetings", "people", "units", "tasks"})

#: Our Alembic revisions start with four digits ("0004", "0005_task_sources"); another program's do not.
OUR_REVISION = re.compile(r"^\d{4}")

#: Databases up to this size are checked with ``PRAGMA quick_check`` before they are opened (about 0.4 s
#: at 50 MB on the 2-core benchmark machine; 2.3 s for 300 MB). A larger one is opened at once and the
#: GUI checks it in the background (minutes.ui.session); ``minutes check`` checks any size.
SYNC_CHECK_BYTES = 50_000_000

#: How long the probe waits for another program's write lock before saying the database is busy (s).
BUSY_TIMEOUT_S = 5.0

Kind = Literal["new", "empty", "ours"]


@dataclass(frozen=True)
class Inspection:
    path: Path
    kind: Kind
    revision: str | None = None
    checked: bool = False  # quick_check ran (and found nothing)


def inspect_file(path: str | Path, *, check: bool | None = None) -> Inspection:
    """What ``path`` holds, read-only; raises a user error for a file the app must not open.

    ``check`` runs ``PRAGMA quick_check`` on a database of ours; None (every start) checks a database
    up to :data:`SYNC_CHECK_BYTES` and leaves a larger one to :func:`needs_background_check`.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Inspection(path, "new")
    except OSError as exc:
        raise DatabaseUnavailable(url=str(path), detail=exc.strerror or str(exc)) from exc
    if size == 0:
        return Inspection(path, "new")
    try:
        header = read_start(path, len(HEADER))
    except OSError as exc:
        raise DatabaseUnavailable(url=str(path), detail=exc.strerror or str(exc)) from exc
    if header != HEADER:
        raise DatabaseCorrupt(path=str(path), detail="not a SQLite database")
    try:
        connection = read_only(path)
    except sqlite3.Error as exc:
        raise _refusal(path, exc) from exc
    if check is None:
        check = size <= SYNC_CHECK_BYTES
    try:
        return _inspect(connection, path, check)
    except sqlite3.Error as exc:
        raise _refusal(path, exc) from exc
    finally:
        connection.close()


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (nor switch its journal mode).

    A WAL database without its ``-wal`` file is read as immutable, so that even the ``-wal``/``-shm``
    files a reader would create beside it are not made.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if _is_wal(path) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)


#: Descriptors of the database files whose first bytes this process read, by (device, inode); never
#: closed. On POSIX systems closing *any* descriptor of a file drops every lock this process holds on it,
#: SQLite's own included: a plain ``open(...).read()`` of a database this process has open would let
#: another program write under its transaction, or delete the write-ahead log the process still reads.
_held: dict[tuple[int, int], int] = {}
_held_lock = threading.Lock()


def read_start(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``path`` without ever dropping this process's locks on it."""
    if not hasattr(os, "pread"):  # Windows: a handle closed elsewhere does not release a lock
        with open(path, "rb") as stream:
            return stream.read(size)
    info = os.stat(path)
    key = (info.st_dev, info.st_ino)
    with _held_lock:
        fd = _held.get(key)
        if fd is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            opened = os.fstat(fd)
            key = (opened.st_dev, opened.st_ino)  # the file as opened (it may have been replaced)
            if key in _held:
                # never close it either: it is a descriptor of a file whose locks we may hold
                _held[(-1, fd)] = fd
                fd = _held[key]
            else:
                _held[key] = fd
    return os.pread(fd, size, 0)


def _is_wal(path: Path) -> bool:
    try:
        header = read_start(path, 20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def _inspect(connection: sqlite3.Connection, path: Path, check: bool) -> Inspection:
    tables = {
        str(name)
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
        )
    }
    if not tables:
        return Inspection(path, "empty")
    revision = _revision(connection) if "alembic_version" in tables else None
    if revision is None or not OUR_REVISION.match(revision) or not CORE_TABLES <= tables:
        lookalike = bool(tables & (CORE_TABLES - {"alembic_version"}))
        log.warning(
            "refused %s: not a database of this application (tables: %s; revision: %s)",
            path,
            ", ".join(sorted(tables)[:12]),
            revision,
        )
        detail = (
            "its tables are named like this application's but it was not made by it"
            if lookalike
            else "it has none of this application's tables"
        )
        raise ForeignDatabase(path=str(path), detail=detail)
    if check:
        problems = integrity(connection, full=False)
        if problems:
            log.error("refused %s: quick_check found %d problem(s): %s", path, len(problems), problems[:5])
            raise DatabaseDamaged(path=str(path), detail=problems[0][:200])
    return Inspection(path, "ours", revision, checked=check)


def needs_background_check(path: Path) -> bool:
    """True when opening ``path`` skipped ``quick_check`` for its size (the GUI then runs it aside)."""
    try:
        return path.stat().st_size > SYNC_CHECK_BYTES
    except OSError:
        return False


def quick_check(path: Path) -> list[str]:
    """``PRAGMA quick_check`` of ``path`` on its own read-only connection (any thread)."""
    try:
        connection = read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return integrity(connection, full=False)
    finally:
        connection.close()


def _revision(connection: sqlite3.Connection) -> str | None:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def integrity(connection: sqlite3.Connection, *, full: bool) -> list[str]:
    """The problems ``PRAGMA quick_check`` (or the slower ``integrity_check``) reports; empty when sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:  # so damaged that the check itself cannot run
        return [str(exc)]
    return [] if rows == ["ok"] else [line for row in rows for line in row.splitlines() if line.strip()]


def _refusal(path: Path, exc: sqlite3.Error) -> Exception:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(url=str(path), detail="another program is writing to it; try again")
    if "unable to open" in text:
        return DatabaseUnavailable(url=str(path), detail="the file cannot be opened")
    if isinstance(exc, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        log.error("refused %s: %s", path, text)
        return DatabaseDamaged(path=str(path), detail=text)
    return DatabaseCorrupt(path=str(path), detail=text)


def create_private(path: Path) -> None:
    """Make the folder (0700 when it is created here) and an empty database file (0600) for a new database."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
