"""A server that asks for a password the command was not given: in a terminal the command asks for it (as
psql does) and keeps it for that command only; without a terminal it fails with one line saying how to give
it. Against a real PostgreSQL server that asks for passwords (testkit.private_postgres)."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from testkit import private_postgres

from minutes.cli import main
from minutes.db import credentials

LOGIN, PASSWORD = "thu_ky", "Mật-khẩu 2026"


@pytest.fixture(scope="module")
def server() -> Iterator[private_postgres.PrivateServer]:
    try:
        with private_postgres.with_login(LOGIN, PASSWORD, database="bien_ban") as running:
            yield running
    except private_postgres.Unavailable as exc:
        pytest.skip(f"no private PostgreSQL server that asks for passwords: {exc}")


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """stdin is a terminal; what getpass was asked is recorded."""
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    return asked


def test_in_a_terminal_the_password_is_asked_used_and_not_kept(
    server: Any, terminal: list[str], memory_keyring: Any, config_home: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:  # fmt: skip
    def typed(prompt: str = "") -> str:
        terminal.append(prompt)
        return PASSWORD

    monkeypatch.setattr(getpass, "getpass", typed)
    url = server.url(LOGIN, database="bien_ban")
    assert main(["--db", url, "demo"]) == 0
    assert len(terminal) == 1 and LOGIN in terminal[0] and PASSWORD not in terminal[0]
    err = capsys.readouterr().err
    assert "did not accept the login thu_ky: its password is missing or wrong" in err
    # the demo meeting is in the server's database, written by the login that typed its password
    check = create_engine(server.url(LOGIN, PASSWORD, "bien_ban"))
    with check.connect() as c:
        assert c.execute(text("SELECT count(*) FROM meetings")).scalar() == 1
    check.dispose()
    # nothing was saved: not in the keyring, and the next run of this process asks again
    assert memory_keyring.store == {}
    credentials.clear_typed()
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "")
    assert main(["--db", url, "list"]) != 0
    assert "minutes connect" in capsys.readouterr().err


def test_a_wrong_password_typed_fails_with_one_line(
    server: Any, terminal: list[str], memory_keyring: Any, config_home: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:  # fmt: skip
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "not it")
    assert main(["--db", server.url(LOGIN, database="bien_ban"), "list"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("minutes: ") and "password" in err[-1]
    assert "Traceback" not in "\n".join(err)


def test_without_a_terminal_one_line_says_how_to_give_the_password(server: Any, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHON_KEYRING_BACKEND":
           "keyring.backends.fail.Keyring", "PGPASSFILE": str(tmp_path / "none")}  # fmt: skip
    env.pop("MINUTES_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", server.url(LOGIN, database="bien_ban"), "list"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "did not accept the login thu_ky: its password is missing or wrong" in lines[0]
    assert "minutes connect" in lines[0] and "~/.pgpass" in lines[0]


def test_the_pgpass_file_is_used_without_asking(server: Any, tmp_path: Path) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{server.port}:bien_ban:{LOGIN}:{PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHON_KEYRING_BACKEND":
           "keyring.backends.fail.Keyring", "PGPASSFILE": str(pgpass)}  # fmt: skip
    env.pop("MINUTES_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", server.url(LOGIN, database="bien_ban"), "list"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
