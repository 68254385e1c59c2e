"""Helpers for GUI tests: type Vietnamese the way an input method delivers it, and host one editor
section on a real database the way the meeting editor does (reload after every announced change).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from minutes.services import ChangeSet, Services
from minutes.services.dto import MeetingDetail
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.undo import ServiceUndo
from minutes.ui.writer import BackgroundWriter

_CHUNKS = re.compile(r"\n|[^\S\n]+|[^\s]+")


def type_vietnamese(widget: QWidget, text: str, *, nfd: bool = False, by: str = "ime") -> None:
    """Type ``text`` into ``widget`` as a Vietnamese input method does.

    ``by="ime"`` commits each word with a QInputMethodEvent (Unikey, IBus, the Windows IME); ``by="keys"``
    sends one QKeyEvent per character carrying its text. ``nfd=True`` sends the decomposed form (base
    letter + combining marks), as Windows' built-in Vietnamese keyboard does. A newline is the Return key.
    ``QTest.keyClicks`` cannot do this: it loses ă, đ, ơ, ư and every U+1Exx letter.
    """
    if nfd:
        text = unicodedata.normalize("NFD", text)
    for chunk in _CHUNKS.findall(text):
        if chunk == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        if by == "keys":
            for char in _graphemes(chunk):
                for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    )
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QCoreApplication.sendEvent(widget, event)
    QCoreApplication.processEvents()


def _graphemes(chunk: str) -> list[str]:
    """Base letters with their combining marks (an NFD letter is sent as one key event)."""
    out: list[str] = []
    for char in chunk:
        if out and unicodedata.combining(char):
            out[-1] += char
        else:
            out.append(char)
    return out


class SectionHost:
    """One section on a real database, refreshed like the meeting editor refreshes it."""

    def __init__(
        self, services: Services, factory: Callable[[UiContext, BackgroundWriter], QWidget], meeting_id: int
    ) -> None:
        self.services = services
        self.bus = DataBus(services.db)
        self.undo_stack = ServiceUndo(services)  # Edit → Undo of this meeting, as the editor sets it
        self.ctx = UiContext(services, self.bus, self.undo_stack)
        self.writer = BackgroundWriter()
        self.meeting_id = meeting_id
        self.section: Any = factory(self.ctx, self.writer)
        self.undo_stack.add_flusher(self.section.flush)
        self.undo_stack.add_flusher(self.writer.drain)
        self.undo_stack.set_scope(("meeting", meeting_id))
        self.undo_stack.done.connect(lambda _result: self.reload())
        # Like the meeting editor: one reload once the event loop runs, however many changes came.
        self._timer = QTimer(singleShot=True, interval=0)
        self._timer.timeout.connect(self.reload)
        self.bus.changed.connect(self._changed)
        self.reloads = 0
        self.reload()

    def reload(self) -> MeetingDetail:
        self._timer.stop()
        meeting = self.services.meetings.get(self.meeting_id)
        self.section.set_meeting(meeting)
        self.reloads += 1
        return meeting

    def _changed(self, _changes: ChangeSet) -> None:
        self._timer.start()

    def settle(self) -> None:
        """Save whatever is pending and let the announced changes arrive."""
        self.section.flush()
        self.writer.drain()
        QCoreApplication.processEvents()  # the changes announced by the writer
        if self._timer.isActive():
            self.reload()

    def close(self) -> None:
        self.section.flush()
        self.writer.close()
        self.bus.close()
        self.section.close()
        self.section.deleteLater()
        QCoreApplication.processEvents()
