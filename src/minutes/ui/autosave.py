"""Never lose a word: every text field saves itself, with a ceiling on how long text stays unsaved.

A :class:`FieldSaver` watches one editor widget. The first change after the text was last handed over
starts two single-shot timers that further typing does **not** restart (a maximum wait, not a pause):
after ``draft_ms`` the text is upserted as a crash-recovery draft, after ``save_ms`` it is saved into
its record (the save deletes the draft in the same transaction). So while someone types without a
pause, a draft is written every ``draft_ms`` and the record every ``save_ms``. Leaving the field,
switching meeting or closing saves at once (``flush``). Every write goes through the
:class:`BackgroundWriter`, in order, so the keystroke path never touches the database.

The field is clean only when the writer reports that the save **committed**; until then the text is
pending in :class:`~minutes.ui.pending.PendingSaves`, which retries it with back-off, and the widget is
marked "not saved yet". While the database does not take writes (the writer has been stuck on a lock,
or this field's save failed), each draft is also kept outside it (:mod:`minutes.draft_spool`), so a
crash during the fault loses nothing either. Each change handed over is pushed on the undo stack, so
Ctrl+Z outside the field restores the previous text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from minutes.draft_spool import Key
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message
from minutes.ui.pending import next_seq
from minutes.ui.undo import FieldEditCommand
from minutes.ui.writer import BackgroundWriter

TextWidget = QLineEdit | QPlainTextEdit | QTextEdit

# The writer counts as stuck (a lock) when one job has been running this long: drafts go to the spool.
STUCK_SECONDS = 0.2
MARK_STYLE = "border: 2px solid #c0392b;"


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

    saved = Signal(str)  # the text the database now holds (its transaction committed)
    save_failed = Signal(object)  # the exception (a UserError in words)
    draft_kept = Signal(str)  # the text now kept as a recovery draft in the database

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
        draft_ms: int = 200,
    ) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.writer = writer
        self.pending = writer.pending
        self.widget = widget
        self.entity = entity
        self.field = field
        self._save = save
        self.label = label or field
        self.entity_id: int | None = None
        self._stored = ""  # what the database holds for the bound record, as far as we know
        self._submitted = ""  # the latest text handed to PendingSaves (or the stored one)
        self._loading = False
        self._draft_latest: tuple[Key, str, int] | None = None
        self._draft_queued = False
        self._marked = False
        self._style = ""
        self._tip = ""
        self._save_timer = QTimer(self, singleShot=True, interval=save_ms)
        self._save_timer.timeout.connect(self.flush)
        self._draft_timer = QTimer(self, singleShot=True, interval=draft_ms)
        self._draft_timer.timeout.connect(self._write_draft)
        widget.textChanged.connect(self._on_changed)
        widget.installEventFilter(self)
        writer.failed.connect(self._on_failed)
        self.pending.committed.connect(self._on_committed)
        self.pending.changed.connect(self._update_mark)

    # --- public --------------------------------------------------------------------------------
    @property
    def key(self) -> Key | None:
        return (self.entity, self.entity_id, self.field) if self.entity_id is not None else None

    def bind(self, entity_id: int | None, value: str) -> None:
        """Show ``value`` (the stored text of ``entity_id``) without saving it back; text of that record
        still waiting to be saved is shown instead of it."""
        if self.entity_id is not None and entity_id != self.entity_id:
            self.flush()
        self.entity_id = entity_id
        self._stored = value
        key = self.key
        waiting = self.pending.text_for(key) if key is not None else None
        self._submitted = waiting if waiting is not None else value
        self._show(self._submitted)
        self.widget.setEnabled(entity_id is not None)
        self._update_mark()

    def refresh(self, value: str) -> None:
        """Another view changed the stored text: show it unless the user is typing here."""
        key = self.key
        if self.dirty or self.widget.hasFocus() or (key is not None and self.pending.entry(key)):
            return
        self.bind(self.entity_id, value)

    @property
    def dirty(self) -> bool:
        """True until the text shown has really been committed to the database."""
        return self.entity_id is not None and widget_text(self.widget) != self._stored

    def flush(self) -> None:
        """Hand the text over to be saved now if it changed (it stays dirty until that commits)."""
        self._save_timer.stop()
        self._draft_timer.stop()
        key = self.key
        if key is None:
            return
        old, new = self._submitted, widget_text(self.widget)
        if new == old:
            return
        self._submitted = new
        self.pending.save(key, self.label, new, self._save)
        self.ctx.undo_stack.push(
            FieldEditCommand(self.label, key, old, new, lambda text: self._apply(key, text))
        )

    # --- internals -----------------------------------------------------------------------------
    def _show(self, value: str) -> None:
        self._loading = True
        try:
            set_widget_text(self.widget, value)
        finally:
            self._loading = False

    def _apply(self, key: Key, value: str) -> None:
        """Undo/redo: store ``value`` and show it if this field still shows that record."""
        self.pending.save(key, self.label, value, self._save)
        if key == self.key:
            self._submitted = value
            self._show(value)

    def _on_changed(self) -> None:
        if self._loading or self.entity_id is None:
            return
        if not self._save_timer.isActive():  # a ceiling: started by the first change, not restarted
            self._save_timer.start()
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _write_draft(self) -> None:
        key = self.key
        if key is None:
            return
        text = widget_text(self.widget)
        if text == self._stored:
            return
        seq = next_seq()
        spool = self.pending.spool
        if spool is not None and (
            self.writer.busy_for() > STUCK_SECONDS or self.pending.failing(key) or self.pending.overdue()
        ):
            spool.put(key, text, seq)  # the database is not taking writes now: keep it outside too
        self._draft_latest = (key, text, seq)
        if self._draft_queued:  # the queued job will write the latest text
            return
        self._draft_queued = True
        self.writer.submit(("draft", *key), self._draft_job, done=self._draft_done, failed=self._draft_failed)

    def _draft_job(self) -> tuple[Key, str, int]:
        """On the writer's thread: upsert the latest text (one job however often the timer fired)."""
        self._draft_queued = False
        latest = self._draft_latest
        assert latest is not None
        key, text, _seq = latest
        self.ctx.services.drafts.save(key[0], key[1], key[2], text)
        return latest

    def _draft_done(self, result: Any) -> None:
        key, text, seq = result
        if self.pending.spool is not None:
            self.pending.spool.discard(key, seq)
        self.draft_kept.emit(text)

    def _draft_failed(self, _exc: object) -> None:
        latest = self._draft_latest
        if latest is not None and self.pending.spool is not None:
            self.pending.spool.put(*latest)

    def _on_committed(self, key: object, text: str) -> None:
        if key != self.key:
            return
        self._stored = text
        self.saved.emit(text)
        if self.dirty:  # the save deleted the draft; the newer text needs one again
            self._write_draft()

    def _on_failed(self, tag: object, exc: object) -> None:
        if isinstance(tag, tuple) and tag[:1] == ("save",) and tag[1:] == self.key:
            self.save_failed.emit(exc)

    def _update_mark(self) -> None:
        key = self.key
        failing = key is not None and self.pending.failing(key)
        if failing == self._marked:
            return
        self._marked = failing
        if failing:
            entry = self.pending.entry(key) if key is not None else None
            error = entry.error if entry is not None else None
            reason = user_message(error) if error is not None else self.tr("waiting for the database")
            self._style, self._tip = self.widget.styleSheet(), self.widget.toolTip()
            self.widget.setStyleSheet(f"{type(self.widget).__name__} {{ {MARK_STYLE} }}")
            self.widget.setToolTip(
                self.tr(
                    "Not saved yet: %1 What you typed is kept and saved as soon as the database accepts it."
                ).replace("%1", reason)
            )
        else:
            self.widget.setStyleSheet(self._style)
            self.widget.setToolTip(self._tip)
        self.widget.setProperty("unsaved", failing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def flush_all(root: QWidget) -> None:
    """Save every dirty field below ``root`` (switching meeting, closing)."""
    for saver in root.findChildren(FieldSaver):
        saver.flush()
