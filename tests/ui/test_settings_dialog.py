"""Tools → Settings… driven by keys and clicks: every value read back from a fresh Settings on the file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox
from sqlalchemy.engine import make_url

from minutes.db import connection
from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings
from minutes.ui.settings_dialog import SettingsDialog

TODAY = date(2021, 3, 1)


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path, config_home: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: TODAY)
    main = start(Services(database, Actor("Thư ký")), Settings.in_file(tmp_path / "s.ini"), reminders=False,
                 ask_demo=lambda _p: False)  # fmt: skip
    main.resize(1200, 700)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
    main.deleteLater()
    database.close()


def _set_spin(spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, str(value))


def test_ctrl_comma_opens_settings_and_ok_saves_every_value(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)  # system -> Tiếng Việt
    dialog.family.setFocus()
    QTest.keyClick(dialog.family, Qt.Key.Key_Down)  # State -> Party
    _set_spin(dialog.reminder_days, 14)
    qtbot.mouseClick(dialog.reminder_at_start, Qt.MouseButton.LeftButton)
    _set_spin(dialog.save_delay, 2500)
    _set_spin(dialog.draft_delay, 300)
    _set_spin(dialog.backup_keep, 30)
    qtbot.mouseClick(dialog.backup_daily, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(type(dialog.server_button), "settingsOk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = Settings.in_file(tmp_path / "s.ini")  # a fresh reader of the same file
    assert saved.language == "vi"
    assert saved.default_family == "party"
    assert saved.reminder_days_ahead == 14
    assert saved.reminder_at_start is False
    assert saved.save_delay_ms == 2500
    assert saved.draft_delay_ms == 300
    assert saved.backup_keep == 30
    assert saved.backup_daily is False
    assert connection.saved_url() is None  # the database was left as it was
    assert window.actions_.language_vi.isChecked()  # the View → Language menu says the same
    assert "next start" in window.statusBar().currentMessage()


def test_cancel_keeps_the_settings(window: MainWindow, qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _set_spin(dialog.backup_keep, 99)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert Settings.in_file(tmp_path / "s.ini").backup_keep == 10


def test_a_database_file_and_a_server_are_saved_for_the_next_start(qtbot, tmp_path: Path,
                                                                    config_home: Path) -> None:  # fmt: skip
    settings = Settings.in_file(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    other = tmp_path / "office" / "minutes.sqlite3"
    dialog.file.setFocus()
    QTest.keyClicks(dialog.file, str(other))
    assert str(other) in dialog.database_shown.text()
    dialog.save()
    assert connection.saved_url() == f"sqlite:///{other}"

    server = make_url("postgresql+psycopg://thuky@db.example:5432/minutes")
    dialog = SettingsDialog(settings, ask_server=lambda _p: server)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.file.text() == str(other)
    qtbot.mouseClick(dialog.server_button, Qt.MouseButton.LeftButton)
    assert "db.example" in dialog.database_shown.text()
    dialog.save()
    assert connection.saved_url() == "postgresql+psycopg://thuky@db.example:5432/minutes"

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.file.setText("")
    dialog.file.textEdited.emit("")  # back to this computer's default file
    dialog.save()
    assert connection.saved_url() is None


def test_the_autosave_delays_are_honoured_by_the_next_window(qtbot, db_path: Path, tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    _set_spin(dialog.save_delay, 3000)
    dialog.save()
    database = Database(str(db_path), clock=lambda: TODAY)
    main = start(Services(database, Actor("Thư ký")), Settings.in_file(tmp_path / "s.ini"), reminders=False,
                 ask_demo=lambda _p: False)  # fmt: skip
    try:
        from minutes.ui.autosave import FieldSaver

        savers = main.editor.general.findChildren(FieldSaver)
        assert savers and {saver._save_timer.interval() for saver in savers} == {3000}
    finally:
        main.close()
        main.deleteLater()
        database.close()


def test_ctrl_comma_works_from_a_text_field_twice(window: MainWindow, qtbot) -> None:
    edit = window.list_pane.search  # the meetings list's search field
    for _ in range(2):
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        QTest.keyClick(edit, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
        dialog = QApplication.activeModalWidget()
        assert edit.text() == ""  # the key did not type a comma into the field
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
