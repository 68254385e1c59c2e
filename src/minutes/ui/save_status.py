"""The status bar's account of saving: "Saved at 14:32:05" after each save the writer finishes, and
the reason when a save failed (the text stays in the field and in its recovery draft)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from minutes.ui.errors_i18n import user_message
from minutes.ui.writer import BackgroundWriter


def is_save(tag: object) -> bool:
    """Writer jobs tagged ("draft", ...) only keep recovery text; every other job stores user data."""
    return not (isinstance(tag, tuple) and tag and tag[0] == "draft")


class SaveStatus(QObject):
    def __init__(self, writer: BackgroundWriter, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
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
        self.last_saved: datetime | None = None

    def _finished(self, tag: object, _result: object) -> None:
        if not is_save(tag):
            return
        self.mark_saved(datetime.now())

    def mark_saved(self, when: datetime) -> None:
        self.last_saved = when
        self.label.setText(self.tr("Saved at %1").replace("%1", when.strftime("%H:%M:%S")))
        self.error.hide()

    def _failed(self, _tag: object, exc: object) -> None:
        message = user_message(exc) if isinstance(exc, BaseException) else str(exc)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.setToolTip(message)
        self.error.show()
        self.label.setText(self.tr("Not saved"))
