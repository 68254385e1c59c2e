"""Never lose a word: every text field saves itself, with a ceiling on how long text stays unsaved.

A :class:`FieldSaver` watches one editor widget. The first change after the text was last handed over
starts two single-shot timers that further typing does **not** restart (a maximum wait, not a pause):
after ``draft_ms`` the text is upserted as a crash-recovery draft, after ``save_ms`` it is saved into
its record (the save deletes the draft in the same transaction). So while someone types without a
pause, a draft is written every ``draft_ms`` and the record every ``save_ms``. Leaving the field,
switching meeting or closing saves at once (``flush``). Every write goes through the
:class:`BackgroundWriter`, in order, so the keystroke path never touches the database.

The field is clean only when the writer reports that the save **committed**; until then the text is
pending in :class:`~minutes.ui.pending.PendingSaves`, which retries it with back-off after a database
fault (a lock, a full disk, a read-only file), also after the user has gone on to another meeting, and
the widget is marked "not saved yet". While the database does not take writes, each draft is also kept
outside it (:mod:`minutes.draft_spool`), so a crash during the fault loses nothing either. Each save is
an undo step of the meeting in the services (successive saves of one field merge into one), so Ctrl+Z
outside the field restores the previous text.

Every save names the version of the record the text was based on and the text the user started from
(minutes.services.versions). A save refused because someone else changed the field meanwhile keeps the
user's text in the field (and its draft) and is announced by :attr:`FieldSaver.conflicted` (at once, or
when the field shows that record again); the field is not saved again until the user chooses
(:meth:`FieldSaver.keep_mine`, :meth:`FieldSaver.take_theirs`). Another user's change to the field while
it is being typed in is flagged (:attr:`FieldSaver.flagged`), never written over the typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from minutes.draft_spool import Key
from minutes.errors import EditConflict
from minutes.services.context import acting_from
from minutes.services.versions import retry_stale, version_of
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message
from minutes.ui.pending import next_seq
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
    """Autosave for one text widget bound to (entity, entity_id, field).

    ``save(entity_id, text, expected_version=..., seen={field: text})`` writes one value and returns the
    record's new version (or a record carrying ``version``).
    """

    saved = Signal(str)  # the text the database now holds (its transaction committed)
    save_failed = Signal(object)  # the exception (a UserError in words)
    draft_kept = Signal(str)  # the text now kept as a recovery draft in the database
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
        self._versions: dict[int, int] = {}  # entity id -> version the shown/saved text belongs to
        self.conflict: EditConflict | None = None
        self.flagged_text: str | None = None
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
        self.pending.refused.connect(self._on_refused)
        self.pending.changed.connect(self._update_mark)

    # --- public --------------------------------------------------------------------------------
    @property
    def key(self) -> Key | None:
        return (self.entity, self.entity_id, self.field) if self.entity_id is not None else None

    def bind(self, entity_id: int | None, value: str) -> None:
        """Show ``value`` (the stored text of ``entity_id``) without saving it back; text of that record
        still waiting to be saved is shown instead of it (and a conflict it met is shown again)."""
        if self.entity_id is not None and entity_id != self.entity_id:
            self.flush()
            old = self.key
            if self.conflict is not None and old is not None:  # unresolved: kept until the record is back
                text = widget_text(self.widget)
                self.pending.hold(old, self.label, text, self._store, self.conflict, self._stored)
        self.entity_id = entity_id
        self._stored = value
        self._note_version(entity_id, self.ctx.versions.get(self.entity, entity_id))
        self._clear_conflict()
        key = self.key
        entry = self.pending.entry(key) if key is not None else None
        self._submitted = entry.text if entry is not None else value
        self._show(self._submitted)
        self.widget.setEnabled(entity_id is not None)
        self._update_mark()
        if entry is not None and isinstance(entry.error, EditConflict):
            self._take_conflict(entry.error)

    def refresh(self, value: str) -> None:
        """The record was read again: show its text unless the user is typing here (then flag it when
        it is someone else's). A read older than this field's own saves is ignored."""
        key = self.key
        if key is None or self.entity_id is None or self.conflict is not None:
            return
        if self.pending.entry(key) is not None:
            return  # this field's own save has not committed: its text stays
        version = self.ctx.versions.get(self.entity, self.entity_id)
        mine = self._versions.get(self.entity_id)
        if version is not None and mine is not None and version < mine:
            return  # the read started before this field's own save
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
        """True until the text shown has really been committed to the database."""
        return self.entity_id is not None and widget_text(self.widget) != self._stored

    def flush(self) -> None:
        """Hand the text over to be saved now if it changed (it stays dirty until that commits). Held
        while a conflict waits for the user: the text stays in the field and in its draft."""
        self._save_timer.stop()
        self._draft_timer.stop()
        key = self.key
        if key is None:
            return
        new = widget_text(self.widget)
        if self.conflict is not None:
            self._write_draft()
            return
        if new == self._submitted:
            return
        self._hand_over(key, new)

    def shown_mine(self) -> str:
        return widget_text(self.widget)

    def shown_theirs(self) -> str:
        theirs = self.conflict.theirs if self.conflict is not None else self.flagged_text
        return theirs if isinstance(theirs, str) else ""

    def keep_mine(self) -> None:
        """Resolve a conflict or flag: save the text in the field (perhaps merged by the user) over
        theirs, naming the version that holds theirs."""
        key = self.key
        if key is None or self.entity_id is None:
            return
        theirs = self.conflict.theirs if self.conflict is not None else self.flagged_text
        if self.conflict is not None:
            self._versions[self.entity_id] = self.conflict.version
        else:
            self._note_version(self.entity_id, self.ctx.versions.get(self.entity, self.entity_id))
        self._clear_conflict()
        if isinstance(theirs, str):
            self._stored = theirs
        self.pending.forget(key)
        self._save_timer.stop()
        self._draft_timer.stop()
        self._hand_over(key, widget_text(self.widget))

    def take_theirs(self) -> None:
        """Resolve a conflict or flag: show and keep their text (the typed text is given up)."""
        key = self.key
        if key is None or self.entity_id is None:
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
        self.pending.forget(key)
        self._stored = self._submitted = theirs
        self._show(theirs)
        drafts = self.ctx.services.drafts
        self.writer.submit(
            ("draft", entity, entity_id, field), lambda: drafts.discard(entity, entity_id, field)
        )

    # --- internals -----------------------------------------------------------------------------
    def _hand_over(self, key: Key, text: str) -> None:
        self._submitted = text
        self.pending.save(key, self.label, text, self._store, base=self._stored)

    def _store(self, entity_id: int, text: str, seen: str | None) -> Any:
        """On the writer's thread: save ``text`` based on the text ``seen`` (None: unknown) and on the
        version known now (a save that committed before it noted the next one)."""

        def save() -> Any:
            return self._save(
                entity_id,
                text,
                expected_version=self._versions.get(entity_id) if seen is not None else None,
                seen={self.field: seen} if seen is not None else None,
            )

        with acting_from(self.ctx.origin):
            result = retry_stale(save)
        version = version_of(result)
        if version is not None:
            self._note_version(entity_id, version)
        return result

    def _note_version(self, entity_id: int | None, version: int | None) -> None:
        if entity_id is not None and version is not None and version > self._versions.get(entity_id, 0):
            self._versions[entity_id] = version

    def _show(self, value: str) -> None:
        self._loading = True
        try:
            set_widget_text(self.widget, value)
        finally:
            self._loading = False

    def _clear_conflict(self) -> None:
        if self.conflict is not None or self.flagged_text is not None:
            self.conflict = None
            self.flagged_text = None
            self.resolved.emit()

    def _take_conflict(self, exc: EditConflict) -> None:
        """The save was refused: the text stays in the field (and its draft) until the user chooses."""
        key = self.key
        if key is not None:
            self.pending.forget(key)
        self._submitted = self._stored  # nothing of the field's text is handed over any more
        self.flagged_text = None
        self.conflict = exc
        self._write_draft()
        self.conflicted.emit(exc)

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
        if self.dirty and self.conflict is None:  # the save deleted the draft; newer text needs one again
            self._write_draft()

    def _on_refused(self, key: object, exc: object) -> None:
        if key == self.key and isinstance(exc, EditConflict) and self.conflict is None:
            self._take_conflict(exc)

    def _on_failed(self, tag: object, exc: object) -> None:
        if isinstance(exc, EditConflict):
            return  # shown by the conflict bar, not as a failure
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
