"""The status bar's account of saving: "Saved at 14:32:05" after each save that committed, and "Not
saved yet" naming each field whose save has failed or waits for the database, with the reason in words
(the driver's text goes to the log, never here). What is pending is kept and retried
(:mod:`minutes.ui.pending`), so the state clears by itself once the fault does."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from minutes.ui.errors_i18n import user_message
from minutes.ui.pending import Pending
from minutes.ui.recovery_dialog import entity_name, field_name
from minutes.ui.writer import BackgroundWriter


def is_save(tag: object) -> bool:
    """Writer jobs tagged ("draft", ...) only keep recovery text; every other job stores user data."""
    return not (isinstance(tag, tuple) and tag and tag[0] == "draft")


def describe(entries: list[Pending]) -> str:
    """The fields not saved yet, in words: "Contribution (Text), Meeting (Notes)"."""
    names = [f"{entity_name(e.key[0])} ({field_name(e.key[2])})" for e in entries]
    return ", ".join(dict.fromkeys(names))


class SaveStatus(QObject):
    def __init__(self, writer: BackgroundWriter, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.writer = writer
        self.label = QLabel(bar)
        self.label.setObjectName("saveStatus")
        self.label.setMinimumWidth(160)
        self.error = QLabel(bar)
        self.error.setObjectName("saveError")
        self.error.setStyleSheet("QLabel { color: #a11b1b; }")
        self.error.setWordWrap(False)
        self.error.hide()
        bar.addWidget(self.error, 1)
        bar.addPermanentWidget(self.label)
        self.label.setText(self.tr("All changes are saved automatically"))
        writer.finished.connect(self._finished)
        writer.failed.connect(self._failed)
        writer.pending.changed.connect(self._pending_changed)
        self.last_saved: datetime | None = None
        self.not_saved_shown = False  # what tests look for: the state was on screen at some time
        self._pending_shown = False

    def _finished(self, tag: object, _result: object) -> None:
        if not is_save(tag) or self.writer.pending.overdue():
            return
        self.mark_saved(datetime.now())

    def mark_saved(self, when: datetime) -> None:
        self.last_saved = when
        self.label.setText(self.tr("Saved at %1").replace("%1", when.strftime("%H:%M:%S")))
        self.error.hide()

    def _failed(self, tag: object, exc: object) -> None:
        if not is_save(tag) or (isinstance(tag, tuple) and self.writer.pending.entry(tag[1:])):
            return  # drafts fall back to the spool; pending field saves are shown by _pending_changed
        message = user_message(exc) if isinstance(exc, BaseException) else str(exc)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.setToolTip(message)
        self.error.show()
        self.label.setText(self.tr("Not saved"))
        self.not_saved_shown = True

    def _pending_changed(self) -> None:
        overdue = self.writer.pending.overdue()
        if not overdue:
            if self._pending_shown:
                self._pending_shown = False
                self.error.hide()
                if self.writer.pending.entries():
                    self.label.setText(self.tr("Saving…"))
                else:
                    self.mark_saved(datetime.now())
            return
        errors = [e.error for e in overdue if e.error is not None]
        reason = (
            user_message(errors[-1])
            if errors
            else self.tr("The database is busy: another program is writing to it.")
        )
        fields = describe(overdue)
        self.error.setText(
            self.tr(
                "Not saved yet: %1. %2 What you typed is kept and saved as soon as the database accepts it."
            )
            .replace("%1", fields)
            .replace("%2", reason)
        )
        self.error.setToolTip(reason)
        self.error.show()
        self.label.setText(self.tr("Not saved yet"))
        self._pending_shown = True
        self.not_saved_shown = True
