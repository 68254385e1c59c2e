"""A day as Vietnamese users type it: dd/mm/yyyy, with or without separators, checked.

``parse_day("31122026")``, ``"31/12/2026"``, ``"31-12-26"``, ``"31.12.2026"``, ``"3/1/2026"`` and
``"3/1"`` (the year of ``default_year``) are all days; "31/02/2026" (no such day), "31/12/3112" (a year
outside :data:`YEARS`) and "12345" are refused with the reason, never turned into some other day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

#: The years a meeting or a deadline can be in.
YEARS = range(1945, 2101)
_SEPARATORS = re.compile(r"[/\-.\s]+")


@dataclass(frozen=True)
class DayTextError(ValueError):
    """``reason``: "format" (not a day typed dd/mm/yyyy), "day" (no such day) or "year" (out of range)."""

    reason: str
    text: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.text!r}"


def _year(year: str, text: str) -> int:
    if len(year) == 2:
        return 2000 + int(year)
    if len(year) == 4:
        return int(year)
    raise DayTextError("year" if len(year) == 3 else "format", text)


def _parts(text: str) -> tuple[str, str, str | None]:
    if _SEPARATORS.search(text):
        parts = [p for p in _SEPARATORS.split(text) if p]
        if len(parts) == 2:
            return parts[0], parts[1], None
        if len(parts) == 3:
            return parts[0], parts[1], parts[2]
        raise DayTextError("format", text)
    if len(text) == 8:
        return text[:2], text[2:4], text[4:]
    if len(text) == 6:
        return text[:2], text[2:4], text[4:]
    if len(text) == 4:
        return text[:2], text[2:], None
    raise DayTextError("format", text)


def parse_day(text: str, default_year: int) -> date | None:
    """The day ``text`` names, None for an empty text; :class:`DayTextError` when it names none."""
    text = text.strip()
    if not text:
        return None
    day, month, year = _parts(text)
    if not (day.isdigit() and month.isdigit() and (year is None or year.isdigit())):
        raise DayTextError("format", text)
    if len(day) > 2 or len(month) > 2:
        raise DayTextError("format", text)
    full_year = default_year if year is None else _year(year, text)
    if full_year not in YEARS:
        raise DayTextError("year", text)
    try:
        return date(full_year, int(month), int(day))
    except ValueError:
        raise DayTextError("day", text) from None


def day_text(value: date | None) -> str:
    """``date(2026, 1, 4)`` -> ``"04/01/2026"``; None -> ``""``."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value is not None else ""
