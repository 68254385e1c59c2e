"""Undoable structural actions of the editor (add, remove, move, set role or presence).

An action is performed at once (so an error the user caused is shown and nothing is pushed), then
recorded as a :class:`DoneCommand` whose ``undo`` reverses it and whose ``redo`` repeats it. Undoing a
removal re-creates the record under a new id; :class:`IdMap` remembers that, so older commands that name
the first id still find the record.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from minutes.errors import UserError


class IdMap:
    """Which id a record re-created by undo has now: (table, first id) -> current id."""

    def __init__(self) -> None:
        self._aliases: dict[tuple[str, int], int] = {}

    def resolve(self, table: str, ident: int) -> int:
        seen = set()
        while (table, ident) in self._aliases and ident not in seen:
            seen.add(ident)
            ident = self._aliases[(table, ident)]
        return ident

    def alias(self, table: str, old: int, new: int) -> None:
        if old != new:
            self._aliases[(table, old)] = new


_MAPS: weakref.WeakKeyDictionary[QUndoStack, IdMap] = weakref.WeakKeyDictionary()


def id_map(stack: QUndoStack) -> IdMap:
    """The id map shared by every command on ``stack``."""
    found = _MAPS.get(stack)
    if found is None:
        found = _MAPS[stack] = IdMap()
    return found


class DoneCommand(QUndoCommand):
    """An action already performed: the first ``redo`` (called by ``push``) does nothing."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        on_error: Callable[[UserError], None],
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, job: Callable[[], object]) -> None:
        try:
            job()
        except UserError as exc:  # e.g. the record was deleted by someone else meanwhile
            self._on_error(exc)
