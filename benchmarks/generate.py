"""Generate a realistic office database of any size, reproducibly (same seed, same database).

    python benchmarks/generate.py OUT.sqlite3 [--scale 1.0] [--seed 1]
    python benchmarks/generate.py --url postgresql://user@host/empty_db [--scale 1.0] [--seed 1]

Scale 1 is the office of issue 7: ten years of meetings of Quận ủy / UBND quận Long Biên and their units
(14 units, 500 people, 5,000 meetings, 50,000 contributions, 100,000 tasks, 300,000 progress updates,
1,000,000 searchable records). The schema is the app's own (``make_engine`` + Alembic ``upgrade``);
rows go in by Core ``executemany`` in large transactions, with every derived column the services would
write (search keys, versions, timestamps, positions). The search index, when the app has one, is
rebuilt by the app's own indexer at the end. Bulk writes bypass the audit trail, as an import would.
Timing on the 2-core benchmark machine: see docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Connection, func, inspect, select  # noqa: E402

from benchmarks.gen_plan import TODAY, Sizes, plan_meetings, sizes_for, task_fate, update_counts  # noqa: E402
from benchmarks.gen_rows import ORDER, Row, RowMaker, people_rows, unit_rows  # noqa: E402
from benchmarks.gen_text import TextMaker  # noqa: E402
from minutes.db import models as m  # noqa: E402
from minutes.db.engine import make_engine  # noqa: E402
from minutes.db.migrate import head_revision, upgrade, vacuum_analyze  # noqa: E402

#: Bump when the generated content changes, so cached benchmark databases are made again.
GENERATOR_VERSION = 3  # 3: the rebuild merges the search index into one segment, as the app keeps it
BATCH_ROWS = 50_000

Report = Callable[[str], None]


@dataclass
class Generated:
    url: str
    scale: float
    seed: int
    sizes: Sizes
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def generate(
    url: str, *, scale: float = 1.0, seed: int = 1, today: date = TODAY, report: Report | None = None
) -> Generated:
    """Fill the (new or empty) database at ``url``; refuses one that already holds meetings or people."""
    say = report or (lambda _msg: None)
    engine = make_engine(url)
    started = time.perf_counter()
    upgrade(engine)
    result = Generated(
        url=engine.url.render_as_string(hide_password=True), scale=scale, seed=seed, sizes=sizes_for(scale)
    )
    result.seconds["schema"] = time.perf_counter() - started
    try:
        with engine.connect() as conn:
            _refuse_non_empty(conn)
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                for pragma in ("synchronous=OFF", "cache_size=-262144", "temp_store=MEMORY"):
                    conn.exec_driver_sql(f"PRAGMA {pragma}")
            _load(conn, result, seed, today, say)
            started = time.perf_counter()
            if _rebuild_search(conn):
                result.seconds["search index"] = time.perf_counter() - started
                result.rows["search_entries"] = conn.execute(
                    select(func.count()).select_from(m.Base.metadata.tables["search_entries"])
                ).scalar_one()
                say(f"search index: {result.rows['search_entries']:,} entries")
            if sqlite:
                conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            else:
                _reset_sequences(conn)
                conn.exec_driver_sql("ANALYZE")  # what autovacuum would soon do: planner statistics
            conn.commit()
        # The visibility map too (index-only scans), as autovacuum would do on a server that runs it; the
        # team's server runs without it. The app does the same after migrating a database holding data.
        vacuum_analyze(engine)
    finally:
        engine.dispose()
    return result


def _refuse_non_empty(conn: Connection) -> None:
    for name in ("meetings", "people", "units"):
        if conn.execute(select(func.count()).select_from(m.Base.metadata.tables[name])).scalar_one():
            raise SystemExit(
                f"generate: the database already holds {name}; give a new file or an empty database"
            )


def _load(conn: Connection, result: Generated, seed: int, today: date, say: Report) -> None:
    started = time.perf_counter()
    rng = random.Random(seed)
    sizes = result.sizes
    plans = plan_meetings(rng, sizes, today)
    fates = [task_fate(rng, plan.day, today) for plan in plans for _ in range(plan.tasks)]
    updates = update_counts(rng, fates, sizes.updates)
    units = unit_rows(sizes.units)
    people = people_rows(TextMaker(rng), sizes.people, units)
    result.seconds["plan"] = time.perf_counter() - started

    started = time.perf_counter()
    tables = m.Base.metadata.tables
    counts: dict[str, int] = defaultdict(int)
    for name, rows in (("units", units), ("people", people)):
        conn.execute(tables[name].insert(), rows)
        counts[name] += len(rows)
    maker = RowMaker(rng, units, people, today)
    pending: dict[str, list[Row]] = defaultdict(list)
    size = 0
    offset = 0
    for number, plan in enumerate(plans, 1):
        made = maker.meeting(plan, fates[offset : offset + plan.tasks], updates[offset : offset + plan.tasks])
        offset += plan.tasks
        for name, items in made.items():
            pending[name].extend(items)
            size += len(items)
        if size >= BATCH_ROWS or number == len(plans):
            for name in ORDER:
                if pending.get(name):
                    conn.execute(tables[name].insert(), pending[name])
                    counts[name] += len(pending[name])
            conn.commit()
            pending.clear()
            size = 0
            say(
                f"{number:,}/{len(plans):,} meetings, {sum(counts.values()):,} rows, "
                f"{time.perf_counter() - started:.0f} s"
            )
    result.rows.update(counts)
    result.seconds["rows"] = time.perf_counter() - started


def _rebuild_search(conn: Connection) -> bool:
    """Fill the app's search index with its own rebuild (if this version of the app has one)."""
    if not inspect(conn).has_table("search_entries"):
        return False
    try:
        from minutes.search.indexer import rebuild_on
    except ImportError:
        return False
    rebuild_on(conn)
    conn.commit()
    return True


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: ids were written explicitly; move each id sequence past them."""
    for table in m.Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and inspect(conn).has_table(table.name):
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
            )


# --- the cached database of the benchmark runner ----------------------------------------------------


def cache_name(scale: float, seed: int) -> str:
    return f"minutes-g{GENERATOR_VERSION}-r{head_revision()}-s{scale:g}-seed{seed}.sqlite3"


def cached_database(
    directory: Path, scale: float, seed: int, report: Report | None = None
) -> tuple[Path, bool]:
    """The generated database for (scale, seed) in ``directory``, made once; (path, whether it was made now).

    Written under a temporary name and renamed when complete, so an interrupted run is never reused. The
    name carries the generator version and the schema revision: a change of either makes a new one (and
    removes the stale file of the same scale and seed).
    """
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / cache_name(scale, seed)
    if path.exists():
        return path, False
    for stale in directory.glob(f"minutes-g*-s{scale:g}-seed{seed}.sqlite3*"):
        stale.unlink()
    partial = path.with_name(path.name + ".partial")
    for leftover in directory.glob(partial.name + "*"):
        leftover.unlink()
    generate(str(partial), scale=scale, seed=seed, report=report)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    os.replace(partial, path)
    return path, True


def _summary(result: Generated) -> str:
    lines = [f"{name:>24}  {count:>10,}" for name, count in sorted(result.rows.items())]
    lines.append(f"{'rows in all':>24}  {result.total_rows:>10,}")
    lines.append(f"{'searchable records':>24}  {result.sizes.searchable:>10,}")
    lines.append(
        "time: "
        + ", ".join(f"{k} {v:.1f} s" for k, v in result.seconds.items())
        + f"; total {result.total_seconds:.1f} s"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", help="SQLite file to create (must not exist)")
    parser.add_argument("--url", help="an empty database to fill instead (e.g. postgresql://...)")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 5,000 meetings, 100,000 tasks")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if bool(args.out) == bool(args.url):
        parser.error("give either OUT or --url")
    if args.out and Path(args.out).exists():
        parser.error(f"{args.out} exists; the generator only fills a new database")
    url = args.url or str(Path(args.out).resolve())
    say: Report = (lambda _msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    result = generate(url, scale=args.scale, seed=args.seed, report=say)
    print(_summary(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
