"""Snippets: the part of the original text around the first match, matches in ``<b>``, HTML escaped.

Matching is done on the folded text, then mapped back to the original characters, so "dinh" lights up
"ĐỊNH" in the text as the user wrote it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from minutes.domain.text import fold
from minutes.search.entries import TOKEN

ELLIPSIS = "…"


class Term(Protocol):
    """What the highlighter needs of a query term (see :class:`minutes.search.query.Term`)."""

    @property
    def tokens(self) -> tuple[str, ...]: ...

    @property
    def prefix(self) -> bool: ...


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


def _folded_with_map(text: str) -> tuple[str, list[int] | None]:
    """The fold of ``text`` and, when it is not one character per character, where each came from."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded, None  # the usual case (NFC Vietnamese and ASCII): positions line up
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = _fold_char(ch)
        parts.append(piece)
        origin.extend([index] * len(piece))
    return "".join(parts), origin


def match_spans(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of ``text`` matching any term (word, prefix or phrase).

    Overlapping spans, and spans apart only by white space, are merged ("<b>giải phóng</b>").
    """
    if not text or not terms:
        return []
    folded, origin = _folded_with_map(text)
    words = [(mt.start(), mt.end(), mt.group()) for mt in TOKEN.finditer(folded)]
    spans: list[tuple[int, int]] = []
    for term in terms:
        size = len(term.tokens)
        if not size:
            continue
        for i in range(len(words) - size + 1):
            window = words[i : i + size]
            if all(w[2] == t for w, t in zip(window[:-1], term.tokens[:-1], strict=True)):
                last, wanted = window[-1][2], term.tokens[-1]
                if last == wanted or (term.prefix and last.startswith(wanted)):
                    spans.append((window[0][0], window[-1][1]))
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
    """About ``width`` characters of ``text`` around the first match, on one line, matches in ``<b>``."""
    flat = " ".join(text.split())  # one line; spans are computed on this form
    spans = match_spans(flat, terms)
    if len(flat) <= width:
        return _mark(flat, spans)
    start = max(0, spans[0][0] - before) if spans else 0
    if start:
        space = flat.find(" ", start)  # begin at a word boundary
        start = space + 1 if 0 <= space < (spans[0][0] if spans else start + 20) else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    piece = _mark(flat[start:end], spans, offset=start)
    return (ELLIPSIS if start else "") + piece + (ELLIPSIS if end < len(flat) else "")
