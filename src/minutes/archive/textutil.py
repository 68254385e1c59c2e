"""Folding that keeps offsets: what the recogniser matches its patterns against."""

from __future__ import annotations

from functools import lru_cache

from minutes.domain.text import fold


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = fold(ch)
    return folded if len(folded) == 1 else ch.lower()[:1] or ch


def afold(text: str) -> str:
    """:func:`minutes.domain.text.fold` character by character: the same length as ``text``, so a
    match in the folded text has the offsets of the original ("Đồng chí" -> "dong chi")."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)
