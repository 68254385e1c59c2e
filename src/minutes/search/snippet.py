"""Snippets: the part of the original text around the best match, matches in ``<b>``, HTML escaped.

Matching is done on the folded text, then mapped back to the original characters, so "dinh" lights up
"ĐỊNH" in the text as the user wrote it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from minutes.domain.text import fold

ELLIPSIS = "…"


class Term(Protocol):
    """What the highlighter needs of a query term (see :class:`minutes.search.query.Term`)."""

    @property
    def tokens(self) -> tuple[str, ...]: ...

    @property
    def prefix(self) -> bool: ...


class _FoldTable(dict[int, str]):
    """``str.translate`` table applying :func:`fold` to one character at a time, filled as met.

    For text in NFC, folding character by character gives the same result as folding the whole text
    (marks are dropped either way), and tells where each folded character came from.
    """

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()  # characters whose fold is not exactly one character

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def _folded_with_map(text: str) -> tuple[str, list[int] | None]:
    """The fold of ``text`` and, unless it is one character per character, where each came from."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text) and _TABLE.irregular.isdisjoint(text):
        return folded, None  # the usual case (NFC Vietnamese and ASCII): positions line up
    origin: list[int] = []
    for index, ch in enumerate(text):
        origin.extend([index] * len(_TABLE[ord(ch)]))
    return folded, origin


_WORD_CHAR = r"[^\W_]"  # a letter or digit: what entries.TOKEN is made of
_SEPARATOR = r"[\W_]+"


@lru_cache(maxsize=256)
def _pattern(terms: tuple[tuple[tuple[str, ...], bool], ...]) -> re.Pattern[str]:
    """All terms as one pattern on folded text: words apart by any separators, whole words or a prefix.

    Longer terms (phrases) come first, so where terms overlap the longer one is the one marked.
    """
    alternatives = []
    for tokens, prefix in sorted(terms, key=lambda t: -len(t[0])):
        body = _SEPARATOR.join(re.escape(t) for t in tokens)
        alternatives.append(body + (f"{_WORD_CHAR}*" if prefix else f"(?!{_WORD_CHAR})"))
    return re.compile(f"(?<!{_WORD_CHAR})(?:{'|'.join(alternatives)})")


def match_spans(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of ``text`` matching any term (word, prefix or phrase).

    Spans apart only by white space are merged ("<b>giải phóng</b>").
    """
    key = tuple((tuple(t.tokens), t.prefix) for t in terms if t.tokens)
    if not text or not key:
        return []
    folded, origin = _folded_with_map(text)
    spans = [mt.span() for mt in _pattern(key).finditer(folded)]
    if origin is not None:
        spans = [(origin[s], origin[e - 1] + 1) for s, e in spans]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _mark(text: str, spans: Sequence[tuple[int, int]], offset: int = 0) -> str:
    out: list[str] = []
    at = 0
    for start, end in spans:
        start, end = start - offset, end - offset
        if end <= 0 or start >= len(text):
            continue
        start, end = max(start, 0), min(end, len(text))
        out.append(html.escape(text[at:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def highlight(text: str, terms: Sequence[Term]) -> str:
    """The whole text, escaped, with matches in ``<b>``."""
    return _mark(text, match_spans(text, terms))


def snippet(text: str, terms: Sequence[Term], width: int = 180, before: int = 50) -> str:
    """About ``width`` characters of ``text`` around the best match, on one line, matches in ``<b>``."""
    flat = " ".join(text.split())  # one line; spans are computed on this form
    spans = match_spans(flat, terms)
    if len(flat) <= width:
        return _mark(flat, spans)
    # Around the longest match (words found side by side, as in a phrase), the first of them on a tie.
    anchor = max(spans, key=lambda span: span[1] - span[0])[0] if spans else 0
    start = max(0, anchor - before)
    if start:
        space = flat.find(" ", start)  # begin at a word boundary
        start = space + 1 if 0 <= space < anchor else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    piece = _mark(flat[start:end], spans, offset=start)
    return (ELLIPSIS if start else "") + piece + (ELLIPSIS if end < len(flat) else "")
