"""Complete archives: every table of a database in one file, loaded back into an empty database.

This is ``minutes backup`` on PostgreSQL (the embedded database is copied as a SQLite file instead,
:mod:`minutes.db.backup`), and the way to move a SQLite backup into a new shared server.

The file is gzip-compressed JSON lines (UTF-8): a header ``{"format": "minutes-archive", "version": 1,
"revision": ..., "tables": {table: [columns]}}``, one line per row ``{"t": table, "r": [values]}`` in
foreign-key order, and a last line ``{"end": true, "rows": {table: count}}`` that proves the file whole.
Dates, times, bytes and decimals are tagged objects (``{"$d": "2021-01-19"}``). Every table is there:
meetings and everything in them, the directory of people and units, tasks and their history and evidence,
organisation profiles, drafts, the audit trail. The search index is left out and rebuilt after loading.

Writing reads one consistent snapshot (PostgreSQL: a REPEATABLE READ transaction; SQLite: a backup-API
copy) and goes through :mod:`minutes.fileio`. Loading first reads the whole file to check it (a truncated,
damaged, foreign or newer archive is refused before anything is written), requires an empty target, and
inserts everything in one transaction: all or nothing. An archive of an older schema is loaded into a
temporary SQLite database at its own revision, upgraded by the ordinary migrations, and copied from there.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, select, text
from sqlalchemy.exc import SQLAlchemyError

from minutes import __version__, fileio
from minutes.db import backup
from minutes.db import tables as db_tables
from minutes.db.engine import database_file, make_engine
from minutes.db.migrate import HEAD_REVISION, known_revisions, upgrade
from minutes.errors import ArchiveTargetNotEmpty, BackupDamaged, BackupFailed, BackupTooNew, BackupUnusable

log = logging.getLogger(__name__)

FORMAT = "minutes-archive"
VERSION = 1
SUFFIX = ".minutes-archive.gz"
#: One installation's bookkeeping: the archive's rows replace the target's.
RESET_TABLES = frozenset({"app_settings"})
BATCH = 500
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Summary:
    path: Path
    revision: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def is_archive(path: str | Path) -> bool:
    try:
        with open(path, "rb") as stream:
            return stream.read(2) == _GZIP_MAGIC
    except OSError:
        return False


# --- writing ---------------------------------------------------------------------------------------


def write(engine: Engine, target: str | Path) -> Summary:
    """Write every table of ``engine``'s database to ``target`` (atomically, owner-only)."""
    target = Path(target)
    path = database_file(engine)
    if path is not None:  # SQLite: read a backup-API snapshot, never a file another program is writing
        with tempfile.TemporaryDirectory(prefix="minutes-archive-") as work:
            snapshot = backup.make_backup(path, target=Path(work) / "snapshot.sqlite3")
            source = make_engine(str(snapshot))
            try:
                return _write(source, target)
            finally:
                source.dispose()
    return _write(engine, target)


def _write(engine: Engine, target: Path) -> Summary:
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            revision = db_tables.current_revision_on(connection)
            if revision is None:
                raise BackupFailed(path=str(target), detail="the database has no tables yet")
            tables = db_tables.tables_of(connection)
            summary = Summary(target, revision, {name: 0 for name in tables})
            header = {
                "format": FORMAT,
                "version": VERSION,
                "app_version": __version__,
                "revision": revision,
                "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "source": engine.dialect.name,
                "tables": {name: [c.name for c in table.columns] for name, table in tables.items()},
            }

            def rows_into(temp: Path) -> None:
                with gzip.open(temp, "wt", encoding="utf-8", compresslevel=6) as out:
                    out.write(json.dumps(header, ensure_ascii=False) + "\n")
                    for name, table in tables.items():
                        query = select(table).order_by(*table.primary_key.columns)
                        for row in connection.execution_options(yield_per=1000).execute(query):
                            values = [db_tables.encode(v) for v in row]
                            out.write(json.dumps({"t": name, "r": values}, ensure_ascii=False) + "\n")
                            summary.rows[name] += 1
                    out.write(json.dumps({"end": True, "rows": summary.rows}) + "\n")

            try:
                fileio.write_with(target, rows_into, mode=backup.PRIVATE)
            except SQLAlchemyError as exc:
                raise BackupFailed(path=str(target), detail=str(getattr(exc, "orig", exc))) from exc
    log.info("archive of %s written to %s: %d rows", engine.url.render_as_string(), target, summary.total)
    return summary


# --- reading and checking --------------------------------------------------------------------------


def verify(path: str | Path) -> dict[str, Any]:
    """Read the whole archive; its header when it is whole and loadable by this version (else a user error)."""
    path = Path(path)
    header: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for kind, payload in _lines(path):
        if kind == "header":
            header = payload
            counts = {name: 0 for name in header["tables"]}
        elif kind == "row":
            name, values = payload
            if name not in counts or len(values) != len(header["tables"][name]):
                raise BackupDamaged(path=str(path), detail="a row does not match its table")
            counts[name] += 1
        elif payload != counts:
            raise BackupDamaged(path=str(path), detail="the row counts at its end do not match its content")
    revision = str(header["revision"])
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise BackupTooNew(path=str(path), found=revision, known=HEAD_REVISION)
    return header


