"""Migration 0017 (the tasks each unit coordinates without leading, tallied by triggers on PostgreSQL)
converts a database made at 0016: the tally is filled from the links there are, and each unit's counts
on the board are those of a plain count of the tasks, on SQLite (where nothing changes) and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from benchmarks.synthetic import generate
from sqlalchemy import select, text
from testkit.migrations import copy_rows, engine_at

from minutes.db import models as m
from minutes.db.migrate import HEAD_REVISION, current_revision
from minutes.domain.status import TaskStatus, task_status
from minutes.services import Actor, Database, Services
from minutes.services.board import TaskFilter

TODAY = date(2021, 3, 1)


def plain_counts(sv: Services, unit: int) -> dict[TaskStatus, int]:
    """The tasks ``unit`` leads or coordinates, read back and classified by the domain rule."""
    counts: Counter[TaskStatus] = Counter()
    with sv.db.sessions() as s:
        linked = set(
            s.scalars(select(m.task_coordinators.c.task_id).where(m.task_coordinators.c.unit_id == unit))
        )
        for t in s.scalars(select(m.Task)):
            if t.lead_unit_id == unit or t.id in linked:
                counts[task_status(deadline=t.deadline, completed_on=t.completed_on,
                                   cancelled=t.cancelled_on is not None, progress=t.progress, today=TODAY)] += 1  # fmt: skip
    return {status: counts.get(status, 0) for status in TaskStatus}


def tally(sv: Services, from_scratch: bool) -> dict[tuple[int, int, date], int]:
    """task_coordinated_tally as kept, or computed again from the links and the tasks."""
    query = (
        "SELECT tc.unit_id, task_tally_phase(t.cancelled_on, t.completed_on, t.deadline, t.progress), "
        "task_tally_day(t.cancelled_on, t.completed_on, t.deadline), count(*) "
        "FROM task_coordinators tc JOIN tasks t ON t.id = tc.task_id "
        "WHERE t.lead_unit_id IS DISTINCT FROM tc.unit_id GROUP BY 1, 2, 3"
        if from_scratch
        else "SELECT unit_id, phase, day, n FROM task_coordinated_tally"
    )
    with sv.db.engine.connect() as c:
        return {(int(u), int(p), d): int(n) for u, p, d, n in c.execute(text(query))}


def test_0017_tallies_the_coordinated_tasks_there_are(tmp_path: Path, backend_url: str) -> None:
    source = Database(str(tmp_path / "head.sqlite3"), clock=lambda: TODAY)
    generate(source.engine, 200, seed=7, today=TODAY, units=5, people=8)
    old = engine_at(backend_url, "0016")
    copy_rows(source.engine, old)
    old.dispose()
    source.close()

    migrated = Database(backend_url, clock=lambda: TODAY)
    try:
        assert current_revision(migrated.engine) == HEAD_REVISION
        sv = Services(migrated, Actor("Thư ký"))
        with migrated.sessions() as s:
            units = list(s.scalars(select(m.Unit.id)))
            assert s.scalar(select(m.task_coordinators.c.task_id).limit(1)) is not None
        for unit in units:
            assert sv.board.counts_by_status(TaskFilter(unit_ids=(unit,))) == plain_counts(sv, unit)
        if migrated.engine.dialect.name == "postgresql":
            kept = tally(sv, from_scratch=False)
            assert kept and kept == tally(sv, from_scratch=True)
    finally:
        migrated.close()
