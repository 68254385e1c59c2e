"""The table the runner prints, and the facts about the machine that go above it."""

from __future__ import annotations

import os
import platform
import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Row

COLUMNS = ("what", "median", "p95", "worst", "baseline (same run)", "baseline", "ratio", "target", "result")


def machine() -> dict[str, Any]:
    cpu = ""
    memory = ""
    try:
        cpu = next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            "",
        )
        kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = "not installed"
    import sqlalchemy

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "cpus": cpus,
        "cpu": cpu or platform.processor(),
        "memory": memory,
        "python": platform.python_version(),
        "pyside6": qt,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(),
    }


def number(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def judged(item: Row) -> float | None:
    judge = item.get("judge", "p95")
    return item.get(f"{judge}_ms")


def verdict(item: Row) -> str:
    status = item.get("status")
    if status == "n/a":
        return "n/a"
    if status == "error":
        return "ERROR"
    target, value = item.get("target_ms"), judged(item)
    if target is None or value is None:
        return "info"
    return "pass" if value <= target else "MISS"


def cells(item: Row) -> tuple[str, ...]:
    unit = item.get("unit", "ms")
    if item.get("status") in ("n/a", "error"):
        note = (item.get("note") or "").strip().splitlines() or [""]
        return (item["name"], "", "", "", note[-1][:60], "", "", "", verdict(item))
    on = item.get("judge", "p95")
    base = item.get(f"baseline_{on}_ms")
    mine = judged(item)
    ratio = "—"
    if base and mine is not None:
        value = mine / base
        ratio = f"{value:.1f}×" if value >= 0.95 else f"{value:.2f}×"
    target = item.get("target_ms")
    target_text = item.get("target_text") or (f"≤ {number(target, unit)}" if target is not None else "—")
    if target is not None:
        target_text += f" ({on})"
    return (
        item["name"],
        number(item.get("median_ms"), unit),
        number(item.get("p95_ms"), unit),
        number(item.get("max_ms"), unit),
        item.get("baseline_name") or "—",
        number(base, unit),
        ratio,
        target_text,
        verdict(item),
    )


def render(rows: list[Row], header: dict[str, Any]) -> str:
    lines = [
        f"minutes benchmarks, {header.get('mode', '')} mode, {header.get('date', '')}",
        f"machine: {header.get('cpus')} CPUs ({header.get('cpu')}), {header.get('memory')} RAM; "
        f"Python {header.get('python')}, PySide6 {header.get('pyside6')}, SQLAlchemy "
        f"{header.get('sqlalchemy')}, SQLite {header.get('sqlite')}",
        f"database: {header.get('database', '')}",
        "times in ms unless marked; baselines measured in this run; the baseline figure, the ratio and "
        "the target use the statistic named in the target column (p95, median or worst)",
        "",
    ]
    table = [COLUMNS] + [cells(item) for item in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(COLUMNS))]
    widths[4] = min(widths[4], 44)
    right = {1, 2, 3, 5, 6}

    def fmt(values: tuple[str, ...]) -> str:
        out = []
        for i, value in enumerate(values):
            if i == 4 and len(value) > widths[4] and values[-1] not in ("n/a", "ERROR"):
                value = value[: widths[4] - 1] + "…"
            out.append(value.rjust(widths[i]) if i in right else value.ljust(widths[i]))
        return "  ".join(out).rstrip()

    lines.append(fmt(table[0]))
    lines.append("  ".join("-" * w for w in widths))
    lines += [fmt(r) for r in table[1:]]
    missed = [r["name"] for r in rows if verdict(r) == "MISS"]
    errors = [r["name"] for r in rows if verdict(r) == "ERROR"]
    lines.append("")
    lines.append(
        f"{len(rows)} rows: {sum(verdict(r) == 'pass' for r in rows)} pass, {len(missed)} miss, "
        f"{sum(verdict(r) == 'n/a' for r in rows)} not available yet, {len(errors)} errors; "
        f"{header.get('elapsed_s', '?')} s"
    )
    for name in missed:
        lines.append(f"  MISS: {name}")
    for item in rows:
        if item.get("note") and verdict(item) not in ("ERROR", "n/a"):
            lines.append(f"  note: {item['name']}: {item['note']}")
    for item in rows:
        if verdict(item) in ("ERROR", "n/a"):
            keep = -40 if item.get("crash") else -12  # a crash shows the worker's stacks
            note = "\n    ".join((item.get("note") or "").strip().splitlines()[keep:])
            lines.append(f"  {verdict(item)}: {item['name']}: {note}")
    return "\n".join(lines)


def markdown(rows: list[Row], header: dict[str, Any]) -> str:
    """The same table in Markdown (for docs/performance.md): ``python -m benchmarks.report FILE.json``."""
    lines = [
        f"{header.get('mode', '')} mode, {header.get('date', '')}; {header.get('cpus')} CPUs "
        f"({header.get('cpu')}), {header.get('memory')} RAM; Python {header.get('python')}, PySide6 "
        f"{header.get('pyside6')}, SQLAlchemy {header.get('sqlalchemy')}, SQLite {header.get('sqlite')}; "
        f"database: {header.get('database', '')}; {header.get('elapsed_s', '?')} s",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join(["---", "---:", "---:", "---:", "---", "---:", "---:", "---", "---"]) + "|",
    ]
    for item in rows:
        values = [v.replace("|", "\\|") for v in cells(item)]
        if values[-1] == "MISS":
            values[-1] = "**MISS**"
        lines.append("| " + " | ".join(values) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(description="Print a saved benchmark run (benchmarks/results/*.json).")
    parser.add_argument("file", type=Path)
    parser.add_argument("--markdown", action="store_true", help="as a Markdown table")
    args = parser.parse_args(argv)
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    print((markdown if args.markdown else render)(saved["rows"], saved["header"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
