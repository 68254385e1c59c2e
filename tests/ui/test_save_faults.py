"""Saves that meet a fault while someone types: a lock held by another program, a full database, a file
that can only be read. Each time the status bar says "Not saved yet" (in words, no SQL) and marks the
field, the text is kept outside the database meanwhile (a crash would lose nothing), and once the fault
clears what was typed is in the record without retyping, read back through a fresh connection."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from testkit.qt import type_vietnamese

from minutes.draft_spool import read
from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.editor.contributions import ContributionsSection
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

USER = Actor("Thư ký")
FIRST = "Đồng chí Chủ tịch UBND phường báo cáo tiến độ giải phóng mặt bằng dự án đường Long Biên. "
SECOND = "Còn 12 hộ chưa bàn giao mặt bằng; đề nghị Quận hỗ trợ kinh phí tái định cư trong quý II."


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    services = Services(database, USER)
    services.demo.load()
    shown = start(
        services,
        Settings.in_file(tmp_path / "settings.ini"),
        ask_recovery=lambda _p, _d: "later",
        ask_demo=lambda _p: False,
        reminders=False,
    )
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.list_pane.loaded)
    yield shown
    shown.ask_unsaved = lambda *_a, **_k: True  # type: ignore[method-assign]
    shown.close()
    shown.deleteLater()
    database.close()


def contributions(window: MainWindow) -> ContributionsSection:
    section = next(s for s in window.editor.sections if isinstance(s, ContributionsSection))
    assert isinstance(section, ContributionsSection)
    window.editor.fill_now()  # the sections below the view get the meeting after the paint: now
    section.next_speaker()  # the floor to an unnamed speaker: a new contribution, ready for text
    section.text.setFocus()
    assert section.saver.entity_id is not None
    return section


def stored(fresh: Services, contribution_id: int) -> str:
    """The contribution's text as the database holds it."""
    for listed in fresh.meetings.list_meetings():
        for contribution in fresh.meetings.get(listed.id).contributions:
            if contribution.id == contribution_id:
                return contribution.text
    raise LookupError(contribution_id)


def not_saved_yet(window: MainWindow, section: ContributionsSection) -> bool:
    status = window.save_status
    return (
        status.label.text() == "Not saved yet"
        and status.error.isVisible()
        and "Contribution (Text)" in status.error.text()
        and bool(section.text.property("unsaved"))
    )


def spooled(window: MainWindow) -> list[str]:
    spool = window.writer.pending.spool
    assert spool is not None
    return [str(d["text"]) for d in read(spool.path)]


def assert_no_sql(window: MainWindow) -> None:
    shown = window.save_status.error.text() + window.save_status.error.toolTip()
    for word in ("[SQL", "UPDATE ", "OperationalError", "(sqlite3."):
        assert word not in shown


def saved_after_the_fault(qtbot, window: MainWindow, section: ContributionsSection, fresh: Services) -> None:
    ident = section.saver.entity_id
    assert ident is not None
    qtbot.waitUntil(lambda: stored(fresh, ident) == FIRST + SECOND, timeout=30_000)
    qtbot.waitUntil(lambda: not window.writer.pending.entries(), timeout=10_000)
    qtbot.waitUntil(lambda: window.save_status.label.text().startswith("Saved at"))
    assert not window.save_status.error.isVisible()
    assert not section.text.property("unsaved")
    assert not section.saver.dirty
    qtbot.waitUntil(lambda: spooled(window) == [])  # nothing left outside the database


def on_every_checkout(window: MainWindow, statement: str) -> Callable[[], None]:
    """Run ``statement`` on each connection the application takes from its pool (the writer's too);
    returns the function that stops it."""
    engine = window.ctx.services.db.engine

    def checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute(statement)

    event.listen(engine, "checkout", checkout)
    return lambda: event.remove(engine, "checkout", checkout)


def test_a_lock_held_5_s_while_typing_is_waited_out_and_the_text_saved(
    qtbot, window: MainWindow, db_path: Path, fresh: Services
) -> None:
    section = contributions(window)
    other = sqlite3.connect(db_path, timeout=0)  # another program takes the write lock and keeps it
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE meetings SET title = title")
    locked_at = time.monotonic()
    try:
        type_vietnamese(section.text, FIRST)
        qtbot.waitUntil(lambda: not_saved_yet(window, section), timeout=4_000)
        assert_no_sql(window)
        type_vietnamese(section.text, SECOND)  # typing goes on; the GUI is not held up by the lock
        # a crash now would lose nothing: the text is kept outside the locked database
        qtbot.waitUntil(lambda: FIRST + SECOND in spooled(window), timeout=4_000)
        qtbot.waitUntil(lambda: time.monotonic() - locked_at >= 5, timeout=6_000)
        assert stored(fresh, section.saver.entity_id or 0) == ""
    finally:
        other.rollback()
        other.close()
    saved_after_the_fault(qtbot, window, section, fresh)


def test_a_full_database_keeps_the_text_until_space_is_freed(
    qtbot, window: MainWindow, db_path: Path, fresh: Services
) -> None:
    section = contributions(window)
    with sqlite3.connect(db_path) as probe:
        pages = probe.execute("PRAGMA page_count").fetchone()[0]
    stop = on_every_checkout(window, f"PRAGMA max_page_count = {pages}")  # the disk is full
    try:
        text = FIRST * 60  # more than the free pages of the file can take
        type_vietnamese(section.text, text)
        qtbot.waitUntil(lambda: not_saved_yet(window, section), timeout=10_000)
        assert "full" in window.save_status.error.text()
        assert_no_sql(window)
        qtbot.waitUntil(lambda: text in spooled(window), timeout=4_000)
        assert stored(fresh, section.saver.entity_id or 0) == ""
    finally:
        stop()
    on_every_checkout(window, "PRAGMA max_page_count = 1073741823")  # space freed
    ident = section.saver.entity_id or 0
    qtbot.waitUntil(lambda: stored(fresh, ident) == text, timeout=30_000)
    qtbot.waitUntil(lambda: not window.writer.pending.entries(), timeout=10_000)
    assert not section.text.property("unsaved")
    qtbot.waitUntil(lambda: window.save_status.label.text().startswith("Saved at"))


def test_a_read_only_file_keeps_the_text_until_it_can_be_written(
    qtbot, window: MainWindow, db_path: Path, fresh: Services
) -> None:
    section = contributions(window)
    type_vietnamese(section.text, FIRST)
    section.saver.flush()
    ident = section.saver.entity_id or 0
    qtbot.waitUntil(lambda: stored(fresh, ident) == FIRST)
    # The file becomes read-only. Connections SQLite already opened keep writing to a chmod-ed (even an
    # immutable) file, so each connection the application takes is made to refuse writes as a connection
    # to a read-only file does (SQLITE_READONLY, "attempt to write a readonly database").
    db_path.chmod(0o444)
    stop = on_every_checkout(window, "PRAGMA query_only = ON")
    try:
        type_vietnamese(section.text, SECOND)
        qtbot.waitUntil(lambda: not_saved_yet(window, section), timeout=10_000)
        assert "can only be read" in window.save_status.error.text()
        assert_no_sql(window)
        qtbot.waitUntil(lambda: FIRST + SECOND in spooled(window), timeout=4_000)
        assert stored(fresh, ident) == FIRST
    finally:
        db_path.chmod(0o644)
        stop()
        on_every_checkout(window, "PRAGMA query_only = OFF")  # writable again
    saved_after_the_fault(qtbot, window, section, fresh)
