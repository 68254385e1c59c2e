"""CI runs the benchmarks' quick mode: every benchmark must run (the figures are for people)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.run import BENCHMARKS  # noqa: E402

pytestmark = pytest.mark.benchmarks

#: Rows the benchmarks of this repository always give (the others come from their owners' modules).
OWN_ROWS = (
    "cold start to main window",
    "peak RSS at start",
    "open meeting",
    "typing",
    "autosave: one field save",
)


def test_quick_mode_runs_every_benchmark_and_prints_one_table(tmp_path: Path) -> None:
    out = tmp_path / "rows.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = report["rows"]
    table = done.stdout
    groups = {r["group"] for r in rows}
    assert groups == {what for _module, what in BENCHMARKS}, table
    assert not [r for r in rows if r.get("status") == "error"], table
    for prefix in OWN_ROWS:
        assert any(r["name"].startswith(prefix) and r.get("status") != "n/a" for r in rows), (prefix, table)
    for item in rows:
        assert item["name"] in table
        if item.get("status") is None:
            assert item["median_ms"] is not None and item["median_ms"] >= 0
            # A time or size must leave room; a count of what must not happen (modules imported while typing) is 0.
            counted = item.get("unit") not in (None, "ms", "MB")
            assert item["target_ms"] is None or item["target_ms"] > 0 or (counted and item["target_ms"] == 0)
    assert "baseline (same run)" in table and "result" in table
