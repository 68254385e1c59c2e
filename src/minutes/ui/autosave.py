"""Never lose a word: every text field saves itself.

A :class:`FieldSaver` watches one editor widget. Each change restarts two single-shot timers: after
``draft_ms`` the text is upserted as a crash-recovery draft, after ``save_ms`` it is saved into its
record (the save deletes the draft in the same transaction). Leaving the field, switching meeting or
closing saves at once (``flush``). All writes go through the :class:`BackgroundWriter`, in order, so the
keystroke path never touches the database. Each save is an undo step of the meeting in the services
(successive saves of one field merge into one), so Ctrl+Z outside the field restores the previous text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

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
    """Autosave for one text widget bound to (entity, entity_id, field)."""

    saved = Signal(str)  # the text now stored
    save_failed = Signal(object)  # the exception

    def __init__(
        self,
        ctx: UiContext,
        writer: BackgroundWriter,
        widget: TextWidget,
        *,
        entity: str,
        field: str,
        save: Callable[[int, str], Any],
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
        self._pending_draft = False
        self._save_timer = QTimer(self, singleShot=True, interval=save_ms)
        self._save_timer.timeout.connect(self.flush)
        self._draft_timer = QTimer(self, singleShot=True, interval=draft_ms)
        self._draft_timer.timeout.connect(self._write_draft)
        widget.textChanged.connect(self._on_changed)
        widget.installEventFilter(self)
        writer.failed.connect(self._on_failed)

    # --- public --------------------------------------------------------------------------------
    def bind(self, entity_id: int | None, value: str) -> None:
        """Show ``value`` (the stored text of ``entity_id``) without saving it back."""
        if self.entity_id is not None and entity_id != self.entity_id:
            self.flush()
        self.entity_id = entity_id
        self._stored = value
        self._loading = True
        try:
            set_widget_text(self.widget, value)
        finally:
            self._loading = False
        self.widget.setEnabled(entity_id is not None)

    def refresh(self, value: str) -> None:
        """Another view changed the stored text: show it unless the user is typing here."""
        if self.dirty or self.widget.hasFocus():
            return
        self.bind(self.entity_id, value)

    @property
    def dirty(self) -> bool:
        return self.entity_id is not None and widget_text(self.widget) != self._stored

    def flush(self) -> None:
        """Save now if the text differs from what is stored."""
        self._save_timer.stop()
        self._draft_timer.stop()
        if not self.dirty:
            return
        assert self.entity_id is not None
        entity_id, new = self.entity_id, widget_text(self.widget)
        self._stored = new
        self.writer.submit(("save", self.entity, entity_id, self.field), lambda: self._save(entity_id, new))
        self.saved.emit(new)

    # --- internals -----------------------------------------------------------------------------
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

    def _on_failed(self, tag: object, exc: object) -> None:
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
