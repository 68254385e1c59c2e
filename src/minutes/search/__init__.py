"""Accent-insensitive full-text search over everything the minutes hold.

One row per searchable record in ``search_entries`` (title, body, and their folds), indexed by SQLite
FTS5 or by a PostgreSQL tsvector; :mod:`minutes.search.indexer` keeps it in step with every flush,
:mod:`minutes.search.query` parses what the user typed and runs it. No Qt here.
"""

from __future__ import annotations

from minutes.search.entries import KINDS, Kind
from minutes.search.query import (
    GroupedResults,
    KindGroup,
    ParsedQuery,
    SearchResult,
    group_by_kind,
    parse,
)

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
