"""The task form: from a conclusion point, a recommendation or a contribution to an assigned task.

It asks for the text, the lead unit (exactly one), the coordinating units, the person responsible, the
deadline, the priority and the expected product. It warns - without blocking - while the lead unit, the
coordinating units, the deadline or the expected product is missing, and refuses a deadline before the
meeting with a clear message. Ctrl+Enter saves, Escape cancels. Saving is one undoable step.

Tests and callers use :meth:`TaskForm.ask` (which runs the dialog) or build the form and drive it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.enums import Priority
from minutes.domain.text import normalize_text
from minutes.errors import UserError, ValidationError
from minutes.services.dto import MeetingDetail, TaskDTO
from minutes.services.task_versions import seen_of
from minutes.ui import formatting as fmt
from minutes.ui import names
from minutes.ui.conflict_dialog import write_or_resolve
from minutes.ui.context import UiContext
from minutes.ui.date_field import DateField
from minutes.ui.editor.base import user_message
from minutes.ui.labels import missing_names
from minutes.ui.people_picker import person_picker, unit_picker
from minutes.ui.typed_names import ask_unknown_name, resolve_typed_names
from minutes.ui.unit_list import UnitList
from minutes.ui.writer import BackgroundWriter


class TaskForm(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        writer: BackgroundWriter | None,
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
        self._deadline_warned = False
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
        self.responsible = person_picker(
            services, keep_choice=True, placeholder=self.tr("Who answers for it (optional)"), parent=self
        )
        self.responsible.setObjectName("taskResponsible")
        self.has_deadline = QCheckBox(self.tr("&Deadline:"), self)
        self.has_deadline.setObjectName("taskHasDeadline")
        self.deadline = DateField(self, value=meeting.meeting_date)
        self.deadline.setObjectName("taskDeadline")
        self.deadline_reason = QLineEdit(self)
        self.deadline_reason.setObjectName("taskDeadlineReason")
        self.deadline_reason.setPlaceholderText(self.tr("Why the deadline changes (required)"))
        self.priority = QComboBox(self)
        self.priority.setObjectName("taskPriority")
        for value, name in names.choices(Priority, names.priority):
            self.priority.addItem(name, value)
        self.product = QLineEdit(self)
        self.product.setObjectName("taskProduct")
        self.product.setPlaceholderText(self.tr("e.g. Kế hoạch được ban hành; báo cáo kết quả"))
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
        self.deadline.dateChanged.connect(self._update_warnings)
        self.deadline.invalid.connect(self._show_error)
        for signal in (
            self.lead.picked,
            self.lead.cleared,
            self.coordinating.changed,
            self.product.textChanged,
            self.has_deadline.toggled,
        ):
            signal.connect(self._update_warnings)
        self.lead.create_requested.connect(self._create_lead)
        self.coordinating.failed.connect(lambda exc: self._show_error(user_message(exc)))
        self._update_warnings()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Task:"), self.text)
        form.addRow("", self.source)
        form.addRow(self.tr("&Lead unit:"), self.lead)
        form.addRow(self.tr("&Coordinating units:"), self.coordinating)
        form.addRow(self.tr("&Responsible:"), self.responsible)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline)
        deadline_row.addWidget(self.deadline_reason, 1)
        form.addRow(self.has_deadline, deadline_row)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("&Expected product:"), self.product)
        for label, buddy in (
            (form.labelForField(self.text), self.text),
            (form.labelForField(self.lead), self.lead),
            (form.labelForField(self.coordinating), self.coordinating.picker),
            (form.labelForField(self.responsible), self.responsible),
            (form.labelForField(self.priority), self.priority),
            (form.labelForField(self.product), self.product),
        ):
            if isinstance(label, QLabel):
                label.setBuddy(buddy)
        warn = QHBoxLayout()
        warn.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warn.addWidget(self.warnings, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(warn)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        order = [
            self.text,
            self.lead,
            self.coordinating.picker,
            self.coordinating.view,
            self.responsible,
            self.has_deadline,
            self.deadline,
            self.deadline_reason,
            self.priority,
            self.product,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.resize(640, 520)

    def _load(self, task: TaskDTO | None) -> None:
        meeting_day = self.meeting.meeting_date
        if task is not None:
            self.lead.set_value(task.lead_unit_id, task.lead_unit_name)
            self.coordinating.set_units(
                list(zip(task.coordinating_unit_ids, task.coordinating_unit_names, strict=True))
            )
            self.responsible.set_value(task.responsible_id, task.responsible_name)
            self.product.setText(task.expected_product)
            self.priority.setCurrentIndex(max(0, self.priority.findData(task.priority)))
        else:
            self.priority.setCurrentIndex(max(0, self.priority.findData(Priority.MEDIUM.value)))
        deadline = task.deadline if task and task.deadline else None
        self.has_deadline.setChecked(deadline is not None)
        shown = deadline or meeting_day
        self.deadline.setDate(QDate(shown.year, shown.month, shown.day))
        self.deadline.setEnabled(deadline is not None)
        self.deadline_reason.hide()

    # --- live checks -----------------------------------------------------------------------------
    def missing(self) -> list[str]:
        """What the task still lacks (the same rule as ``TaskDTO.missing``)."""
        missing = []
        if self.lead.value() is None:
            missing.append("lead_unit")
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
        changed = (
            self.task is not None
            and self.task.deadline is not None
            and (not self.has_deadline.isChecked() or self._deadline() != self.task.deadline)
        )
        self.deadline_reason.setVisible(changed)
        deadline = self._deadline()
        if deadline is not None and deadline < self.meeting.meeting_date:  # warned at once, refused on save
            self._show_deadline_error(focus=False)
            self._deadline_warned = True
        elif self._deadline_warned:
            self._show_error("")
            self._deadline_warned = False

    def _deadline_toggled(self, on: bool) -> None:
        self.deadline.setEnabled(on)
        if on:
            self.deadline.setFocus()

    def _deadline(self) -> date | None:
        return self.deadline.date().toPython() if self.has_deadline.isChecked() else None  # type: ignore[return-value]

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
        }

    def accept(self) -> None:
        if self.has_deadline.isChecked() and not self.deadline.commit():
            self._show_error(self.deadline.problem())  # the typed text stays to be corrected
            self.deadline.setFocus()
            return
        extra = self._resolve_typed()
        if extra is None:
            return
        values = {**self.values(), **extra}
        if not values["text_"]:
            self._show_error(self.tr("Write what has to be done."))
            self.text.setFocus()
            return
        deadline = values["deadline"]
        if deadline is not None and deadline < self.meeting.meeting_date:
            self._show_deadline_error()
            return
        if self.deadline_reason.isVisible() and not self.deadline_reason.text().strip():
            self._show_error(self.tr("Say why the deadline changes."))
            self.deadline_reason.setFocus()
            return
        if self.writer is not None:
            self.writer.drain()
        try:
            if self.task is None:
                self._create(values)
            else:
                self._update(values)
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
            return resolve_typed_names(
                self.ctx.services.directory,
                [(self.lead, "unit"), (self.responsible, "person")],
                self.ask_unknown,
            )
        except UserError as exc:
            self._show_error(user_message(exc))
            return None

    def ask_unknown(self, kind: str, name: str) -> str:
        """ "add", "text" or "back" for a typed name no record has (tests replace this)."""
        return ask_unknown_name(self, kind, name)

    def _deadline_error_text(self) -> str:
        return (
            self.tr("The deadline %1 is before the meeting (%2). Choose a date on or after the meeting day.")
            .replace("%1", fmt.day(self._deadline()))
            .replace("%2", fmt.day(self.meeting.meeting_date))
        )

    def _show_deadline_error(self, *, focus: bool = True) -> None:
        self._show_error(self._deadline_error_text())
        if focus:
            self.deadline.setFocus()

    def _create(self, values: dict[str, Any]) -> None:
        tasks, meeting_id = self.ctx.services.tasks, self.meeting.id
        source: dict[str, Any] = {"source_kind": self.source_kind, "source_id": self.source_id}
        self.task_id = tasks.create(meeting_id, **values, **source)

    def _update(self, values: dict[str, Any]) -> None:
        """One operation (one transaction), naming the version of the task the form showed; a conflict
        is shown with both sides and the user keeps theirs or the form's values."""
        assert self.task is not None
        tasks, ident = self.ctx.services.tasks, self.task.id
        new_deadline = values.pop("deadline")
        fields = {"text": values.pop("text_"), **values}
        reason = self.deadline_reason.text()
        old = self.task

        def write(version: int, seen: dict[str, Any] | None) -> None:
            # deadline, its reason and every field in one operation: one transaction, one undo step
            tasks.update(
                ident, deadline=new_deadline, deadline_reason=reason or None, expected_version=version, seen=seen,
                **fields,
            )  # fmt: skip

        def reread() -> dict[str, Any]:
            return seen_of(tasks.get(ident).task)

        write_or_resolve(self, write, old.version, seen_of(old), reread)

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
        writer: BackgroundWriter | None,
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
        writer: BackgroundWriter | None,
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
