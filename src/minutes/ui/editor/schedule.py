"""The dates of the general information that model v2 added: whether the meeting is known to the day or
only by its month ("tháng 01/2023"), and the next meeting (a day or a month, a time, a place, a note).

Part of :class:`~minutes.ui.editor.general.GeneralSection`: choices are saved when made (ValueSaver),
the place and the note as they are typed (FieldSaver), each naming the version the user saw (a stale
one shows in the editor's conflict bar) and each one undo step of the services. A next meeting before this one is
refused with a message before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.deadline import last_day
from minutes.domain.enums import DatePrecision
from minutes.services.dto import MeetingDetail
from minutes.services.meetings import MeetingService
from minutes.ui.autosave import FieldSaver
from minutes.ui.context import UiContext
from minutes.ui.date_field import DateField
from minutes.ui.editor.base import MessageLine
from minutes.ui.editor.fields import OptionalTimeEdit, ValueSaver
from minutes.ui.writer import BackgroundWriter

DAY_FORMAT, MONTH_FORMAT = "dd/MM/yyyy", "MM/yyyy"


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingSchedule", text)


NextValue = tuple[date | None, str]


def _pydate(edit: QDateEdit | DateField) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


def _show_date(edit: QDateEdit | DateField, day: date, precision: str) -> None:
    edit.setDisplayFormat(MONTH_FORMAT if precision == DatePrecision.MONTH else DAY_FORMAT)
    edit.setDate(QDate(day.year, day.month, day.day))


def precision_combo(name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(_t("to the day"), DatePrecision.DAY.value)
    combo.addItem(_t("month only"), DatePrecision.MONTH.value)
    combo.setToolTip(_t("Known only by its month: the documents print “tháng 01/2023”"))
    return combo


def _text_save(meetings: MeetingService, field: str) -> Callable[..., int]:
    """A FieldSaver's save: the text, with the version and the text the user saw."""

    def save(meeting_id: int, text: str, **versions: Any) -> int:
        fields: dict[str, Any] = {field: text}
        return meetings.update(meeting_id, **fields, **versions)

    return save


def _clock_seen(versions: dict[str, Any]) -> dict[str, Any]:
    """A time is shown as "08:30" and stored as a time: what was seen, in the stored form."""
    seen = versions.get("seen")
    if not seen:
        return versions
    return {
        **versions,
        "seen": {
            k: (time.fromisoformat(v) if v else None) if isinstance(v, str) else v for k, v in seen.items()
        },
    }


def _next_seen(versions: dict[str, Any]) -> dict[str, Any]:
    """The next meeting is shown as one value (day, precision) and stored as two fields."""
    seen = versions.get("seen")
    if not seen or "next_meeting_date" not in seen:
        return versions
    value = seen["next_meeting_date"]
    if not isinstance(value, tuple):  # a conflict's "theirs": the stored date alone
        return {**versions, "seen": {"next_meeting_date": value}}
    day, precision = value
    return {**versions, "seen": {"next_meeting_date": day, "next_meeting_precision": precision}}


