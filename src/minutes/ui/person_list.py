"""People a task is assigned to: a picker to add people (Enter; accents optional), the chosen ones listed
in order (Delete removes, Alt+Up/Down move). A name not in the directory is added to it (Ctrl+Enter
always adds the typed name)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QSizePolicy, QVBoxLayout, QWidget

from minutes.errors import UserError
from minutes.services import Services
from minutes.ui.models.rows import Row, RowsModel
from minutes.ui.people_picker import person_picker
from minutes.ui.views import current_row, select_row


class PersonList(QWidget):
    changed = Signal()
    failed = Signal(object)  # a UserError

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._people: list[tuple[int, str]] = []
        self.picker = person_picker(
            services,
            placeholder=self.tr("Type a name, Enter adds the person (a new name is added to the directory)"),
            parent=self,
        )
        self.picker.setObjectName("taskAssigneePicker")
        self.model = RowsModel([self.tr("Assigned people")], parent=self)
        self.view = QListView(self)
        self.view.setObjectName("taskAssigneeList")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        for name, text, keys, slot in (
            (
                "actAssigneeRemove",
                self.tr("Remove person"),
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.remove_selected,
            ),
            ("actAssigneeUp", self.tr("Move up"), QKeySequence("Alt+Up"), lambda: self.move_selected(-1)),
            (
                "actAssigneeDown",
                self.tr("Move down"),
                QKeySequence("Alt+Down"),
                lambda: self.move_selected(1),
            ),
        ):
            action = QAction(text, self.view)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.picker)
        layout.addWidget(self.view)
        self.setFocusProxy(self.picker)
        self.picker.picked.connect(self._picked)
        self.picker.create_requested.connect(self._create)
        self._render()

    def ids(self) -> list[int]:
        return [i for i, _ in self._people]

    def names(self) -> list[str]:
        return [n for _, n in self._people]

    def set_people(self, people: list[tuple[int, str]]) -> None:
        self._people = list(people)
        self._render()

    def add(self, person_id: int, name: str) -> None:
        if person_id not in self.ids():
            self._people.append((person_id, name))
            self._render()

    def remove_selected(self) -> None:
        row = current_row(self.view)
        if 0 <= row < len(self._people):
            del self._people[row]
            self._render()
            select_row(self.view, min(row, len(self._people) - 1))

    def move_selected(self, step: int) -> None:
        row = current_row(self.view)
        target = row + step
        if 0 <= row < len(self._people) and 0 <= target < len(self._people):
            self._people.insert(target, self._people.pop(row))
            self._render()
            select_row(self.view, target)

    def _picked(self, person_id: int) -> None:
        self.add(person_id, self.services.directory.get_person(person_id).full_name)

    def _create(self, name: str) -> None:
        try:
            person_id = self.services.directory.find_or_create_person(name)
        except UserError as exc:
            self.failed.emit(exc)
            return
        self.picker.clear()
        self.add(person_id, name)

    def _render(self) -> None:
        self.model.set_rows([Row(i, (n,), (n,)) for i, n in self._people])
        self.view.setVisible(bool(self._people))  # no empty box while nobody is chosen
        row = max(self.view.sizeHintForRow(0), self.view.fontMetrics().height() + 4)
        self.view.setFixedHeight(min(5, max(1, len(self._people))) * row + 2 * self.view.frameWidth() + 2)
        self.changed.emit()
