"""Coordinating units: a picker to add units (Enter), and the chosen ones listed (Delete removes)."""

from __future__ import annotations

from minutes.ui.people_picker import Picker, unit_picker
from minutes.ui.picked_list import ListAction, PickedList


class UnitList(PickedList):
    picker_name, view_name = "taskCoordPicker", "taskCoordList"

    def make_picker(self) -> Picker:
        return unit_picker(
            self.services,
            keep_choice=False,
            placeholder=self.tr("Type a unit, Enter adds it (a new name is created)"),
            parent=self,
        )

    def header(self) -> str:
        return self.tr("Coordinating units")

    def list_actions(self) -> list[ListAction]:
        return [self.remove_action("actCoordRemove", self.tr("Remove unit"))]

    def name_of(self, ident: int) -> str:
        return self.services.directory.get_unit(ident).name

    def find_or_create(self, name: str) -> tuple[int, str]:
        unit_id = self.services.directory.find_or_create_unit(name)
        return unit_id, self.services.directory.get_unit(unit_id).name

    def set_units(self, units: list[tuple[int, str]]) -> None:
        self.set_chosen(units)
