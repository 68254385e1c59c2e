"""List markers as offices type them: "-", "+", "•", "1.", "1)", "a)", "(1)", "II.", and Word's own.

:func:`split_marker` separates the marker from the text of a line so the recogniser reads "a) Công tác
đầu tư:" and "Công tác đầu tư:" typed with Word's numbering button the same way. ``kind`` says what the
marker is (bullet, plus, number, letter, paren, roman), which is how the level of an item is told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.archive.source import Line

_MARKER = re.compile(
    r"^\s*(?:"
    r"(?P<paren>\(\s*(?:\d{1,3}|[a-zđ])\s*\))"
    r"|(?P<roman>(?:X{0,3})(?:IX|IV|V?I{0,3}))[.)/](?=\s)"
    r"|(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})[.)/](?!\d)"
    r"|(?P<letter>[a-zđA-ZĐ])[.)](?=\s)"
    r"|(?P<plus>\+)(?=\s)"
    r"|(?P<bullet>[-–—*•·●○■□▪►✓➢➤o])(?=\s)"
    r")\s*"
)


@dataclass(frozen=True)
class Marked:
    marker: str  # as written ("a)", "-", "1.") or Word's label
    kind: str  # "", bullet, plus, number, letter, paren, roman
    text: str  # the rest of the line
    offset: int  # where ``text`` starts in the line's text (0 for Word's labels)


def _kind(marker: str) -> str:
    m = _MARKER.match(marker + " ")
    if not m:
        return "bullet"
    return next(k for k, v in m.groupdict().items() if v)


def split_marker(line: Line) -> Marked:
    """The line's marker (Word's label first, then one typed at the start) and the text after it."""
    if line.label:
        inner = split_text(line.text)
        if inner.kind and inner.kind != "roman":
            # a typed marker under a Word label ("1." then "-") : the typed one is the item's
            return inner
        return Marked(line.label, _kind(line.label), line.text, 0)
    return split_text(line.text)


def split_text(text: str) -> Marked:
    m = _MARKER.match(text)
    if not m or m.end() == len(text) or not any(m.groupdict().values()):
        return Marked("", "", text, 0)
    kind = next(k for k, v in m.groupdict().items() if v)
    if kind == "roman" and not m.group("roman"):
        return Marked("", "", text, 0)
    return Marked(text[: m.end()].strip(), kind, text[m.end() :], m.end())
