"""Names typed into a picker field but never chosen from its list: taken, added or kept, never dropped.

A secretary types "Nguyễn Văn Hùng" as the person responsible and presses Tab: the name stayed on screen
and nothing was stored. Before a form saves, each field's typed text is resolved: the one record named
exactly so is taken; for an unknown name the user chooses to add it to the directory, to keep it as text
(a person only, as the task's free-text assignee), or to go back to the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes.services.directory import DirectoryService
from minutes.ui.people_picker import Picker

Ask = Callable[[str, str], str]  # (kind "unit"/"person", name) -> "add" | "text" | "back"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TypedNames", text)


def resolve_typed_names(
    directory: DirectoryService, fields: Sequence[tuple[Picker, str]], ask: Ask
) -> dict[str, Any] | None:
    """Resolve every field's typed name; the values to save besides the pickers' own (None: go back).

    Raises the directory's UserError when adding a record fails.
    """
    extra: dict[str, Any] = {}
    for picker, kind in fields:
        if picker.take_exact_match():
            continue
        name = picker.pending_text()
        answer = ask(kind, name)
        if answer == "add":
            ident = directory.find_or_create_unit(name) if kind == "unit" else directory.create_person(name)
            picker.set_value(ident, name)
        elif answer == "text" and kind == "person":
            extra["assignee_text"] = name
        else:
            picker.setFocus()
            picker.selectAll()
            return None
    return extra


def ask_unknown_name(parent: QWidget | None, kind: str, name: str) -> str:
    """Ask what to do with ``name``: "add", "text" (a person or speaker: keep as written) or "back".

    ``kind`` is "unit", "person" (a task's responsible person) or "speaker" (the speaker queue, where
    the name is most often a typo: going back is the default there)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Name not in the directory"))
    if kind == "unit":
        box.setText(_tr("No unit is named “%1”. Add it to the directory as a new unit?").replace("%1", name))
    elif kind == "speaker":
        box.setText(
            _tr(
                "No one in the directory is named “%1”. Add a new person, or queue the name as written "
                "(e.g. a unit's representative)? Go back to correct a typing mistake."
            ).replace("%1", name)
        )
    else:
        box.setText(
            _tr(
                "No one in the directory is named “%1”. Add a new person, or keep the name as written on "
                "the task?"
            ).replace("%1", name)
        )
    add = box.addButton(_tr("&Add to the directory"), QMessageBox.ButtonRole.AcceptRole)
    text = box.addButton(_tr("&Keep as text"), QMessageBox.ButtonRole.ActionRole) if kind != "unit" else None
    back = box.addButton(_tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back if kind == "speaker" else add)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is add:
        return "add"
    return "text" if text is not None and clicked is text else "back"
