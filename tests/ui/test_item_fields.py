"""A contribution's count of opinions and agenda item, a conclusion's kind, agenda item and vote, edited
by keys in their sections and read back through a fresh connection; votes that cannot be are refused
with a message and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.services.dto import VotesDTO
from minutes.ui.editor.conclusions import ConclusionsSection
from minutes.ui.editor.contributions import ContributionsSection
from minutes.ui.i18n import language

RESOLUTION = "Thông qua Nghị quyết về nhiệm vụ trọng tâm năm 2022"


@pytest.fixture
def meeting_id(services: Services) -> int:
    meeting_id = services.meetings.create("Hội nghị Ban Chấp hành Đảng bộ phường", date(2022, 1, 10))
    services.agenda.add_item(meeting_id, "Kiểm điểm công tác năm 2021")
    services.agenda.add_item(meeting_id, "Nghị quyết nhiệm vụ năm 2022")
    return meeting_id


def host_for(qtbot: QtBot, services: Services, meeting_id: int, factory: type) -> SectionHost:
    h = SectionHost(services, factory, meeting_id)
    h.section.resize(1100, 600)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    return h


@pytest.fixture
def contributions(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = host_for(qtbot, services, meeting_id, ContributionsSection)
    yield h
    h.close()


@pytest.fixture
def conclusions(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = host_for(qtbot, services, meeting_id, ConclusionsSection)
    yield h
    h.close()


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_a_count_of_opinions_without_words_and_its_agenda_item_by_keys(
    qtbot: QtBot, contributions: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    services.items.add_contribution(meeting_id, speaker_label="Đại biểu dự hội nghị")
    contributions.reload()
    section = contributions.section
    focus(qtbot, section.table)
    section.table.setCurrentIndex(section.model.index(0, 4))
    QTest.keyClick(
        section.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    fields = section.fields
    assert fields.count.hasFocus()
    QTest.keyClicks(fields.count, "2")  # the whole number was selected: typed over
    QTest.keyClick(fields.count, Qt.Key.Key_Tab)  # confirmed on leaving; the agenda item is next
    assert fields.agenda.hasFocus()
    QTest.keyClick(fields.agenda, Qt.Key.Key_Down)  # the first agenda item, saved when chosen
    contributions.settle()

    [row] = fresh.meetings.get(meeting_id).contributions
    agenda = fresh.meetings.get(meeting_id).agenda
    assert (row.count, row.text, row.agenda_item_id) == (2, "", agenda[0].id)
    assert section.model.index(0, 4).data() == "(2 opinions, no words recorded)"
    contributions.undo_stack.undo()
    assert fresh.meetings.get(meeting_id).contributions[0].agenda_item_id is None
    contributions.undo_stack.undo()
    assert fresh.meetings.get(meeting_id).contributions[0].count == 1


def test_a_resolution_with_its_vote_by_keys(
    qtbot: QtBot, conclusions: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    services.items.add_conclusion(meeting_id, RESOLUTION)
    conclusions.reload()
    section = conclusions.section
    fields = section.fields
    focus(qtbot, section.table)
    section.table.setCurrentIndex(section.model.index(0, 1))
    assert not fields.votes_box.isVisible()  # a conclusion not yet classified takes no vote
    QTest.keyClick(section.table, Qt.Key.Key_Return)  # into its text
    assert section.text.hasFocus()
    QTest.keyClick(
        section.text, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert fields.kind.hasFocus()
    QTest.keyClick(fields.kind, Qt.Key.Key_End)  # the last kind: a resolution
    assert fields.kind.currentText() == "Resolution"
    assert fields.votes_box.isVisible()
    QTest.keyClick(fields.kind, Qt.Key.Key_Tab)
    assert fields.agenda.hasFocus()
    QTest.keyClick(fields.agenda, Qt.Key.Key_End)
    for field, number in (
        ("votes_for", "27"),
        ("votes_against", "0"),
        ("votes_abstain", "1"),
        ("votes_total", "28"),
    ):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        box = fields.votes[field]
        qtbot.waitUntil(box.hasFocus)
        box.lineEdit().selectAll()
        QTest.keyClicks(box, number)
    QTest.keyClick(fields.votes["votes_total"], Qt.Key.Key_Return)
    conclusions.settle()

    [point] = fresh.meetings.get(meeting_id).conclusions
    agenda = fresh.meetings.get(meeting_id).agenda
    assert (point.text, point.kind, point.agenda_item_id) == (RESOLUTION, "resolution", agenda[1].id)
    assert point.votes == VotesDTO(votes_for=27, against=0, abstain=1, total=28)
    assert section.model.index(0, 2).data() == "Resolution (27/28)"


def test_more_votes_than_voters_are_refused_with_a_message_in_vietnamese(
    qtbot: QtBot, conclusions: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    services.items.add_conclusion(meeting_id, RESOLUTION, kind="decision", votes_total=10)
    app = QApplication.instance()
    assert app is not None
    with language(app, "vi"):
        conclusions.reload()
        section = conclusions.section
        focus(qtbot, section.table)
        section.table.setCurrentIndex(section.model.index(0, 1))
        box = section.fields.votes["votes_for"]
        focus(qtbot, box)
        box.lineEdit().selectAll()
        QTest.keyClicks(box, "12")
        QTest.keyClick(box, Qt.Key.Key_Tab)
        assert section.message.isVisible()
        assert section.message.text() == (
            "12 phiếu biểu quyết nhiều hơn 10 người được biểu quyết. Hãy kiểm tra lại số liệu."
        )
        assert box.text() == "–"  # what is stored: not recorded
    assert fresh.meetings.get(meeting_id).conclusions[0].votes == VotesDTO(None, None, None, 10)


def test_new_text_in_a_count_only_row_keeps_the_count(
    qtbot: QtBot, contributions: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    services.items.add_contribution(meeting_id, speaker_label="Các đại biểu", count=3)
    contributions.reload()
    section = contributions.section
    focus(qtbot, section.table)
    section.table.setCurrentIndex(section.model.index(0, 4))
    focus(qtbot, section.text)
    type_vietnamese(section.text, "Đồng tình với báo cáo", nfd=True)
    contributions.settle()
    [row] = fresh.meetings.get(meeting_id).contributions
    assert (row.count, row.text) == (3, "Đồng tình với báo cáo")
    assert section.model.index(0, 4).data() == "(3 opinions) Đồng tình với báo cáo"
