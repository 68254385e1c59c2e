"""bench_growth on PostgreSQL: the office grown in place (its tasks inserted again under new ids) is a
real office to the board: every count it answers from the tallies equals a plain recount of the tasks."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.bench_growth import grow_postgres  # noqa: E402
from benchmarks.gen_plan import TODAY  # noqa: E402
from benchmarks.generate import generate  # noqa: E402

from minutes.db import models as m  # noqa: E402
from minutes.domain.status import TaskStatus, task_status  # noqa: E402
from minutes.services import Actor, Database, Services  # noqa: E402
from minutes.services.board import TaskFilter  # noqa: E402

pytestmark = pytest.mark.benchmarks


def recount(services: Services, unit: int | None = None) -> dict[TaskStatus, int]:
    """The states of every task (or of those ``unit`` leads or coordinates), computed in Python."""
    with services.db.sessions() as s:
        coordinated = {
            task for task, u in s.execute(select(m.task_coordinators.c.task_id, m.task_coordinators.c.unit_id))
            if u == unit
        }  # fmt: skip
        t = m.Task
        rows = s.execute(select(t.id, t.lead_unit_id, t.deadline, t.completed_on, t.cancelled_on, t.progress))
        counts = Counter(
            task_status(deadline=d, completed_on=c, cancelled=x is not None, progress=p, today=TODAY)
            for i, lead, d, c, x, p in rows
            if unit is None or lead == unit or i in coordinated
        )
    return {status: counts.get(status, 0) for status in TaskStatus}


def test_the_grown_office_counts_as_a_plain_recount(pg_url: str) -> None:
    generate(pg_url, scale=0.01, seed=7)
    services = Services(Database(pg_url, clock=lambda: TODAY), Actor("Kiểm tra"))
    try:
        with services.db.sessions() as s:
            top = int(s.scalar(select(func.max(m.Task.id))) or 0)
            tasks = int(s.scalar(select(func.count()).select_from(m.Task)) or 0)
            links = int(s.scalar(select(func.count()).select_from(m.task_coordinators)) or 0)
            unit = s.scalar(
                select(m.Task.lead_unit_id).group_by(m.Task.lead_unit_id).order_by(func.count().desc())
            )
        once = recount(services)
        assert grow_postgres(pg_url, top, range(1, 3)) == 3 * tasks
        with services.db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(m.task_coordinators)) == 3 * links
            assert s.scalar(select(func.max(m.Task.id))) == 3 * top
        thrice = recount(services)
        assert thrice == {status: 3 * n for status, n in once.items()}
        board = services.board
        assert board.counts_by_status(TaskFilter()) == thrice  # from the tallies
        assert unit is not None
        assert board.counts_by_status(TaskFilter(unit_ids=(unit,))) == recount(services, unit)
        rows = list(board.iter_rows(TaskFilter(unit_ids=(unit,))))
        assert len(rows) == sum(recount(services, unit).values())
        assert len({r.id for r in rows}) == len(rows)
    finally:
        services.db.close()
