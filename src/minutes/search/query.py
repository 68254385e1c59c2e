"""What the user typed, as a query, run on SQLite FTS5 or on a PostgreSQL tsvector.

Syntax: words must all match, each as a whole word; ``word*`` matches words starting with ``word``; the
last word is also a prefix while the user is still typing it (no space after it yet); ``"quoted words"``
must appear together in that order. Everything is folded with :func:`minutes.domain.text.fold` first,
so "giai phong mat bang" and "giải phóng mặt bằng" are the same query, and "dinh" finds "ĐỊNH".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from minutes.domain.text import fold
from minutes.search.entries import KINDS, tokens
from minutes.search.rank import needles, score
from minutes.search.snippet import highlight, snippet

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})
_PART = re.compile(r'"([^"]*)("?)(\*?)|([^\s"]+)')

# A prefix needs this many letters: a one-letter prefix matches nearly every row.
MIN_PREFIX = 2


@dataclass(frozen=True)
class Term:
    """One required match: a word (one token) or a phrase (several, in order); ``prefix`` on the last."""

    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)

    def whole_words(self) -> ParsedQuery:
        """The same query with every prefix taken as a whole word."""
        return ParsedQuery(tuple(Term(t.tokens) for t in self.terms))

    def fts5(self) -> str:
        """The FTS5 MATCH expression."""
        parts = []
        for term in self.terms:
            phrase = '"' + " ".join(term.tokens).replace('"', '""') + '"'
            parts.append(phrase + (" *" if term.prefix else ""))
        return " AND ".join(parts)

    def tsquery(self, weight: str = "") -> str:
        """The PostgreSQL ``to_tsquery`` text (simple configuration); ``weight="A"``: in the title."""
        parts = []
        for term in self.terms:
            last = len(term.tokens) - 1
            lexemes = [
                "'" + token.replace("'", "''") + "'" + _label("*" if term.prefix and i == last else "", weight)
                for i, token in enumerate(term.tokens)
            ]
            parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
        return " & ".join(parts)


def _label(star: str, weight: str) -> str:
    return f":{star}{weight}" if star or weight else ""


def parse(query: str, *, prefix_last: bool = True) -> ParsedQuery:
    """Parse what the user typed. ``prefix_last``: the last word, not followed by a space, is a prefix."""
    folded = fold(query.translate(_QUOTES))
    parts = list(_PART.finditer(folded))
    typing = prefix_last and bool(folded) and not folded[-1].isspace()
    terms: list[Term] = []
    short: list[Term] = []  # one-letter prefixes: kept as whole words only if nothing else was typed
    for index, part in enumerate(parts):
        at_end = typing and index == len(parts) - 1
        if part.group(4) is not None:
            word = part.group(4)
            found = tuple(tokens(word))
            prefix = word.endswith("*") or at_end
        else:
            found = tuple(tokens(part.group(1)))
            closed = bool(part.group(2))
            prefix = bool(part.group(3)) or (at_end and not closed)
        if found and prefix and len(found[-1]) < MIN_PREFIX:
            if len(found) == 1:
                short.append(Term(found))
                continue
            found, prefix = found[:-1], False
        if found:
            term = Term(found, prefix)
            if term not in terms:
                terms.append(term)
    if not terms:
        terms = list(dict.fromkeys(short))
    return ParsedQuery(tuple(terms))


@dataclass(frozen=True)
class SearchResult:
    """One hit: what it is, where it lives, how to show it. ``rank``: higher is better."""

    kind: str
    entity_id: int
    meeting_id: int | None
    task_id: int | None
    title: str
    snippet_html: str
    rank: float
    title_html: str = ""
    meeting_title: str = ""
    meeting_date: date | None = None
    task_text: str = ""


# How many of the newest matches are ranked (any field; the title). A query matching more ranks only
# the newest of them: fetching and ranking every match of a common word is what costs.
CANDIDATES = 500
TITLE_CANDIDATES = 100
# Prefixes up to this length have their own lists in the FTS5 index (migration 0002: prefix='2 3 4').
INDEXED_PREFIX = 4

_SQLITE_CANDIDATES = """
SELECT e.id, e.folded_title, e.folded FROM (
    SELECT {fts}.rowid AS id FROM {fts} {join}
    WHERE {fts} MATCH :match {where} ORDER BY {fts}.rowid DESC LIMIT :cap
) AS c JOIN search_entries e ON e.id = c.id
"""
_POSTGRES_CANDIDATES = """
SELECT id, folded_title, folded FROM search_entries
WHERE search_vector @@ to_tsquery('simple', :match) {where} ORDER BY id DESC LIMIT :cap
"""
_DETAILS = text("""
SELECT e.id, e.kind, e.entity_id, e.meeting_id, e.task_id, e.title, e.body,
       mt.title AS meeting_title, mt.meeting_date AS meeting_date, t.text AS task_text
