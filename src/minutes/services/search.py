"""Finding anything: accent-insensitive search over meetings, people, units and everything said or set."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from minutes.search.cancel import Cancel, Cancelled
from minutes.search.indexer import rebuild
from minutes.search.query import PER_KIND, GroupedResults, SearchResult, parse, run, run_grouped
from minutes.services.base import Service


class SearchService(Service):
    def search(
        self,
        query: str,
        kinds: Iterable[str] | None = None,
        limit: int = 50,
        *,
        prefix_last: bool = True,
        cancel: Cancel | None = None,
    ) -> list[SearchResult]:
        """The best matches of ``query``, best first (see :mod:`minutes.search.query` for the syntax).

        Safe to call from a worker thread: it opens its own session and returns plain values.
        ``cancel``: another thread may stop it (it then raises :class:`~minutes.search.cancel.Cancelled`).
        """
        parsed = parse(query, prefix_last=prefix_last)
        if not parsed:
            return []
        with self.read() as session, _watched(session, cancel):
            return run(session, parsed, kinds, limit)

    def grouped(
        self,
        query: str,
        kinds: Iterable[str] | None = None,
        *,
        per_kind: int = PER_KIND,
        wanted: dict[str, int] | None = None,
        prefix_last: bool = True,
        count_cap: int | None = None,
        cancel: Cancel | None = None,
    ) -> GroupedResults:
        """Every kind that matches ``query`` with its number of matches (up to ``count_cap``; a kind with
        more is ``capped``) and its best hits (see :func:`minutes.search.query.run_grouped`). Safe from a
        worker thread and cancellable, like :meth:`search`."""
        parsed = parse(query, prefix_last=prefix_last)
        if not parsed:
            return GroupedResults()
        with self.read() as session, _watched(session, cancel):
            return run_grouped(session, parsed, kinds, per_kind, wanted, count_cap)

    def rebuild(self) -> int:
        """Rebuild the whole index from the records; returns how many entries it now holds."""
        return rebuild(self.db.engine)


@contextmanager
def _watched(session: Session, cancel: Cancel | None) -> Iterator[None]:
    """While inside, ``cancel`` stops the search: on SQLite it interrupts the statement running on the
    session's connection (the error that follows is :class:`Cancelled`); on every database no further
    statement starts once it is cancelled."""
    if cancel is None:
        yield
        return
    cancel.check()
    connection = session.connection()
    raw = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None

    def before(*_: object) -> None:
        cancel.check()

    event.listen(connection, "before_cursor_execute", before)
    try:
        with cancel.watching(raw):
            yield
    except DBAPIError as exc:
        if cancel.cancelled:
            raise Cancelled from exc
        raise
    finally:
        event.remove(connection, "before_cursor_execute", before)
    cancel.check()