def _lines(path: Path) -> Iterator[tuple[str, Any]]:
    """("header", dict), then ("row", (table, values)) ..., then ("end", counts); damage is a user error."""
    ended = False
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            first = json.loads(stream.readline() or "null")
            if (
                not isinstance(first, dict)
                or first.get("format") != FORMAT
                or not isinstance(first.get("tables"), dict)
            ):
                raise BackupUnusable(path=str(path), detail="it is not an archive of this application")
            if first.get("version") != VERSION:
                raise BackupTooNew(
                    path=str(path), found=f"archive {first.get('version')}", known=f"archive {VERSION}"
                )
            yield "header", first
            for line in stream:
                if ended:
                    raise BackupDamaged(path=str(path), detail="there is data after its end")
                item = json.loads(line)
                if item.get("end") is True:
                    ended = True
                    yield "end", item.get("rows")
                else:
                    yield "row", (item["t"], item["r"])
    except EOFError as exc:
        raise BackupDamaged(path=str(path), detail="the file ends early (it was cut off)") from exc
    except (OSError, zlib.error) as exc:
        raise BackupDamaged(path=str(path), detail="it is not a readable archive") from exc
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupDamaged(path=str(path), detail="a line of it cannot be read") from exc
    if not ended:
        raise BackupDamaged(path=str(path), detail="the file ends early (it was cut off)")


def _archive_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    columns: dict[str, list[str]] = {}
    for kind, payload in _lines(path):
        if kind == "header":
            columns = payload["tables"]
        elif kind == "row":
            name, values = payload
            yield name, dict(zip(columns[name], (db_tables.decode(v) for v in values), strict=True))


def _database_rows(connection: Connection) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, table in db_tables.tables_of(connection).items():
        query = select(table).order_by(*table.primary_key.columns)
        for row in connection.execute(query):
            yield name, dict(row._mapping)


# --- loading ---------------------------------------------------------------------------------------


def load(engine: Engine, source: str | Path) -> Summary:
    """Load an archive, or a SQLite backup, into ``engine``'s empty database (created when new)."""
    source = Path(source)
    if is_archive(source):
        revision = str(verify(source)["revision"])
    else:
        revision = backup.verify(source)  # a SQLite database of ours: damaged, newer, foreign are refused
    upgrade(engine)
    _require_empty(engine)
    with contextlib.ExitStack() as stack:
        if is_archive(source) and revision == HEAD_REVISION:
            rows: Iterator[tuple[str, dict[str, Any]]] = _archive_rows(source)
        else:
            staging = _staging(stack, source, revision)
            rows = _database_rows(stack.enter_context(staging.connect()))
        try:
            with engine.begin() as connection:
                summary = _insert(connection, rows, source, revision)
                from minutes.search.indexer import rebuild_on

                rebuild_on(connection)
        except SQLAlchemyError as exc:
            log.error("loading %s into %s failed: %s", source, engine.url.render_as_string(), exc)
            raise BackupDamaged(
                path=str(source), detail=str(getattr(exc, "orig", exc)).splitlines()[0]
            ) from exc
    log.warning(
        "%s loaded into %s: %d rows (schema %s)",
        source,
        engine.url.render_as_string(),
        summary.total,
        revision,
    )
    return summary


def _staging(stack: contextlib.ExitStack, source: Path, revision: str) -> Engine:
    """A temporary SQLite database holding ``source`` at the current schema (older ones migrated)."""
    work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="minutes-restore-")))
    path = work / "staging.sqlite3"
    if is_archive(source):
        engine = make_engine(str(path))
        upgrade(engine, to=revision, backup_first=False)
        with engine.begin() as connection:
            _insert(connection, _archive_rows(source), source, revision)
    else:
        backup.make_backup(source, target=path)
        engine = make_engine(str(path))
    stack.callback(engine.dispose)
    upgrade(engine, backup_first=False)
    return engine


def _require_empty(engine: Engine) -> None:
    with engine.connect() as connection:
        tables = db_tables.tables_of(connection)
        for name, table in tables.items():
            if name in RESET_TABLES:
                continue
            rows = db_tables.count(connection, table)
            if rows:
                raise ArchiveTargetNotEmpty(url=engine.url.render_as_string(), table=name, count=rows)


def _insert(
    connection: Connection, rows: Iterator[tuple[str, dict[str, Any]]], source: Path, revision: str
) -> Summary:
    tables = db_tables.tables_of(connection)
    for name in RESET_TABLES & set(tables):
        connection.execute(delete(tables[name]))
    summary = Summary(source, revision, {name: 0 for name in tables})
    later: list[tuple[Table, dict[str, Any]]] = []  # values of columns pointing at their own table
    batch: list[dict[str, Any]] = []
    current: Table | None = None
    for name, values in rows:
        table = tables.get(name)
        if table is None:
            raise BackupUnusable(path=str(source), detail="it has a table this version does not know")
        if table is not current:
            _flush(connection, current, batch)
            current = table
        own = db_tables.self_references(table)
        if own and any(values.get(c) is not None for c in own):
            later.append((table, {c: values[c] for c in (*own, *db_tables.key_of(table))}))
            values = {**values, **{c: None for c in own}}
        batch.append(values)
        summary.rows[name] += 1
        if len(batch) >= BATCH:
            _flush(connection, table, batch)
    _flush(connection, current, batch)
    for table, values in later:
        key = db_tables.key_of(table)
        connection.execute(
            table.update()
            .where(*(table.c[k] == values[k] for k in key))
            .values({c: values[c] for c in values if c not in key})
        )
    if connection.dialect.name == "postgresql":
        _advance_sequences(connection, tables)
    return summary


def _flush(connection: Connection, table: Table | None, batch: list[dict[str, Any]]) -> None:
    if table is not None and batch:
        connection.execute(table.insert(), batch)
    batch.clear()


def _advance_sequences(connection: Connection, tables: dict[str, Table]) -> None:
    """Ids were inserted as they were: move each table's id sequence past them."""
    for name, table in tables.items():
        if "id" in table.c and table.c.id.primary_key:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence(:t, 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM \"{name}\""
                ),
                {"t": name},
            )
