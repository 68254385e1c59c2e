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

import heapq
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from minutes.search.entries import KINDS

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


def kind_token(kind: str) -> str:
    """The token ``search_fts.kind`` holds for ``kind`` (migration 0016)."""
    return "zz" + kind.replace("_", "")


def text_match(match: str, kinds: Sequence[str] | None = None) -> str:
    """A ``search_fts`` MATCH expression: ``match`` in the text (never in the kind column), of ``kinds``."""
    expression = f"folded : ({match})"
    if kinds:
        expression += " AND kind : (" + " OR ".join(kind_token(k) for k in kinds) + ")"
    return expression


def _sqlite(
    db: Session | Connection,
    match: str,
    kinds: Sequence[str] | None,
    cap: int,
    titles: bool = False,
    template: str = _SQLITE,
) -> list[Any]:
    if titles:  # search_titles has no kind column: the kinds from the table
        fts, join = "search_titles", "JOIN search_entries k ON k.id = search_titles.rowid" if kinds else ""
        where = "AND k.kind IN :kinds" if kinds else ""
        params: dict[str, Any] = {"match": match, "cap": cap, **({"kinds": list(kinds)} if kinds else {})}
        stmt = _statement(template.format(fts=fts, join=join, where=where), kinds)
    else:
        params = {"match": text_match(match, kinds), "cap": cap}
        stmt = text(template.format(fts="search_fts", join="", where=""))
    return list(db.execute(stmt, params).all())


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


# PostgreSQL, for the search's transaction: no JIT compilation (a statement over many matches is costed
# above ``jit_above_cost`` and compiled for 20-25 ms before it runs, more than a search may take) and
# ``work_mem`` large enough for an exact bitmap (no lossy pages to recheck) and for sorting a common
# word's matches by kind in memory (4 MB spilled 250,000 matches to disk).
_TUNE = "SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true)"


def tune_postgres(db: Session | Connection) -> None:
    """Set the search's settings for the rest of the transaction (see ``_TUNE``)."""
    db.execute(text(_TUNE))


def _fetch_postgres(
    db: Session | Connection, query: Any, kinds: Sequence[str] | None, cap: int, enough: int
) -> list[Any]:
    """The newest WINDOW rows by primary key first; the GIN index only if they hold too few matches.

    Past the window, the word being typed is matched as a whole word: a prefix makes GIN collect every
    completion's list (over a second for "sa" on a million rows). An explicit ``word*`` stays a prefix.
    """
    tune_postgres(db)
    top = db.execute(text("SELECT max(id) FROM search_entries")).scalar()
    if top is None:
        return []
    floor = int(top) - WINDOW
    rows = _postgres(db, query.tsquery(), kinds, cap, "AND id > :floor", scan=True, floor=floor)
    if floor <= 0 or len(rows) >= enough:
        return rows  # all rows were in the window, or it holds a page of results
    older = query.whole_words(typing_only=True)
    rows += _postgres(db, older.tsquery(), kinds, cap - len(rows), "AND id <= :floor", floor=floor)
    if len(rows) < cap:
        return rows
    return _with_titles(rows, _postgres(db, older.tsquery(), kinds, TITLE_CANDIDATES, titles=True))


# SQLite: each kind's matches from the index alone (``kind : zz...``, migration 0016), newest first,
# stopping after the cap: no row of search_entries is read to learn a match's kind.
_KIND_SQLITE = """
SELECT rowid FROM search_fts WHERE search_fts MATCH :match ORDER BY rowid DESC LIMIT :n
"""
# PostgreSQL: every match's kind is read in one pass (a GIN index answers with a bitmap of every match
# and cannot stop at a cap; a partial GIN index per kind, tried, was slower: eleven bitmaps, and a word
# being typed (``nam:*``) made each of them collect every completion's list). The newest ``cap`` ids of
# each kind are kept in the same pass, and the counts are cut at the cap as on SQLite.
_BY_KIND_POSTGRES = """
SELECT id, kind, n FROM (
    SELECT id, kind,
           row_number() OVER (PARTITION BY kind ORDER BY id DESC) AS rn,
           count(*) OVER (PARTITION BY kind) AS n
    FROM search_entries
    WHERE search_vector @@ to_tsquery('simple', :match) {where}
) AS c WHERE rn <= :cap
"""


@dataclass
class KindCounts:
    """What :func:`by_kind` found: each kind's matches counted up to the cap, the kinds with more."""

    counts: dict[str, int] = field(default_factory=dict)
    capped: set[str] = field(default_factory=set)
    newest: dict[str, list[int]] = field(default_factory=dict)  # the newest ``cap`` ids of each kind


