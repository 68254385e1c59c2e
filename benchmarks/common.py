"""What the benchmark modules share: result rows, statistics, child processes, the test database's facts.

A benchmark module exposes ``run(db_url: str, quick: bool) -> list[dict]``; each dict is one row of the
table: ``name``, ``median_ms``, ``p95_ms``, ``baseline_name``, ``baseline_median_ms``, ``baseline_p95_ms``,
``target_ms``, and optionally ``max_ms``, ``unit`` (default "ms"), ``judge`` (which figure the target
applies to: "p95" by default, or "median" or "max"), ``target_text`` (how to print the target), ``note``
and ``status`` ("n/a" for a benchmark whose subject does not exist yet).
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from minutes.db.engine import resolve_url

ROOT = Path(__file__).resolve().parent.parent
Row = dict[str, Any]


def p95(samples: list[float]) -> float:
    """The 95th percentile (nearest rank; the largest sample below 20 samples)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(
    name: str,
    samples: list[float],
    *,
    baseline_name: str = "",
    baseline: list[float] | None = None,
    target: float | None = None,
    **extra: Any,
) -> Row:
    """A result row from raw samples (milliseconds unless ``unit`` says otherwise)."""
    result: Row = {
        "name": name,
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": round(p95(samples), 2),
        "max_ms": round(max(samples), 2),
        "samples": len(samples),
        "baseline_name": baseline_name,
        "baseline_median_ms": round(statistics.median(baseline), 2) if baseline else None,
        "baseline_p95_ms": round(p95(baseline), 2) if baseline else None,
        "baseline_max_ms": round(max(baseline), 2) if baseline else None,
        "target_ms": target,
    }
    result.update(extra)
    return result


def unavailable(name: str, why: str) -> Row:
    return {
        "name": name,
        "status": "n/a",
        "note": why,
        "median_ms": None,
        "p95_ms": None,
        "baseline_name": "",
        "baseline_median_ms": None,
        "baseline_p95_ms": None,
        "target_ms": None,
    }


def timed(call: Callable[[], Any], repeat: int, *, warm: int = 1) -> list[float]:
    """Milliseconds of ``repeat`` calls, after ``warm`` unmeasured ones."""
    for _ in range(warm):
        call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a process the benchmarks start: headless Qt, settings kept in ``home``.

    The user's own settings (last meeting, window layout) are neither read nor changed. Byte-code is
    cached (in a folder of its own, not the source tree) as it is for an installed app, even where the
    shell says ``PYTHONDONTWRITEBYTECODE``: otherwise every start would compile the app from source.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        {
            "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "minutes-bench-pycache"),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "MINUTES_NO_CRASH_DIALOG": "1",
            "PYTHONFAULTHANDLER": "1",  # a crash in Qt code leaves the Python stacks in the error row
            "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        }
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "runtime", 0o700)
    env.update(extra)
    return env


def scratch_home(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"minutes-bench-{prefix}-"))


# --- facts about the generated database -------------------------------------------------------------


def query_one(db_url: str, sql: str) -> Any:
    engine = create_engine(resolve_url(db_url))
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def editable_busiest_meeting(db_url: str) -> int:
    """The busiest meeting, as a draft to type into: the generator marks most older meetings finalised
    (without recorded versions, so nothing is lost by reopening it), and finalised minutes are locked."""
    meeting_id = busiest_meeting(db_url)
    engine = create_engine(resolve_url(db_url))
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE meetings SET status = 'draft' WHERE id = :m AND status = 'finalised' "
                    "AND NOT EXISTS (SELECT 1 FROM meeting_versions v WHERE v.meeting_id = :m)"
                ),
                {"m": meeting_id},
            )
    finally:
        engine.dispose()
    return meeting_id


def busiest_meeting(db_url: str) -> int:
    """The meeting with the most contributions (200 in a generated database: the year-end conference)."""
    found = query_one(
        db_url,
        "SELECT meeting_id FROM contributions GROUP BY meeting_id "
        "ORDER BY count(*) DESC, meeting_id DESC LIMIT 1",
    )
    if found is None:
        raise RuntimeError("the database holds no contributions: generate one with benchmarks/generate.py")
    return int(found)
