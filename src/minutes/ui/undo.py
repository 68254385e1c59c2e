"""Undo/redo of service calls: the database write lives in ``redo()``, the old state is restored in
``undo()``. Typing into one field merges into one command (``mergeWith``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """A reversible action: ``do`` performs it (again), ``undo`` reverses it."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class FieldEditCommand(QUndoCommand):
    """A text field's value changing from ``old`` to ``new``; consecutive edits of one field merge."""

    ID = 4242

    def __init__(
        self, text: str, key: tuple[object, ...], old: str, new: str, apply: Callable[[str], object]
    ) -> None:
        super().__init__(text)
        self.key = key
        self.old = old
        self.new = new
        self._apply = apply
        self._first = True

    def id(self) -> int:
        return self.ID

    def redo(self) -> None:
        if self._first:  # the widget already shows the new text and the saver stores it
            self._first = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, FieldEditCommand) or other.key != self.key:
            return False
        self.new = other.new
        return True
