"""The shipped demo meeting (seed article, Long Biên 19/01/2021) against the shipped JSON Schema.

The demo is what a clerk sees first, and the schema is the interchange contract: both are data, so a
hand edit to either must not silently break the other, drop a figure of the article or leave a
dangling reference (which JSON Schema cannot check).
"""

from __future__ import annotations

import copy
import json
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SCHEMA_PATH = RESOURCES / "schema" / "meeting-v1.schema.json"
DEMO_PATH = RESOURCES / "demo" / "long-bien-2021-01-19.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


@pytest.fixture(scope="module")
def raw_demo() -> str:
    return DEMO_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def demo(raw_demo: str) -> dict[str, Any]:
    return json.loads(raw_demo)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def test_demo_validates_and_is_complete(schema: dict[str, Any], raw_demo: str, demo: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(schema).validate(demo)

    # NFC, both the file as a whole and every decoded string (JSON escapes could hide decomposed text).
    assert unicodedata.is_normalized("NFC", raw_demo)
    assert all(unicodedata.is_normalized("NFC", s) for s in _strings(demo))

    meeting = demo["meeting"]
    assert meeting["date"] == "2021-01-19"
    assert meeting["status"] == "draft"

    # 10 opinions after the report; the 13 recommendations in the article's two groups of 5 and 8.
    assert len(meeting["contributions"]) == 10
    groups = meeting["recommendation_groups"]
    assert [len(g["items"]) for g in groups] == [5, 8]
    assert sum(len(g["items"]) for g in groups) == 13

    # Every figure of the article, as exact decimals.
    figures = [
        (_dec(f["value"]), _dec(f["target"]), _dec(f["percent"]))
        for r in meeting["reports"]
        for f in r["figures"]
    ]
    expected = [
        ("18", "18", None),  # 18/18 Đại hội chi bộ
        ("12", "12", None),  # 12/12 tổ dân phố tổng kết
        ("8", None, None),  # sáp nhập 8 TDP ...
        ("4", None, None),  # ... thành 4 tổ
        ("7", None, None),  # 7 cán bộ bán chuyên trách ...
        ("9", None, None),  # ... kiêm nhiệm 9 chức danh
        ("4", None, None),  # 04 Bí thư chi bộ kiêm Trưởng BCTMT
        ("1", None, None),  # 01 Bí thư kiêm Tổ trưởng TDP
        ("19885177001", None, "87"),  # tổng thu NSNN trên địa bàn
        ("11915379221", None, "102"),  # ngân sách phường được hưởng
        ("10144992938", "11492300000", "88"),  # tổng chi / kế hoạch pháp lệnh
        ("10144992938", None, "98.4"),  # tổng chi, sau điều chỉnh bổ sung
        ("5", "6", None),  # giảm đàn gia súc 5/6 hộ
        (None, None, "91.95"),  # gia đình văn hóa
        ("8", "12", "66.66"),  # tổ dân phố văn hóa 8/12
        ("7", "7", None),  # giảm nghèo 7/7 hộ
        (None, None, "100"),  # phần mềm, ứng dụng
        ("12", None, None),  # 12 dự án GPMB
    ]
    for value, target, percent in expected:
        wanted = (_dec(value), _dec(target), _dec(percent))
        assert wanted in figures, f"figure {wanted} missing from the demo report"

    # Keys unique per kind, and every reference resolves (JSON Schema cannot say this).
    unit_keys = [u["key"] for u in demo["units"]]
    person_keys = [p["key"] for p in demo["people"]]
    assert len(set(unit_keys)) == len(unit_keys)
    assert len(set(person_keys)) == len(person_keys)
    units, people = set(unit_keys), set(person_keys)

    for u in demo["units"]:
        assert u["parent"] is None or u["parent"] in units
    for p in demo["people"]:
        assert p["unit"] is None or p["unit"] in units
    assert meeting["organisation"] is None or meeting["organisation"] in units
    for key in ("chair", "secretary"):
        assert meeting[key] is None or meeting[key] in people
    for a in meeting["attendance"]:
        assert a["person"] is None or a["person"] in people
        assert (a["person"] is None) != (a["group_name"] is None)
    for r in meeting["reports"]:
        assert r["presenter"] is None or r["presenter"] in people
    for c in meeting["contributions"]:
        assert c["speaker"] is None or c["speaker"] in people

    sources = {
        "contribution": [c["key"] for c in meeting["contributions"]],
        "conclusion": [k["key"] for k in meeting["conclusions"]],
        "recommendation": [r["key"] for g in groups for r in g["items"]],
    }
    for kind, keys in sources.items():
        assert len(set(keys)) == len(keys), f"duplicate {kind} key"

    tasks = meeting["tasks"]
    assert tasks
    assert len({t["key"] for t in tasks}) == len(tasks)
    for t in tasks:
        assert t["source"] is not None and t["source"]["key"] in sources[t["source"]["kind"]]
        assert t["lead_unit"] in units  # exactly one lead unit, and it exists
        assert all(u in units for u in t["coordinating_units"])
        assert t["lead_unit"] not in t["coordinating_units"]
        assert t["responsible"] is None or t["responsible"] in people
        assert t["deadline"] is not None and t["deadline"] > meeting["date"]
        assert t["expected_product"].strip()
        assert t["progress"] == 0 and t["updates"] == [] and t["events"] == []


def test_a_broken_field_fails_with_its_path(schema: dict[str, Any], demo: dict[str, Any]) -> None:
    broken = copy.deepcopy(demo)
    broken["meeting"]["attendance"][0]["presence"] = "maybe"

    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(broken))
    assert errors
    paths = [list(e.absolute_path) for e in errors]
    assert any("attendance" in p for p in paths), paths
    best = jsonschema.exceptions.best_match(errors)
    assert best is not None
    assert list(best.absolute_path) == ["meeting", "attendance", 0, "presence"]
