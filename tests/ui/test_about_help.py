"""Help → Help (F1), Help → About and the drawn icons, driven by keys and menus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from minutes import __version__, logs
from minutes.paths import resource
from minutes.services import Actor, Database, Services
from minutes.ui.about import AboutDialog
from minutes.ui.app import start
from minutes.ui.help import HelpWindow
from minutes.ui.icons import NAMES
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

TODAY = date(2021, 3, 1)


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: TODAY)
    main = start(Services(database, Actor("Thư ký")), Settings.in_file(tmp_path / "s.ini"), reminders=False,
                 with_demo=True)  # fmt: skip
    main.resize(1200, 700)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AboutDialog | HelpWindow):
            widget.close()
    main.close()
    main.deleteLater()
    database.close()


def _dialog(qtbot, kind: type) -> object:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def test_f1_opens_the_help_with_the_shortcuts_and_how_to_export(window: MainWindow, qtbot) -> None:
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_ = _dialog(qtbot, HelpWindow)
    assert isinstance(help_, HelpWindow)
    assert "Official documents" in help_.guide.toPlainText()
    assert "Ctrl+P" in help_.guide.toPlainText()
    rows = [tuple(help_.model.index(r, c).data() for c in range(3)) for r in range(help_.model.rowCount())]
    assert ("File", "Save now", "Ctrl+S") in rows
    assert ("Help", "Help", "F1") in rows
    assert ("Tools", "Settings…", "Ctrl+,") in rows
    QTest.keyClick(help_, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_.isVisible())
    # F1 again, this time from a text field that has focus
    edit = window.findChild(QLineEdit)
    assert edit is not None
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_F1)
    assert isinstance(_dialog(qtbot, HelpWindow), HelpWindow)


def test_about_names_the_version_the_database_and_the_log_folder(window: MainWindow, qtbot,
                                                                 db_path: Path) -> None:  # fmt: skip
    menu = window.actions_.menu("help")
    assert window.actions_.about in menu.actions()
    window.actions_.about.trigger()
    about = _dialog(qtbot, AboutDialog)
    assert isinstance(about, AboutDialog)
    text = about.text.text()
    assert __version__ in text
    assert str(db_path) in text
    assert str(logs.log_path().parent) in text
    assert "MIT" in text


def test_the_window_and_the_toolbar_carry_the_drawn_icons(window: MainWindow) -> None:
    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(32, 32).isNull()
    toolbar = window.actions_.toolbar
    for action in toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().pixmap(24, 24).isNull(), action.objectName()
    for name in NAMES:
        assert resource("icons", f"{name}.svg").is_file()
    assert "MIT" in resource("icons", "README.md").read_text(encoding="utf-8")


def test_shift_f1_still_lists_the_shortcuts_alone(window: MainWindow, qtbot) -> None:
    from minutes.ui.shortcuts_dialog import ShortcutsDialog

    QTest.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    dialog.close()
