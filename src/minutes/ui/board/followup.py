"""Start a follow-up meeting ("Mở cuộc họp tiếp theo"): its first section reviews the open tasks the user
ticks, by default those of the earlier meeting itself, optionally those of its series (every earlier
meeting of the same body) (:mod:`minutes.services.carryover`)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QWidget,
)

from minutes.domain.text import normalize_line
from minutes.errors import UserError
from minutes.services.board import BoardRow
from minutes.services.carryover import REVIEW_TITLE, next_title
from minutes.services.dto import MeetingDetail
from minutes.ui import formatting as fmt
from minutes.ui import names
from minutes.ui.board.chips import with_count
from minutes.ui.board.dialogs import _Dialog, date_edit, pydate, qdate
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message
from minutes.ui.views import set_widths, setup_table

TASK_ROLE = Qt.ItemDataRole.UserRole + 1  # the task id of a row
#: Carrying more tasks than this shows a progress dialog.
PROGRESS_FROM = 100


def carried_items(rows: list[BoardRow]) -> list[list[QStandardItem]]:
    """One row per task: ticked, its text, lead unit, deadline, status, progress."""
    out = []
    for r in rows:
        cells = [
            QStandardItem(r.text),
            QStandardItem(r.lead_unit),
            QStandardItem(r.deadline_text),
            QStandardItem(names.task_status(r.status.value)),
            QStandardItem(r.progress_text),
        ]
        for cell in cells:
            cell.setEditable(False)
        first = cells[0]
        first.setCheckable(True)
        first.setCheckState(Qt.CheckState.Checked)
        first.setData(r.id, TASK_ROLE)
        first.setToolTip(r.text)
        cells[1].setToolTip(r.coordinating)
        out.append(cells)
    return out


class FollowUpDialog(_Dialog):
    """The new meeting's title and date, and the open tasks its review may list, each ticked or not
    (updated with the date and the series box: only meetings held before the date count)."""

    def __init__(self, ctx: UiContext, previous: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Start a follow-up meeting"))
        self.setObjectName("followUpDialog")
        self.ctx, self.previous = ctx, previous
        self.meeting_id: int | None = None
        self._filling = False  # ticks set by the program, not the user: the count is shown once
        today = ctx.services.db.today()
        start = max(today, previous.meeting_date + timedelta(days=1))
        self.title = QLineEdit(next_title(previous.title, start), self)
        self.title.setObjectName("followUpTitle")
        self.title.selectAll()
        self._proposed = self.title.text()
        self.date = date_edit(self, start, "followUpDate")
        self.date.setMinimumDate(qdate(previous.meeting_date + timedelta(days=1)))
        self.series = QCheckBox(self.tr("Also the open tasks of the &earlier meetings of this body"), self)
        self.series.setObjectName("followUpSeries")
        self.series.setEnabled(previous.organisation_id is not None)
        self.series.setToolTip(previous.organisation_name or self.tr("This meeting has no organisation"))
        self.form.addRow(
            self.tr("After:"), QLabel(f"{fmt.day(previous.meeting_date)} · {previous.title}", self)
        )
        self.form.addRow(self.tr("Body:"), QLabel(previous.organisation_name or "—", self))
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow("", self.series)
        self.count = QLabel(self)
        self.count.setObjectName("followUpCount")
        self.count.setWordWrap(True)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Task"), self.tr("Lead unit"), self.tr("Deadline"), self.tr("Status"), self.tr("Done")]
        )
        self.tasks = QTableView(self)
        self.tasks.setModel(self.model)
        setup_table(self.tasks, "followUpTasks", stretch=0)
        set_widths(self.tasks, {1: 200, 2: 90, 3: 200, 4: 64})
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.setObjectName("followUpAll")
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button = QPushButton(self.tr("Tick &none"), self)
        self.none_button.setObjectName("followUpNone")
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        self.layout_.insertWidget(1, self.count)
        self.layout_.insertWidget(2, self.tasks, 1)
        self.layout_.insertLayout(3, ticks)
        self.date.dateChanged.connect(lambda _d: self._date_changed())
        self.series.toggled.connect(lambda _on: self.preview())
        self.model.itemChanged.connect(lambda _item: None if self._filling else self._show_count())
        self._rows: list[BoardRow] = []
        self.preview()
        self.resize(860, 520)

    def meeting_date(self) -> date:
        return pydate(self.date.date())

    def _date_changed(self) -> None:
        if self.title.text() == self._proposed:  # not typed over: the proposal follows the date
            self._proposed = next_title(self.previous.title, self.meeting_date())
            self.title.setText(self._proposed)
        self.preview()

    def preview(self) -> list[BoardRow]:
        kept = {r.id for r in self._rows} - set(self.chosen_ids()) if self._rows else set()
        rows = self.ctx.services.carryover.open_tasks_for(
            self.previous.organisation_id,
            self.meeting_date(),
            self.previous.id,
            series=self.series.isChecked(),
        )
        self._rows = rows
        self._filling = True  # the count is shown once, at the end
        try:
            self.model.removeRows(0, self.model.rowCount())
            for cells in carried_items(rows):
                if cells[0].data(TASK_ROLE) in kept:  # unticked before: stays unticked
                    cells[0].setCheckState(Qt.CheckState.Unchecked)
                self.model.appendRow(cells)
        finally:
            self._filling = False
        self._show_count()
        return rows

    def chosen_ids(self) -> list[int]:
        model = self.model
        return [
            int(model.item(row, 0).data(TASK_ROLE))
            for row in range(model.rowCount())
            if model.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self._filling = True
        try:
            for row in range(self.model.rowCount()):
                self.model.item(row, 0).setCheckState(state)
        finally:
            self._filling = False
        self._show_count()

    def _show_count(self) -> None:
        chosen = len(self.chosen_ids())
        text = self.tr("The first section, “%1”, will review %n of the %2 open task(s) listed:", "", chosen)
        self.count.setText(
            with_count(text, chosen).replace("%1", REVIEW_TITLE).replace("%2", str(len(self._rows)))
        )

    def accept(self) -> None:
        title = normalize_line(self.title.text())
        if not title:
            self.show_error(self.tr("Give the meeting a title."))
            self.title.setFocus()
            return
        if title == normalize_line(self.previous.title):
            self.show_error(
                self.tr("Give the new meeting its own title (the earlier one's is kept as it was).")
            )
            self.title.setFocus()
            return
        chosen = self.chosen_ids()
        progress: QProgressDialog | None = None
        if len(chosen) > PROGRESS_FROM:
            progress = QProgressDialog(self.tr("Carrying the tasks over…"), "", 0, len(chosen), self)
            progress.setObjectName("followUpProgress")
            progress.setCancelButton(None)  # type: ignore[arg-type]  # one transaction: all or nothing
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()

        def step(done: int, _total: int) -> None:
            if progress is not None:
                progress.setValue(done)
                QApplication.processEvents()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.meeting_id = self.ctx.services.carryover.start_follow_up_meeting(
                self.previous.id,
                title,
                self.meeting_date(),
                chosen,
                series=self.series.isChecked(),
                progress=step,
            )
        except UserError as exc:
            self.show_error(user_message(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
            if progress is not None:
                progress.close()
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
