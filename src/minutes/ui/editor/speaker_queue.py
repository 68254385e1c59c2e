"""The speaker queue: people who asked for the floor, in order. Kept for the session (not data).

Type a name in the picker and press Enter to queue someone. A name nobody matches may be a typo: the
user is asked whether to add the person to the directory, queue the name as written (a label, e.g.
"Đại diện Phòng Tài chính") or go back to correct it; Ctrl+Enter queues it as written without asking.
Once queued, the picker is empty for the next name. In the list: Alt+Up/Down reorder, Delete removes,
Enter gives the floor to the selected speaker at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QMessageBox, QVBoxLayout, QWidget

from minutes.errors import UserError
from minutes.services import Services
from minutes.ui.errors_i18n import user_message
from minutes.ui.models.rows import Row, RowsModel
from minutes.ui.people_picker import person_picker
from minutes.ui.typed_names import ask_unknown_name
from minutes.ui.views import current_id, current_row, select_id, select_row

_keys = count(1)


@dataclass(frozen=True)
class Speaker:
    key: int
    person_id: int | None
    label: str | None
    display: str


class SpeakerQueue(QWidget):
    floor_requested = Signal(object)  # a Speaker to give the floor to now
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.entries: list[Speaker] = []
        self.picker = person_picker(
            services, placeholder=self.tr("Who asks to speak? Enter queues"), parent=self
        )
        self.picker.setObjectName("speakerQueuePicker")
        self.model = RowsModel([self.tr("Speaker queue")], parent=self)
        self.view = QListView(self)
        self.view.setObjectName("speakerQueue")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setMinimumHeight(120)
        self.title = QLabel(self.tr("Speaker &queue"), self)
        self.title.setBuddy(self.picker)
        self.title.setStyleSheet("font-weight: 600;")
        self.empty = QLabel(
            self.tr("Nobody is waiting. Queue speakers as hands go up; F8 gives the floor to the first."),
            self,
        )
        self.empty.setObjectName("speakerQueueEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.picker)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        self.picker.picked.connect(self._queue_person)
        self.picker.create_requested.connect(self._typed)
        self._render()

    # --- the queue -------------------------------------------------------------------------------
    def add_person(self, person_id: int, display: str) -> None:
        if any(e.person_id == person_id for e in self.entries):
            return
        self.entries.append(Speaker(next(_keys), person_id, None, display))
        self._render()

    def add_label(self, label: str) -> None:
        self.entries.append(Speaker(next(_keys), None, label, label))
        self._render()

    def take_first(self) -> Speaker | None:
        if not self.entries:
            return None
        first = self.entries.pop(0)
        self._render()
        return first

    def take_selected(self) -> Speaker | None:
        key = current_id(self.view)
        entry = next((e for e in self.entries if e.key == key), None)
        if entry is not None:
            self.entries.remove(entry)
            self._render()
        return entry

    def remove_selected(self) -> None:
        row = current_row(self.view)
        if self.take_selected() is not None:
            select_row(self.view, min(row, len(self.entries) - 1))

    def move_selected(self, step: int) -> None:
        row = current_row(self.view)
        target = row + step
        if row < 0 or not 0 <= target < len(self.entries):
            return
        entry = self.entries.pop(row)
        self.entries.insert(target, entry)
        self._render()
        select_id(self.view, entry.key)

    def clear(self) -> None:
        self.entries.clear()
        self._render()

    def displays(self) -> list[str]:
        return [e.display for e in self.entries]

    def ask_unknown(self, name: str) -> str:
        """ "add", "text" or "back" for a name no one in the directory has (tests may replace this)."""
        return ask_unknown_name(self, "speaker", name)

    # --- internals -------------------------------------------------------------------------------
    def _typed(self, name: str) -> None:
        """Enter on a name that matched nothing, or Ctrl+Enter: the one person named exactly so is
        queued; otherwise Ctrl+Enter queues the name as written and Enter asks first."""
        if self.picker.choose_exact(name):  # picked: queued by ``picked`` and the picker cleared
            return
        answer = "text" if self.picker.create_forced else self.ask_unknown(name)
        if answer == "add":
            try:
                person_id = self.services.directory.create_person(name)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Speaker queue"), user_message(exc))
                return
            self._queue_person(person_id)
        elif answer == "text":
            self.add_label(name)
        else:  # back: the name stays, selected, to be corrected
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
            self.picker.selectAll()
            return
        self.picker.clear()  # ready for the next name

    def _queue_person(self, person_id: int) -> None:
        person = self.services.directory.get_person(person_id)
        self.add_person(person_id, person.display)

    def _render(self) -> None:
        self.model.set_rows(
            [Row(e.key, (f"{i + 1}. {e.display}",), (e.display,)) for i, e in enumerate(self.entries)]
        )
        self.empty.setVisible(not self.entries)
        self.view.setVisible(bool(self.entries))  # the hint instead of an empty box
        self.changed.emit()

    def give_floor_to_selected(self) -> None:
        entry = self.take_selected()
        if entry is not None:
            self.floor_requested.emit(entry)

    def focus_picker(self) -> None:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