FROM search_entries e
LEFT JOIN meetings mt ON mt.id = e.meeting_id
LEFT JOIN tasks t ON t.id = e.task_id
WHERE e.id IN :ids
""").bindparams(bindparam("ids", expanding=True)).columns(meeting_date=Date)


def _candidates(dialect: str, kinds: Sequence[str] | None, titles: bool) -> Any:
    if dialect == "sqlite":
        fts = "search_titles" if titles else "search_fts"
        join = f"JOIN search_entries k ON k.id = {fts}.rowid" if kinds else ""
        where = "AND k.kind IN :kinds" if kinds else ""
        stmt = text(_SQLITE_CANDIDATES.format(fts=fts, join=join, where=where))
    else:
        stmt = text(_POSTGRES_CANDIDATES.format(where="AND kind IN :kinds" if kinds else ""))
    return stmt.bindparams(bindparam("kinds", expanding=True)) if kinds else stmt


def run(
    db: Session | Connection,
    query: ParsedQuery,
    kinds: Iterable[str] | None = None,
    limit: int = 50,
) -> list[SearchResult]:
    """The best ``limit`` matches of ``query`` (of the given kinds), best first."""
    if not query or limit <= 0:
        return []
    chosen = sorted(set(kinds)) if kinds is not None else None
    if chosen is not None:
        unknown = set(chosen) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds: {sorted(unknown)}")
        if not chosen:
            return []
    bind = db.get_bind() if isinstance(db, Session) else db
    dialect = bind.dialect.name
    cap = max(CANDIDATES, limit)
    rows: list[Any] = []
    if any(term.prefix and len(term.tokens[-1]) > INDEXED_PREFIX for term in query.terms):
        # Whole words first: a prefix longer than the index's prefix lists makes FTS5 merge the lists of
        # every word that starts with it, while whole words are read lazily, newest first. If they alone
        # fill the candidates, the prefix would change nothing but the cost (a common word being typed).
        whole = query.whole_words()
        rows = _fetch(db, dialect, whole, chosen, cap)
        if len(rows) >= cap:
            query = whole
        else:
            rows = []
    if not rows:
        rows = _fetch(db, dialect, query, chosen, cap)
    wanted = needles(query.terms)
    scored = sorted(((score(wanted, row.folded_title, row.folded), row.id) for row in rows), reverse=True)
    scored = scored[:limit]
    if not scored:
        return []
    details = {row.id: row for row in db.execute(_DETAILS, {"ids": [ident for _, ident in scored]})}
    return [_result(details[ident], rank, query) for rank, ident in scored if ident in details]


def _fetch(db: Session | Connection, dialect: str, query: ParsedQuery, kinds: Sequence[str] | None,
           cap: int) -> list[Any]:
    """Candidates (id, folded_title, folded): the newest ``cap`` matches, and when there are more
    matches than that, the newest matches in a title too (so an older title hit is still ranked)."""
    params: dict[str, Any] = {"cap": cap, "match": query.fts5() if dialect == "sqlite" else query.tsquery()}
    if kinds:
        params["kinds"] = list(kinds)
    rows: list[Any] = list(db.execute(_candidates(dialect, kinds, titles=False), params).all())
    if len(rows) < cap:
        return rows
    params["cap"] = TITLE_CANDIDATES
    if dialect != "sqlite":
        params["match"] = query.tsquery(weight="A")
    seen = {row.id for row in rows}
    rows += [row for row in db.execute(_candidates(dialect, kinds, titles=True), params) if row.id not in seen]
    return rows


def _result(row: Any, rank: float, query: ParsedQuery) -> SearchResult:
    return SearchResult(
        kind=row.kind,
        entity_id=row.entity_id,
        meeting_id=row.meeting_id,
        task_id=row.task_id,
        title=row.title,
        snippet_html=snippet(row.body, query.terms),
        rank=rank,
        title_html=highlight(row.title, query.terms),
        meeting_title=row.meeting_title or "",
        meeting_date=row.meeting_date,
        task_text=row.task_text or "",
    )


def group_by_kind(results: Iterable[SearchResult]) -> list[tuple[str, list[SearchResult]]]:
    """Results by kind; the groups in the order of their best hit, hits in rank order."""
    groups: dict[str, list[SearchResult]] = {}
    for result in results:
        groups.setdefault(result.kind, []).append(result)
    return list(groups.items())
