"""Edit → Undo and Redo, answered by the services (minutes.services.undo): the UI only says "undo in
this meeting" (or in this task); the services put the rows back as they were, ids and links included.

:class:`ServiceUndo` follows one scope at a time, the meeting open in the editor: Ctrl+Z in meeting B
never touches meeting A. Before an undo, everything typed is saved (the ``flushers``), so the step undone
is the one the user sees last. A conflict (someone changed the row since) is reported, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from minutes.errors import UserError
from minutes.services import ChangeSet, Services
from minutes.services.undo import Scope, UndoResult
from minutes.ui.runner import Runner
from minutes.ui.tr import QT_TRANSLATE_NOOP
from minutes.ui.waiting import NotRun, wait_for

VERBS = {
    "insert": QT_TRANSLATE_NOOP("ServiceUndo", "add"),
    "update": QT_TRANSLATE_NOOP("ServiceUndo", "change"),
    "delete": QT_TRANSLATE_NOOP("ServiceUndo", "delete"),
}
NOUNS = {
    "meetings": QT_TRANSLATE_NOOP("ServiceUndo", "meeting"),
    "agenda_items": QT_TRANSLATE_NOOP("ServiceUndo", "agenda item"),
    "attendance": QT_TRANSLATE_NOOP("ServiceUndo", "attendee"),
    "reports": QT_TRANSLATE_NOOP("ServiceUndo", "report"),
    "report_figures": QT_TRANSLATE_NOOP("ServiceUndo", "figure"),
    "contributions": QT_TRANSLATE_NOOP("ServiceUndo", "contribution"),
    "conclusions": QT_TRANSLATE_NOOP("ServiceUndo", "conclusion"),
    "recommendation_groups": QT_TRANSLATE_NOOP("ServiceUndo", "recommendation group"),
    "recommendations": QT_TRANSLATE_NOOP("ServiceUndo", "recommendation"),
    "tasks": QT_TRANSLATE_NOOP("ServiceUndo", "task"),
    "progress_updates": QT_TRANSLATE_NOOP("ServiceUndo", "progress report"),
    "meeting_documents": QT_TRANSLATE_NOOP("ServiceUndo", "document date"),
}


def describe(label: str) -> str:
    """A step's label ("delete recommendation_groups") in the user's words ("delete recommendation group")."""
    action, _, table = label.partition(" ")
    verb = QCoreApplication.translate("ServiceUndo", VERBS.get(action, "change"))
    noun = NOUNS.get(table)
    return f"{verb} {QCoreApplication.translate('ServiceUndo', noun)}" if noun else verb


class ServiceUndo(QObject):
    """The undo and redo of one scope, with the signals Qt's undo stack has (the Edit menu follows)."""

    canUndoChanged = Signal(bool)  # noqa: N815 - the names of QUndoStack's signals
    canRedoChanged = Signal(bool)  # noqa: N815
    undoTextChanged = Signal(str)  # noqa: N815
    redoTextChanged = Signal(str)  # noqa: N815
    failed = Signal(object)  # UserError: a conflict, or the record is gone
    done = Signal(object)  # UndoResult: what was undone or redone, and every meeting and task it changed

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.scope: Scope | None = None
        self.flushers: list[Callable[[], object]] = []
        #: Where the undo and redo run: the window's writer, behind the saves the flushers queued, off
        #: the GUI thread (None: on the calling thread, for a window without a writer).
        self.runner: Runner | None = None
        self._state: tuple[str | None, str | None] = (None, None)

    def set_scope(self, scope: Scope | None) -> None:
        self.scope = scope
        self.refresh()

    def add_flusher(self, flush: Callable[[], object]) -> None:
        """``flush`` saves what is typed but not yet saved (called before every undo and redo)."""
        self.flushers.append(flush)

    # --- QUndoStack's reading API ------------------------------------------------------------------
    # (read from the history itself: a save committed by the writer thread counts before its notice)
    def canUndo(self) -> bool:  # noqa: N802
        return self._labels()[0] is not None

    def canRedo(self) -> bool:  # noqa: N802
        return self._labels()[1] is not None

    def undoText(self) -> str:  # noqa: N802
        label = self._labels()[0]
        return describe(label) if label else ""

    def redoText(self) -> str:  # noqa: N802
        label = self._labels()[1]
        return describe(label) if label else ""

    def _labels(self) -> tuple[str | None, str | None]:
        if self.scope is None:
            return (None, None)
        history = self.services.undo
        return (history.undo_label(self.scope), history.redo_label(self.scope))

    def clear(self) -> None:
        self.refresh()

    # --- acting ----------------------------------------------------------------------------------
    def undo(self) -> UndoResult | None:
        return self._move(redo=False)

    def redo(self) -> UndoResult | None:
        return self._move(redo=True)

    def _move(self, *, redo: bool) -> UndoResult | None:
        if self.scope is None:
            return None
        for flush in self.flushers:
            flush()
        history, scope = self.services.undo, self.scope

        def move() -> UndoResult | None:
            return history.redo(scope) if redo else history.undo(scope)

        try:
            if self.runner is None:
                result = move()
            else:
                result = wait_for(self.runner, ("redo" if redo else "undo", scope), move)
        except UserError as exc:
            self.failed.emit(exc)
            result = None
        except NotRun:  # the window is closing: nothing was undone
            result = None
        self.refresh()
        if result is not None:
            self.done.emit(result)
        return result

    def on_changed(self, _changes: ChangeSet | None = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        state = self._labels()
        if state == self._state:
            return
        old, self._state = self._state, state
        if (old[0] is None) != (state[0] is None):
            self.canUndoChanged.emit(state[0] is not None)
        if (old[1] is None) != (state[1] is None):
            self.canRedoChanged.emit(state[1] is not None)
        self.undoTextChanged.emit(self.undoText())
        self.redoTextChanged.emit(self.redoText())


__all__ = ["ServiceUndo", "describe"]
