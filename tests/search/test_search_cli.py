"""``minutes search`` and ``minutes reindex`` as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from minutes.services import Actor, Database, Services


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": "cli"}
    env.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
        timeout=120,
    )


def test_search_and_reindex(tmp_path: Path) -> None:
    path = tmp_path / "cli.sqlite3"
    db = Database(str(path))
    try:
        sv = Services(db, Actor("t"))
        meeting = sv.meetings.create("Họp bàn giải phóng mặt bằng", date(2021, 1, 19))
        sv.directory.create_person("Trần Văn Định", "Phó Chủ tịch")
        sv.items.add_conclusion(meeting, "Giao phường xác định ranh giới <khu A> & khu B")
    finally:
        db.close()

    found = run("search", "DINH", db=path)
    assert found.returncode == 0, found.stderr
    assert "People (1)" in found.stdout and "Trần Văn Định" in found.stdout
    assert "Conclusions (1)" in found.stdout and "xác định ranh giới <khu A> & khu B" in found.stdout
    assert "meeting 1 19/01/2021" in found.stdout

    only = run("search", "dinh", "--kind", "person", "--limit", "5", db=path)
    assert "Conclusions" not in only.stdout and "People (1)" in only.stdout

    assert run("search", "dinh", "--kind", "nonsense", db=path).returncode == 2
    nothing = run("search", "khong co gi", db=path)
    assert nothing.returncode == 1 and "Nothing found" in nothing.stderr
    assert run("search", "giai pho", db=path).returncode == 1  # a finished command line: whole words
    assert run("search", "giai pho*", db=path).returncode == 0

    rebuilt = run("reindex", db=path)
    assert rebuilt.returncode == 0 and "3 entries" in rebuilt.stdout
