"""Start a follow-up meeting of the same body: its first item reviews the tasks still open from the
earlier meetings, each with its current status (:mod:`minutes.services.carryover`)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableView, QWidget

from minutes.domain.text import normalize_line
from minutes.errors import UserError
from minutes.services.board import BoardRow
from minutes.services.carryover import REVIEW_TITLE
from minutes.services.dto import MeetingDetail
from minutes.ui import formatting as fmt
from minutes.ui import names
from minutes.ui.board.dialogs import _Dialog, date_edit, pydate, qdate
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message
from minutes.ui.models.rows import Row, RowsModel
from minutes.ui.views import set_widths, setup_table


def carried_rows(rows: list[BoardRow]) -> list[Row]:
    return [
        Row(
            r.id,
            (r.text, r.lead_unit, r.deadline_text, names.task_status(r.status.value), r.progress_text),
            tips=(r.text, r.coordinating, "", "", ""),
        )
        for r in rows
    ]


class FollowUpDialog(_Dialog):
    """The new meeting's title and date, and the open tasks its review will list (updated with the date:
    only meetings held before it count)."""

    def __init__(self, ctx: UiContext, previous: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Start a follow-up meeting"))
        self.setObjectName("followUpDialog")
        self.ctx, self.previous = ctx, previous
        self.meeting_id: int | None = None
        today = ctx.services.db.today()
        self.title = QLineEdit(previous.title, self)
        self.title.setObjectName("followUpTitle")
        self.title.selectAll()
        self.date = date_edit(self, max(today, previous.meeting_date + timedelta(days=1)), "followUpDate")
        self.date.setMinimumDate(qdate(previous.meeting_date + timedelta(days=1)))
        body = previous.organisation_name or self.tr("(no organisation: only this meeting's tasks)")
        self.form.addRow(
            self.tr("After:"), QLabel(f"{fmt.day(previous.meeting_date)} · {previous.title}", self)
        )
        self.form.addRow(self.tr("Body:"), QLabel(body, self))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.count = QLabel(self)
        self.count.setObjectName("followUpCount")
        self.model = RowsModel(
            [self.tr("Task"), self.tr("Lead unit"), self.tr("Deadline"), self.tr("Status"), self.tr("Done")],
            parent=self,
        )
        self.tasks = QTableView(self)
        self.tasks.setModel(self.model)
        setup_table(self.tasks, "followUpTasks", stretch=0)
        set_widths(self.tasks, {1: 200, 2: 90, 3: 200, 4: 64})
        self.layout_.insertWidget(1, self.count)
        self.layout_.insertWidget(2, self.tasks, 1)
        self.date.dateChanged.connect(lambda _d: self.preview())
        self.preview()
        self.resize(860, 520)

    def meeting_date(self) -> date:
        return pydate(self.date.date())

    def preview(self) -> list[BoardRow]:
        rows = self.ctx.services.carryover.open_tasks_for(
            self.previous.organisation_id, self.meeting_date(), self.previous.id
        )
        self.model.set_rows(carried_rows(rows))
        self.count.setText(
            self.tr("The first item, “%1”, will review %n open task(s):", "", len(rows)).replace(
                "%1", REVIEW_TITLE
            )
        )
        return rows

    def accept(self) -> None:
        title = normalize_line(self.title.text())
        if not title:
            self.show_error(self.tr("Give the meeting a title."))
            self.title.setFocus()
            return
        try:
            self.meeting_id = self.ctx.services.carryover.start_follow_up_meeting(
                self.previous.id, title, self.meeting_date()
            )
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext, previous_meeting_id: int) -> int | None:
        """Run the dialog; the new meeting's id, or None when cancelled."""
        try:
            previous = ctx.services.meetings.get(previous_meeting_id)
        except UserError:
            return None
        dialog = cls(ctx, previous, parent)
        try:
            return dialog.meeting_id if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
