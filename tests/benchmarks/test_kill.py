"""``benchmarks/kill.py`` with 5 runs: the real application killed while typing loses nothing it had
committed and its file is never corrupt (how much typing is lost is a figure for people, not asserted)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.benchmarks

LINE = re.compile(
    r"^(\d+) kills: (\d+) corrupt, (\d+) committed writes lost, max typing lost [\d.]+ s, median [\d.]+ s$"
)


def test_five_kills_while_typing_corrupt_nothing_and_lose_no_committed_write() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "kill.py"), "--runs", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, done.stderr[-3000:]
    found = LINE.match(lines[-1])
    assert found, done.stdout[-3000:] + done.stderr[-3000:]
    kills, corrupt, lost = (int(g) for g in found.groups())
    assert (kills, corrupt, lost) == (5, 0, 0)
    assert done.returncode == 0
