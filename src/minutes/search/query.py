"""What the user typed, as a query, run on SQLite FTS5 or on a PostgreSQL tsvector.

Syntax: words must all match, each as a whole word; ``word*`` matches words starting with ``word``; the
last word is also a prefix while the user is still typing it (no space after it yet); ``"quoted words"``
must appear together in that order. Everything is folded with :func:`minutes.domain.text.fold` first,
so "giai phong mat bang" and "giải phóng mặt bằng" are the same query, and "dinh" finds "ĐỊNH".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from minutes.domain.text import fold
from minutes.search import candidates
from minutes.search.entries import KINDS, tokens
from minutes.search.rank import needles, score
from minutes.search.snippet import highlight, snippet

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})
_PART = re.compile(r'"([^"]*)("?)(\*?)|([^\s"]+)')

# A prefix needs this many letters: a one-letter prefix matches nearly every row.
MIN_PREFIX = 2


@dataclass(frozen=True)
class Term:
    """One required match: a word (one token) or a phrase (several, in order); ``prefix`` on the last.

    ``typing``: the prefix comes from the word being typed (no ``*``); the index may take it as a whole
    word where reading every completion costs too much (see :mod:`minutes.search.candidates`).
    """

    tokens: tuple[str, ...]
    prefix: bool = False
    typing: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)

    def whole_words(self, *, typing_only: bool = False) -> ParsedQuery:
        """The same query with every prefix (or only the one being typed) taken as a whole word."""
        return ParsedQuery(
            tuple(Term(t.tokens, t.prefix and typing_only and not t.typing) for t in self.terms)
        )

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
                "'"
                + token.replace("'", "''")
                + "'"
                + _label("*" if term.prefix and i == last else "", weight)
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
            explicit = word.endswith("*")
            prefix = explicit or at_end
        else:
            found = tuple(tokens(part.group(1)))
            closed = bool(part.group(2))
            explicit = bool(part.group(3))
            prefix = explicit or (at_end and not closed)
        if found and prefix and len(found[-1]) < MIN_PREFIX:
            if len(found) == 1:
                short.append(Term(found))
                continue
            found, prefix = found[:-1], False
        if found:
            term = Term(found, prefix, typing=prefix and not explicit)
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


_DETAILS = (
    text("""
SELECT e.id, e.kind, e.entity_id, e.meeting_id, e.task_id, e.title, e.body,
       mt.title AS meeting_title, mt.meeting_date AS meeting_date, t.text AS task_text
