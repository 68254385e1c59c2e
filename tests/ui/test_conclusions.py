"""Conclusions typed point by point: Ctrl+Enter starts the next, the list reorders and deletes (undoable)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.conclusions import ConclusionsSection

POINTS = [
    "Ghi nhận kết quả và đánh giá cao sự nỗ lực của lãnh đạo Đảng ủy, HĐND - UBND phường.",
    "Tập trung công tác quản lý đất đai, giải phóng mặt bằng, trật tự đô thị.",
    "Thực hiện tốt chủ đề “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”.",
]


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, ConclusionsSection, meeting_id)
    h.section.resize(900, 500)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    yield h
    h.close()


def texts(fresh: Services, meeting_id: int) -> list[str]:
    return [c.text for c in fresh.meetings.get(meeting_id).conclusions]


@pytest.mark.parametrize("nfd", [False, True])
def test_points_typed_one_after_another(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, nfd: bool
) -> None:
    section = host.section
    section.focus_first()  # an empty list: the Add button; Ctrl+Shift+K adds the first point
    qtbot.waitUntil(section.add_button.hasFocus)
    QTest.keyClick(
        section.add_button,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(section.text.hasFocus)
    for index, point in enumerate(POINTS):
        type_vietnamese(section.text, point, nfd=nfd)
        if index < len(POINTS) - 1:
            QTest.keyClick(section.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert section.text.hasFocus() and section.text.toPlainText() == ""
    host.settle()
    assert texts(fresh, meeting_id) == POINTS
    assert section.model.index(2, 0).data() == "3"


def test_insert_after_reorder_delete_and_undo(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    for point in POINTS:
        host.services.items.add_conclusion(meeting_id, point)
    host.reload()
    section = host.section
    table = section.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(section.model.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Insert)  # a new point right after the first
    qtbot.waitUntil(section.text.hasFocus)
    type_vietnamese(section.text, "Điểm bổ sung.")
    table.setFocus()
    host.settle()
    assert texts(fresh, meeting_id) == [POINTS[0], "Điểm bổ sung.", POINTS[1], POINTS[2]]

    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(fresh, meeting_id)[2] == "Điểm bổ sung."
    host.undo_stack.undo()
    assert texts(fresh, meeting_id)[1] == "Điểm bổ sung."
    table.setCurrentIndex(section.model.index(1, 1))
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert texts(fresh, meeting_id) == POINTS
    host.undo_stack.undo()
    assert texts(fresh, meeting_id) == [POINTS[0], "Điểm bổ sung.", POINTS[1], POINTS[2]]


def test_conclusions_model_passes_the_model_tester(
    qtmodeltester: ModelTester, host: SectionHost, meeting_id: int
) -> None:
    for point in POINTS:
        host.services.items.add_conclusion(meeting_id, point)
    host.reload()
    assert host.section.model.rowCount() == len(POINTS)  # the tester is run on a model holding rows
    qtmodeltester.check(host.section.model)
