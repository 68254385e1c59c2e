"""The task form: from a conclusion point, a recommendation or a contribution to an assigned task.

It asks for the text, the agenda item it belongs to, the lead unit (exactly one), the coordinating
units, the people it is assigned to and/or a free-text assignee ("2 đồng chí Phó Chủ tịch"), the person
responsible, the deadline (a day or a period, with its wording: :mod:`minutes.ui.deadline_edit`),
whether it was done at the meeting itself, the priority and the expected product. It warns - without
blocking - while the task is charged to nobody, or lacks coordinating units, a deadline or an expected
product, and says at once when a deadline falls before the meeting (saving is then refused). Ctrl+Enter
saves, Escape cancels. Saving is one undoable step, naming the version the form showed (:mod:`minutes.ui.task_form_save`).

Tests and callers use :meth:`TaskForm.ask` (which runs the dialog) or build the form and drive it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QWidget,
)

from minutes.domain.deadline import Deadline
from minutes.domain.enums import DatePrecision, Priority
from minutes.domain.text import normalize_text
from minutes.errors import UserError, ValidationError
from minutes.services.dto import MeetingDetail, TaskDTO
from minutes.ui import deadline_text, names
from minutes.ui.context import UiContext
from minutes.ui.deadline_edit import DeadlineEdit
from minutes.ui.editor.base import user_message
from minutes.ui.labels import missing_names
from minutes.ui.people_picker import person_picker, unit_picker
from minutes.ui.person_list import PersonList
from minutes.ui.runner import Runner
from minutes.ui.task_form_layout import lay_out
from minutes.ui.task_form_save import create_task, update_task
from minutes.ui.typed_names import ask_unknown_name, resolve_typed_names
from minutes.ui.unit_list import UnitList
from minutes.ui.waiting import NotRun, run_on


class TaskForm(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        writer: Runner | None,
        meeting: MeetingDetail,
        *,
        task: TaskDTO | None = None,
        text: str = "",
        source_kind: str | None = None,
        source_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskForm")
        self.ctx, self.writer, self.meeting, self.task = ctx, writer, meeting, task
        self.source_kind = task.source_kind if task else source_kind
        self.source_id = task.source_id if task else source_id
        self.task_id: int | None = task.id if task else None
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        services = ctx.services

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("taskText")
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(task.text if task else text)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 4)
        self.source = QLabel(self._source_text(), self)
        self.source.setObjectName("taskSource")
        self.source.setStyleSheet("color: palette(placeholder-text);")
        self.lead = unit_picker(
            services, placeholder=self.tr("Exactly one unit leads; type to search or create"), parent=self
        )
        self.lead.setObjectName("taskLeadUnit")
        self.coordinating = UnitList(services, self)
        self.agenda = QComboBox(self)
        self.agenda.setObjectName("taskAgenda")
        self.agenda.addItem(self.tr("(no agenda item)"), None)
        for index, item in enumerate(meeting.agenda):
            self.agenda.addItem(f"{index + 1}. {item.title}", item.id)
        self.assignees = PersonList(services, self)
        self.assignees.setObjectName("taskAssignees")
        self.assignee_text = QLineEdit(self)
        self.assignee_text.setObjectName("taskAssigneeText")
        self.assignee_text.setPlaceholderText(self.tr("As the minutes say it, e.g. 2 đồng chí Phó Chủ tịch"))
        self.responsible = person_picker(
            services, keep_choice=True, placeholder=self.tr("Who answers for it (optional)"), parent=self
        )
        self.responsible.setObjectName("taskResponsible")
        self.has_deadline = QCheckBox(self.tr("&Deadline:"), self)
        self.has_deadline.setObjectName("taskHasDeadline")
        self.deadline_edit = DeadlineEdit(self)
        self.deadline = self.deadline_edit.day  # the day of a deadline on (or before) a day
        self.deadline_reason = QLineEdit(self)
        self.deadline_reason.setObjectName("taskDeadlineReason")
        self.deadline_reason.setPlaceholderText(self.tr("Why the deadline changes (required)"))
        self.done_at_meeting = QCheckBox(self.tr("Done at the &meeting itself"), self)
        self.done_at_meeting.setObjectName("taskDoneAtMeeting")
        self.done_at_meeting.setToolTip(self.tr("The task was carried out during the meeting"))
        self.priority = QComboBox(self)
        self.priority.setObjectName("taskPriority")
        for value, name in names.choices(Priority, names.priority):
            self.priority.addItem(name, value)
        self.product = QLineEdit(self)
        self.product.setObjectName("taskProduct")
        self.product.setPlaceholderText(self.tr("e.g. Kế hoạch được ban hành; báo cáo kết quả"))
        self._shown_problem = ""  # the deadline problem the error line shows (it clears when fixed)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("taskWarnings")
        self.warnings.setWordWrap(True)
        self.warning_icon = QLabel(self)
        self.warning_icon.setObjectName("taskWarningIcon")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warning_icon.setPixmap(icon.pixmap(20, 20))
        self.error = QLabel(self)
        self.error.setObjectName("taskError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #9a1c1c; font-weight: 600; }")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("taskSave")
        save.setToolTip(self.tr("Save the task (Ctrl+Enter)"))
        self._layout()
        self._load(task)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.has_deadline.toggled.connect(self._deadline_toggled)
        for signal in (
            self.lead.picked,
            self.lead.cleared,
            self.coordinating.changed,
            self.assignees.changed,
            self.assignee_text.textChanged,
            self.product.textChanged,
            self.has_deadline.toggled,
            self.deadline_edit.changed,
        ):
            signal.connect(self._update_warnings)
        self.lead.create_requested.connect(self._create_lead)
        self.coordinating.failed.connect(lambda exc: self._show_error(user_message(exc)))
        self.assignees.failed.connect(lambda exc: self._show_error(user_message(exc)))
        self._update_warnings()

    def _layout(self) -> None:
        lay_out(self)

    def _load(self, task: TaskDTO | None) -> None:
        meeting_day = self.meeting.meeting_date
        if task is not None:
            self.agenda.setCurrentIndex(max(0, self.agenda.findData(task.agenda_item_id)))
            self.assignees.set_people(list(zip(task.assignee_ids, task.assignee_names, strict=True)))
            self.assignee_text.setText(task.assignee_text)
            self.done_at_meeting.setChecked(task.done_at_meeting)
            self.lead.set_value(task.lead_unit_id, task.lead_unit_name)
            self.coordinating.set_units(
                list(zip(task.coordinating_unit_ids, task.coordinating_unit_names, strict=True))
            )
            self.responsible.set_value(task.responsible_id, task.responsible_name)
            self.product.setText(task.expected_product)
            self.priority.setCurrentIndex(max(0, self.priority.findData(task.priority)))
        else:
            self.priority.setCurrentIndex(max(0, self.priority.findData(Priority.MEDIUM.value)))
        spec = task.deadline_spec if task else None
        self.has_deadline.setChecked(spec is not None)
        self.deadline_edit.set_value(spec, meeting_day)
        self.deadline_edit.setEnabled(spec is not None)
        self.deadline_reason.hide()

    # --- live checks -----------------------------------------------------------------------------
    def missing(self) -> list[str]:
        """What the task still lacks (the same rule as ``TaskDTO.missing``)."""
        missing = []
        if self.lead.value() is None and not self.assignees.ids() and not self.assignee_text.text().strip():
            missing.append("lead_unit")  # charged to nobody: no unit, no person, no assignee as written
        if not self.coordinating.ids():
            missing.append("coordinating_units")
        if not self.has_deadline.isChecked():
            missing.append("deadline")
        if not self.product.text().strip():
            missing.append("expected_product")
        return missing

    def _update_warnings(self) -> None:
        missing = self.missing()
        lacking = missing_names()
        text = self.tr("Not yet clear - missing: %1. You can save now and complete it later.").replace(
            "%1", ", ".join(lacking[m] for m in missing)
        )
        self.warnings.setText(text if missing else "")
        self.warnings.setVisible(bool(missing))
        self.warning_icon.setVisible(bool(missing))
        spec = self._deadline_or_none()
        changed = (
            self.task is not None
            and self.task.deadline_spec is not None
            and (not self.has_deadline.isChecked() or spec != self.task.deadline_spec)
        )
        self.deadline_reason.setVisible(changed)
        problem = self._deadline_problem()
        if problem or self.error.text() == self._shown_problem:
            self._show_error(problem)  # said at once; gone once the deadline is right
        self._shown_problem = problem

    def _deadline_toggled(self, on: bool) -> None:
        self.deadline_edit.setEnabled(on)
        if on:
            self.deadline.setFocus()

    def _deadline(self) -> Deadline | None:
        """The deadline the form states (None: no deadline); ``ValueError`` when its parts make none."""
        return self.deadline_edit.value() if self.has_deadline.isChecked() else None

    def _deadline_or_none(self) -> Deadline | None:
        try:
            return self._deadline()
        except ValueError:
            return None

    def _deadline_problem(self) -> str:
        """Why the deadline cannot be saved, in the user's language ("" when it can)."""
        if not self.has_deadline.isChecked():
            return ""
        problem = self.deadline_edit.problem()
        if problem:
            return problem
        spec = self.deadline_edit.value()
        start = self.meeting.meeting_date
        if spec.end < start or spec.due < start:
            return (
                self.tr(
                    "The deadline %1 is before the meeting (%2). Choose a date on or after the meeting day."
                )
                .replace("%1", deadline_text.short(spec))
                .replace("%2", self._meeting_day())
            )
        return ""

    def _meeting_day(self) -> str:
        day = self.meeting.meeting_date
        if self.meeting.date_precision == DatePrecision.MONTH:
            return f"{day.month:02d}/{day.year}"
        return f"{day.day:02d}/{day.month:02d}/{day.year}"

    def _create_lead(self, name: str) -> None:
        try:
            unit_id = self.ctx.services.directory.find_or_create_unit(name)
        except UserError as exc:
            self._show_error(user_message(exc))
            return
        self.lead.set_value(unit_id, name)
        self._update_warnings()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _source_text(self) -> str:
        kinds = {
            "conclusion": self.tr("From a conclusion point"),
            "recommendation": self.tr("From a recommendation"),
            "contribution": self.tr("From a contribution"),
        }
        return kinds.get(self.source_kind or "", self.tr("Not linked to an item of the minutes"))

    # --- saving ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "text_": normalize_text(self.text.toPlainText()),
            "lead_unit_id": self.lead.value(),
            "coordinating_unit_ids": self.coordinating.ids(),
            "responsible_id": self.responsible.value(),
            "deadline": self._deadline(),
            "priority": self.priority.currentData(),
            "expected_product": normalize_text(self.product.text()),
            "assignee_ids": self.assignees.ids(),
            "assignee_text": normalize_text(self.assignee_text.text()),
            "agenda_item_id": self.agenda.currentData(),
            "done_at_meeting": self.done_at_meeting.isChecked(),
        }

    def accept(self) -> None:
        for day in (self.deadline_edit.start, self.deadline) if self.has_deadline.isChecked() else ():
            if day.isVisible() and not day.commit():  # a typed day that is not one: kept to be corrected
                self._show_error(day.problem())
                day.setFocus()
                return
        if self._deadline_problem():
            self._show_deadline_error()
            return
        extra = self._resolve_typed()  # names typed but not picked: taken, added or kept, never dropped
        if extra is None:
            return
        values = {**self.values(), **extra}
        if not values["text_"]:
            self._show_error(self.tr("Write what has to be done."))
            self.text.setFocus()
            return
        if self.deadline_reason.isVisible() and not self.deadline_reason.text().strip():
            self._show_error(self.tr("Say why the deadline changes."))
            self.deadline_reason.setFocus()
            return
        try:
            if self.task is None:
                self._create(values)
            else:
                self._update(values)
        except NotRun:  # the window is closing: nothing was written
            return
        except ValidationError as exc:
            if exc.fields.get("field") == "deadline":
                self._show_deadline_error()
            else:
                self._show_error(user_message(exc))
            return
        except UserError as exc:
            self._show_error(user_message(exc))
            return
        super().accept()

    def _resolve_typed(self) -> dict[str, Any] | None:
        """What to save besides :meth:`values` for names typed but not chosen (None: back to the form)."""
        try:
            extra = resolve_typed_names(
                self.ctx.services.directory,
                [(self.lead, "unit"), (self.responsible, "person")],
                self.ask_unknown,
            )
        except UserError as exc:
            self._show_error(user_message(exc))
            return None
        if extra is not None and "assignee_text" in extra:  # kept as text: joins what the field says
            name, said = extra.pop("assignee_text"), self.assignee_text.text().strip()
            if name not in said:
                self.assignee_text.setText(f"{said}; {name}" if said else name)
        return extra

    def ask_unknown(self, kind: str, name: str) -> str:
        """ "add", "text" or "back" for a typed name no record has (tests replace this)."""
        return ask_unknown_name(self, kind, name)

    def _show_deadline_error(self) -> None:
        self._show_error(self._deadline_problem() or self.tr("Check the deadline."))
        self._shown_problem = self.error.text()
        editor = self.deadline_edit
        (editor.day if editor.day.isVisible() else editor.kind).setFocus()

    def _create(self, values: dict[str, Any]) -> None:
        source: dict[str, Any] = {"source_kind": self.source_kind, "source_id": self.source_id}
        # on the writer (behind the text saves queued before it), off the GUI thread
        run = run_on(self.writer, ("task form", self.meeting.id))
        self.task_id = create_task(self.ctx, self.meeting.id, values, source, run)

    def _update(self, values: dict[str, Any]) -> None:
        assert self.task is not None
        run = run_on(self.writer, ("task form", self.task.id))
        update_task(self, self.ctx, self.task, values, self.deadline_reason.text(), run)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()  # from a field that keeps Ctrl+Enter from the shortcut (a date edit)
            return
        super().keyPressEvent(event)

    # --- entry points ----------------------------------------------------------------------------
    @staticmethod
    def ask(
        parent: QWidget | None,
        ctx: UiContext,
        writer: Runner | None,
        meeting: MeetingDetail,
        **prefill: Any,
    ) -> int | None:
        """Run the form; the id of the saved task, or None if cancelled. Tests patch or drive this."""
        form = TaskForm(ctx, writer, meeting, parent=parent, **prefill)
        try:
            return form.task_id if form.exec() == QDialog.DialogCode.Accepted else None
        finally:
            form.deleteLater()

    @staticmethod
    def create_from(
        parent: QWidget | None,
        ctx: UiContext,
        writer: Runner | None,
        meeting: MeetingDetail,
        *,
        text: str,
        source_kind: str,
        source_id: int,
    ) -> int | None:
        """Ctrl+T on an item of the minutes: a new task pre-filled with its text and linked to it."""
        return TaskForm.ask(
            parent, ctx, writer, meeting, text=text, source_kind=source_kind, source_id=source_id
        )
