"""Documents of the realistic meetings (tests/data/meetings, interchange version 2) tell every fact the
record holds and nothing it does not (issue 14, item 3).

Each meeting is imported through the v2 import service and printed under its own organisation's profile,
as the export command does (its document dates included), in every layout that applies: the two
Vietnamese families for the Vietnamese meetings, English for the English one. The minutes and the notice
are read back from the DOCX files and every fact of the JSON file they print is looked for: the agenda
and what belongs to each of its items, counted contributions, assigned people and free-text assignees,
deadlines as worded, votes, figures by kind, the next meeting, dates (a month where only the month is
known). The expected text is worked out from the file (testkit.written), not from the exporter's code. No document
contains a false phrase (testkit.truth), and every date printed is one the record holds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from testkit.docx_read import table_with_header, texts
from testkit.truth import assert_truthful, dates_in
from testkit.written import (
    DATA,
    PROFILES,
    clock,
    count,
    deadline,
    figure_value,
    line_with,
    long_day,
    section,
    votes,
)

from minutes.export.documents import Options, export_meeting
from minutes.export.vnformat import Family
from minutes.services import Services

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
