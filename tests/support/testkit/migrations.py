"""Databases at an older schema revision, to test that migrations convert what they find."""

from __future__ import annotations

import warnings
from typing import Any

from alembic import command
from sqlalchemy import Engine, MetaData, inspect, select
from sqlalchemy.exc import SAWarning

from minutes.db.engine import make_engine
from minutes.db.migrate import alembic_config


def engine_at(url: str, revision: str) -> Engine:
    """An engine on ``url`` whose schema has been brought to ``revision`` (from empty)."""
    engine = make_engine(url)
    config = alembic_config()
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
    return engine


def copy_rows(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every row of ``source`` into the tables ``target`` has, keeping only the columns ``target``
    has (a database at head into one at an older revision); returns the rows copied per table."""
    old, new = MetaData(), MetaData()
    with warnings.catch_warnings():  # expression indexes are not reflected, and need not be here
        warnings.simplefilter("ignore", SAWarning)
        old.reflect(target)
        new.reflect(source)
    copied: dict[str, int] = {}
    # Fed by triggers as the rows above are inserted: FTS5 tables, and the tallies (copied too, they counted
    # every task twice, the copy's own count on top of the trigger's).
    skip = {
        "alembic_version",
        "search_fts",
        "search_titles",
        "task_words",
        "task_tally",
        "task_coordinated_tally",
    }
    names = [t.name for t in new.sorted_tables if t.name in old.tables and t.name not in skip]
    names = [n for n in names if not n.startswith(("search_fts_", "search_titles_", "task_words_"))]
    with source.connect() as src, target.begin() as dst:
        if target.dialect.name == "sqlite":
            dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for name in names:
            columns = [c.name for c in old.tables[name].columns if c.name in new.tables[name].c]
            rows: list[dict[str, Any]] = [
                dict(r._mapping) for r in src.execute(select(*[new.tables[name].c[c] for c in columns]))
            ]
            if rows:
                dst.execute(old.tables[name].insert(), rows)
            copied[name] = len(rows)
        if target.dialect.name == "postgresql":
            for name in names:
                table = old.tables[name]
                if "id" in table.c and inspect(dst).get_pk_constraint(name)["constrained_columns"] == ["id"]:
                    dst.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
                    )
    return copied
