"""Keeps ``search_entries`` in step with every change, in the same transaction, and rebuilds it.

Mapper events note each indexed record the ORM inserts, updates or deletes (cascades and orphans
included) on the session; the session's ``after_flush`` then upserts or deletes their entries with Core
statements on the flush's own connection. A deleted meeting or task also drops every entry filed under
it, because the database's ON DELETE CASCADE removes children without ORM events. Renaming a person or a
recommendation group re-indexes the contributions/recommendations that show that name as their title; a
task's entry names the people it is assigned to, so assigning or renaming them re-indexes the task.

Writes that bypass the ORM (bulk Core statements, another program) are not seen: run :func:`rebuild`
(``minutes reindex``). Imported by :mod:`minutes.services.context`, which registers the listeners.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, delete, event, inspect, select, text
from sqlalchemy.orm import Session, object_session

from minutes.db import models as m
from minutes.search import entries as e
from minutes.search import maintenance
from minutes.search.models import SearchEntry

TABLE = cast(Table, SearchEntry.__table__)
_PENDING = "search.pending"  # session.info key: {(kind, id): (object, deleted)}
_RENAMED = "search.renamed"  # session.info key: {"speaker": {person ids}, "group": {group ids},
#                                                   "assigned": {task ids whose assigned people changed}}

KIND_OF: dict[type, str] = {
    m.Meeting: e.Kind.MEETING,
    m.Person: e.Kind.PERSON,
    m.Unit: e.Kind.UNIT,
    m.Report: e.Kind.REPORT,
    m.ReportFigure: e.Kind.FIGURE,
    m.Contribution: e.Kind.CONTRIBUTION,
    m.Conclusion: e.Kind.CONCLUSION,
    m.Recommendation: e.Kind.RECOMMENDATION,
    m.Task: e.Kind.TASK,
    m.ProgressUpdate: e.Kind.PROGRESS,
    m.AgendaItem: e.Kind.AGENDA_ITEM,
}


# --- noting what changed ---------------------------------------------------------------------------


def _note(target: Any, deleted: bool) -> None:
    session = object_session(target)
    if session is None or target.id is None:
        return
    pending = session.info.setdefault(_PENDING, {})
    pending[(KIND_OF[type(target)], target.id)] = (target, deleted)


def _renamed(target: Any, attribute: str, bucket: str) -> None:
    session = object_session(target)
    if session is not None and inspect(target).attrs[attribute].history.has_changes():
        session.info.setdefault(_RENAMED, {}).setdefault(bucket, set()).add(target.id)


def _on_save(_mapper: Any, _connection: Any, target: Any) -> None:
    _note(target, deleted=False)


def _on_delete(_mapper: Any, _connection: Any, target: Any) -> None:
    _note(target, deleted=True)


for _model in KIND_OF:
    event.listen(_model, "after_insert", _on_save)
    event.listen(_model, "after_update", _on_save)
    event.listen(_model, "after_delete", _on_delete)


@event.listens_for(m.Person, "after_update")
def _person_renamed(_mapper: Any, _connection: Any, target: m.Person) -> None:
    _renamed(target, "full_name", "speaker")


@event.listens_for(m.RecommendationGroup, "after_update")
def _group_renamed(_mapper: Any, _connection: Any, target: m.RecommendationGroup) -> None:
    _renamed(target, "title", "group")


def _assignees_changed(_mapper: Any, _connection: Any, target: m.TaskAssignee) -> None:
    session = object_session(target)
    if session is not None and target.task_id is not None:
        session.info.setdefault(_RENAMED, {}).setdefault("assigned", set()).add(target.task_id)


for _event in ("after_insert", "after_update", "after_delete"):
    event.listen(m.TaskAssignee, _event, _assignees_changed)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    pending: dict[tuple[str, int], tuple[Any, bool]] = session.info.pop(_PENDING, {})
    renamed: dict[str, set[int]] = session.info.pop(_RENAMED, {})
    if pending or renamed:
        apply(session.connection(), pending, renamed)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_RENAMED, None)


# --- writing entries --------------------------------------------------------------------------------


def apply(
    connection: Connection,
    pending: dict[tuple[str, int], tuple[Any, bool]],
    renamed: dict[str, set[int]] | None = None,
) -> None:
    """Bring the entries of ``pending`` records (and of records showing a renamed name) up to date."""
    gone: dict[str, set[int]] = {}
    saved: list[Any] = []
    for (kind, ident), (obj, deleted) in pending.items():
        if deleted:
            gone.setdefault(kind, set()).add(ident)
        else:
            saved.append(obj)
    for kind, ids in gone.items():
        connection.execute(delete(TABLE).where(TABLE.c.kind == kind, TABLE.c.entity_id.in_(ids)))
    if gone.get(e.Kind.MEETING):
        connection.execute(delete(TABLE).where(TABLE.c.meeting_id.in_(gone[e.Kind.MEETING])))
    if gone.get(e.Kind.TASK):
        connection.execute(delete(TABLE).where(TABLE.c.task_id.in_(gone[e.Kind.TASK])))
    built = list(_build(connection, saved))
    built += _dependents(connection, renamed or {}, exclude=set(pending))
    upsert(connection, built)


def _lookup(connection: Connection, column: Any, key: Any, ids: Iterable[int | None]) -> dict[int, Any]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {k: v for k, v in connection.execute(select(key, column).where(key.in_(wanted)))}


def _build(connection: Connection, objects: list[Any]) -> Iterator[e.Entry]:
    def of(model: type) -> list[Any]:
        return [o for o in objects if type(o) is model]

    speakers = _lookup(
        connection,
        m.Person.full_name,
        m.Person.id,
        (o.speaker_id for o in of(m.Contribution) if not o.speaker_label),
    )
    report_meetings = _lookup(
        connection, m.Report.meeting_id, m.Report.id, (o.report_id for o in of(m.ReportFigure))
    )
    group_titles = _lookup(
        connection,
        m.RecommendationGroup.title,
        m.RecommendationGroup.id,
        (o.group_id for o in of(m.Recommendation)),
    )
    assigned = e.task_people(connection, {o.id for o in of(m.Task)})
    task_meetings = _lookup(
        connection, m.Task.meeting_id, m.Task.id, (o.task_id for o in of(m.ProgressUpdate))
    )
    simple: dict[type, Callable[[Any], e.Entry]] = {
        m.Meeting: e.meeting,
        m.Person: e.person,
        m.Unit: e.unit,
        m.Report: e.report,
        m.Conclusion: e.conclusion,
        m.AgendaItem: e.agenda_item,
    }
    for obj in objects:
        model = type(obj)
        if model in simple:
            yield simple[model](obj)
        elif model is m.Task:
            yield e.task(obj, assigned.get(obj.id, ""))
        elif model is m.ReportFigure:
            yield e.figure(obj, report_meetings.get(obj.report_id))
        elif model is m.Contribution:
            yield e.contribution(obj, speakers.get(obj.speaker_id))
        elif model is m.Recommendation:
            yield e.recommendation(obj, group_titles.get(obj.group_id))
        elif model is m.ProgressUpdate:
            yield e.progress(obj, task_meetings.get(obj.task_id))


def _dependents(
    connection: Connection, renamed: dict[str, set[int]], exclude: set[tuple[str, int]]
) -> list[e.Entry]:
    found: list[e.Entry] = []
    if renamed.get("speaker"):
        c, p = m.Contribution.__table__, m.Person.__table__
        rows = connection.execute(
            select(c, p.c.full_name.label("speaker_name"))
            .join(p, p.c.id == c.c.speaker_id)
            .where(c.c.speaker_id.in_(renamed["speaker"]))
        )
        found += [e.contribution(r, r.speaker_name) for r in rows]
    if renamed.get("group"):
        r_, g = m.Recommendation.__table__, m.RecommendationGroup.__table__
        rows = connection.execute(
            select(r_, g.c.title.label("group_title"))
            .join(g, g.c.id == r_.c.group_id)
            .where(r_.c.group_id.in_(renamed["group"]))
        )
        found += [e.recommendation(r, r.group_title) for r in rows]
    tasks = set(renamed.get("assigned", ()))
    if renamed.get("speaker"):  # a renamed person may be one a task is assigned to
        links = m.TaskAssignee.__table__
        tasks |= set(
            connection.execute(
                select(links.c.task_id).where(links.c.person_id.in_(renamed["speaker"]))
            ).scalars()
        )
    if tasks:
        t = m.Task.__table__
        assigned = e.task_people(connection, tasks)
        rows = connection.execute(select(t).where(t.c.id.in_(tasks)))
        found += [e.task(r, assigned.get(r.id, "")) for r in rows]
    return [x for x in found if (x.kind, x.entity_id) not in exclude]


def upsert(connection: Connection, items: list[e.Entry]) -> None:
    """Insert or replace the entries (one statement per call, keyed on kind + entity_id)."""
    if not items:
        return
    # Only the connection's own dialect, which its engine has loaded already: importing PostgreSQL's on
    # SQLite (it pulls asyncpg, psycopg, pg8000 ... modules) held the interpreter lock on the writer's
    # thread during the first save while typing, and stalled the window 40-120 ms (issue 17 item 4).
    name = "sqlite" if connection.dialect.name == "sqlite" else "postgresql"
    dialect: Any = importlib.import_module(f"sqlalchemy.dialects.{name}")
    stmt = dialect.insert(TABLE)
    columns = ("meeting_id", "task_id", "title", "body", "folded_title", "folded")
    stmt = stmt.on_conflict_do_update(
        index_elements=["kind", "entity_id"], set_={c: stmt.excluded[c] for c in columns}
    )
    connection.execute(stmt, [x.row() for x in items])


# --- rebuilding -------------------------------------------------------------------------------------


@contextmanager
def bulk_load(connection: Connection) -> Iterator[None]:
    """Load many rows fast: suspend the per-row index maintenance, then rebuild the index once.

    SQLite: the FTS5 triggers are dropped and re-created from their own stored SQL, and both FTS5 tables
    rebuild from the content table, then are merged into one segment each. PostgreSQL: GIN indexes are dropped and re-created (a bulk GIN build is
    much faster than row by row). Run inside a transaction: DDL is transactional on both.
    """
    if connection.dialect.name == "sqlite":
        # A write first, so pysqlite has opened the transaction before the DDL below.
        connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('delete-all')")
        connection.exec_driver_sql("INSERT INTO search_titles(search_titles) VALUES('delete-all')")
        triggers = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_entries'"
        ).all()
        for name, _sql in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        yield
        connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('rebuild')")
        connection.exec_driver_sql("INSERT INTO search_titles(search_titles) VALUES('rebuild')")
        # A rebuild leaves a dozen segments on a large office; every search would walk each of them.
        maintenance.optimize(connection)
        for _name, sql in triggers:
            connection.exec_driver_sql(sql)
        return
    # The GIN indexes of this schema's table only: pg_indexes would call pg_get_indexdef() on indexes of other
    # schemas too, which fails ("could not open relation") while another session drops them.
    indexes = connection.execute(
        text(
            "WITH found AS MATERIALIZED ("
            " SELECT i.indexrelid, c.relname AS indexname FROM pg_index i"
            " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam"
            " WHERE n.nspname = current_schema() AND t.relname = 'search_entries' AND am.amname = 'gin')"
            " SELECT indexname, pg_get_indexdef(indexrelid) FROM found"
        )
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)


def rebuild_on(connection: Connection) -> int:
    """Replace every entry with one built from the records now in the database; returns the count."""
    count = 0
    with bulk_load(connection):
        connection.execute(delete(TABLE))
        batch: list[dict[str, Any]] = []
        for item in e.iter_entries(connection):
            batch.append(item.row())
            if len(batch) >= e.PAGE:
                connection.execute(TABLE.insert(), batch)
                count += len(batch)
                batch = []
        if batch:
            connection.execute(TABLE.insert(), batch)
            count += len(batch)
    return count


def rebuild(engine: Engine) -> int:
    """Rebuild the whole index in one transaction (``minutes reindex``)."""
    with engine.begin() as connection:
        return rebuild_on(connection)
