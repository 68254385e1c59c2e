"""Backups in the application: a damaged database is refused at start and its latest good backup offered;
File → Backups… lists backups with their dates, makes one, and restores one while the application runs;
the day's backup is made at exit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from testkit.storage import damage, digest

from minutes.db import backup
from minutes.services import Actor, Database, Services
from minutes.ui.app import open_database
from minutes.ui.backups_dialog import BackupsDialog
from minutes.ui.session import AppSession
from minutes.ui.settings import Settings

TITLE_ADDED = "Cuộc họp ghi sau bản sao lưu"


def demo(path: Path) -> None:
    db = Database(str(path))
    try:
        Services(db, Actor("Thư ký")).demo.load()
    finally:
        db.close()


def titles(path: Path) -> list[str]:
    db = Database(str(path))
    try:
        return [m.title for m in Services(db, Actor("Kiểm tra")).meetings.list_meetings()]
    finally:
        db.close()


def add_meeting(path: Path) -> None:
    db = Database(str(path))
    try:
        Services(db, Actor("Thư ký")).meetings.create(TITLE_ADDED, date(2021, 3, 1))
    finally:
        db.close()


def test_a_damaged_database_is_refused_and_its_latest_good_backup_offered(qapp, tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    demo(path)
    good = backup.make_backup(path)
    add_meeting(path)
    damage(path, "contributions")
    damaged_bytes = path.read_bytes()

    asked: list[tuple[str, Path]] = []
    told: list[str] = []

    def decline(_parent: object, problem: str, offered: backup.Backup) -> bool:
        asked.append((problem, offered.path))
        return False

    assert open_database(str(path), warn=lambda *a: told.append(a[2]), ask_restore=decline) is None
    assert asked and "damaged" in asked[0][0] and asked[0][1] == good
    assert path.read_bytes() == damaged_bytes  # declined: nothing touched

    db = open_database(str(path), warn=lambda *a: told.append(a[2]), ask_restore=lambda *_: True)
    assert db is not None and told == []
    try:
        assert [m.title for m in Services(db, Actor("t")).meetings.list_meetings()] != [TITLE_ADDED]
        assert len(Services(db, Actor("t")).meetings.list_meetings()) == 1
    finally:
        db.close()
    kept = [b for b in backup.list_backups(path) if b.reason == backup.DAMAGED]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged_bytes


def test_a_damaged_database_without_a_backup_is_explained(qapp, tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    demo(path)
    damage(path, "contributions")
    before = digest(path)
    told: list[tuple[str, str]] = []
    assert open_database(str(path), warn=lambda _p, title, text: told.append((title, text))) is None
    assert told[0][0] == "The database cannot be opened"
    assert "is damaged" in told[0][1] and "No backup of this database was found." in told[0][1]
    assert digest(path) == before


@pytest.fixture
def session(qapp, tmp_path: Path) -> Iterator[AppSession]:
    path = tmp_path / "minutes.sqlite3"
    demo(path)
    warnings: list[str] = []
    opened = AppSession(
        qapp,
        Settings.in_file(tmp_path / "settings.ini"),
        str(path),
        "Thư ký",
        warn=lambda _p, _t, text: warnings.append(text),
        ask_recovery=lambda _p, _d: "later",
        ask_demo=lambda _p: False,
        reminders=False,
    )
    opened.warnings = warnings  # type: ignore[attr-defined]
    assert opened.open()
    yield opened
    if opened.window is not None:
        opened.window.close()
        opened.window.deleteLater()
    opened.close()


def open_dialog(qtbot, session: AppSession) -> BackupsDialog:
    window = session.window
    assert window is not None
    qtbot.waitExposed(window)
    window.actions_.backups.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_backups_are_listed_made_and_one_restored_while_the_app_runs(
    qtbot, session: AppSession, tmp_path: Path
) -> None:
    path = tmp_path / "minutes.sqlite3"
    first_window = session.window
    assert first_window is not None
    menu = first_window.actions_.menu("file")
    assert first_window.actions_.backups in menu.actions()

    dialog = open_dialog(qtbot, session)
    assert dialog.table.rowCount() == 0 and "No backup" in dialog.status.text()
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    made = backup.list_backups(path)[0]
    assert dialog.table.item(0, 0).text() == f"{made.made_at:%d/%m/%Y %H:%M:%S}"
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert "Backup made" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "backups-dialog.png"))
    dialog.close()

    first_window.ctx.services.meetings.create(TITLE_ADDED, date(2021, 3, 1))  # saved after the backup
    assert TITLE_ADDED in titles(path)

    dialog = open_dialog(qtbot, session)
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or True  # type: ignore[method-assign]
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and f"{made.made_at:%d/%m/%Y %H:%M}" in asked[0]
    qtbot.waitUntil(lambda: session.window is not None and session.window is not first_window)
    window = session.window
    assert window is not None
    qtbot.waitUntil(lambda: window.list_pane.loaded)
    assert window.list_pane.model.rowCount() == 1  # the restored content, on screen
    assert "was restored" in window.statusBar().currentMessage()
    assert TITLE_ADDED not in titles(path)
    replaced = [b for b in backup.list_backups(path) if b.reason == backup.BEFORE_RESTORE]
    assert len(replaced) == 1 and TITLE_ADDED in titles(replaced[0].path)
    assert session.warnings == []  # type: ignore[attr-defined]
    assert QApplication.instance() is not None


def test_the_number_of_backups_to_keep_is_a_setting_the_dialog_changes(
    qtbot, session: AppSession, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, session)
    dialog.keep.setValue(2)
    assert Settings.in_file(tmp_path / "settings.ini").backup_keep == 2 or session.settings.backup_keep == 2
    for _ in range(3):
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    dialog.close()


def test_the_days_backup_is_made_at_exit_once_a_day(qapp, session: AppSession, tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    assert backup.list_backups(path) == []
    session.close()
    daily = backup.list_backups(path)
    assert [b.reason for b in daily] == [backup.DAILY]
    assert session.open()
    session.close()
    assert backup.list_backups(path) == daily


def test_the_example_meeting_is_loaded_again_only_when_the_user_says_so(
    qtbot, session: AppSession, tmp_path: Path
) -> None:
    window = session.window
    assert window is not None
    answers = [False, True]
    window.confirm = lambda _title, _text: answers.pop(0)  # type: ignore[method-assign]
    window.actions_.load_demo.trigger()
    assert len(titles(tmp_path / "minutes.sqlite3")) == 1
    window.actions_.load_demo.trigger()
    assert len(titles(tmp_path / "minutes.sqlite3")) == 2


@pytest.mark.parametrize("table", ["audit_log", "contributions"], ids=["found-by-the-check", "met-at-start"])
def test_a_large_database_is_checked_in_the_background_and_damage_handled_there(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str
) -> None:
    """Too large to check before it opens: damage is found by the background check (or by the first
    read of a damaged table, in the background since the editor reads what is in view first) and the
    latest good backup offered once, as at start."""
    from minutes.db import probe

    path = tmp_path / "minutes.sqlite3"
    demo(path)
    good = backup.make_backup(path)
    damage(path, table)
    monkeypatch.setattr(probe, "SYNC_CHECK_BYTES", 0)  # as if the file were too large to check at start
    offered: list[Path] = []
    session = AppSession(
        QApplication.instance(),  # type: ignore[arg-type]
        Settings.in_file(tmp_path / "settings.ini"),
        str(path),
        "Thư ký",
        warn=lambda *a: pytest.fail(f"warned: {a}"),
        ask_restore=lambda _p, _problem, candidate: offered.append(candidate.path) or True,
        ask_recovery=lambda _p, _d: "later",
        ask_demo=lambda _p: False,
        reminders=False,
    )
    assert session.open()  # at once: the check runs beside the window
    first = session.window
    try:
        if table == "audit_log":  # not read at start: the background check finds it
            assert offered == []
            qtbot.waitUntil(lambda: offered == [good])
            qtbot.waitUntil(lambda: session.window is not None and session.window is not first)
        else:  # read when the last meeting's contributions are read, just after the window shows: offered
            # then (not as a crash message), and the restored database opened in a new window
            qtbot.waitUntil(lambda: offered == [good])
            qtbot.waitUntil(lambda: session.window is not None and session.window is not first)
        assert [b.reason for b in backup.list_backups(path)].count(backup.DAMAGED) == 1
        assert probe.quick_check(path) == []
    finally:
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        session.close()


def test_a_shared_database_is_backed_up_on_its_server_the_dialog_says(qtbot, tmp_path: Path) -> None:
    dialog = BackupsDialog(None, Settings.in_file(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    assert "pg_dump" in dialog.intro.text() and "minutes backup" in dialog.intro.text()
    assert not dialog.back_up_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert dialog.table.rowCount() == 0
