"""Backups of the embedded database: SQLite's online backup API, verified, rotated, restored.

Where: ``<user data folder>/backups/<database name>-<8 hex of its full path>/`` (platformdirs; on Linux
``~/.local/share/minutes/backups/minutes-1a2b3c4d/``), one file per backup named
``<name>-YYYYMMDD-HHMMSS-<reason>.sqlite3``, owner-only (0600 in a 0700 folder, like the database).

How: a read-only connection to the live database copies a consistent snapshot with
``sqlite3.Connection.backup`` into a temporary file beside the target; the copy is switched to a plain
rollback journal (one self-contained file), checked with the full ``PRAGMA integrity_check``, fsync-ed and
renamed into place (:mod:`minutes.fileio`), then the oldest are removed beyond the count to keep.

When: before every schema migration (:func:`minutes.db.migrate.upgrade`), when the application closes at
most once a day (:func:`daily`), on ``minutes backup``, and before a restore replaces the database.

Restoring (:func:`restore`) refuses a backup that is damaged, made by a newer version or not ours, keeps
the database it replaces as one more backup, and copies the backup in with the same backup API (safe while
another program has the database open); a database too damaged for that is replaced as a file.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from minutes import fileio, paths
from minutes.db import probe
from minutes.errors import (
    BackupDamaged,
    BackupFailed,
    BackupTooNew,
    BackupUnusable,
    DatabaseCorrupt,
    ForeignDatabase,
    UserError,
)

log = logging.getLogger(__name__)

MANUAL = "manual"
DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
DAMAGED = "damaged"  # a raw copy of a database too damaged for the backup API, kept before a restore

DEFAULT_KEEP = 10
SUFFIX = ".sqlite3"
PRIVATE = 0o600

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z][a-z-]*)"
    r"(?:\.sqlite3|\.minutes-archive\.gz)$"  # a SQLite copy, or an archive of a server (minutes.db.archive)
)


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str
    size: int
    sequence: int = 0  # several backups in the same second: 0, 2, 3...


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    revision: str
    kept: Path | None  # the backup of the database that was replaced (None when there was none)


def folder_for(database: str | Path) -> Path:
    """The backup folder of one database file (several databases never share one)."""
    full = Path(database).expanduser().absolute()
    key = hashlib.sha256(str(full).encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "_", full.stem) or "database"
    return paths.data_dir() / "backups" / f"{stem}-{key}"


def list_backups(database: str | Path, folder: Path | None = None) -> list[Backup]:
    """The backups of ``database``, newest first."""
    folder = folder or folder_for(database)
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(entry, made, match["reason"], size, int(match["n"] or 0)))
    found.sort(key=lambda b: (b.made_at, b.sequence), reverse=True)
    return found


def make_backup(
    database: str | Path,
    *,
    reason: str = MANUAL,
    target: str | Path | None = None,
    keep: int | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy ``database`` into a verified backup file; returns it. ``keep`` rotates the backup folder."""
    source_path = Path(database)
    folder: Path | None = None
    if target is None:
        folder = folder_for(source_path)
        _make_folder(folder)
        target = _free_name(folder, source_path, now or datetime.now(), reason)
    target = Path(target)
    try:
        source = probe.read_only(source_path)
    except sqlite3.Error as exc:
        raise BackupFailed(path=str(target), detail=str(exc)) from exc
    try:
        fileio.write_with(target, lambda temp: _copy_verified(source, temp), mode=PRIVATE)
    except sqlite3.Error as exc:
        log.error("backup of %s into %s failed: %s", source_path, target, exc)
        raise BackupFailed(path=str(target), detail=str(exc)) from exc
    finally:
        source.close()
    log.info("backup of %s written to %s (%s)", source_path, target, reason)
    if keep is not None and folder is not None:
        rotate(folder, keep)
    return target


