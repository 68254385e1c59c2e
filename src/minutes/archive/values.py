"""Dates, times, numbers and deadlines as offices write them, in Vietnamese and in English.

Every parser works on the folded text (:func:`minutes.domain.text.fold`: no accents, đ -> d, lower case,
same length per letter for Vietnamese, so a match's offsets are those of the original) and returns None
when nothing is there; nothing here guesses a value that is not written. Dates are read day first
("05/3/2020" is 5 March), as Vietnamese and British documents write them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal, InvalidOperation

from minutes.archive.textutil import afold as fold

MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
}
_MONTH_EN = "|".join(sorted(MONTHS_EN, key=len, reverse=True))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# All patterns run on folded text.
_D = r"(\d{1,2})"
_Y = r"(\d{4})"
NUMERIC_DATE = re.compile(rf"(?<![\d/.-]){_D}\s*[/.-]\s*{_D}\s*[/.-]\s*{_Y}(?![\d/])")
LONG_VI_DATE = re.compile(rf"ngay\s+{_D}\s+thang\s+{_D}\s+nam\s+{_Y}")
EN_DATE_DMY = re.compile(rf"(?<!\d){_D}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_EN})\.?,?\s+{_Y}")
EN_DATE_MDY = re.compile(rf"\b({_MONTH_EN})\.?\s+{_D}(?:st|nd|rd|th)?,?\s+{_Y}")
ISO_DATE = re.compile(rf"(?<!\d){_Y}-(\d{{2}})-(\d{{2}})(?!\d)")
MONTH_VI = re.compile(rf"thang\s+{_D}\s*(?:/|nam|-)\s*{_Y}")
MONTH_EN = re.compile(rf"\b({_MONTH_EN})\.?,?\s+{_Y}")
BLANK_VI_DATE = re.compile(r"ngay\s*[.…_]+\s*thang\s*[.…_]+\s*nam\s*(\d{4})?")

TIME_VI = re.compile(r"(?<!\d)(\d{1,2})\s*(?:gio|h|g)\s*(?:(\d{1,2})\s*(?:phut|p|')?)?(?![\d/])")
TIME_COLON = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d:])")
TIME_AMPM = re.compile(r"(?<![\d:])(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)")


@dataclass(frozen=True)
class Found:
    """A value found in a text, with where it is (offsets into the text given)."""

    start: int
    end: int


@dataclass(frozen=True)
class FoundDate(Found):
    value: date
    precision: str = "day"


@dataclass(frozen=True)
class FoundTime(Found):
    value: time


def _date(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text`` (and month-only dates "tháng 01/2023"), in order."""
    folded = fold(text)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: re.Match[str], d: date | None, precision: str = "day") -> None:
        if d is not None and free(m.start(), m.end()):
            found.append(FoundDate(m.start(), m.end(), d, precision))
            taken.append((m.start(), m.end()))

    for m in LONG_VI_DATE.finditer(folded):
        add(m, _date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in ISO_DATE.finditer(folded):
        add(m, _date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in NUMERIC_DATE.finditer(folded):
        add(m, _date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in EN_DATE_DMY.finditer(folded):
        add(m, _date(int(m.group(1)), MONTHS_EN[m.group(2)], int(m.group(3))))
    for m in EN_DATE_MDY.finditer(folded):
        add(m, _date(int(m.group(2)), MONTHS_EN[m.group(1)], int(m.group(3))))
    for m in MONTH_VI.finditer(folded):
        if 1 <= int(m.group(1)) <= 12:
            add(m, date(int(m.group(2)), int(m.group(1)), 1), "month")
    for m in MONTH_EN.finditer(folded):
        add(m, date(int(m.group(2)), MONTHS_EN[m.group(1)], 1), "month")
    return sorted(found, key=lambda f: f.start)


def find_date(text: str) -> FoundDate | None:
    dates = find_dates(text)
    days = [d for d in dates if d.precision == "day"]
    found = days or dates
    return found[0] if found else None


def find_time(text: str) -> FoundTime | None:
    """The first time of day: "8 giờ 30 phút", "8h30", "14:30", "2:30 pm", "9am"."""
    folded = fold(text)
    candidates: list[FoundTime] = []
    for m in TIME_VI.finditer(folded):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        # "8 g" alone is too loose; "gio"/"h" must follow a plausible hour
        if (
            hour < 24
            and minute < 60
            and re.match(r"\d{1,2}\s*(gio|h\b|h\d)", folded[m.start() : m.end() + 1])
        ):
            candidates.append(FoundTime(m.start(), m.end(), time(hour, minute)))
    for m in TIME_COLON.finditer(folded):
        hour, minute = int(m.group(1)), int(m.group(2))
        hour = _ampm(hour, m.group(3))
        if hour < 24 and minute < 60:
            candidates.append(FoundTime(m.start(), m.end(), time(hour, minute)))
    for m in TIME_AMPM.finditer(folded):
        hour = _ampm(int(m.group(1)), m.group(2))
        if hour < 24:
            candidates.append(FoundTime(m.start(), m.end(), time(hour, 0)))
    return min(candidates, key=lambda c: c.start) if candidates else None


def _ampm(hour: int, marker: str | None) -> int:
    if not marker:
        return hour
    if marker.startswith("p") and hour < 12:
        return hour + 12
    if marker.startswith("a") and hour == 12:
        return 0
    return hour


# ------------------------------------------------------------------------------------------------ numbers
def parse_number(text: str, language: str = "vi") -> Decimal | None:
    """ "19.885.177.001" -> 19885177001, "98,4" -> 98.4 (vi); "19,885,177,001", "98.4" (en)."""
    s = text.strip().replace(" ", "").replace("\u00a0", "")
    if not s or not re.fullmatch(r"[-+]?\d[\d.,]*", s):
        return None
    group, point = (".", ",") if language == "vi" else (",", ".")
    if group in s:
        parts = s.split(point)
        whole = parts[0]
        groups = whole.lstrip("+-").split(group)
        if not all(len(g) == 3 for g in groups[1:]) or not groups[0]:
            # "98.4" in a Vietnamese text: a decimal point typed the English way
            if language == "vi" and s.count(".") == 1 and "," not in s:
                group, point = ",", "."
            elif language != "vi" and s.count(",") == 1 and "." not in s:
                group, point = ".", ","
            else:
                return None
    s = s.replace(group, "").replace(point, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def format_number(value: Decimal, language: str = "vi") -> str:
    """A number as :func:`parse_number` reads it back: 2345600000 -> "2.345.600.000", 18.5 -> "18,5" (vi)."""
    text = f"{value:,f}"
    return text.translate(str.maketrans(",.", ".,")) if language == "vi" else text


NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


# ---------------------------------------------------------------------------------------------- deadlines
@dataclass(frozen=True)
class ParsedDeadline:
    kind: str  # date, before, month, quarter, half_year, year, range, ongoing
    due: date | None
    start: date | None = None
    end: date | None = None


def _last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_BEFORE = re.compile(r"\b(truoc|cham nhat|khong qua|han chot|by|before|no later than|not later than)\b")
_ONGOING = re.compile(
    r"\b(thuong xuyen|hang thang|hang quy|hang nam|lien tuc|ongoing|continuous|monthly|weekly)\b"
)
_QUARTER_VI = re.compile(r"quy\s+(iv|iii|ii|i|[1-4])\s*(?:/|nam|-)\s*(\d{4})")
_QUARTER_EN = re.compile(r"\b(?:q([1-4])|(first|second|third|fourth)\s+quarter(?:\s+of)?)\s*[/ -]?\s*(\d{4})")
_HALF_VI = re.compile(r"6\s+thang\s+(dau|cuoi)\s+nam\s+(\d{4})")
_HALF_EN = re.compile(r"\b(?:h([12])|(first|second)\s+half(?:\s+of)?)\s*[/ -]?\s*(\d{4})")
_YEAR = re.compile(r"\b(?:nam|trong nam|year|in)\s+(\d{4})\b")
_MONTH_NO_YEAR = re.compile(r"thang\s+(\d{1,2})(?!\s*[/\d]|\s+nam)")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def parse_deadline(text: str) -> ParsedDeadline | None:
    """The deadline a phrase states: "trước ngày 31/12/2021", "tháng 12/2018", "quý I/2022", "6 tháng
    đầu năm 2022", "năm 2022", "cuối tháng 3 và trong tháng 4/2022" (a range), "thường xuyên", "by 30
    June 2022", "Q3 2022". None when it states none."""
    folded = fold(text)
    dates = find_dates(text)
    days = [d for d in dates if d.precision == "day"]
    months = [d for d in dates if d.precision == "month"]
    if len(dates) >= 2 or (months and _MONTH_NO_YEAR.search(folded[: months[-1].start])):
        first, last = (dates[0], dates[-1]) if len(dates) >= 2 else (None, months[-1])
        if first is None:
            m = _MONTH_NO_YEAR.search(folded[: last.start])
            assert m is not None
            start = date(last.value.year, int(m.group(1)), 1) if 1 <= int(m.group(1)) <= 12 else last.value
        else:
            start = first.value
        end = last.value if last.precision == "day" else _last(last.value.year, last.value.month)
        if start < end:
            return ParsedDeadline("range", end, start, end)
    if days:
        kind = "before" if _BEFORE.search(folded[: days[0].start]) else "date"
        return ParsedDeadline(kind, days[0].value, None, days[0].value)
    m = _QUARTER_VI.search(folded) or _QUARTER_EN.search(folded)
    if m:
        if m.re is _QUARTER_VI:
            q = _ROMAN.get(m.group(1)) or int(m.group(1))
            year = int(m.group(2))
        else:
            q = int(m.group(1)) if m.group(1) else _ORDINAL[m.group(2)]
            year = int(m.group(3))
        start = date(year, 3 * q - 2, 1)
        return ParsedDeadline("quarter", _last(year, 3 * q), start, _last(year, 3 * q))
    m = _HALF_VI.search(folded) or _HALF_EN.search(folded)
    if m:
        if m.re is _HALF_VI:
            h, year = (1 if m.group(1) == "dau" else 2), int(m.group(2))
        else:
            h = int(m.group(1)) if m.group(1) else (1 if m.group(2) == "first" else 2)
            year = int(m.group(3))
        return ParsedDeadline("half_year", _last(year, 6 * h), date(year, 6 * h - 5, 1), _last(year, 6 * h))
    if months:
        d = months[0].value
        return ParsedDeadline("month", _last(d.year, d.month), d, _last(d.year, d.month))
    m = _YEAR.search(folded)
    if m:
        year = int(m.group(1))
        return ParsedDeadline("year", date(year, 12, 31), date(year, 1, 1), date(year, 12, 31))
    if _ONGOING.search(folded):
        return ParsedDeadline("ongoing", None)
    return None
