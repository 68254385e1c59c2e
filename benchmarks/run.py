"""Run every benchmark and print one table: median, p95, the baseline measured in the same run, the
ratio, the target, and whether it is met.

    python benchmarks/run.py            full mode: the office database (generated once into
                                        benchmarks/data/, reused while seed, scale, generator and schema
                                        are the same), each run on a fresh working copy of it
    python benchmarks/run.py --quick    a small database made for the run, few repetitions: checks that
                                        every benchmark works (CI), not the figures

Each benchmark module runs in its own process (``run.py --worker MODULE``), headless, with settings
in a scratch folder; a module that is not there yet gives a "not available yet" row, a crash an
ERROR row and a non-zero exit. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, Row, child_env, scratch_home, unavailable  # noqa: E402
from benchmarks.report import machine, render  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results"
QUICK_SCALE = 0.01
ROWS_MARK = "BENCH_ROWS "

#: (module under benchmarks/, what it measures, who provides it)
BENCHMARKS: tuple[tuple[str, str], ...] = (
    ("bench_startup", "cold start"),
    ("bench_editor", "meeting editor: open, typing, autosave"),
    ("bench_board", "task board"),
    ("bench_growth", "board questions at 1×, 2× and 5× the office"),
    ("bench_search", "search"),
    ("bench_export", "export of the example minutes and a 1,000-task plan"),
    ("bench_memory", "peak memory with the board showing every task"),
    ("bench_import", "import of a folder of 300 Word minutes"),
    ("bench_meeting_list", "the meetings list following a change notice"),
)


def worker(module: str, db_url: str, quick: bool) -> int:
    """Child process: run one module, print its rows as one JSON line."""
    rows = importlib.import_module(f"benchmarks.{module}").run(db_url, quick)
    print(ROWS_MARK + json.dumps(rows, default=str), flush=True)
    return 0


def run_module(module: str, what: str, db_url: str, quick: bool, timeout: float) -> list[Row]:
    rows = _run_module(module, what, db_url, quick, timeout)
    for item in rows:
        item.setdefault("group", what)
        item.setdefault("module", module)
    return rows


def _run_module(module: str, what: str, db_url: str, quick: bool, timeout: float) -> list[Row]:
    if importlib.util.find_spec(f"benchmarks.{module}") is None:
        return [unavailable(what, f"not available yet (benchmarks/{module}.py)")]
    # A worker killed by a signal (a crash in Qt or C code) is a failed row with its stacks, never retried:
    # a retry hid the PySide6 6.12.0 reference-count crash (issue 10).
    return _attempt(module, what, db_url, quick, timeout)


def _attempt(module: str, what: str, db_url: str, quick: bool, timeout: float) -> list[Row]:
    home = scratch_home(module)
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", module, "--db", db_url]
    if quick:
        command.append("--quick")
    try:
        done = subprocess.run(
            command, env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return [_error(what, f"{module} took longer than {timeout:.0f} s")]
    finally:
        shutil.rmtree(home, ignore_errors=True)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(ROWS_MARK) and done.returncode == 0:
            rows: list[Row] = json.loads(line[len(ROWS_MARK) :])
            return rows or [_error(what, f"{module} returned no rows")]
    if done.returncode < 0:  # the faulthandler's stacks are in stderr (PYTHONFAULTHANDLER=1)
        error = _error(what, f"{module} CRASHED (signal {-done.returncode}): {done.stderr.strip()[-3000:]}")
        error["crash"] = f"signal {-done.returncode}"
        return [error]
    return [_error(what, f"{module} exited {done.returncode}: {done.stderr.strip()[-1500:]}")]


def _error(what: str, message: str) -> Row:
    item = unavailable(what, message)
    item["status"] = "error"
    return item


def prepare_database(args: argparse.Namespace, scratch: Path) -> tuple[str, str]:
    """(database URL for this run, what it is)."""
    from benchmarks.generate import cached_database, generate
    from minutes.db.engine import make_engine
    from minutes.db.migrate import upgrade

    def say(message: str) -> None:
        print(f"  {message}", file=sys.stderr, flush=True)

    if args.url:
        return args.url, f"given database {args.url}"
    if args.quick:
        path = scratch / "quick.sqlite3"
        generate(str(path), scale=QUICK_SCALE, seed=args.seed)
        return str(path), f"generated for this run, scale {QUICK_SCALE:g}, seed {args.seed}"
    started = time.perf_counter()
    cached, made = cached_database(DATA, args.scale, args.seed, report=say)
    if made:
        print(f"generated {cached.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    work = scratch / "work.sqlite3"
    shutil.copyfile(cached, work)  # benchmarks write (autosave, drafts): never into the cached one
    engine = make_engine(str(work))
    upgrade(engine)  # already at head; a cold start must not include a migration
    engine.dispose()
    size = cached.stat().st_size / 1e9
    return str(work), f"{cached.name} ({size:.1f} GB), scale {args.scale:g}, seed {args.seed}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small database, few repetitions (CI)")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="size of the generated office (1.0 = issue 7)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", help="run on this database instead of a generated one")
    parser.add_argument("--only", help="comma-separated module names (e.g. bench_editor,bench_search)")
    parser.add_argument("--json", type=Path, help="also write the rows here (full mode: benchmarks/results/)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.db, args.quick)

    started = time.perf_counter()
    if not args.quick:
        DATA.mkdir(parents=True, exist_ok=True)  # a fresh checkout has no benchmarks/data/ yet
    scratch = Path(tempfile.mkdtemp(prefix="minutes-bench-", dir=DATA if not args.quick else None))
    wanted = set(args.only.split(",")) if args.only else None
    rows: list[Row] = []
    try:
        db_url, about = prepare_database(args, scratch)
        timeout = 240.0 if args.quick else 3600.0
        for module, what in BENCHMARKS:
            if wanted and module not in wanted:
                continue
            print(f"running {module}...", file=sys.stderr, flush=True)
            rows += run_module(module, what, db_url, args.quick, timeout)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    header = machine() | {
        "database": about,
        "mode": "quick" if args.quick else "full",
        "elapsed_s": round(time.perf_counter() - started),
    }
    print(render(rows, header))
    out = args.json or (None if args.quick else RESULTS / f"{time.strftime('%Y-%m-%d-%H%M')}-full.json")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(
            json.dumps({"header": header, "rows": rows}, ensure_ascii=False, indent=1, default=str),
            encoding="utf-8",
        )
    return 1 if any(r.get("status") == "error" for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