class MeetingSchedule(QObject):
    """Owns the precision combo (placed next to the meeting's date) and the next-meeting row."""

    def __init__(
        self,
        ctx: UiContext,
        writer: BackgroundWriter,
        date_edit: QDateEdit | DateField,  # the general section's date (a DateField)
        parent: QWidget,
        *,
        save_ms: int = 1000,
        draft_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.writer, self.date_edit = ctx, writer, date_edit
        self.meeting: MeetingDetail | None = None
        meetings = ctx.services.meetings
        self.precision = precision_combo("meetingDatePrecision", parent)
        self.panel = QWidget(parent)
        self.panel.setObjectName("nextMeeting")
        self.has_next = QCheckBox(_t("Planned"), self.panel)
        self.has_next.setObjectName("nextMeetingPlanned")
        self.next_date = QDateEdit(self.panel)
        self.next_date.setObjectName("nextMeetingDate")
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat(DAY_FORMAT)
        self.next_precision = precision_combo("nextMeetingPrecision", self.panel)
        self.next_time = OptionalTimeEdit(self.panel)
        self.next_time.setObjectName("nextMeetingTime")
        self.next_location = QLineEdit(self.panel)
        self.next_location.setObjectName("nextMeetingLocation")
        self.next_location.setPlaceholderText(_t("Place"))
        self.next_note = QLineEdit(self.panel)
        self.next_note.setObjectName("nextMeetingNote")
        self.next_note.setPlaceholderText(_t("Note, e.g. what it will discuss"))
        self.message = MessageLine(self.panel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.has_next, self.next_date, self.next_precision, self.next_time):
            row.addWidget(widget)
        row.addWidget(self.next_location, 1)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.next_note)
        box.addWidget(self.message)
        order = [
            self.has_next,
            self.next_date,
            self.next_precision,
            self.next_time,
            self.next_location,
            self.next_note,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        def saver(
            widget: QWidget,
            field: str,
            label: str,
            read: Callable[[], object],
            show: Callable[[object], None],
            save: Callable[..., object],
        ) -> ValueSaver:
            return ValueSaver(
                ctx,
                writer,
                widget,
                entity="meetings",
                field=field,
                label=label,
                read=read,
                show=show,
                save=save,
            )

        self.precision_saver = saver(
            self.precision,
            "date_precision",
            _t("Date precision"),
            self.precision.currentData,
            self._show_precision,
            lambda i, v, **w: meetings.update(i, date_precision=v, **w),
        )
        self.precision.activated.connect(self.precision_saver.changed)
        self.precision.activated.connect(self._precision_chosen)
        self.next_saver = saver(
            self.next_date,
            "next_meeting_date",
            _t("Next meeting"),
            self._read_next,
            self._show_next,
            self._save_next,
        )
        self.has_next.toggled.connect(self._next_toggled)
        self.next_date.editingFinished.connect(self._next_changed)
        self.next_date.calendarWidget().clicked.connect(self._next_changed)
        self.next_precision.activated.connect(self._next_changed)
        self.time_saver = saver(
            self.next_time,
            "next_meeting_time",
            _t("Time of the next meeting"),
            self.next_time.value,
            lambda v: self.next_time.set_value(str(v or "")),
            lambda i, v, **w: meetings.update(i, next_meeting_time=v or None, **_clock_seen(w)),
        )
        self.next_time.editingFinished.connect(self.time_saver.changed)
        self.text_savers = [
            FieldSaver(
                ctx,
                writer,
                widget,
                entity="meetings",
                field=field,
                save=_text_save(meetings, field),
                label=label,
                save_ms=save_ms,
                draft_ms=draft_ms,
            )
            for widget, field, label in (
                (self.next_location, "next_meeting_location", _t("Place of the next meeting")),
                (self.next_note, "next_meeting_note", _t("Note on the next meeting")),
            )
        ]

    # --- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: MeetingDetail | None, switching: bool) -> None:
        self.meeting = meeting
        ident = meeting.id if meeting else None
        self.precision_saver.refresh(ident, meeting.date_precision if meeting else DatePrecision.DAY.value)
        nxt = meeting.next_meeting if meeting else None
        self.next_saver.refresh(
            ident, (nxt.meeting_date, nxt.precision) if nxt else (None, DatePrecision.DAY.value)
        )
        clock = f"{nxt.start_time.hour:02d}:{nxt.start_time.minute:02d}" if nxt and nxt.start_time else ""
        self.time_saver.refresh(ident, clock)
        values = {
            "next_meeting_location": nxt.location if nxt else "",
            "next_meeting_note": nxt.note if nxt else "",
        }
        for text_saver in self.text_savers:
            if switching:
                text_saver.bind(ident, values[text_saver.field])
            else:
                text_saver.refresh(values[text_saver.field])
        for widget in (self.precision, self.has_next):
            widget.setEnabled(meeting is not None)
        self._enable_next()

    def _show_precision(self, value: object) -> None:
        self.precision.setCurrentIndex(max(0, self.precision.findData(value)))
        day = _pydate(self.date_edit)
        _show_date(self.date_edit, day, str(value))

    def _precision_chosen(self) -> None:
        month = self.precision.currentData() == DatePrecision.MONTH
        self.date_edit.setDisplayFormat(MONTH_FORMAT if month else DAY_FORMAT)

    def _show_next(self, value: object) -> None:
        if isinstance(value, date):  # a conflict's "theirs": the stored date alone
            value = (value, self.next_precision.currentData())
        day, precision = value if isinstance(value, tuple) else (None, DatePrecision.DAY.value)
        self.has_next.blockSignals(True)
        self.has_next.setChecked(day is not None)
        self.has_next.blockSignals(False)
        shown = day or (self.meeting.meeting_date if self.meeting else date.today())
        self.next_precision.setCurrentIndex(max(0, self.next_precision.findData(precision)))
        _show_date(self.next_date, shown, precision)
        self._enable_next()

    def _save_next(self, meeting_id: int, value: object, **versions: Any) -> int:
        day, precision = value if isinstance(value, tuple) else (None, DatePrecision.DAY.value)
        return self.ctx.services.meetings.update(
            meeting_id, next_meeting_date=day, next_meeting_precision=precision, **_next_seen(versions)
        )

    def _enable_next(self) -> None:
        on = self.meeting is not None and self.has_next.isChecked()
        for widget in (
            self.next_date,
            self.next_precision,
            self.next_time,
            self.next_location,
            self.next_note,
        ):
            widget.setEnabled(on)

    # --- the next meeting ------------------------------------------------------------------------
    def _read_next(self) -> NextValue:
        if not self.has_next.isChecked():
            return (None, DatePrecision.DAY.value)
        precision = str(self.next_precision.currentData())
        day = _pydate(self.next_date)
        return (day.replace(day=1) if precision == DatePrecision.MONTH else day, precision)

    def _next_toggled(self, on: bool) -> None:
        self._enable_next()
        if on:
            self.next_date.setFocus()
        self._next_changed()

    def _next_changed(self, *_args: object) -> None:
        day, precision = self._read_next()
        self.next_date.setDisplayFormat(MONTH_FORMAT if precision == DatePrecision.MONTH else DAY_FORMAT)
        meeting = self.meeting
        if meeting is not None and day is not None:
            latest = last_day(day.year, day.month) if precision == DatePrecision.MONTH else day
            start = (
                meeting.meeting_date.replace(day=1)
                if meeting.date_precision == "month"
                else meeting.meeting_date
            )
            if latest < start:
                self.message.show_message(
                    _t("The next meeting cannot be before this one (%1).").replace(
                        "%1", self.date_edit.text()
                    )
                )
                return
        self.message.hide()
        self.next_saver.changed()

    def flush(self) -> None:
        self.time_saver.changed()
        if self.has_next.isChecked():
            self._next_changed()
