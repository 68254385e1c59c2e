"""A search nobody waits for any more is stopped: before it starts, or (SQLite) in its statement."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from minutes.search.cancel import Cancel, Cancelled
from minutes.services import Services

LONG = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"


@pytest.fixture
def meeting(services: Services) -> int:
    meeting = services.meetings.create("Họp bàn giải phóng mặt bằng", date(2021, 1, 19))
    services.tasks.create(meeting, "Hoàn thành xác định ranh giới giải phóng mặt bằng")
    return meeting


def test_a_cancelled_search_raises_and_the_next_one_answers(services: Services, meeting: int) -> None:
    cancel = Cancel()
    cancel.cancel()
    with pytest.raises(Cancelled):
        services.search.search("giai phong", cancel=cancel)
    with pytest.raises(Cancelled):
        services.search.grouped("giai phong", cancel=cancel)
    assert {r.kind for r in services.search.search("giai phong", cancel=Cancel())} == {"meeting", "task"}
    assert services.search.grouped("giai phong", cancel=Cancel()).counts() == {"meeting": 1, "task": 1}


def test_cancel_interrupts_the_statement_of_a_running_search(services: Services, meeting: int) -> None:
    """Cancelled from inside the search's own SQLite statement (a progress handler on the connection
    it uses): the statement stops, the search says Cancelled, the pool's connection still answers."""
    cancel = Cancel()
    steps = {"n": 0}

    def progress() -> int:
        steps["n"] += 1
        if steps["n"] == 3:
            cancel.cancel()  # what the GUI thread does when the user types on
        return 0

    def checkout(dbapi: sqlite3.Connection, *_: object) -> None:
        dbapi.set_progress_handler(progress, 50)

    def checkin(dbapi: sqlite3.Connection, *_: object) -> None:
        dbapi.set_progress_handler(None, 0)

    engine = services.db.engine
    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)
    try:
        with pytest.raises(Cancelled):
            services.search.grouped("giai phong", cancel=cancel)
    finally:
        event.remove(engine, "checkout", checkout)
        event.remove(engine, "checkin", checkin)
    assert steps["n"] >= 3
    assert services.search.grouped("giai phong").counts() == {"meeting": 1, "task": 1}


def test_cancel_from_another_thread_stops_a_long_statement(tmp_path: Path) -> None:
    raw = sqlite3.connect(tmp_path / "x.sqlite3", check_same_thread=False)
    cancel = Cancel()
    timer = threading.Timer(0.05, cancel.cancel)
    timer.start()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"), cancel.watching(raw):
        raw.execute(LONG).fetchone()  # endless without the interrupt
    timer.join()
    assert raw.execute("SELECT 1").fetchone() == (1,)
    # a token whose search is over never interrupts what the connection runs next
    done = Cancel()
    with done.watching(raw):
        pass
    done.cancel()
    assert raw.execute("SELECT count(*) FROM (SELECT 1 UNION ALL SELECT 2)").fetchone() == (2,)
    with pytest.raises(Cancelled), done.watching(raw):
        pass
    raw.close()


def test_cancel_between_statements_stops_the_next_one(any_services: Services) -> None:
    """On SQLite and PostgreSQL: cancelled after its first statement, a grouped search (a statement per
    kind, then the ranking and details) runs no other, and the next search answers."""
    meeting = any_services.meetings.create("Họp bàn giải phóng mặt bằng", date(2021, 1, 19))
    any_services.tasks.create(meeting, "Hoàn thành giải phóng mặt bằng")
    cancel = Cancel()
    statements: list[str] = []

    def after(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)
        cancel.cancel()

    engine = any_services.db.engine
    event.listen(engine, "after_cursor_execute", after)
    try:
        with pytest.raises(Cancelled):
            any_services.search.grouped("giai phong", cancel=cancel)
    finally:
        event.remove(engine, "after_cursor_execute", after)
    assert len(statements) == 1
    assert any_services.search.grouped("giai phong").counts() == {"meeting": 1, "task": 1}
