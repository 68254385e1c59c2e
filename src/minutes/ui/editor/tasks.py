"""The meeting's tasks: what was assigned, to whom, by when - and what is still unclear.

Enter edits the selected task, Insert (or Ctrl+T here) adds one, Delete removes it (undoable). A warning
icon marks a task that lacks its lead unit, coordinating units, deadline or expected product.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QTableView, QVBoxLayout, QWidget

from minutes.services.dto import MeetingDetail, TaskDTO
from minutes.ui import deadline_text, names
from minutes.ui.context import UiContext
from minutes.ui.editor.base import SectionBase, ok
from minutes.ui.labels import missing_names
from minutes.ui.models.rows import Row, RowMemo, RowsModel
from minutes.ui.views import (
    current_id,
    current_row,
    fit_rows,
    select_id,
    select_row,
    set_widths,
    setup_table,
    wrap_columns,
)
from minutes.ui.writer import BackgroundWriter

TABLE = "tasks"


class TasksSection(SectionBase):
    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("tasksSection")
        self.model = RowsModel(
            [
                self.tr("No."),
                self.tr("Task"),
                self.tr("Lead unit / assigned"),
                self.tr("Deadline"),
                self.tr("Priority"),
                self.tr("Status"),
            ],
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "tasksTable", stretch=1, wrap=True)
        set_widths(self.table, {0: 56, 2: 220, 3: 90, 4: 90, 5: 170})
        wrap_columns(self.table, [1, 2, 3, 4, 5])  # not the first: its warning icon
        fit_rows(self.table, min_rows=3)
        self.warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._missing = missing_names()
        self._rows = RowMemo(self._row)
        self.summary = QLabel(self)
        self.summary.setObjectName("tasksSummary")
        self.add_button = QPushButton(self.tr("New task..."), self)
        self.add_button.setObjectName("taskAdd")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_task)
        self.table.doubleClicked.connect(lambda *_: self.edit_task())
        self._build_actions()

    def title(self) -> str:
        return self.tr("Tasks")

    def _build_actions(self) -> None:
        only = Qt.ShortcutContext.WidgetShortcut
        self.act_add = self.make_action(
            self.tr("&New task..."), ["Ctrl+T", "Insert"], self.add_task, name="actTaskAdd"
        )
        self.act_edit = self.make_action(
            self.tr("&Edit task..."),
            ["Return", "Enter"],
            self.edit_task,
            name="actTaskEdit",
            widget=self.table,
            context=only,
        )
        self.act_remove = self.make_action(
            self.tr("&Delete task"),
            "Delete",
            self.remove,
            name="actTaskRemove",
            widget=self.table,
            context=only,
        )
        self.add_button.setToolTip(self.act_add.toolTip())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _row(self, index: int, t: TaskDTO) -> Row:
        missing = self._missing
        lacks = ", ".join(missing[m] for m in t.missing)
        tip = self.tr("Missing: %1").replace("%1", lacks) if lacks else ""
        lead = "; ".join(x for x in (t.lead_unit_name, *t.assignee_names, t.assignee_text) if x)
        lead_tip = "\n".join(x for x in (t.lead_unit_name, *t.assignee_names, t.assignee_text) if x)
        if t.coordinating_unit_names:
            coordinating = self.tr("Coordinating: %1").replace("%1", "; ".join(t.coordinating_unit_names))
            lead_tip = f"{lead_tip}\n{coordinating}" if lead_tip else coordinating
        return Row(
            t.id,
            (
                str(index + 1),
                t.text.strip(),  # wrapped to the column, at most 12 lines
                lead,
                deadline_text.short(t.deadline_spec),
                names.priority(t.priority),
                names.task_status(t.status.value),
            ),
            (tip, t.text[:600], lead_tip, deadline_text.details(t.deadline_spec), "", ""),
            {0: self.warning_icon} if t.missing else {},
        )

    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        keep = current_id(self.table)
        super().set_meeting(meeting)
        tasks = meeting.tasks if meeting else []
        rows = self._rows.rows(tasks)
        self.model.set_rows(rows)
        if keep is not None and current_id(self.table) != keep:
            select_id(self.table, keep)
        unclear = sum(1 for t in tasks if t.missing)
        text = self.tr("%n task(s)", "", len(tasks))
        if unclear:
            text += " · " + self.tr("%n not yet clear", "", unclear)
        self.summary.setText(text)

    def focus_first(self) -> None:
        if self.model.rowCount() and current_row(self.table) < 0:
            select_row(self.table, 0)
        self.table.setFocus()

    def _task(self, ident: int | None) -> TaskDTO | None:
        if self.meeting is None or ident is None:
            return None
        return next((t for t in self.meeting.tasks if t.id == ident), None)

    def add_task(self) -> None:
        if self.meeting is None:
            return
        from minutes.ui.task_form import TaskForm

        generation = self._generation
        ident = TaskForm.ask(self, self.ctx, self.writer, self.meeting)
        if ident is not None:
            self.sync_now(generation)
            select_id(self.table, ident)
        self.table.setFocus()

    def edit_task(self) -> None:
        task = self._task(current_id(self.table))
        if task is None or self.meeting is None:
            return
        from minutes.ui.task_form import TaskForm

        TaskForm.ask(self, self.ctx, self.writer, self.meeting, task=task)
        self.table.setFocus()

    def remove(self) -> None:
        row_index = current_row(self.table)
        task = self._task(current_id(self.table))
        if task is None:
            return
        tasks, first = self.ctx.services.tasks, task.id
        if self.perform(self.tr("Delete task"), ok(lambda: tasks.delete(first))):
            select_row(self.table, min(row_index, self.model.rowCount() - 1))
