"""Tab in the report goes where the user expects (issue 15, item 3): from the new-figure row to the
figure's value, and after choosing the presenter with Enter, on to the title, not past it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.report import ReportSection

LABEL = "Tổng thu ngân sách trên địa bàn"


@pytest.fixture
def meeting_id(services: Services) -> int:
    services.directory.create_person("Nguyễn Ngọc Phan", "Bí thư Đảng ủy phường Long Biên")
    meeting_id = services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    services.items.add_report(meeting_id, title="Báo cáo")
    return meeting_id


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, ReportSection, meeting_id)
    h.section.resize(1000, 700)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    qtbot.waitUntil(h.section.isActiveWindow)
    yield h
    h.close()


def cell_editor(qtbot: QtBot, table: object) -> QLineEdit:
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.focusWidget(), QLineEdit)
            and table.isAncestorOf(QApplication.focusWidget())
        )  # type: ignore[attr-defined]
    )
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def test_tab_from_the_new_figure_row_goes_on_to_its_value(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    table = host.section.figures
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Insert)
    editor = cell_editor(qtbot, table)
    type_vietnamese(editor, LABEL)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: table.model_.rowCount() == 2)
    editor = cell_editor(qtbot, table)  # the value cell of the new figure, editing
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 2)
    QTest.keyClicks(editor, "19.885")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    editor = cell_editor(qtbot, table)  # the unit cell
    type_vietnamese(editor, "tỷ đồng")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model_.index(0, 3).data() == "tỷ đồng")  # written, shown back
    host.settle()
    (figure,) = fresh.meetings.get(meeting_id).reports[0].figures
    assert (figure.label, figure.value, figure.unit) == (LABEL, Decimal("19885"), "tỷ đồng")


def test_enter_on_the_presenter_then_tab_reaches_the_title(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    section.presenter.setFocus()
    qtbot.waitUntil(section.presenter.hasFocus)
    type_vietnamese(section.presenter, "ngoc phan")
    QTest.keyClick(section.presenter, Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_vietnamese(QApplication.focusWidget(), "Báo cáo năm 2020")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_vietnamese(QApplication.focusWidget(), "Tóm tắt")
    host.settle()
    (report,) = fresh.meetings.get(meeting_id).reports
    assert (report.presenter_name, report.title, report.summary) == (
        "Nguyễn Ngọc Phan",
        "Báo cáo năm 2020",
        "Tóm tắt",
    )
    assert not report.figures
