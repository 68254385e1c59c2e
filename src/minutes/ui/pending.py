"""Field saves that have not committed yet, kept and retried until they do.

A :class:`~minutes.ui.autosave.FieldSaver` hands each text to :meth:`PendingSaves.save`. The text is
"pending" from then until the background writer reports that its transaction committed; only then is it
forgotten here (and the field is clean). A save that fails because of the database (a lock held too long,
a full disk, a read-only file) is retried with back-off (0.5 s, 1 s, 2 s ... at most 8 s) with the latest
text of the field, so when the fault clears what was typed is saved without retyping, even when the user
has gone on to another meeting. Meanwhile the text is kept in the draft spool (:mod:`minutes.draft_spool`)
so a crash loses nothing. A save refused for another reason (a conflict, a rule of the data) waits for
the next change or :meth:`retry_now`.

:attr:`changed` tells the status bar and the field markers; :meth:`overdue` names what is not saved yet.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from minutes.db.faults import is_database_error
from minutes.draft_spool import DraftSpool, Key
from minutes.errors import (
    ConflictError,
    DatabaseBusy,
    DatabaseDiskError,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseRefused,
    DatabaseUnavailable,
)

if TYPE_CHECKING:
    from minutes.ui.writer import BackgroundWriter

#: ``store(entity_id, text, seen)``: ``seen`` is the text the record held as far as the field knew
#: (None: unknown), for the version check of minutes.services.versions.
Store = Callable[[int, str, str | None], Any]

#: Faults that go away by themselves or when someone frees space or releases a lock: retried.
TRANSIENT = (
    DatabaseBusy,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseDiskError,
    DatabaseUnavailable,
    DatabaseRefused,
)

#: A save still running after this long is shown as not saved yet (it waits for a lock).
SLOW_SECONDS = 1.5
FIRST_RETRY = 0.5
LONGEST_RETRY = 8.0

_seq = itertools.count(1)


def next_seq() -> int:
    return next(_seq)


@dataclass
class Pending:
    key: Key
    label: str
    text: str
    seq: int
    store: Store
    base: str | None = None  # the text the record holds as far as we know (the save's "seen")
    inflight: int | None = None  # the change being written now
    started: float = 0.0
    error: BaseException | None = None
    attempts: int = 0
    retry_at: float | None = None

    def overdue(self, now: float) -> bool:
        return self.error is not None or (self.inflight is not None and now - self.started > SLOW_SECONDS)


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT) or is_database_error(exc)


class PendingSaves(QObject):
    changed = Signal()  # something became pending, failed, was retried or committed
    committed = Signal(object, str)  # (key, text): the database holds this text now
    refused = Signal(object, object)  # (key, exception): not a fault of the database; not retried

    def __init__(self, writer: BackgroundWriter) -> None:
        super().__init__(writer)
        self.writer = writer
        self.spool: DraftSpool | None = None
        self._entries: dict[Key, Pending] = {}
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._retry_due)
        self._watch = QTimer(self, interval=500)  # a save waiting for a lock becomes "not saved yet"
        self._watch.timeout.connect(self._check_slow)
        self._slow_shown = False
        self._stopped = False

    # --- what the fields call ------------------------------------------------------------------
    def save(self, key: Key, label: str, text: str, store: Store, *, base: str | None = None) -> int:
        """Store ``text`` as the value of ``key``, based on ``base`` (the text the record held when the
        user began, unless a save of it is already pending); returns the change's number."""
        seq = next_seq()
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = Pending(key, label, text, seq, store, base)
        else:
            entry.label, entry.text, entry.seq, entry.store = label, text, seq, store
        if entry.error is not None and self.spool is not None:
            self.spool.put(key, text, seq)  # still failing: keep the newest text safe meanwhile
        if entry.inflight is None and entry.retry_at is None:
            self._submit(entry)
        self.changed.emit()
        return seq

    def text_for(self, key: Key) -> str | None:
        entry = self._entries.get(key)
        return entry.text if entry is not None else None

    def entry(self, key: Key) -> Pending | None:
        return self._entries.get(key)

    def entries(self) -> list[Pending]:
        return list(self._entries.values())

    def overdue(self) -> list[Pending]:
        now = time.monotonic()
        return [e for e in self._entries.values() if e.overdue(now)]

    def failing(self, key: Key) -> bool:
        entry = self._entries.get(key)
        return entry is not None and entry.overdue(time.monotonic())

    def hold(
        self, key: Key, label: str, text: str, store: Store, exc: BaseException, base: str | None
    ) -> None:
        """Keep ``text`` refused by ``exc`` (a conflict the user has not resolved) while its field shows
        another record: not retried, named as not saved, shown again when the field shows the record."""
        seq = next_seq()
        self._entries[key] = Pending(key, label, text, seq, store, base, error=exc)
        if self.spool is not None:
            self.spool.put(key, text, seq)
        self.changed.emit()

    def forget(self, key: Key) -> None:
        """The field took the text back (a conflict the user resolves): no more saves of it from here."""
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        if self.spool is not None:
            self.spool.discard(key, entry.seq)
        self._schedule()
        self.changed.emit()

    def retry_now(self) -> None:
        for entry in self._entries.values():
            if entry.inflight is None and not isinstance(entry.error, ConflictError):
                entry.retry_at = None
                self._submit(entry)

    def stop(self) -> None:
        """At close: no more retries (the spool keeps what is still pending)."""
        self._stopped = True
        self._timer.stop()
        self._watch.stop()
        if self.spool is not None:
            for entry in self._entries.values():
                self.spool.put(entry.key, entry.text, entry.seq)
            self.spool.close()

    # --- the writer's answers ------------------------------------------------------------------
    def _submit(self, entry: Pending) -> None:
        key, seq, text, store, base = entry.key, entry.seq, entry.text, entry.store, entry.base
        entry.inflight, entry.started = seq, time.monotonic()
        if not self._watch.isActive() and not self._stopped:
            self._watch.start()
        self.writer.submit(
            ("save", *key),
            lambda: store(key[1], text, base),
            done=lambda _result: self._done(key, seq, text),
            failed=lambda exc: self._failed(key, seq, exc),
        )

    def _done(self, key: Key, seq: int, text: str) -> None:
        entry = self._entries.get(key)
        if self.spool is not None:
            self.spool.discard(key, seq)
        if entry is None:
            return
        entry.inflight, entry.error, entry.attempts, entry.retry_at = None, None, 0, None
        entry.base = text
        if entry.seq == seq:
            del self._entries[key]
        elif not self._stopped:
            self._submit(entry)  # typed on meanwhile: store the newer text at once
        self.committed.emit(key, text)
        self.changed.emit()

    def _failed(self, key: Key, seq: int, exc: BaseException) -> None:
        entry = self._entries.get(key)
        if entry is None:
            return
        entry.inflight, entry.error = None, exc
        if self.spool is not None:
            self.spool.put(key, entry.text, entry.seq)
        if is_transient(exc) and not self._stopped:
            entry.attempts += 1
            delay = min(FIRST_RETRY * 2 ** (entry.attempts - 1), LONGEST_RETRY)
            entry.retry_at = time.monotonic() + delay
            self._schedule()
        else:
            entry.retry_at = None  # the next change (or retry_now) tries again
            self.refused.emit(key, exc)
        self.changed.emit()

    def _schedule(self) -> None:
        due = [e.retry_at for e in self._entries.values() if e.retry_at is not None]
        if due:
            self._timer.start(max(0, int((min(due) - time.monotonic()) * 1000)))

    def _retry_due(self) -> None:
        now = time.monotonic()
        for entry in list(self._entries.values()):
            if entry.retry_at is not None and entry.retry_at <= now and entry.inflight is None:
                entry.retry_at = None
                self._submit(entry)
        self._schedule()

    def _check_slow(self) -> None:
        slow = bool(self.overdue())
        if slow != self._slow_shown:
            self._slow_shown = slow
            self.changed.emit()
        if not self._entries:
            self._watch.stop()
