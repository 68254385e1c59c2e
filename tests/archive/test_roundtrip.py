"""Round trip: a biên bản or a conclusion notice this app prints comes back as the same meeting.

For the example meeting, the example with what it lacks (secretary, times, number, absences, a late
arrival, a response) and a ward's giao ban recorded sparsely (testkit.printed), in every family, each
document is built as the export builds it - under the profile of the meeting's organising unit - then
imported into an empty database, read back through a fresh connection and compared field by field with
the meeting it was printed from: what the document prints must come back in the field it came from.
What the first version of this app printed is read in test_printed_before.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

import pytest
from testkit import printed as pm

from minutes.archive.mapping import to_interchange
from minutes.archive.store import ArchiveService
from minutes.export.documents import build
from minutes.export.profile import OrgProfileData, with_value
from minutes.export.vnformat import Family
from minutes.services import Services
from minutes.services.demo import demo_profile
from minutes.services.dto import ConclusionDTO, MeetingDetail
from minutes.services.interchange import validate

FAMILIES: tuple[Family, ...] = ("state", "party", "plain")


def profile_of(values: Mapping[str, object]) -> OrgProfileData:
    data = OrgProfileData()
    for key, value in values.items():
        data = with_value(data, key, value)
    return data


#: The ward's profile: a state body (Decree 30: TM., Lưu: VT).
WARD = profile_of(pm.WARD_PROFILE)


@dataclass(frozen=True)
class Printed:
    """A meeting and the profile its documents are printed under (its organising unit's)."""

    meeting: MeetingDetail
    profile: OrgProfileData


@pytest.fixture(params=["example", "richer", "ward"])
def printed(request: pytest.FixtureRequest, services: Services) -> Printed:
    if request.param == "example":  # the example brings its own profile
        meeting = services.meetings.get(services.demo.load())
        return Printed(meeting, services.profile.for_meeting(meeting).data)
    data, profile = (
        (pm.richer_data(), demo_profile()) if request.param == "richer" else (pm.ward_data(), WARD)
    )
    meeting = services.meetings.get(services.interchange.import_data(data))
    assert meeting.organisation_id is not None
    services.profile.save(profile, unit_id=meeting.organisation_id)  # as the first export would ask
    return Printed(meeting, services.profile.for_meeting(meeting).data)


def _import(importer: ArchiveService, source: Printed, kind: str, family: Family, tmp_path: Path) -> int:
    doc = build(kind, source.meeting, source.profile, family, issued_on=date(2021, 3, 10))  # type: ignore[arg-type]
    path = tmp_path / f"{kind}-{family}.docx"
    doc.save(str(path))
    item = importer.recognise_file(path)
    validate(to_interchange(item.meeting))  # what is saved without a schema check is valid
    return importer.save(item)


@pytest.mark.parametrize("family", FAMILIES)
def test_minutes_come_back_as_the_same_meeting(
    printed: Printed, family: Family, importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    meeting = printed.meeting
    back = target_fresh.meetings.get(_import(importer, printed, "minutes", family, tmp_path))
    assert back.title == meeting.title
    assert back.meeting_date == meeting.meeting_date
    assert back.kind == meeting.kind
    assert (back.start_time, back.end_time) == (meeting.start_time, meeting.end_time)
    assert back.location == meeting.location
    assert back.reference_number == meeting.reference_number
    assert (back.chair_name, back.chair_title) == (meeting.chair_name, meeting.chair_title)
    assert (back.secretary_name, back.secretary_title) == (meeting.secretary_name, meeting.secretary_title)
    assert pm.attendees(back) == pm.attendees(meeting)
    assert pm.reports(back, with_body=True) == pm.reports(meeting, with_body=True)
    assert pm.contributions(back) == pm.contributions(meeting)
    assert [c.text for c in back.conclusions] == [c.text for c in meeting.conclusions]
    assert pm.groups(back) == pm.groups(meeting)
    assert pm.tasks(back, with_text=True) == pm.tasks(meeting, with_text=True)
    # the chair and presenter keep their roles on the list
    roles = {a.person_name: a.role for a in back.attendance if a.person_name}
    assert roles[meeting.chair_name] == "chair"
    assert roles[meeting.reports[0].presenter_name] == "presenter"


@pytest.mark.parametrize("family", FAMILIES)
def test_a_notice_comes_back_with_everything_it_prints(
    printed: Printed, family: Family, importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    """A notice prints no attendance, figures or words of contributions: the rest comes back, each task
    linked to the conclusion or recommendation it was printed under."""
    meeting = printed.meeting
    meeting_id = _import(importer, printed, "conclusion", family, tmp_path)
    back = target_fresh.meetings.get(meeting_id)
    assert back.title == meeting.title
    assert back.meeting_date == meeting.meeting_date
    assert back.kind == meeting.kind
    assert (back.chair_name, back.chair_title) == (meeting.chair_name, meeting.chair_title)
    assert pm.reports(back, with_body=False) == pm.reports(meeting, with_body=False)
    assert [c.text for c in back.conclusions] == [c.text for c in meeting.conclusions]
    assert pm.groups(back) == pm.groups(meeting)
    assert pm.tasks(back, with_text=False) == pm.tasks(meeting, with_text=False)
    # the number of contributions (words not printed) is kept for the clerk
    count = len(meeting.contributions)
    assert f": {count}" in back.notes
    assert back.attendance == [] and back.contributions == []


def test_generated_meetings_come_back(
    tmp_path: Path, importer: ArchiveService, target_fresh: Services
) -> None:
    """Meetings of the benchmarks' generator (up to 200 contributions, dozens of figures, other names and
    units than the example) printed as minutes come back: every attendee, figure, contribution,
    conclusion and recommendation, and every task of the task table (a conclusion that assigns work in its
    own words may add a task the table does not list: the document states it)."""
    from benchmarks.generate import generate

    from minutes.services import Actor, Database

    path = tmp_path / "generated.sqlite3"
    generate(str(path), scale=0.002, seed=3)
    database = Database(str(path), clock=lambda: date(2021, 3, 1))
    try:
        services = Services(database, Actor("t"))
        summaries = services.meetings.list_meetings()
        chosen = [s.id for s in summaries if s.id in (2, 4, 7)]
        assert len(chosen) == 3
        for meeting_id in chosen:
            meeting = services.meetings.get(meeting_id)
            unit = meeting.organisation_id
            assert unit is not None
            if services.profile.for_unit(unit) is None:  # the generator makes no profiles: a clerk would
                values = {"family": "party", "issuing_body": meeting.organisation_name.upper(),
                          "collective": meeting.organisation_name}  # fmt: skip
                services.profile.save(profile_of(values), unit_id=unit)
            source = Printed(meeting, services.profile.for_meeting(meeting).data)
            back = target_fresh.meetings.get(_import(importer, source, "minutes", "party", tmp_path))
            assert pm.attendees(back) == pm.attendees(meeting)
            assert pm.reports(back, with_body=True) == pm.reports(meeting, with_body=True)
            assert [(c.speaker_name, c.speaker_label, c.text) for c in back.contributions] == [
                (c.speaker_name, c.speaker_label, c.text) for c in meeting.contributions
            ]
            assert [c.text for c in back.conclusions] == [c.text for c in meeting.conclusions]
            assert pm.groups(back) == pm.groups(meeting)
            table = {(t.text, t.lead_unit_name, t.deadline) for t in back.tasks}
            assert {(t.text, t.lead_unit_name, t.deadline) for t in meeting.tasks} <= table
    finally:
        database.close()


@dataclass(frozen=True)
class _Kinded(ConclusionDTO):
    """A conclusion with its kind, as interchange version 2 records it (the notice reads ``kind``)."""

    kind: str = ""


def _with_kind(c: ConclusionDTO, kind: str) -> ConclusionDTO:
    if "kind" in {f.name for f in fields(c)}:
        return replace(c, kind=kind)  # type: ignore[call-arg]
    return _Kinded(**{f.name: getattr(c, f.name) for f in fields(c)}, kind=kind)


@pytest.mark.parametrize("family", FAMILIES)
def test_a_notice_in_parts_by_kinds_of_conclusions(
    services: Services, family: Family, importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    """With the kinds recorded the notice prints its conclusions under "Đánh giá kết quả", "Nhiệm vụ trọng
    tâm thời gian tới", "Quyết định", "Nghị quyết": they come back in that order, with those kinds and
    with the tasks printed under them."""
    meeting = services.meetings.get(services.demo.load())
    kinds = ["directive", "assessment", "directive", "decision", "resolution"]
    kinded = replace(
        meeting, conclusions=[_with_kind(c, k) for c, k in zip(meeting.conclusions, kinds, strict=True)]
    )
    printed = Printed(kinded, services.profile.for_meeting(meeting).data)
    item_path = tmp_path / "kinds.docx"
    build("conclusion", kinded, printed.profile, family).save(str(item_path))
    recognised = importer.recognise_file(item_path).meeting
    order = ["assessment", "directive", "decision", "resolution"]
    expected = sorted(
        zip(kinds, [c.text for c in meeting.conclusions], strict=True), key=lambda p: order.index(p[0])
    )
    assert [(c.kind, c.text) for c in recognised.conclusions] == expected
    back = target_fresh.meetings.get(_import(importer, printed, "conclusion", family, tmp_path))
    assert pm.tasks(back, with_text=False) == pm.tasks(meeting, with_text=False)
