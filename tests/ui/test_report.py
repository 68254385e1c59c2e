"""The report: presenter, title and summary typed in Vietnamese, figures typed the Vietnamese way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.report import ReportSection

TITLE = "Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2020"
SUMMARY = "Năm 2020, phường tổ chức thành công 18/18 Đại hội chi bộ.\nGiảm nghèo 7/7 hộ."


@pytest.fixture
def meeting_id(services: Services) -> int:
    services.directory.create_person("Nguyễn Ngọc Phan", "Bí thư Đảng ủy phường Long Biên")
    return services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, ReportSection, meeting_id)
    h.section.resize(1000, 700)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    yield h
    h.close()


def cell_editor(qtbot: QtBot) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def type_in_cell(qtbot: QtBot, host: SectionHost, text: str, *, vietnamese: bool = False) -> None:
    table = host.section.figures
    if vietnamese:
        QTest.keyClick(table, Qt.Key.Key_F2)
        editor = cell_editor(qtbot)
        type_vietnamese(editor, text)
    else:
        QTest.keyClicks(table, text[0])  # any key starts editing, like a spreadsheet
        editor = cell_editor(qtbot)
        QTest.keyClicks(editor, text[1:])
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(table.hasFocus)


@pytest.mark.parametrize("nfd", [False, True])
def test_report_typed_from_the_keyboard(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, nfd: bool
) -> None:
    section = host.section
    assert section.empty.isVisible()
    section.focus_first()  # no report yet: the Add report button (issue 15, item 5)
    qtbot.waitUntil(section.add_button.hasFocus)
    QTest.keyClick(
        section.add_button,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(section.presenter.hasFocus)
    QTest.keyClicks(section.presenter, "ngoc phan")
    QTest.keyClick(section.presenter, Qt.Key.Key_Return)  # chosen; the focus stays (issue 15, item 3)
    QTest.keyClick(section.presenter, Qt.Key.Key_Tab)
    qtbot.waitUntil(section.title_edit.hasFocus)
    type_vietnamese(section.title_edit, TITLE, nfd=nfd)
    QTest.keyClick(section.title_edit, Qt.Key.Key_Tab)
    assert section.summary.hasFocus()
    type_vietnamese(section.summary, SUMMARY, nfd=nfd)
    QTest.keyClick(section.summary, Qt.Key.Key_Tab)
    assert section.figures.hasFocus()

    QTest.keyClick(section.figures, Qt.Key.Key_Insert)  # the new-figure row, label column
    editor = cell_editor(qtbot)
    type_vietnamese(editor, "Tổng thu ngân sách nhà nước trên địa bàn", nfd=nfd)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.figures.model_.rowCount() == 2)  # the figure and the new-figure row
    assert section.figures.currentIndex().column() == 2  # ready for the value
    type_in_cell(qtbot, host, "19.885.177.001")
    QTest.keyClick(section.figures, Qt.Key.Key_Right)
    type_in_cell(qtbot, host, "đồng", vietnamese=True)
    QTest.keyClick(section.figures, Qt.Key.Key_Right)
    QTest.keyClick(section.figures, Qt.Key.Key_Right)
    type_in_cell(qtbot, host, "98,4")
    host.settle()

    [report] = fresh.meetings.get(meeting_id).reports
    assert (report.presenter_name, report.title, report.summary) == ("Nguyễn Ngọc Phan", TITLE, SUMMARY)
    [figure] = report.figures
    assert (figure.label, figure.value, figure.unit, figure.percent) == (
        "Tổng thu ngân sách nhà nước trên địa bàn",
        Decimal("19885177001"),
        "đồng",
        Decimal("98.4"),
    )
    model = section.figures.model_
    assert [model.index(0, c).data() for c in range(1, 6)] == [
        "Tổng thu ngân sách nhà nước trên địa bàn",
        "19.885.177.001",
        "đồng",
        "",
        "98,4%",
    ]


def test_a_bad_number_is_explained_and_not_saved(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    report = host.services.items.add_report(meeting_id, title="Báo cáo")
    host.services.items.add_figure(report, "Tỷ lệ gia đình văn hóa", percent="91,95")
    host.reload()
    table = host.section.figures
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model_.index(0, 5))
    assert table.model_.index(0, 5).data() == "91,95%"
    type_in_cell(qtbot, host, "chín mươi", vietnamese=True)
    qtbot.waitUntil(host.section.message.isVisible)
    assert "is not a number" in host.section.message.text() and "chín mươi" in host.section.message.text()
    assert fresh.meetings.get(meeting_id).reports[0].figures[0].percent == Decimal("91.95")


def test_figures_reorder_and_delete_with_undo(
    qtbot: QtBot, qtmodeltester: ModelTester, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    items = host.services.items
    report = items.add_report(meeting_id, title="Báo cáo")
    for label, value in (("Tổng thu", "19.885.177.001"), ("Tổng chi", "10.144.992.938"), ("Hộ nghèo", "0")):
        items.add_figure(report, label, value)
    host.reload()
    qtmodeltester.check(host.section.figures.model_)
    table = host.section.figures
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    labels = lambda: [f.label for f in fresh.meetings.get(meeting_id).reports[0].figures]  # noqa: E731
    table.setCurrentIndex(table.model_.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert labels() == ["Tổng chi", "Tổng thu", "Hộ nghèo"]
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert labels() == ["Tổng chi", "Hộ nghèo"]
    host.undo_stack.undo()
    assert labels() == ["Tổng chi", "Tổng thu", "Hộ nghèo"]
    assert fresh.meetings.get(meeting_id).reports[0].figures[1].value == Decimal("19885177001")
    host.undo_stack.undo()
    assert labels() == ["Tổng thu", "Tổng chi", "Hộ nghèo"]
