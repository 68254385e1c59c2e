"""The query language: words, prefixes, phrases, all folded like the stored text."""

from __future__ import annotations

import unicodedata

from minutes.search.query import Term, parse


def test_words_are_folded_and_the_last_is_a_prefix_while_typing() -> None:
    assert parse("Giải Phóng").terms == (Term(("giai",)), Term(("phong",), prefix=True))
    assert parse("Giải Phóng ").terms == (Term(("giai",)), Term(("phong",)))
    assert parse("giai phong", prefix_last=False).terms == (Term(("giai",)), Term(("phong",)))
    assert parse("ĐỊNH ").terms == parse("dinh ").terms == parse(unicodedata.normalize("NFD", "Định ")).terms


def test_explicit_prefix_phrases_and_unfinished_quotes() -> None:
    assert parse("phon* giai ").terms == (Term(("phon",), prefix=True), Term(("giai",)))
    assert parse('"mặt bằng" dự án ').terms == (Term(("mat", "bang")), Term(("du",)), Term(("an",)))
    assert parse('"mat bang"* ').terms == (Term(("mat", "bang"), prefix=True),)
    assert parse('"giai phong mat ba').terms == (Term(("giai", "phong", "mat", "ba"), prefix=True),)
    assert parse("“mặt bằng” ").terms == (Term(("mat", "bang")),)  # typographic quotes from Word


def test_punctuation_inside_a_word_makes_a_phrase() -> None:
    assert parse("19.885.177.001 ").terms == (Term(("19", "885", "177", "001")),)
    assert parse("UBND-phường ").terms == (Term(("ubnd", "phuong")),)


def test_nothing_to_search_and_duplicates() -> None:
    for query in ("", "  ", '"', '""', "*", "-- , ;"):
        assert not parse(query)
    assert parse("dinh dinh DINH ").terms == (Term(("dinh",)),)


def test_fts5_and_tsquery_expressions() -> None:
    query = parse('"giai phong" mat dat*')
    assert query.fts5() == '"giai phong" AND "mat" AND "dat" *'
    assert query.tsquery() == "('giai' <-> 'phong') & 'mat' & 'dat':*"
    assert query.tsquery(weight="A") == "('giai':A <-> 'phong':A) & 'mat':A & 'dat':*A"
    assert parse("or and not ").fts5() == '"or" AND "and" AND "not"'  # quoted: never operators


def test_a_prefix_needs_two_letters() -> None:
    # "t*" would match nearly every row: while typing, a lone letter waits for the next one
    assert parse("thanh t").terms == (Term(("thanh",)),)
    assert parse("thanh t*").terms == (Term(("thanh",)),)
    assert parse('"giai phong mat b').terms == (Term(("giai", "phong", "mat")),)
    assert parse("t").terms == (Term(("t",)),)  # alone: the whole word
    assert parse("thanh th").terms == (Term(("thanh",)), Term(("th",), prefix=True))
