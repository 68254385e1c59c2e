"""Every PostgreSQL connection of the app plans each statement for its own values (the board's text
filter with a generic plan, once psycopg has prepared it, read every match: 1 ms became 110 ms)."""

from __future__ import annotations

from sqlalchemy import text

from minutes.services import Database


def test_connections_never_use_a_generic_plan(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        for _ in range(3):  # the pool's connections, including a new one after the first is returned
            with db.engine.connect() as c:
                assert c.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"
        db.engine.dispose()
        with db.engine.connect() as c:
            assert c.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"
    finally:
        db.close()
