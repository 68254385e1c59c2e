"""A dialog's write refused as a conflict: the user sees their values and the other ones, and chooses.

The task form and the task dialogs (deadline, progress, completion, reopening, cancelling) write once the
dialog is closed, naming the version of the task they showed. When someone else changed the same fields
meanwhile, :func:`write_or_resolve` asks (:func:`ask_keep_mine`, replaced in tests): keep mine writes the
values again over theirs (naming the version that holds theirs), take theirs gives the values up. The
values the user entered are kept until they choose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes.errors import EditConflict

Ask = Callable[[QWidget | None, EditConflict], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def field_label(field: str) -> str:
    labels = {
        "text": _tr("Task"),
        "lead_unit_id": _tr("Lead unit"),
        "coordinating_unit_ids": _tr("Coordinating units"),
        "responsible_id": _tr("Responsible"),
        "assignee_ids": _tr("Assigned to"),
        "assignee_text": _tr("Assigned to"),
        "agenda_item_id": _tr("Agenda item"),
        "done_at_meeting": _tr("Done at the meeting"),
        "deadline": _tr("Deadline"),
        "priority": _tr("Priority"),
        "expected_product": _tr("Expected product"),
        "progress": _tr("Progress"),
        "status": _tr("Status"),
    }
    return labels.get(field, field)


def describe(value: Any) -> str:
    """A value as a person reads it (dates dd/mm/yyyy, nothing as a dash)."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, tuple):
        if len(value) == 2 and isinstance(value[1], str) and value[1][:4].isdigit():  # a deadline
            return describe(date.fromisoformat(value[1]))
        parts = [describe(v) for v in value if v is not None]
        return ", ".join(parts) if parts else "—"
    return str(value)


def conflict_text(conflict: EditConflict) -> str:
    lines = [
        _tr("%1 changed this task at %2, after you opened it.")
        .replace("%1", conflict.who)
        .replace("%2", conflict.fields.get("when", "?"))
    ]
    for field, (mine, theirs) in conflict.clashes.items():
        lines.append(
            _tr("%1 — yours: %2; theirs: %3")
            .replace("%1", field_label(field))
            .replace("%2", describe(mine))
            .replace("%3", describe(theirs))
        )
    return "\n".join(lines)


def ask_keep_mine(parent: QWidget | None, conflict: EditConflict) -> bool:
    """Keep mine (True) or take theirs (False)?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Someone else changed this task"))
    box.setText(conflict_text(conflict))
    box.setInformativeText(_tr("Nothing was overwritten. Keep your values (over theirs), or take theirs?"))
    keep = box.addButton(_tr("&Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Take theirs"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def write_or_resolve(
    parent: QWidget | None,
    write: Callable[[int, dict[str, Any] | None], object],
    version: int,
    seen: dict[str, Any],
    reread: Callable[[], dict[str, Any]],
    ask: Ask | None = None,
) -> bool:
    """``write(expected_version, seen)``; on a conflict ask, and keep mine by writing again with the
    version and values that hold theirs. True when written, False when the user took theirs."""
    while True:
        try:
            write(version, seen)
            return True
        except EditConflict as conflict:
            if not (ask or ask_keep_mine)(parent, conflict):
                return False
            version, seen = conflict.version, reread()
