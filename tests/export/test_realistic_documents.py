"""Documents of the realistic meetings (tests/data/meetings, interchange version 2) tell every fact the
record holds and nothing it does not (issue 14, item 3).

Each meeting is imported through the v2 import service and printed under its own organisation's profile,
as the export command does (its document dates included), in every layout that applies: the two
Vietnamese families for the Vietnamese meetings, English for the English one. The minutes and the notice
are read back from the DOCX files and every fact of the JSON file they print is looked for: the agenda
and what belongs to each of its items, counted contributions, assigned people and free-text assignees,
deadlines as worded, votes, figures by kind, the next meeting, dates (a month where only the month is
known). The expected text is worked out here from the file, not from the exporter's code. No document
contains a false phrase (testkit.truth), and every date printed is one the record holds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from testkit.docx_read import table_with_header, texts
from testkit.truth import assert_truthful, dates_in

from minutes.export.documents import Options, check, export_meeting
from minutes.export.profile import OrgProfileData, with_value
from minutes.export.vnformat import Family
from minutes.services import Services

DATA = Path(__file__).resolve().parents[1] / "data" / "meetings"
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
CASES = [(name, family) for name, (_, families) in PROFILES.items() for family in families]


def test_every_realistic_meeting_has_a_profile() -> None:
    assert sorted(PROFILES) == sorted(p.name for p in DATA.glob("*.json"))


@dataclass
class Printed:
    data: dict[str, Any]  # the JSON file's "meeting", with its units and people by key
    units: dict[str, str]
    people: dict[str, tuple[str, str]]
    family: Family
    minutes: list[str]
    minutes_tasks: list[list[str]]
    notice: list[str]

    @property
    def plain(self) -> bool:
        return self.family == "plain"


@pytest.fixture(params=CASES, ids=[f"{n.split('-20')[0]}-{f}" for n, f in CASES])
def printed(request: pytest.FixtureRequest, services: Services, tmp_path: Path) -> Printed:
    name, family = request.param
    document = json.loads((DATA / name).read_text(encoding="utf-8"))
    meeting_id = services.interchange.import_file(DATA / name)
    meeting = services.meetings.get(meeting_id)
    assert meeting.organisation_id is not None
    services.profile.save(PROFILES[name][0], unit_id=meeting.organisation_id)
    out = {}
    for kind in ("minutes", "conclusion"):
        path = export_meeting(
            services, meeting_id, kind, tmp_path / f"{kind}.docx", options=Options(family=family)
        )
        out[kind] = docx.Document(str(path))
    header = "Task" if family == "plain" else "Nội dung nhiệm vụ"
    return Printed(document["meeting"], {u["key"]: u["name"] for u in document["units"]},
                   {p["key"]: (p["full_name"], p["title"]) for p in document["people"]}, family,
                   texts(out["minutes"]), table_with_header(out["minutes"], header), texts(out["conclusion"]))  # fmt: skip


# ------------------------------------------------------------------------------- how facts are written
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


def allowed_dates(p: Printed) -> set[date]:
    """The days the record holds: the meeting's (when known to the day), each document's, the days the
    deadlines name, the next meeting's (when known to the day), progress updates."""
    m = p.data
    days = {date.fromisoformat(d["date"]) for d in m.get("document_dates", [])}
    if len(m["date"]) == 10:
        days.add(date.fromisoformat(m["date"]))
    for task in m["tasks"]:
        stated = task["deadline"]
        if stated:
            days |= {date.fromisoformat(stated["end"])}
            if stated["kind"] == "range":
                days.add(date.fromisoformat(stated["start"]))
    nm = m.get("next_meeting")
    if nm and len(nm["date"]) == 10:
        days.add(date.fromisoformat(nm["date"]))
    return days


# ------------------------------------------------------------------------------------------------ tests
def test_no_document_says_what_the_record_does_not(printed: Printed) -> None:
    for lines, what in ((printed.minutes, "minutes"), (printed.notice, "notice")):
        assert_truthful(lines, where=f"{what} {printed.family}")
        invented = dates_in(lines) - allowed_dates(printed)
        assert not invented, (what, sorted(invented))
    if printed.plain:  # English dates, no Vietnamese codes
        for line in printed.minutes + printed.notice:
            assert "Số" not in line and "/BB" not in line and "-TB" not in line, line
            assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{4}\b", line), line


