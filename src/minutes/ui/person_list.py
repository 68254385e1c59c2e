"""People a task is assigned to: a picker to add people (Enter; accents optional), the chosen ones listed
in order (Delete removes, Alt+Up/Down move). A name not in the directory is added to it (Ctrl+Enter
always adds the typed name)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from minutes.services import Services
from minutes.ui.people_picker import Picker, person_picker
from minutes.ui.picked_list import ListAction, PickedList


class PersonList(PickedList):
    picker_name, view_name = "taskAssigneePicker", "taskAssigneeList"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setFocusProxy(self.picker)

    def make_picker(self) -> Picker:
        return person_picker(
            self.services,
            placeholder=self.tr("Type a name, Enter adds the person (a new name is added to the directory)"),
            parent=self,
        )

    def header(self) -> str:
        return self.tr("Assigned people")

    def list_actions(self) -> list[ListAction]:
        return [
            self.remove_action("actAssigneeRemove", self.tr("Remove person")),
            *self.move_actions(
                ("actAssigneeUp", self.tr("Move up")), ("actAssigneeDown", self.tr("Move down"))
            ),
        ]

    def name_of(self, ident: int) -> str:
        return self.services.directory.get_person(ident).full_name

    def find_or_create(self, name: str) -> tuple[int, str]:
        return self.services.directory.find_or_create_person(name), name

    def set_people(self, people: list[tuple[int, str]]) -> None:
        self.set_chosen(people)
