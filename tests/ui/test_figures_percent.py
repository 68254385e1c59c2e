"""Figures keep "87%" and compute the % column; the minutes print "87%" (issue 15, item 7)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from testkit.docx_read import reload, texts
from testkit.qt import SectionHost

from minutes.export.documents import build
from minutes.services import Services
from minutes.services.demo import demo_profile
from minutes.ui.editor.report import ReportSection


@pytest.fixture
def meeting_id(services: Services) -> int:
    meeting_id = services.meetings.create("Giao ban quý I", date(2021, 4, 2))
    report = services.items.add_report(meeting_id, title="Báo cáo quý I")
    services.items.add_figure(report, "Tỷ lệ hộ gia đình văn hóa")
    services.items.add_figure(report, "Thu ngân sách", unit="đồng")
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


def type_cell(qtbot: QtBot, host: SectionHost, row: int, column: int, text: str) -> None:
    table = host.section.figures
    table.setFocus()
    table.setCurrentIndex(table.model_.index(row, column))
    QTest.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    qtbot.waitUntil(lambda: bool(table.model_.index(row, column).data() or table.model_.index(row, 5).data()))
    host.settle()


def test_87_percent_keeps_its_percent_and_the_column_is_computed(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, tmp_path: Path
) -> None:
    type_cell(qtbot, host, 0, 2, "87%")
    type_cell(qtbot, host, 1, 2, "19.885.177.001")
    type_cell(qtbot, host, 1, 4, "22.850.000.000")
    qtbot.waitUntil(lambda: host.section.figures.model_.index(1, 5).data() == "≈87,02%")  # of plan
    first, second = fresh.meetings.get(meeting_id).reports[0].figures
    assert (first.value, first.percent) == (None, Decimal("87"))
    assert (second.value, second.target, second.percent) == (
        Decimal("19885177001"),
        Decimal("22850000000"),
        None,  # not stored: value/target may be a total ("18/18 chi bộ"), not a plan
    )
    meeting = fresh.meetings.get(meeting_id)
    lines = texts(reload(build("minutes", meeting, demo_profile(), "state"), tmp_path / "m.docx"))
    assert any("Tỷ lệ hộ gia đình văn hóa: 87%" in line for line in lines)
    assert not any("87 %" in line for line in lines)


def test_a_percentage_typed_by_the_user_stays(services: Services, meeting_id: int) -> None:
    figure = services.meetings.get(meeting_id).reports[0].figures[1]
    services.items.update_figure(figure.id, value="90", target="100", percent="90")  # of plan
    services.items.update_figure(figure.id, value="91")  # the computed percentage follows
    assert services.meetings.get(meeting_id).reports[0].figures[1].percent == Decimal("91")
    services.items.update_figure(figure.id, percent="95")  # the user's own figure (e.g. estimated)
    services.items.update_figure(figure.id, value="92")
    assert services.meetings.get(meeting_id).reports[0].figures[1].percent == Decimal("95")
