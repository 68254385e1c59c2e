"""Accent-insensitive full-text search over everything the minutes hold.

One row per searchable record in ``search_entries`` (title, body, and their folds), indexed by SQLite
FTS5 or by a PostgreSQL tsvector; :mod:`minutes.search.indexer` keeps it in step with every flush,
:mod:`minutes.search.query` parses what the user typed and runs it. No Qt here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minutes.search.entries import KINDS, Kind

if TYPE_CHECKING:
    from minutes.search.query import (
        GroupedResults,
        KindGroup,
        ParsedQuery,
        SearchResult,
        group_by_kind,
        parse,
    )


def __getattr__(name: str) -> Any:  # the query side loads with the first search, not with the indexer
    if name in ("GroupedResults", "KindGroup", "ParsedQuery", "SearchResult", "group_by_kind", "parse"):
        from minutes.search import query

        return getattr(query, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "KINDS",
    "GroupedResults",
    "Kind",
    "KindGroup",
    "ParsedQuery",
    "SearchResult",
    "group_by_kind",
    "parse",
]