def test_the_minutes_print_every_fact(printed: Printed) -> None:
    m, lines, plain = printed.data, printed.minutes, printed.plain
    text = "\n".join(lines)
    assert m["title"] in lines and m["location"] in text
    when = long_day(m["date"], plain)
    start = line_with(lines, "Start: " if plain else "Thời gian bắt đầu: ")
    assert when in start and (m["start_time"] is None or clock(m["start_time"], plain) in start)
    closing = line_with(lines, "closed at" if plain else "kết thúc vào")
    assert when in closing and (m["end_time"] is None or clock(m["end_time"], plain) in closing)
    for a in m["attendance"]:
        if a["person"]:
            name, title = printed.people[a["person"]]
            row = line_with(lines, f"{name} - {title}")
            assert not a["absence_reason"] or a["absence_reason"] in row
            assert not a["note"] or a["note"] in row
        else:
            assert any(a["group_name"] in line for line in lines)
    for role, lead in (("chair", "Chair: " if plain else "Chủ trì (chủ tọa): "),
                       ("secretary", "Secretary" if plain else "Thư ký")):  # fmt: skip
        assert printed.people[m[role]][0] in line_with(lines, lead)
    # the agenda, then each of its items with the reports, contributions and conclusions under it
    agenda = [a["title"] for a in m["agenda"]]
    at = lines.index("Agenda:" if plain else "Chương trình:")
    assert [line.rstrip(";.") for line in lines[at + 1 : at + 1 + len(agenda)]] == [
        f"{i}. {t}" for i, t in enumerate(agenda, start=1)
    ]
    headings = [f"{i}. {t}" for i, t in enumerate(agenda, start=1)]
    tasks_heading = f"{len(agenda) + 1 + bool(m['recommendation_groups'])}. " + (
        "Tasks assigned" if plain else "Nhiệm vụ được giao"
    )
    for key, heading, following in zip([a["key"] for a in m["agenda"]], headings, headings[1:] + [tasks_heading],
                                       strict=True):  # fmt: skip
        under = section(lines, heading, following if following in lines else None)
        for r in (r for r in m["reports"] if r["agenda_item"] == key):
            presenter = printed.people[r["presenter"]][0]
            assert any(presenter in line for line in under) and r["summary"] in under
            for f in r["figures"]:
                assert line_with(under, f"- {f['label']}: ").startswith(
                    f"- {f['label']}: {figure_value(f, plain)}"
                )
        for c in (c for c in m["contributions"] if c["agenda_item"] == key):
            who = printed.people[c["speaker"]][0] if c["speaker"] else c["speaker_label"]
            said = line_with(under, who)
            if c["text"]:
                assert c["text"] in said
            elif c["count"] > 1:
                expected = (
                    f"{c['count']} contributions" if plain else f"{count(c['count'], plain)} ý kiến phát biểu"
                )
                assert said == f"- {who}: {expected}."
            else:
                assert said == f"- {who} {'spoke' if plain else 'phát biểu'}."
        for c in (c for c in m["conclusions"] if c["agenda_item"] == key):
            at = under.index(f"- {c['text']}")
            if c["votes"]:
                assert votes(c["votes"], plain) in under[at + 1]
    for g in m["recommendation_groups"]:
        for item in g["items"]:
            assert any(item["text"] in line for line in lines)
    _tasks_table(printed)
    nm = m["next_meeting"]
    if nm:
        said = line_with(lines, "Next meeting: " if plain else " tiếp theo: ")
        assert long_day(nm["date"], plain) in said and nm["note"] in said and nm["location"] in said
        assert nm["time"] is None or clock(nm["time"], plain) in said
    minutes_date = {d["document"]: d["date"] for d in m.get("document_dates", [])}.get("minutes")
    if printed.family != "state" and minutes_date:  # Mẫu 1.9 (state) has no date line
        assert long_day(minutes_date, plain) in lines[:8][-1] or any(
            long_day(minutes_date, plain) in line for line in lines[:8]
        )


