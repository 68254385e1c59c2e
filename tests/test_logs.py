"""The log: a rotating file in the user's log folder (here the tests' private XDG tree), read back."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes import logs


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "log"
    yield folder
    logs.unconfigure()


def test_records_of_the_app_and_warnings_of_others_reach_the_file(log_folder: Path) -> None:
    path = logs.configure(log_folder)
    assert path == (log_folder / "minutes.log").absolute()
    assert logs.configure(log_folder) == path  # once: a second call adds no second handler
    logging.getLogger("minutes.db.backup").info("backup written to %s", "/x/y.sqlite3")
    logging.getLogger("sqlalchemy.engine").info("chatter that is not wanted")
    logging.getLogger("alembic").warning("a library's warning")
    lines = logs.tail(10)
    assert len([line for line in lines if "backup written to /x/y.sqlite3" in line]) == 1
    assert any("a library's warning" in line for line in lines)
    assert not any("chatter" in line for line in lines)
    assert " INFO minutes.db.backup " in lines[0]
    assert oct(log_folder.stat().st_mode & 0o777) == oct(0o700)


def test_a_folder_that_cannot_be_made_costs_the_log_not_the_start(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert logs.configure(blocker / "log") is None
    logging.getLogger("minutes").warning("still fine")
    assert logs.tail(5, blocker / "log" / "minutes.log") == []


def test_the_log_folder_follows_the_platform_folders_and_the_override(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(logs.ENV_LOG_DIR, raising=False)
    assert str(logs.log_dir()).startswith(os.environ["XDG_STATE_HOME"])  # set by tests/conftest.py
    monkeypatch.setenv(logs.ENV_LOG_DIR, "/somewhere/else")
    assert logs.log_dir() == Path("/somewhere/else")


def test_the_cli_logs_a_refusal_with_its_context(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"not a database at all " * 100)
    env = {**os.environ, logs.ENV_LOG_DIR: str(tmp_path / "log")}
    result = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(bad), "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    text = (tmp_path / "log" / "minutes.log").read_text(encoding="utf-8")
    assert "WARNING minutes.cli" in text and "minutes list" in text and str(bad) in text
