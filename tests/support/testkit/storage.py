"""Database files as a user's disk holds them: checksums, other programs' files, damaged pages, table dumps."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SAWarning

#: Bookkeeping that differs between two databases holding the same records.
SKIP_TABLES = frozenset({"alembic_version"})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_mode(path: Path) -> str:
    """The journal mode written in the file's header (WAL or a rollback journal), read without opening it."""
    header = path.read_bytes()[:20]
    return "wal" if header[18] == 2 and header[19] == 2 else "rollback"


def checkpoint(path: Path) -> None:
    """Fold the -wal file into the database file (so its bytes alone say what it holds)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def damage(path: Path, table: str = "contributions") -> None:
    """Overwrite the header of ``table``'s root page, as a failing disk would: cells point out of range."""
    checkpoint(path)
    connection = sqlite3.connect(path)
    try:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    with open(path, "r+b") as stream:
        stream.seek((root - 1) * page_size + 8)
        stream.write(b"\xa5" * 40)


def other_programs_database(path: Path, *tables: str, wal: bool = False) -> None:
    """A SQLite file made by another program (by default an accounts file with a customers table)."""
    connection = sqlite3.connect(path)
    try:
        if wal:
            connection.execute("PRAGMA journal_mode=WAL")
        for table in tables or ("customers",):
            connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT, balance REAL)")
            connection.execute(f"INSERT INTO {table} (name, balance) VALUES ('Công ty Hòa Bình', 1250.5)")
        connection.commit()
    finally:
        connection.close()


def table_rows(engine: Engine, skip: frozenset[str] = SKIP_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index tables and bookkeeping aside), sorted: a database's content."""
    metadata = MetaData()
    with engine.connect() as connection:
        names = [
            n
            for n in engine.dialect.get_table_names(connection)
            if n not in skip and not n.startswith(("search_", "sqlite_"))
        ]
        with (
            warnings.catch_warnings()
        ):  # expression indexes (ix_tasks_text_sort) are not reflected: fine here
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
            metadata.reflect(connection, only=names)
        return {
            name: sorted(
                (tuple(row) for row in connection.execute(select(metadata.tables[name]))),
                key=repr,
            )
            for name in sorted(names)
        }


def private_schema(url: str) -> Iterator[str]:
    """A second, empty PostgreSQL schema on the server of ``url`` (dropped afterwards)."""
    base = url.split("?")[0]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
