"""How the board's questions grow with the office: the same questions at 1×, 2× and 5× its tasks.

Issue 17 asks that the text filter and the overview cost what the answer costs, not what the office
holds: ≤ 50 ms p95 at 1× and at most 1.5× from 1× to 5×. The office of the run (SQLite) is copied into
private files with its units, people and meetings and its tasks (with their coordinating units and
assignees) repeated 1, 2 and 5 times under new ids, through the app's schema (its triggers keep the
tally and the word index as for any insert). The three offices are measured in turn, sample by
sample (:func:`alternated`), so the machine's load weighs on each alike. Repeating keeps the office's
proportions (words, states, units, deadlines) while the number of tasks grows, so a question whose
cost follows the number of tasks shows it at once. Each question is asked as the board asks it
(``BoardService``).

A common word (the first words of the first task: "xay dung", in 17.6 % of the tasks) is what grew:
its first page now walks the sort's order and its counts per state are taken over its newest
``board.COUNT_CAP`` matches (shown "2.000+" on the chips), so both rows ask what the board asks.

PostgreSQL (``--url postgresql+psycopg://…``): the given database is copied once on its server
(``CREATE DATABASE … TEMPLATE``, nobody else may be connected to it meanwhile); the copy is the 1×
office as it is (its events, search index and all), then its tasks with their coordinating units and
assignees are inserted once more under new ids (2×), then three times more (5×), each time through the
schema's triggers (the tallies, the first coordinator) and followed by ``VACUUM (ANALYZE)`` as after any
bulk load (``db.migrate.vacuum_analyze``; the team's server runs without autovacuum). The copy is
dropped at the end. About 15 minutes on the ten-year office with the machine shared (load 5-8): each
copy of the 100,000 tasks' coordinating units goes through two row triggers; the questions take a minute.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import make_url, text

from benchmarks.common import Row, row, timed, unavailable
from minutes.db.engine import make_engine, sqlite_path
from minutes.db.migrate import upgrade, vacuum_analyze
from minutes.domain.enums import Priority
from minutes.services import Actor, Database, Services
from minutes.services.board import TaskFilter

FACTORS = (1, 2, 5)
TARGET_MS = 50.0
GROWTH_TARGET = 1.5
_COPIED = ("units", "people", "meetings")


def replicate(source: Path, target: Path, factor: int) -> int:
    """``target``: the app's schema with ``source``'s units, people, meetings, and its tasks ``factor``
    times (new ids); returns the number of tasks."""
    engine = make_engine(str(target))
    upgrade(engine)
    engine.dispose()
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        with conn:
            for table in _COPIED:
                columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
                conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM src.{table}")
            top = int(conn.execute("SELECT coalesce(max(id), 0) FROM src.tasks").fetchone()[0])
            names = [r[1] for r in conn.execute("PRAGMA main.table_info(tasks)")]
            for k in range(factor):
                shift = {"id": f"id + {k * top}", "position": f"position + {k * 1_000_000}"}
                picked = ", ".join(shift.get(n, n) for n in names)
                conn.execute(f"INSERT INTO main.tasks ({', '.join(names)}) SELECT {picked} FROM src.tasks")
                conn.execute(
                    "INSERT INTO main.task_coordinators (task_id, unit_id) "
                    f"SELECT task_id + {k * top}, unit_id FROM src.task_coordinators"
                )
                conn.execute(
                    "INSERT INTO main.task_assignees (task_id, person_id, position) "
                    f"SELECT task_id + {k * top}, person_id, position FROM src.task_assignees"
                )
        conn.execute("ANALYZE")
        return int(conn.execute("SELECT count(*) FROM tasks").fetchone()[0])
    finally:
        conn.close()


def questions(sv: Services) -> list[tuple[str, Callable[[], Any]]]:
    board = sv.board
    with sv.db.sessions() as s:
        from sqlalchemy import func, select

        from minutes.db import models as m

        first = s.scalar(select(m.Task.search_key).order_by(m.Task.id).limit(1)) or "bao cao"
        unit = s.scalar(
            select(m.Task.lead_unit_id)
            .where(m.Task.lead_unit_id.is_not(None))
            .group_by(m.Task.lead_unit_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    common = " ".join(first.split()[:2])
    text = TaskFilter(text=common)
    units = (unit,) if unit else ()
    everything = TaskFilter()
    _, after = board.page(text)  # where the second page starts (scrolling down)
    return [
        ("open the board: first page + counts per state", lambda: (board.page(everything), board.counts_by_status(everything))),
        (f"text filter '{common}': first page", lambda: board.page(text)),
        (f"text filter '{common}': the next page", lambda: board.page(text, after)),
        (f"text filter '{common}': counts per state", lambda: board.counts_by_status(text)),
        # a unit walks the sort's order when many tasks have it (SQLite), as a priority always did;
        # with overdue and a word, overdue's deadline range is read in order (as bench_board asks them)
        ("unit (lead or coordinating): first page", lambda: board.page(TaskFilter(unit_ids=units))),
        ("priority high: first page", lambda: board.page(TaskFilter(priorities=frozenset({Priority.HIGH})))),
        ("unit + overdue + text: first page",
         lambda: board.page(TaskFilter(unit_ids=units, overdue_only=True, text=common.split()[0]))),
        ("text filter matching nothing: first page", lambda: board.page(TaskFilter(text="khong co nhiem vu nao"))),
        ("overview: states per unit", lambda: board.counts_by_unit_and_status(everything)),
        ("overview: completed per month", lambda: board.completion_over_time(everything)),
    ]  # fmt: skip


def alternated(
    asked: dict[int, list[tuple[str, Callable[[], Any]]]], repeat: int
) -> dict[tuple[str, int], list[float]]:
    """Each question's samples at every size, one size after the other in turn (1×, 2×, 5×, 5×, 2×, 1×,
    …), after one unmeasured ask at each size: a change of the machine's load during the run weighs on
    every size alike (measured one size after the other, a busier minute at 1× read as a shrinking
    cost, a busier one at 5× as growth: 0.45× to 1.7× in runs of the same code)."""
    factors = list(asked)
    samples: dict[tuple[str, int], list[float]] = {}
    for number, (name, _) in enumerate(asked[factors[0]]):
        calls = {factor: asked[factor][number][1] for factor in factors}
        for call in calls.values():
            call()
        for turn in range(repeat):
            for factor in factors if turn % 2 == 0 else reversed(factors):
                samples.setdefault((name, factor), []).extend(timed(calls[factor], 1, warm=0))
    return samples


def measure(url: str, factor: int, repeat: int, samples: dict[tuple[str, int], list[float]]) -> None:
    """Every question asked ``repeat`` times on the office at ``url`` (``factor`` × the tasks)."""
    db = Database(url)
    try:
        for name, ask in questions(Services(db, Actor("benchmark"))):
            samples[(name, factor)] = timed(ask, repeat)
    finally:
        db.close()


def grow_postgres(url: str, top: int, copies: range) -> int:
    """Insert the tasks with ids up to ``top`` (the office's own) once more for each ``k`` in ``copies``
    (ids shifted by ``k * top``), with their coordinating units and assignees, through the triggers;
    then vacuum and analyse as after any bulk load; returns the number of tasks now."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            names = list(
                conn.execute(
                    text(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                        "current_schema() AND table_name = 'tasks' AND is_generated = 'NEVER' "
                        "ORDER BY ordinal_position"
                    )
                ).scalars()
            )
            for k in copies:
                shift = {"id": f"id + {k * top}", "position": f"position + {k * 1_000_000}"}
                picked = ", ".join(shift.get(n, n) for n in names)
                conn.execute(
                    text(
                        f"INSERT INTO tasks ({', '.join(names)}) SELECT {picked} FROM tasks WHERE id <= {top}"
                    )
                )
                conn.execute(
                    text(
                        "INSERT INTO task_coordinators (task_id, unit_id) "
                        f"SELECT task_id + {k * top}, unit_id FROM task_coordinators WHERE task_id <= {top}"
                    )
                )
                conn.execute(
                    text(
                        "INSERT INTO task_assignees (task_id, person_id, position) SELECT task_id + "
                        f"{k * top}, person_id, position FROM task_assignees WHERE task_id <= {top}"
                    )
                )
        if copies:
            vacuum_analyze(engine)
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM tasks")).scalar() or 0)
    finally:
        engine.dispose()


