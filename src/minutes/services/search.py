"""Finding anything: accent-insensitive search over meetings, people, units and everything said or set."""

from __future__ import annotations

from collections.abc import Iterable

from minutes.search.indexer import rebuild
from minutes.search.query import PER_KIND, GroupedResults, SearchResult, parse, run, run_grouped
from minutes.services.base import Service


class SearchService(Service):
    def search(
        self, query: str, kinds: Iterable[str] | None = None, limit: int = 50, *, prefix_last: bool = True
    ) -> list[SearchResult]:
        """The best matches of ``query``, best first (see :mod:`minutes.search.query` for the syntax).

        Safe to call from a worker thread: it opens its own session and returns plain values.
        """
        parsed = parse(query, prefix_last=prefix_last)
        if not parsed:
            return []
        with self.read() as session:
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
    ) -> GroupedResults:
        """Every kind that matches ``query`` with its number of matches (up to ``count_cap``; a kind with
        more is ``capped``) and its best hits (see :func:`minutes.search.query.run_grouped`). Safe from a
        worker thread, like :meth:`search`."""
        parsed = parse(query, prefix_last=prefix_last)
        if not parsed:
            return GroupedResults()
        with self.read() as session:
            return run_grouped(session, parsed, kinds, per_kind, wanted, count_cap)

    def rebuild(self) -> int:
        """Rebuild the whole index from the records; returns how many entries it now holds."""
        return rebuild(self.db.engine)
