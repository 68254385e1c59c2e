"""Which rows get ranked: the newest matches of a query, read from the index without ranking them.

Ranking every match is what costs on a million rows (see :mod:`minutes.search.rank`), so the index is
asked only for the newest ``cap`` matches, and, when there are more matches than that, for the newest
matches in a title too, so that an older title hit is still ranked.

SQLite: FTS5 reads its lists lazily in rowid order and stops at the limit. PostgreSQL: a GIN index
answers with a bitmap of every match, which costs what the number of matches costs (0.1-1 s for a word
in a third of a million rows); the newest ``WINDOW`` rows are therefore read first by primary key, and
the GIN index is asked only when they do not hold enough matches to fill the page of results (rarer
words, cheaper on GIN). Measured figures: benchmarks/bench_search.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# How many of the newest matches are ranked (any field; the title). A query matching more ranks only
# the newest of them.
CANDIDATES = 500
TITLE_CANDIDATES = 100
# Prefixes up to this length have their own lists in the FTS5 index (migration 0002: prefix='2 3 4').
INDEXED_PREFIX = 4
# PostgreSQL: how many of the newest rows are scanned by primary key before the GIN index is used.
WINDOW = 5000

_SQLITE = """
SELECT e.id, e.folded_title, e.folded FROM (
    SELECT {fts}.rowid AS id FROM {fts} {join}
    WHERE {fts} MATCH :match {where} ORDER BY {fts}.rowid DESC LIMIT :cap
) AS c JOIN search_entries e ON e.id = c.id
"""
_POSTGRES = """
SELECT id, folded_title, folded FROM search_entries
WHERE {match} {where} ORDER BY id DESC LIMIT :cap
"""
_GIN = "search_vector @@ to_tsquery('simple', :match)"
# The title's own words (migration 0014's index): asking search_vector for ``:A`` lexemes would read
# and recheck every row holding the words anywhere, since a GIN index does not keep the weights.
_TITLE_GIN = "to_tsvector('simple'::regconfig, folded_title) @@ to_tsquery('simple', :match)"
# The same test, written so the planner cannot use the GIN index: it reads the window by primary key,
# newest first, and stops at the limit (the GIN index would first collect every match of the table).
_SCAN = "(search_vector @@ to_tsquery('simple', :match)) IS TRUE"


def _statement(sql: str, kinds: Sequence[str] | None) -> Any:
    stmt = text(sql)
    return stmt.bindparams(bindparam("kinds", expanding=True)) if kinds else stmt


def _sqlite(
    db: Session | Connection, match: str, kinds: Sequence[str] | None, cap: int, titles: bool = False
) -> list[Any]:
    fts = "search_titles" if titles else "search_fts"
    join = f"JOIN search_entries k ON k.id = {fts}.rowid" if kinds else ""
    where = "AND k.kind IN :kinds" if kinds else ""
    params: dict[str, Any] = {"match": match, "cap": cap, **({"kinds": list(kinds)} if kinds else {})}
    return list(db.execute(_statement(_SQLITE.format(fts=fts, join=join, where=where), kinds), params).all())


def _postgres(
    db: Session | Connection,
    match: str,
    kinds: Sequence[str] | None,
    cap: int,
    where: str = "",
    *,
    scan: bool = False,
    titles: bool = False,
    **extra: Any,
) -> list[Any]:
    condition = ("AND kind IN :kinds " if kinds else "") + where
    params: dict[str, Any] = {
        "match": match,
        "cap": cap,
        **extra,
        **({"kinds": list(kinds)} if kinds else {}),
    }
    sql = _POSTGRES.format(match=_SCAN if scan else _TITLE_GIN if titles else _GIN, where=condition)
    return list(db.execute(_statement(sql, kinds), params).all())


def fetch(
    db: Session | Connection, dialect: str, query: Any, kinds: Sequence[str] | None, cap: int, enough: int
) -> list[Any]:
    """Candidates (id, folded_title, folded) of ``query`` (a :class:`~minutes.search.query.ParsedQuery`):
    the newest matches, then any older title hits. ``enough``: how many results will be shown."""
    if dialect == "sqlite":
        return _fetch_sqlite(db, query, kinds, cap)
    return _fetch_postgres(db, query, kinds, cap, enough)


def _fetch_sqlite(db: Session | Connection, query: Any, kinds: Sequence[str] | None, cap: int) -> list[Any]:
    if any(t.prefix and len(t.tokens[-1]) > INDEXED_PREFIX for t in query.terms):
        # Whole words first: a prefix longer than the prefix lists makes FTS5 merge the list of every
        # word that starts with it, while whole words are read lazily. If whole words alone fill the
        # candidates, the prefix would change nothing but the cost (a common word being typed).
        whole = query.whole_words().fts5()
        rows = _sqlite(db, whole, kinds, cap)
        if len(rows) >= cap:
            return _with_titles(rows, _sqlite(db, whole, kinds, TITLE_CANDIDATES, titles=True))
    rows = _sqlite(db, query.fts5(), kinds, cap)
    if len(rows) < cap:
        return rows  # every match is there
    return _with_titles(rows, _sqlite(db, query.fts5(), kinds, TITLE_CANDIDATES, titles=True))


def _fetch_postgres(
    db: Session | Connection, query: Any, kinds: Sequence[str] | None, cap: int, enough: int
) -> list[Any]:
    """The newest WINDOW rows by primary key first; the GIN index only if they hold too few matches.

    Past the window, the word being typed is matched as a whole word: a prefix makes GIN collect every
    completion's list (over a second for "sa" on a million rows). An explicit ``word*`` stays a prefix.
    """
    top = db.execute(text("SELECT max(id) FROM search_entries")).scalar()
    if top is None:
        return []
    floor = int(top) - WINDOW
    rows = _postgres(db, query.tsquery(), kinds, cap, "AND id > :floor", scan=True, floor=floor)
    if floor <= 0 or len(rows) >= enough:
        return rows  # all rows were in the window, or it holds a page of results
    db.execute(text("SET LOCAL work_mem = '32MB'"))  # an exact bitmap: no lossy pages to recheck
    older = query.whole_words(typing_only=True)
    rows += _postgres(db, older.tsquery(), kinds, cap - len(rows), "AND id <= :floor", floor=floor)
    if len(rows) < cap:
        return rows
    return _with_titles(rows, _postgres(db, older.tsquery(), kinds, TITLE_CANDIDATES, titles=True))


# Every match's kind is read to count them (the real total per kind, not the shown ones), and the
# newest ``cap`` ids of each kind are kept in the same pass: a kind whose matches are all older than
# the newest matches of another kind (a unit among thousands of contributions) is still ranked.
_BY_KIND_SQLITE = """
SELECT id, kind, n FROM (
    SELECT e.id AS id, e.kind AS kind,
           row_number() OVER (PARTITION BY e.kind ORDER BY e.id DESC) AS rn,
           count(*) OVER (PARTITION BY e.kind) AS n
    FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
    WHERE search_fts MATCH :match {where}
) AS c WHERE rn <= :cap
"""
_BY_KIND_POSTGRES = """
SELECT id, kind, n FROM (
    SELECT id, kind,
           row_number() OVER (PARTITION BY kind ORDER BY id DESC) AS rn,
           count(*) OVER (PARTITION BY kind) AS n
    FROM search_entries
    WHERE search_vector @@ to_tsquery('simple', :match) {where}
) AS c WHERE rn <= :cap
"""


def by_kind(
    db: Session | Connection, dialect: str, query: Any, kinds: Sequence[str] | None, cap: int
) -> tuple[dict[str, int], dict[str, list[int]]]:
    """(how many entries of each kind match ``query``, the newest ``cap`` ids of each kind), from the
    index in one pass over the matches (ids and kinds only, no text)."""
    if dialect == "sqlite":
        sql, match, where = _BY_KIND_SQLITE, query.fts5(), "AND e.kind IN :kinds" if kinds else ""
    else:
        sql, match, where = _BY_KIND_POSTGRES, query.tsquery(), "AND kind IN :kinds" if kinds else ""
    params: dict[str, Any] = {"match": match, "cap": cap, **({"kinds": list(kinds)} if kinds else {})}
    counts: dict[str, int] = {}
    newest: dict[str, list[int]] = {}
    for row in db.execute(_statement(sql.format(where=where), kinds), params):
        counts[row.kind] = int(row.n)
        newest.setdefault(row.kind, []).append(int(row.id))
    return counts, newest


def _with_titles(rows: list[Any], titles: list[Any]) -> list[Any]:
    seen = {row.id for row in rows}
    return rows + [row for row in titles if row.id not in seen]
