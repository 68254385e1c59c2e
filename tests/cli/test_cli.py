"""The command line as a user runs it: a subprocess, a database file, real output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from testkit.compare import comparable

from minutes.services import Actor, Database, Services


def run(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": "cli"}
    env.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=check,
        timeout=120,
    )


def test_demo_dump_import_gives_an_equal_meeting(tmp_path: Path) -> None:
    db = tmp_path / "fresh.sqlite3"
    meeting_id = run("demo", db=db).stdout.strip().splitlines()[-1]
    out = tmp_path / "a.json"
    run("dump", meeting_id, "-o", str(out), db=db)
    assert json.loads(out.read_text(encoding="utf-8"))["meeting"]["location"] == "Phòng họp 1"
    copy_id = run("import", str(out), db=db).stdout.strip().splitlines()[-1]
    assert copy_id != meeting_id
    database = Database(str(db))
    try:
        services = Services(database, Actor("t"))
        assert comparable(services.meetings.get(int(copy_id))) == comparable(
            services.meetings.get(int(meeting_id))
        )
    finally:
        database.close()
    listing = run("list", db=db).stdout
    assert listing.count("Long Biên") == 2
    tasks = run("tasks", "--meeting", meeting_id, db=db).stdout
    assert "Đảng ủy phường Long Biên" in tasks or "UBND phường Long Biên" in tasks


def test_help_version_and_errors(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    assert "dump" in run("--help", db=db).stdout
    assert run("--version", db=db).stdout.startswith("minutes ")
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    result = run("import", str(bad), db=db, check=False)
    assert result.returncode == 2
    assert "cannot be imported" in result.stderr and "Traceback" not in result.stderr
    newer = tmp_path / "not-a-db.sqlite3"
    newer.write_bytes(b"garbage" * 1000)
    result = run("list", db=newer, check=False)
    assert result.returncode == 2 and "not a readable database" in result.stderr
