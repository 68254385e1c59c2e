"""Undo and redo on the task board act on the task shown (its own history in the services: progress
reports, completion, deadlines, fields), never on a meeting out of sight."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from minutes.errors import UserError
from minutes.services import Services
from minutes.ui.errors_i18n import user_message
from minutes.ui.undo import ServiceUndo


def _t(text: str) -> str:
    return QCoreApplication.translate("TaskUndo", text)


def install_task_undo(panel: QWidget, services: Services, show_message: object) -> ServiceUndo:
    """A history of the task ``panel`` shows (call ``set_scope(("task", id))`` when it changes), with
    Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y active inside the panel; a refused undo is said by ``show_message``."""
    history = ServiceUndo(services, panel)
    undo = QAction(_t("Undo on this task"), panel)
    undo.setObjectName("taskUndo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    redo = QAction(_t("Redo on this task"), panel)
    redo.setObjectName("taskRedo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action, slot in ((undo, history.undo), (redo, history.redo)):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        panel.addAction(action)
    history.canUndoChanged.connect(undo.setEnabled)
    history.canRedoChanged.connect(redo.setEnabled)
    undo.setEnabled(False)
    redo.setEnabled(False)

    def refused(exc: object) -> None:
        if isinstance(exc, UserError) and callable(show_message):
            show_message(user_message(exc))

    history.failed.connect(refused)
    return history


__all__ = ["install_task_undo"]
