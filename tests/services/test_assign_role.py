"""Choosing the chair or the secretary keeps the roll call's roles and the meeting's fields in step."""

from __future__ import annotations

from datetime import date

import pytest

from minutes.errors import ValidationError
from minutes.services import Services


def _roles(s: Services, meeting_id: int) -> dict[str, str]:
    return {a.person_name: a.role for a in s.meetings.get(meeting_id).attendance if a.person_id}


def test_the_chair_is_added_to_the_roll_call_and_replaces_the_previous_one(
    services: Services, fresh: Services
) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    nam = services.directory.create_person("Đường Hoài Nam", "Bí thư Quận ủy")
    ha = services.directory.create_person("Nguyễn Mạnh Hà", "Phó Bí thư")
    services.meetings.add_attendee(meeting, person_id=ha, role="chair")

    services.meetings.assign_role(meeting, "chair", nam)

    detail = fresh.meetings.get(meeting)
    assert detail.chair_id == nam
    assert _roles(fresh, meeting) == {"Nguyễn Mạnh Hà": "member", "Đường Hoài Nam": "chair"}


def test_a_secretary_who_was_chair_stops_being_chair(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    lan = services.directory.create_person("Trần Thị Lan", "Chuyên viên")
    services.meetings.assign_role(meeting, "chair", lan)
    services.meetings.assign_role(meeting, "secretary", lan)
    detail = fresh.meetings.get(meeting)
    assert (detail.chair_id, detail.secretary_id) == (None, lan)
    assert _roles(fresh, meeting) == {"Trần Thị Lan": "secretary"}


def test_nobody_clears_the_role(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    lan = services.directory.create_person("Trần Thị Lan", "Chuyên viên")
    services.meetings.assign_role(meeting, "secretary", lan)
    services.meetings.assign_role(meeting, "secretary", None)
    assert fresh.meetings.get(meeting).secretary_id is None
    assert _roles(fresh, meeting) == {"Trần Thị Lan": "member"}


def test_only_chair_and_secretary_can_be_assigned(services: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    with pytest.raises(ValidationError):
        services.meetings.assign_role(meeting, "guest", None)
