"""The task form's layout: its labelled rows, buddies and tab order (:class:`~minutes.ui.task_form.TaskForm`
builds the widgets). Texts are translated in the form's own context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from minutes.ui.task_form import TaskForm


def _t(text: str) -> str:
    return QCoreApplication.translate("TaskForm", text)


def lay_out(dialog: TaskForm) -> None:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.addRow(_t("&Task:"), dialog.text)
    form.addRow("", dialog.source)
    form.addRow(_t("A&genda item:"), dialog.agenda)
    form.addRow(_t("&Lead unit:"), dialog.lead)
    form.addRow(_t("&Coordinating units:"), dialog.coordinating)
    form.addRow(_t("&Assigned people:"), dialog.assignees)
    form.addRow(_t("Assignee (as &written):"), dialog.assignee_text)
    form.addRow(_t("&Responsible:"), dialog.responsible)
    deadline_box = QVBoxLayout()
    deadline_box.addWidget(dialog.deadline_edit)
    deadline_box.addWidget(dialog.deadline_reason)
    form.addRow(dialog.has_deadline, deadline_box)
    form.addRow("", dialog.done_at_meeting)
    form.addRow(_t("&Priority:"), dialog.priority)
    form.addRow(_t("&Expected product:"), dialog.product)
    for label, buddy in (
        (form.labelForField(dialog.text), dialog.text),
        (form.labelForField(dialog.agenda), dialog.agenda),
        (form.labelForField(dialog.lead), dialog.lead),
        (form.labelForField(dialog.coordinating), dialog.coordinating.picker),
        (form.labelForField(dialog.assignees), dialog.assignees.picker),
        (form.labelForField(dialog.assignee_text), dialog.assignee_text),
        (form.labelForField(dialog.responsible), dialog.responsible),
        (form.labelForField(dialog.priority), dialog.priority),
        (form.labelForField(dialog.product), dialog.product),
    ):
        if isinstance(label, QLabel):
            label.setBuddy(buddy)
    warn = QHBoxLayout()
    warn.addWidget(dialog.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
    warn.addWidget(dialog.warnings, 1)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addLayout(warn)
    layout.addWidget(dialog.error)
    layout.addWidget(dialog.buttons)
    editor = dialog.deadline_edit
    order = [
        dialog.text,
        dialog.agenda,
        dialog.lead,
        dialog.coordinating.picker,
        dialog.coordinating.view,
        dialog.assignees.picker,
        dialog.assignees.view,
        dialog.assignee_text,
        dialog.responsible,
        dialog.has_deadline,
        editor.kind,
        editor.start,
        editor.day,
        editor.number,
        editor.year,
        editor.wording,
        dialog.deadline_reason,
        dialog.done_at_meeting,
        dialog.priority,
        dialog.product,
    ]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
    dialog.agenda.setVisible(dialog.agenda.count() > 1)  # a meeting without an agenda: no empty choice
    label = form.labelForField(dialog.agenda)
    if label is not None:
        label.setVisible(dialog.agenda.count() > 1)
    dialog.resize(680, 640)