def _tasks_table(printed: Printed) -> None:
    """Every task in the table, under its agenda item's group row: text, who (lead unit, each person
    assigned, the free-text assignee, the responsible person), coordinating units, deadline as worded
    (or "done at the meeting"), product."""
    m, plain, rows = printed.data, printed.plain, printed.minutes_tasks
    assert rows, "no tasks table"
    group = ""
    by_text: dict[str, tuple[str, list[str]]] = {}
    for row in rows[1:]:
        if len(row) == 1:
            group = row[0]
        else:
            by_text[row[1]] = (group, row)
    agenda = {a["key"]: (i, a["title"]) for i, a in enumerate(m["agenda"], start=1)}
    for t in m["tasks"]:
        group, row = by_text[t["text"]]
        n, title = agenda[t["agenda_item"]]
        assert group == (f"Item {n}: {title}" if plain else f"Nội dung {n}: {title}")
        who = row[2].split("\n")  # the unit, "(its people)" under it or the people alone, the free text
        if t["lead_unit"] and len(who) > 1 and who[1].startswith("("):
            who[1:2] = who[1].strip("()").split(", ")
        if t["lead_unit"]:
            assert who[0] == printed.units[t["lead_unit"]]
        for key in t["assignees"] + ([t["responsible"]] if t["responsible"] else []):
            assert printed.people[key][0] in who
        assert not t["assignee_text"] or t["assignee_text"] in who
        assert sorted(row[3].split("\n")) == sorted(printed.units[u] for u in t["coordinating_units"]) or (
            not t["coordinating_units"] and row[3] == ""
        )
        due = row[4].split("\n")
        assert deadline(t, plain) in due if t["deadline"] else due[0] != ""
        assert ("Done at the meeting" if plain else "Đã thực hiện tại cuộc họp") in due if t["done_at_meeting"] \
            else len([d for d in due if d]) == 1  # fmt: skip
        assert row[5] == t["expected_product"]


def test_the_notice_prints_every_fact(printed: Printed) -> None:
    m, lines, plain = printed.data, printed.notice, printed.plain
    heard = sum(c["count"] for c in m["contributions"])
    opening = line_with(lines, "Having heard" if plain else "Sau khi nghe")
    assert (f"{heard} contributions" if plain else f"{heard} ý kiến phát biểu") in opening
    assert printed.people[m["chair"]][0] in opening
    # the structure follows the conclusions' kinds, in the official order
    names = {"assessment": ("Assessment", "Đánh giá kết quả"), "directive": ("Key tasks ahead", "Nhiệm vụ trọng tâm thời gian tới"),
             "decision": ("Decisions", "Quyết định"), "resolution": ("Resolutions", "Nghị quyết")}  # fmt: skip
    kinds = [k for k in names if any(c["kind"] == k for c in m["conclusions"])]
    points = [line for line in lines if line[:1].isdigit() and ". " in line[:4]]
    assert [p.split(". ", 1)[1] for p in points[: len(kinds)]] == [names[k][0 if plain else 1] for k in kinds]
    conclusions = {c["key"]: c for c in m["conclusions"]}
    for c in m["conclusions"]:
        at = lines.index(f"- {c['text']}")
        heading = max(i for i, line in enumerate(lines[:at]) if line in points)
        assert lines[heading].endswith(names[c["kind"]][0 if plain else 1])
        if c["votes"]:
            assert votes(c["votes"], plain) in lines[at + 1]
    for t in m["tasks"]:
        source = t["source"]
        if source and source["kind"] == "conclusion":
            start = lines.index(f"- {conclusions[source['key']]['text']}")
            following = [
                i for i in range(start + 1, len(lines)) if lines[i].startswith("- ") or lines[i] in points
            ]
            block = lines[start + 1 : following[0] if following else len(lines)]
            said = _assignment(printed, t, block)
        elif source and source["kind"] == "recommendation":
            text = next(
                i["text"] for g in m["recommendation_groups"] for i in g["items"] if i["key"] == source["key"]
            )
            said = _assignment(printed, t, [line_with(lines, text)])
        else:
            said = _assignment(printed, t, [line_with(lines, f"- {t['text']}.")])
        assert said
    notice_date = {d["document"]: d["date"] for d in m.get("document_dates", [])}.get("conclusion")
    if notice_date:
        assert any(long_day(notice_date, plain) in line for line in lines[:8])


def _assignment(printed: Printed, t: dict[str, Any], block: list[str]) -> str:
    """The line of ``block`` that assigns ``t``: it names everyone assigned, the deadline, the product."""
    plain = printed.plain
    wanted = [printed.units[t["lead_unit"]]] if t["lead_unit"] else []
    wanted += [
        printed.people[k][0] for k in t["assignees"] + ([t["responsible"]] if t["responsible"] else [])
    ]
    wanted += [t["assignee_text"]] if t["assignee_text"] else []
    wanted += [deadline(t, plain)] if t["deadline"] else []
    wanted += [t["expected_product"]] if t["expected_product"] else []
    if t["done_at_meeting"]:
        wanted.append("done at the meeting" if plain else "đã thực hiện tại cuộc họp")
    found = [line for line in block if all(w in line for w in wanted)]
    assert found, (t["text"], wanted, block)
    return found[0]


