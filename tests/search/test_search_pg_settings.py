"""PostgreSQL: a search runs without JIT compilation and with a larger ``work_mem``, for its own
transaction only (``set_config(..., true)``): the pooled connection keeps the server's settings for the
next unit of work, whatever it is. The results are the same (counted against the plain server settings).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, text

from minutes.search import candidates
from minutes.search.query import parse, run, run_grouped
from minutes.services import Actor, Database, Services


def _settings(session: Any) -> tuple[str, str]:
    return (session.execute(text("SHOW jit")).scalar(), session.execute(text("SHOW work_mem")).scalar())


def test_search_settings_hold_for_its_transaction_only(pg_url: str) -> None:
    database = Database(pg_url, clock=lambda: date(2021, 5, 1))
    sv = Services(database, Actor("Thư ký"))
    try:
        meeting = sv.meetings.create("Giao ban tháng 4", date(2021, 4, 6))
        for n in range(7):
            sv.items.add_contribution(meeting, text=f"Giải phóng mặt bằng khu {n}")
        sv.items.add_conclusion(meeting, "Giao phường giải phóng mặt bằng")
        with database.engine.connect() as connection:
            server = (
                connection.execute(text("SHOW jit")).scalar(),
                connection.execute(text("SHOW work_mem")).scalar(),
            )
        assert server[1] != "32MB"  # otherwise the test could not tell
        query = parse("giải phóng mặt bằ")
        seen: list[tuple[str, str]] = []
        with sv.search.read() as session:
            plain_hits = [r.entity_id for r in run(session, query)]  # the first search of the transaction
            seen.append(_settings(session))
            grouped = run_grouped(session, query)
        with sv.search.read() as session:
            found = candidates.by_kind(session, "postgresql", query, None, 100, 1000)
            seen.append(_settings(session))
        assert seen == [("off", "32MB"), ("off", "32MB")]
        with sv.search.read() as session:  # the next unit of work on the pooled connection
            assert _settings(session) == server
        assert found.counts == {"contribution": 7, "conclusion": 1}
        assert grouped.counts() == {"contribution": 7, "conclusion": 1}
        assert len(plain_hits) == 8
    finally:
        database.close()


def test_settings_are_one_statement_per_search_step(pg_url: str) -> None:
    """One round trip sets both (the fetch and the counts each set them: either may run alone)."""
    database = Database(pg_url, clock=lambda: date(2021, 5, 1))
    sv = Services(database, Actor("Thư ký"))
    try:
        meeting = sv.meetings.create("Giao ban tháng 4", date(2021, 4, 6))
        sv.items.add_contribution(meeting, text="Giải phóng mặt bằng")
        statements: list[str] = []

        def before(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
            statements.append(statement)

        event.listen(database.engine, "before_cursor_execute", before)
        try:
            assert [g.kind for g in sv.search.grouped("giải phóng").groups] == ["contribution"]
        finally:
            event.remove(database.engine, "before_cursor_execute", before)
        assert sum("set_config('jit'" in s for s in statements) == 2
        assert not any(s.lstrip().upper().startswith("SET ") for s in statements)
    finally:
        database.close()
