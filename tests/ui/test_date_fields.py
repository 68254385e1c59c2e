"""Date fields take days as users type them and check them (issue 15, item 6)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost
from testkit.window import Opener, window_opener

from minutes.services import Services
from minutes.ui.editor.general import GeneralSection
from minutes.ui.editor.tasks import TasksSection
from minutes.ui.task_form import TaskForm

DAY = date(2021, 1, 19)


@pytest.fixture
def open_window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[Opener]:
    with window_opener(qtbot, db_path, tmp_path) as opener:
        yield opener


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Giao ban tháng 1", DAY)


def test_click_then_type_the_day_without_separators(
    qtbot: QtBot, open_window: Opener, fresh: Services, meeting_id: int
) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.editor.meeting_id == meeting_id)
    general = window.editor.general
    QTest.mouseClick(general.date, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: general.date.hasFocus() and general.date.selectedText() == "19/01/2021")
    QTest.keyClicks(general.date, "31122026")  # digits typed after a click replace the day
    QTest.keyClick(general.date, Qt.Key.Key_Tab)
    assert general.start.hasFocus()  # one Tab: the next field, nothing skipped
    assert general.date.text() == "31/12/2026"
    window.save_now()
    assert fresh.meetings.get(meeting_id).meeting_date == date(2026, 12, 31)


def test_a_year_3112_is_refused_and_the_text_kept(
    qtbot: QtBot, open_window: Opener, fresh: Services, meeting_id: int
) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.editor.meeting_id == meeting_id)
    general = window.editor.general
    general.date.setFocus()
    QTest.keyClicks(general.date, "31/12/3112")
    QTest.keyClick(general.date, Qt.Key.Key_Tab)
    assert general.date.text() == "31/12/3112"  # nothing typed is lost
    assert "1945" in general.date.problem() and "2100" in general.date.problem()
    window.save_now()
    assert fresh.meetings.get(meeting_id).meeting_date == DAY
    general.date.setFocus()
    QTest.keyClicks(general.date, "4/3")  # corrected: the day and month, the year as before
    QTest.keyClick(general.date, Qt.Key.Key_Tab)
    window.save_now()
    assert general.date.problem() == ""
    assert fresh.meetings.get(meeting_id).meeting_date == date(2021, 3, 4)


def test_a_deadline_before_the_meeting_is_warned_at_once_and_not_saved(
    qtbot: QtBot, services: Services, fresh: Services, meeting_id: int
) -> None:
    host = SectionHost(services, TasksSection, meeting_id)
    form = TaskForm(host.ctx, host.writer, services.meetings.get(meeting_id), text="Rà soát hồ sơ")
    qtbot.addWidget(form)
    try:
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        QTest.mouseClick(form.has_deadline, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(form.deadline.hasFocus)
        QTest.keyClicks(form.deadline, "15012021")
        QTest.keyClick(form.deadline, Qt.Key.Key_Tab)
        assert form.error.isVisible() and "15/01/2021" in form.error.text()  # before saving
        form.accept()
        assert form.isVisible() and fresh.tasks.list_for_meeting(meeting_id) == []
        form.deadline.setFocus()
        QTest.keyClicks(form.deadline, "31/01/2021")
        QTest.keyClick(form.deadline, Qt.Key.Key_Tab)
        assert not form.error.isVisible()
        form.accept()
        (task,) = fresh.tasks.list_for_meeting(meeting_id)
        assert task.deadline == date(2021, 1, 31)
    finally:
        host.close()


def test_a_meeting_known_by_its_month_takes_the_month_as_typed(
    qtbot: QtBot, services: Services, fresh: Services, meeting_id: int
) -> None:
    host = SectionHost(services, GeneralSection, meeting_id)
    try:
        host.section.show()
        qtbot.waitExposed(host.section)
        host.section.activateWindow()
        schedule, field = host.section.schedule, host.section.date
        schedule.precision.setFocus()
        qtbot.waitUntil(schedule.precision.hasFocus)
        QTest.keyClick(schedule.precision, Qt.Key.Key_Down)  # month only
        host.settle()
        assert field.text() == "01/2021"
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        QTest.keyClicks(field, "032022")  # no separator, as with days
        QTest.keyClick(field, Qt.Key.Key_Tab)
        assert field.text() == "03/2022" and field.problem() == ""
        host.settle()
        meeting = fresh.meetings.get(meeting_id)
        assert (meeting.date_precision, meeting.meeting_date) == ("month", date(2022, 3, 1))
        field.setFocus()
        QTest.keyClicks(field, "13/2022")
        QTest.keyClick(field, Qt.Key.Key_Tab)
        assert field.text() == "13/2022" and field.problem()  # kept, marked, not saved
        host.settle()
        assert fresh.meetings.get(meeting_id).meeting_date == date(2022, 3, 1)
    finally:
        host.close()
