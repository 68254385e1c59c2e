"""The task form's fields of model v2, driven by keys: several assigned people, a free-text assignee, the
agenda item, a deadline stated as a period with its wording (typed wording fills in the dates), done at
the meeting; a deadline before the meeting is said at once (in Vietnamese too) and refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.domain.deadline import Deadline, DeadlineKind
from minutes.services import Services
from minutes.ui.editor.tasks import TasksSection
from minutes.ui.i18n import language
from minutes.ui.people_picker import Picker
from minutes.ui.task_form import TaskForm

MEETING_DAY = date(2022, 3, 1)


@pytest.fixture
def meeting_id(services: Services) -> int:
    services.directory.create_person("Nguyễn Văn An", "Phó Chủ tịch UBND phường")
    services.directory.create_person("Trần Thị Bình", "Phó Chủ tịch UBND phường")
    meeting_id = services.meetings.create("Giao ban UBND phường tháng 3/2022", MEETING_DAY)
    services.agenda.add_item(meeting_id, "Kết quả công tác tháng 2/2022")
    services.agenda.add_item(meeting_id, "Công tác phòng, chống dịch COVID-19")
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


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def pick(qtbot: QtBot, picker: Picker, text: str) -> None:
    focus(qtbot, picker)
    type_vietnamese(picker, text)
    QTest.keyClick(picker, Qt.Key.Key_Return)


def test_people_assignee_text_period_deadline_agenda_and_done_at_the_meeting_by_keys(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    agenda = fresh.meetings.get(meeting_id).agenda
    form = open_form(qtbot, host, text="Rà soát, cập nhật danh sách hộ nghèo, cận nghèo")
    assert form.agenda.isVisible()
    focus(qtbot, form.agenda)
    QTest.keyClick(form.agenda, Qt.Key.Key_Down)
    QTest.keyClick(form.agenda, Qt.Key.Key_Down)  # the second item
    assert form.agenda.currentText() == "2. Công tác phòng, chống dịch COVID-19"

    assert "lead unit" in form.warnings.text()  # charged to nobody yet
    pick(qtbot, form.assignees.picker, "tran thi binh")  # accent-insensitive
    pick(qtbot, form.assignees.picker, "van an")
    pick(qtbot, form.assignees.picker, "Lê Văn Cường")  # not in the directory: added to it
    assert form.assignees.names() == ["Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Cường"]
    assert "lead unit" not in form.warnings.text()  # people are charged with it
    focus(qtbot, form.assignees.view)
    form.assignees.view.setCurrentIndex(form.assignees.model.index(1, 0))
    QTest.keyClick(form.assignees.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert form.assignees.names() == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    form.assignees.view.setCurrentIndex(form.assignees.model.index(2, 0))
    QTest.keyClick(form.assignees.view, Qt.Key.Key_Delete)  # one too many
    assert form.assignees.names() == ["Nguyễn Văn An", "Trần Thị Bình"]

    focus(qtbot, form.assignee_text)
    type_vietnamese(form.assignee_text, "2 đồng chí Phó Chủ tịch", nfd=True)

    focus(qtbot, form.has_deadline)
    QTest.keyClick(form.has_deadline, Qt.Key.Key_Space)
    assert form.deadline_edit.isEnabled() and form.deadline.hasFocus()
    focus(qtbot, form.deadline_edit.wording)
    type_vietnamese(form.deadline_edit.wording, "trong quý I/2022")  # the wording fills in the period
    editor = form.deadline_edit
    assert editor.current_kind() is DeadlineKind.QUARTER
    assert (editor.number.currentText(), editor.year.value()) == ("Quarter I", 2022)
    assert editor.number.isVisible() and not editor.day.isVisible()
    assert editor.preview.text() == "Quarter I/2022 · status counted from 31/03/2022"

    focus(qtbot, form.done_at_meeting)
    QTest.keyClick(form.done_at_meeting, Qt.Key.Key_Space)
    QTest.keyClick(form.done_at_meeting, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == TaskForm.DialogCode.Accepted

    [task] = fresh.tasks.list_for_meeting(meeting_id)
    assert task.text == "Rà soát, cập nhật danh sách hộ nghèo, cận nghèo"
    assert task.agenda_item_id == agenda[1].id
    assert task.assignee_names == ("Nguyễn Văn An", "Trần Thị Bình")
    assert task.assignee_text == "2 đồng chí Phó Chủ tịch"  # typed decomposed, stored NFC
    assert task.deadline_spec == Deadline.quarter(2022, 1, "trong quý I/2022")
    assert task.deadline == date(2022, 3, 31)
    assert task.done_at_meeting and task.completed_on == MEETING_DAY
    assert "lead_unit" not in task.missing
    assert [p.full_name for p in fresh.directory.find_people("le van cuong")] == ["Lê Văn Cường"]

    host.settle()
    assert host.section.model.index(0, 2).data() == "Nguyễn Văn An; Trần Thị Bình; 2 đồng chí Phó Chủ tịch"
    assert host.section.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Nguyễn Văn An\nTrần Thị Bình\n2 đồng chí Phó Chủ tịch"
    )
    assert host.section.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == (
        "“trong quý I/2022”\nStatus counted from 31/03/2022"
    )
    assert host.section.model.index(0, 3).data() == "Quarter I/2022"
    host.undo_stack.undo()
    assert fresh.tasks.list_for_meeting(meeting_id) == []


def test_the_kind_chosen_by_keys_and_a_changed_deadline_asks_why_and_undoes(
    qtbot: QtBot, host: SectionHost, services: Services, fresh: Services, meeting_id: int
) -> None:
    task_id = services.tasks.create(
        meeting_id,
        "Báo cáo kết quả",
        deadline=Deadline.month(2022, 4, "trong tháng 4/2022"),
        done_at_meeting=True,
    )
    task = services.tasks.get(task_id).task
    form = open_form(qtbot, host, task=task)
    editor = form.deadline_edit
    assert editor.current_kind() is DeadlineKind.MONTH
    assert (editor.number.currentText(), editor.year.value()) == ("Month 04", 2022)
    assert editor.wording.text() == "trong tháng 4/2022"
    assert form.done_at_meeting.isChecked()
    assert not form.deadline_reason.isVisible()

    focus(qtbot, editor.kind)
    QTest.keyClick(editor.kind, Qt.Key.Key_Up)  # Month -> Before a day
    assert editor.current_kind() is DeadlineKind.BEFORE and editor.day.isVisible()
    focus(qtbot, editor.wording)
    QTest.keyClick(editor.wording, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(editor.wording, "trước ngày 15/4/2022")
    assert editor.value() == Deadline.before(date(2022, 4, 15), "trước ngày 15/4/2022")
    focus(qtbot, form.done_at_meeting)
    QTest.keyClick(form.done_at_meeting, Qt.Key.Key_Space)  # not done at the meeting after all
    assert form.deadline_reason.isVisible()
    QTest.keyClick(form.done_at_meeting, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() != TaskForm.DialogCode.Accepted
    assert form.error.text() == "Say why the deadline changes."
    assert form.deadline_reason.hasFocus()
    type_vietnamese(form.deadline_reason, "Sở yêu cầu báo cáo sớm hơn")
    QTest.keyClick(form.deadline_reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == TaskForm.DialogCode.Accepted

    saved = fresh.tasks.get(task_id)
    assert saved.task.deadline_spec == Deadline.before(date(2022, 4, 15), "trước ngày 15/4/2022")
    assert saved.task.deadline == date(2022, 4, 14)  # counted from the day before
    assert not saved.task.done_at_meeting and saved.task.completed_on is None
    assert any(e.note == "Sở yêu cầu báo cáo sớm hơn" for e in saved.events)
    host.undo_stack.undo()
    back = fresh.tasks.get(task_id).task
    assert back.deadline_spec == Deadline.month(2022, 4, "trong tháng 4/2022")
    assert back.done_at_meeting and back.completed_on == MEETING_DAY


def test_a_deadline_before_the_meeting_is_said_at_once_in_vietnamese_and_refused(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    app = QApplication.instance()
    assert app is not None
    with language(app, "vi"):
        form = open_form(qtbot, host, text="Tổng kết công tác năm")
        form.has_deadline.setChecked(True)
        focus(qtbot, form.deadline_edit.wording)
        type_vietnamese(form.deadline_edit.wording, "tháng 12/2021")
        assert form.error.isVisible()  # before any attempt to save
        assert form.error.text() == (
            "Thời hạn Tháng 12/2021 sớm hơn ngày họp (01/03/2022). Chọn một ngày từ ngày họp trở đi."
        )
        assert form.deadline_edit.preview.text() == "Tháng 12/2021 · tình trạng tính từ ngày 31/12/2021"
        QTest.keyClick(form.deadline_edit.wording, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert form.result() != TaskForm.DialogCode.Accepted
        assert fresh.tasks.list_for_meeting(meeting_id) == []

        QTest.keyClick(form.deadline_edit.wording, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_vietnamese(form.deadline_edit.wording, "từ 25/3/2022 đến 30/4/2022")
        assert not form.error.isVisible()  # right now: the message is gone
        QTest.keyClick(form.deadline_edit.wording, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert form.result() == TaskForm.DialogCode.Accepted
    [task] = fresh.tasks.list_for_meeting(meeting_id)
    assert task.deadline_spec == Deadline.between(
        date(2022, 3, 25), date(2022, 4, 30), "từ 25/3/2022 đến 30/4/2022"
    )
    assert task.deadline == date(2022, 4, 30)


def test_a_range_that_ends_first_is_explained(qtbot: QtBot, host: SectionHost, fresh: Services) -> None:
    form = open_form(qtbot, host, text="Kiểm tra")
    form.has_deadline.setChecked(True)
    editor = form.deadline_edit
    focus(qtbot, editor.kind)
    QTest.keyClick(editor.kind, Qt.Key.Key_End)  # the last kind: from a day to a day
    assert editor.current_kind() is DeadlineKind.RANGE and editor.start.isVisible()
    editor.start.setDate(editor.day.date().addDays(3))
    assert editor.preview.text() == "A range must start before it ends."
    assert form.error.text() == "A range must start before it ends."
    QTest.keyClick(editor.kind, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() != TaskForm.DialogCode.Accepted
    assert fresh.tasks.list_for_meeting(host.meeting_id) == []


def test_a_stale_change_of_the_assignees_asks_and_taking_theirs_keeps_theirs(
    qtbot: QtBot, host: SectionHost, services: Services, fresh: Services, meeting_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from minutes.ui import conflict_dialog

    ident = services.tasks.create(meeting_id, "Phun khử khuẩn", assignee_text="Phó Chủ tịch")
    form = open_form(qtbot, host, task=services.tasks.get(ident).task)
    fresh.tasks.update(ident, assignee_text="2 đồng chí Phó Chủ tịch", done_at_meeting=True)  # someone else
    asked: list[str] = []

    def take_theirs(_parent: object, conflict: object) -> bool:
        asked.append(conflict_dialog.conflict_text(conflict))  # type: ignore[arg-type]
        return False

    monkeypatch.setattr(conflict_dialog, "ask_keep_mine", take_theirs)
    focus(qtbot, form.assignee_text)
    form.assignee_text.selectAll()
    type_vietnamese(form.assignee_text, "đồng chí Chủ tịch")
    QTest.keyClick(form.assignee_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert "Assigned to — yours: đồng chí Chủ tịch; theirs: 2 đồng chí Phó Chủ tịch" in asked[0]
    assert "Kiểm tra" in asked[0]
    stored = fresh.tasks.get(ident).task
    assert stored.assignee_text == "2 đồng chí Phó Chủ tịch" and stored.done_at_meeting  # not overwritten
