"""Cold start: ``python -m minutes --db FILE`` to an interactive main window, next to a bare PySide6 window.

Each start is a new process, launched as a user launches the app, with ``MINUTES_EXIT_WHEN_READY=1``:
the app prints ``MINUTES_PAINTED`` once its start frame (the window with the last meeting's title, before
the database layer is imported: minutes.ui.launch) is painted, ``MINUTES_READY`` once the window shows the
meetings list's first page and the open meeting (its general information, attendance and agenda, read
with sqlite3/psycopg before SQLAlchemy is imported: minutes.ui.fastread) and the event loop is idle, then
``MINUTES_EDITABLE`` once the main window has taken its place and takes edits (read-only until then: the
list and the meeting can be read, scrolled and changed, nothing can be typed), then quits. A start that
shows no read-only window (an empty, new or older database) says ``MINUTES_READY`` when the main window
is shown, and "until editing is open" is that same moment. The times are from launch to those lines. The baseline (``bare_window.py``: a window with a list and a
table) is started the same way, interleaved with the app so both see the same machine. Settings live in
a scratch folder; the "last meeting" setting names the busiest meeting (200 contributions), which the
app reopens at start as it does for a user who closed it there.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Row, busiest_meeting, child_env, row, scratch_home

READY = "MINUTES_READY"
PAINTED = "MINUTES_PAINTED"
FILLED = "MINUTES_FILLED"  # the editor has given the meeting to every section (after READY)
EDITABLE = "MINUTES_EDITABLE"  # the main window takes edits (after a read-only READY)
ENV_EXIT = "MINUTES_EXIT_WHEN_READY"
RATIO = 2.5
TIMEOUT_S = 120


class StartFailed(RuntimeError):
    pass


def launch(
    command: list[str],
    env: dict[str, str],
    filled: list[float] | None = None,
    editable: list[float] | None = None,
    frozen: list[float] | None = None,
) -> tuple[float, float | None, float | None]:
    """(milliseconds from launch to the ready line, peak RSS in MB at that moment if readable,
    milliseconds to the painted line if the program prints one). The milliseconds to the filled line,
    if the program prints one, are appended to ``filled``; to the line saying editing is open (else the
    ready line: the window was editable when ready), to ``editable``; how long the read-only window did not
    respond before the main window took its place, to ``frozen``."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    elapsed: float | None = None
    rss: float | None = None
    painted: float | None = None
    opened: float | None = None
    for line in proc.stdout:
        if line.startswith(EDITABLE):
            opened = (time.perf_counter() - started) * 1000
            rss = _rss_of(proc.pid) or rss  # the peak once the main window is shown, as without it
            if frozen is not None:
                frozen.append(_field(line, "frozen_ms") or 0.0)
        if line.startswith(PAINTED):
            painted = (time.perf_counter() - started) * 1000
        if line.startswith(READY):
            elapsed = (time.perf_counter() - started) * 1000
            rss = _rss_from_line(line) or _rss_of(proc.pid)
        if line.startswith(FILLED) and filled is not None:
            filled.append((time.perf_counter() - started) * 1000)
    try:
        _out, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        raise StartFailed(f"{' '.join(command)} did not quit after being ready") from None
    if elapsed is None or proc.returncode != 0:
        raise StartFailed(f"{' '.join(command)} exited {proc.returncode} without {READY}:\n{err[-2000:]}")
    if editable is not None:
        editable.append(opened if opened is not None else elapsed)
    return elapsed, rss, painted


def _rss_from_line(line: str) -> float | None:
    return _field(line, "rss_mb")


def _field(line: str, name: str) -> float | None:
    for part in line.split():
        if part.startswith(f"{name}="):
            return float(part.split("=", 1)[1])
    return None


def _rss_of(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _remember_meeting(home: Path, meeting_id: int) -> None:
    """What the app's Settings (QSettings, INI on Linux) hold after a user closed it on that meeting."""
    folder = home / "config" / "minutes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "minutes.conf").write_text(f"[ui]\nlast_meeting_id={meeting_id}\n", encoding="utf-8")


def run(db_url: str, quick: bool = False) -> list[Row]:
    repeat = 1 if quick else 7
    app_cmd = [sys.executable, "-m", "minutes", "--db", db_url]
    bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
    meeting_id = busiest_meeting(db_url)
    homes = {name: scratch_home(name) for name in ("bare", "last", "none")}
    envs = {
        name: child_env(home, **{ENV_EXIT: "1", "MINUTES_USER": "benchmark"}) for name, home in homes.items()
    }
    commands = {"bare": bare_cmd, "last": app_cmd, "none": app_cmd}
    times: dict[str, list[float]] = {name: [] for name in commands}
    paints: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, list[float]] = {name: [] for name in commands}
    fills: dict[str, list[float]] = {name: [] for name in commands}
    edits: dict[str, list[float]] = {name: [] for name in commands}
    frozen: dict[str, list[float]] = {name: [] for name in commands}
    try:
        for name in commands:  # warm-up: byte-code caches and the OS file cache, not measured
            _remember_meeting(homes[name], meeting_id if name == "last" else 0)
            launch(commands[name], envs[name])
        for _ in range(repeat):
            for name, command in commands.items():
                _remember_meeting(homes[name], meeting_id if name == "last" else 0)
                elapsed, peak, painted = launch(command, envs[name], fills[name], edits[name], frozen[name])
                times[name].append(elapsed)
                paints[name].append(painted if painted is not None else elapsed)  # the bare window: ready
                if peak is not None:
                    rss[name].append(peak)
    finally:
        for home in homes.values():
            shutil.rmtree(home, ignore_errors=True)
    bare = times["bare"]
    target = round(RATIO * statistics.median(bare), 1)
    common: dict[str, Any] = {
        "baseline_name": "bare PySide6 window (list + table)",
        "baseline": bare,
        "target": target,
        "judge": "median",
        "target_text": f"≤ {RATIO:g}× bare",
    }
    read_only = (
        "ready: the list's first page and the meeting's general information, attendance and agenda shown, "
        "readable, scrollable, another meeting can be chosen; editing is closed until the row 'until editing "
        "is open'"
    )
    rows = [
        row("cold start to the first paint (window with the last meeting's title)", paints["last"], **common),
        row(
            "cold start to main window, last meeting (200 contributions) reopened",
            times["last"],
            note=read_only,
            **common,
        ),
        row(
            "cold start to main window, first start (newest meeting opened)",
            times["none"],
            note=read_only,
            **common,
        ),
        row(
            "cold start until editing is open, last meeting (200 contributions)",
            edits["last"],
            note="the main window shown in the read-only window's place, the event loop idle",
            **common,
        ),
        row("cold start until editing is open, first start (newest meeting)", edits["none"], **common),
    ]
    if fills["last"]:  # an app whose editor fills the sections below the view after READY
        rows.append(
            row(
                "cold start to main window, last meeting (200 contributions): every section filled",
                fills["last"],
                baseline_name=common["baseline_name"],
                baseline=common["baseline"],
                note="after the ready line: the editor gives the sections below the view the meeting then",
            )
        )
    if frozen["last"]:  # a read-only window was ready before the main window
        rows.append(
            row(
                "read-only window not responding while the main window is built (last meeting)",
                frozen["last"],
                note="from the read-only window's last turn of the event loop to the main window shown",
            )
        )
    if rss["last"] and rss["bare"]:
        rows.append(
            row(
                "peak RSS at start (main window, 200-contribution meeting)",
                rss["last"],
                baseline_name="bare PySide6 window",
                baseline=rss["bare"],
                target=250.0,
                unit="MB",
            )
        )
    return rows
