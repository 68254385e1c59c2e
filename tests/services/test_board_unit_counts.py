"""A unit's counts on the board (the tasks it leads or coordinates, each once) stay exactly what a plain
count of the tasks says while tasks change state, units are added to and removed from tasks as
coordinators, become their lead unit, and tasks are cancelled and deleted (through the services, plain SQL
and database cascades), on SQLite and PostgreSQL. On PostgreSQL they are sums of ``task_tally`` and
``task_coordinated_tally`` (migration 0017), kept by triggers: the table itself is checked too."""

from __future__ import annotations

from collections import Counter
from datetime import date

from benchmarks.synthetic import generate
from sqlalchemy import select, text

from minutes.db import models as m
from minutes.domain.status import TaskStatus, task_status
from minutes.services import Services
from minutes.services.board import TaskFilter

TODAY = date(2021, 3, 1)


def plain_counts(sv: Services, units: tuple[int, ...], lead_only: bool = False) -> dict[TaskStatus, int]:
    """Every task read back and classified by the domain rule, kept when one of ``units`` leads it (or,
    unless ``lead_only``, coordinates it)."""
    counts: Counter[TaskStatus] = Counter()
    with sv.db.sessions() as s:
        links: dict[int, set[int]] = {}
        for task_id, unit_id in s.execute(
            select(m.task_coordinators.c.task_id, m.task_coordinators.c.unit_id)
        ):
            links.setdefault(task_id, set()).add(unit_id)
        for t in s.scalars(select(m.Task)):
            taking_part = t.lead_unit_id in units or (not lead_only and links.get(t.id, set()) & set(units))
            if taking_part:
                status = task_status(deadline=t.deadline, completed_on=t.completed_on,
                                     cancelled=t.cancelled_on is not None, progress=t.progress, today=TODAY)  # fmt: skip
                counts[status] += 1
    return {status: counts.get(status, 0) for status in TaskStatus}


def coordinated_tally_from_scratch(sv: Services) -> dict[tuple[int, int, date], int]:
    with sv.db.engine.connect() as c:
        rows = c.execute(
            text(
                "SELECT tc.unit_id, task_tally_phase(t.cancelled_on, t.completed_on, t.deadline, t.progress), "
                "task_tally_day(t.cancelled_on, t.completed_on, t.deadline), count(*) "
                "FROM task_coordinators tc JOIN tasks t ON t.id = tc.task_id "
                "WHERE t.lead_unit_id IS DISTINCT FROM tc.unit_id GROUP BY 1, 2, 3"
            )
        )
        return {(int(u), int(p), d): int(n) for u, p, d, n in rows}


def coordinated_tally_kept(sv: Services) -> dict[tuple[int, int, date], int]:
    with sv.db.engine.connect() as c:
        rows = c.execute(text("SELECT unit_id, phase, day, n FROM task_coordinated_tally"))
        return {(int(u), int(p), d): int(n) for u, p, d, n in rows}


def check(sv: Services, fresh: Services) -> None:
    with fresh.db.sessions() as s:
        units = list(s.scalars(select(m.Unit.id).order_by(m.Unit.id)))
    for unit in units:
        assert fresh.board.counts_by_status(TaskFilter(unit_ids=(unit,))) == plain_counts(fresh, (unit,)), (
            unit
        )
        assert fresh.board.counts_by_status(TaskFilter(unit_ids=(unit,), lead_only=True)) == plain_counts(
            fresh, (unit,), lead_only=True
        )
    pair = tuple(units[:2])
    assert fresh.board.counts_by_status(TaskFilter(unit_ids=pair)) == plain_counts(fresh, pair)
    if fresh.db.engine.dialect.name == "postgresql":
        assert coordinated_tally_kept(fresh) == coordinated_tally_from_scratch(fresh)


