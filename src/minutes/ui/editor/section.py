"""The contract between the meeting editor and its sections."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from minutes.services.dto import MeetingDetail
from minutes.ui.context import UiContext
from minutes.ui.writer import BackgroundWriter


class Section(QWidget):
    """One part of the minutes (general information, attendance, report, contributions...).

    The editor calls :meth:`set_meeting` with fresh data when the meeting opens and after every change
    the bus announces for it; the section keeps what the user is typing (see ``FieldSaver.refresh``).
    :meth:`flush` must save anything pending at once. ``title()`` is the translated heading.

    ``reveal_requested`` asks the editor to scroll the section into view (a menu shortcut pressed while
    the focus is elsewhere in the window).
    """

    reveal_requested = Signal()

    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.writer = writer
        self.meeting: MeetingDetail | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        self.meeting = meeting

    def flush(self) -> None:
        from minutes.ui.autosave import flush_all

        flush_all(self)

    def focus_first(self) -> None:
        """Put the keyboard focus where the user starts typing in this section."""
        self.focusNextChild()
