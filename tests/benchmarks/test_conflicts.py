"""CI runs a short version of benchmarks/conflicts.py on both databases: no edit may be lost."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.benchmarks


def test_concurrent_edits_of_the_same_fields_lose_nothing(backend_url: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "conflicts.py"), "--url", backend_url,
         "--processes", "2", "--edits", "60"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
    )  # fmt: skip
    found = re.search(r"(\d+) edits: (\d+) committed, (\d+) conflicts shown, (\d+) lost", done.stdout)
    assert found, done.stdout + done.stderr
    edits, committed, shown, lost = (int(x) for x in found.groups())
    assert lost == 0, done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
    assert edits >= 60 and committed > 0
    assert edits == committed + shown  # each edit was either committed or shown as a conflict
