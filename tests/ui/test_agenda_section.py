"""The agenda section driven by keys: items typed (Vietnamese, decomposed too) and added after the
selected one, renamed in place, reordered, deleted with undo that puts back what belonged to them; the
meeting editor lists it last, and a search hit on an agenda item is shown in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.agenda import AgendaSection
from minutes.ui.editor.editor import available_sections
from minutes.ui.parts import SECTION_OF_KIND, reveal

ITEMS = [
    "Kết quả công tác tháng 2, nhiệm vụ trọng tâm tháng 3/2022",
    "Công tác phòng, chống dịch COVID-19",
    "Ý kiến của các đồng chí Phó Chủ tịch",
]


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Giao ban UBND phường tháng 3/2022", date(2022, 3, 1))


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, AgendaSection, meeting_id)
    h.section.resize(900, 400)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    yield h
    h.close()


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def titles(services: Services, meeting_id: int) -> list[str]:
    return [a.title for a in services.meetings.get(meeting_id).agenda]


@pytest.mark.parametrize("nfd", [False, True])
def test_items_typed_inserted_renamed_moved_by_keys(
    qtbot: QtBot, qtmodeltester: ModelTester, host: SectionHost, fresh: Services, meeting_id: int, nfd: bool
) -> None:
    section = host.section
    section.focus_first()  # no item yet: the cursor is in the new-item line
    assert section.new_title.hasFocus()
    for title in (ITEMS[0], ITEMS[2]):
        type_vietnamese(section.new_title, title, nfd=nfd)
        QTest.keyClick(section.new_title, Qt.Key.Key_Return)
    assert titles(fresh, meeting_id) == [ITEMS[0], ITEMS[2]]  # stored NFC
    assert section.new_title.text() == ""
    host.settle()
    qtmodeltester.check(section.model)

    focus(qtbot, section.table)
    section.table.setCurrentIndex(section.model.index(0, 1))
    QTest.keyClick(section.table, Qt.Key.Key_Insert)  # a new item after the first
    assert section.new_title.hasFocus()
    type_vietnamese(section.new_title, ITEMS[1], nfd=nfd)
    QTest.keyClick(section.new_title, Qt.Key.Key_Return)
    assert titles(fresh, meeting_id) == ITEMS
    host.settle()
    assert [section.model.index(r, 1).data() for r in range(3)] == ITEMS

    focus(qtbot, section.table)
    section.table.setCurrentIndex(section.model.index(2, 1))
    QTest.keyClick(section.table, Qt.Key.Key_F2)  # rename in place
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(editor, "Ý kiến thảo luận", nfd=nfd)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles(fresh, meeting_id)[2] == "Ý kiến thảo luận")

    host.settle()
    focus(qtbot, section.table)
    section.table.setCurrentIndex(section.model.index(2, 1))
    QTest.keyClick(section.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(fresh, meeting_id) == [ITEMS[0], "Ý kiến thảo luận", ITEMS[1]]
    host.undo_stack.undo()  # the move
    host.undo_stack.undo()  # the rename
    assert titles(fresh, meeting_id) == ITEMS


def test_an_empty_title_is_refused_with_a_message(qtbot: QtBot, host: SectionHost, fresh: Services) -> None:
    section = host.section
    focus(qtbot, section.new_title)
    QTest.keyClick(section.new_title, Qt.Key.Key_Return)
    assert section.message.isVisible()
    assert section.message.text() == "Type the title of the agenda item first."
    assert fresh.meetings.get(host.meeting_id).agenda == []


def test_deleting_an_item_keeps_what_belonged_to_it_and_undo_puts_it_back(
    qtbot: QtBot, host: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    first = services.agenda.add_item(meeting_id, ITEMS[0])
    second = services.agenda.add_item(meeting_id, ITEMS[1])
    contribution = services.items.add_contribution(
        meeting_id, speaker_label="Đại biểu", count=2, agenda_item_id=second
    )
    conclusion = services.items.add_conclusion(meeting_id, "Thống nhất", agenda_item_id=second)
    task = services.tasks.create(meeting_id, "Phun khử khuẩn", agenda_item_id=second)
    section = host.section
    host.reload()
    assert section.model.index(1, 2).data() == "1 contribution(s), 1 conclusion(s), 1 task(s)"

    focus(qtbot, section.table)
    section.table.setCurrentIndex(section.model.index(1, 1))
    QTest.keyClick(section.table, Qt.Key.Key_Delete)
    meeting = fresh.meetings.get(meeting_id)
    assert [a.id for a in meeting.agenda] == [first]
    assert [c.agenda_item_id for c in meeting.contributions] == [None]  # still in the meeting
    assert [c.agenda_item_id for c in meeting.conclusions] == [None]
    assert [t.agenda_item_id for t in meeting.tasks] == [None]

    host.undo_stack.undo()
    meeting = fresh.meetings.get(meeting_id)
    assert [a.title for a in meeting.agenda] == ITEMS[:2]
    again = meeting.agenda[1].id
    assert again == second  # the service undo brings the item back under its own id
    assert {c.id: c.agenda_item_id for c in meeting.contributions} == {contribution: again}
    assert {c.id: c.agenda_item_id for c in meeting.conclusions} == {conclusion: again}
    assert {t.id: t.agenda_item_id for t in meeting.tasks} == {task: again}


def test_the_editor_has_the_agenda_last_so_the_other_sections_keep_their_numbers() -> None:
    names = [factory.__name__ for factory in available_sections()]  # type: ignore[attr-defined]
    assert names[-1] == "AgendaSection"
    assert names[:6] == [
        "AttendanceSection",
        "ReportSection",
        "ContributionsSection",
        "ConclusionsSection",
        "RecommendationsSection",
        "TasksSection",
    ]


def test_a_search_hit_on_an_agenda_item_is_selected_in_the_agenda(
    host: SectionHost, services: Services, meeting_id: int
) -> None:
    services.agenda.add_item(meeting_id, ITEMS[0])
    wanted = services.agenda.add_item(meeting_id, ITEMS[1])
    host.reload()
    assert SECTION_OF_KIND["agenda_item"] == "AgendaSection"
    assert reveal(host.section, "agenda_item", wanted)
    assert host.section.table.currentIndex().row() == 1