def test_a_units_counts_follow_every_change(any_services: Services, any_fresh: Services) -> None:
    sv = any_services
    generate(sv.db.engine, 300, seed=5, today=TODAY, units=6, people=10)
    check(sv, any_fresh)
    with sv.db.sessions() as s:
        units = list(s.scalars(select(m.Unit.id).order_by(m.Unit.id)))
        coordinated = [
            (int(t), int(u))
            for t, u in s.execute(
                select(m.task_coordinators.c.task_id, m.task_coordinators.c.unit_id).order_by(
                    m.task_coordinators.c.task_id, m.task_coordinators.c.unit_id
                )
            )
        ]
    assert len({t for t, _ in coordinated}) > 20  # the office has coordinated tasks to change
    open_ids = [
        r.id
        for r in sv.board.iter_rows(
            TaskFilter(
                statuses=frozenset({TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.OVERDUE})
            )
        )
    ]
    linked = {t for t, _ in coordinated}
    open_linked = [t for t in open_ids if t in linked]
    # through the services: states of coordinated tasks change, links are added and removed, a
    # coordinating unit becomes the lead unit (and back), tasks are cancelled and deleted
    sv.tasks.complete(open_linked[0], date(2021, 2, 27))
    sv.tasks.cancel(open_linked[1], "không còn phù hợp", on=date(2021, 2, 1))
    sv.tasks.change_deadline(open_linked[2], date(2020, 1, 1), "lùi hạn")
    sv.tasks.add_progress(open_linked[3], date(2021, 2, 20), 30)
    first_unit = next(u for t, u in coordinated if t == open_linked[4])
    sv.tasks.update(open_linked[4], lead_unit_id=first_unit)
    sv.tasks.update(open_linked[5], lead_unit_id=None)
    sv.tasks.update(open_linked[6], coordinating_unit_ids=units[:3])
    sv.tasks.update(open_linked[7], coordinating_unit_ids=[])
    sv.tasks.delete(open_linked[8])
    sv.tasks.reopen(
        next(
            t.id
            for t in sv.board.iter_rows(TaskFilter(statuses=frozenset({TaskStatus.DONE_LATE})))
            if t.id in linked
        )
    )
    check(sv, any_fresh)
    sv.tasks.update(open_linked[4], lead_unit_id=units[-1])  # the former lead is a coordinator only now
    check(sv, any_fresh)
    # another program: plain SQL on the links and the tasks, a meeting deleted with its tasks and their
    # links (ON DELETE CASCADE), a unit deleted with its links
    spare = sv.directory.create_unit("Phòng Tư pháp")
    with sv.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE tasks SET completed_on = NULL, progress = 0 WHERE id = :a"), {"a": open_linked[9]}
        )
        conn.execute(text("UPDATE tasks SET deadline = NULL WHERE id = :a"), {"a": open_linked[10]})
        conn.execute(
            text("INSERT INTO task_coordinators (task_id, unit_id) VALUES (:t1, :u), (:t2, :u), (:t3, :u)"),
            {"t1": open_linked[11], "t2": open_linked[12], "t3": open_ids[0], "u": spare},
        )
        conn.execute(text("DELETE FROM task_coordinators WHERE task_id = :t"), {"t": open_linked[13]})
        moved = next((t, u) for t, u in coordinated if t == open_linked[14])
        other = next(u for u in units if u != moved[1])
        conn.execute(
            text(
                "UPDATE task_coordinators SET unit_id = :new WHERE task_id = :t AND unit_id = :old "
                "AND NOT EXISTS (SELECT 1 FROM task_coordinators WHERE task_id = :t AND unit_id = :new)"
            ),
            {"new": other, "t": moved[0], "old": moved[1]},
        )
        meeting = conn.execute(
            text("SELECT meeting_id FROM tasks WHERE id = :a"), {"a": open_linked[15]}
        ).scalar()
        conn.execute(text("DELETE FROM meetings WHERE id = :m"), {"m": meeting})
    check(sv, any_fresh)
    with sv.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM units WHERE id = :u"), {"u": spare})
        conn.execute(
            text("DELETE FROM tasks WHERE id IN (:a, :b)"), {"a": open_linked[16], "b": open_linked[17]}
        )
    check(sv, any_fresh)
