"""The core use cases behave the same on SQLite and on PostgreSQL (portable SQL)."""

import unicodedata
from datetime import date

import pytest
from testkit.compare import comparable

from minutes.errors import ConflictError, ImportFormatError
from minutes.services import Services
from minutes.services.demo import demo_data


def test_demo_round_trip(any_services: Services, any_fresh: Services) -> None:
    original = any_services.demo.load()
    copy_id = any_fresh.interchange.import_data(any_services.interchange.dump(original))
    assert comparable(any_fresh.meetings.get(copy_id)) == comparable(any_fresh.meetings.get(original))
    meeting = any_fresh.meetings.get(original)
    assert len(meeting.contributions) == 10
    assert [len(g.items) for g in meeting.recommendation_groups] == [5, 8]
    assert [m.title for m in any_fresh.meetings.list_meetings("LONG BIEN")][:1] == [meeting.title]


def test_nfc_search_keys_and_conflicts(any_services: Services, any_fresh: Services) -> None:
    unit = any_services.directory.create_unit(unicodedata.normalize("NFD", "Đảng ủy phường Đức Giang"))
    any_services.directory.create_person(unicodedata.normalize("NFD", "Đường Hoài Nam"), "Bí thư", unit)
    assert [p.full_name for p in any_fresh.directory.find_people("duong hoai")] == ["Đường Hoài Nam"]
    assert [u.name for u in any_fresh.directory.list_units("duc giang")] == ["Đảng ủy phường Đức Giang"]
    meeting = any_services.meetings.create("Họp", date(2021, 1, 19))
    version = any_services.meetings.get(meeting).version
    any_fresh.meetings.update(meeting, title="Khác")
    with pytest.raises(ConflictError):
        any_services.meetings.update(meeting, expected_version=version, title="Của tôi")


def test_bad_import_leaves_nothing(any_services: Services) -> None:
    data = demo_data()
    data["meeting"]["tasks"][0]["lead_unit"] = "missing"
    with pytest.raises(ImportFormatError):
        any_services.interchange.import_data(data)
    assert any_services.meetings.list_meetings() == []
