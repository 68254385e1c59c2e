"""The grouped search against a plain reference computation, on a varied corpus (kinds interleaved,
common and rare words, titles, long words being typed).

The reference reads every match of a query without any cap (SQLite: the FTS5 tables; PostgreSQL: the
tsvector) and applies the rules of :func:`minutes.search.query.run_grouped` in plain Python: counts per
kind cut at the cap, the candidates (the newest matches of all kinds, the older title hits, each kind's
newest), ranked with :func:`minutes.search.rank.score`, the best of each kind with their snippets. On
SQLite the grouped search reads its counts and candidates in one statement
(:func:`minutes.search.candidates.grouped_sqlite`); it must also give exactly what the statement per kind
(still PostgreSQL's path) gives on the same file.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from minutes.search import candidates
from minutes.search import query as q
from minutes.search.entries import KINDS, search_text
from minutes.search.indexer import TABLE
from minutes.search.rank import needles, score
from minutes.search.snippet import highlight, snippet
from minutes.services import Services

WORDS = (
    ["phường", "công tác", "kiểm tra", "giải phóng mặt bằng", "Đảng ủy", "định", "dự án", "trật tự đô thị"]
    + ["phương án", "phương", "phướng", "nguyên", "nguyệt", "thông", "thống", "thông tin", "chợ", "kiosk"]
    + ["Phươngđông"]
    + [f"từ{n}" for n in range(40)]
)
WEIGHTS = [40, 25, 12, 8, 8, 6, 5, 4, 3, 3, 1, 2, 1, 3, 2, 2, 1, 1, 1] + [1] * 40
ROWS = 1400
QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("phường ", {}),  # a whole word in more rows than the candidates
    ("phuong", {}),  # a long word being typed: whole words fill the candidates
    ("phuon", {}),  # ... no word "phuon": every word it begins
    ("phươ", {}),  # a prefix the index has lists for
    ("ph", {}),
    ("kiem tr", {}),
    ("giải phóng mặt bằng", {}),
    ('"trat tu do thi"', {}),
    ('"do thi trat"', {}),  # the words, not the phrase
    ("nguye", {}),
    ("thong ", {}),
    ("dinh", {"count_cap": 3}),
    ("phường ", {"count_cap": 10, "per_kind": 2}),
    ("cong tac", {"kinds": ["task", "meeting"]}),
    ("phuong", {"kinds": ["contribution"], "per_kind": 20}),
    ("cong tac", {"wanted": {"progress": 55}}),
    ("kiosk chợ", {}),
    ("không có từ này", {}),
]


def _corpus(services: Services) -> None:
    """ROWS entries of random kinds in random order (ids of a kind interleaved with the others)."""
    rng = random.Random(17)
    with services.db.engine.begin() as connection:
        rows = []
        for n in range(ROWS):
            kind = rng.choice(KINDS)
            picked = rng.choices(WORDS, weights=WEIGHTS, k=rng.randint(3, 14))
            title = " ".join(picked[:3]).capitalize() if rng.random() < 0.3 else ""
            body = " ".join(picked) + (". Ý kiến " + str(n) if n % 7 else "")
            rows.append(
                {
                    "kind": kind,
                    "entity_id": n + 1,
                    "meeting_id": None,
                    "task_id": None,
                    "title": title,
                    "body": body,
                    "folded_title": search_text(title),
                    "folded": search_text(title + " " + body),
                }
            )
        connection.execute(TABLE.insert(), rows)


@pytest.fixture
def office(any_services: Services) -> Iterator[Services]:
    _corpus(any_services)
    yield any_services


def _all(services: Services, sql: str, **params: Any) -> list[Any]:
    """Every row (id, kind, folded_title, folded, title, body) of a statement, newest first."""
    with services.db.engine.connect() as connection:
        return list(connection.execute(text(sql), params).all())


_ENTRY = "SELECT e.id, e.kind, e.folded_title, e.folded, e.title, e.body FROM search_entries e"


def _matches(services: Services, parsed: q.ParsedQuery, *, titles: bool = False) -> list[Any]:
    if services.db.is_sqlite:
        fts, match = (
            ("search_titles", parsed.fts5()) if titles else ("search_fts", f"folded : ({parsed.fts5()})")
        )
        return _all(
            services,
            f"{_ENTRY} JOIN {fts} ON {fts}.rowid = e.id WHERE {fts} MATCH :m ORDER BY e.id DESC",
            m=match,
        )
    assert not titles  # PostgreSQL reads its newest rows first: no title hits in a corpus this small
    return _all(
        services,
        f"{_ENTRY} WHERE search_vector @@ to_tsquery('simple', :m) ORDER BY e.id DESC",
        m=parsed.tsquery(),
    )


def reference(services: Services, text_: str, **options: Any) -> list[tuple[Any, ...]]:
    """The grouped search of ``text_``, computed plainly: [(kind, total, capped, hits)], hits being
    (entity_id, rank, snippet_html, title_html)."""
    parsed = q.parse(text_)
    kinds = options.get("kinds")
    per_kind = options.get("per_kind", q.PER_KIND)
    wanted: dict[str, int] = options.get("wanted", {})
    cap = options.get("count_cap", q.COUNT_CAP)
    chosen = set(kinds) if kinds else set(KINDS)
    everything = [r for r in _matches(services, parsed) if r.kind in chosen]
    of_kind: dict[str, list[Any]] = {}
    for row in everything:
        of_kind.setdefault(row.kind, []).append(row)
    sqlite = services.db.is_sqlite
    newest = max(q.KIND_CANDIDATES, per_kind, *wanted.values())
    if sqlite:  # SQLite reads at most cap + 1 of each kind (PostgreSQL reads every match once)
        newest = min(newest, cap + 1)
    pool = {r.id: r for rows in of_kind.values() for r in rows[:newest]}
    mixed: list[Any] = everything
    title_query: q.ParsedQuery | None = parsed
    long_prefix = any(t.prefix and len(t.tokens[-1]) > candidates.INDEXED_PREFIX for t in parsed.terms)
    if sqlite and long_prefix:
        whole = [r for r in _matches(services, parsed.whole_words()) if r.kind in chosen]
        if len(whole) >= candidates.CANDIDATES:
            mixed, title_query = whole, parsed.whole_words()
    pool.update((r.id, r) for r in mixed[: candidates.CANDIDATES])
    if sqlite and len(mixed) >= candidates.CANDIDATES and title_query is not None:
        titles = [r for r in _matches(services, title_query, titles=True) if r.kind in chosen]
        pool.update((r.id, r) for r in titles[: candidates.TITLE_CANDIDATES])
    needle = needles(parsed.terms)
    groups = []
    for kind, rows in of_kind.items():
        ranked = sorted(
            ((score(needle, r.folded_title, r.folded), r.id) for r in pool.values() if r.kind == kind),
            reverse=True,
        )[: max(1, wanted.get(kind, per_kind))]
        by_id = {r.id: r for r in rows}
        hits = tuple(
            (
                by_id[i].id,
                rank,
                snippet(by_id[i].body, parsed.terms),
                highlight(by_id[i].title, parsed.terms),
            )
            for rank, i in ranked
        )
        # never fewer than the hits shown (a cap under the page size)
        groups.append((kind, max(min(len(rows), cap), len(hits)), len(rows) > cap, hits))
    groups.sort(key=lambda g: (-(g[3][0][1] if g[3] else 0.0), KINDS.index(g[0])))
    return groups


def _entity_ids(services: Services) -> dict[int, int]:
    return {r.entity_id: r.id for r in _all(services, "SELECT id, entity_id FROM search_entries")}


def _seen(services: Services, grouped: q.GroupedResults) -> list[tuple[Any, ...]]:
    ids = _entity_ids(services)  # entity ids are unique across kinds in this corpus
    return [
        (
            g.kind,
            g.total,
            g.capped,
            tuple((ids[h.entity_id], h.rank, h.snippet_html, h.title_html) for h in g.hits),
        )
        for g in grouped.groups
    ]


@pytest.fixture(params=["app's limits", "small limits"])
def limits(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The application's candidate limits, or small ones: then most matches are not candidates, and
    which are (the newest of all kinds, of each kind, the older title hits) decides the hits shown."""
    if request.param == "small limits":
        monkeypatch.setattr(candidates, "CANDIDATES", 40)
        monkeypatch.setattr(candidates, "TITLE_CANDIDATES", 15)
        monkeypatch.setattr(q, "KIND_CANDIDATES", 10)


