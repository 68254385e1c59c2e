"""Autosave with a ceiling: continuous typing reaches the drafts and the record without any pause, and
closing or opening another meeting with a save still pending asks first and loses nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from testkit.qt import type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.ui.main_window import MainWindow

from .test_save_faults import FIRST, SECOND, contributions, not_saved_yet, stored
from .test_save_faults import window as window  # noqa: F401 - the fixture

USER = Actor("Thư ký")
WORDS = (FIRST + SECOND).split(" ")


@pytest.fixture
def as_user(db_path: Path) -> Iterator[Services]:
    """A fresh connection as the secretary (drafts belong to their user)."""
    database = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    yield Services(database, USER)
    database.close()


def test_continuous_typing_is_kept_and_saved_while_it_goes_on(
    qtbot, window: MainWindow, fresh: Services, as_user: Services
) -> None:
    section = contributions(window)
    ident = section.saver.entity_id or 0
    drafts_seen: set[str] = set()
    saved_seen: set[str] = set()
    typed = ""
    for _round in range(3):
        for word in WORDS:  # a word every 60 ms: no pause the old one-second debounce would have waited for
            type_vietnamese(section.text, word + " ")
            typed += word + " "
            qtbot.wait(60)
            drafts_seen.update(d.text for d in as_user.drafts.pending() if d.entity_id == ident)
            saved_seen.add(stored(fresh, ident))
    # While the typing never paused, the record was saved and drafts were kept, each time a beginning of
    # what was typed, several times over.
    partial_saves = {s for s in saved_seen if s and typed.startswith(s) and s != typed}
    partial_drafts = {d for d in drafts_seen if d and typed.startswith(d) and d != typed}
    assert len(partial_saves) >= 2
    assert len(partial_drafts) >= 2
    qtbot.waitUntil(lambda: stored(fresh, ident) == typed)


def test_closing_with_a_save_pending_asks_and_stays_open_when_told(
    qtbot, window: MainWindow, db_path: Path, fresh: Services
) -> None:
    section = contributions(window)
    ident = section.saver.entity_id or 0
    asked: list[tuple[str, bool]] = []

    def ask(fields: str, *, closing: bool) -> bool:
        asked.append((fields, closing))
        return False

    window.ask_unsaved = ask  # type: ignore[method-assign]
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        type_vietnamese(section.text, FIRST)
        qtbot.waitUntil(lambda: not_saved_yet(window, section), timeout=5_000)
        assert not window.close()  # the user keeps the window
        assert asked == [("Contribution (Text)", True)]
        assert window.isVisible()
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: stored(fresh, ident) == FIRST, timeout=30_000)
    qtbot.waitUntil(lambda: not window.writer.pending.entries(), timeout=10_000)
    assert window.close()  # nothing pending: no question
    assert len(asked) == 1


def test_opening_another_meeting_with_a_save_pending_asks_and_the_text_follows_later(
    qtbot, window: MainWindow, db_path: Path, fresh: Services
) -> None:
    section = contributions(window)
    ident = section.saver.entity_id or 0
    first_meeting = window.editor.meeting_id
    second = window.ctx.services.meetings.create("Họp giao ban tháng 3", date(2021, 3, 2))
    answers = [False, True]
    asked: list[tuple[str, bool]] = []

    def ask(fields: str, *, closing: bool) -> bool:
        asked.append((fields, closing))
        return answers.pop(0)

    window.ask_unsaved = ask  # type: ignore[method-assign]
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        type_vietnamese(section.text, FIRST + SECOND)
        qtbot.waitUntil(lambda: not_saved_yet(window, section), timeout=5_000)
        window.open_meeting(second)  # declined: the meeting stays open with its text
        assert window.editor.meeting_id == first_meeting
        assert section.text.toPlainText() == FIRST + SECOND
        window.open_meeting(second)  # accepted: the other meeting opens, the text is kept and retried
        assert window.editor.meeting_id == second
        assert asked == [("Contribution (Text)", False)] * 2
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: stored(fresh, ident) == FIRST + SECOND, timeout=30_000)
    qtbot.waitUntil(lambda: not window.writer.pending.entries(), timeout=10_000)
    assert not window.save_status.error.isVisible()


_FIRST_SAVE = """
import sqlite3, sys
from minutes.services import Actor, Database, Services
path = sys.argv[1]
ident, text = sqlite3.connect(path).execute("SELECT id, text FROM contributions ORDER BY id LIMIT 1").fetchone()
services = Services(Database(path), Actor("Thư ký"))
loaded = set(sys.modules)
services.items.update_contribution(ident, text=text + " Đề nghị bổ sung.")
print(" ".join(sorted(m for m in set(sys.modules) - loaded if m.startswith("sqlalchemy.dialects"))))
"""


def test_the_first_save_on_sqlite_loads_no_other_databases_dialect(db_path: Path) -> None:
    """Issue 17 item 4: the first autosave runs on the writer's thread while the user types; a module it
    imports holds the interpreter lock meanwhile. The search index's upsert imported PostgreSQL's dialect
    (19 modules) on SQLite, which stalled the window 40-120 ms at the first save. In a fresh interpreter,
    as the app is at its first save; the saved text read back through another connection."""
    import subprocess
    import sys

    database = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    Services(database, USER).demo.load()
    database.close()
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_SAVE, str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == ""  # no dialect module imported by the save
    with sqlite3.connect(db_path) as conn:
        saved = conn.execute("SELECT text FROM contributions ORDER BY id LIMIT 1").fetchone()[0]
    assert saved.endswith("Đề nghị bổ sung.")