FROM search_entries e
LEFT JOIN meetings mt ON mt.id = e.meeting_id
LEFT JOIN tasks t ON t.id = e.task_id
WHERE e.id IN :ids
""")
    .bindparams(bindparam("ids", expanding=True))
    .columns(meeting_date=Date)
)


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
    rows = candidates.fetch(db, dialect, query, chosen, max(candidates.CANDIDATES, limit), limit)
    wanted = needles(query.terms)
    scored = sorted(((score(wanted, row.folded_title, row.folded), row.id) for row in rows), reverse=True)
    scored = scored[:limit]
    if not scored:
        return []
    details = {row.id: row for row in db.execute(_DETAILS, {"ids": [ident for _, ident in scored]})}
    return [_result(details[ident], rank, query) for rank, ident in scored if ident in details]


#: How many hits of each kind a grouped search shows at first; "more" shows this many more.
PER_KIND = 5
MORE_STEP = 50
#: The newest matches of each kind that are ranked (besides the newest matches of all kinds).
KIND_CANDIDATES = 100
#: Matches of each kind are counted up to this many; a kind with more says so ("1,000+"), so that a
#: common word does not make the index read every one of its hundreds of thousands of matches.
COUNT_CAP = 1000

_FOLDED = text("SELECT id, kind, folded_title, folded FROM search_entries WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


@dataclass(frozen=True)
class KindGroup:
    """The shown hits of one kind, best first, and how many entries of that kind match in all: exactly
    ``total``, or, when ``capped``, more than ``total`` (counting stopped at :data:`COUNT_CAP`)."""

    kind: str
    total: int
    hits: tuple[SearchResult, ...]
    capped: bool = False

    @property
    def more(self) -> int:
        """How many matches of this kind are not shown (at least; when ``capped``, more)."""
        return max(0, self.total - len(self.hits)) or (1 if self.capped else 0)


@dataclass(frozen=True)
class GroupedResults:
    """A search's hits by kind: the group with the best hit first, each group's best hits first."""

    groups: tuple[KindGroup, ...] = ()

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)

    @property
    def shown(self) -> int:
        return sum(len(g.hits) for g in self.groups)

    @property
    def capped(self) -> bool:
        """Some kind has more matches than its count says."""
        return any(g.capped for g in self.groups)

    def counts(self) -> dict[str, int]:
        """The count of each kind (at most :data:`COUNT_CAP`: see :meth:`capped_kinds`)."""
        return {g.kind: g.total for g in self.groups}

    def capped_kinds(self) -> set[str]:
        """The kinds with more matches than their count."""
        return {g.kind for g in self.groups if g.capped}


def run_grouped(
    db: Session | Connection,
    query: ParsedQuery,
    kinds: Iterable[str] | None = None,
    per_kind: int = PER_KIND,
    wanted: dict[str, int] | None = None,
    count_cap: int | None = None,
) -> GroupedResults:
    """Every kind that matches ``query``, with its real number of matches (counted in the index up to
    ``count_cap``, :data:`COUNT_CAP` by default: a kind with more says ``capped``) and its best
    ``per_kind`` hits (``wanted[kind]`` for a kind the user asked more of).

    Ranked: the newest matches of all kinds with the older title hits (as :func:`run`), plus the newest
    matches of each kind, so a kind is never hidden behind thousands of newer matches of another. SQLite
    reads the counts and these candidates in one pass over the index
    (:func:`candidates.grouped_sqlite`); other databases count per kind, then read the candidates
    (:func:`_counted`). Snippets are made only for the hits shown."""
    if not query:
        return GroupedResults()
    chosen = sorted(set(kinds)) if kinds is not None else None
    if chosen is not None:
        unknown = set(chosen) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds: {sorted(unknown)}")
        if not chosen:
            return GroupedResults()
    wanted = wanted or {}
    bind = db.get_bind() if isinstance(db, Session) else db
    dialect = bind.dialect.name
    cap = max([KIND_CANDIDATES, per_kind, *wanted.values()])
    limit = COUNT_CAP if count_cap is None else count_cap
    if dialect == "sqlite":
        found, rows = candidates.grouped_sqlite(db, query, chosen, cap, limit)
    else:
        found, rows = _counted(db, dialect, query, chosen, cap, limit, per_kind)
    counts = found.counts
    if not counts:
        return GroupedResults()
    needle = needles(query.terms)
    scored: dict[str, list[tuple[float, int]]] = {}
    for ident, kind, folded_title, folded in rows:  # unpacked: a row's attributes cost a lookup each
        if kind in counts:
            scored.setdefault(kind, []).append((score(needle, folded_title, folded), ident))
    shown: dict[str, list[tuple[float, int]]] = {}
    for kind, items in scored.items():
        items.sort(reverse=True)
        shown[kind] = items[: max(1, wanted.get(kind, per_kind))]
    details = {
        row.id: row
        for row in db.execute(_DETAILS, {"ids": [i for items in shown.values() for _, i in items]})
    } if shown else {}  # fmt: skip
    groups = [
        KindGroup(
            kind,
            max(counts[kind], len(items)),
            tuple(_result(details[i], rank, query) for rank, i in items if i in details),
            capped=kind in found.capped,
        )
        for kind, items in shown.items()
    ]
    groups.sort(key=lambda g: (-(g.hits[0].rank if g.hits else 0.0), KINDS.index(g.kind)))
    return GroupedResults(tuple(groups))


def _counted(
    db: Session | Connection,
    dialect: str,
    query: ParsedQuery,
    chosen: list[str] | None,
    cap: int,
    limit: int,
    per_kind: int,
) -> tuple[candidates.KindCounts, list[Any]]:
    """The counts per kind and the rows to rank (id, kind, folded_title, folded), on any database: each
    kind's newest ``cap`` matches (:func:`candidates.by_kind`) and the candidates of :func:`run`."""
    found = candidates.by_kind(db, dialect, query, chosen, cap, limit)
    if not found.counts:
        return found, []
    mixed = candidates.fetch(db, dialect, query, chosen, candidates.CANDIDATES, per_kind)
    ids = {row.id for row in mixed} | {i for ids_ in found.newest.values() for i in ids_}
    return found, list(db.execute(_FOLDED, {"ids": sorted(ids)})) if ids else []


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
