"""Dates, times, numbers, reference numbers and text cleaning for the official formats."""

from __future__ import annotations

import unicodedata
from datetime import date, time
from decimal import Decimal

import pytest

from minutes.export.text import clean_xml_text, split_paragraphs
from minutes.export.vnformat import (
    en_date,
    en_number,
    en_place_date,
    en_time,
    ref_number,
    vn_date,
    vn_number,
    vn_place_date,
    vn_time,
)


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2021, 1, 19), "ngày 19 tháng 01 năm 2021"),
        (date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
        (date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (date(2024, 12, 1), "ngày 01 tháng 12 năm 2024"),
        (date(2025, 10, 10), "ngày 10 tháng 10 năm 2025"),
        (date(2025, 9, 30), "ngày 30 tháng 9 năm 2025"),
    ],
)
def test_vn_date_pads_day_and_only_january_february(d: date, expected: str) -> None:
    assert vn_date(d) == expected


def test_vn_date_never_pads_months_three_to_twelve() -> None:
    for month in range(3, 13):
        assert f"tháng {month} năm" in vn_date(date(2025, month, 1))


def test_place_dates() -> None:
    assert vn_place_date("Long Biên", date(2020, 3, 5)) == "Long Biên, ngày 05 tháng 3 năm 2020"
    assert vn_place_date("  ", date(2021, 1, 19)) == "ngày 19 tháng 01 năm 2021"
    assert en_date(date(2021, 1, 19)) == "19 January 2021"
    assert en_date(date(2020, 3, 5)) == "5 March 2020"
    assert en_place_date("Hanoi", date(2020, 12, 31)) == "Hanoi, 31 December 2020"


def test_times() -> None:
    assert vn_time(time(14, 30)) == "14 giờ 30 phút"
    assert vn_time(time(8, 0)) == "8 giờ 00 phút"
    assert vn_time(time(8, 5), pad_hour=True) == "08 giờ 05 phút"
    assert vn_time(time(14, 30), "short") == "14h30"
    assert vn_time(time(8, 0), "short") == "8h00"
    assert en_time(time(8, 5)) == "08:05"
    with pytest.raises(ValueError):
        vn_time(time(8, 0), "medium")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (19885177001, None, "19.885.177.001"),
        (Decimal("91.95"), None, "91,95"),
        (Decimal("98.4"), None, "98,4"),
        (Decimal("98.40"), None, "98,40"),
        (0, None, "0"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (-1234567, None, "-1.234.567"),
        (Decimal("-1234.5"), None, "-1.234,5"),
        (0.1 + 0.2, None, "0,3"),
        (1.1 * 3, None, "3,3"),
        (1e20, None, "100.000.000.000.000.000.000"),
        ("1234567.891", None, "1.234.567,891"),
        (Decimal("1E+3"), None, "1.000"),
        (Decimal("2.675"), 2, "2,68"),
        (2.675, 2, "2,68"),
        (Decimal("91.954"), 1, "92,0"),
        (1234, 2, "1.234,00"),
        (Decimal("-0.001"), 2, "0,00"),
        (Decimal("12345678901234567890123456789.5"), 0, "12.345.678.901.234.567.890.123.456.790"),
    ],
)
def test_vn_number(value: Decimal | int | float | str, decimals: int | None, expected: str) -> None:
    assert vn_number(value, decimals) == expected


def test_en_number_and_number_errors() -> None:
    assert en_number(19885177001) == "19,885,177,001"
    assert en_number(Decimal("91.95")) == "91.95"
    for bad in ("abc", float("nan"), float("inf"), Decimal("NaN")):
        with pytest.raises(ValueError):
            vn_number(bad)
    with pytest.raises(TypeError):
        vn_number(True)
    with pytest.raises(ValueError):
        vn_number(1, -1)


def test_ref_numbers() -> None:
    assert ref_number(5, "BB", "UBND", "state") == "Số: 05/BB-UBND"
    assert ref_number(123, "BB", "UBND", "state") == "Số: 123/BB-UBND"
    assert ref_number(15, "TB", "QU", "party") == "Số 15-TB/QU"
    assert ref_number(7, "TB", "QU", "party") == "Số 07-TB/QU"
    assert ref_number(None, "BB", "UBND", "state") == "Số:      /BB-UBND"
    assert ref_number(None, "TB", "QU", "party") == "Số      -TB/QU"
    assert ref_number(5, "", "UBND", "state") == "Số: 05/UBND"
    with pytest.raises(ValueError):
        ref_number(0, "BB", "UBND", "state")
    with pytest.raises(ValueError):
        ref_number(1, "BB", "UBND", "other")  # type: ignore[arg-type]


_ILLEGAL = {*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF}


def _has_illegal(text: str) -> bool:
    return any(ord(ch) in _ILLEGAL or 0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def test_clean_xml_text_removes_controls_and_normalises_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Định")
    dirty = f"\x00{nfd}\x01\x08 \x0bdòng\u2028hai\x1f\ud800\ufffe\uffff\x7f\x9a\tcuối\x0c"
    cleaned = clean_xml_text(dirty)
    assert cleaned == "Nguyễn Thị Định  dòng hai\tcuối "
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not _has_illegal(cleaned)
    assert "\n" not in clean_xml_text("a\nb\r\nc")
    assert clean_xml_text("") == ""


def test_a_combining_mark_split_by_a_control_character_still_composes() -> None:
    assert clean_xml_text("e\x00\u0301") == "é"


def test_split_paragraphs_on_every_break() -> None:
    text = "một\nhai\r\nba\rbốn\u2029năm\u2028sáu\x0bbảy\x85tám"
    assert split_paragraphs(text) == ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám"]
    assert split_paragraphs("a\n\nb\x00") == ["a", "", "b"]
    assert split_paragraphs("") == []
    nfd = unicodedata.normalize("NFD", "Quận ủy\x0bLong Biên")
    assert split_paragraphs(nfd) == ["Quận ủy", "Long Biên"]


def test_cleaning_a_50000_word_text() -> None:
    words = unicodedata.normalize("NFD", "Phường Thạch Bàn\x0b báo\x00 cáo\u2028 kết quả ").split(" ")
    text = " ".join(words[i % len(words)] for i in range(50_000))
    cleaned = clean_xml_text(text)
    parts = split_paragraphs(text)
    assert not _has_illegal(cleaned) and unicodedata.is_normalized("NFC", cleaned)
    assert len(parts) > 1 and all(not _has_illegal(p) for p in parts)
