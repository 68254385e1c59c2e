"""The documents and profile entries installed into the real main window: menu, Ctrl+P, the open meeting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from testkit.docx_read import texts
from testkit.qt import type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.export_actions import ExportActions, install_export
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    main = start(Services(database, Actor("Thư ký")), Settings.in_file(tmp_path / "settings.ini"), with_demo=True,
                 reminders=False)  # fmt: skip
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
    main.deleteLater()
    database.close()


def test_file_menu_and_ctrl_p_export_the_open_meeting(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    actions = window.findChild(ExportActions)  # the shell installs them at start
    assert actions is not None and install_export(window, window.ctx) is actions  # no duplicate on a 2nd call
    names = [a.objectName() for a in window.actions_.menu("file").actions()]
    assert names.index("officialDocuments") < names.index("organisationProfile") < names.index("quit")
    assert (
        actions.documents.isEnabled()
        and "Ctrl+P" in actions.documents.toolTip() + actions.documents.shortcut().toString()
    )
    # what the secretary just typed (not saved yet) must be in the document
    title = window.editor.general.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    QTest.keyClick(title, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(title, " (bản sửa đổi)")
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    dialog = actions.dialog
    assert dialog is not None
    dialog.path_edit.setText(str(tmp_path / "bien-ban.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    lines = texts(docx.Document(str(written.args[0])))
    assert any(line.endswith("nhiệm vụ trọng tâm năm 2021 (bản sửa đổi)") for line in lines)
    dialog.close()


def test_profile_action_opens_the_dialog_on_the_window_writer(qtbot: QtBot, window: MainWindow) -> None:
    actions = install_export(window, window.ctx)
    actions.profile.trigger()
    qtbot.waitUntil(lambda: actions.profile_dialog is not None and actions.profile_dialog.isVisible())
    dialog = actions.profile_dialog
    assert dialog is not None and dialog.writer is window.writer
    # the open meeting's organising unit's profile (the example's own), and no blank default made up
    assert dialog.profile_combo.currentText() == "Quận ủy Long Biên"
    assert dialog.widgets["issuing_body"].text() == "QUẬN ỦY LONG BIÊN"  # type: ignore[union-attr]
    assert window.ctx.services.profile.get_default().id is None
    dialog.close()


def test_without_an_open_meeting_the_action_is_disabled(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    database = Database(str(db_path))
    main = start(Services(database, Actor("t")), Settings.in_file(tmp_path / "s.ini"), ask_demo=lambda _p: False,
                 reminders=False)  # fmt: skip
    try:
        actions = install_export(main, main.ctx)
        assert not actions.documents.isEnabled()
        assert actions.open_documents() is None
    finally:
        main.close()
        database.close()
