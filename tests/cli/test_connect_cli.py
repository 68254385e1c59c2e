"""Connecting to a shared database (issue 13, item 1): ``minutes connect``, the keyring, ~/.pgpass, and the
warning for a password on the command line."""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from minutes.cli import main
from minutes.db import connection, credentials
from minutes.db.engine import make_engine, resolve_url

PG_URL_ENV = "MINUTES_TEST_DATABASE_URL"


@pytest.fixture
def server() -> Any:
    """The test server's address, without a password (skips without one)."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set: no PostgreSQL server to connect to")
    return make_url(base.replace("postgresql://", "postgresql+psycopg://", 1)).set(password=None)


def _password_used(url: Any) -> str | None:
    """The password the driver gave the server for a connection made by the application's engine."""
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        with engine.connect() as c:
            c.execute(text("SELECT 1"))
            return c.connection.dbapi_connection.info.password  # type: ignore[union-attr]
    finally:
        engine.dispose()


def _args(url: Any) -> list[str]:
    return ["connect", "--host", url.host, "--port", str(url.port or 5432), "--database", url.database,
            "--user", url.username]  # fmt: skip


def test_connect_keeps_the_password_in_the_keyring_and_the_address_without_it(
    server: Any, memory_keyring: Any, config_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "s3cret-Mật")
    assert main(_args(server)) == 0
    out = capsys.readouterr().out
    assert "keyring" in out
    assert memory_keyring.store == {("minutes", credentials.account(server)): "s3cret-Mật"}
    saved = (config_home / "minutes" / connection.FILE_NAME).read_text(encoding="utf-8")
    assert "s3cret" not in saved
    assert make_url(json.loads(saved)["url"]) == server
    # the saved address is the database from now on, and its engine is given the keyring's password
    assert make_url(resolve_url(None)) == server
    credentials.clear_typed()  # not this run's memory: the keyring's
    assert _password_used(server) == "s3cret-Mật"
    # no file under the configuration folder holds the password
    assert not [p for p in config_home.rglob("*") if p.is_file() and b"s3cret" in p.read_bytes()]


def test_without_a_keyring_the_password_is_not_saved_and_the_user_is_told(
    server: Any, no_keyring: None, config_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "s3cret")
    assert main(_args(server)) == 0
    err = capsys.readouterr().err
    assert "was not saved" in err and "asked again" in err
    assert not [p for p in config_home.rglob("*") if p.is_file() and b"s3cret" in p.read_bytes()]
    credentials.clear_typed()  # a new run: nothing is known
    assert credentials.password_for(server) is None


def test_an_address_without_a_password_leaves_pgpass_to_libpq(
    server: Any, memory_keyring: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{server.database}:{server.username}:from-pgpass\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert _password_used(server) == "from-pgpass"
    credentials.remember(server, "from-keyring")  # the keyring's password goes first
    assert _password_used(server) == "from-keyring"


def test_a_server_that_cannot_be_reached_saves_nothing(
    memory_keyring: Any, config_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "pw")
    code = main(["connect", "--host", "127.0.0.1", "--port", "1", "--database", "x", "--user", "nobody"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("minutes: Cannot open the database") and err.count("\n") == 1
    assert "pw" not in err.replace("postgresql", "")
    assert memory_keyring.store == {}
    assert not (config_home / "minutes" / connection.FILE_NAME).exists()


def test_connect_local_forgets_the_server_and_its_password(
    memory_keyring: Any, config_home: Path, capsys: Any
) -> None:
    url = connection.postgres_url("db.office", 5432, "minutes", "thuky")
    connection.save_url(url)
    credentials.remember(url, "pw")
    assert main(["connect", "--local"]) == 0
    assert memory_keyring.store == {}
    assert connection.saved_url() is None
    assert resolve_url(None).startswith("sqlite:///")


def test_a_password_on_the_command_line_is_warned_about(config_home: Path, capsys: Any) -> None:
    main(["--db", "postgresql://thuky:secret@127.0.0.1:1/minutes", "list"])
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if "process list" in line]
    assert len(warnings) == 1 and "secret" not in warnings[0]
    main(["--db", "postgresql://thuky@127.0.0.1:1/minutes", "list"])
    assert "process list" not in capsys.readouterr().err
