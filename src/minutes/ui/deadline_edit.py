"""A deadline as meetings state it: a day, "before" a day, a month, a quarter, a half-year, a year or a
range, with the wording the minutes use kept as written.

Keyboard first: type the wording ("quý I/2022", "tháng 12/2018", "trước ngày 15/3/2022", "cuối tháng 3
và trong tháng 4/2022") and the kind and dates are filled in from it (the same reading the document
import uses); or choose the kind (Up/Down in the combo box) and the dates. The line under the fields
says how the deadline reads on screen and from which day its official status is counted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from minutes.archive.values import parse_deadline
from minutes.domain.deadline import MAX_YEAR, MIN_YEAR, PERIODS, Deadline, DeadlineKind
from minutes.domain.text import normalize_line
from minutes.ui import deadline_text
from minutes.ui import formatting as fmt
from minutes.ui.date_field import DateField

ROMAN = ("I", "II", "III", "IV")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit | DateField) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


class DeadlineEdit(QWidget):
    """``value()`` is the :class:`Deadline` shown (``ValueError`` when its parts do not make one);
    ``changed`` whenever any part changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._due: date | None = None  # a status date set elsewhere (import), kept while the value is
        self._kept: Deadline | None = None  # ... the one it was set with
        self.kind = QComboBox(self)
        self.kind.setObjectName("taskDeadlineKind")
        for kind, name in self.kind_names():
            self.kind.addItem(name, kind.value)
        self.start = self._date_edit("taskDeadlineStart")
        self.dash = QLabel("–", self)
        self.day = self._date_edit("taskDeadline")
        self.number = QComboBox(self)
        self.number.setObjectName("taskDeadlinePeriod")
        self.year = QSpinBox(self)
        self.year.setObjectName("taskDeadlineYear")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setGroupSeparatorShown(False)
        self.wording = QLineEdit(self)
        self.wording.setObjectName("taskDeadlineText")
        self.wording.setPlaceholderText(
            self.tr("Wording in the minutes, e.g. quý I/2022 (optional; it fills in the dates)")
        )
        self.preview = QLabel(self)
        self.preview.setObjectName("taskDeadlinePreview")
        self.preview.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.start, self.dash, self.day, self.number, self.year):
            row.addWidget(widget)
        row.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addLayout(row, 0, 0)
        grid.addWidget(self.wording, 1, 0)
        grid.addWidget(self.preview, 2, 0)
        order = [self.kind, self.start, self.day, self.number, self.year, self.wording]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.start.dateChanged,
            self.day.dateChanged,
            self.number.currentIndexChanged,
            self.year.valueChanged,
        ):
            signal.connect(self._part_changed)
        self.wording.textEdited.connect(self._wording_edited)
        self.wording.textChanged.connect(self._part_changed)
        self._kind_changed()

    def kind_names(self) -> list[tuple[DeadlineKind, str]]:
        return [
            (DeadlineKind.DATE, self.tr("On a day")),
            (DeadlineKind.BEFORE, self.tr("Before a day")),
            (DeadlineKind.MONTH, self.tr("Month")),
            (DeadlineKind.QUARTER, self.tr("Quarter")),
            (DeadlineKind.HALF_YEAR, self.tr("Half-year")),
            (DeadlineKind.YEAR, self.tr("Year")),
            (DeadlineKind.RANGE, self.tr("From a day to a day")),
        ]

    def _date_edit(self, name: str) -> DateField:
        edit = DateField(self)  # typed as users type days (dd/mm/yyyy, with or without separators), checked
        edit.setObjectName(name)
        return edit

    # --- public ----------------------------------------------------------------------------------
    def current_kind(self) -> DeadlineKind:
        return DeadlineKind(self.kind.currentData())

    def set_value(self, spec: Deadline | None, default_day: date) -> None:
        """Show ``spec`` (None: a day deadline on ``default_day``, as yet unset)."""
        self._loading = True
        try:
            shown = spec or Deadline.on(default_day)
            self.kind.setCurrentIndex(max(0, self.kind.findData(shown.kind.value)))
            self._fill_numbers()
            self.day.setDate(_qdate(shown.end))
            self.start.setDate(_qdate(shown.start or shown.end))
            self.year.setValue(shown.end.year)
            self.number.setCurrentIndex(max(0, shown.number - 1))
            self.wording.setText(shown.text)
            self._kept, self._due = (spec, spec.due) if spec is not None else (None, None)
        finally:
            self._loading = False
        self._show_parts()
        self._update_preview()

    def value(self) -> Deadline:
        """The deadline the fields state; ``ValueError`` if they state none (a range that ends first)."""
        kind, text = self.current_kind(), normalize_line(self.wording.text())
        if kind is DeadlineKind.DATE:
            spec = Deadline.on(_pydate(self.day), text)
        elif kind is DeadlineKind.BEFORE:
            spec = Deadline.before(_pydate(self.day), text)
        elif kind is DeadlineKind.RANGE:
            spec = Deadline.between(_pydate(self.start), _pydate(self.day), text)
        else:
            spec = Deadline.period(kind, self.year.value(), self.number.currentIndex() + 1, text)
        kept = self._kept
        if (
            kept is not None
            and self._due is not None
            and (kept.kind, kept.start, kept.end)
            == (
                spec.kind,
                spec.start,
                spec.end,
            )
        ):
            spec = Deadline(spec.kind, spec.end, spec.start, self._due, spec.text)  # its own status date
        return spec

    def problem(self) -> str:
        """What is wrong with the fields, in the user's language ("" when they make a deadline)."""
        try:
            self.value()
        except ValueError:
            if self.current_kind() is DeadlineKind.RANGE:
                return self.tr("A range must start before it ends.")
            return self.tr("These dates do not make a deadline.")
        return ""

    # --- internals -------------------------------------------------------------------------------
    def _fill_numbers(self) -> None:
        kind = self.current_kind()
        names = {
            DeadlineKind.MONTH: [f"{self.tr('Month')} {n:02d}" for n in range(1, 13)],
            DeadlineKind.QUARTER: [f"{self.tr('Quarter')} {r}" for r in ROMAN],
            DeadlineKind.HALF_YEAR: [self.tr("First half"), self.tr("Second half")],
        }.get(kind, [])
        keep = self.number.currentIndex()
        self.number.blockSignals(True)
        self.number.clear()
        self.number.addItems(names)
        self.number.setCurrentIndex(min(max(0, keep), len(names) - 1))
        self.number.blockSignals(False)

    def _show_parts(self) -> None:
        kind = self.current_kind()
        self.start.setVisible(kind is DeadlineKind.RANGE)
        self.dash.setVisible(kind is DeadlineKind.RANGE)
        self.day.setVisible(kind in (DeadlineKind.DATE, DeadlineKind.BEFORE, DeadlineKind.RANGE))
        self.number.setVisible(kind in PERIODS and kind is not DeadlineKind.YEAR)
        self.year.setVisible(kind in PERIODS)

    def _kind_changed(self) -> None:
        if not self._loading:
            # a period chosen after a day: start from that day's month, quarter, half-year, year
            kind, day = self.current_kind(), _pydate(self.day)
            self._fill_numbers()
            if kind in PERIODS:
                self.year.blockSignals(True)
                self.year.setValue(day.year)
                self.year.blockSignals(False)
                months = {DeadlineKind.MONTH: 1, DeadlineKind.QUARTER: 3, DeadlineKind.HALF_YEAR: 6}
                self.number.setCurrentIndex((day.month - 1) // months.get(kind, 12))
            elif kind is DeadlineKind.RANGE and _pydate(self.start) >= day:
                self.start.setDate(_qdate(day.replace(day=1)))
        self._show_parts()
        self._part_changed()

    def _wording_edited(self, text: str) -> None:
        """Typed wording that states a deadline fills the kind and the dates."""
        parsed = parse_deadline(text)
        if parsed is None or parsed.kind == "ongoing" or parsed.end is None:
            return
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(parsed.kind)))
            self._fill_numbers()
            self.day.setDate(_qdate(parsed.end))
            self.start.setDate(_qdate(parsed.start or parsed.end))
            self.year.setValue(parsed.end.year)
            if parsed.start is not None:
                months = {"month": 1, "quarter": 3, "half_year": 6}.get(parsed.kind, 12)
                self.number.setCurrentIndex((parsed.start.month - 1) // months)
        finally:
            self._loading = False
        self._show_parts()
        self._part_changed()

    def _part_changed(self) -> None:
        if self._loading:
            return
        self._update_preview()
        self.changed.emit()

    def _update_preview(self) -> None:
        problem = self.problem()
        if problem:
            self.preview.setText(problem)
            return
        spec = self.value()
        self.preview.setText(
            self.tr("%1 · status counted from %2")
            .replace("%1", deadline_text.short(spec))
            .replace("%2", fmt.day(spec.due))
        )
