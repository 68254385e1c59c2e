"""The general information's date precision and next meeting, and the kind of a report's figure, edited
by keys and read back through a fresh connection; a next meeting before this one is refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.services.dto import NextMeetingDTO
from minutes.ui.editor.general import GeneralSection
from minutes.ui.editor.report import ReportSection

MEETING_DAY = date(2023, 1, 15)


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Giao ban UBND phường tháng 01/2023", MEETING_DAY)


def shown(qtbot: QtBot, services: Services, meeting_id: int, factory: type) -> SectionHost:
    h = SectionHost(services, factory, meeting_id)
    h.section.resize(1100, 700)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    return h


@pytest.fixture
def general(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = shown(qtbot, services, meeting_id, GeneralSection)
    yield h
    h.close()


@pytest.fixture
def report(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = shown(qtbot, services, meeting_id, ReportSection)
    yield h
    h.close()


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_meeting_known_by_its_month_and_the_next_meeting_by_keys(
    qtbot: QtBot, general: SectionHost, fresh: Services, meeting_id: int
) -> None:
    schedule = general.section.schedule
    focus(qtbot, schedule.precision)
    QTest.keyClick(schedule.precision, Qt.Key.Key_Down)  # month only: saved when chosen
    general.settle()
    meeting = fresh.meetings.get(meeting_id)
    assert (meeting.date_precision, meeting.meeting_date) == ("month", date(2023, 1, 1))
    assert general.section.date.text() == "01/2023"

    focus(qtbot, schedule.has_next)
    QTest.keyClick(schedule.has_next, Qt.Key.Key_Space)
    assert schedule.next_date.isEnabled() and schedule.next_date.hasFocus()
    QTest.keyClicks(schedule.next_date, "15022023")
    QTest.keyClick(schedule.next_date, Qt.Key.Key_Tab)  # confirmed on leaving
    assert schedule.next_precision.hasFocus()
    QTest.keyClick(schedule.next_precision, Qt.Key.Key_Tab)
    assert schedule.next_time.hasFocus()
    QTest.keyClicks(schedule.next_time, "0800")
    QTest.keyClick(schedule.next_time, Qt.Key.Key_Tab)
    assert schedule.next_location.hasFocus()
    type_vietnamese(schedule.next_location, "Hội trường UBND phường", nfd=True)
    QTest.keyClick(schedule.next_location, Qt.Key.Key_Tab)
    type_vietnamese(schedule.next_note, "Sơ kết quý I/2023")
    general.settle()
    assert fresh.meetings.get(meeting_id).next_meeting == NextMeetingDTO(
        date(2023, 2, 15), "day", time(8, 0), "Hội trường UBND phường", "Sơ kết quý I/2023"
    )

    general.undo_stack.undo()  # the note
    general.undo_stack.undo()  # the place
    general.undo_stack.undo()  # the time
    general.writer.drain()
    nxt = fresh.meetings.get(meeting_id).next_meeting
    assert nxt is not None and (nxt.meeting_date, nxt.start_time, nxt.location) == (
        date(2023, 2, 15),
        None,
        "",
    )


def test_a_next_meeting_before_this_one_is_refused_with_a_message(
    qtbot: QtBot, general: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    services.meetings.update(meeting_id, next_meeting_date=date(2023, 2, 1), next_meeting_precision="month")
    general.reload()
    schedule = general.section.schedule
    assert schedule.has_next.isChecked() and schedule.next_date.text() == "02/2023"
    focus(qtbot, schedule.next_precision)
    QTest.keyClick(schedule.next_precision, Qt.Key.Key_Up)  # to the day: 01/02/2023
    general.settle()
    focus(qtbot, schedule.next_date)
    QTest.keyClicks(schedule.next_date, "10122022")
    QTest.keyClick(schedule.next_date, Qt.Key.Key_Tab)
    assert schedule.message.isVisible()
    assert schedule.message.text() == "The next meeting cannot be before this one (15/01/2023)."
    general.settle()
    nxt = fresh.meetings.get(meeting_id).next_meeting
    assert nxt is not None and (nxt.meeting_date, nxt.precision) == (date(2023, 2, 1), "day")


def test_a_figures_kind_chosen_in_the_table_and_what_a_change_still_needs(
    qtbot: QtBot, report: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    report_id = services.items.add_report(meeting_id, title="Báo cáo kết quả năm 2022")
    services.items.add_figure(report_id, "Chỉ số cải cách hành chính", 3, "", 11)  # an amount by its shape
    services.items.add_figure(report_id, "Thu ngân sách", None, "", None, 12, kind="change")
    report.reload()
    table = report.section.figures
    assert table.model_.index(0, 7).data() == "Amount"
    assert table.model_.index(1, 7).data(Qt.ItemDataRole.ToolTipRole) == (
        "To print it as this kind, it still needs: the period it is compared to"
    )

    focus(qtbot, table)
    table.setCurrentIndex(table.model_.index(0, 7))
    QTest.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    while combo.currentData() != "rank":
        QTest.keyClick(combo, Qt.Key.Key_Down)
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).reports[0].figures[0].kind == "rank")

    report.settle()
    focus(qtbot, table)
    table.setCurrentIndex(table.model_.index(1, 8))
    QTest.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_vietnamese(editor, "cùng kỳ năm 2021")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).reports[0].figures[1].compared_to is not None)

    first, second = fresh.meetings.get(meeting_id).reports[0].figures
    assert (first.kind, first.value, first.target, first.problems) == ("rank", Decimal(3), Decimal(11), ())
    assert (second.kind, second.percent, second.compared_to, second.problems) == (
        "change",
        Decimal(12),
        "cùng kỳ năm 2021",
        (),
    )
    report.settle()
    assert table.model_.index(0, 7).data() == "Rank"
    assert not table.model_.index(1, 7).data(Qt.ItemDataRole.ToolTipRole)
    report.undo_stack.undo()
    report.undo_stack.undo()
    assert fresh.meetings.get(meeting_id).reports[0].figures[0].kind == "amount"
