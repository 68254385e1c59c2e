"""Database faults in plain words: the driver's text goes to the log, the user gets one sentence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import OperationalError

from minutes.db import faults
from minutes.db.engine import make_engine
from minutes.errors import (
    DatabaseBusy,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseRefused,
    DatabaseUnavailable,
    UnsupportedDatabase,
)
from minutes.services import Actor, Database, Services


def test_a_full_database_is_said_to_be_full(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    db = Database(str(path))
    try:
        services = Services(db, Actor("Thư ký"))
        with db.engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        event.listen(db.engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count = {pages}"))
        db.engine.dispose()  # new connections carry the limit: the disk is "full"
        with pytest.raises(OperationalError) as info:
            services.demo.load()
        error = faults.user_error(info.value, str(path))
        assert isinstance(error, DatabaseFull) and str(path) in error.message
        assert "SQL" not in error.message and "INSERT" not in error.message
        assert services.meetings.list_meetings() == []  # all or nothing
    finally:
        db.close()


def test_a_read_only_connection_and_a_lock_are_named(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    Database(str(path)).close()
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        reader.execute("INSERT INTO app_settings (key, value) VALUES ('x', 'y')")
    reader.close()
    assert isinstance(faults.user_error(info.value, str(path)), DatabaseReadOnly)
    assert isinstance(faults.user_error(sqlite3.OperationalError("database is locked"), "x"), DatabaseBusy)
    refused = faults.user_error(sqlite3.IntegrityError("UNIQUE constraint failed: units.name"), "x")
    assert isinstance(refused, DatabaseRefused) and "UNIQUE constraint failed" in refused.message


def test_a_server_that_cannot_be_reached_is_unavailable() -> None:
    pytest.importorskip("psycopg")
    engine = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/minutes")
    with pytest.raises(OperationalError) as info, engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    engine.dispose()
    error = faults.user_error(info.value, "postgresql://nobody@127.0.0.1:1/minutes")
    assert isinstance(error, DatabaseUnavailable) and "\n" not in error.message


@pytest.mark.parametrize("url", ["mysql://user@server/minutes", "oracle://x", "postgresql://host:notaport/x"])
def test_addresses_of_other_databases_are_refused_in_words(url: str) -> None:
    with pytest.raises(UnsupportedDatabase) as info:
        make_engine(url)
    assert "not supported" in info.value.message


def test_a_missing_driver_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes.db import engine as engine_module

    def no_driver(*_args: object, **_kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'psycopg'")

    monkeypatch.setattr(engine_module, "create_engine", no_driver)
    with pytest.raises(DatabaseUnavailable) as info:
        make_engine("postgresql://server/minutes")
    assert "pip install 'minutes[postgres]'" in info.value.message
