"""A name typed into a picker field and left with Tab or Esc is never dropped (issue 15, item 2).

Exact match: taken. Unknown: the user is asked (add to the directory, keep as text, go back), and the
answer is what the database holds afterwards, read through a fresh connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.report import ReportSection
from minutes.ui.editor.tasks import TasksSection
from minutes.ui.people_picker import Picker
from minutes.ui.task_form import TaskForm

DAY = date(2021, 1, 19)
PERSON = "Nguyễn Ngọc Phan"


@pytest.fixture
def meeting_id(services: Services) -> int:
    services.directory.create_unit("Ủy ban nhân dân phường Long Biên", "UBND")
    services.directory.create_person(PERSON, "Bí thư Đảng ủy phường")
    services.directory.create_person("Nguyễn Ngọc Phan Anh", "Chuyên viên")
    return services.meetings.create("Làm việc với phường Long Biên", DAY)


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, TasksSection, meeting_id)
    yield h
    h.close()


def open_form(qtbot: QtBot, host: SectionHost) -> TaskForm:
    form = TaskForm(host.ctx, host.writer, host.services.meetings.get(host.meeting_id), text="Rà soát hồ sơ")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def type_and_leave(qtbot: QtBot, picker: Picker, text: str, key: Qt.Key) -> None:
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    type_vietnamese(picker, text)
    QTest.keyClick(picker, key)
    if key == Qt.Key.Key_Escape:  # Esc closes the list; the name stays; then the user tabs on
        QTest.keyClick(picker, Qt.Key.Key_Tab)


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Escape])
def test_an_exact_name_typed_and_left_is_taken(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, key: Qt.Key
) -> None:
    form = open_form(qtbot, host)
    type_and_leave(qtbot, form.responsible, "nguyen ngoc phan", key)  # two people match, one exactly
    asked: list[str] = []
    form.ask_unknown = lambda kind, name: asked.append(name) or "back"  # type: ignore[method-assign]
    form.accept()
    assert asked == []
    (task,) = fresh.tasks.list_for_meeting(meeting_id)
    assert task.responsible_name == PERSON


@pytest.mark.parametrize(("answer", "expected"), [("add", "person"), ("text", "text")])
def test_an_unknown_name_is_added_or_kept_as_the_user_says(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, answer: str, expected: str
) -> None:
    form = open_form(qtbot, host)
    type_and_leave(qtbot, form.responsible, "Trần Thị Mới", Qt.Key.Key_Tab)
    assert form.responsible.text() == "Trần Thị Mới" and form.responsible.property("pending")
    asked: list[tuple[str, str]] = []
    form.ask_unknown = lambda kind, name: asked.append((kind, name)) or answer  # type: ignore[method-assign]
    form.accept()
    assert asked == [("person", "Trần Thị Mới")]
    (task,) = fresh.tasks.list_for_meeting(meeting_id)
    if expected == "person":
        assert task.responsible_name == "Trần Thị Mới"
        assert [p.full_name for p in fresh.directory.find_people("tran thi moi")] == ["Trần Thị Mới"]
    else:
        assert task.responsible_id is None and task.assignee_text == "Trần Thị Mới"
        assert fresh.directory.find_people("tran thi moi") == []


def test_a_name_kept_as_text_joins_what_the_assignee_field_already_says(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    form = open_form(qtbot, host)
    form.assignee_text.setFocus()
    type_vietnamese(form.assignee_text, "2 đồng chí Phó Chủ tịch")
    type_and_leave(qtbot, form.responsible, "Trần Thị Mới", Qt.Key.Key_Tab)
    form.ask_unknown = lambda kind, name: "text"  # type: ignore[method-assign]
    form.accept()
    (task,) = fresh.tasks.list_for_meeting(meeting_id)
    assert task.assignee_text == "2 đồng chí Phó Chủ tịch; Trần Thị Mới"  # neither is lost


def test_going_back_saves_nothing_and_keeps_the_name(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    form = open_form(qtbot, host)
    type_and_leave(qtbot, form.lead, "Phòng Văn hóa", Qt.Key.Key_Tab)
    form.ask_unknown = lambda kind, name: "back"  # type: ignore[method-assign]
    form.accept()
    assert form.isVisible() and form.lead.text() == "Phòng Văn hóa"
    assert fresh.tasks.list_for_meeting(meeting_id) == []


def test_the_presenter_typed_exactly_and_tabbed_is_saved(
    qtbot: QtBot, services: Services, fresh: Services, meeting_id: int
) -> None:
    services.items.add_report(meeting_id)
    host = SectionHost(services, ReportSection, meeting_id)
    try:
        section = host.section
        section.show()
        qtbot.waitExposed(section)
        section.activateWindow()
        qtbot.waitUntil(section.isActiveWindow)
        type_and_leave(qtbot, section.presenter, PERSON.lower(), Qt.Key.Key_Tab)
        host.writer.drain()
        (report,) = fresh.meetings.get(meeting_id).reports
        assert report.presenter_name == PERSON
    finally:
        host.close()