def by_kind(
    db: Session | Connection,
    dialect: str,
    query: Any,
    kinds: Sequence[str] | None,
    cap: int,
    limit: int,
) -> KindCounts:
    """How many entries of each kind match ``query``, counted up to ``limit`` (a kind with more is in
    ``capped``), and the newest ``cap`` ids of each kind (ids and kinds only, no text).

    SQLite reads at most ``limit + 1`` matches of each kind from the index, however many there are: a
    common word is not counted to the end. PostgreSQL still reads every match once (see above). The
    grouped search on SQLite reads the same in one statement with its candidates: :func:`grouped_sqlite`."""
    result = KindCounts()
    if dialect != "sqlite":
        tune_postgres(db)
        where = "AND kind IN :kinds" if kinds else ""
        params: dict[str, Any] = {
            "match": query.tsquery(),
            "cap": cap,
            **({"kinds": list(kinds)} if kinds else {}),
        }
        for row in db.execute(_statement(_BY_KIND_POSTGRES.format(where=where), kinds), params):
            result.counts[row.kind] = min(int(row.n), limit)
            if int(row.n) > limit:
                result.capped.add(row.kind)
            result.newest.setdefault(row.kind, []).append(int(row.id))
        for ids in result.newest.values():
            ids.sort(reverse=True)
        return result
    found = _by_kind_sqlite(db, query, list(kinds) if kinds else list(KINDS), limit)
    for kind, ids in found.items():
        result.counts[kind] = min(len(ids), limit)
        if len(ids) > limit:
            result.capped.add(kind)
        result.newest[kind] = ids[:cap]
    return result


# The words of the index that begin with :prefix (fts5vocab, migration 0016). fts5vocab counts the rows of
# each word it lists by reading the word's whole list (250,000 rows for "phuong": 15-20 ms), so the range
# starts just past the prefix itself (``_PAST``: tokens are letters and digits, never this character): only
# the longer words are listed, which are rare; the prefix as a word is always spelled out (a word the index
# does not hold matches nothing, as the prefix would not have matched it).
_COMPLETIONS = "SELECT term FROM search_vocab WHERE term >= :prefix AND term < :beyond ORDER BY term LIMIT :n"
_PAST = "\x01"
#: A prefix with more completions than this stays a prefix.
MAX_COMPLETIONS = 30


def spelled_out(db: Session | Connection, query: Any) -> str:
    """The FTS5 expression of ``query``, each prefix longer than the prefix lists written as the words
    of the index it begins (``"phuong"`` or ``"phuongs"``): the same matches, read lazily, where FTS5
    would first merge the whole list of every such word for each statement."""
    parts = []
    for term in query.terms:
        last = term.tokens[-1]
        if term.prefix and len(last) > INDEXED_PREFIX:
            params = {"prefix": last + _PAST, "beyond": last + "\U0010ffff", "n": MAX_COMPLETIONS}
            longer = [
                str(w) for w in db.execute(text(_COMPLETIONS), params).scalars() if str(w).startswith(last)
            ]
            if len(longer) < MAX_COMPLETIONS:
                words = [last, *longer]
                head = term.tokens[:-1]
                phrases = ['"' + " ".join((*head, w)).replace('"', '""') + '"' for w in words]
                parts.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
                continue
        phrase = '"' + " ".join(term.tokens).replace('"', '""') + '"'
        parts.append(phrase + (" *" if term.prefix else ""))
    return " AND ".join(parts)


def _by_kind_sqlite(
    db: Session | Connection, query: Any, chosen: list[str], limit: int
) -> dict[str, list[int]]:
    """Matching ids of each kind, newest first, at most ``limit + 1`` of each."""
    match = spelled_out(db, query)
    found: dict[str, list[int]] = {}
    for kind in chosen:
        params = {"match": text_match(match, [kind]), "n": limit + 1}
        ids = [int(i) for i in db.execute(text(_KIND_SQLITE), params).scalars()]
        if ids:
            found[kind] = ids
    return found


def _with_titles(rows: list[Any], titles: list[Any]) -> list[Any]:
    seen = {row.id for row in rows}
    return rows + [row for row in titles if row.id not in seen]


# --- SQLite: the grouped search's counts and candidates in two statements ----------------------------

