"""Going to an empty section adds nothing; blank records are named before printing and left out of the
minutes (issue 15, item 5)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from testkit.docx_read import reload, texts
from testkit.window import Opener, window_opener

from minutes.export.documents import build, check
from minutes.services import Services
from minutes.services.demo import demo_profile

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def open_window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[Opener]:
    with window_opener(qtbot, db_path, tmp_path) as opener:
        yield opener


def test_going_to_empty_sections_adds_nothing_and_the_add_key_adds_one(
    qtbot, open_window: Opener, services: Services, fresh: Services
) -> None:
    meeting_id = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    window = open_window()
    qtbot.waitUntil(lambda: window.editor.meeting_id == meeting_id)
    for number in (3, 5, 6, 3, 5, 6):
        QTest.keySequence(QApplication.focusWidget() or window, f"Alt+{number}")
    window.save_now()
    meeting = fresh.meetings.get(meeting_id)
    assert (meeting.reports, meeting.conclusions, meeting.recommendation_groups) == ([], [], [])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, CTRL_SHIFT)  # the add key: exactly one point
    window.save_now()
    assert len(fresh.meetings.get(meeting_id).conclusions) == 1


def test_blank_records_are_named_before_printing_and_left_out(services: Services, tmp_path: Path) -> None:
    meeting_id = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    services.items.add_conclusion(meeting_id, "Thống nhất kế hoạch tháng 4.")
    services.items.add_conclusion(meeting_id, "")
    services.items.add_contribution(meeting_id)
    meeting = services.meetings.get(meeting_id)
    issues = {i.code: i.items for i in check(meeting, "minutes")}
    assert issues["empty_conclusions"] == ("2",)
    assert issues["empty_contributions"] == ("1",)
    lines = texts(reload(build("minutes", meeting, demo_profile(), "state"), tmp_path / "m.docx"))
    assert "- Thống nhất kế hoạch tháng 4." in lines
    assert not [line for line in lines if line.strip() in ("-", "- .", "- .....")]
