"""Never lose a word: every text field saves itself.

A :class:`FieldSaver` watches one editor widget. Each change restarts two single-shot timers: after
``draft_ms`` the text is upserted as a crash-recovery draft, after ``save_ms`` it is saved into its
record (the save deletes the draft in the same transaction). Leaving the field, switching meeting or
closing saves at once (``flush``). All writes go through the :class:`BackgroundWriter`, in order, so the
keystroke path never touches the database. Each save is an undo step of the meeting in the services
(successive saves of one field merge into one), so Ctrl+Z outside the field restores the previous text.

Every save names the version of the record the text was based on and the text the user started from
(minutes.services.versions). A save refused because someone else changed the field meanwhile keeps the
user's text in the field (and its draft) and is announced by :attr:`FieldSaver.conflicted`; the field
is not saved again until the user chooses (:meth:`FieldSaver.keep_mine`, :meth:`FieldSaver.take_theirs`).
Another user's change to the field while it is being typed in is flagged (:attr:`FieldSaver.flagged`),
never written over the typing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from minutes.errors import EditConflict
from minutes.services.context import acting_from
from minutes.services.versions import retry_stale, version_of
from minutes.ui.context import UiContext
from minutes.ui.writer import BackgroundWriter

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit


def widget_text(widget: TextWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.toPlainText()


def set_widget_text(widget: TextWidget, value: str) -> None:
    if widget_text(widget) == value:
        return
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        widget.setPlainText(value)


class FieldSaver(QObject):
    """Autosave for one text widget bound to (entity, entity_id, field).

    ``save(entity_id, text, expected_version=..., seen={field: text})`` writes one value and returns the
    record's new version (or a record carrying ``version``).
    """

    saved = Signal(str)  # the text now stored
    save_failed = Signal(object)  # the exception
    conflicted = Signal(object)  # EditConflict: the save was refused, the text is kept (nothing saved)
    flagged = Signal(str)  # someone else stored this text in the field while the user types in it
    resolved = Signal()  # the conflict or flag is over (chosen, or another record shown)

    def __init__(
        self,
        ctx: UiContext,
        writer: BackgroundWriter,
        widget: TextWidget,
        *,
        entity: str,
        field: str,
        save: Callable[..., Any],
        label: str = "",
        save_ms: int = 1000,
        draft_ms: int = 250,
    ) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.writer = writer
        self.widget = widget
        self.entity = entity
        self.field = field
        self._save = save
        self.label = label or field
        self.entity_id: int | None = None
        self._stored = ""
        self._loading = False
        self._versions: dict[int, int] = {}  # entity id -> version the shown/saved text belongs to
        # saves queued, oldest first, until their outcome reaches the GUI thread: (entity id, seen, new)
        self._pending: deque[tuple[int, str | None, str]] = deque()
        self.conflict: EditConflict | None = None
        self.flagged_text: str | None = None
        self._pending_draft = False
        self._save_timer = QTimer(self, singleShot=True, interval=save_ms)
        self._save_timer.timeout.connect(self.flush)
        self._draft_timer = QTimer(self, singleShot=True, interval=draft_ms)
        self._draft_timer.timeout.connect(self._write_draft)
        widget.textChanged.connect(self._on_changed)
        widget.installEventFilter(self)
        writer.finished.connect(self._on_finished)
        writer.failed.connect(self._on_failed)

    # --- public --------------------------------------------------------------------------------
    def bind(self, entity_id: int | None, value: str) -> None:
        """Show ``value`` (the stored text of ``entity_id``) without saving it back."""
        if self.entity_id is not None and entity_id != self.entity_id:
            self.flush()
        self.entity_id = entity_id
        self._stored = value
        self._note_version(entity_id, self.ctx.versions.get(self.entity, entity_id))
        self._clear_conflict()
        self._loading = True
        try:
            set_widget_text(self.widget, value)
        finally:
            self._loading = False
        self.widget.setEnabled(entity_id is not None)

    def refresh(self, value: str) -> None:
        """The record was read again: show its text unless the user is typing here (then flag it when
        it is someone else's). A read older than this field's own saves is ignored."""
        if self.entity_id is None or self.conflict is not None:
            return
        version = self.ctx.versions.get(self.entity, self.entity_id)
        mine = self._versions.get(self.entity_id)
        if self._pending or (version is not None and mine is not None and version < mine):
            return  # the read started before this field's own save: the save's text stays
        if self.dirty:
            if value != self._stored and value != widget_text(self.widget) and value != self.flagged_text:
                self.flagged_text = value
                self.flagged.emit(value)
            return
        if value == self._stored:
            self._note_version(self.entity_id, version)
            return
        self.bind(self.entity_id, value)

    @property
    def dirty(self) -> bool:
        return self.entity_id is not None and widget_text(self.widget) != self._stored

    def flush(self) -> None:
        """Save now if the text differs from what is stored (held while a conflict waits for the user:
        the text stays in the field and in its draft)."""
        self._save_timer.stop()
        self._draft_timer.stop()
        if not self.dirty:
            return
        if self.conflict is not None:
            self._write_draft()
            return
        assert self.entity_id is not None
        entity_id, old, new = self.entity_id, self._stored, widget_text(self.widget)
        self._stored = new
        self._submit_save(entity_id, new, old)
        self.saved.emit(new)

    def shown_mine(self) -> str:
        return widget_text(self.widget)

    def shown_theirs(self) -> str:
        theirs = self.conflict.theirs if self.conflict is not None else self.flagged_text
        return theirs if isinstance(theirs, str) else ""

    def keep_mine(self) -> None:
        """Resolve a conflict or flag: save the text in the field (perhaps merged by the user) over
        theirs, naming the version that holds theirs."""
        if self.entity_id is None:
            return
        theirs = self.conflict.theirs if self.conflict is not None else self.flagged_text
        if self.conflict is not None:
            self._versions[self.entity_id] = self.conflict.version
        else:
            self._note_version(self.entity_id, self.ctx.versions.get(self.entity, self.entity_id))
        self._clear_conflict()
        if isinstance(theirs, str):
            self._stored = theirs
        self.flush()

    def take_theirs(self) -> None:
        """Resolve a conflict or flag: show and keep their text (the typed text is given up)."""
        if self.entity_id is None:
            return
        conflict, flagged = self.conflict, self.flagged_text
        self._save_timer.stop()
        self._draft_timer.stop()
        if conflict is not None:
            self._versions[self.entity_id] = conflict.version
            theirs = conflict.theirs if isinstance(conflict.theirs, str) else ""
        else:
            theirs = flagged or ""
        entity_id, entity, field = self.entity_id, self.entity, self.field
        self._clear_conflict()
        self._stored = theirs
        self._loading = True
        try:
            set_widget_text(self.widget, theirs)
        finally:
            self._loading = False
        drafts = self.ctx.services.drafts
        self.writer.submit(
            ("draft", entity, entity_id, field), lambda: drafts.discard(entity, entity_id, field)
        )

    # --- internals -----------------------------------------------------------------------------
    def _note_version(self, entity_id: int | None, version: int | None) -> None:
        if entity_id is not None and version is not None and version > self._versions.get(entity_id, 0):
            self._versions[entity_id] = version

    def _submit_save(self, entity_id: int, new: str, seen: str | None) -> None:
        """Queue the save of ``new`` into ``entity_id``, based on the text ``seen`` (None: unknown) and
        on the version known when the save runs (a save queued before it returns the next one)."""
        self._pending.append((entity_id, seen, new))

        def save() -> Any:
            return self._save(
                entity_id,
                new,
                expected_version=self._versions.get(entity_id) if seen is not None else None,
                seen={self.field: seen} if seen is not None else None,
            )

        def job() -> Any:
            with acting_from(self.ctx.origin):
                result = retry_stale(save)
            version = version_of(result)
            if version is not None:
                self._note_version(entity_id, version)
            return result

        self.writer.submit(("save", self.entity, entity_id, self.field), job)

    def _clear_conflict(self) -> None:
        if self.conflict is not None or self.flagged_text is not None:
            self.conflict = None
            self.flagged_text = None
            self.resolved.emit()

    def _on_changed(self) -> None:
        if self._loading or self.entity_id is None:
            return
        self._save_timer.start()
        self._draft_timer.start()

    def _write_draft(self) -> None:
        if not self.dirty:
            return
        assert self.entity_id is not None
        entity, entity_id, field, text = self.entity, self.entity_id, self.field, widget_text(self.widget)
        drafts = self.ctx.services.drafts
        self.writer.submit(
            ("draft", entity, entity_id, field), lambda: drafts.save(entity, entity_id, field, text)
        )

    def _mine(self, tag: object) -> tuple[int, str | None, str] | None:
        """The queued save a writer's result is about (results come in the order of the saves)."""
        if isinstance(tag, tuple) and len(tag) == 4 and tag[0] == "save" and tag[1] == self.entity:
            if tag[3] == self.field and self._pending:
                return self._pending.popleft()
        return None

    def _on_finished(self, tag: object, _result: object) -> None:
        self._mine(tag)

    def _on_failed(self, tag: object, exc: object) -> None:
        job = self._mine(tag)
        if job is not None and job[0] == self.entity_id:
            if isinstance(exc, EditConflict):
                self.flagged_text = None
                self.conflict = exc
                self.conflicted.emit(exc)
                return
            if job[1] is not None and self._stored == job[2]:
                self._stored = job[1]  # not saved: the text is unsaved again (kept, and saved again later)
        if isinstance(tag, tuple) and tag[1:] == (self.entity, self.entity_id, self.field):
            self.save_failed.emit(exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def flush_all(root: QWidget) -> None:
    """Save every dirty field below ``root`` (switching meeting, closing)."""
    for saver in root.findChildren(FieldSaver):
        saver.flush()
