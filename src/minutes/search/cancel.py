"""Stopping a search nobody waits for any more (the user typed on): a token the GUI thread sets.

A search that runs in a worker thread is given a :class:`Cancel`; :meth:`Cancel.cancel`, called from any
thread, marks it and, on SQLite, interrupts the statement running on the search's connection
(``sqlite3.Connection.interrupt``, documented as safe to call from another thread; an interrupted
statement fails with "interrupted" and the connection stays usable). The search then raises
:class:`Cancelled`, whose answer is dropped by the caller. A connection is interrupted only while the
search holds it (:meth:`Cancel.watching`), never after it went back to the pool. No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Cancelled(Exception):
    """The search was cancelled before it finished; nobody shows its answer."""


class Cancel:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._connection: Any = None  # the DB-API connection while the search holds it

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop the search (from any thread): its running statement, if any, is interrupted."""
        with self._lock:
            self._cancelled = True
            interrupt = getattr(self._connection, "interrupt", None)
            if interrupt is not None:
                interrupt()

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled

    @contextmanager
    def watching(self, connection: Any) -> Iterator[None]:
        """While inside, :meth:`cancel` interrupts ``connection`` (a DB-API connection with an
        ``interrupt()`` method, i.e. sqlite3's; others are only marked)."""
        with self._lock:
            if self._cancelled:
                raise Cancelled
            self._connection = connection
        try:
            yield
        finally:
            with self._lock:
                self._connection = None
