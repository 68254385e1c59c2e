"""General information of a meeting: title, kind, reference number, date (to the day or the month) and
time, place, organisation, chair, secretary, notes, the next meeting (:mod:`.schedule`) and the dates
of its documents (:mod:`.document_dates`). Text fields save themselves (FieldSaver: debounced, at once on leaving the
field); a choice (combo box, date, time) is saved the moment it is made. Everything is undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from minutes.domain.enums import AttendanceRole, MeetingKind
from minutes.services import ChangeSet
from minutes.services.dto import MeetingDetail
from minutes.ui import names
from minutes.ui.autosave import FieldSaver
from minutes.ui.context import UiContext
from minutes.ui.date_field import DateField
from minutes.ui.editor.document_dates import DocumentDates
from minutes.ui.editor.fields import GrowingTextEdit, LineTextEdit, OptionalTimeEdit, ValueSaver
from minutes.ui.editor.schedule import MeetingSchedule
from minutes.ui.editor.section import Section
from minutes.ui.writer import BackgroundWriter


def _show_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class GeneralSection(Section):
    def __init__(
        self,
        ctx: UiContext,
        writer: BackgroundWriter,
        parent: QWidget | None = None,
        *,
        save_ms: int = 1000,
        draft_ms: int = 250,
    ) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("generalSection")
        meetings = ctx.services.meetings
        self._units_stale = True

        self.title_edit = LineTextEdit(self)
        self.title_edit.setObjectName("meetingTitle")
        self.title_edit.setPlaceholderText(self.tr("What the meeting is about, as it will head the minutes"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("meetingKind")
        for value, label in names.choices(MeetingKind, names.meeting_kind):
            self.kind.addItem(label, value)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("meetingReference")
        self.reference.setPlaceholderText(self.tr("e.g. 05-BB/QU"))
        self.date = DateField(self)
        self.date.setObjectName("meetingDate")
        self.start = OptionalTimeEdit(self)
        self.start.setObjectName("meetingStart")
        self.end = OptionalTimeEdit(self)
        self.end.setObjectName("meetingEnd")
        self.location = QLineEdit(self)
        self.location.setObjectName("meetingLocation")
        self.location.setPlaceholderText(self.tr("e.g. Meeting room 1, District Party Committee"))
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("meetingOrganisation")
        self.chair = QComboBox(self)
        self.chair.setObjectName("meetingChair")
        self.secretary = QComboBox(self)
        self.secretary.setObjectName("meetingSecretary")
        for combo in (self.organisation, self.chair, self.secretary):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.notes = GrowingTextEdit(self, min_lines=2, max_lines=12)
        self.notes.setObjectName("meetingNotes")
        self.notes.setPlaceholderText(self.tr("Anything the minutes should mention that has no field"))
        self.roles_hint = QLabel(self)
        self.roles_hint.setObjectName("rolesHint")
        self.roles_hint.setWordWrap(True)
        self.roles_hint.setForegroundRole(self.roles_hint.foregroundRole())
        self.roles_hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")

        self.schedule = MeetingSchedule(ctx, writer, self.date, self, save_ms=save_ms, draft_ms=draft_ms)
        self.documents = DocumentDates(ctx, writer, self)
        self._layout()

        self.text_savers = [
            self._text_saver(self.title_edit, "title", self.tr("Title"), save_ms, draft_ms),
            self._text_saver(
                self.reference, "reference_number", self.tr("Reference number"), save_ms, draft_ms
            ),
            self._text_saver(self.location, "location", self.tr("Place"), save_ms, draft_ms),
            self._text_saver(self.notes, "notes", self.tr("Notes"), save_ms, draft_ms),
        ]
        # choices: saved when made (a combo's "activated", a date or time confirmed or left)
        self.kind_saver = self._combo_saver(
            self.kind, "kind", self.tr("Kind of meeting"), lambda i, v, **w: meetings.update(i, kind=v, **w)
        )
        self.org_saver = self._combo_saver(
            self.organisation,
            "organisation_id",
            self.tr("Organisation"),
            lambda i, v, **w: meetings.update(i, organisation_id=v, **w),
        )
        self.chair_saver = self._combo_saver(
            self.chair,
            "chair_id",
            self.tr("Chair"),
            lambda i, v, **w: meetings.assign_role(i, AttendanceRole.CHAIR, _person(v), **_people(w)),
        )
        self.secretary_saver = self._combo_saver(
            self.secretary,
            "secretary_id",
            self.tr("Secretary"),
            lambda i, v, **w: meetings.assign_role(i, AttendanceRole.SECRETARY, _person(v), **_people(w)),
        )
        self.date_saver = self._value_saver(
            self.date,
            "meeting_date",
            self.tr("Date"),
            self._read_date,
            self._show_date,
            lambda i, v, **w: meetings.update(i, meeting_date=v, **w),
        )
        self.date.editingFinished.connect(self.date_saver.changed)
        self.start_saver = self._value_saver(
            self.start,
            "start_time",
            self.tr("Start time"),
            self.start.value,
            lambda v: self.start.set_value(str(v or "")),
            lambda i, v, **w: meetings.update(i, start_time=v or None, **_times(w)),
        )
        self.start.editingFinished.connect(self.start_saver.changed)
        self.end_saver = self._value_saver(
            self.end,
            "end_time",
            self.tr("End time"),
            self.end.value,
            lambda v: self.end.set_value(str(v or "")),
            lambda i, v, **w: meetings.update(i, end_time=v or None, **_times(w)),
        )
        self.end.editingFinished.connect(self.end_saver.changed)
        ctx.bus.changed.connect(self._on_changed)
        self.set_meeting(None)

    # --- building ------------------------------------------------------------------------------
    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text, self)
            widget.setBuddy(buddy)
            widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return widget

        grid.addWidget(label(self.tr("Title"), self.title_edit), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        grid.addWidget(label(self.tr("Kind"), self.kind), 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(label(self.tr("Reference no."), self.reference), 1, 2)
        grid.addWidget(self.reference, 1, 3)
        grid.addWidget(label(self.tr("Date"), self.date), 2, 0)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.date)
        dates.addWidget(self.schedule.precision)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 1)
        grid.addWidget(label(self.tr("Time"), self.start), 2, 2)
        times = QHBoxLayout()
        times.setSpacing(6)
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to"), self))
        times.addWidget(self.end)
        times.addStretch(1)
        grid.addLayout(times, 2, 3)
        grid.addWidget(label(self.tr("Place"), self.location), 3, 0)
        grid.addWidget(self.location, 3, 1, 1, 3)
        grid.addWidget(label(self.tr("Organisation"), self.organisation), 4, 0)
        grid.addWidget(self.organisation, 4, 1, 1, 3)
        grid.addWidget(label(self.tr("Chair"), self.chair), 5, 0)
        grid.addWidget(self.chair, 5, 1)
        grid.addWidget(label(self.tr("Secretary"), self.secretary), 5, 2)
        grid.addWidget(self.secretary, 5, 3)
        grid.addWidget(self.roles_hint, 6, 1, 1, 3)
        grid.addWidget(label(self.tr("Notes"), self.notes), 7, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes, 7, 1, 1, 3)
        grid.addWidget(
            label(self.tr("Next meeting"), self.schedule.has_next), 8, 0, Qt.AlignmentFlag.AlignTop
        )
        grid.addWidget(self.schedule.panel, 8, 1, 1, 3)
        first_document = next(iter(self.documents.edits.values()))
        grid.addWidget(label(self.tr("Document dates"), first_document), 9, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.documents.panel, 9, 1, 1, 3)
        for first, second in (
            (self.title_edit, self.kind),
            (self.kind, self.reference),
            (self.reference, self.date),
            (self.date, self.start),
            (self.start, self.end),
            (self.end, self.location),
            (self.location, self.organisation),
            (self.organisation, self.chair),
            (self.chair, self.secretary),
            (self.secretary, self.notes),
            # the date's precision and the next meeting come last: a date, its times and the place are
            # typed in one run of Tab as before they existed
            (self.notes, self.schedule.precision),
            (self.schedule.precision, self.schedule.has_next),
            (self.schedule.next_note, first_document),
        ):
            QWidget.setTabOrder(first, second)

    def _text_saver(
        self, widget: QLineEdit | QPlainTextEdit, field: str, label: str, save_ms: int, draft_ms: int
    ) -> FieldSaver:
        meetings = self.ctx.services.meetings

        def save(meeting_id: int, text: str, **write: Any) -> int:
            fields: dict[str, Any] = {field: text}
            return meetings.update(meeting_id, **write, **fields)

        return FieldSaver(
            self.ctx,
            self.writer,
            widget,
            entity="meetings",
            field=field,
            save=save,
            label=label,
            save_ms=save_ms,
            draft_ms=draft_ms,
        )

    def _value_saver(
        self,
        widget: QWidget,
        field: str,
        label: str,
        read: Callable[[], object],
        show: Callable[[object], None],
        save: Callable[..., object],
        describe: Callable[[object], str] | None = None,
    ) -> ValueSaver:
        return ValueSaver(
            self.ctx,
            self.writer,
            widget,
            entity="meetings",
            field=field,
            label=label,
            read=read,
            show=show,
            save=save,
            describe=describe,
        )

    def _combo_saver(
        self, combo: QComboBox, field: str, label: str, save: Callable[..., object]
    ) -> ValueSaver:
        saver = self._value_saver(
            combo,
            field,
            label,
            combo.currentData,
            lambda v: _show_combo(combo, v),
            save,
            lambda v: combo.itemText(max(0, combo.findData(v))),
        )
        combo.activated.connect(saver.changed)
        return saver

    def _read_date(self) -> date:
        return self.date.date().toPython()  # type: ignore[return-value]

    def _show_date(self, value: object) -> None:
        if isinstance(value, date):
            self.date.setDate(QDate(value.year, value.month, value.day))

    # --- Section API ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("General information")

    def flush(self) -> None:
        """Save typed text, and a date or time typed but not yet confirmed with Enter or Tab."""
        super().flush()
        for saver in (self.date_saver, self.start_saver, self.end_saver):
            saver.changed()
        self.schedule.flush()
        self.documents.flush()

    def focus_first(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        switching = meeting is None or self.meeting is None or meeting.id != self.meeting.id
        super().set_meeting(meeting)
        ident = meeting.id if meeting is not None else None
        values = {
            "title": meeting.title if meeting else "",
            "reference_number": meeting.reference_number if meeting else "",
            "location": meeting.location if meeting else "",
            "notes": meeting.notes if meeting else "",
        }
        for saver in self.text_savers:
            if switching:
                saver.bind(ident, values[saver.field])
            else:
                saver.refresh(values[saver.field])
        self._fill_units()
        self._fill_people(meeting)
        self.kind_saver.refresh(ident, meeting.kind if meeting else MeetingKind.WORKING_SESSION.value)
        self.date_saver.refresh(ident, meeting.meeting_date if meeting else date.today())
        self.start_saver.refresh(ident, _clock(meeting.start_time) if meeting else "")
        self.end_saver.refresh(ident, _clock(meeting.end_time) if meeting else "")
        self.org_saver.refresh(ident, meeting.organisation_id if meeting else None)
        self.chair_saver.refresh(ident, meeting.chair_id if meeting else None)
        self.secretary_saver.refresh(ident, meeting.secretary_id if meeting else None)
        for widget in (
            self.kind,
            self.date,
            self.start,
            self.end,
            self.organisation,
            self.chair,
            self.secretary,
        ):
            widget.setEnabled(meeting is not None)
        self.schedule.set_meeting(meeting, switching)
        self.documents.set_meeting(meeting)
        self._update_roles_hint(meeting)

    # --- lists ---------------------------------------------------------------------------------
    def _fill_units(self) -> None:
        if not self._units_stale:
            return
        self._units_stale = False
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("(not set)"), None)
        for unit in self.ctx.services.directory.list_units():
            self.organisation.addItem(unit.name, unit.id)
        _show_combo(self.organisation, current)
        self.organisation.blockSignals(False)

    def _fill_people(self, meeting: MeetingDetail | None) -> None:
        people: list[tuple[int, str]] = []
        if meeting is not None:
            for row in meeting.attendance:
                if row.person_id is not None:
                    people.append((row.person_id, row.display))
            known = {pid for pid, _ in people}
            for pid, name, title in (
                (meeting.chair_id, meeting.chair_name, meeting.chair_title),
                (meeting.secretary_id, meeting.secretary_name, meeting.secretary_title),
            ):
                if pid is not None and pid not in known:
                    people.append((pid, f"{name} - {title}" if title else name))
                    known.add(pid)
        for combo in (self.chair, self.secretary):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not set)"), None)
            for pid, text in people:
                combo.addItem(text, pid)
            combo.blockSignals(False)

    def _update_roles_hint(self, meeting: MeetingDetail | None) -> None:
        if meeting is not None and not any(a.person_id for a in meeting.attendance):
            self.roles_hint.setText(
                self.tr("Add people to the attendance below to choose the chair and the secretary.")
            )
            self.roles_hint.show()
        else:
            self.roles_hint.hide()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("units"):
            self._units_stale = True
            if self.meeting is not None:
                self._fill_units()
                self.org_saver.bind(self.meeting.id, self.org_saver.stored)


def _times(write: dict[str, Any]) -> dict[str, Any]:
    """A time is shown as "08:30" and stored as a time: what was seen, in the stored form."""
    seen = write.get("seen")
    if seen:
        write = {
            **write,
            "seen": {k: (_parse_clock(v) if isinstance(v, str) else v) for k, v in seen.items()},
        }
    return write


def _parse_clock(value: str) -> time | None:
    return time.fromisoformat(value) if value else None


def _person(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _people(write: dict[str, Any]) -> dict[str, Any]:
    """The version check of a role: the holder the user saw, as a person id (None: nobody)."""
    seen = write.get("seen")
    if isinstance(seen, dict):
        return {**write, "seen": {key: _person(value) for key, value in seen.items()}}
    return write


def _clock(value: time | None) -> str:
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"
