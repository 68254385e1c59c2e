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

from sqlalchemy import Date, Float, Integer, Text, bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from minutes.domain.text import fold
from minutes.search.entries import KINDS, tokens
from minutes.search.snippet import highlight, snippet

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})
_PART = re.compile(r'"([^"]*)("?)(\*?)|([^\s"]+)')

# bm25 weights of the FTS5 columns (folded_title, folded): a word in the title counts five times more.
TITLE_WEIGHT = 5.0


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

    def fts5(self) -> str:
        """The FTS5 MATCH expression."""
        parts = []
        for term in self.terms:
            phrase = '"' + " ".join(term.tokens).replace('"', '""') + '"'
            parts.append(phrase + (" *" if term.prefix else ""))
        return " AND ".join(parts)

    def tsquery(self) -> str:
        """The PostgreSQL ``to_tsquery`` text (simple configuration)."""
        parts = []
        for term in self.terms:
            lexemes = ["'" + token.replace("'", "''") + "'" for token in term.tokens]
            if term.prefix:
                lexemes[-1] += ":*"
            parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
        return " & ".join(parts)


def parse(query: str, *, prefix_last: bool = True) -> ParsedQuery:
    """Parse what the user typed. ``prefix_last``: the last word, not followed by a space, is a prefix."""
    folded = fold(query.translate(_QUOTES))
    parts = list(_PART.finditer(folded))
    typing = prefix_last and bool(folded) and not folded[-1].isspace()
    terms: list[Term] = []
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
        if found:
            term = Term(found, prefix)
            if term not in terms:
                terms.append(term)
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


_COLUMNS: dict[str, Any] = {
    "id": Integer, "kind": Text, "entity_id": Integer, "meeting_id": Integer, "task_id": Integer,
    "title": Text, "body": Text, "score": Float, "meeting_title": Text, "meeting_date": Date,
    "task_text": Text,
}
_OUTER = """
    e.id, e.kind, e.entity_id, e.meeting_id, e.task_id, e.title, e.body,
    mt.title AS meeting_title, mt.meeting_date AS meeting_date, t.text AS task_text
"""
_CONTEXT = "LEFT JOIN meetings mt ON mt.id = e.meeting_id LEFT JOIN tasks t ON t.id = e.task_id"

_SQLITE = f"""
SELECT {_OUTER}, hit.score AS score
FROM (
    SELECT search_fts.rowid AS id, bm25(search_fts, {TITLE_WEIGHT}, 1.0) AS score
    FROM search_fts {{join}}
    WHERE search_fts MATCH :match {{where}}
    ORDER BY score, search_fts.rowid DESC
    LIMIT :limit
) AS hit
JOIN search_entries e ON e.id = hit.id
{_CONTEXT}
ORDER BY hit.score, e.id DESC
"""

_POSTGRES = f"""
SELECT {_OUTER}, ts_rank(ARRAY[0.1, 0.2, 0.4, 1.0]::float4[], e.search_vector, q, 1) AS score
FROM search_entries e
CROSS JOIN to_tsquery('simple', :match) AS q
{_CONTEXT}
WHERE e.search_vector @@ q {{where}}
ORDER BY score DESC, e.id DESC
LIMIT :limit
"""


def _statement(dialect: str, kinds: Sequence[str] | None) -> Any:
    if dialect == "sqlite":
        join = "JOIN search_entries k ON k.id = search_fts.rowid" if kinds else ""
        where = "AND k.kind IN :kinds" if kinds else ""
        sql = _SQLITE.format(join=join, where=where)
    else:
        sql = _POSTGRES.format(where="AND e.kind IN :kinds" if kinds else "")
    stmt = text(sql)
    if kinds:
        stmt = stmt.bindparams(bindparam("kinds", expanding=True))
    return stmt.columns(**_COLUMNS)


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
    params: dict[str, Any] = {
        "match": query.fts5() if dialect == "sqlite" else query.tsquery(),
        "limit": limit,
    }
    if chosen:
        params["kinds"] = chosen
    rows = db.execute(_statement(dialect, chosen), params).all()
    sign = -1.0 if dialect == "sqlite" else 1.0  # bm25: lower is better; ts_rank: higher is better
    return [
        SearchResult(
            kind=row.kind,
            entity_id=row.entity_id,
            meeting_id=row.meeting_id,
            task_id=row.task_id,
            title=row.title,
            snippet_html=snippet(row.body, query.terms),
            rank=sign * float(row.score),
            title_html=highlight(row.title, query.terms),
            meeting_title=row.meeting_title or "",
            meeting_date=row.meeting_date,
            task_text=row.task_text or "",
        )
        for row in rows
    ]


def group_by_kind(results: Iterable[SearchResult]) -> list[tuple[str, list[SearchResult]]]:
    """Results by kind; the groups in the order of their best hit, hits in rank order."""
    groups: dict[str, list[SearchResult]] = {}
    for result in results:
        groups.setdefault(result.kind, []).append(result)
    return list(groups.items())
