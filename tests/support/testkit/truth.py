"""What no exported document may say: the false or empty phrases issue 14 found in printed documents.

:func:`false_statements` lists every line of a document that contains one; the tests of every document
(the example meeting's, the sparse meetings built in the tests, and the realistic meetings of
tests/data/meetings) assert it finds none. :func:`assert_truthful` says which line and which phrase when
it does. Besides the phrases: an empty fragment ("- .", "()", "báo cáo ,"), and a dotted blank
("....."), which is allowed only where the official form itself has one (Mẫu 1.9's start and closing
time, place, attendance, chair, secretary; the undated date line).

:func:`dates_in` finds every date a document prints (Vietnamese and English forms), so a test can
check that each is one the record holds: a document must never invent a day (a meeting known only by
its month, a deadline that is a quarter).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

#: Phrases that state something no record supports, or show that something was left empty.
FALSE_PHRASES: tuple[str, ...] = (
    "[Chưa giao]",  # the editor's marker
    "[Not yet assigned]",
    "Chưa giao",  # "not assigned": the task may be assigned to a person, or the record may be silent
    "chưa có đơn vị chủ trì",
    "chưa giao đơn vị chủ trì",
    "chưa xác định thời hạn",
    "Chưa xác định:",  # "not set: coordinating units, product" in the plan's notes
    "Không có ý kiến phát biểu",  # contributions may have been made without their words recorded
    "Không có ý kiến",
    "không có ý kiến",
    "No contributions were made",
    "no contributions",
    "No contributions",
    "chưa giao",
    "Chưa có đơn vị",
    "Không có nhiệm vụ được giao",
    "No tasks were assigned",
    "Không có kiến nghị, đề xuất",
    "No recommendations were made",
    "no lead unit and no deadline yet",
    "Not yet assigned",
    "no deadline set",
    "báo cáo Báo cáo",
    "báo cáo ,",
    "trình bày Báo cáo",
    " ,",
    "()",
    "( )",
    " :",
    "None",  # a missing value printed as Python writes it
    "..........................................",  # a whole dotted paragraph for an empty section
)
#: "Địa điểm: ." / "giao cho , ." : punctuation with nothing between (a dotted blank is not this).
_NOTHING_AFTER = re.compile(r"[:,;] ?\.(?!\.)|[:,;] ?[,;]")
DOTS = "....."
#: Where a form has a dotted blank for the clerk (Mẫu 1.9; the undated date line): nowhere else.
_FORM_BLANKS = re.compile(
    r"^(?:Thời gian bắt đầu: \.{5} giờ \.{5} phút, "
    r"|Địa điểm: \.{5}$|Thành phần tham dự: \.{5}$|Chủ trì \(chủ tọa\): \.{5}$"
    r"|Thư ký \(người ghi biên bản\): \.{5}$"
    r"|(?:Cuộc họp|Hội nghị) kết thúc vào \.{5} giờ \.{5}, "
    r"|(?:.*, )?ngày \.{5} tháng \.{5} năm \.{5}$)"
)
#: Lines that are fragments: a bullet with nothing after it ("- ." / "- ;"), a bare number.
_EMPTY_LINE = re.compile(r"^\s*[-+•]\s*[.;,:]?\s*$|^\s*\(?\d+[.)]\s*[.;,:]?\s*$")


def false_statements(lines: Iterable[str], extra: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(phrase, line) for every line containing a false phrase (``extra`` adds the test's own)."""
    phrases = (*FALSE_PHRASES, *extra)
    found = []
    for line in lines:
        for phrase in phrases:
            if phrase in line:
                found.append((phrase, line))
        if _EMPTY_LINE.match(line) or _NOTHING_AFTER.search(line):
            found.append(("(empty fragment)", line))
        if DOTS in line and not _FORM_BLANKS.match(line):
            found.append(("(dotted marker)", line))
    return found


_VI_LONG = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
_SHORT = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_EN_LONG = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})\b")


def dates_in(lines: Iterable[str]) -> set[date]:
    """Every day a document names: "ngày 19 tháng 01 năm 2021", "19/01/2021", "19 January 2021"."""
    found: set[date] = set()
    for line in lines:
        for d, m, y in _VI_LONG.findall(line) + _SHORT.findall(line):
            found.add(date(int(y), int(m), int(d)))
        for d, month, y in _EN_LONG.findall(line):
            found.add(date(int(y), _MONTHS.index(month) + 1, int(d)))
    return found


def assert_truthful(lines: Iterable[str], extra: Iterable[str] = (), *, where: str = "") -> None:
    found = false_statements(list(lines), extra)
    assert not found, f"{where}: " + "; ".join(f"{phrase!r} in {line!r}" for phrase, line in found[:5])
