"""One way for views to learn that data changed: the services announce a ChangeSet after each commit,
:class:`DataBus` re-emits it as a Qt signal (queued to the GUI thread when the commit happened in a
worker), and every open view refreshes what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from minutes.services import ChangeSet, Database


class DataBus(QObject):
    changed = Signal(object)  # ChangeSet

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = db.subscribe(self._relay)

    def _relay(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        self._unsubscribe()
