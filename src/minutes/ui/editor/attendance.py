"""Attendance as a roll call: pick people by any part of their name or title, add named groups, set roles
and presence from the keyboard.

Keys in the attendee table: P present, A absent (asks the reason inline), L late, R next role
(Shift+R previous), Alt+Up/Down move, Delete remove. Every change is one undoable step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.enums import AttendanceRole, Presence
from minutes.domain.text import normalize_line
from minutes.services.dto import AttendanceDTO, MeetingDetail
from minutes.ui import names
from minutes.ui.context import UiContext
from minutes.ui.editor.base import SectionBase, ok
from minutes.ui.editor.new_person import NewPersonRow
from minutes.ui.models.rows import Row, RowMemo, RowsModel
from minutes.ui.people_picker import person_picker
from minutes.ui.views import (
    current_id,
    current_row,
    fit_rows,
    select_id,
    select_row,
    set_widths,
    setup_table,
    wrap_columns,
)
from minutes.ui.writer import BackgroundWriter

ROLES = [r.value for r in AttendanceRole]


#: What a removal of someone from the roll call is based on (as the table showed it).
ATTENDANCE_SEEN = ("person_id", "group_name", "role", "presence", "absence_reason", "note")


class ReasonRow(QFrame):
    """Asks why the selected attendee is absent; Enter confirms, Escape cancels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absenceRow")
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("absenceReason")
        self.edit.setPlaceholderText(self.tr("Reason (optional), Enter to confirm, Esc to cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.attendance_id: int | None = None
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.close_row()
            return
        super().keyPressEvent(event)

    def close_row(self) -> None:
        self.attendance_id = None
        self.hide()
        parent = self.parentWidget()
        if isinstance(parent, AttendanceSection):
            parent.table.setFocus()


class AttendanceSection(SectionBase):
    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("attendanceSection")
        self.picker = person_picker(
            ctx.services,
            placeholder=self.tr("Type a name or title, accents optional; Enter adds"),
            parent=self,
        )
        self.picker.setObjectName("attendancePicker")
        self.group = QLineEdit(self)
        self.group.setObjectName("attendanceGroup")
        self.group.setPlaceholderText(self.tr("e.g. các đồng chí Ủy viên Ban Thường vụ; Enter adds"))
        self.new_person = NewPersonRow(ctx.services, self)
        self.reason = ReasonRow(self)
        self._rows = RowMemo(self._row)
        self.model = RowsModel(
            [self.tr("No."), self.tr("Name and title / group"), self.tr("Role"), self.tr("Presence")],
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "attendanceTable", stretch=1, wrap=True)
        set_widths(self.table, {0: 44, 2: 120, 3: 200})
        wrap_columns(self.table, [1, 2, 3])
        fit_rows(self.table, min_rows=4)

        form = QGridLayout()
        person_label = QLabel(self.tr("&Add person:"), self)
        person_label.setBuddy(self.picker)
        group_label = QLabel(self.tr("Add &group:"), self)
        group_label.setBuddy(self.group)
        form.addWidget(person_label, 0, 0)
        form.addWidget(self.picker, 0, 1)
        form.addWidget(group_label, 1, 0)
        form.addWidget(self.group, 1, 1)
        form.setColumnStretch(1, 1)
        hint = QLabel(
            self.tr("In the list: P present · A absent · L late · R role · Alt+↑/↓ move · Delete remove"),
            self,
        )
        hint.setObjectName("attendanceHint")
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.new_person)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.picker, self.group)
        QWidget.setTabOrder(self.group, self.table)

        self.picker.picked.connect(self.add_person)
        self.picker.create_requested.connect(self.new_person.start)
        self.new_person.created.connect(self._person_created)
        self.new_person.cancelled.connect(lambda: self.picker.setFocus())
        self.new_person.failed.connect(self.show_error)
        self.group.returnPressed.connect(self.add_group)
        self.reason.edit.returnPressed.connect(self._confirm_absent)
        self._build_actions()

    def title(self) -> str:
        return self.tr("Attendance")

    def _build_actions(self) -> None:
        t = table = self.table
        ctx = Qt.ShortcutContext.WidgetShortcut
        self.act_find = self.make_action(
            self.tr("Add &person to the roll call"), "Ctrl+Shift+A", self.focus_first, name="actAttendanceAdd"
        )
        self.act_new = self.make_action(
            self.tr("&New person..."), "Ctrl+Shift+W", self._new_from_picker, name="actAttendanceNewPerson"
        )
        self.act_group = self.make_action(
            self.tr("Add &group"), "Ctrl+Shift+G", self.group.setFocus, name="actAttendanceGroup"
        )
        self.act_present = self.make_action(
            self.tr("Mark &present"),
            "P",
            lambda: self.set_presence(Presence.PRESENT),
            name="actPresent",
            widget=t,
            context=ctx,
        )
        self.act_absent = self.make_action(
            self.tr("Mark &absent..."), "A", self.ask_absent, name="actAbsent", widget=t, context=ctx
        )
        self.act_late = self.make_action(
            self.tr("Mark &late"),
            "L",
            lambda: self.set_presence(Presence.LATE),
            name="actLate",
            widget=t,
            context=ctx,
        )
        self.act_role = self.make_action(
            self.tr("Next &role"), "R", lambda: self.cycle_role(1), name="actRoleNext", widget=t, context=ctx
        )
        self.act_role_back = self.make_action(
            self.tr("Previous role"),
            "Shift+R",
            lambda: self.cycle_role(-1),
            name="actRolePrevious",
            widget=t,
            context=ctx,
        )
        self.act_up = self.make_action(
            self.tr("Move &up"),
            "Alt+Up",
            lambda: self.move_selected(-1),
            name="actAttendanceUp",
            widget=table,
            context=ctx,
        )
        self.act_down = self.make_action(
            self.tr("Move &down"),
            "Alt+Down",
            lambda: self.move_selected(1),
            name="actAttendanceDown",
            widget=table,
            context=ctx,
        )
        self.act_remove = self.make_action(
            self.tr("&Remove from the roll call"),
            "Delete",
            self.remove,
            name="actAttendanceRemove",
            widget=table,
            context=ctx,
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # --- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        previous = self.meeting_id
        keep = current_id(self.table)
        super().set_meeting(meeting)
        rows = self._rows.rows(meeting.attendance if meeting else [])
        self.model.set_rows(rows)
        if meeting is None or meeting.id != previous:
            self.new_person.hide()
            self.reason.hide()
        elif keep is not None and current_id(self.table) != keep:
            select_id(self.table, keep)

    def _row(self, index: int, a: AttendanceDTO) -> Row:
        presence = names.presence(a.presence)
        if a.presence == Presence.ABSENT and a.absence_reason:
            presence = self.tr("%1 (%2)").replace("%1", presence).replace("%2", a.absence_reason)
        tip = self.tr("Group") if a.group_name else a.person_title
        return Row(
            a.id,
            (str(index + 1), a.display, names.role(a.role), presence),
            ("", tip, "", a.absence_reason or ""),
        )

    def focus_first(self) -> None:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _attendee(self, ident: int | None) -> AttendanceDTO | None:
        if self.meeting is None or ident is None:
            return None
        return next((a for a in self.meeting.attendance if a.id == ident), None)

    # --- adding ----------------------------------------------------------------------------------
    def add_person(self, person_id: int) -> None:
        if self.meeting is None:
            return
        existing = next((a for a in self.meeting.attendance if a.person_id == person_id), None)
        if existing is not None:
            select_id(self.table, existing.id)
            self.message.show_message(self.tr("%1 is already on the list.").replace("%1", existing.display))
            return
        self._add({"person_id": person_id}, self.tr("Add attendee"))

    def add_group(self) -> None:
        name = normalize_line(self.group.text())
        if not name or self.meeting is None:
            return
        if self._add({"group_name": name}, self.tr("Add group")) is not None:
            self.group.clear()

    def _new_from_picker(self) -> None:
        self.new_person.start(normalize_line(self.picker.text()))

    def _person_created(self, person_id: int) -> None:
        self.picker.clear()
        self.add_person(person_id)
        self.picker.setFocus()

    def _add(self, fields: dict[str, object], text: str) -> int | None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return None
        meetings = self.ctx.services.meetings
        ident = self.perform(text, lambda: meetings.add_attendee(meeting_id, **fields))  # type: ignore[arg-type]
        if ident is not None:
            select_id(self.table, ident)
        return ident

    # --- changing the selected row ---------------------------------------------------------------
    def _update(self, text: str, **fields: object) -> None:
        row = self._attendee(current_id(self.table))
        if row is None:
            return
        old = {key: getattr(row, key) for key in fields}
        if "presence" in fields:
            old["absence_reason"] = row.absence_reason
        meetings, first, version = self.ctx.services.meetings, row.id, row.version
        change: dict[str, Any] = dict(fields)
        self.perform(
            text, lambda: meetings.update_attendee(first, expected_version=version, seen=old, **change)
        )

    def set_presence(self, presence: Presence, reason: str | None = None) -> None:
        row = self._attendee(current_id(self.table))
        if row is None:
            return
        fields: dict[str, object] = {"presence": presence.value}
        if presence == Presence.ABSENT:
            fields["absence_reason"] = reason
        self._update(self.tr("Set presence"), **fields)

    def ask_absent(self) -> None:
        row = self._attendee(current_id(self.table))
        if row is None:
            return
        self.reason.attendance_id = row.id
        self.reason.label.setText(self.tr("Why is %1 absent?").replace("%1", row.display))
        self.reason.edit.setText(row.absence_reason or "")
        self.reason.show()
        self.reason.edit.setFocus()

    def _confirm_absent(self) -> None:
        ident = self.reason.attendance_id
        reason = normalize_line(self.reason.edit.text()) or None
        self.reason.close_row()
        if ident is not None and select_id(self.table, ident):
            self.set_presence(Presence.ABSENT, reason)

    def cycle_role(self, step: int) -> None:
        row = self._attendee(current_id(self.table))
        if row is None:
            return
        role = ROLES[(ROLES.index(row.role) + step) % len(ROLES)] if row.role in ROLES else ROLES[0]
        self._update(self.tr("Change role"), role=role)

    def move_selected(self, step: int) -> None:
        row, ident = current_row(self.table), current_id(self.table)
        target = row + step
        if ident is None or not 0 <= target < self.model.rowCount():
            return
        meetings = self.ctx.services.meetings
        order = [a.id for a in self.meeting.attendance] if self.meeting is not None else None
        done = self.perform(
            self.tr("Move attendee"), ok(lambda: meetings.move_attendee(ident, target, seen_order=order))
        )
        if done:
            select_id(self.table, ident)

    def remove(self) -> None:
        row_index = current_row(self.table)
        row = self._attendee(current_id(self.table))
        if row is None:
            return
        meetings, first = self.ctx.services.meetings, row.id
        seen = {key: getattr(row, key) for key in ATTENDANCE_SEEN}  # refused if someone changed it since
        done = self.perform(
            self.tr("Remove attendee"), ok(lambda: meetings.remove_attendee(first, seen=seen))
        )
        if done:
            select_row(
                self.table, min(row_index, self.model.rowCount() - 1), self.table.currentIndex().column()
            )
