"""Keeping SQLite's full-text index compact: its segments merged while the app is idle.

FTS5 stores its index as a set of b-tree segments: every transaction that writes entries adds a small one,
and its automatic merging only combines segments of the same size. A ten-year office ends with ten or more
segments per table, and every search walks each of them: on the ten-year office, merging the eleven segments
a rebuild leaves into one cut the grouped search's CPU by a quarter ("trật tự đô thị" 50.8 → 34.1 ms).

Two ways in:

- :func:`optimize` after a bulk load (a rebuild, the benchmark office): one merge of everything, in the
  loader's own transaction.
- :func:`merge_step` in small steps, each in its own short transaction, while the app is idle
  (:mod:`minutes.ui.index_upkeep`): FTS5's incremental ``merge`` command, a negative page count starting an
  incremental optimize and positive ones continuing it, a few hundred pages (about a megabyte) per step, so
  a save waiting behind a step waits tens of milliseconds at most. A step that changes fewer than two rows
  had nothing left to merge (the rule of SQLite's documentation).

PostgreSQL's GIN indexes need none of this (VACUUM's pending-list cleanup is :mod:`minutes.db.migrate`'s):
every function here is a no-op there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

#: The FTS5 tables of the schema (migration 0016's text index with its kind column, and the titles').
TABLES = ("search_fts", "search_titles")
#: Leaf pages written per step (FTS5 pages are about 4 KB): tens of milliseconds of work.
STEP_PAGES = 400


def applies(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def segments(connection: Connection) -> dict[str, int]:
    """The number of b-tree segments of each FTS5 table (its ``_idx`` shadow table has one row per leaf
    page's first term, keyed by segment)."""
    if not applies(connection):
        return {}
    return {
        table: int(connection.exec_driver_sql(f"SELECT count(DISTINCT segid) FROM {table}_idx").scalar() or 0)
        for table in TABLES
    }


def optimize(connection: Connection) -> None:
    """Merge every segment of both tables into one (after a bulk load; in the caller's transaction)."""
    if not applies(connection):
        return
    for table in TABLES:
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('optimize')")


def _total_changes(connection: Connection) -> int:
    raw: Any = connection.connection.dbapi_connection
    return int(raw.total_changes)


def merge_step(connection: Connection, *, start: bool, pages: int = STEP_PAGES) -> bool:
    """One step of an incremental optimize of both tables, in the caller's transaction. ``start`` begins a
    new optimize (FTS5 then merges segments of every level, not only equal ones). True when some table had
    work to do (call again); False when both are one segment, or nothing is left to merge."""
    if not applies(connection):
        return False
    worked = False
    count = -abs(pages) if start else abs(pages)
    for table in TABLES:
        before = _total_changes(connection)
        connection.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES('merge', ?)", (count,))
        if _total_changes(connection) - before >= 2:
            worked = True
    return worked


def merge_step_on(engine: Engine, *, start: bool, pages: int = STEP_PAGES) -> bool:
    """:func:`merge_step` in a transaction of its own (a job of the idle upkeep)."""
    with engine.begin() as connection:
        return merge_step(connection, start=start, pages=pages)
