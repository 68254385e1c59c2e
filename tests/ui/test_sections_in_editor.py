"""The sections inside the real meeting editor (which reloads the meeting once the event loop runs):
a contribution started with F8 and a conclusion started with Ctrl+Enter take the very next keystrokes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from testkit.qt import type_vietnamese

from minutes.services import Services
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.editor.conclusions import ConclusionsSection
from minutes.ui.editor.contributions import ContributionsSection
from minutes.ui.editor.editor import MeetingEditor
from minutes.ui.undo import ServiceUndo
from minutes.ui.writer import BackgroundWriter


@pytest.fixture
def editor(qtbot: QtBot, services: Services) -> Iterator[MeetingEditor]:
    services.directory.create_person("Nguyễn Mạnh Hà", "Chủ tịch UBND quận")
    meeting_id = services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    bus, writer = DataBus(services.db), BackgroundWriter()
    widget = MeetingEditor(UiContext(services, bus, ServiceUndo(services)), writer)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.open_meeting(meeting_id)
    qtbot.waitUntil(lambda: not widget.filling())  # the sections below the view come after the paint
    yield widget
    widget.flush()
    writer.close()
    bus.close()
    widget.close()


def section(editor: MeetingEditor, kind: type) -> object:
    return next(s for s in editor.sections if isinstance(s, kind))


def test_typing_right_after_f8_and_ctrl_enter_lands_in_the_new_records(
    qtbot: QtBot, editor: MeetingEditor, fresh: Services
) -> None:
    contributions = section(editor, ContributionsSection)
    assert isinstance(contributions, ContributionsSection)
    picker = contributions.queue.picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    QTest.keyClicks(picker, "manh ha")
    QTest.keyClick(picker, Qt.Key.Key_Return)
    QTest.keyClick(picker, Qt.Key.Key_F8)
    type_vietnamese(contributions.text, "Đề nghị phường tập trung giải phóng mặt bằng.")  # no wait at all
    QTest.keyClick(contributions.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(contributions.speaker.hasFocus)  # nobody queued: who speaks?
    type_vietnamese(contributions.speaker, "Đại diện Phòng Tài chính")
    QTest.keyClick(contributions.speaker, Qt.Key.Key_Return)
    type_vietnamese(contributions.text, "Báo cáo tiến độ giải ngân.")

    conclusions = section(editor, ConclusionsSection)
    assert isinstance(conclusions, ConclusionsSection)
    assert editor.go_to(5)  # an empty list: nothing is created; Ctrl+Shift+K adds the first point
    QTest.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    type_vietnamese(conclusions.text, "Ghi nhận kết quả năm 2020.")
    QTest.keyClick(conclusions.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(conclusions.text, "Tập trung công tác quản lý đất đai.")
    editor.flush()
    editor.writer.drain()
    meeting = fresh.meetings.get(editor.meeting_id)  # type: ignore[arg-type]
    assert [(c.speaker_display, c.text) for c in meeting.contributions] == [
        ("Nguyễn Mạnh Hà - Chủ tịch UBND quận", "Đề nghị phường tập trung giải phóng mặt bằng."),
        ("Đại diện Phòng Tài chính", "Báo cáo tiến độ giải ngân."),
    ]
    assert [c.text for c in meeting.conclusions] == [
        "Ghi nhận kết quả năm 2020.",
        "Tập trung công tác quản lý đất đai.",
    ]
