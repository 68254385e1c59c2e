"""Kill the application while someone types, start it again, and count what was lost.

    python benchmarks/kill.py --runs 30 [--db FILE] [--seed N]

A copy of the database (``--db``, else a new one with the example meeting) is opened by the real
application, ``python -m minutes``, as a subprocess (headless, its own settings and data folders). The
driver ``benchmarks/kill_hook.py`` (loaded only because ``MINUTES_TEST_HOOK`` names it) gives the floor
to a new speaker and types into the contribution with one key event per character, no pauses. At a
random moment the process gets SIGKILL; the next start accepts the recovery of unsaved text, and the
contribution is read back from the file:

- **corrupt**: the file fails ``PRAGMA integrity_check``, the application does not start again, or the
  contribution holds anything but a beginning of what was typed;
- **committed writes lost**: saves and drafts the application had reported committed whose text is not
  all there after the restart;
- **typing lost**: from the first key that is not in the contribution to the kill.

Prints one line: ``N kills: C corrupt, L committed writes lost, max typing lost S s, median M s``.
Exit status 1 when anything was corrupt or lost.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import child_env, scratch_home  # noqa: E402
from benchmarks.kill_hook import typed_text  # noqa: E402

HOOK = Path(__file__).resolve().parent / "kill_hook.py"
KILL_AFTER_S = (0.3, 3.5)  # after the first key
START_TIMEOUT_S = 90


@dataclass
class Run:
    log: Path
    killed_at: float = 0.0


@dataclass
class Outcome:
    corrupt: bool
    lost_writes: int
    typing_lost_s: float


def events(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    found = []
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            found.append(json.loads(line))
        except ValueError:  # the line being written when the process was killed
            pass
    return found


def wait_for(log: Path, event: str, proc: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if any(e.get("event") == event for e in events(log)):
            return True
        if proc.poll() is not None:
            return any(e.get("event") == event for e in events(log))
        time.sleep(0.02)
    return False


def launch(db: Path, home: Path, log: Path, mode: str) -> subprocess.Popen[bytes]:
    env = child_env(
        home,
        MINUTES_TEST_HOOK=str(HOOK),
        MINUTES_KILL_LOG=str(log),
        MINUTES_KILL_MODE=mode,
        MINUTES_NO_CRASH_DIALOG="1",
        MINUTES_USER="thuky",
    )
    command = [sys.executable, "-m", "minutes", "--db", str(db), "--lang", "en"]
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def check(db: Path, run: Run, started: bool) -> Outcome:
    """What the file holds of ``run`` once the next start has recovered it."""
    found = events(run.log)
    typing = next((e for e in found if e.get("event") == "typing"), None)
    keys = [e for e in found if e.get("event") == "key"]
    if typing is None:
        return Outcome(True, 0, 0.0)
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            row = conn.execute("SELECT text FROM contributions WHERE id = ?", (typing["id"],)).fetchone()
        conn.close()
    except sqlite3.Error:
        return Outcome(True, 0, 0.0)
    text = row[0] if row else ""
    typed = typed_text(len(keys))
    corrupt = not started or not ok or row is None or not typed.startswith(text)
    kept = len(text)
    lost = sum(1 for e in found if e.get("event") == "committed" and int(str(e["len"])) > kept)
    lost_s = run.killed_at - float(str(keys[kept]["t"])) if kept < len(keys) else 0.0
    return Outcome(corrupt, lost, max(0.0, lost_s))


def prepare(source: Path | None, folder: Path) -> Path:
    """A copy of ``source`` (through SQLite's backup API: consistent even with a -wal beside it), or a
    new database with the example meeting."""
    target = folder / "minutes.sqlite3"
    if source is None:
        subprocess.run(
            [sys.executable, "-m", "minutes", "--db", str(target), "demo"],
            env=child_env(folder / "home"), cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        return target
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db", type=Path, help="a database with at least one meeting (copied, not changed)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (logs, the copy)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    rng = random.Random(args.seed)
    folder = scratch_home("kill")
    try:
        db = prepare(args.db, folder)
        home = folder / "home"
        outcomes: list[Outcome] = []
        previous: Run | None = None
        for number in range(args.runs + 1):
            last = number == args.runs
            run = Run(folder / f"run-{number}.jsonl")
            proc = launch(db, home, run.log, "recover" if last else "type")
            started = wait_for(run.log, "ready", proc)
            if previous is not None:
                outcomes.append(check(db, previous, started))
            if last or not started:
                _finish(proc)
                if not started:
                    outcomes.extend(Outcome(True, 0, 0.0) for _ in range(args.runs - len(outcomes)))
                    break
                continue
            if not wait_for(run.log, "key", proc):
                _finish(proc)
                outcomes.append(Outcome(True, 0, 0.0))
                previous = None
                continue
            time.sleep(rng.uniform(*KILL_AFTER_S))
            run.killed_at = time.monotonic()
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            previous = run
        corrupt = sum(o.corrupt for o in outcomes)
        lost = sum(o.lost_writes for o in outcomes)
        times = [o.typing_lost_s for o in outcomes] or [0.0]
        print(
            f"{len(outcomes)} kills: {corrupt} corrupt, {lost} committed writes lost, "
            f"max typing lost {max(times):.2f} s, median {statistics.median(times):.2f} s",
            flush=True,
        )
        if args.keep:
            print(f"kept in {folder}", file=sys.stderr)
        return 1 if corrupt or lost else 0
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def _finish(proc: subprocess.Popen[bytes]) -> None:
    try:
        proc.wait(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    raise SystemExit(main())
