"""How values read on screen: Vietnamese-style numbers (19.885.177.001; 98,4), times, durations, dates."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from minutes.export.vnformat import vn_number


def number(value: Decimal | None) -> str:
    """``Decimal("19885177001") -> "19.885.177.001"``, ``Decimal("98.40") -> "98,4"``; None -> ""."""
    if value is None:
        return ""
    return vn_number(value.normalize())  # the documents' rule; trailing zeros dropped on screen


def clock(value: time | None) -> str:
    """``14:05``; None -> ""."""
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def duration(seconds: int | None) -> str:
    """``75 -> "1:15"``, ``3725 -> "1:02:05"``; None -> ""."""
    if seconds is None:
        return ""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def day(value: date | None) -> str:
    """``19/01/2021`` (the way Vietnamese offices write dates in tables); None -> ""."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year}"


def first_line(text: str, limit: int = 160) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"
