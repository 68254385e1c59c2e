"""Days typed as users type them (issue 15, item 6)."""

from __future__ import annotations

from datetime import date

import pytest

from minutes.domain.day_text import DayTextError, day_text, parse_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31122026", date(2026, 12, 31)),
        ("31/12/2026", date(2026, 12, 31)),
        ("31-12-2026", date(2026, 12, 31)),
        ("31.12.2026", date(2026, 12, 31)),
        (" 3/1/2026 ", date(2026, 1, 3)),
        ("04/12/26", date(2026, 12, 4)),
        ("041226", date(2026, 12, 4)),
        ("3/1", date(2021, 1, 3)),
        ("0301", date(2021, 1, 3)),
        ("", None),
    ],
)
def test_days_as_typed(text: str, expected: date | None) -> None:
    assert parse_day(text, 2021) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/12/3112", "year"),
        ("31/12/311", "year"),
        ("31/02/2026", "day"),
        ("32012026", "day"),
        ("12345", "format"),
        ("04", "format"),
        ("ngày 4", "format"),
        ("1/2/3/4", "format"),
        ("19/01/202131122021", "format"),
    ],
)
def test_what_names_no_day_is_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(DayTextError) as caught:
        parse_day(text, 2021)
    assert caught.value.reason == reason and caught.value.text == text.strip()


def test_shown_back_as_dd_mm_yyyy() -> None:
    assert day_text(date(2026, 1, 4)) == "04/01/2026"
    assert day_text(None) == ""
