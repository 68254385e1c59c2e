"""minutes backup / restore / check as a user types them, on SQLite and on a PostgreSQL server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from testkit.storage import private_schema

from minutes.db import backup


def run(*args: str, db: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": "cli"}
    env.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes", "--db", db, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=check,
        timeout=300,
    )


def test_backup_list_check_and_restore_of_a_sqlite_database(tmp_path: Path) -> None:
    db = str(tmp_path / "minutes.sqlite3")
    run("demo", db=db)
    made = Path(run("backup", db=db).stdout.strip())
    assert made.is_file() and made.parent == backup.folder_for(db)
    listing = run("backup", "--list", db=db).stdout
    assert str(made) in listing and "manual" in listing
    check = run("check", db=db)
    assert check.returncode == 0 and check.stdout.startswith("ok:")

    run("demo", "--force", db=db)
    assert run("list", db=db).stdout.count("Long Biên") == 2
    restored = run("restore", str(made), db=db)
    assert "kept as" in restored.stderr
    assert run("list", db=db).stdout.count("Long Biên") == 1
    assert len(backup.list_backups(db)) == 2  # the one restored and the database it replaced


def test_backup_and_restore_of_a_server_through_an_archive(pg_url: str, tmp_path: Path) -> None:
    run("demo", db=pg_url)
    archive = tmp_path / "office.minutes-archive.gz"
    written = run("backup", "-o", str(archive), db=pg_url)
    assert Path(written.stdout.strip()) == archive and "rows" in written.stderr
    assert run("check", db=pg_url).stdout.startswith("ok:")
    for empty in private_schema(pg_url):
        loaded = run("restore", str(archive), db=empty)
        assert "loaded into" in loaded.stderr
        assert run("list", db=empty).stdout == run("list", db=pg_url).stdout
        again = run("restore", str(archive), db=empty, check=False)
        assert again.returncode == 2 and "empty database" in again.stderr