def _meeting(services: Services, name: str) -> int:
    meeting_id = services.interchange.import_file(DATA / name)
    unit = services.meetings.get(meeting_id).organisation_id
    assert unit is not None
    services.profile.save(PROFILES[name][0], unit_id=unit)
    return meeting_id


def _lines(
    services: Services, meeting_id: int, kind: str, tmp_path: Path, family: Family | None = None
) -> list[str]:
    path = export_meeting(
        services, meeting_id, kind, tmp_path / f"{kind}.docx", options=Options(family=family)
    )  # type: ignore[arg-type]
    return texts(docx.Document(str(path)))


def test_pre_export_checks_name_only_what_each_document_lacks(services: Services) -> None:
    """The realistic meetings lack nothing their minutes and notice print, but the HĐND session's times
    (Mẫu 1.9's dotted blanks). A task done at the meeting needs no deadline or product (Đảng ủy's third
    task has neither); count-only contributions and tasks assigned to people only are complete."""
    found = {}
    for name, (profile, families) in PROFILES.items():
        meeting = services.meetings.get(_meeting(services, name))
        for kind in ("minutes", "conclusion"):
            found[(name[:4], kind)] = {i.code for i in check(meeting, kind, profile, families[0])}
    assert found.pop(("hdnd", "minutes")) == {"no_start_time", "no_end_time"}
    assert found.pop(("arch", "conclusion")) == {"no_signer_role"}  # its profile names no signer's role
    assert all(codes == set() for codes in found.values()), found
    dang = services.meetings.get(1 + [*PROFILES].index("dang-uy-xa-hoi-nghi-bch-2022-12.json"))
    plan = {i.code for i in check(dang, "plan", PROFILES["dang-uy-xa-hoi-nghi-bch-2022-12.json"][0], "party")}
    assert plan == {"no_signer_role"}


def test_a_peoples_committee_giao_ban(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "ubnd-giao-ban-2023-02.json")
    minutes = _lines(services, meeting_id, "minutes", tmp_path)
    assert "- Các ban, ngành, đoàn thể phường: 02 ý kiến phát biểu." in minutes
    assert "- Công an phường phát biểu." in minutes
    assert "- Chỉ số cải cách hành chính của phường: xếp thứ 3/14 (trong 14 phường của quận);" in minutes
    assert "- Thu ngân sách so với cùng kỳ: tăng 12% so với cùng kỳ năm 2022;" in minutes
    assert "- Hồ sơ thủ tục hành chính giải quyết đúng hạn: 412/415 hồ sơ, tỷ lệ 99,28%;" in minutes
    assert ("Cuộc họp tiếp theo: 8 giờ 00 phút, ngày 27 tháng 3 năm 2023, tại Hội trường tầng 2. Giao ban tháng "
            "3/2023; các bộ phận gửi báo cáo trước 02 ngày.") in minutes  # fmt: skip
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert "Long Biên, ngày 01 tháng 3 năm 2023" in notice  # the notice's own date, not the meeting's
    assert ("Giao 2 đồng chí Phó Chủ tịch UBND phường chủ trì thực hiện, thời hạn: quý I/2023; sản phẩm: Báo "
            "cáo rà soát.") in notice  # fmt: skip
    assert ("Giao Văn phòng HĐND - UBND phường Phúc Đồng (đồng chí Lê Thị Ngọc Ánh, đồng chí Trần Văn Quý) chủ "
            "trì, phối hợp với Bộ phận Tài chính - Kế toán phường Phúc Đồng, Công an phường Phúc Đồng thực hiện, "
            "thời hạn: trước ngày 10/3/2023; sản phẩm: Kế hoạch được phê duyệt.") in notice  # fmt: skip
    assert [line for line in notice if line[:2] in ("1.", "2.", "3.")] == [
        "1. Đánh giá kết quả",
        "2. Nhiệm vụ trọng tâm thời gian tới",
        "3. Tổ chức thực hiện",
    ]


