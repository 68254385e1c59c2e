"""Engines and sessions for SQLite (embedded, default) and PostgreSQL (shared office)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from minutes import paths
from minutes.db import probe
from minutes.errors import DatabaseUnavailable, UnsupportedDatabase

ENV_URL = "MINUTES_DATABASE_URL"


def default_url() -> str:
    return f"sqlite:///{paths.default_database_path()}"


def resolve_url(url: str | None = None) -> str:
    """The database to use: explicit ``--db``, then ``MINUTES_DATABASE_URL``, then the shared database saved
    by ``minutes connect`` or the connection dialog (:mod:`minutes.db.connection`), then the user data folder.

    A plain file path is accepted for ``--db`` and means a SQLite file.
    """
    from minutes.db import connection

    candidate = url or os.environ.get(ENV_URL) or connection.saved_url() or default_url()
    if "://" not in candidate:
        candidate = f"sqlite:///{Path(candidate).expanduser().resolve()}"
    if candidate.startswith("postgresql://"):
        candidate = "postgresql+psycopg://" + candidate[len("postgresql://") :]
    return candidate


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


#: The databases the application works with (its schema, search index and backups know these two).
SUPPORTED = ("sqlite", "postgresql")


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except (ArgumentError, ValueError) as exc:
        raise UnsupportedDatabase(url=resolved, detail="not a database address") from exc
    if parsed.get_backend_name() not in SUPPORTED:
        shown = parsed.render_as_string(hide_password=True)
        raise UnsupportedDatabase(url=shown, detail="unknown kind of database")
    try:
        return _create(resolved, parsed, **kwargs)
    except ImportError as exc:
        shown = parsed.render_as_string(hide_password=True)
        raise DatabaseUnavailable(
            url=shown, detail="its driver is not installed (for PostgreSQL: pip install 'minutes[postgres]')"
        ) from exc


def _create(resolved: str, parsed: URL, **kwargs: Any) -> Engine:
    if parsed.get_backend_name() == "sqlite":
        database = sqlite_file(parsed.database)
        if database is not None and not database.exists():
            probe.create_private(database)  # owner-only: folder 0700, file 0600
        engine = create_engine(resolved, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if parsed.password is None:
        # The keyring's password (or one typed this run) is given to the driver, never put in the URL;
        # with none, libpq looks in ~/.pgpass (PGPASSFILE) itself.
        from minutes.db import credentials

        password = credentials.password_for(parsed)
        if password is not None:
            connect_args = dict(kwargs.get("connect_args") or {})
            connect_args.setdefault("password", password)
            kwargs["connect_args"] = connect_args
    engine = create_engine(resolved, **kwargs)
    event.listen(engine, "connect", _postgres_session)
    return engine


def _postgres_session(dbapi_connection: Any, _record: Any) -> None:
    """Every statement planned for its own values. psycopg prepares a statement once it has run five
    times, and PostgreSQL then may switch to a *generic* plan, made without the values: for the board's
    text filter that plan cannot know how many tasks the words match, and the first page went from
    30 ms to 100-225 ms from the eleventh time on (ten-year office). Planning these statements costs
    well under a millisecond."""
    cursor = dbapi_connection.cursor()
    cursor.execute("SET plan_cache_mode = force_custom_plan")
    cursor.close()
    dbapi_connection.commit()


def sqlite_file(database: str | None) -> Path | None:
    """The file of a SQLite URL's database part (None for an in-memory database)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def sqlite_path(url: str | None) -> Path | None:
    """The SQLite file a ``--db`` value or URL names (None for PostgreSQL or an unreadable address)."""
    try:
        parsed = make_url(resolve_url(url))
    except (ArgumentError, ValueError):
        return None
    return sqlite_file(parsed.database) if parsed.get_backend_name() == "sqlite" else None


def database_file(engine: Engine) -> Path | None:
    """The SQLite file behind ``engine`` (None for PostgreSQL or an in-memory database)."""
    if engine.dialect.name != "sqlite":
        return None
    return sqlite_file(engine.url.database)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