def run_postgres(db_url: str, repeat: int, samples: dict[tuple[str, int], list[float]]) -> dict[int, int]:
    """The 1×, 2× and 5× offices as one copy of ``db_url`` on its server, grown in place (see the
    module's text); the number of tasks at each factor."""
    source = make_url(db_url)
    copy = f"{source.database}_growth_{os.getpid()}"[-63:]
    admin = make_engine(source.set(database="postgres").render_as_string(hide_password=False),
                        isolation_level="AUTOCOMMIT")  # fmt: skip
    sizes: dict[int, int] = {}
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{source.database}" STRATEGY FILE_COPY'))
        url = source.set(database=copy).render_as_string(hide_password=False)
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                top = int(conn.execute(text("SELECT coalesce(max(id), 0) FROM tasks")).scalar() or 0)
        finally:
            engine.dispose()
        factor = 1
        for wanted in FACTORS:
            sizes[wanted] = grow_postgres(url, top, range(factor, wanted))
            factor = wanted
            measure(url, wanted, repeat, samples)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)'))
        admin.dispose()
    return sizes


def run(db_url: str, quick: bool = False) -> list[Row]:
    source = sqlite_path(db_url)
    repeat = 2 if quick else 20
    samples: dict[tuple[str, int], list[float]] = {}
    sizes: dict[int, int] = {}
    if source is None:
        if make_url(db_url).get_backend_name() != "postgresql":
            return [
                unavailable("board questions at 1×, 2×, 5× the office", "measured on SQLite and PostgreSQL")
            ]
        sizes = run_postgres(db_url, repeat, samples)  # grown in place: one size after the other
    else:
        with tempfile.TemporaryDirectory(prefix="minutes-bench-growth-", dir=Path(source).parent) as work:
            databases: dict[int, Database] = {}
            try:
                for factor in FACTORS:
                    path = Path(work) / f"x{factor}.sqlite3"
                    sizes[factor] = replicate(Path(source), path, factor)
                    databases[factor] = Database(str(path))
                asked = {
                    factor: questions(Services(db, Actor("benchmark"))) for factor, db in databases.items()
                }
                samples = alternated(asked, repeat)
            finally:
                for db in databases.values():
                    db.close()
    rows: list[Row] = []
    names = list(dict.fromkeys(name for name, _ in samples))
    for name in names:
        one = samples[(name, 1)]
        for factor in FACTORS:
            size = f"{sizes[factor]:,}".replace(",", ".")
            extra: dict[str, Any] = {}
            if factor != 1:
                extra = {
                    "baseline_name": f"the same at 1× ({sizes[1]:,} tasks)".replace(",", "."),
                    "baseline": one,
                }
            rows.append(row(f"{name} [{factor}×, {size} tasks]", samples[(name, factor)], target=TARGET_MS,
                            **extra))  # fmt: skip
        five = row("", samples[(name, FACTORS[-1])])["p95_ms"]
        base = row("", one)["p95_ms"]
        growth = five / base if base else 0.0
        rows.append(
            {
                "name": f"{name}: growth from 1× to 5× (p95)",
                "median_ms": round(growth, 2),
                "p95_ms": round(growth, 2),
                "max_ms": round(growth, 2),
                "unit": "×",
                "target_ms": GROWTH_TARGET,
                "target_text": f"≤ {GROWTH_TARGET}×",
                "baseline_name": "",
                "baseline_median_ms": None,
                "baseline_p95_ms": None,
            }
        )
    return rows
