"""The small dialogs of the task detail: report progress (with evidence files), mark complete, give a
reason (cancel, reopen), change the deadline.

Each has an ``ask()`` class method that runs it and returns the values, or None when cancelled. It is
the one place that calls ``exec()``: tests replace ``exec`` (or ``ask``) and drive the real widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.text import normalize_line, normalize_text
from minutes.errors import FileTooLarge
from minutes.services.tasks import mb
from minutes.ui import formatting as fmt
from minutes.ui.context import EVIDENCE_MAX_BYTES
from minutes.ui.errors_i18n import user_message


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DayEdit(QDateEdit):
    """A dd/MM/yyyy date that types as users type it: after Ctrl+A (or a click that selects everything),
    typing a whole date ("15/06/2021" or "15062021") fills day, month and year in turn, where a plain
    QDateEdit replaces the whole text by the first digit and refuses it."""

    _advanced = False  # the last digit filled a section and moved to the next one

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        line = self.lineEdit()
        text = event.text()
        selected = line.selectedText()
        if text and text in "/.-" and self._advanced:
            self._advanced = False  # "15/": the 15 already moved on to the month; the "/" is not another step
            event.accept()
            return
        if (
            text[:1].isdigit()
            and selected
            and len(selected) > 4
            and selected != self.sectionText(self.currentSection())
        ):
            # more than one section is selected: start at the day, as if typing into an empty field
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.setSelectedSection(QDateEdit.Section.DaySection)
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text[:1].isdigit() and self.currentSection() != before


def date_edit(parent: QWidget, value: date, name: str) -> QDateEdit:
    edit = DayEdit(qdate(value), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class _Dialog(QDialog):
    """OK/Cancel buttons, an error line, Ctrl+Enter to accept."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #9a1c1c; }")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.accept()
            return
        super().keyPressEvent(event)


# --- progress -------------------------------------------------------------------------------------

PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # an evidence file's full path


@dataclass(frozen=True)
class ProgressInput:
    update_date: date
    percent: int
    note: str
    files: tuple[Path, ...]


