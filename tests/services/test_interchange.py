"""JSON interchange: a dumped meeting imports into a fresh database equal field by field; bad files are
rejected naming the bad field, with nothing half-imported."""

from __future__ import annotations

import copy
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from testkit.compare import comparable

from minutes.db import models as m
from minutes.errors import ImportFormatError
from minutes.services import Actor, Database, NewAttachment, Services
from minutes.services.demo import demo_data


def enrich(services: Services, meeting_id: int) -> None:
    """Give the demo meeting history: updates with evidence, a deadline change, a completion."""
    task = services.meetings.get(meeting_id).tasks[0]
    services.tasks.add_progress(
        task.id,
        date(2021, 2, 10),
        60,
        "Đã dự thảo kế hoạch",
        [NewAttachment("du-thao.docx", b"PK\x03\x04 bytes \x00\xff")],
    )
    services.tasks.change_deadline(task.id, date(2021, 3, 15), "Chờ ý kiến Thường trực")
    services.tasks.complete(task.id, date(2021, 3, 16))


def test_demo_dump_import_round_trip_is_equal_field_by_field(services: Services, tmp_path: Path) -> None:
    original_id = services.demo.load()
    enrich(services, original_id)
    path = tmp_path / "a.json"
    services.interchange.dump_to_file(original_id, path)

    other = Database(str(tmp_path / "other.sqlite3"), clock=services.db.today)
    try:
        copy_id = Services(other, Actor("B")).interchange.import_file(path)
        original = services.meetings.get(original_id)
        imported = Services(other, Actor("B")).meetings.get(copy_id)
        assert comparable(imported) == comparable(original)
        # figures are exact, not floats
        figures = {f.label: f for f in imported.reports[0].figures}
        assert any(str(f.value) == "19885177001" and str(f.percent) == "87" for f in figures.values())
        for a, b in zip(original.tasks, imported.tasks, strict=True):
            da, db_ = services.tasks.get(a.id), Services(other, Actor("B")).tasks.get(b.id)
            assert comparable(da.updates) == comparable(db_.updates)
            assert comparable(da.events) == comparable(db_.events)
            assert da.source_text == db_.source_text
        evidence = imported.tasks[0]
        detail = Services(other, Actor("B")).tasks.get(evidence.id)
        name, _media, data = Services(other, Actor("B")).tasks.attachment(detail.updates[0].attachments[0].id)
        assert (name, data) == ("du-thao.docx", b"PK\x03\x04 bytes \x00\xff")
    finally:
        other.close()


def test_importing_into_the_same_database_reuses_people_and_units(services: Services) -> None:
    first = services.demo.load()
    data = services.interchange.dump(first)
    with services.meetings.uow() as s:
        people_before = s.scalar(select(func.count()).select_from(m.Person))
        units_before = s.scalar(select(func.count()).select_from(m.Unit))
    services.interchange.import_data(data)
    with services.meetings.uow() as s:
        assert s.scalar(select(func.count()).select_from(m.Person)) == people_before
        assert s.scalar(select(func.count()).select_from(m.Unit)) == units_before
        assert s.scalar(select(func.count()).select_from(m.Meeting)) == 2


def count_rows(services: Services) -> dict[str, int]:
    with services.meetings.uow() as s:
        return {
            t: s.scalar(select(func.count()).select_from(m.Base.metadata.tables[t]))
            for t in ("meetings", "people", "units", "tasks", "contributions")
        }


@pytest.mark.parametrize(
    ("breaker", "path_part"),
    [
        (
            lambda d: d["meeting"]["attendance"][0].__setitem__("presence", "maybe"),
            "$.meeting.attendance[0].presence",
        ),
        (lambda d: d["meeting"].__setitem__("date", "19/01/2021"), "$.meeting.date"),
        (lambda d: d["meeting"]["reports"][0]["figures"][0].__setitem__("value", 1.5), "figures[0].value"),
        (lambda d: d["meeting"]["tasks"][0].__setitem__("progress", 130), "$.meeting.tasks[0].progress"),
        (lambda d: d["meeting"].__setitem__("surprise", 1), "$.meeting"),
        (lambda d: d.__setitem__("format_version", 7), "$.format_version"),
    ],
)
def test_bad_files_are_rejected_naming_the_field_and_nothing_is_imported(
    services: Services, breaker: Any, path_part: str
) -> None:
    data = copy.deepcopy(demo_data())
    breaker(data)
    before = count_rows(services)
    with pytest.raises(ImportFormatError) as info:
        services.interchange.import_data(data)
    assert path_part in info.value.message
    assert "Nothing was imported" in info.value.message
    assert count_rows(services) == before


def test_a_dangling_reference_fails_whole(services: Services) -> None:
    data = copy.deepcopy(demo_data())
    data["meeting"]["tasks"][-1]["lead_unit"] = "no-such-unit"
    before = count_rows(services)
    with pytest.raises(ImportFormatError):
        services.interchange.import_data(data)
    assert count_rows(services) == before


def test_a_file_that_is_not_json_gets_a_clear_message(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "minutes.meeting", ', encoding="utf-8")
    with pytest.raises(ImportFormatError) as info:
        services.interchange.import_file(path)
    assert "broken.json:1:" in info.value.message
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ImportFormatError, match="UTF-8"):
        services.interchange.import_file(path)


def test_dump_is_valid_against_the_schema_and_nfc(services: Services) -> None:
    from minutes.services.interchange import validate

    data = services.interchange.dump(services.demo.load())
    validate(json.loads(json.dumps(data)))
    assert asdict  # dataclasses import used above
