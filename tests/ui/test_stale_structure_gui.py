"""Structural edits and the profile dialog on the versioned write path, driven by keys: a move based on
an order someone else has changed is refused with a message and nothing moves; a profile value someone
else changed while it was being typed is shown with both texts and kept only when the user chooses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.editor.conclusions import ConclusionsSection
from minutes.ui.profile_dialog import ProfileDialog
from minutes.ui.undo import ServiceUndo


def test_moving_a_point_after_someone_else_reordered_them_moves_nothing_and_says_why(
    qtbot: QtBot, services: Services, fresh: Services
) -> None:
    meeting = services.meetings.create("Họp Thường trực Đảng ủy", date(2021, 5, 3))
    ids = [services.items.add_conclusion(meeting, f"Kết luận số {n}") for n in range(1, 4)]
    host = SectionHost(services, ConclusionsSection, meeting)
    host.section.resize(900, 500)
    host.section.show()
    qtbot.waitExposed(host.section)
    host.section.activateWindow()
    qtbot.waitUntil(host.section.isActiveWindow)
    try:
        section = host.section
        fresh.items.move_conclusion(ids[2], 0)  # another user, another connection: this screen is stale
        section.table.setFocus()
        section.table.setCurrentIndex(section.model.index(0, 0))
        QTest.keyClick(section.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(section.message.isVisible)
        assert "nothing was moved" in section.message.text()
        assert [c.id for c in fresh.meetings.get(meeting).conclusions] == [ids[2], ids[0], ids[1]]
        # once the list shows their order, the same key moves the point
        host.reload()
        section.table.setFocus()
        section.table.setCurrentIndex(section.model.index(1, 0))
        QTest.keyClick(section.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(
            lambda: [c.id for c in fresh.meetings.get(meeting).conclusions] == [ids[2], ids[1], ids[0]]
        )
    finally:
        host.close()


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> Iterator[ProfileDialog]:
    bus = DataBus(services.db)
    d = ProfileDialog(UiContext(services, bus, ServiceUndo(services)))
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    yield d
    d.close()
    bus.close()


def test_a_profile_value_someone_else_changed_is_shown_with_both_and_kept_when_chosen(
    qtbot: QtBot, dialog: ProfileDialog, fresh: Services
) -> None:
    edit = dialog.widgets["issuing_body"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    saver = dialog.savers["issuing_body"]
    saver._save_timer.setInterval(600_000)  # still typing: only leaving the field saves
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(edit, "ĐẢNG ỦY PHƯỜNG NGỌC THỤY")
    fresh.profile.set_value("issuing_body", "ĐẢNG ỦY PHƯỜNG GIANG BIÊN", profile_id=dialog.profile_id)
    QTest.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves: based on the value shown before
    bar = dialog.conflicts
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert bar.mine.toPlainText() == "ĐẢNG ỦY PHƯỜNG NGỌC THỤY"
    assert bar.theirs.toPlainText() == "ĐẢNG ỦY PHƯỜNG GIANG BIÊN"
    assert fresh.profile.get_id(dialog.profile_id).data.issuing_body == "ĐẢNG ỦY PHƯỜNG GIANG BIÊN"
    bar.keep.click()
    qtbot.waitUntil(
        lambda: fresh.profile.get_id(dialog.profile_id).data.issuing_body == "ĐẢNG ỦY PHƯỜNG NGỌC THỤY"
    )
    assert bar.isHidden()
