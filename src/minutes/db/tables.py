"""The application's tables as a database holds them, for archives and copies between databases.

Tables are read by reflection (so an archive carries whatever the database's own revision has, the
columns other migrations add included), in foreign-key order (parents before children; a column that
points at its own table is set after its rows exist), and values travel as JSON with tagged dates, times,
bytes and decimals.
"""

from __future__ import annotations

import base64
import graphlib
import warnings
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, func, inspect, select, text
from sqlalchemy.exc import SAWarning


def current_revision_on(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def tables_of(connection: Connection) -> dict[str, Table]:
    """The application's tables (search index and bookkeeping of Alembic aside), parents before children.

    The board's tallies and word index of the tasks (migrations 0010, 0017) are left out too: triggers on
    ``tasks`` make them again as the tasks are inserted; so are generated columns (the database computes
    them)."""
    inspector = inspect(connection)
    names = [
        n
        for n in inspector.get_table_names()
        if n not in ("alembic_version", "task_tally", "task_coordinated_tally")
        and not n.startswith(("search_", "sqlite_", "task_words"))
    ]
    metadata = MetaData()
    tables: dict[str, Table] = {}
    graph: dict[str, set[str]] = {}
    for name in names:
        with warnings.catch_warnings():
            warnings.simplefilter(
                "ignore", SAWarning
            )  # types SQLite declares loosely: read as they are stored
            # a generated column (tasks.search_words on PostgreSQL) is computed again, never copied
            columns = [c for c in inspector.get_columns(name) if not c.get("computed")]
            key = inspector.get_pk_constraint(name).get("constrained_columns") or []
            foreign = inspector.get_foreign_keys(name)
        table = Table(
            name, metadata, *(Column(c["name"], c["type"], primary_key=c["name"] in key) for c in columns)
        )
        table.info["self_references"] = tuple(
            column for fk in foreign if fk["referred_table"] == name for column in fk["constrained_columns"]
        )
        tables[name] = table
        graph[name] = {
            fk["referred_table"]
            for fk in foreign
            if fk["referred_table"] != name and fk["referred_table"] in names
        }
    order = list(graphlib.TopologicalSorter(graph).static_order())
    return {name: tables[name] for name in order}


def count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def self_references(table: Table) -> tuple[str, ...]:
    return tuple(table.info.get("self_references", ()))


def key_of(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.primary_key.columns)


# --- values ----------------------------------------------------------------------------------------


def encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Decimal):
        return {"$n": str(value)}
    return value


_DECODERS = {
    "$dt": datetime.fromisoformat,
    "$d": date.fromisoformat,
    "$t": time.fromisoformat,
    "$b": lambda text: base64.b64decode(text, validate=True),
    "$n": Decimal,
}


def decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        ((tag, raw),) = value.items()
        if tag in _DECODERS:
            return _DECODERS[tag](raw)
    return value
