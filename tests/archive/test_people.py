"""People, groups and absences as documents write them; matching them to the directory."""

from __future__ import annotations

import pytest

from minutes.archive.directory import Directory, DirPerson, DirUnit
from minutes.archive.model import PersonRef, UnitRef
from minutes.archive.people import parse_person, split_attendee_notes


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Đồng chí Đường Hoài Nam - Thành ủy viên, Bí thư Quận ủy Long Biên", "Đường Hoài Nam",
         "Thành ủy viên, Bí thư Quận ủy Long Biên"),
        ("đ/c Trần Thị Bích Ngọc, Phó Chủ tịch UBND phường", "Trần Thị Bích Ngọc", "Phó Chủ tịch UBND phường"),
        ("Ông Lê Văn Cường (Trưởng Công an phường)", "Lê Văn Cường", "Trưởng Công an phường"),
        ("Đồng chí Phó Chủ tịch UBND phường Nguyễn Văn Bình", "Nguyễn Văn Bình", "Phó Chủ tịch UBND phường"),
        ("Nguyễn Ngọc Phan – Quận ủy viên", "Nguyễn Ngọc Phan", "Quận ủy viên"),
        ("Mr John Smith, Project Manager", "John Smith", "Project Manager"),
        ("Ms. Anna Lee (Site Engineer)", "Anna Lee", "Site Engineer"),
    ],
)  # fmt: skip
def test_people(text: str, name: str, title: str) -> None:
    found = parse_person(text, language="en" if text.isascii() else "vi")
    assert found is not None and (found.name, found.title) == (name, title)


@pytest.mark.parametrize(
    "text",
    ["Các đồng chí Ủy viên Ban Thường vụ Quận ủy", "Thường trực Đảng ủy - HĐND - lãnh đạo UBND phường",
     "Đại diện lãnh đạo phòng, ban của quận", "Cán bộ chuyên môn phường", "Site Engineering Team"],
)  # fmt: skip
def test_groups_are_not_people(text: str) -> None:
    assert parse_person(text, language="en" if text.isascii() else "vi") is None


def test_a_name_the_directory_knows_is_a_person_without_an_honorific() -> None:
    directory = Directory(people=[DirPerson(1, "Hà Thu", "")])
    assert parse_person("Hà Thu", known=directory.knows_person) is not None


@pytest.mark.parametrize(
    ("text", "absent_section", "body", "presence", "reason"),
    [
        ("Đồng chí A - X (vắng, lý do: ốm)", False, "Đồng chí A - X", "absent", "ốm"),
        ("Đồng chí B - Ủy viên (vắng mặt có lý do)", False, "Đồng chí B - Ủy viên", "absent", "có lý do"),
        ("Đ/c C - CB (đi học)", True, "Đ/c C - CB", "absent", "đi học"),
        ("Đồng chí D - X (đến muộn)", False, "Đồng chí D - X", "late", None),
        ("Đ/c E - Phó CT, vắng mặt có lý do: đi công tác", False, "Đ/c E - Phó CT", "absent", "đi công tác"),
        ("Mai Dang (Procurement Officer)", True, "Mai Dang (Procurement Officer)", "absent", None),
    ],
)
def test_absences_and_their_reasons(text: str, absent_section: bool, body: str, presence: str,
                                    reason: str | None) -> None:  # fmt: skip
    notes = split_attendee_notes(text, absent_section)
    assert (notes.body, notes.presence, notes.reason) == (body, presence, reason)


def test_matching_ignores_accents_case_and_spelling_of_abbreviations() -> None:
    directory = Directory(
        units=[DirUnit(3, "Ủy ban nhân dân phường Long Biên", "UBND"), DirUnit(4, "Phòng Quản lý đô thị", "QLĐT")],
        people=[DirPerson(7, "Nguyễn Mạnh Hà", "Phó Bí thư Quận ủy, Chủ tịch UBND quận"),
                DirPerson(8, "Nguyễn Mạnh Hà", "Chuyên viên Phòng Nội vụ")],
    )  # fmt: skip
    assert directory.match_unit(UnitRef("UBND PHƯỜNG LONG BIÊN")).unit_id == 3
    assert directory.match_unit(UnitRef("Uỷ ban nhân dân phường Long Biên")).unit_id == 3
    assert directory.match_unit(UnitRef("QLĐT")).unit_id == 4
    unknown = directory.match_unit(UnitRef("Phòng Văn hóa - Thông tin"))
    assert unknown.unit_id is None and unknown.confidence < 0.9  # proposed as new
    chair = directory.match_person(PersonRef("NGUYEN MANH HA", "Phó Bí thư Quận uỷ, Chủ tịch UBND quận"))
    assert (chair.person_id, chair.directory_name) == (7, "Nguyễn Mạnh Hà")
    other = directory.match_person(PersonRef("Nguyễn Mạnh Hà", "Chủ tịch Hội Nông dân"))
    assert other.person_id is None and other.confidence <= 0.7  # same name, another title: a new person
    untitled = directory.match_person(PersonRef("Nguyễn Mạnh Hà"))
    assert untitled.person_id == 7 and untitled.confidence <= 0.6  # two of that name: the first, to check
