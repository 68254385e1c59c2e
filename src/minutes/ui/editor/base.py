"""What the editor's sections share: keyboard actions, undoable service calls, an inline message line."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from minutes.errors import UserError
from minutes.services.dto import MeetingDetail
from minutes.ui.context import UiContext
from minutes.ui.editor.section import Section
from minutes.ui.waiting import NotRun, wait_for
from minutes.ui.writer import BackgroundWriter

T = TypeVar("T")
log = logging.getLogger(__name__)

Shortcut = str | QKeySequence | QKeySequence.StandardKey


def ok(job: Callable[[], object]) -> Callable[[], bool]:
    """``job`` made to report success (``perform`` returns None when an action fails)."""

    def run() -> bool:
        job()
        return True

    return run


def user_message(exc: UserError) -> str:
    return exc.translated(QCoreApplication.translate)


class MessageLine(QLabel):
    """A one-line notice under a section (an error the user caused); hides itself after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionMessage")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #9a1c1c; padding: 2px 4px; }")
        self.hide()
        self._timer = QTimer(self, singleShot=True, interval=8000)
        self._timer.timeout.connect(self.hide)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()
        self._timer.start()


class SectionBase(Section):
    """A section with keyboard actions and undoable writes through the services."""

    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        self._generation = 0  # how many times a meeting was shown
        # Actions run on the writer in the order they were asked: the read of a later one is newer.
        self._performs = 0  # how many actions were asked
        self._perform_shown = 0  # the latest action whose read is on screen
        super().__init__(ctx, writer, parent)
        self.message = MessageLine(self)

    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        self._generation += 1
        super().set_meeting(meeting)

    def sync_now(self, since: int) -> None:
        """Show the meeting as stored now, unless it was shown again since generation ``since``.

        The editor reloads after every announced change, but only once the event loop runs; a section
        that has just added a record needs it at once (to select it and bind its text field). The read
        runs on the writer, after every save queued before it, while the window keeps painting.
        """
        if self._generation != since or self.meeting is None:
            return
        meeting_id = self.meeting.id
        try:
            meeting = wait_for(self.writer, ("read", meeting_id), lambda: self._read_meeting(meeting_id))
        except NotRun:
            return
        self._show_read(meeting, since)

    def _read_meeting(self, meeting_id: int | None) -> MeetingDetail | None:
        """The meeting as stored now (on the writer's thread); None when it is gone or cannot be read."""
        if meeting_id is None:
            return None
        try:
            return self.ctx.services.meetings.get(meeting_id)
        except UserError:
            return None

    def _show_read(self, meeting: MeetingDetail | None, since: int | None) -> None:
        """Show ``meeting`` unless it is gone or another meeting is shown meanwhile; with ``since``, also
        unless the meeting was shown again since that generation (a newer read is on screen)."""
        if meeting is None or self.meeting_id != meeting.id:
            return
        if since is not None and self._generation != since:
            return
        self.ctx.versions.note_meeting(meeting)
        self.set_meeting(meeting)

    def show_stored(self) -> None:
        """Show the meeting as stored now (after a change was refused: what the fields hold is not)."""
        self.sync_now(self._generation)

    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting is not None else None

    def make_action(
        self,
        text: str,
        shortcut: Shortcut | list[Shortcut] | None,
        slot: Callable[[], object],
        *,
        name: str,
        widget: QWidget | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
        tip: str = "",
    ) -> QAction:
        """An action with a shortcut, active while the focus is in ``widget`` (the section by default).

        It is also added to the section, so ``actions()`` lists every action for the main window's menus.
        """
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(context)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            f"{tip or text.replace('&', '')} ({keys})" if keys else (tip or text.replace("&", ""))
        )
        action.setStatusTip(tip or text.replace("&", ""))

        def triggered(_checked: bool = False) -> None:
            if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut and not self.has_focus_inside():
                self.reveal_requested.emit()  # a menu shortcut pressed elsewhere in the window
            slot()

        action.triggered.connect(triggered)
        if widget is not None and widget is not self:
            widget.addAction(action)
        self.addAction(action)
        return action

    def has_focus_inside(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def show_error(self, exc: UserError) -> None:
        self.message.show_message(user_message(exc))

    def perform(self, text: str, do: Callable[[], T]) -> T | None:
        """Do the action ``text`` and show its result; None when it was refused (the message line says
        why) or not run.

        ``do`` is one service operation (or a few, made one undo step by ``undo.together``: Edit → Undo
        reverses it with the original ids and links, minutes.services.undo). It runs on the writer, off
        the GUI thread, after every text save queued before it, in one job with the read of the meeting
        it changed; the window keeps painting meanwhile (:func:`minutes.ui.waiting.wait_for`). ``do``
        must not touch a widget: it runs on the writer's thread.
        """
        try:
            return self.perform_checked(text, do)
        except UserError as exc:
            self.show_error(exc)
            return None
        except NotRun:
            return None

    def perform_checked(self, text: str, do: Callable[[], T]) -> T:
        """Like :meth:`perform`, but a refusal is raised (as the :class:`UserError` the services gave)
        for the caller to word, and :class:`NotRun` when the job was dropped."""
        meeting_id = self.meeting_id
        undo = self.ctx.services.undo

        def work() -> tuple[T, MeetingDetail | None]:
            with undo.together():
                result = do()
            return result, self._read_meeting(meeting_id)

        self._performs += 1
        turn = self._performs
        result, meeting = wait_for(self.writer, ("perform", text), work)
        log.debug("%s done", text)
        # Shown even when the editor showed the meeting again during the wait (a change notice read it
        # then): this read was made after the action, so it is at least as new, and the caller selects
        # what the action made in it. Not shown when an action asked during the wait (a timer's, which
        # the wait lets run) already showed its read: that one ran after this one on the writer, and
        # showing this older read would take its change off the screen.
        if turn > self._perform_shown:
            self._perform_shown = turn
            self._show_read(meeting, None)
        return result
