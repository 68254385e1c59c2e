"""What no exported document may say: the false or empty phrases issue 14 found in printed documents.

:func:`false_statements` lists every line of a document that contains one; the tests of every document
(the example meeting's, the sparse meetings built in the tests, and phase 2's realistic meetings) assert
it finds none. :func:`assert_truthful` says which line and which phrase when it does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    "No contributions were made",
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
    "..........................................",  # a whole dotted paragraph for an empty section
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
        if _EMPTY_LINE.match(line):
            found.append(("(empty fragment)", line))
    return found


def assert_truthful(lines: Iterable[str], extra: Iterable[str] = (), *, where: str = "") -> None:
    found = false_statements(list(lines), extra)
    assert not found, f"{where}: " + "; ".join(f"{phrase!r} in {line!r}" for phrase, line in found[:5])
