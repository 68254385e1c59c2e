"""The detail of one task: who does what by when, where it was decided, its progress reports with their
evidence files, its history; and the tracking actions (report progress, complete, reopen, cancel, move
the deadline, edit).

Every action is one service call (one unit of work for the acting user); the panel then learns of the
change like every view, from the data bus. Evidence files open with the system's viewer from a private
temporary copy. ``open_source`` asks the shell to open the minutes at the item the task came from.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.status import TaskStatus
from minutes.errors import UserError
from minutes.services import ChangeSet
from minutes.services.dto import TaskDetail
from minutes.services.task_versions import seen_of
from minutes.ui import deadline_text, names
from minutes.ui import formatting as fmt
from minutes.ui.board import history
from minutes.ui.board.chips import with_count
from minutes.ui.board.dialogs import CompleteDialog, DeadlineDialog, ProgressDialog, ReasonDialog
from minutes.ui.board.evidence import EvidenceJobs
from minutes.ui.board.task_undo import install_task_undo
from minutes.ui.conflict_dialog import write_or_resolve
from minutes.ui.context import UiContext
from minutes.ui.editor.base import MessageLine
from minutes.ui.errors_i18n import user_message
from minutes.ui.models.rows import RowsModel
from minutes.ui.roles import Rights
from minutes.ui.views import current_id, set_widths, setup_table
from minutes.ui.waiting import NotRun, run_on


class TaskDetailPanel(QWidget):
    open_source = Signal(int, object, object)  # meeting id, source kind (str | None), source id (int | None)
    acted = Signal(int)  # an action was done on this task

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskDetail")
        self.ctx = ctx
        self.detail: TaskDetail | None = None
        self.evidence = EvidenceJobs(ctx.services, ctx.evidence_max_bytes, self)
        self.evidence.reported.connect(self.acted)
        self.evidence.extracted.connect(self._open_copy)
        self._build()
        self.evidence.failed.connect(self.message.show_message)
        self.history = install_task_undo(self, ctx.services, self.message.show_message)
        ctx.bus.changed.connect(self.history.on_changed)
        ctx.bus.changed.connect(self._on_changed)
        self.show_task(None)

    # --- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("taskHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("taskStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("taskProgress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumHeight(18)

        self.lead = QLabel(self)
        self.coordinating = QLabel(self)
        self.responsible = QLabel(self)
        self.deadline = QLabel(self)
        self.priority = QLabel(self)
        self.product = QLabel(self)
        self.meeting = QLabel(self)
        self.source = QLabel(self)
        self.reviewed = QLabel(self)
        for label in (
            self.lead,
            self.coordinating,
            self.responsible,
            self.product,
            self.meeting,
            self.source,
            self.reviewed,
        ):
            label.setWordWrap(True)
        self.source.setObjectName("taskSource")
        self.source.setStyleSheet("QLabel { color: #444; font-style: italic; }")
        self.go_source = QPushButton(self.tr("Open in the minutes"), self)
        self.go_source.setObjectName("openSource")
        self.go_source.setToolTip(self.tr("Open the meeting at the item this task was assigned in"))
        self.go_source.clicked.connect(self._go_source)
        form = QFormLayout()
        form.addRow(self.tr("Lead unit:"), self.lead)
        form.addRow(self.tr("Coordinating:"), self.coordinating)
        form.addRow(self.tr("Responsible:"), self.responsible)
        form.addRow(self.tr("Deadline:"), self.deadline)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Product:"), self.product)
        form.addRow(self.tr("Meeting:"), self.meeting)
        form.addRow(self.tr("Assigned in:"), self.source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.go_source)
        source_row.addStretch(1)
        form.addRow("", source_row)
        form.addRow(self.tr("Reviewed at:"), self.reviewed)
        self.reviewed_label = form.labelForField(self.reviewed)

        self.report = self._button(self.tr("Report &progress…"), "reportProgress", self.add_update)
        self.complete = self._button(self.tr("Mark &complete…"), "markComplete", self.mark_complete)
        self.reopen = self._button(self.tr("Re&open…"), "reopenTask", self.reopen_task)
        self.cancel = self._button(self.tr("Cance&l task…"), "cancelTask", self.cancel_task)
        self.move_deadline = self._button(
            self.tr("Change &deadline…"), "changeDeadline", self.change_deadline
        )
        self.edit = self._button(self.tr("&Edit…"), "editTask", self.edit_task)
        self.history_button = self._button(self.tr("&History…"), "taskHistory", self.show_history)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for button in (self.report, self.complete, self.reopen):
            row1.addWidget(button)
        for button in (self.move_deadline, self.cancel, self.edit, self.history_button):
            row2.addWidget(button)
        row1.addStretch(1)
        row2.addStretch(1)

        self.updates_model = RowsModel(history.headers(history.UPDATE_HEADERS), parent=self)
        self.updates = QTableView(self)
        self.updates.setModel(self.updates_model)
        setup_table(self.updates, "progressUpdates", stretch=2)
        self.files_model = RowsModel(history.headers(history.FILE_HEADERS), parent=self)
        self.files = QTableView(self)
        self.files.setModel(self.files_model)
        setup_table(self.files, "evidenceFiles", stretch=1)
        self.files.setToolTip(self.tr("Double-click or press Enter to open the file"))
        self.files.activated.connect(lambda _index: self.open_selected_file())  # double-click or Enter
        self.events_model = RowsModel(history.headers(history.EVENT_HEADERS), parent=self)
        self.events = QTableView(self)
        self.events.setModel(self.events_model)
        setup_table(self.events, "taskEvents", stretch=3)
        set_widths(self.updates, {0: 84, 1: 64, 3: 150, 4: 100})
        set_widths(self.files, {0: 100, 2: 90})
        set_widths(self.events, {0: 120, 1: 140, 2: 180, 4: 100})

        progress_page = QWidget(self)
        box = QVBoxLayout(progress_page)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.updates, 3)
        files_label = QLabel(self.tr("Evidence files (double-click to open):"), progress_page)
        box.addWidget(files_label)
        box.addWidget(self.files, 2)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("taskTabs")
        self.tabs.addTab(progress_page, self.tr("Progress reports"))
        self.tabs.addTab(self.events, self.tr("History"))

        self.role_note = QLabel(self)  # what the user's role does not allow on this task, and why
        self.role_note.setObjectName("taskRoleNote")
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("QLabel { color: #5a4a00; background: #fff6d6; padding: 4px; }")
        self.role_note.hide()
        self.message = MessageLine(self)
        self.placeholder = QLabel(
            self.tr("Choose a task in the list to see its progress and act on it."), self
        )
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("QLabel { color: #6b6b6b; padding: 24px; }")

        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(form)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.role_note)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 4, 4)
        outer.addWidget(self.placeholder)
        outer.addWidget(self.body, 1)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- content -----------------------------------------------------------------------------------
    @property
    def task_id(self) -> int | None:
        return self.detail.task.id if self.detail else None

    def show_task(self, task_id: int | None) -> None:
        detail = None
        if task_id is not None:
            try:
                detail = self.ctx.services.tasks.get(task_id)
            except UserError:  # deleted meanwhile
                detail = None
        self.detail = detail
        self.history.set_scope(("task", detail.task.id) if detail is not None else None)
        self.placeholder.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is not None:
            self._fill(detail)

    def refresh(self) -> None:
        self.show_task(self.task_id)

    def show_history(self) -> None:
        """Who changed this task, its progress and its files, and when (minutes.ui.history)."""
        from minutes.ui.history import show_history

        if self.detail is not None:
            show_history(self.ctx, "task", self.detail.task.id, self.detail.task.text[:120], self.window())

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.detail is not None and changes.touches(
            "tasks", "progress_updates", "task_events", "units", "people", "meetings", "carried_tasks"
        ):
            self.refresh()

    def _fill(self, detail: TaskDetail) -> None:
        t = detail.task
        self.heading.setText(t.text)
        self.status.setText(self.status_text(detail))
        level = (
            "overdue"
            if t.status is TaskStatus.OVERDUE
            else "late"
            if t.status is TaskStatus.DONE_LATE
            else ""
        )
        self.status.setStyleSheet(
            "QLabel { color: #9a1c1c; font-weight: bold; }" if level else "QLabel { font-weight: bold; }"
        )
        self.progress.setValue(t.progress)
        none = "—"
        self.lead.setText(t.lead_unit_name or none)
        self.coordinating.setText(", ".join(t.coordinating_unit_names) or none)
        assigned = list(dict.fromkeys(n for n in (t.responsible_name, *t.assignee_names) if n))
        self.responsible.setText(
            "; ".join([*assigned, *([t.assignee_text] if t.assignee_text else [])]) or none
        )
        self.deadline.setText(deadline_text.short(t.deadline_spec) or self.tr("no deadline"))
        self.deadline.setToolTip(deadline_text.details(t.deadline_spec))
        self.priority.setText(names.priority(t.priority))
        self.product.setText(t.expected_product or none)
        self.meeting.setText(f"{fmt.day(t.meeting_date)} · {t.meeting_title}")
        if t.source_kind:
            self.source.setText(
                f"{names.source_kind(t.source_kind)}: “{fmt.first_line(detail.source_text, 240)}”"
            )
        else:
            self.source.setText(self.tr("the meeting's task list"))
        reviewed = self.ctx.services.carryover.reviewed_at(t.id)
        self.reviewed.setText("; ".join(f"{fmt.day(r.meeting_date)} · {r.meeting_title}" for r in reviewed))
        self.reviewed.setVisible(bool(reviewed))
        if self.reviewed_label is not None:
            self.reviewed_label.setVisible(bool(reviewed))
        open_ = t.status.is_open
        rights = Rights.of(self.ctx.services.actor)
        no_report, no_edit = rights.why_not_report(t), rights.why_not_edit_task()
        for button, allowed, why in (
            (self.report, open_, no_report),
            (self.complete, open_, no_report),
            (self.cancel, open_, no_edit),
            (self.move_deadline, open_, no_edit),
            (self.reopen, not open_, no_edit),
            (self.edit, True, no_edit),
        ):
            button.setEnabled(allowed and not why)
            button.setToolTip(why)
        self.role_note.setText("\n".join(dict.fromkeys(w for w in (no_report, no_edit) if w)))
        self.role_note.setVisible(bool(no_report or no_edit))
        self.updates_model.set_rows(history.update_rows(detail))
        self.files_model.set_rows(history.file_rows(detail))
        self.events_model.set_rows(history.event_rows(detail))

    def status_text(self, detail: TaskDetail) -> str:
        t = detail.task
        name = names.task_status(t.status.value)
        today = self.ctx.services.db.today()
        if t.status.is_done and t.completed_on is not None:
            if t.status is TaskStatus.DONE_LATE and t.deadline is not None:
                late = (t.completed_on - t.deadline).days
                return (
                    self.tr("%1 · completed on %2, %n day(s) after the deadline", "", late)
                    .replace("%1", name)
                    .replace("%2", fmt.day(t.completed_on))
                )
            return self.tr("%1 · completed on %2").replace("%1", name).replace("%2", fmt.day(t.completed_on))
        if t.status is TaskStatus.CANCELLED:
            return (
                self.tr("%1 on %2: %3")
                .replace("%1", name)
                .replace("%2", fmt.day(t.cancelled_on))
                .replace("%3", t.cancel_reason or "")
            )
        if t.status is TaskStatus.OVERDUE and t.deadline is not None:
            late = (today - t.deadline).days
            return with_count(self.tr("%1 · %n day(s) late", "", late), late).replace("%1", name)
        if t.deadline is not None:
            left = (t.deadline - today).days
            if left == 0:
                return self.tr("%1 · due today").replace("%1", name)
            return self.tr("%1 · due in %n day(s)", "", left).replace("%1", name)
        return name

    # --- actions -----------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except NotRun:  # the board is closing: nothing was written
            return False
        except UserError as exc:
            self.message.show_message(user_message(exc))
            return False
        if self.task_id is not None:
            self.acted.emit(self.task_id)
        return True

    def _write(self, write: Callable[[int, dict[str, Any] | None], object]) -> bool:
        """A write naming the version of the task shown; a conflict is shown and the user chooses."""
        if self.detail is None:
            return False
        shown, tasks = self.detail.task, self.ctx.services.tasks
        # the write and a re-read after a conflict run off the GUI thread, on the board's runner (the one
        # that saves progress reports); the conflict is asked about here
        run = run_on(self.evidence.runner, ("task", shown.id))

        def on_runner(version: int, seen: dict[str, Any] | None) -> object:
            return run(lambda: write(version, seen))

        def reread() -> dict[str, Any]:
            return dict(run(lambda: seen_of(tasks.get(shown.id).task)))

        return self._run(lambda: write_or_resolve(self, on_runner, shown.version, seen_of(shown), reread))

    def add_update(self) -> None:
        if self.detail is None:
            return
        t = self.detail.task
        got = ProgressDialog.ask(
            self,
            today=self._today(),
            percent=t.progress,
            earliest=t.meeting_date,
            max_bytes=self.ctx.evidence_max_bytes,
        )
        if got is None:
            return
        # the files are read (and the report saved) on a worker thread: a big file never freezes the window;
        # the report names the version of the task shown (a task changed meanwhile refuses it)
        self.evidence.report(
            t.id,
            got.update_date,
            got.percent,
            got.note,
            got.files,
            expected_version=t.version,
            seen=seen_of(t),
        )

    def mark_complete(self) -> None:
        if self.detail is None:
            return
        t = self.detail.task
        got = CompleteDialog.ask(self, today=self._today(), deadline=t.deadline, earliest=t.meeting_date)
        if got is not None:
            tasks = self.ctx.services.tasks
            self._write(
                lambda v, s: tasks.complete(t.id, got.completed_on, got.note, expected_version=v, seen=s)
            )

    def reopen_task(self) -> None:
        if self.detail is None:
            return
        t = self.detail.task
        reason = ReasonDialog.ask(
            self,
            title=self.tr("Reopen the task"),
            label=self.tr("&Why:"),
            required=True,  # a completed task reopened without a word leaves its history unexplained
            placeholder=self.tr("e.g. the product was not accepted"),
        )
        if reason is not None:
            tasks = self.ctx.services.tasks
            self._write(lambda v, s: tasks.reopen(t.id, reason, expected_version=v, seen=s))

    def cancel_task(self) -> None:
        if self.detail is None:
            return
        t = self.detail.task
        reason = ReasonDialog.ask(
            self,
            title=self.tr("Cancel the task"),
            label=self.tr("&Reason:"),
            required=True,
            placeholder=self.tr("e.g. merged into another task"),
        )
        if reason is not None:
            tasks = self.ctx.services.tasks
            self._write(lambda v, s: tasks.cancel(t.id, reason, expected_version=v, seen=s))

    def change_deadline(self) -> None:
        if self.detail is None:
            return
        t = self.detail.task
        got = DeadlineDialog.ask(self, current=t.deadline, earliest=t.meeting_date, today=self._today())
        if got is None:
            return
        tasks = self.ctx.services.tasks
        self._write(
            lambda v, s: tasks.update(
                t.id, deadline=got.deadline, deadline_reason=got.reason or None, expected_version=v, seen=s
            )
        )

    def edit_task(self) -> None:
        if self.detail is None:
            return
        from minutes.ui.task_form import TaskForm  # the editor's form, reused as is

        t = self.detail.task
        try:
            meeting = self.ctx.services.meetings.get(t.meeting_id)
        except UserError as exc:
            self.message.show_message(user_message(exc))
            return
        if TaskForm.ask(self, self.ctx, self.evidence.runner, meeting, task=t) is not None:
            self.acted.emit(t.id)

    def open_selected_file(self) -> None:
        ident = current_id(self.files)
        if ident is not None:
            self.open_attachment(ident)

    def open_attachment(self, attachment_id: int) -> None:
        """Copy the evidence file out of the database (on a worker thread), then open it with the
        system's viewer."""
        self.evidence.open(attachment_id)

    def _open_copy(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.show_message(self.tr("No program is set to open %1.").replace("%1", path.name))

    def _go_source(self) -> None:
        if self.detail is not None:
            t = self.detail.task
            self.open_source.emit(t.meeting_id, t.source_kind, t.source_id)

    def _today(self) -> date:
        return self.ctx.services.db.today()
