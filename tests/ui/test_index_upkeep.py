"""The window's idle upkeep merges the search index after the writer has been quiet, and pauses for saves."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from sqlalchemy.exc import OperationalError

from minutes.search import maintenance
from minutes.services import Services
from minutes.ui.index_upkeep import IndexUpkeep, install_upkeep
from minutes.ui.writer import BackgroundWriter


def _segments(fresh: Services) -> int:
    with fresh.db.engine.connect() as connection:
        return maintenance.segments(connection)["search_fts"]


def _saves(services: Services, meeting: int, first: int, count: int) -> None:
    for n in range(first, first + count):
        services.items.add_contribution(meeting, text=f"quy hoạch khu dân cư số {n}")


def test_quiet_writer_then_merged_and_a_save_restarts_it(qtbot, services: Services, fresh: Services) -> None:  # noqa: ANN001
    meeting = services.meetings.create("Giao ban", date(2022, 5, 4))
    _saves(services, meeting, 0, 40)
    assert _segments(fresh) > 1
    writer = BackgroundWriter()
    upkeep = IndexUpkeep(services.db.engine, writer, idle_ms=20, gap_ms=1)
    steps: list[bool] = []
    upkeep.stepped.connect(steps.append)
    try:
        qtbot.waitUntil(lambda: _segments(fresh) == 1, timeout=20_000)
        qtbot.waitUntil(lambda: False in steps, timeout=20_000)  # the last step found nothing left
        assert steps[0] is True

        # saves through the writer add segments; the upkeep merges them once the writer is quiet again
        for n in range(40, 60):
            writer.submit(("save", n), lambda n=n: _saves(services, meeting, n, 1))
        qtbot.waitUntil(lambda: not writer.busy, timeout=20_000)
        qtbot.waitUntil(lambda: _segments(fresh) == 1, timeout=20_000)
        found = fresh.search.search("quy hoach khu dan cu", limit=100)
        assert len(found) == 60
    finally:
        upkeep.shutdown()
        writer.close()


def test_a_failed_step_is_logged_and_waits_for_the_next_write(
    qtbot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # noqa: ANN001
) -> None:
    def locked(*_args: object, **_kw: object) -> bool:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(maintenance, "merge_step_on", locked)
    writer = BackgroundWriter()
    upkeep = IndexUpkeep(services.db.engine, writer, idle_ms=10, gap_ms=1)
    try:
        with caplog.at_level(logging.WARNING, logger="minutes.ui.index_upkeep"):
            qtbot.waitUntil(lambda: "could not be merged" in caplog.text, timeout=10_000)
        assert upkeep._due is False and not upkeep._timer.isActive()  # noqa: SLF001 - waits for a write
        writer.submit(("save", 1), lambda: None)
        assert upkeep._timer.isActive()  # noqa: SLF001
    finally:
        upkeep.shutdown()
        writer.close()


def test_nothing_to_keep_on_postgresql(qtbot, any_services: Services) -> None:  # noqa: ANN001
    writer = BackgroundWriter()
    try:
        upkeep = install_upkeep(any_services.db.engine, writer, writer)
        if any_services.db.engine.dialect.name == "sqlite":
            assert isinstance(upkeep, IndexUpkeep)
            upkeep.shutdown()
        else:
            assert upkeep is None
    finally:
        writer.close()
