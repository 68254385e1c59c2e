"""The board's filter bar: free text (debounced), unit, responsible person, meeting, priority, overdue,
due within N days, a deadline range. Every change emits :attr:`FilterBar.changed` with the new
:class:`TaskFilter` (statuses and sort are kept: the chips and the headers own them)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from minutes.domain.enums import Priority
from minutes.errors import UserError
from minutes.services import Services
from minutes.services.board import TaskFilter
from minutes.ui import formatting as fmt
from minutes.ui import names
from minutes.ui.board.dialogs import date_edit, pydate, qdate
from minutes.ui.people_picker import Choice, Picker, Search, person_picker, unit_picker

TEXT_DEBOUNCE_MS = 250


def meetings_search(services: Services, limit: int = 30) -> Search:
    def search(query: str) -> list[Choice]:
        return [
            Choice(
                mt.id,
                f"{fmt.day(mt.meeting_date)} · {mt.title}",
                f"{fmt.day(mt.meeting_date)} · {mt.title}",
                mt.organisation_name,
            )
            for mt in services.meetings.list_meetings(query, limit=limit)
        ]

    return search


class FilterBar(QWidget):
    changed = Signal(object)  # TaskFilter
    cleared = Signal()  # "Clear filters": the owner clears what it owns too (the state chips)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFilters")
        self.services = services
        self._filter = TaskFilter()
        self._quiet = False

        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Search the tasks' text (accents optional)…"))
        self._debounce = QTimer(self, singleShot=True, interval=TEXT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply)
        self.text.textChanged.connect(lambda _text: self._debounce.start())
        self.text.returnPressed.connect(self._apply)

        self.unit = unit_picker(services, placeholder=self.tr("Any unit"), parent=self)
        self.unit.setObjectName("filterUnit")
        self.lead_only = QCheckBox(self.tr("as lead only"), self)
        self.lead_only.setObjectName("filterLeadOnly")
        self.lead_only.setToolTip(self.tr("Only tasks this unit leads, not those it coordinates"))
        self.person = person_picker(services, keep_choice=True, placeholder=self.tr("Anyone"), parent=self)
        self.person.setObjectName("filterPerson")
        self.meeting = Picker(meetings_search(services), keep_choice=True, parent=self)
        self.meeting.setObjectName("filterMeeting")
        self.meeting.setPlaceholderText(self.tr("Any meeting"))
        for picker in (self.unit, self.person, self.meeting):
            picker.picked.connect(lambda _ident: self._apply())
            picker.cleared.connect(self._apply)
            picker.textChanged.connect(lambda text, p=picker: self._maybe_cleared(p, text))
        self.priority = QComboBox(self)
        self.priority.setObjectName("filterPriority")
        self.priority.addItem(self.tr("Any priority"), None)
        for value in Priority:
            self.priority.addItem(names.priority(value.value), value.value)
        self.priority.currentIndexChanged.connect(lambda _i: self._apply())

        self.overdue = QCheckBox(self.tr("&Overdue"), self)
        self.overdue.setObjectName("filterOverdue")
        self.due = QCheckBox(self.tr("Due &within"), self)
        self.due.setObjectName("filterDue")
        self.days = QSpinBox(self)
        self.days.setObjectName("filterDays")
        self.days.setRange(0, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.range = QCheckBox(self.tr("Deadline &from"), self)
        self.range.setObjectName("filterRange")
        today = services.db.today()
        self.date_from = date_edit(self, today.replace(day=1), "filterFrom")
        self.date_to = date_edit(self, today.replace(day=1) + timedelta(days=62), "filterTo")
        self.clear = QPushButton(self.tr("C&lear filters"), self)
        self.clear.setObjectName("clearFilters")
        self.clear.clicked.connect(self.clear_all)
        for box in (self.overdue, self.due, self.range, self.lead_only):
            box.toggled.connect(lambda _on: self._apply())
        self.days.valueChanged.connect(lambda _v: self._apply() if self.due.isChecked() else None)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._apply() if self.range.isChecked() else None)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.text, 0, 0, 1, 2)
        unit_box = QHBoxLayout()
        unit_box.addWidget(self.unit, 1)
        unit_box.addWidget(self.lead_only)
        grid.addWidget(QLabel(self.tr("Unit:"), self), 0, 2)
        grid.addLayout(unit_box, 0, 3)
        grid.addWidget(QLabel(self.tr("Responsible:"), self), 0, 4)
        grid.addWidget(self.person, 0, 5)
        urgency = QHBoxLayout()
        urgency.addWidget(self.overdue)
        urgency.addSpacing(12)
        urgency.addWidget(self.due)
        urgency.addWidget(self.days)
        urgency.addSpacing(12)
        urgency.addWidget(self.range)
        urgency.addWidget(self.date_from)
        urgency.addSpacing(4)
        urgency.addWidget(QLabel(self.tr("to"), self))
        urgency.addSpacing(4)
        urgency.addWidget(self.date_to)
        urgency.addStretch(1)
        grid.addLayout(urgency, 1, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Meeting:"), self), 1, 2)
        grid.addWidget(self.meeting, 1, 3)
        grid.addWidget(QLabel(self.tr("Priority:"), self), 1, 4)
        prio = QHBoxLayout()
        prio.addWidget(self.priority, 1)
        prio.addWidget(self.clear)
        grid.addLayout(prio, 1, 5)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)

    # --- the filter ----------------------------------------------------------------------------------
    def current(self) -> TaskFilter:
        return self._filter

    def set_base(self, f: TaskFilter) -> None:
        """Keep ``f``'s statuses and sort; what this bar owns is taken from the widgets."""
        self._filter = f
        self._filter = self._read()

    def show_filter(self, f: TaskFilter) -> None:
        """Set the widgets to show ``f`` (a chart click, the reminders), without emitting."""
        self._quiet = True
        try:
            self.text.setText(f.text)
            self._debounce.stop()
            self.unit.set_value(f.unit_ids[0] if f.unit_ids else None, self._unit_name(f.unit_ids))
            self.lead_only.setChecked(f.lead_only)
            self.person.set_value(f.person_ids[0] if f.person_ids else None, self._person_name(f.person_ids))
            self.meeting.set_value(
                f.meeting_ids[0] if f.meeting_ids else None, self._meeting_name(f.meeting_ids)
            )
            index = self.priority.findData(next(iter(f.priorities)).value) if len(f.priorities) == 1 else 0
            self.priority.setCurrentIndex(max(0, index))
            self.overdue.setChecked(f.overdue_only)
            self.due.setChecked(f.due_within_days is not None)
            if f.due_within_days is not None:
                self.days.setValue(f.due_within_days)
            self.range.setChecked(f.deadline_from is not None or f.deadline_to is not None)
            if f.deadline_from:
                self.date_from.setDate(qdate(f.deadline_from))
            if f.deadline_to:
                self.date_to.setDate(qdate(f.deadline_to))
            for picker in (self.unit, self.person, self.meeting):
                picker.setCursorPosition(0)  # a long name shows its beginning
        finally:
            self._quiet = False
        self._filter = f

    def clear_all(self) -> None:
        self.show_filter(TaskFilter(sort=self._filter.sort, descending=self._filter.descending))
        self.cleared.emit()  # before the change: the chips are cleared when the new filter is read
        self.changed.emit(self._filter)

    def _read(self) -> TaskFilter:
        unit, person, meeting = self.unit.value(), self.person.value(), self.meeting.value()
        priority = self.priority.currentData()
        start, end = (
            (pydate(self.date_from.date()), pydate(self.date_to.date()))
            if self.range.isChecked()
            else (None, None)
        )
        if start and end and end < start:
            start, end = end, start
        return self._filter.replace(
            text=self.text.text(),
            unit_ids=(unit,) if unit is not None else (),
            lead_only=self.lead_only.isChecked() and unit is not None,
            person_ids=(person,) if person is not None else (),
            meeting_ids=(meeting,) if meeting is not None else (),
            priorities=frozenset({Priority(priority)}) if priority else frozenset(),
            overdue_only=self.overdue.isChecked(),
            due_within_days=self.days.value() if self.due.isChecked() else None,
            deadline_from=start,
            deadline_to=end,
        )

    def _apply(self) -> None:
        if self._quiet:
            return
        self._debounce.stop()
        new = self._read()
        if new != self._filter:
            self._filter = new
            self.changed.emit(new)

    def _maybe_cleared(self, picker: Picker, text: str) -> None:
        """A picker emptied with its clear button (no edit signal): no choice any more."""
        if not text and not self._quiet and picker.value() is not None:
            picker.set_value(None)
            self._apply()

    # --- names for pickers set from outside ----------------------------------------------------------
    def _unit_name(self, ids: tuple[int, ...]) -> str:
        if not ids:
            return ""
        try:
            return self.services.directory.get_unit(ids[0]).name
        except UserError:  # deleted meanwhile: show its id
            return str(ids[0])

    def _person_name(self, ids: tuple[int, ...]) -> str:
        if not ids:
            return ""
        try:
            return self.services.directory.get_person(ids[0]).full_name
        except UserError:
            return str(ids[0])

    def _meeting_name(self, ids: tuple[int, ...]) -> str:
        if not ids:
            return ""
        # The title and date in one statement (the meetings list's row): get_head read the meeting's
        # attendance, agenda and documents too, seven statements (about 90 ms on a loaded PostgreSQL
        # server) before the board could read its first page for a meeting chosen elsewhere.
        found = self.services.meetings.list_meetings(ids=ids[:1])
        if not found:
            return str(ids[0])
        return f"{fmt.day(found[0].meeting_date)} · {found[0].title}"
