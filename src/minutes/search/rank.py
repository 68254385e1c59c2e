"""Ranking the candidates the index returned: the same formula on SQLite and on PostgreSQL.

BM25's term-frequency saturation and length normalisation, on the title (weighted) and on the whole
text, without the inverse document frequency: every result contains every term (they are ANDed), and
counting how many rows hold a common word is what made FTS5's bm25() and PostgreSQL's ts_rank cost
hundreds of milliseconds on a million rows (the counts walk every match). Counting is done on the stored
folded keys (words apart by single spaces) with ``str.count``, which is fast.
"""

from __future__ import annotations

from collections.abc import Sequence

from minutes.search.snippet import Term

K1 = 1.2
B = 0.75
AVG_TITLE_WORDS = 8.0
AVG_TEXT_WORDS = 60.0
TITLE_WEIGHT = 3.0


def needles(terms: Sequence[Term]) -> list[str]:
    """What to count in " " + key + " ": a whole word is " w ", a phrase " w1 w2 ", a prefix " w"."""
    return [" " + " ".join(t.tokens) + ("" if t.prefix else " ") for t in terms]


def score(wanted: Sequence[str], folded_title: str, folded: str) -> float:
    """Higher is better. ``wanted`` comes from :func:`needles`.

    ``str.count`` does not count overlapping matches, so a word repeated back to back ("dinh dinh")
    counts once: a small error for a ranking, for a large saving. Written flat: it runs for every
    candidate of every keystroke.
    """
    total = 0.0
    text = f" {folded} "
    norm = K1 * (1.0 - B + B * (folded.count(" ") + 1) / AVG_TEXT_WORDS)
    for needle in wanted:
        tf = text.count(needle)
        if tf:
            total += tf * (K1 + 1.0) / (tf + norm)
    if folded_title:
        title = f" {folded_title} "
        norm = K1 * (1.0 - B + B * (folded_title.count(" ") + 1) / AVG_TITLE_WORDS)
        for needle in wanted:
            tf = title.count(needle)
            if tf:
                total += TITLE_WEIGHT * tf * (K1 + 1.0) / (tf + norm)
    return total
