"""A word being typed longer than FTS5's prefix lists is spelled out as the words of the index it begins
(:func:`minutes.search.candidates.spelled_out`): the typed word itself, then the longer words, read from
``search_vocab`` past the typed word (fts5vocab reads the whole list of every word it lists: the typed
word, often a common one, is never listed, only written). Each spelling matches exactly what the prefix
matches, read back through the index itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from minutes.search import candidates
from minutes.search.entries import search_text
from minutes.search.indexer import TABLE
from minutes.search.query import parse
from minutes.services import Services

WORDS = ["phuong", "phuongdong", "phuongnam", "phuongan", "nguyen", "nguyet", "thanhpho"]
WORDS += [f"kiemtra{n:02d}" for n in range(candidates.MAX_COMPLETIONS + 1)]


def _load(services: Services) -> None:
    rows = []
    for n, word in enumerate(WORDS * 2):
        body = f"{word} muc {n}"
        rows.append(
            {
                "kind": "contribution",
                "entity_id": n + 1,
                "meeting_id": None,
                "task_id": None,
                "title": "",
                "body": body,
                "folded_title": "",
                "folded": search_text(body),
            }
        )
    with services.db.engine.begin() as connection:
        connection.execute(TABLE.insert(), rows)


def _matched(services: Services, match: str) -> set[int]:
    with services.db.engine.connect() as connection:
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH :m"
        return set(connection.execute(text(sql), {"m": f"folded : ({match})"}).scalars())


def _spelled(services: Services, typed: str) -> str:
    with services.db.engine.connect() as connection:
        return candidates.spelled_out(connection, parse(typed))


def test_spelled_out_matches_what_the_prefix_matches(services: Services) -> None:
    _load(services)
    cases: dict[str, Any] = {
        "phuong": '("phuong" OR "phuongan" OR "phuongdong" OR "phuongnam")',  # a word that begins others
        "phuon": '("phuon" OR "phuong" OR "phuongan" OR "phuongdong" OR "phuongnam")',  # not a word itself
        "nguyet": '("nguyet")',
        "thanhp": '("thanhp" OR "thanhpho")',
        "khongco": '("khongco")',  # nothing begins with it: nothing matches
        "kiemtra": '"kiemtra" *',  # more words than MAX_COMPLETIONS: stays a prefix
    }
    for typed, expected in cases.items():
        spelled = _spelled(services, typed)
        assert spelled.replace("(", "").replace(")", "") == expected.replace("(", "").replace(")", ""), typed
        assert _matched(services, spelled) == _matched(services, f'"{typed}" *'), typed
    assert _matched(services, _spelled(services, "phuong")) and not _matched(services, '"khongco" *')


def test_grouped_search_of_a_typed_word_counts_every_word_it_begins(services: Services) -> None:
    _load(services)
    grouped = services.search.grouped("phuon", count_cap=100)
    assert grouped.counts() == {"contribution": 8}  # phuong, phuongdong, phuongnam, phuongan, twice each
