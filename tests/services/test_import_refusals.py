"""What was accepted can be restored, and nothing else gets in (issue 11 item 6): the same length limits
in the services, the schema and the import; imported text cleaned like typed text; calendar-invalid
dates, absurd numbers, deep nesting, duplicate keys and deadlines before the meeting refused with a
message naming the JSON path; nothing half-imported, on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import json
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from minutes.db import models as m
from minutes.errors import ImportFormatError, ValidationError
from minutes.services import Services

DATA = Path(__file__).resolve().parents[1] / "data" / "meetings"
DOC = json.loads((DATA / "khoi-dong-du-an-2022-03.json").read_text(encoding="utf-8"))
TABLES = (
    "meetings",
    "people",
    "units",
    "tasks",
    "contributions",
    "agenda_items",
    "task_assignees",
    "search_entries",
)


def counts(services: Services) -> dict[str, int]:
    with services.meetings.uow() as s:
        return {t: s.scalar(select(func.count()).select_from(m.Base.metadata.tables[t])) or 0 for t in TABLES}


def doc() -> dict[str, Any]:
    return copy.deepcopy(DOC)


def setter(*path: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(d: dict[str, Any]) -> None:
        target: Any = d
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return apply


# (name, how to break a valid document, the JSON path the message must name)
BAD_DATA: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("long location", setter("meeting", "location", value="P" * 440), "$.meeting.location"),
    (
        "long assignee text",
        setter("meeting", "tasks", 0, "assignee_text", value="x" * 501),
        "$.meeting.tasks[0].assignee_text",
    ),
    ("30 February", setter("meeting", "date", value="2021-02-30"), "$.meeting.date"),
    (
        "31 April deadline",
        setter("meeting", "tasks", 0, "deadline", "end", value="2022-04-31"),
        "$.meeting.tasks[0].deadline.end",
    ),
    (
        "bad update date",
        setter("meeting", "tasks", 2, "updates", 0, "date", value="2022-13-01"),
        "$.meeting.tasks[2].updates[0].date",
    ),
    ("year 0001", setter("meeting", "date", value="0001-01-01"), "$.meeting.date"),
    (
        "10**30 seconds",
        setter("meeting", "contributions", 0, "duration_seconds", value=10**30),
        "$.meeting.contributions[0].duration_seconds",
    ),
    (
        "30-digit figure",
        setter("meeting", "reports", 0, "figures", 0, "value", value="1" * 30),
        "$.meeting.reports[0].figures[0].value",
    ),
    (
        "10**30 votes",
        setter(
            "meeting",
            "conclusions",
            0,
            "votes",
            value={"for": 10**30, "against": 0, "abstain": 0, "total": None},
        ),
        "$.meeting.conclusions[0].votes.for",
    ),
    (
        "more ballots than voters",
        setter(
            "meeting", "conclusions", 0, "votes", value={"for": 5, "against": 1, "abstain": 0, "total": 5}
        ),
        "$.meeting.conclusions[0].votes",
    ),
    (
        "float count",
        setter("meeting", "contributions", 0, "count", value=2.0),
        "$.meeting.contributions[0].count",
    ),
    (
        "duplicate contribution key",
        setter("meeting", "contributions", 1, "key", value="c1"),
        "$.meeting.contributions[1].key",
    ),
    ("duplicate person key", setter("people", 1, "key", value="gd"), "$.people[1].key"),
    ("duplicate task key", setter("meeting", "tasks", 1, "key", value="t1"), "$.meeting.tasks[1].key"),
    (
        "unknown agenda item",
        setter("meeting", "tasks", 0, "agenda_item", value="a9"),
        "$.meeting.tasks[0].agenda_item",
    ),
    (
        "unknown assignee",
        setter("meeting", "tasks", 0, "assignees", value=["nobody"]),
        "$.meeting.tasks[0].assignees[0]",
    ),
    (
        "deadline before the meeting",
        setter(
            "meeting",
            "tasks",
            2,
            "deadline",
            value={"kind": "date", "start": None, "end": "2022-03-01", "due": None, "text": ""},
        ),
        "$.meeting.tasks[2].deadline",
    ),
    (
        "quarter that is not one",
        setter("meeting", "tasks", 1, "deadline", "start", value="2022-04-02"),
        "$.meeting.tasks[1].deadline",
    ),
    (
        "document dated before",
        setter("meeting", "document_dates", value=[{"document": "minutes", "date": "2022-03-01"}]),
        "$.meeting.document_dates[0].date",
    ),
    (
        "document dated twice",
        setter(
            "meeting",
            "document_dates",
            value=[{"document": "plan", "date": "2022-03-16"}, {"document": "plan", "date": "2022-03-17"}],
        ),
        "$.meeting.document_dates[1].document",
    ),
    (
        "next meeting before",
        setter("meeting", "next_meeting", "date", value="2022-03-01"),
        "$.meeting.next_meeting.date",
    ),
    (
        "done at the meeting, later",
        setter("meeting", "tasks", 4, "completed_on", value="2022-03-20"),
        "$.meeting.tasks[4].completed_on",
    ),
]

# JSON text the parser alone would take wrongly or crash on
BAD_TEXT: list[tuple[str, str, str]] = [
    (
        "2,000 levels",
        '{"format": "minutes.meeting", "meeting": {"notes": ' + "[" * 2000 + "]" * 2000 + "}}",
        "$.meeting.notes",
    ),
    (
        "duplicate object key",
        json.dumps(DOC, ensure_ascii=False).replace(
            '"location": "Phòng họp trực', '"location": "x", "location": "Phòng họp trực', 1
        ),
        "$.meeting.location",
    ),
    ("NaN", json.dumps(DOC).replace('"progress": 40', '"progress": NaN', 1), "NaN"),
]


def test_every_bad_input_is_refused_by_path_and_nothing_is_imported(any_services: Services) -> None:
    before = counts(any_services)
    for name, breaker, path in BAD_DATA:
        data = doc()
        breaker(data)
        with pytest.raises(ImportFormatError) as info:
            any_services.interchange.import_data(data)
        assert path in info.value.message, (name, info.value.message)
        assert "Nothing was imported" in info.value.message
        assert counts(any_services) == before, name
    for name, content, path in BAD_TEXT:
        with pytest.raises(ImportFormatError) as info:
            any_services.interchange.import_text(content, "f.json")
        assert path in info.value.message, (name, info.value.message)
        assert counts(any_services) == before, name
    # and the good document still goes in whole
    any_services.interchange.import_data(doc())
    after = counts(any_services)
    assert (
        after["meetings"] == before["meetings"] + 1
        and after["task_assignees"] == before["task_assignees"] + 8
    )


DIRTY = "A\x00b\x01c\x0b\ud800d\ufffee\u0301"  # NUL, a control, Word's line break, a lone surrogate, NFD


def test_imported_text_is_cleaned_like_typed_text(any_services: Services, any_fresh: Services) -> None:
    data = doc()
    md = data["meeting"]
    md["notes"] = DIRTY
    md["location"] = DIRTY
    md["agenda"][0]["title"] = DIRTY
    md["attendance"][2]["note"] = DIRTY
    md["contributions"][0]["text"] = DIRTY
    md["contributions"][1]["speaker_label"] = DIRTY
    md["reports"][0]["figures"][0]["note"] = DIRTY
    md["tasks"][0]["assignee_text"] = DIRTY
    md["tasks"][0]["deadline"]["text"] = DIRTY
    md["tasks"][2]["updates"][0]["note"] = DIRTY
    md["tasks"][2]["cancel_reason"] = DIRTY
    md["tasks"][2]["events"] = [
        {
            "at": "2022-03-20T10:00:00",
            "kind": "updated",
            "old_value": DIRTY,
            "new_value": None,
            "note": DIRTY,
            "actor": DIRTY,
        }
    ]
    data["people"][0]["title"] = DIRTY
    meeting_id = any_services.interchange.import_data(data)

    dump = json.dumps(any_fresh.interchange.dump(meeting_id), ensure_ascii=False)
    for bad in ("\x00", "\x01", "\x0b", "\ufffe"):
        assert bad not in dump
    assert "\\ud800" not in json.dumps(any_fresh.interchange.dump(meeting_id))
    assert unicodedata.is_normalized("NFC", dump)
    d = any_fresh.meetings.get(meeting_id)
    assert d.location == "Abc dé"  # a one-line field: the break became a space, then collapsed
    assert d.notes == "Abc\ndé"
    assert d.tasks[0].deadline_spec is not None and d.tasks[0].deadline_spec.text == "Abc dé"
    assert d.contributions[0].text == "Abc\ndé"


def test_the_services_hold_the_same_limits(any_services: Services, any_fresh: Services) -> None:
    meeting_id = any_services.meetings.create("Họp", date(2022, 3, 15))
    with pytest.raises(ValidationError, match="location: at most 300 characters"):
        any_services.meetings.update(meeting_id, location="P" * 440)
    with pytest.raises(ValidationError, match="duration_seconds"):
        any_services.items.add_contribution(meeting_id, text="x", duration_seconds=10**30)
    report = any_services.items.add_report(meeting_id, title="Báo cáo")
    with pytest.raises(ValidationError, match="digits"):
        any_services.items.add_figure(report, "Thu", value=10**30)
    with pytest.raises(ValidationError, match="before the meeting"):
        any_services.tasks.create(meeting_id, "Việc", deadline=date(2022, 3, 1))
    assert any_fresh.meetings.get(meeting_id).location == ""
    # a meeting date may not move past a deadline (its dump could not be imported back)
    any_services.tasks.create(meeting_id, "Việc", deadline=date(2022, 3, 20))
    with pytest.raises(ValidationError, match="deadline"):
        any_services.meetings.update(meeting_id, meeting_date=date(2022, 3, 25))
    assert any_fresh.meetings.get(meeting_id).meeting_date == date(2022, 3, 15)
