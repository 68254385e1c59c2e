"""Application shortcuts win over the editing keys of the field that has the focus (issue 15, items 1, 4).

On Linux a line edit takes Ctrl+K as "delete to the end of the line" (Qt's X11 key scheme): it accepts the
ShortcutOverride event, so the window's Ctrl+K (search) never ran and the cut text was autosaved. The
headless platform of the tests uses another key scheme, so :func:`x11_line_edit` gives a field the X11
behaviour: it claims Ctrl+K and deletes to the end of its line, exactly as QLineEdit does there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from testkit.qt import type_vietnamese
from testkit.window import Opener, window_opener

from minutes.services import Services
from minutes.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def open_window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[Opener]:
    with window_opener(qtbot, db_path, tmp_path) as opener:
        yield opener


class X11Keys(QObject):
    """What QLineEdit does with Ctrl+K under the X11 key scheme: claim it, then delete to the line end."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_K and event.modifiers() == CTRL:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.edit.end(True)
                self.edit.del_()
                return True
        return False


def _search_dialog(window: MainWindow):
    return window.findChild(QObject, "searchDialog")


def test_ctrl_k_in_the_place_field_searches_twice_and_cuts_nothing(
    qtbot, open_window: Opener, fresh: Services
) -> None:
    window = open_window(with_demo=True)
    meeting_id = window.editor.meeting_id
    place = window.editor.general.location
    before = fresh.meetings.get(meeting_id).location
    assert place.text() == before != ""
    X11Keys(place)
    for _ in range(2):  # the second time is the one that cut the text
        place.setFocus()
        place.setCursorPosition(3)
        qtbot.waitUntil(place.hasFocus)
        QTest.keyClick(place, Qt.Key.Key_K, CTRL)  # the first Ctrl+K builds the dialog
        qtbot.waitUntil(lambda: _search_dialog(window) is not None and _search_dialog(window).isVisible())
        dialog = _search_dialog(window)
        QTest.keyClick(dialog.edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    assert place.text() == before
    window.save_now()
    assert fresh.meetings.get(meeting_id).location == before


def test_a_key_no_shortcut_uses_stays_the_fields(qtbot, open_window: Opener) -> None:
    window = open_window(with_demo=True)
    place = window.editor.general.location
    X11Keys(place)
    window.findChild(QObject, "searchEverything").setEnabled(False)  # Ctrl+K is nobody's now
    place.setFocus()
    place.setCursorPosition(0)
    QTest.keyClick(place, Qt.Key.Key_K, CTRL)
    assert place.text() == ""  # the field's own editing key, as the user's platform defines it


@pytest.mark.parametrize(
    ("key", "section", "check"),
    [
        (Qt.Key.Key_A, "AttendanceSection", "picker"),
        (Qt.Key.Key_K, "ConclusionsSection", "added"),
        (Qt.Key.Key_B, "ReportSection", "added"),
    ],
)
def test_a_meeting_menu_shortcut_works_from_the_title_field(
    qtbot, open_window: Opener, fresh: Services, key: Qt.Key, section: str, check: str
) -> None:
    window = open_window(with_demo=True)
    meeting_id = window.editor.meeting_id
    title = window.editor.general.title_edit
    before = fresh.meetings.get(meeting_id)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    QTest.keyClick(title, key, CTRL_SHIFT)
    target = next(s for s in window.editor.sections if type(s).__name__ == section)
    qtbot.waitUntil(lambda: target.has_focus_inside())
    focus = QApplication.focusWidget()
    type_vietnamese(focus, "Hoàng")
    window.save_now()
    after = fresh.meetings.get(meeting_id)
    assert after.title == before.title  # nothing typed went into the title
    assert title.toPlainText() == before.title
    if check == "picker":
        assert focus is target.picker
    elif section == "ConclusionsSection":
        assert len(after.conclusions) == len(before.conclusions) + 1
    else:
        assert len(after.reports) == len(before.reports) + 1
