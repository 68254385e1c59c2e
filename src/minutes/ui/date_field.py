"""A date field that takes a day as users type it (see :mod:`minutes.domain.day_text`).

QDateEdit ignored digits typed after a click, jumped to the next section on its own (so "04 Tab 12 Tab
2026" put the year into the next field), turned "31122026" into another day and took the year 3112. This
is a line edit: type "31/12/2026", "31122026", "3/1" or pick a day from the calendar (Alt+Down or the
button). Leaving it reads the text; a text that names no day stays as typed, marked, with the reason in
``problem()`` and ``invalid`` (nothing typed is lost, the last good day is kept as the value).

The API follows QDateEdit where the application used it: ``date()``, ``setDate()``, ``dateChanged``,
``setDisplayFormat()`` with "dd/MM/yyyy" or "MM/yyyy" (a meeting known only by its month: "3/2022",
"032022" or a whole day are read as that month).
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QToolTip, QWidget

from minutes.domain.day_text import DayTextError, day_text, parse_day


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


MONTH_FORMAT = "MM/yyyy"
_MONTH = re.compile(r"^\s*(\d{1,2})\s*[/.\-\s]?\s*(\d{4})\s*$")


class DateField(QLineEdit):
    dateChanged = Signal(QDate)  # noqa: N815 - as QDateEdit
    invalid = Signal(str)  # the translated reason a typed text names no day

    def __init__(self, parent: QWidget | None = None, *, value: date | None = None) -> None:
        super().__init__(parent)
        self._value = value or date.today()
        self._problem = ""
        self._month = False
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setText(day_text(self._value))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 48)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, self.tr("Choose the day in a calendar (Alt+Down)"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self.commit)

    # --- QDateEdit-like ------------------------------------------------------------------------
    def date(self) -> QDate:
        return _qdate(self._value)

    def value(self) -> dt.date:
        return self._value

    def setDisplayFormat(self, fmt: str) -> None:  # noqa: N802 - as QDateEdit
        """ "MM/yyyy" shows and reads a month; anything else a day (dd/mm/yyyy)."""
        self._month = fmt == MONTH_FORMAT
        self.setText(self._text(self._value))

    def _text(self, day: dt.date) -> str:
        return f"{day.month:02d}/{day.year}" if self._month else day_text(day)

    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802 - as QDateEdit
        day = value.toPython() if isinstance(value, QDate) else value
        assert isinstance(day, dt.date)
        changed = day != self._value
        self._value = day
        self._mark("")
        self.setText(self._text(day))
        if changed:
            self.dateChanged.emit(_qdate(day))

    # --- typing --------------------------------------------------------------------------------
    def problem(self) -> str:
        """Why the text typed names no day ("" when it does)."""
        return self._problem

    def commit(self) -> bool:
        """Read the typed text: True when it names a day (now the value)."""
        month = _MONTH.match(self.text()) if self._month else None
        try:
            if month is not None:
                number, year = int(month.group(1)), int(month.group(2))  # month 13: "not a day"
                day: dt.date | None = parse_day(f"01/{number:02d}/{year}", year)
            else:
                day = parse_day(self.text(), self._value.year)
        except DayTextError as exc:
            self._mark(self._reason(exc))
            self.invalid.emit(self._problem)
            return False
        if day is None:  # emptied: the day stays what it was
            self.setText(self._text(self._value))
            self._mark("")
            return True
        self.setDate(day)
        return True

    def _reason(self, exc: DayTextError) -> str:
        if exc.reason == "year":
            return self.tr("“%1” is not a day: the year must be between 1945 and 2100.").replace(
                "%1", exc.text
            )
        if exc.reason == "day":
            return self.tr("“%1” is not a day of the calendar.").replace("%1", exc.text)
        return self.tr("“%1” is not a day: type it as dd/mm/yyyy, e.g. 31/12/2026 or 31122026.").replace(
            "%1", exc.text
        )

    def _mark(self, problem: str) -> None:
        self._problem = problem
        self.setToolTip(problem)
        self.setStyleSheet("QLineEdit { border: 2px solid #b91c1c; }" if problem else "")
        if problem and self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), problem, self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Arriving (a click, Tab, a shortcut) selects the whole day: digits typed next replace it."""
        super().focusInEvent(event)
        reason = event.reason()
        if reason == Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self.selectAll)  # after the click has placed the cursor
        elif reason not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # --- calendar ------------------------------------------------------------------------------
    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            self.calendar.installEventFilter(self)
        self.calendar.setSelectedDate(self.date())
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()
        self.setDate(day)
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.calendar and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.calendar.hide()
            self.setFocus()
            return True
        return False
