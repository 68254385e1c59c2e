"""Finalising and amending minutes from the main window (issue 13, item 4): by keys, read back through a
fresh connection; the editor of finalised minutes is read-only and says which version stands."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from testkit.docx_read import texts

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.finalise_ui import FinaliseActions, VersionsDialog
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    main = start(Services(database, Actor("Chủ trì", "leader")), Settings.in_file(tmp_path / "settings.ini"),
                 with_demo=True, reminders=False)  # fmt: skip
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.close()
    main.deleteLater()
    database.close()


def test_finalise_then_amend_by_keys(
    qtbot: QtBot, window: MainWindow, fresh: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.findChild(FinaliseActions)
    assert actions is not None
    qtbot.waitUntil(lambda: window.editor.meeting is not None)
    meeting_id = window.editor.meeting.id  # type: ignore[union-attr]
    assert actions.finalise_action.isEnabled() and not actions.amend_action.isEnabled()
    assert "finaliseMinutes" in [a.objectName() for a in window.actions_.menu("meeting").actions()]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    QTest.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).status == "finalised")
    [version] = fresh.finalise.versions(meeting_id)
    assert version.number == 1 and version.finalised_by == "Chủ trì"
    qtbot.waitUntil(lambda: actions.banner.isVisible())
    assert "1" in actions.banner.label.text() and "Chủ trì" in actions.banner.label.text()
    assert all(not frame.section.isEnabled() for frame in window.editor.frames)
    assert actions.amend_action.isEnabled() and not actions.finalise_action.isEnabled()

    reason = "Bổ sung ý kiến phát biểu còn thiếu"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (reason, True))
    QTest.keyClick(
        window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).status == "draft")
    versions = fresh.finalise.versions(meeting_id)
    assert [(v.number, v.open, v.reason) for v in versions] == [(1, False, ""), (2, True, reason)]
    qtbot.waitUntil(lambda: not actions.banner.isVisible())
    assert all(frame.section.isEnabled() for frame in window.editor.frames)

    # the versions dialog saves version 1's minutes, which say which version they print
    dialog = VersionsDialog(actions, window.editor.meeting, window)  # type: ignore[arg-type]
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 3).text() == reason
    dialog.table.selectRow(0)
    target = tmp_path / "bien-ban-v1.docx"
    monkeypatch.setattr(
        "minutes.ui.finalise_ui.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    lines = texts(docx.Document(str(target)))
    assert any(line.startswith("Phiên bản 1 của biên bản đã hoàn thiện") for line in lines)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text()  # a sentence in the user's language
    dialog.close()


def test_a_viewer_reads_the_minutes_and_is_told_why_it_cannot_change_them(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    database = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    Services(database, Actor("Thư ký")).demo.load()
    main = start(Services(database, Actor("Khách", "viewer")), Settings.in_file(tmp_path / "settings.ini"),
                 reminders=False)  # fmt: skip
    try:
        main.show()
        qtbot.waitExposed(main)
        qtbot.waitUntil(lambda: main.editor.meeting is not None)
        actions = main.findChild(FinaliseActions)
        assert actions is not None
        qtbot.waitUntil(lambda: actions.banner.isVisible())
        assert "viewer" in actions.banner.label.text()
        assert all(not frame.section.isEnabled() for frame in main.editor.frames)
        assert not actions.finalise_action.isEnabled() and "leader" in actions.finalise_action.toolTip()
    finally:
        main.close()
        main.deleteLater()
        database.close()
