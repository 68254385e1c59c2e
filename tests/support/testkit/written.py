"""How the facts of a realistic meeting (tests/data/meetings) are written in its documents, worked out
here from the JSON file and by hand (grouping, dates, votes, figures by kind), not from the exporter's
code, so a test comparing the two can fail; and the organisation profile each meeting prints under."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from minutes.export.profile import OrgProfileData, with_value
from minutes.export.vnformat import Family

DATA = Path(__file__).resolve().parents[2] / "data" / "meetings"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


def _profile(**values: Any) -> OrgProfileData:
    data = OrgProfileData()
    for key, value in values.items():
        data = with_value(data, key.replace("__", "."), value)
    return data


#: Each meeting's organisation profile (what its office would set up) and the layouts that apply to it.
PROFILES: dict[str, tuple[OrgProfileData, tuple[Family, ...]]] = {
    "ubnd-giao-ban-2023-02.json": (_profile(
        family="state", superior_body="UBND QUẬN LONG BIÊN", issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG PHÚC ĐỒNG",
        collective="Ủy ban nhân dân phường", office="Văn phòng HĐND - UBND phường", place="Long Biên",
        issuer_code="UBND", archive="VT, VP", conclusion__state__on_behalf="TM. ỦY BAN NHÂN DÂN",
        conclusion__state__right="CHỦ TỊCH", conclusion__recipients=["Thường trực Đảng ủy phường"]),
        ("state", "party")),
    "dang-uy-xa-hoi-nghi-bch-2022-12.json": (_profile(
        family="party", superior_body="ĐẢNG BỘ HUYỆN GIA LÂM", issuing_body="ĐẢNG ỦY XÃ KIM SƠN",
        collective="Ban Chấp hành Đảng bộ xã", office="Văn phòng Đảng ủy", place="Kim Sơn", issuer_code="ĐU",
        conclusion__party__on_behalf="T/M BAN CHẤP HÀNH", conclusion__party__right="BÍ THƯ",
        conclusion__recipients=["Các chi bộ trực thuộc"]), ("party", "state")),
    "khoi-dong-du-an-2022-03.json": (_profile(
        family="state", superior_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BẮC GIANG",
        issuing_body="TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG", collective="Trung tâm",
        place="Bắc Giang", issuer_code="TTCNTT", archive="VT", conclusion__state__right="GIÁM ĐỐC"),
        ("state", "party")),
    "hdnd-thuong-truc-2022-03.json": (_profile(
        family="state", superior_body="HĐND HUYỆN ĐÔNG ANH", issuing_body="THƯỜNG TRỰC HĐND HUYỆN",
        collective="Thường trực HĐND huyện", place="Đông Anh", issuer_code="TTHĐND", archive="VT",
        conclusion__state__on_behalf="TM. THƯỜNG TRỰC HĐND", conclusion__state__right="CHỦ TỊCH"),
        ("state", "party")),
    "architecture-review-2024-05.json": (_profile(
        family="plain", plain_issuing_body="Platform Engineering", collective="The architecture board",
        plain_place="Berlin"), ("plain",)),
}  # fmt: skip


def number(value: str | int, plain: bool) -> str:
    """Grouping by hand: 4350000000 -> 4.350.000.000 (4,350,000,000); 99.28 -> 99,28 (99.28)."""
    text = format(Decimal(str(value)), "f")
    whole, _, fraction = text.lstrip("-").partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    grouped = ("," if plain else ".").join(groups)
    sign = "-" if text.startswith("-") else ""
    return sign + grouped + (("." if plain else ",") + fraction if fraction else "")


def day(iso: str, plain: bool) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if plain else f"{d.day:02d}/{d.month:02d}/{d.year}"


def long_day(iso: str, plain: bool) -> str:
    if len(iso) == 7:  # known by its month
        year, month = int(iso[:4]), int(iso[5:])
        return f"{MONTHS[month - 1]} {year}" if plain else f"tháng {month:02d} năm {year}" if month < 3 \
            else f"tháng {month} năm {year}"  # fmt: skip
    d = date.fromisoformat(iso)
    if plain:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}" if d.month < 3 else \
        f"ngày {d.day:02d} tháng {d.month} năm {d.year}"  # fmt: skip


def clock(hhmm: str, plain: bool) -> str:
    hour, minute = hhmm.split(":")
    return hhmm if plain else f"{int(hour)} giờ {minute} phút"


def deadline(task: dict[str, Any], plain: bool) -> str:
    stated = task["deadline"]
    if stated is None:
        return ""
    if stated["text"]:
        return stated["text"]
    assert stated["kind"] == "date", "the test files word every period"
    return day(stated["end"], plain)


def count(n: int, plain: bool) -> str:
    return str(n) if plain else f"{n:02d}"


def votes(v: dict[str, int], plain: bool) -> str:
    share = Decimal(v["for"] * 100) / Decimal(v["total"])
    pct = number(share.quantize(Decimal("0.01")).normalize() if share % 1 else int(share), plain)
    if plain:
        return f"{v['for']} of {v['total']} in favour ({pct}%)"
    return f"{count(v['for'], plain)}/{count(v['total'], plain)} đại biểu tán thành ({pct}%)"


def figure_value(f: dict[str, Any], plain: bool) -> str:
    """What follows the label, by kind."""
    n = lambda v: number(v, plain)  # noqa: E731
    amount = f"{n(f['value'])}" + (f"/{n(f['target'])}" if f["target"] else "") if f["value"] else ""
    amount = f"{amount} {f['unit']}".strip()
    if f["kind"] == "rank":
        return (
            f"ranked {n(f['value'])} of {n(f['target'])}"
            if plain
            else f"xếp thứ {n(f['value'])}/{n(f['target'])}"
        )
    if f["kind"] == "change":
        pct = Decimal(f["percent"])
        word = ("up" if pct >= 0 else "down") if plain else ("tăng" if pct >= 0 else "giảm")
        change = f"{word} {n(abs(pct))}% {'on' if plain else 'so với'} {f['compared_to']}"
        return f"{n(f['value'])} {f['unit']}, {change}" if f["value"] else change
    if f["kind"] == "share":
        return (
            f"{amount}, {'share' if plain else 'tỷ lệ'} {n(f['percent'])}%"
            if amount
            else f"{n(f['percent'])}%"
        )
    if f["kind"] == "ratio_to_plan":
        return f"{amount}, {'' if plain else 'đạt '}{n(f['percent'])}%"
    return amount


def section(lines: list[str], start: str, end: str | None) -> list[str]:
    """The lines from the one equal to ``start`` to the one before ``end`` (None: to the end)."""
    first = lines.index(start)
    last = lines.index(end, first + 1) if end is not None else len(lines)
    return lines[first:last]


def line_with(lines: list[str], *parts: str) -> str:
    found = [line for line in lines if all(part in line for part in parts)]
    assert found, f"no line with {parts!r}"
    return found[0]