def test_a_party_committee_session_with_a_resolution(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "dang-uy-xa-hoi-nghi-bch-2022-12.json")
    minutes = _lines(services, meeting_id, "minutes", tmp_path)
    at = minutes.index("- Hội nghị biểu quyết thông qua Nghị quyết về phương hướng, nhiệm vụ năm 2023.")
    assert minutes[at - 1] == "Quyết định, nghị quyết:"  # not among the chair's conclusions
    assert minutes[at + 1] == "Kết quả biểu quyết: 17/17 đại biểu tán thành (100%)."
    assert "Kết quả biểu quyết: 16/17 đại biểu tán thành (94,12%); 01 đại biểu không biểu quyết." in minutes
    assert "- Các đồng chí Ủy viên Ban Chấp hành: 05 ý kiến phát biểu." in minutes
    assert ("Cuộc họp tiếp theo: tháng 01 năm 2023. Hội nghị Ban Chấp hành lần thứ 16: sơ kết công tác tháng "
            "01/2023.") in minutes  # a month: no day is made up  # fmt: skip
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert [line for line in notice if line[:2] in ("1.", "2.", "3.", "4.", "5.")] == [
        "1. Đánh giá kết quả", "2. Nhiệm vụ trọng tâm thời gian tới", "3. Quyết định", "4. Nghị quyết",
        "5. Tổ chức thực hiện"]  # fmt: skip
    assert "Giao Đảng ủy xã Kim Sơn chủ trì thực hiện; đã thực hiện tại cuộc họp." in notice
    assert "Kim Sơn, ngày ..... tháng ..... năm ....." in notice  # no date recorded for the notice: blank


def test_a_project_kick_off_with_tasks_for_named_people(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "khoi-dong-du-an-2022-03.json")
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert ("- Hoàn thiện tài liệu đặc tả yêu cầu phần mềm. Giao đồng chí Bùi Thị Mai và đồng chí Phan Văn Khải "
            "chủ trì thực hiện, thời hạn: quý II/2022; sản phẩm: Tài liệu đặc tả yêu cầu.") in notice  # fmt: skip
    assert any("thời hạn: cuối tháng 3 và trong tháng 4/2022" in line for line in notice)
    assert any("thời hạn: 6 tháng cuối năm 2022" in line for line in notice)
    plan = _lines(services, meeting_id, "plan", tmp_path)
    assert "tháng 3/2022" in plan and "Lý Thu Trang" in "\n".join(plan)


def test_an_english_technical_meeting(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, "architecture-review-2024-05.json")
    minutes = _lines(services, meeting_id, "minutes", tmp_path)
    assert "Berlin, 15 May 2024" in minutes and "No. ARB-2024-17" in minutes
    assert "- Security Office (written comments): 3 contributions." in minutes
    assert (
        "- Throughput against the current broker: 5,200 msg/s, down 8% on the current broker (acceptable);"
        in minutes
    )
    assert "Vote: 4 of 4 in favour (100%)." in minutes
    assert "Next meeting: 28 May 2024, 15:00, Room 4.12. Go / no-go for the migration." in minutes
    notice = _lines(services, meeting_id, "conclusion", tmp_path)
    assert (
        "Assigned to Bob Okafor and Eve Johnson; before the go / no-go meeting; product: Runbook in the wiki."
        in notice
    )
    assert (
        "Assigned to Platform Engineering (lead) (Alice Martin) and all attendees; done at the meeting."
        in notice
    )
    path = export_meeting(services, meeting_id, "report", tmp_path / "report.docx",
                          options=Options(issued_on=date(2024, 6, 1)))  # fmt: skip
    overdue = table_with_header(docx.Document(str(path)), "Days overdue")
    assert [(row[2], row[3], row[4]) for row in overdue[1:]] == [
        ("Data Services Team", "24 May 2024", "8"),
        ("Bob Okafor and Eve Johnson", "before the go / no-go meeting", "5"),  # counted from 27 May
    ]


def test_a_figure_lacking_what_its_kind_needs_is_named_before_printing(
    services: Services, tmp_path: Path
) -> None:
    document = json.loads((DATA / "ubnd-giao-ban-2023-02.json").read_text(encoding="utf-8"))
    change = document["meeting"]["reports"][0]["figures"][1]
    change["compared_to"] = None  # "tăng 12% so với ...": compared with what, the record does not say
    path = tmp_path / "giao-ban.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    meeting = services.meetings.get(services.interchange.import_file(path))
    profile = PROFILES["ubnd-giao-ban-2023-02.json"][0]
    issues = {i.code: i for i in check(meeting, "minutes", profile, "state")}
    assert set(issues) == {"figures_incomplete"}
    assert issues["figures_incomplete"].items == ("Thu ngân sách so với cùng kỳ",)
    assert not {
        i.code for i in check(meeting, "conclusion", profile, "state")
    }  # the notice prints no figures
    from minutes.cli.export import issue_text

    assert "Thu ngân sách so với cùng kỳ" in issue_text(issues["figures_incomplete"])
