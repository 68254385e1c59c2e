"""Interchange version 2 fields filled from what the recogniser found (archive/mapping_v2.py): the
agenda, a month-precise meeting date, conclusion kinds and votes, assigned people, free-text assignees
and period deadlines land in their own fields, read back through a second connection, not in the notes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from minutes.archive.mapping import to_interchange
from minutes.archive.reader import read_docx
from minutes.archive.recognise import recognise
from minutes.archive.store import ArchiveService
from minutes.services import Services
from minutes.services.interchange.formats import validate

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"


def test_every_typed_and_printed_document_maps_to_a_valid_version_2_document() -> None:
    paths = sorted(DATA.glob("*.docx")) + sorted((DATA / "printed-v1").glob("*.docx"))
    assert len(paths) >= 20
    for path in paths:
        data = to_interchange(recognise(read_docx(path)), version=2)
        assert validate(data, path.name) == 2


def test_v2_fields_land_in_their_fields(importer: ArchiveService, target_fresh: Services) -> None:
    kickoff = target_fresh.meetings.get(
        importer.save(importer.recognise_file(DATA / "bridge-package3-kickoff-2022-03.docx"))
    )
    assert [a.title for a in kickoff.agenda] == ["Project scope and schedule", "Site access and safety",
                                                 "Reporting arrangements"]  # fmt: skip
    assert [c.kind for c in kickoff.conclusions] == ["decision", "decision"]
    second = kickoff.tasks[1]
    assert second.assignee_names == ("John Smith", "Sarah Jones")
    assert second.deadline_spec is not None
    assert (second.deadline_spec.kind, second.deadline_spec.start, second.deadline_spec.end, second.deadline_spec.text) == (
        "month", date(2022, 4, 1), date(2022, 4, 30), "end of April 2022")  # fmt: skip
    assert kickoff.tasks[3].deadline_spec is not None and kickoff.tasks[3].deadline_spec.kind == "quarter"
    assert "Agenda" not in kickoff.notes and "Assigned to" not in kickoff.notes
    assert (
        "Deadlines as written - Task 3: ongoing" in kickoff.notes
    )  # "ongoing" has no field: kept in the notes

    ngoc_lam = target_fresh.meetings.get(
        importer.save(importer.recognise_file(DATA / "dang-uy-ngoc-lam-hoi-nghi-2018-12.docx"))
    )
    resolution = ngoc_lam.conclusions[0]
    assert resolution.kind == "resolution"
    assert resolution.votes is not None and (resolution.votes.votes_for, resolution.votes.total) == (17, 17)
    assert ngoc_lam.tasks[1].assignee_text == "2 đồng chí Phó Bí thư"

    bo_de = target_fresh.meetings.get(
        importer.save(importer.recognise_file(DATA / "ubnd-bo-de-giao-ban-2023-01.docx"))
    )
    assert (bo_de.meeting_date, bo_de.date_precision) == (date(2023, 1, 1), "month")
    assert (
        bo_de.tasks[0].deadline_spec is not None and bo_de.tasks[0].deadline_spec.text == ""
    )  # a day says it all
    assert "chỉ rõ tháng" not in bo_de.notes
