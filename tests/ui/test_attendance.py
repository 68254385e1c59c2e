"""The roll call, driven like a secretary: type names, press keys, and read back what was saved."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.attendance import AttendanceSection


@pytest.fixture
def meeting_id(services: Services) -> int:
    party = services.directory.create_unit("Quận ủy Long Biên", "QU")
    services.directory.create_person("Đường Hoài Nam", "Thành ủy viên, Bí thư Quận ủy Long Biên", party)
    services.directory.create_person("Nguyễn Mạnh Hà", "Phó Bí thư Quận ủy, Chủ tịch UBND quận", party)
    services.directory.create_person("Nguyễn Ngọc Phan", "Bí thư Đảng ủy phường Long Biên")
    return services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, AttendanceSection, meeting_id)
    h.section.resize(900, 500)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    yield h
    h.close()


def attendance(fresh: Services, meeting_id: int) -> list[tuple[str, str, str, str | None]]:
    return [
        (a.display, a.role, a.presence, a.absence_reason) for a in fresh.meetings.get(meeting_id).attendance
    ]


def add_by_typing(qtbot: QtBot, section: AttendanceSection, query: str) -> None:
    section.picker.setFocus()
    qtbot.waitUntil(section.picker.hasFocus)
    QTest.keyClicks(section.picker, query)
    qtbot.waitUntil(section.picker.popup_visible)
    QTest.keyClick(section.picker, Qt.Key.Key_Return)


def test_picker_finds_people_without_accents_and_by_title(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    add_by_typing(qtbot, section, "duong hoai nam")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.picker.text() == ""  # ready for the next name
    add_by_typing(qtbot, section, "chu tich ubnd")  # a word of the title
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    assert section.model.index(1, 1).data() == "Nguyễn Mạnh Hà - Phó Bí thư Quận ủy, Chủ tịch UBND quận"
    assert attendance(fresh, meeting_id) == [
        ("Đường Hoài Nam - Thành ủy viên, Bí thư Quận ủy Long Biên", "member", "present", None),
        ("Nguyễn Mạnh Hà - Phó Bí thư Quận ủy, Chủ tịch UBND quận", "member", "present", None),
    ]


def test_picker_lists_every_match_and_arrows_choose(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    section.picker.setFocus()
    QTest.keyClicks(section.picker, "nguyen")
    qtbot.waitUntil(section.picker.popup_visible)
    assert [c.name for c in section.picker.matches()] == ["Nguyễn Mạnh Hà", "Nguyễn Ngọc Phan"]
    QTest.keyClick(section.picker, Qt.Key.Key_Down)
    QTest.keyClick(section.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert attendance(fresh, meeting_id)[0][0] == "Nguyễn Ngọc Phan - Bí thư Đảng ủy phường Long Biên"


def test_adding_the_same_person_twice_is_refused_politely(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    add_by_typing(qtbot, section, "hoai nam")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    add_by_typing(qtbot, section, "hoai nam")
    qtbot.waitUntil(section.message.isVisible)
    assert "already on the list" in section.message.text()
    assert len(attendance(fresh, meeting_id)) == 1


@pytest.mark.parametrize("nfd", [False, True])
def test_new_person_inline_with_vietnamese_input(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, nfd: bool
) -> None:
    section = host.section
    section.picker.setFocus()
    type_vietnamese(section.picker, "Lê Thị Hồng Nhung", nfd=nfd)
    QTest.keyClick(section.picker, Qt.Key.Key_Return)  # nobody matches: the new-person row opens
    qtbot.waitUntil(section.new_person.isVisible)
    assert unicodedata.normalize("NFC", section.new_person.name.text()) == "Lê Thị Hồng Nhung"
    qtbot.waitUntil(section.new_person.title_.hasFocus)
    type_vietnamese(section.new_person.title_, "Phó Chủ tịch UBND phường Long Biên", nfd=nfd)
    QTest.keyClick(section.new_person.title_, Qt.Key.Key_Tab)
    qtbot.waitUntil(section.new_person.unit.hasFocus)
    type_vietnamese(section.new_person.unit, "Ủy ban nhân dân phường Long Biên", nfd=nfd)
    QTest.keyClick(section.new_person.unit, Qt.Key.Key_Return)  # no such unit: created and chosen
    qtbot.waitUntil(lambda: section.new_person.unit.value() is not None)
    QTest.keyClick(section.new_person.unit, Qt.Key.Key_Return)  # adds the person
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert not section.new_person.isVisible()
    people = fresh.directory.find_people("hong nhung")
    assert [(p.full_name, p.title, p.unit_name) for p in people] == [
        ("Lê Thị Hồng Nhung", "Phó Chủ tịch UBND phường Long Biên", "Ủy ban nhân dân phường Long Biên")
    ]
    assert attendance(fresh, meeting_id) == [
        ("Lê Thị Hồng Nhung - Phó Chủ tịch UBND phường Long Biên", "member", "present", None)
    ]


def test_ctrl_enter_creates_a_new_person_even_when_someone_matches(qtbot: QtBot, host: SectionHost) -> None:
    section = host.section
    section.picker.setFocus()
    type_vietnamese(section.picker, "Nguyễn")
    QTest.keyClick(section.picker, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(section.new_person.isVisible)
    assert section.new_person.name.text() == "Nguyễn"
    QTest.keyClick(section.new_person.title_, Qt.Key.Key_Escape)
    assert not section.new_person.isVisible()


def test_groups_presence_and_roles_by_keys(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    add_by_typing(qtbot, section, "hoai nam")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    section.group.setFocus()
    type_vietnamese(section.group, "Các đồng chí Ủy viên Ban Thường vụ Quận ủy", nfd=True)
    QTest.keyClick(section.group, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    assert section.group.text() == ""

    table = section.table
    table.setFocus()
    table.setCurrentIndex(section.model.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_R)  # member -> guest
    QTest.keyClick(table, Qt.Key.Key_R)  # guest -> chair
    QTest.keyClick(table, Qt.Key.Key_L)
    assert section.model.index(0, 2).data() == "Chair"
    assert section.model.index(0, 3).data() == "Late"

    table.setCurrentIndex(section.model.index(1, 1))
    QTest.keyClick(table, Qt.Key.Key_A)
    qtbot.waitUntil(section.reason.edit.hasFocus)
    type_vietnamese(section.reason.edit, "Đi công tác")
    QTest.keyClick(section.reason.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(table.hasFocus)
    assert section.model.index(1, 3).data() == "Absent (Đi công tác)"

    assert attendance(fresh, meeting_id) == [
        ("Đường Hoài Nam - Thành ủy viên, Bí thư Quận ủy Long Biên", "chair", "late", None),
        ("Các đồng chí Ủy viên Ban Thường vụ Quận ủy", "member", "absent", "Đi công tác"),
    ]
    assert fresh.meetings.get(meeting_id).chair_name == "Đường Hoài Nam"  # the roll call sets the chair

    QTest.keyClick(table, Qt.Key.Key_P)  # present again: the reason goes
    assert attendance(fresh, meeting_id)[1][2:] == ("present", None)
    host.undo_stack.undo()
    assert attendance(fresh, meeting_id)[1][2:] == ("absent", "Đi công tác")


def test_reorder_and_remove_are_undoable(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    for query in ("hoai nam", "manh ha", "ngoc phan"):
        add_by_typing(qtbot, section, query)
    qtbot.waitUntil(lambda: section.model.rowCount() == 3)
    names = lambda: [a[0].split(" - ")[0] for a in attendance(fresh, meeting_id)]  # noqa: E731
    assert names() == ["Đường Hoài Nam", "Nguyễn Mạnh Hà", "Nguyễn Ngọc Phan"]

    table = section.table
    table.setFocus()
    table.setCurrentIndex(section.model.index(2, 1))
    QTest.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names() == ["Đường Hoài Nam", "Nguyễn Ngọc Phan", "Nguyễn Mạnh Hà"]
    assert table.currentIndex().row() == 1  # the moved row stays selected
    QTest.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names() == ["Nguyễn Ngọc Phan", "Đường Hoài Nam", "Nguyễn Mạnh Hà"]
    host.undo_stack.undo()
    assert names() == ["Đường Hoài Nam", "Nguyễn Ngọc Phan", "Nguyễn Mạnh Hà"]

    table.setCurrentIndex(section.model.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_R)  # make him guest, then remove him
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert names() == ["Nguyễn Ngọc Phan", "Nguyễn Mạnh Hà"]
    host.undo_stack.undo()
    assert attendance(fresh, meeting_id)[0] == (
        "Đường Hoài Nam - Thành ủy viên, Bí thư Quận ủy Long Biên",
        "guest",
        "present",
        None,
    )
    host.undo_stack.redo()  # removing again finds the re-created row
    assert names() == ["Nguyễn Ngọc Phan", "Nguyễn Mạnh Hà"]
    host.undo_stack.undo()
    host.undo_stack.undo()  # the role change, on the re-created row
    assert attendance(fresh, meeting_id)[0][1] == "member"


def test_attendance_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, host: SectionHost
) -> None:
    section = host.section
    add_by_typing(qtbot, section, "hoai nam")
    section.group.setFocus()
    type_vietnamese(section.group, "Cán bộ chuyên môn phường")
    QTest.keyClick(section.group, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    qtmodeltester.check(section.model)
    section.picker.setFocus()
    QTest.keyClicks(section.picker, "nguyen")
    qtmodeltester.check(section.picker.model)
