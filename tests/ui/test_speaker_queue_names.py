"""The speaker queue never turns a mistyped name into a free-text speaker without asking, and the picker
is empty again once someone is queued (issue 15, item 8).

The question is the real message box, answered by keys (K keeps the name as written, A adds the
person, Esc goes back); what was queued is read back from the database after F8 gives the floor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.contributions import ContributionsSection


@pytest.fixture
def meeting_id(services: Services) -> int:
    services.directory.create_person("Nguyễn Mạnh Hà", "Chủ tịch UBND quận")
    services.directory.create_person("Nguyễn Ngọc Phan", "Bí thư Đảng ủy phường Long Biên")
    return services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, ContributionsSection, meeting_id)
    h.section.resize(1000, 600)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    yield h
    h.close()


def answer_question(qtbot: QtBot, key: Qt.Key) -> list[str]:
    """Answer the next message box by pressing ``key`` (a button's mnemonic letter, as a message box
    takes it, or Esc); returns (once shown) the question it asked."""
    asked: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)  # not shown yet: look again on the next turn of its event loop
            return
        asked.append(box.text())
        QTest.keyClick(box, key)
        try:
            qtbot.waitUntil(lambda: not box.isVisible())  # a mnemonic clicks its button (animated)
        except WaitTimeout:
            box.reject()  # the key did nothing: the test fails on what was queued, it does not hang

    QTimer.singleShot(0, press)
    return asked


def queue_typed(qtbot: QtBot, section: ContributionsSection, text: str) -> None:
    picker = section.queue.picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    type_vietnamese(picker, text)
    QTest.keyClick(picker, Qt.Key.Key_Return)
    # The offscreen platform does not give the activation back after a message box (a desktop does).
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)


def people(services: Services) -> list[str]:
    return sorted(p.full_name for p in services.directory.find_people())


def give_floor_and_read(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> Callable[[], list[tuple[int | None, str | None]]]:
    section = host.section
    QTest.keyClick(section.queue.picker, Qt.Key.Key_F8)  # the first of the queue has the floor
    qtbot.waitUntil(section.text.hasFocus)
    host.settle()
    return lambda: [(c.speaker_id, c.speaker_label) for c in fresh.meetings.get(meeting_id).contributions]


def test_a_name_nobody_has_is_queued_as_written_only_when_the_user_says(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    asked = answer_question(qtbot, Qt.Key.Key_K)  # "Keep as text"
    queue_typed(qtbot, section, "Đại diện Phòng Tài chính")
    assert len(asked) == 1 and "Đại diện Phòng Tài chính" in asked[0]
    assert section.queue.displays() == ["Đại diện Phòng Tài chính"]
    assert section.queue.picker.text() == ""  # cleared for the next name
    assert people(fresh) == ["Nguyễn Mạnh Hà", "Nguyễn Ngọc Phan"]  # nobody was added
    read = give_floor_and_read(qtbot, host, fresh, meeting_id)
    assert read() == [(None, "Đại diện Phòng Tài chính")]


def test_a_typo_goes_back_to_be_corrected_and_nothing_is_queued(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    picker = section.queue.picker
    asked = answer_question(qtbot, Qt.Key.Key_Escape)  # "Go back"
    queue_typed(qtbot, section, "manh haa")
    assert len(asked) == 1
    assert section.queue.displays() == []
    assert picker.text() == "manh haa" and picker.hasSelectedText()  # kept, selected, to be corrected
    qtbot.waitUntil(picker.hasFocus)
    QTest.keyClick(picker, Qt.Key.Key_End)
    QTest.keyClick(picker, Qt.Key.Key_Backspace)
    QTest.keyClick(picker, Qt.Key.Key_Return)  # "manh ha": the directory's person, no question
    assert len(asked) == 1
    assert section.queue.displays() == ["Nguyễn Mạnh Hà - Chủ tịch UBND quận"]
    assert picker.text() == ""
    read = give_floor_and_read(qtbot, host, fresh, meeting_id)
    speaker_id, label = read()[0]
    assert label is None and fresh.directory.get_person(speaker_id or 0).full_name == "Nguyễn Mạnh Hà"


def test_an_unknown_person_can_be_added_to_the_directory_from_the_queue(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    asked = answer_question(qtbot, Qt.Key.Key_A)  # "Add to the directory"
    queue_typed(qtbot, section, "Trần Thị Thu Hằng")
    assert len(asked) == 1
    assert people(fresh) == ["Nguyễn Mạnh Hà", "Nguyễn Ngọc Phan", "Trần Thị Thu Hằng"]
    assert section.queue.displays() == ["Trần Thị Thu Hằng"]
    assert section.queue.picker.text() == ""
    read = give_floor_and_read(qtbot, host, fresh, meeting_id)
    speaker_id, label = read()[0]
    assert label is None and fresh.directory.get_person(speaker_id or 0).full_name == "Trần Thị Thu Hằng"


def test_ctrl_enter_queues_as_written_without_asking_and_clears_the_picker(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    picker = section.queue.picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    type_vietnamese(picker, "Đại diện Công an phường")
    QTest.keyClick(picker, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # asked for: no box
    assert QApplication.activeModalWidget() is None
    assert section.queue.displays() == ["Đại diện Công an phường"]
    assert picker.text() == ""
    type_vietnamese(picker, "Nguyễn Ngọc Phan")  # Ctrl+Enter on a name the directory has: that person
    QTest.keyClick(picker, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert section.queue.displays()[1].startswith("Nguyễn Ngọc Phan - ")
    assert picker.text() == ""
    read = give_floor_and_read(qtbot, host, fresh, meeting_id)
    assert read() == [(None, "Đại diện Công an phường")]
