"""Contributions recorded live: the speaker queue, the floor with one key, the clock, Ctrl+Enter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.contributions import ContributionsSection

SPEECH = [
    "Đồng chí Nguyễn Mạnh Hà đề nghị phường tập trung giải phóng mặt bằng.",
    "Ý kiến về công tác quản lý đô thị, vệ sinh môi trường năm 2021.",
    "Đề nghị làm rõ kết quả thu ngân sách: đạt 87%; chi ước 98,4%.",
]


@pytest.fixture
def meeting_id(services: Services) -> int:
    services.directory.create_person("Đường Hoài Nam", "Bí thư Quận ủy Long Biên")
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


def queue(qtbot: QtBot, section: ContributionsSection, query: str) -> None:
    picker = section.queue.picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    QTest.keyClicks(picker, query)
    QTest.keyClick(picker, Qt.Key.Key_Return)


@pytest.mark.parametrize("nfd", [False, True])
def test_speaker_queue_next_type_and_ctrl_enter(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, nfd: bool
) -> None:
    section = host.section
    for query in ("manh ha", "ngoc phan", "hoai nam"):
        queue(qtbot, section, query)
    assert section.queue.displays() == [
        "Nguyễn Mạnh Hà - Chủ tịch UBND quận",
        "Nguyễn Ngọc Phan - Bí thư Đảng ủy phường Long Biên",
        "Đường Hoài Nam - Bí thư Quận ủy Long Biên",
    ]
    start = datetime.now().time().replace(microsecond=0)
    QTest.keyClick(section.queue.picker, Qt.Key.Key_F8)  # the first of the queue has the floor
    assert section.text.hasFocus()  # ready for typing at once
    assert section.running_id is not None
    assert section.queue.displays()[0].startswith("Nguyễn Ngọc Phan")
    assert section.timer_label.text() == "0:00"
    assert "Nguyễn Mạnh Hà" in section.now_label.text()
    for index, speech in enumerate(SPEECH):
        type_vietnamese(section.text, speech, nfd=nfd)
        if index == 0:  # the clock runs while they speak
            qtbot.waitUntil(lambda: section.timer_label.text() == "0:01", timeout=3000)
        if index < 2:
            QTest.keyClick(section.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert section.text.hasFocus() and section.text.toPlainText() == ""
    QTest.keyClick(section.text, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # finish the last
    assert section.running_id is None
    host.settle()
    end = datetime.now().time().replace(microsecond=0)

    rows = fresh.meetings.get(meeting_id).contributions
    assert [(c.position, c.speaker_name, c.text) for c in rows] == [
        (0, "Nguyễn Mạnh Hà", SPEECH[0]),
        (1, "Nguyễn Ngọc Phan", SPEECH[1]),
        (2, "Đường Hoài Nam", SPEECH[2]),
    ]
    assert all(unicodedata.is_normalized("NFC", c.text) for c in rows)
    assert all(start <= c.spoken_at <= end for c in rows)  # type: ignore[operator]
    assert [c.spoken_at for c in rows] == sorted(c.spoken_at for c in rows)  # type: ignore[type-var]
    assert rows[0].duration_seconds is not None and rows[0].duration_seconds >= 1
    assert all(c.duration_seconds is not None and c.duration_seconds >= 0 for c in rows)
    assert section.model.rowCount() == 3
    assert section.model.index(0, 2).data() == "Nguyễn Mạnh Hà - Chủ tịch UBND quận"


def test_empty_queue_starts_an_unnamed_speaker_with_a_label(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    section.queue.picker.setFocus()
    QTest.keyClick(section.queue.picker, Qt.Key.Key_F8)
    qtbot.waitUntil(section.speaker.hasFocus)  # say who speaks
    type_vietnamese(section.speaker, "Đại diện Phòng Tài chính - Kế hoạch")
    QTest.keyClick(section.speaker, Qt.Key.Key_Return)  # nobody in the directory: kept as a label
    qtbot.waitUntil(section.text.hasFocus)
    type_vietnamese(section.text, "Báo cáo tiến độ giải ngân vốn đầu tư công.\nĐề nghị bổ sung kinh phí.")
    QTest.keyClick(section.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(section.speaker.hasFocus)
    type_vietnamese(section.speaker, "ngoc phan")  # a queued-less speaker picked from the directory
    QTest.keyClick(section.speaker, Qt.Key.Key_Return)
    qtbot.waitUntil(section.text.hasFocus)
    type_vietnamese(section.text, "Tiếp thu ý kiến.")
    host.settle()
    rows = fresh.meetings.get(meeting_id).contributions
    assert [(c.speaker_id is None, c.speaker_display, c.text) for c in rows] == [
        (
            True,
            "Đại diện Phòng Tài chính - Kế hoạch",
            "Báo cáo tiến độ giải ngân vốn đầu tư công.\nĐề nghị bổ sung kinh phí.",
        ),
        (False, "Nguyễn Ngọc Phan - Bí thư Đảng ủy phường Long Biên", "Tiếp thu ý kiến."),
    ]
    assert rows[0].duration_seconds is not None and rows[1].duration_seconds is None  # still speaking


def test_queue_reorder_remove_and_floor_to_selected(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    for query in ("manh ha", "ngoc phan", "hoai nam"):
        queue(qtbot, section, query)
    view = section.queue.view
    view.setFocus()
    view.setCurrentIndex(section.queue.model.index(2, 0))
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [d.split(" - ")[0] for d in section.queue.displays()] == [
        "Nguyễn Mạnh Hà",
        "Đường Hoài Nam",
        "Nguyễn Ngọc Phan",
    ]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [d.split(" - ")[0] for d in section.queue.displays()] == ["Nguyễn Mạnh Hà", "Nguyễn Ngọc Phan"]
    view.setCurrentIndex(section.queue.model.index(1, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)  # the floor to the selected one, out of turn
    assert section.text.hasFocus()
    host.settle()
    assert [c.speaker_name for c in fresh.meetings.get(meeting_id).contributions] == ["Nguyễn Ngọc Phan"]
    assert [d.split(" - ")[0] for d in section.queue.displays()] == ["Nguyễn Mạnh Hà"]


def test_edit_afterwards_reorder_and_delete_with_undo(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    items = host.services.items
    for index, text in enumerate(SPEECH):
        items.add_contribution(meeting_id, speaker_label=f"Người {index + 1}", text=text)
    host.reload()
    section = host.section
    table = section.table
    table.setFocus()
    table.setCurrentIndex(section.model.index(1, 4))
    QTest.keyClick(table, Qt.Key.Key_Return)  # edit the selected contribution's text
    assert section.text.hasFocus() and section.text.toPlainText() == SPEECH[1]
    section.text.moveCursor(section.text.textCursor().MoveOperation.End)
    type_vietnamese(section.text, " Bổ sung: đường Ngọc Thụy.")
    table.setFocus()  # leaving the field saves it
    host.settle()
    texts = lambda: [c.text for c in fresh.meetings.get(meeting_id).contributions]  # noqa: E731
    assert texts() == [SPEECH[0], SPEECH[1] + " Bổ sung: đường Ngọc Thụy.", SPEECH[2]]

    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts()[2].startswith(SPEECH[1])
    assert table.currentIndex().row() == 2
    host.undo_stack.undo()
    assert texts()[1].startswith(SPEECH[1])

    table.setCurrentIndex(section.model.index(0, 4))
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert texts() == [SPEECH[1] + " Bổ sung: đường Ngọc Thụy.", SPEECH[2]]
    host.undo_stack.undo()
    rows = fresh.meetings.get(meeting_id).contributions
    assert [(c.speaker_label, c.text) for c in rows][0] == ("Người 1", SPEECH[0])
    assert len(rows) == 3


def test_contribution_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, host: SectionHost, meeting_id: int
) -> None:
    host.services.items.add_contribution(meeting_id, speaker_label="Đại biểu", text="Một\nHai")
    queue(qtbot, host.section, "manh ha")
    host.reload()
    assert host.section.model.rowCount() == 1 and host.section.queue.model.rowCount() == 1
    qtmodeltester.check(host.section.model)
    qtmodeltester.check(host.section.queue.model)
