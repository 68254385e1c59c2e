"""Dates, times, numbers and deadlines as offices write them."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from minutes.archive.values import find_date, find_dates, find_time, parse_deadline, parse_number


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Long Biên, ngày 05 tháng 3 năm 2020", date(2020, 3, 5), "day"),
        ("NGÀY 19 THÁNG 01 NĂM 2021", date(2021, 1, 19), "day"),
        ("ngày 19/01/2021", date(2021, 1, 19), "day"),
        ("họp ngày 5-3-2019 tại", date(2019, 3, 5), "day"),
        ("hạn 31.12.2021", date(2021, 12, 31), "day"),
        ("15 March 2022", date(2022, 3, 15), "day"),
        ("March 15, 2022", date(2022, 3, 15), "day"),
        ("on 2022-03-15", date(2022, 3, 15), "day"),
        ("Thời gian: tháng 01/2023.", date(2023, 1, 1), "month"),
        ("Trong tháng 6 năm 2019", date(2019, 6, 1), "month"),
    ],
)
def test_dates(text: str, expected: date, precision: str) -> None:
    found = find_date(text)
    assert found is not None and (found.value, found.precision) == (expected, precision)
    assert text[found.start : found.end]  # offsets point at the original text


def test_no_date_is_invented() -> None:
    assert find_date("Long Biên, ngày ..... tháng ..... năm 2021") is None
    assert find_date("ngày 31/02/2021") is None  # not a day of the calendar
    assert find_date("Quyết định số 886/QĐ-UBND") is None
    assert [d.value for d in find_dates("từ 25/3/2022 đến 30/4/2022")] == [
        date(2022, 3, 25),
        date(2022, 4, 30),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 giờ 00 phút, ngày 05/3/2019", time(8, 0)),
        ("vào hồi 14 giờ 30", time(14, 30)),
        ("14h00, ngày 12/4/2022", time(14, 0)),
        ("09:00 - 11:30", time(9, 0)),
        ("at 2:00 pm", time(14, 0)),
        ("closed at 4:15 p.m.", time(16, 15)),
        ("from 9am", time(9, 0)),
    ],
)
def test_times(text: str, expected: time) -> None:
    found = find_time(text)
    assert found is not None and found.value == expected


def test_blank_times_are_none() -> None:
    assert find_time("..... giờ ..... phút") is None
    assert find_time("Hội nghị có 17 đồng chí") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("19.885.177.001", "vi", Decimal("19885177001")),
        ("98,4", "vi", Decimal("98.4")),
        ("1.234,5", "vi", Decimal("1234.5")),
        ("98.4", "vi", Decimal("98.4")),  # typed the English way in a Vietnamese text
        ("19,885,177,001", "en", Decimal("19885177001")),
        ("66.66", "en", Decimal("66.66")),
        ("12", "en", Decimal("12")),
    ],
)
def test_numbers(text: str, language: str, expected: Decimal) -> None:
    assert parse_number(text, language) == expected


def test_not_numbers() -> None:
    assert parse_number("12.34.5", "vi") is None
    assert parse_number("abc") is None


@pytest.mark.parametrize(
    ("text", "kind", "due", "start"),
    [
        ("báo cáo kết quả trước ngày 31/12/2021", "before", date(2021, 12, 31), None),
        ("31/03/2021", "date", date(2021, 3, 31), None),
        ("hoàn thành trong tháng 12/2018", "month", date(2018, 12, 31), date(2018, 12, 1)),
        ("trong quý I/2019", "quarter", date(2019, 3, 31), date(2019, 1, 1)),
        ("quý 3 năm 2022", "quarter", date(2022, 9, 30), date(2022, 7, 1)),
        ("6 tháng đầu năm 2022", "half_year", date(2022, 6, 30), date(2022, 1, 1)),
        ("trong năm 2022", "year", date(2022, 12, 31), date(2022, 1, 1)),
        ("cuối tháng 3 và trong tháng 4/2022", "range", date(2022, 4, 30), date(2022, 3, 1)),
        ("từ 25/3/2022 đến 30/4/2022", "range", date(2022, 4, 30), date(2022, 3, 25)),
        ("by 30 June 2022", "before", date(2022, 6, 30), None),
        ("end of April 2022", "month", date(2022, 4, 30), date(2022, 4, 1)),
        ("Q3 2022", "quarter", date(2022, 9, 30), date(2022, 7, 1)),
        ("first half of 2023", "half_year", date(2023, 6, 30), date(2023, 1, 1)),
    ],
)
def test_deadlines_keep_their_kind(text: str, kind: str, due: date, start: date | None) -> None:
    parsed = parse_deadline(text)
    assert parsed is not None and (parsed.kind, parsed.due, parsed.start) == (kind, due, start)


def test_ongoing_and_unstated_deadlines() -> None:
    ongoing = parse_deadline("Thường xuyên")
    assert ongoing is not None and (ongoing.kind, ongoing.due) == ("ongoing", None)
    assert parse_deadline("khi có yêu cầu") is None
