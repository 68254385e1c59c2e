"""Documents the FIRST version of this application printed come back too (offices keep them).

tests/data/archive/printed-v1 holds the minutes and notices of two meetings (testkit.printed) as that
version printed them, in every family (made by its make_documents.py with that version's code). That
version printed under one profile per database, marked unanswered recommendations "[Chưa giao] ...",
wrote "Chưa giao đơn vị chủ trì; thời hạn ..." under tasks without a lead unit and never named a
responsible person, left "....." for words not recorded, named an untitled group after its section,
and filed every conclusion without a task under "Đánh giá kết quả" (the others, and tasks of no
conclusion, under "Nhiệm vụ trọng tâm"). Each document is imported into an empty database and what it
says is compared, field by field, with the record it was printed from - where it says something else,
with what it says.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from testkit import printed as pm

from minutes.archive.mapping import to_interchange
from minutes.archive.store import ArchiveService
from minutes.services import Services
from minutes.services.dto import MeetingDetail
from minutes.services.interchange import validate

V1 = Path(__file__).resolve().parents[1] / "data" / "archive" / "printed-v1"
FAMILIES = ("state", "party", "plain")
DATA: dict[str, Callable[[], dict[str, Any]]] = {"richer": pm.richer_data, "ward": pm.ward_data}


@pytest.fixture(params=sorted(DATA))
def record(request: pytest.FixtureRequest, services: Services) -> MeetingDetail:
    """The meeting the documents were printed from, as this version stores it."""
    return services.meetings.get(services.interchange.import_data(DATA[request.param]()))


def _import(importer: ArchiveService, name: str) -> int:
    path = V1 / f"{name}.docx"
    assert path.is_file(), path
    item = importer.recognise_file(path)
    validate(to_interchange(item.meeting))
    return importer.save(item)


def _which(record: MeetingDetail) -> str:
    return "ward" if record.title.startswith("Giao ban") else "richer"


def test_the_documents_are_there() -> None:
    names = {p.stem for p in V1.glob("*.docx")}
    assert names == {f"{m}-{k}-{f}" for m in DATA for k in ("minutes", "conclusion") for f in FAMILIES}


@pytest.mark.parametrize("family", FAMILIES)
def test_minutes_printed_by_the_first_version(
    record: MeetingDetail, family: str, importer: ArchiveService, target_fresh: Services
) -> None:
    back = target_fresh.meetings.get(_import(importer, f"{_which(record)}-minutes-{family}"))
    assert (back.title, back.meeting_date, back.kind) == (record.title, record.meeting_date, record.kind)
    assert (back.start_time, back.end_time, back.location) == (
        record.start_time,
        record.end_time,
        record.location,
    )
    assert back.reference_number == record.reference_number
    assert (back.chair_name, back.chair_title) == (record.chair_name, record.chair_title)
    assert (back.secretary_name, back.secretary_title) == (record.secretary_name, record.secretary_title)
    assert pm.attendees(back) == pm.attendees(record)
    assert pm.reports(back, with_body=True) == pm.reports(record, with_body=True)
    assert pm.contributions(back) == pm.contributions(record)  # "....." was no words recorded
    assert [c.text for c in back.conclusions] == [c.text for c in record.conclusions]
    assert pm.groups(back) == pm.groups(record)  # "a) Kiến nghị, đề xuất:" was an untitled group
    # that version printed no responsible person
    assert pm.tasks(back, with_text=True, with_person=False) == pm.tasks(
        record, with_text=True, with_person=False
    )


@pytest.mark.parametrize("family", FAMILIES)
def test_notices_printed_by_the_first_version(
    record: MeetingDetail, family: str, importer: ArchiveService, target_fresh: Services
) -> None:
    which = _which(record)
    back = target_fresh.meetings.get(_import(importer, f"{which}-conclusion-{family}"))
    assert (back.title, back.meeting_date, back.kind) == (record.title, record.meeting_date, record.kind)
    assert (back.chair_name, back.chair_title) == (record.chair_name, record.chair_title)
    assert pm.reports(back, with_body=False) == pm.reports(record, with_body=False)
    assert pm.groups(back) == pm.groups(record)  # "[Chưa giao] ..." is no part of a recommendation
    assert f": {len(record.contributions)}" in back.notes  # the number of contributions, kept
    expected_conclusions = [c.text for c in record.conclusions]
    expected_tasks = pm.tasks(record, with_text=False, with_person=False)
    if which == "ward":
        # The notice says otherwise than the record: the conclusion that gave no task first ("Đánh giá
        # kết quả"), then the one that did, then the task of no conclusion as a point of its own, with
        # "Chưa giao đơn vị chủ trì; thời hạn trước ngày ..." under both.
        first, second = expected_conclusions
        expected_conclusions = [second, first, "Rà soát hồ sơ cấp phép."]
        expected_tasks = sorted(
            [
                ("", "", "", [], date(2021, 3, 31), "", ("conclusion", first)),
                ("", "", "", [], date(2021, 4, 15), "", ("conclusion", "Rà soát hồ sơ cấp phép.")),
                *[row for row in expected_tasks if row[1]],  # the task with a lead unit, as recorded
            ],
            key=repr,
        )
    assert [c.text for c in back.conclusions] == expected_conclusions
    assert pm.tasks(back, with_text=False, with_person=False) == expected_tasks
