"""A benchmark worker that crashes is a failed row with its stacks, never retried (issue 10): a retry hid
the PySide6 6.12.0 reference-count crash."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.report import render  # noqa: E402

from benchmarks import run  # noqa: E402

pytestmark = pytest.mark.benchmarks

CRASHING = """
import faulthandler, os, sys

COUNT = os.path.join(os.path.dirname(__file__), "{name}.count")


def inner_frame_that_crashes():
    with open(COUNT, "a") as f:
        f.write("x")
    faulthandler.enable()
    os.abort()


def run(db_url, quick):
    inner_frame_that_crashes()
"""


def test_a_crashed_worker_is_an_error_row_with_its_stack_and_runs_once(tmp_path: Path) -> None:
    name = f"_crash_probe_{uuid.uuid4().hex[:8]}"
    module = ROOT / "benchmarks" / f"{name}.py"
    count = ROOT / "benchmarks" / f"{name}.count"
    module.write_text(CRASHING.replace("{name}", name), encoding="utf-8")
    try:
        rows = run.run_module(name, "a crashing probe", str(tmp_path / "x.sqlite3"), True, 120)
        runs = count.read_text() if count.exists() else ""
    finally:
        module.unlink()
        count.unlink(missing_ok=True)
    assert runs == "x"  # started once, not retried
    (row,) = rows
    assert row["status"] == "error" and row["crash"] == "signal 6"
    assert "CRASHED" in row["note"] and "inner_frame_that_crashes" in row["note"]
    table = render(rows, {"mode": "quick"})
    assert "ERROR" in table and "inner_frame_that_crashes" in table
