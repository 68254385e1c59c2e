"""The date printed on each document of a meeting, apart from the meeting's date (model v2): the minutes,
the conclusion notice, the plan and the status report may be signed on days of their own.

Part of the general information (:class:`~minutes.ui.editor.general.GeneralSection`), one line: a field
per document, "__/__/____" until a date is typed ("20012021" is 20/01/2021); left empty the document
prints its default date. A date is saved when the field is left (ValueSaver), naming the date the user
saw: someone else's date set meanwhile shows in the editor's conflict bar, never overwritten. A date
before the meeting is refused with a message before anything is written. Each save is one undo step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from minutes.domain.enums import DocumentKind
from minutes.services.dto import MeetingDetail
from minutes.ui.context import UiContext
from minutes.ui.editor.base import MessageLine
from minutes.ui.editor.fields import ValueSaver
from minutes.ui.writer import BackgroundWriter


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentDates", text)


def document_names() -> list[tuple[str, str]]:
    return [
        (DocumentKind.MINUTES.value, _t("Minutes")),
        (DocumentKind.CONCLUSION.value, _t("Conclusion notice")),
        (DocumentKind.PLAN.value, _t("Plan")),
        (DocumentKind.REPORT.value, _t("Status report")),
    ]


def parse_day(text: str) -> date | None:
    """``date`` of "20/01/2021" (or the digits "20012021"); None when no digit is typed; ``ValueError``
    when the digits make no date."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    if len(digits) != 8:
        raise ValueError(text)
    return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))


def show_day(value: object) -> str:
    return f"{value:%d/%m/%Y}" if isinstance(value, date) else ""


class OptionalDateEdit(QLineEdit):
    """A day that may be left empty: "__/__/____" until eight digits are typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("00/00/0000;_")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self._last: date | None = None

    def value(self) -> date | None:
        """The day typed, the last good one when what is typed makes no date."""
        try:
            return parse_day(self.text())
        except ValueError:
            return self._last

    def set_value(self, value: object) -> None:
        self._last = value if isinstance(value, date) else None
        self.setText(show_day(self._last))

    def is_valid(self) -> bool:
        try:
            parse_day(self.text())
        except ValueError:
            return False
        return True


class DocumentDates(QObject):
    """Owns the line of document dates (``panel``) and a ValueSaver per document."""

    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget) -> None:
        super().__init__(parent)
        self.meeting: MeetingDetail | None = None
        meetings = ctx.services.meetings
        self.panel = QWidget(parent)
        self.panel.setObjectName("documentDates")
        self.panel.setToolTip(_t("Empty: the document prints its usual date"))
        self.edits: dict[str, OptionalDateEdit] = {}
        self.savers: dict[str, ValueSaver] = {}
        self.message = MessageLine(self.panel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for kind, name in document_names():
            edit = OptionalDateEdit(self.panel)
            edit.setObjectName(f"documentDate_{kind}")
            label = QLabel(name, self.panel)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)

            def save(meeting_id: int, value: object, *, kind: str = kind, **versions: Any) -> None:
                seen = versions.get("seen")
                day = value if isinstance(value, date) else None
                if seen:
                    meetings.set_document_date(meeting_id, kind, day, seen=seen[f"document_date_{kind}"])
                else:
                    meetings.set_document_date(meeting_id, kind, day)

            saver = ValueSaver(
                ctx,
                writer,
                edit,
                entity="meetings",
                field=f"document_date_{kind}",
                label=_t("Date of the document: %1").replace("%1", name),
                read=edit.value,
                show=edit.set_value,
                save=save,
                describe=lambda value: show_day(value) or _t("(its usual date)"),
            )
            edit.editingFinished.connect(lambda kind=kind: self._finished(kind))
            self.edits[kind] = edit
            self.savers[kind] = saver
        row.addStretch(1)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.message)
        edits = list(self.edits.values())
        for first, second in zip(edits, edits[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        self.meeting = meeting
        ident = meeting.id if meeting else None
        for kind, saver in self.savers.items():
            saver.refresh(ident, meeting.document_dates.get(kind) if meeting else None)
        for edit in self.edits.values():
            edit.setEnabled(meeting is not None)

    def _finished(self, kind: str) -> None:
        edit, meeting = self.edits[kind], self.meeting
        if not edit.is_valid():
            self.message.show_message(
                _t("“%1” is not a date. Type it as dd/mm/yyyy.").replace("%1", edit.text())
            )
            return
        day = edit.value()
        if meeting is not None and day is not None and day < _start(meeting):
            self.message.show_message(
                _t("A document cannot be dated before its meeting (%1).").replace(
                    "%1", show_day(meeting.meeting_date)
                )
            )
            return
        self.message.hide()
        self.savers[kind].changed()

    def flush(self) -> None:
        for kind, edit in self.edits.items():
            if edit.hasFocus():
                self._finished(kind)


def _start(meeting: MeetingDetail) -> date:
    """The first day the meeting may have been held (its month's first day when known by month only)."""
    return meeting.meeting_date.replace(day=1) if meeting.date_precision == "month" else meeting.meeting_date
