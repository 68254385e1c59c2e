"""Two users, two application windows, each on its own database connection (SQLite file, PostgreSQL).

What one user saves reaches the other's open editor (change notices across connections); a save based
on a text someone else has changed since is refused and shown with both texts, and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from testkit.qt import type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.autosave import FieldSaver
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

Opener = Callable[[str], MainWindow]


def still_typing(saver: FieldSaver) -> None:
    """The user goes on typing in the field: its autosave's ceiling does not come while the test runs
    (typing takes long on a busy machine), so only leaving the field saves."""
    saver._save_timer.setInterval(600_000)


@pytest.fixture
def meeting(any_services: Services) -> int:
    return any_services.meetings.create("Họp giao ban tháng 3", date(2021, 3, 1), notes="Ghi chú ban đầu")


@pytest.fixture
def open_window(qtbot, backend_url: str, tmp_path: Path, meeting: int) -> Iterator[Opener]:
    """A main window for ``user`` on a database connection of its own, showing the meeting."""
    windows: list[MainWindow] = []
    databases: list[Database] = []

    def open_(user: str) -> MainWindow:
        database = Database(backend_url)
        databases.append(database)
        window = start(
            Services(database, Actor(user)),
            Settings.in_file(tmp_path / f"{user}.ini"),
            ask_demo=lambda _p: False,
            ask_recovery=lambda _p, _d: "later",
            reminders=False,
        )
        windows.append(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.open_meeting(meeting)
        qtbot.waitUntil(lambda: window.editor.meeting_id == meeting)
        return window

    yield open_
    for window in windows:
        window.close()
        window.deleteLater()
    for database in databases:
        database.close()


def test_the_other_window_shows_a_saved_change_within_two_seconds(
    qtbot, open_window: Opener, any_fresh: Services, meeting: int
) -> None:
    lan, minh = open_window("Lan"), open_window("Minh")
    notes = lan.editor.general.notes
    notes.setFocus()
    notes.selectAll()
    type_vietnamese(notes, "Đồng chí Bí thư chủ trì; đủ thành phần")
    QTest.keyClick(notes, Qt.Key.Key_Tab)  # leaving the field saves at once
    qtbot.waitUntil(lambda: any_fresh.meetings.get(meeting).notes == "Đồng chí Bí thư chủ trì; đủ thành phần")
    qtbot.waitUntil(
        lambda: minh.editor.general.notes.toPlainText() == "Đồng chí Bí thư chủ trì; đủ thành phần",
        timeout=2000,
    )
    assert minh.editor.conflicts.isHidden()


def test_a_second_save_of_the_same_field_is_shown_as_a_conflict_with_both_texts(
    qtbot, open_window: Opener, any_fresh: Services, meeting: int
) -> None:
    lan, minh = open_window("Lan"), open_window("Minh")
    # Minh is typing a new title ...
    minh_title = minh.editor.general.title_edit
    minh_saver = minh.editor.general.text_savers[0]
    still_typing(minh_saver)
    minh_title.setFocus()
    minh_title.selectAll()
    type_vietnamese(minh_title, "Họp giao ban tháng 3 năm 2021")
    # ... while Lan changes it and saves first.
    lan_title = lan.editor.general.title_edit
    lan_title.setFocus()
    lan_title.selectAll()
    type_vietnamese(lan_title, "Họp giao ban công tác tháng 3")
    QTest.keyClick(lan_title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: any_fresh.meetings.get(meeting).title == "Họp giao ban công tác tháng 3")

    QTest.keyClick(minh_title, Qt.Key.Key_Tab)  # Minh's save: based on a title Lan has changed since
    bar = minh.editor.conflicts
    qtbot.waitUntil(lambda: minh_saver.conflict is not None and bar.isVisible(), timeout=5000)
    assert bar.mine.toPlainText() == "Họp giao ban tháng 3 năm 2021"
    assert bar.theirs.toPlainText() == "Họp giao ban công tác tháng 3"
    assert "Lan" in bar.headline.text() and "Lan" in bar.theirs_label.text()
    assert minh_title.toPlainText() == "Họp giao ban tháng 3 năm 2021"  # the typed text is still there
    assert any_fresh.meetings.get(meeting).title == "Họp giao ban công tác tháng 3"  # nothing overwritten

    # Minh merges by editing his text, then keeps it; Lan's window shows it within 2 s.
    minh_title.setFocus()
    minh_title.selectAll()
    type_vietnamese(minh_title, "Họp giao ban công tác tháng 3 năm 2021")
    bar.keep.click()
    qtbot.waitUntil(lambda: any_fresh.meetings.get(meeting).title == "Họp giao ban công tác tháng 3 năm 2021")
    assert bar.isHidden()
    qtbot.waitUntil(
        lambda: lan_title.toPlainText() == "Họp giao ban công tác tháng 3 năm 2021", timeout=10_000
    )


def test_taking_their_text_shows_it_and_keeps_it(
    qtbot, open_window: Opener, any_fresh: Services, meeting: int
) -> None:
    lan, minh = open_window("Lan"), open_window("Minh")
    minh_notes = minh.editor.general.notes
    minh_saver = minh.editor.general.text_savers[3]
    still_typing(minh_saver)
    minh_notes.setFocus()
    type_vietnamese(minh_notes, " của Minh")
    any_fresh.meetings.update(meeting, notes="Ghi chú của Lan")  # another connection saves meanwhile
    QTest.keyClick(minh_notes, Qt.Key.Key_Tab)
    bar = minh.editor.conflicts
    qtbot.waitUntil(lambda: minh_saver.conflict is not None and bar.isVisible(), timeout=5000)
    assert bar.theirs.toPlainText() == "Ghi chú của Lan"
    bar.take.click()
    assert minh_notes.toPlainText() == "Ghi chú của Lan"
    assert bar.isHidden()
    minh.editor.flush()
    minh.writer.drain()
    assert any_fresh.meetings.get(meeting).notes == "Ghi chú của Lan"
    assert lan.editor.general.notes.toPlainText() in ("Ghi chú ban đầu", "Ghi chú của Lan")


def test_a_change_to_the_field_being_typed_in_is_flagged_not_written_over(
    qtbot, open_window: Opener, any_fresh: Services, meeting: int
) -> None:
    minh = open_window("Minh")
    notes = minh.editor.general.notes
    saver = minh.editor.general.text_savers[3]
    still_typing(saver)
    notes.setFocus()
    type_vietnamese(notes, "Minh đang gõ — ")
    typed = notes.toPlainText()
    assert typed == "Minh đang gõ — Ghi chú ban đầu"
    any_fresh.meetings.update(meeting, notes="Ghi chú của Lan", location="Phòng họp 2")
    bar = minh.editor.conflicts
    location = minh.editor.general.location
    qtbot.waitUntil(lambda: location.text() == "Phòng họp 2", timeout=10_000)  # a field not being typed in
    qtbot.waitUntil(lambda: bar.isVisible() and saver.flagged_text == "Ghi chú của Lan", timeout=10_000)
    assert notes.toPlainText() == typed  # not written over
    assert bar.theirs.toPlainText() == "Ghi chú của Lan"
    bar.keep.click()  # keep mine, knowing theirs
    minh.writer.drain()
    qtbot.waitUntil(lambda: any_fresh.meetings.get(meeting).notes == typed)


def test_a_choice_made_on_a_stale_meeting_is_shown_as_a_conflict(
    qtbot, open_window: Opener, any_fresh: Services, meeting: int
) -> None:
    minh = open_window("Minh")
    general = minh.editor.general
    any_fresh.meetings.update(meeting, kind="conference")
    general.kind.setCurrentIndex(general.kind.findData("regular"))
    general.kind_saver.changed()
    bar = minh.editor.conflicts
    qtbot.waitUntil(lambda: general.kind_saver.conflict is not None and bar.isVisible(), timeout=5000)
    assert bar.mine.toPlainText() == general.kind.itemText(general.kind.findData("regular"))
    assert bar.theirs.toPlainText() == general.kind.itemText(general.kind.findData("conference"))
    assert any_fresh.meetings.get(meeting).kind == "conference"
    bar.take.click()
    assert general.kind.currentData() == "conference" and bar.isHidden()


def test_a_conflict_met_while_opening_another_meeting_is_kept_and_shown_on_return(
    qtbot, open_window: Opener, any_fresh: Services, any_services: Services, meeting: int
) -> None:
    other = any_services.meetings.create("Họp chi bộ tháng 4", date(2021, 4, 1))
    lan, minh = open_window("Lan"), open_window("Minh")
    minh_notes = minh.editor.general.notes
    minh_saver = next(s for s in minh.editor.general.text_savers if s.field == "notes")
    still_typing(minh_saver)
    minh_notes.setFocus()
    minh_notes.selectAll()
    type_vietnamese(minh_notes, "Ghi chú của Minh")
    lan_notes = lan.editor.general.notes
    lan_notes.setFocus()
    lan_notes.selectAll()
    type_vietnamese(lan_notes, "Ghi chú của Lan")
    QTest.keyClick(lan_notes, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: any_fresh.meetings.get(meeting).notes == "Ghi chú của Lan")

    # Minh opens another meeting: his notes are saved on the way, refused (Lan changed them), and kept.
    minh.open_meeting(other)
    qtbot.waitUntil(lambda: minh.editor.meeting_id == other)
    assert minh.editor.general.notes.toPlainText() == ""
    assert any_fresh.meetings.get(meeting).notes == "Ghi chú của Lan"  # nothing overwritten
    qtbot.waitUntil(lambda: minh.save_status.label.text() == "Not saved yet")

    # Back on the first meeting, his text is in the field and both texts are offered.
    minh.open_meeting(meeting)
    qtbot.waitUntil(lambda: minh.editor.meeting_id == meeting)
    bar = minh.editor.conflicts
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    assert minh_notes.toPlainText() == "Ghi chú của Minh"
    assert bar.mine.toPlainText() == "Ghi chú của Minh"
    assert bar.theirs.toPlainText() == "Ghi chú của Lan"
    bar.keep.click()
    qtbot.waitUntil(lambda: any_fresh.meetings.get(meeting).notes == "Ghi chú của Minh")
    qtbot.waitUntil(lambda: not minh.writer.pending.entries())