class ProgressDialog(_Dialog):
    """A dated progress report: percent done, what was done, the evidence files (added or dropped)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: date,
        percent: int,
        earliest: date,
        max_bytes: int = EVIDENCE_MAX_BYTES,
    ) -> None:
        super().__init__(parent, self.tr("Report progress"))
        self.setObjectName("progressDialog")
        self.setAcceptDrops(True)
        self.earliest = earliest
        self.max_bytes = max_bytes
        self.date = date_edit(self, today, "progressDate")
        self.date.setMinimumDate(qdate(earliest))
        self.percent = QSpinBox(self)
        self.percent.setObjectName("progressPercent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(percent)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("progressNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was done, what remains, any difficulty"))
        self.note.setMinimumHeight(90)
        self.files_model = QStandardItemModel(self)  # the file's name shown, its path kept (tooltip)
        self.files = QListView(self)
        self.files.setObjectName("progressFiles")
        self.files.setModel(self.files_model)
        self.files.setMaximumHeight(90)
        self.add_files = QPushButton(self.tr("Attach files…"), self)
        self.add_files.setObjectName("progressAddFiles")
        self.add_files.clicked.connect(self.choose_files)
        self.remove_file = QPushButton(self.tr("Remove"), self)
        self.remove_file.setObjectName("progressRemoveFile")
        self.remove_file.clicked.connect(self._remove_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.remove_file)
        buttons.addStretch(1)
        files = QVBoxLayout()
        files.addWidget(self.files)
        files.addLayout(buttons)
        hint = QLabel(self.tr("Minutes, decisions, photos, reports… You can also drop files here."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #6b6b6b; }")
        files.addWidget(hint)
        self.form.addRow(self.tr("&Date:"), self.date)
        self.form.addRow(self.tr("Percent &done:"), self.percent)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.form.addRow(self.tr("Evidence:"), files)
        self.resize(520, 420)

    def paths(self) -> tuple[Path, ...]:
        model = self.files_model
        return tuple(Path(model.item(row).data(PATH_ROLE)) for row in range(model.rowCount()))

    def file_names(self) -> list[str]:
        """What the list shows: the files' names."""
        return [self.files_model.item(row).text() for row in range(self.files_model.rowCount())]

    def add_paths(self, paths: list[str]) -> None:
        current = {str(p) for p in self.paths()}
        for path in paths:
            if path and path not in current:
                current.add(path)
                item = QStandardItem(Path(path).name)
                item.setData(path, PATH_ROLE)
                item.setToolTip(path)
                item.setEditable(False)
                self.files_model.appendRow(item)

    def choose_files(self) -> None:
        found, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        self.add_paths(list(found))

    def _remove_file(self) -> None:
        index = self.files.currentIndex()
        if index.isValid():
            self.files_model.removeRow(index.row())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self.add_paths([url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    def value(self) -> ProgressInput:
        return ProgressInput(
            pydate(self.date.date()),
            self.percent.value(),
            normalize_text(self.note.toPlainText()),
            self.paths(),
        )

    def accept(self) -> None:
        missing = [p for p in self.paths() if not p.is_file()]
        if missing:
            self.show_error(self.tr("This file cannot be read: %1").replace("%1", str(missing[0])))
            return
        for path in self.paths():  # the size only (a stat): the files are read off the GUI thread
            size = path.stat().st_size
            if size > self.max_bytes:
                too_large = FileTooLarge(name=path.name, size_mb=mb(size), limit_mb=mb(self.max_bytes))
                self.show_error(user_message(too_large))
                return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> ProgressInput | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# --- completion -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompletionInput:
    completed_on: date
    note: str


class CompleteDialog(_Dialog):
    """The completion date; says at once whether that is on time or late for the deadline."""

    def __init__(self, parent: QWidget | None, *, today: date, deadline: date | None, earliest: date) -> None:
        super().__init__(parent, self.tr("Mark the task complete"))
        self.setObjectName("completeDialog")
        self.deadline = deadline
        self.date = date_edit(self, today, "completedOn")
        self.date.setMinimumDate(qdate(earliest))
        self.verdict = QLabel(self)
        self.verdict.setObjectName("completionVerdict")
        self.note = QLineEdit(self)
        self.note.setObjectName("completionNote")
        self.note.setPlaceholderText(self.tr("The product delivered, the document number…"))
        self.form.addRow(self.tr("Completed &on:"), self.date)
        self.form.addRow("", self.verdict)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.date.dateChanged.connect(self._judge)
        self._judge()
        self.resize(460, 180)

    def _judge(self) -> None:
        done = pydate(self.date.date())
        if self.deadline is None:
            self.verdict.setText(self.tr("No deadline: completed on time."))
            self.verdict.setStyleSheet("")
        elif done <= self.deadline:
            self.verdict.setText(
                self.tr("Completed on time (deadline %1).").replace("%1", fmt.day(self.deadline))
            )
            self.verdict.setStyleSheet("QLabel { color: #1d6b2f; }")
        else:
            late = (done - self.deadline).days
            self.verdict.setText(
                self.tr("Completed late: %n day(s) after the deadline (%1).", "", late).replace(
                    "%1", fmt.day(self.deadline)
                )
            )
            self.verdict.setStyleSheet("QLabel { color: #9a1c1c; font-weight: bold; }")

    def value(self) -> CompletionInput:
        return CompletionInput(pydate(self.date.date()), normalize_line(self.note.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> CompletionInput | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# --- a reason -------------------------------------------------------------------------------------


class ReasonDialog(_Dialog):
    """One line of text, the reason for an action; ``required`` keeps OK disabled until it is given."""

    def __init__(
        self, parent: QWidget | None, *, title: str, label: str, required: bool, placeholder: str = ""
    ) -> None:
        super().__init__(parent, title)
        self.setObjectName("reasonDialog")
        self.required = required
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(placeholder)
        self.reason.setMinimumWidth(360)
        self.form.addRow(label, self.reason)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(not self.required or bool(normalize_line(self.reason.text())))

    def value(self) -> str:
        return normalize_line(self.reason.text())

    def accept(self) -> None:
        if self.required and not self.value():
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> str | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# --- the deadline ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineInput:
    deadline: date | None
    reason: str


class DeadlineDialog(_Dialog):
    """A new deadline (or none) and why it changes: the reason is kept in the task's history."""

    def __init__(self, parent: QWidget | None, *, current: date | None, earliest: date, today: date) -> None:
        super().__init__(parent, self.tr("Change the deadline"))
        self.setObjectName("deadlineDialog")
        self.current = current
        self.earliest = earliest
        self.date = date_edit(self, current or max(today, earliest), "newDeadline")
        self.none = QCheckBox(self.tr("No deadline"), self)
        self.none.setObjectName("noDeadline")
        self.none.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("deadlineReason")
        self.reason.setPlaceholderText(self.tr("e.g. waiting for the city's decision on the land price"))
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(self.none)
        row.addStretch(1)
        self.form.addRow(self.tr("Current deadline:"), QLabel(fmt.day(current) or self.tr("none"), self))
        # labels with their buddies: a label given as text to a row holding a layout has no buddy, and
        # its "&" was shown as is ("Thời hạn &mới")
        new_label = QLabel(self.tr("&New deadline:"), self)
        new_label.setBuddy(self.date)
        self.form.addRow(new_label, row)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        self.form.addRow(reason_label, self.reason)
        # an error says what was wrong with what was there: it goes when that changes
        self.date.dateChanged.connect(lambda _d: self.error.hide())
        self.none.toggled.connect(lambda _on: self.error.hide())
        self.reason.textEdited.connect(lambda _t: self.error.hide())
        self.resize(480, 180)

    def value(self) -> DeadlineInput:
        return DeadlineInput(
            None if self.none.isChecked() else pydate(self.date.date()), normalize_line(self.reason.text())
        )

    def accept(self) -> None:
        value = self.value()
        if value.deadline is not None and value.deadline < self.earliest:
            self.show_error(
                self.tr("The deadline cannot be before the meeting (%1).").replace(
                    "%1", fmt.day(self.earliest)
                )
            )
            return
        if value.deadline == self.current:
            self.show_error(self.tr("This is the current deadline."))
            return
        if self.current is not None and not value.reason:
            self.show_error(
                self.tr("Say why the deadline changes: the reason is kept in the task's history.")
            )
            self.reason.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> DeadlineInput | None:
        dialog = cls(parent, **kwargs)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