# One row per kind: how many of its newest matches were read (at most :walk) and their ids, from the
# index alone, as _KIND_SQLITE reads them. Aggregated in SQL so that the thousands of ids read for the
# counts come back as one string per kind, not one row each.
_KIND_BRANCH = (
    "SELECT :k{i} AS kind, count(*) AS n, group_concat(id) AS ids FROM (SELECT rowid AS id FROM search_fts "
    "WHERE search_fts MATCH :m{i} ORDER BY rowid DESC LIMIT :walk)"
)
# The search keys of the rows to rank, their ids given as one JSON array (one statement, whatever the
# number of ids: an expanding IN list is compiled anew for each count of ids).
_KEYS_SQLITE = text(
    "SELECT id, kind, folded_title, folded FROM search_entries WHERE id IN (SELECT value FROM json_each(:ids))"
)
# The ids of the candidates of :func:`fetch` (their keys are read once, with the others: _KEYS_SQLITE).
_SQLITE_IDS = """
SELECT {fts}.rowid AS id FROM {fts} {join}
WHERE {fts} MATCH :match {where} ORDER BY {fts}.rowid DESC LIMIT :cap
"""


@lru_cache(maxsize=16)
def _kinds_statement(count: int) -> Any:
    return text(" UNION ALL ".join(_KIND_BRANCH.format(i=i) for i in range(count)))


def _sqlite_ids(
    db: Session | Connection, match: str, kinds: Sequence[str] | None, cap: int, titles: bool = False
) -> list[int]:
    """The ids :func:`_sqlite` would give."""
    return [int(row.id) for row in _sqlite(db, match, kinds, cap, titles, template=_SQLITE_IDS)]


def grouped_sqlite(
    db: Session | Connection, query: Any, kinds: Sequence[str] | None, cap: int, limit: int
) -> tuple[KindCounts, list[Any]]:
    """SQLite: what :func:`by_kind` (``cap``, ``limit``) and :func:`fetch` (:data:`CANDIDATES`) give a
    grouped search, without a statement per kind and a second walk of the index: the counts per kind,
    and the rows to rank (id, kind, folded_title, folded): each kind's newest ``cap`` matches (of those
    counted), the newest :data:`CANDIDATES` of all kinds and, when there are that many, the newest title
    hits.

    The newest matches of all kinds are the newest among each kind's newest (each kind is read to at
    least :data:`CANDIDATES`), so they need no walk of their own. Only where :func:`fetch` would answer
    with whole words (a typed prefix longer than the prefix lists, whole words filling the candidates)
    are those read as it reads them. The keys of every row to rank are read in one statement at the end
    (the walks before it read ids only)."""
    chosen = list(kinds) if kinds else list(KINDS)
    mixed_ids: list[int] | None = None
    if any(t.prefix and len(t.tokens[-1]) > INDEXED_PREFIX for t in query.terms):
        whole = query.whole_words().fts5()
        ids = _sqlite_ids(db, whole, kinds, CANDIDATES)
        if len(ids) >= CANDIDATES:
            mixed_ids = ids + _sqlite_ids(db, whole, kinds, TITLE_CANDIDATES, titles=True)
    match = spelled_out(db, query)
    params: dict[str, Any] = {"walk": max(limit + 1, CANDIDATES)}
    for i, kind in enumerate(chosen):
        params[f"k{i}"] = kind
        params[f"m{i}"] = text_match(match, [kind])
    found = KindCounts()
    newest = min(cap, limit + 1)  # as by_kind: a kind's newest are among those it counted
    read: list[list[int]] = []
    for row in db.execute(_kinds_statement(len(chosen)), params).all():
        if not row.n:
            continue
        ids = sorted(map(int, str(row.ids).split(",")), reverse=True)  # read newest first: no reordering
        found.counts[row.kind] = min(len(ids), limit)
        if len(ids) > limit:
            found.capped.add(row.kind)
        found.newest[row.kind] = ids[:newest]
        read.append(ids)
    if not found.counts:
        return found, []  # nothing matches: nothing to rank
    wanted = {i for ids in found.newest.values() for i in ids}
    if mixed_ids is None:
        mixed = list(islice(heapq.merge(*read, reverse=True), CANDIDATES))
        wanted.update(mixed)
        if len(mixed) >= CANDIDATES:  # as many matches as candidates: the older title hits too
            wanted.update(_sqlite_ids(db, query.fts5(), kinds, TITLE_CANDIDATES, titles=True))
    else:
        wanted.update(mixed_ids)
    return found, list(db.execute(_KEYS_SQLITE, {"ids": json.dumps(sorted(wanted))}).all())
