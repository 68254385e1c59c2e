"""Round trip of the version 2 wording (issue 18, what the app prints since issue 14): the realistic meetings
(tests/data/meetings, interchange version 2: agenda, count-only contributions, assigned people, deadlines as
periods, decisions with votes, the next meeting, document dates) are printed as the export command prints
them - under their organisation's profile, in every family that applies - imported into an empty database,
read back through a second connection and compared field by field with the file they were printed from.

What a document does not print cannot come back from it, and is not asked for: a notice prints no agenda,
no contributions and no next meeting; the minutes print what the chair concluded without its kind
(assessment or directive: "general" comes back) and both people of a task in one "(...)" (responsible
and assigned people come back as the task's people); a state biên bản prints no document date; a document
date equal to the meeting's is what is printed when none is recorded; a deadline recorded as words that
name no day ("before the go / no-go meeting") prints no day to read back. A conclusion that assigns work in its
own words ("Giao Thường trực Đảng ủy chỉ đạo ...") also becomes a task (docs/import.md), so the tasks
printed must all come back, and may be joined by such a task.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from testkit.written import DATA, PROFILES

from minutes.archive.mapping import to_interchange
from minutes.archive.store import ArchiveService
from minutes.export.documents import Options, export_meeting
from minutes.services import Actor, Database, Services
from minutes.services.interchange import validate

CASES = [(name, family) for name, (_, families) in PROFILES.items() for family in families]
IDS = [f"{n.split('-20')[0]}-{f}" for n, f in CASES]
ADOPTED = ("decision", "resolution")
PERIODS = ("month", "quarter", "half_year", "year", "range")


def _keyed(document: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    return (
        {u["key"]: u["name"] for u in document["units"]},
        {p["key"]: p["full_name"] for p in document["people"]},
    )


class Facts:
    """The facts of one interchange document (a file, or a dump of the imported meeting) by name."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.m = document["meeting"]
        self.units, self.people = _keyed(document)

    def agenda(self) -> list[str]:
        return [a["title"] for a in self.m["agenda"]]

    def contributions(self) -> list[tuple[Any, ...]]:
        return [(self.people.get(c["speaker"]), c["speaker_label"], c["count"], c["text"])
                for c in self.m["contributions"]]  # fmt: skip

    def conclusions(self, *, kinds: bool) -> list[tuple[Any, ...]]:
        def kind(k: str) -> str:
            return k if kinds or k in ADOPTED else "general"

        return sorted((kind(c["kind"]), c["text"], json.dumps(c["votes"], sort_keys=True))
                      for c in self.m["conclusions"])  # fmt: skip

    def tasks(self, *, text: bool) -> list[tuple[Any, ...]]:
        out = []
        for t in self.m["tasks"]:
            people = {self.people[k] for k in [t["responsible"], *t["assignees"]] if k}
            d = t["deadline"]
            due = None
            if d is not None and d["text"] and not any(ch.isdigit() for ch in d["text"]):
                due = None  # printed as its words alone ("before the go / no-go meeting"): no day to read
            elif (
                d is not None
            ):  # a day is a day ("trước ngày ..." or the day alone); a period keeps its words
                due = (d["kind"], d["end"], d["text"]) if d["kind"] in PERIODS else ("day", d["end"], "")
            out.append((t["text"] if text else "", self.units.get(t["lead_unit"]), tuple(sorted(people)),
                        t["assignee_text"], due))  # fmt: skip
        return sorted(out, key=repr)

    def next_meeting(self) -> dict[str, Any] | None:
        nm = self.m["next_meeting"]
        return None if nm is None else {**nm, "time": (nm["time"] or "")[:5] or None}

    def document_date(self, kind: str) -> str | None:
        return next((d["date"] for d in self.m["document_dates"] if d["document"] == kind), None)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[Facts, Facts]]:
    """(name, family) -> (the file's facts, the facts of each document imported back) for every case,
    made once: each meeting printed as minutes and as a notice, imported into a database of its own."""
    out: dict[tuple[str, str], Any] = {}
    for name, family in CASES:
        folder = tmp_path_factory.mktemp(name.split("-20")[0] + family)
        source = Database(str(folder / "source.sqlite3"), clock=lambda: date(2024, 6, 1))
        try:
            services = Services(source, Actor("Văn thư"))
            meeting_id = services.interchange.import_file(DATA / name)
            unit = services.meetings.get(meeting_id).organisation_id
            assert unit is not None
            services.profile.save(PROFILES[name][0], unit_id=unit)
            for kind in ("minutes", "conclusion"):
                path = export_meeting(services, meeting_id, kind, folder / f"{kind}.docx",
                                      options=Options(family=family))  # type: ignore[arg-type]  # fmt: skip
                target = folder / f"{kind}.sqlite3"
                database = Database(str(target), clock=lambda: date(2024, 6, 1))
                try:
                    importer = ArchiveService(database, Actor("Văn thư"))
                    item = importer.recognise_file(path)
                    validate(to_interchange(item.meeting, version=2))
                    back_id = importer.save(item)
                finally:
                    database.close()
                fresh = Database(str(target), clock=lambda: date(2024, 6, 1))  # what was really saved
                try:
                    out[(name, family, kind)] = Facts(
                        Services(fresh, Actor("Kiểm tra")).interchange.dump(back_id)
                    )
                finally:
                    fresh.close()
        finally:
            source.close()
        out[(name, family)] = Facts(json.loads((DATA / name).read_text(encoding="utf-8")))
    return out


@pytest.mark.parametrize(("name", "family"), CASES, ids=IDS)
def test_minutes_in_the_v2_wording_come_back_field_by_field(
    printed: dict[Any, Facts], name: str, family: str
) -> None:
    want, back = printed[(name, family)], printed[(name, family, "minutes")]
    assert back.agenda() == want.agenda()
    assert back.contributions() == want.contributions()  # with their speaker or label, and counts
    assert back.conclusions(kinds=False) == want.conclusions(kinds=False)  # decisions with their votes
    wanted = want.tasks(text=True)
    assert [t for t in wanted if t not in back.tasks(text=True)] == []
    assert back.next_meeting() == want.next_meeting()
    dated = want.document_date("minutes")
    if family != "state" and dated is not None and dated != want.m["date"]:
        assert back.document_date("minutes") == dated


@pytest.mark.parametrize(("name", "family"), CASES, ids=IDS)
def test_a_notice_in_the_v2_wording_comes_back_with_what_it_prints(
    printed: dict[Any, Facts], name: str, family: str
) -> None:
    want, back = printed[(name, family)], printed[(name, family, "conclusion")]
    assert back.conclusions(kinds=True) == want.conclusions(kinds=True)  # by its parts, with the votes
    got = [t[1:] for t in back.tasks(text=False)]
    missing = [t[1:] for t in want.tasks(text=False) if t[1:] not in got]
    assert missing == []  # lead, people, free-text assignee, deadline as worded
    dated = want.document_date("conclusion")
    if dated is not None:
        assert back.document_date("conclusion") == dated


def test_every_realistic_meeting_is_a_case() -> None:
    assert sorted({n for n, _ in CASES}) == sorted(p.name for p in Path(DATA).glob("*.json"))