def daily(database: str | Path, *, keep: int = DEFAULT_KEEP, today: date | None = None) -> Path | None:
    """The day's backup when the database has none from today yet (the application calls it on close)."""
    today = today or date.today()
    newest = list_backups(database)
    if newest and newest[0].made_at.date() >= today:
        return None
    return make_backup(database, reason=DAILY, keep=keep)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Remove the oldest backups beyond ``keep`` (at least one is always kept); returns what was removed."""
    keep = max(1, keep)
    removed = []
    for old in list_backups(folder, folder)[keep:]:
        for path in (old.path, Path(f"{old.path}-wal")):
            if path.exists():
                path.unlink()
        removed.append(old.path)
        log.info("old backup removed: %s", old.path)
    return removed


def verify(backup: str | Path) -> str:
    """The schema revision of a backup this version can restore; refuses anything else (user errors)."""
    from minutes.db.migrate import HEAD_REVISION, known_revisions

    path = Path(backup)
    if not path.is_file():
        raise BackupUnusable(path=str(path), detail="no such file")
    try:
        found = probe.inspect_file(path, check=False)
    except (ForeignDatabase, DatabaseCorrupt) as exc:
        raise BackupUnusable(path=str(path), detail=str(exc.fields.get("detail", ""))) from exc
    if found.kind != "ours" or found.revision is None:
        raise BackupUnusable(path=str(path), detail="it holds no database of this application")
    connection = probe.read_only(path)
    try:
        problems = probe.integrity(connection, full=True)
    finally:
        connection.close()
    if problems:
        raise BackupDamaged(path=str(path), detail=problems[0][:200])
    if found.revision != HEAD_REVISION and found.revision not in known_revisions():
        raise BackupTooNew(path=str(path), found=found.revision, known=HEAD_REVISION)
    return found.revision


def latest_good(database: str | Path) -> Backup | None:
    """The newest backup of ``database`` that can be restored."""
    for candidate in list_backups(database):
        try:
            verify(candidate.path)
        except UserError as exc:
            log.warning("backup %s skipped: %s", candidate.path, exc.message)
            continue
        return candidate
    return None


def restore(database: str | Path, backup: str | Path) -> Restored:
    """Put ``backup`` in place of ``database`` (nothing else may be writing it: the caller closed its own
    connections). The database replaced is kept as one more backup first."""
    database, backup = Path(database), Path(backup)
    if database.exists() and backup.exists() and database.resolve() == backup.resolve():
        raise BackupUnusable(path=str(backup), detail="it is the database itself")
    revision = verify(backup)
    kept = _keep_current(database)
    try:
        sound = probe.inspect_file(database).kind == "ours"
    except UserError:
        sound = False
    if sound:
        _copy_into_live(backup, database)
    else:
        _replace_file(backup, database)
    probe.inspect_file(database)  # quick_check what is now in place
    log.warning(
        "database %s restored from %s (schema %s); the replaced one kept as %s",
        database,
        backup,
        revision,
        kept,
    )
    return Restored(database, backup, revision, kept)


# --- helpers ---------------------------------------------------------------------------------------


def _make_folder(folder: Path) -> None:
    try:
        folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder.mkdir(exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupFailed(path=str(folder), detail=fileio.reason(exc)) from exc


def _free_name(folder: Path, database: Path, now: datetime, reason: str) -> Path:
    stem = re.sub(r"[^\w.-]+", "_", database.stem) or "database"
    base = f"{stem}-{now:%Y%m%d-%H%M%S}"
    candidate = folder / f"{base}-{reason}{SUFFIX}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}-{number}-{reason}{SUFFIX}"
    return candidate


def _copy_verified(source: sqlite3.Connection, temp: Path) -> None:
    """Copy ``source`` into the empty file ``temp``: one self-contained file, fully checked."""
    destination = sqlite3.connect(temp)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")  # no -wal beside a backup
        problems = probe.integrity(destination, full=True)
    finally:
        destination.close()
    if problems:
        raise sqlite3.DatabaseError(f"the copy failed its integrity check: {problems[0][:200]}")


def _keep_current(database: Path) -> Path | None:
    """Back up the database about to be replaced; a damaged one is kept as a raw copy of its files."""
    try:
        if not database.exists() or database.stat().st_size == 0:
            return None
    except OSError:
        return None
    try:
        return make_backup(database, reason=BEFORE_RESTORE)
    except UserError as exc:
        log.warning("the database %s cannot be backed up (%s); keeping a raw copy", database, exc.message)
    folder = folder_for(database)
    _make_folder(folder)
    target = _free_name(folder, database, datetime.now(), DAMAGED)
    fileio.write_with(target, _raw_copy(database), mode=PRIVATE)
    wal = Path(f"{database}-wal")
    if wal.exists():
        fileio.write_with(Path(f"{target}-wal"), _raw_copy(wal), mode=PRIVATE)
    return target


def _raw_copy(source: Path) -> Callable[[Path], object]:
    return lambda temp: shutil.copyfile(source, temp)


def _copy_into_live(backup: Path, database: Path) -> None:
    """Overwrite a sound database page by page inside SQLite's own transaction (crash-safe, and other
    connections see the restored content afterwards)."""
    source = probe.read_only(backup)
    try:
        destination = sqlite3.connect(database, timeout=probe.BUSY_TIMEOUT_S)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except sqlite3.Error as exc:
        raise BackupFailed(path=str(database), detail=str(exc)) from exc
    finally:
        source.close()


def _replace_file(backup: Path, database: Path) -> None:
    """Replace a database that SQLite cannot write any more (damaged, not a database) by the backup file."""
    for stale in (Path(f"{database}-wal"), Path(f"{database}-shm"), Path(f"{database}-journal")):
        if stale.exists():
            stale.unlink()  # its content was kept by _keep_current; a stale -wal must not meet the new file
    if not database.parent.exists():
        probe.create_private(database)
    fileio.write_with(database, _raw_copy(backup), mode=PRIVATE)
