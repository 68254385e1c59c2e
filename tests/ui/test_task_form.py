"""The task form and the tasks list: pre-filled from the words of the meeting, warnings while unclear,
no deadline before the meeting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.conclusions import ConclusionsSection
from minutes.ui.editor.tasks import TasksSection
from minutes.ui.people_picker import Picker
from minutes.ui.task_form import TaskForm

MEETING_DAY = date(2021, 1, 19)
POINT = "Chủ động xây dựng kế hoạch theo biểu ngang, phân loại theo thứ tự ưu tiên."


@pytest.fixture
def meeting_id(services: Services) -> int:
    services.directory.create_unit("Đảng ủy phường Long Biên", "ĐU")
    services.directory.create_unit("Ủy ban nhân dân phường Long Biên", "UBND")
    services.directory.create_unit("Phòng Quản lý đô thị", "QLĐT")
    services.directory.create_person("Nguyễn Ngọc Phan", "Bí thư Đảng ủy phường")
    meeting_id = services.meetings.create("Làm việc với phường Long Biên", MEETING_DAY)
    services.items.add_conclusion(meeting_id, POINT)
    return meeting_id


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, TasksSection, meeting_id)
    yield h
    h.close()


def open_form(qtbot: QtBot, host: SectionHost, **prefill: object) -> TaskForm:
    meeting = host.services.meetings.get(host.meeting_id)
    form = TaskForm(host.ctx, host.writer, meeting, **prefill)  # type: ignore[arg-type]
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


def pick(qtbot: QtBot, picker: Picker, text: str) -> None:
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    type_vietnamese(picker, text)
    QTest.keyClick(picker, Qt.Key.Key_Return)


def test_form_warns_while_unclear_and_saves_everything(
    qtbot: QtBot, qtmodeltester: ModelTester, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    conclusion = host.services.meetings.get(meeting_id).conclusions[0]
    form = open_form(qtbot, host, text=POINT, source_kind="conclusion", source_id=conclusion.id)
    assert form.text.toPlainText() == POINT
    assert form.warnings.isVisible() and form.warning_icon.isVisible()
    for word in ("lead unit", "coordinating units", "deadline", "expected product"):
        assert word in form.warnings.text()

    pick(qtbot, form.lead, "dang uy phuong")  # accent-insensitive
    assert form.lead.value() is not None and form.lead.text() == "Đảng ủy phường Long Biên"
    assert "lead unit" not in form.warnings.text()
    pick(qtbot, form.coordinating.picker, "ủy ban nhân dân")
    pick(qtbot, form.coordinating.picker, "Trung tâm Phát triển quỹ đất")  # unknown: created
    assert form.coordinating.names() == ["Ủy ban nhân dân phường Long Biên", "Trung tâm Phát triển quỹ đất"]
    qtmodeltester.check(form.coordinating.model)
    qtmodeltester.check(form.lead.model)
    form.coordinating.view.setFocus()
    form.coordinating.view.setCurrentIndex(form.coordinating.model.index(1, 0))
    QTest.keyClick(form.coordinating.view, Qt.Key.Key_Delete)  # one too many: removed
    assert form.coordinating.names() == ["Ủy ban nhân dân phường Long Biên"]
    pick(qtbot, form.coordinating.picker, "Trung tâm Phát triển quỹ đất")  # created before, now found
    pick(qtbot, form.responsible, "ngoc phan")
    form.has_deadline.setFocus()
    QTest.keyClick(form.has_deadline, Qt.Key.Key_Space)
    assert form.deadline.isEnabled()
    form.deadline.setDate(QDate(2021, 2, 28))
    form.priority.setFocus()
    QTest.keyClick(form.priority, Qt.Key.Key_Up)  # medium -> high
    form.product.setFocus()
    type_vietnamese(form.product, "Kế hoạch theo biểu ngang được ban hành", nfd=True)
    assert not form.warnings.isVisible() and not form.warning_icon.isVisible()
    QTest.keyClick(form.product, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == TaskForm.DialogCode.Accepted

    [task] = fresh.tasks.list_for_meeting(meeting_id)
    assert (task.text, task.source_kind, task.source_id) == (POINT, "conclusion", conclusion.id)
    assert task.lead_unit_name == "Đảng ủy phường Long Biên"
    assert task.coordinating_unit_names == (
        "Trung tâm Phát triển quỹ đất",
        "Ủy ban nhân dân phường Long Biên",
    )
    assert task.responsible_name == "Nguyễn Ngọc Phan"
    assert (task.deadline, task.priority) == (date(2021, 2, 28), "high")
    assert task.expected_product == "Kế hoạch theo biểu ngang được ban hành"
    assert task.missing == ()
    host.undo_stack.undo()
    assert fresh.tasks.list_for_meeting(meeting_id) == []


def test_a_deadline_before_the_meeting_is_refused_with_a_clear_message(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    form = open_form(qtbot, host, text="Rà soát hồ sơ đất đai")
    form.has_deadline.setChecked(True)
    form.deadline.setFocus()
    form.deadline.setDate(QDate(2021, 1, 10))
    QTest.keyClick(form.deadline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and form.result() != TaskForm.DialogCode.Accepted
    assert form.error.isVisible()
    assert form.error.text() == (
        "The deadline 10/01/2021 is before the meeting (19/01/2021). Choose a date on "
        "or after the meeting day."
    )
    assert fresh.tasks.list_for_meeting(meeting_id) == []
    form.deadline.setDate(QDate(2021, 1, 19))  # the meeting day itself is fine
    QTest.keyClick(form.deadline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == TaskForm.DialogCode.Accepted
    [task] = fresh.tasks.list_for_meeting(meeting_id)
    assert task.deadline == MEETING_DAY
    assert task.missing == ("lead_unit", "coordinating_units", "expected_product")


def test_saving_with_missing_fields_is_allowed_and_flagged_in_the_list(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    form = open_form(qtbot, host, text="Việc chưa rõ")
    QTest.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == TaskForm.DialogCode.Accepted
    host.settle()
    section = host.section
    assert section.model.rowCount() == 1
    assert section.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "lead unit" in section.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert section.model.index(0, 5).data() == "Not started"
    assert section.model.index(0, 4).data() == "Medium"


def test_ctrl_t_on_a_conclusion_opens_the_linked_form_and_the_tasks_list_edits_and_deletes(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, fresh: Services, meeting_id: int
) -> None:
    conclusions = SectionHost(services, ConclusionsSection, meeting_id)
    tasks = SectionHost(services, TasksSection, meeting_id)
    try:
        section = conclusions.section
        section.show()
        qtbot.waitExposed(section)
        section.activateWindow()
        section.table.setFocus()
        qtbot.waitUntil(section.table.hasFocus)
        section.table.setCurrentIndex(section.model.index(0, 1))

        def fill() -> None:
            form = QApplication.activeModalWidget()
            assert isinstance(form, TaskForm)
            assert form.text.toPlainText() == POINT and form.source_kind == "conclusion"
            form.product.setText("Kế hoạch")
            QTest.keyClick(form.product, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        QTimer.singleShot(0, fill)
        QTest.keyClick(section.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        [task] = fresh.tasks.list_for_meeting(meeting_id)
        assert (task.text, task.source_kind, task.expected_product) == (POINT, "conclusion", "Kế hoạch")

        tasks.settle()
        view = tasks.section.table
        tasks.section.show()
        qtbot.waitExposed(tasks.section)
        tasks.section.activateWindow()
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        view.setCurrentIndex(tasks.section.model.index(0, 1))
        qtmodeltester.check(tasks.section.model)

        def edit() -> None:
            form = QApplication.activeModalWidget()
            assert isinstance(form, TaskForm) and form.task is not None
            form.text.setPlainText("Xây dựng kế hoạch theo biểu ngang")
            form.has_deadline.setChecked(True)
            form.deadline.setDate(QDate(2021, 3, 31))
            QTest.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        QTimer.singleShot(0, edit)
        QTest.keyClick(view, Qt.Key.Key_Return)
        [task] = fresh.tasks.list_for_meeting(meeting_id)
        assert (task.text, task.deadline) == ("Xây dựng kế hoạch theo biểu ngang", date(2021, 3, 31))
        tasks.settle()
        assert tasks.section.model.index(0, 3).data() == "31/03/2021"

        tasks.section.activateWindow()
        qtbot.waitUntil(view.hasFocus)  # back in the list once the dialog is gone
        QTest.keyClick(view, Qt.Key.Key_Delete)
        assert fresh.tasks.list_for_meeting(meeting_id) == []
        tasks.undo_stack.undo()
        [task] = fresh.tasks.list_for_meeting(meeting_id)
        assert (task.text, task.source_kind, task.deadline) == (
            "Xây dựng kế hoạch theo biểu ngang",
            "conclusion",
            date(2021, 3, 31),
        )
    finally:
        conclusions.close()
        tasks.close()
