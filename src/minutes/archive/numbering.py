"""Word's automatic numbering: the label ("1.", "a)", "-", "II.") a paragraph shows but does not contain.

A clerk who types "1." gets it in the text; one who presses Word's numbering button gets a ``w:numPr`` on
the paragraph (or on its style) and the number lives in ``numbering.xml``. The recogniser needs both the
same way, so :class:`Numberer` renders the label of every numbered paragraph in body order: one counter per
list (``w:num``) and level, deeper levels restarting when a higher one advances, ``w:lvlOverride`` start
values honoured. Bullets from symbol fonts (private-use code points) are shown as "-".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

_BULLETS_KEPT = set("-+*•–—·o>")


@dataclass(frozen=True)
class Level:
    fmt: str  # decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none...
    text: str  # "%1.", "%1)", "-"
    start: int


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter after z: a..z, aa..zz
    n = max(n, 1)
    return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(element: Any, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


class Numberer:
    """Labels of numbered paragraphs, fed in document order."""

    def __init__(self, numbering_element: Any | None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._num_abstract: dict[str, str] = {}
        self._overrides: dict[tuple[str, int], int] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        for abstract in numbering_element.findall(qn("w:abstractNum")):
            levels: dict[int, Level] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                start = _val(lvl, "w:start")
                levels[ilvl] = Level(
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    start=int(start) if start and start.lstrip("-").isdigit() else 1,
                )
            self._abstract[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in numbering_element.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            self._num_abstract[num_id] = _val(num, "w:abstractNumId") or ""
            for override in num.findall(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start and start.isdigit():
                    self._overrides[(num_id, int(override.get(qn("w:ilvl"), "0")))] = int(start)

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph of list ``num_id`` at level ``ilvl`` ("" when none)."""
        if num_id in ("", "0"):
            return ""
        levels = self._abstract.get(self._num_abstract.get(num_id, ""), {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(num_id, {})
        start = self._overrides.get((num_id, ilvl), level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            symbol = level.text.strip()
            return symbol if symbol and all(ch in _BULLETS_KEPT for ch in symbol) else "-"
        text = level.text
        for k in range(ilvl, -1, -1):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                other = levels.get(k)
                value = counters.get(k, (other.start if other else 1))
                text = text.replace(placeholder, format_number(value, other.fmt if other else "decimal"))
        return text.strip()