@pytest.mark.parametrize(("typed", "options"), QUERIES, ids=[f"{t!r}{o or ''}" for t, o in QUERIES])
def test_grouped_search_gives_what_the_plain_computation_gives(
    office: Services, limits: None, typed: str, options: dict[str, Any]
) -> None:
    expected = reference(office, typed, **options)
    assert _seen(office, office.search.grouped(typed, **options)) == expected


def test_the_corpus_reaches_every_path(office: Services) -> None:
    """The queries above cross the thresholds they are meant to: more matches than candidates, kinds
    over the count's cap, a long word whose whole-word matches fill the candidates and one whose do not."""
    assert len(reference(office, "phường ")) >= 8
    assert sum(g[1] for g in reference(office, "phường ")) > candidates.CANDIDATES
    assert any(g[2] for g in reference(office, "dinh", count_cap=3))
    whole = _matches(office, q.parse("phuong").whole_words())
    assert len(whole) >= candidates.CANDIDATES
    assert len(_matches(office, q.parse("phuon").whole_words())) == 0
    assert len(_matches(office, q.parse("phuon"))) > len(whole)  # phuongdong too


def test_sqlite_one_statement_equals_the_statement_per_kind(
    services: Services, limits: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the same SQLite file: the one-statement path and the path PostgreSQL takes (one statement per
    kind, then the newest matches of all kinds, then their keys) give equal results, field for field."""
    _corpus(services)
    fast = {t + repr(o): services.search.grouped(t, **o) for t, o in QUERIES}
    calls: list[str] = []

    def per_kind(db: Any, query: Any, chosen: Any, cap: int, limit: int) -> Any:
        calls.append(query.fts5())
        return q._counted(db, "sqlite", query, chosen, cap, limit, q.PER_KIND)

    monkeypatch.setattr(candidates, "grouped_sqlite", per_kind)
    for t, o in QUERIES:
        assert services.search.grouped(t, **o) == fast[t + repr(o)], (t, o)
    assert len(calls) == len(QUERIES)  # the other path really ran
