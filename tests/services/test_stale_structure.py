"""Structural edits carry what the user saw: a move based on an order someone else has changed, the
removal of a group someone added to, of an attendee or figure someone changed, a role someone else gave
meanwhile, a profile value someone else changed: each is refused, nothing is moved or lost, and the
same edit based on what is stored now goes through. On the embedded database and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from minutes.domain.enums import AttendanceRole, Presence
from minutes.errors import DeleteConflict, EditConflict, OrderConflict
from minutes.services import Services


@pytest.fixture
def meeting(any_services: Services) -> int:
    return any_services.meetings.create("Họp giao ban tháng 5", date(2021, 5, 3))


def test_a_move_based_on_an_order_changed_since_is_refused_and_nothing_moves(
    any_services: Services, any_fresh: Services, meeting: int
) -> None:
    items = any_services.items
    ids = [items.add_conclusion(meeting, f"Kết luận {n}") for n in range(1, 4)]
    seen = list(ids)
    any_fresh.items.move_conclusion(ids[2], 0)  # someone else put the third first
    with pytest.raises(OrderConflict):
        items.move_conclusion(ids[0], 1, seen_order=seen)
    now = [c.id for c in any_fresh.meetings.get(meeting).conclusions]
    assert now == [ids[2], ids[0], ids[1]]
    items.move_conclusion(ids[0], 2, seen_order=now)  # based on what is stored now: done
    assert [c.id for c in any_fresh.meetings.get(meeting).conclusions] == [ids[2], ids[1], ids[0]]


def test_every_list_refuses_a_stale_move(any_services: Services, any_fresh: Services, meeting: int) -> None:
    s = any_services
    person = s.directory.create_person("Nguyễn Văn An", "Chánh Văn phòng")
    other = s.directory.create_person("Trần Thị Bình", "Phó Chánh Văn phòng")
    a1 = s.meetings.add_attendee(meeting, person_id=person)
    a2 = s.meetings.add_attendee(meeting, person_id=other)
    c1 = s.items.add_contribution(meeting, text="Ý kiến 1")
    c2 = s.items.add_contribution(meeting, text="Ý kiến 2")
    g1 = s.items.add_group(meeting, "Kiến nghị với Quận")
    g2 = s.items.add_group(meeting, "Kiến nghị với Thành phố")
    r1 = s.items.add_recommendation(g1, "Kiến nghị 1")
    r2 = s.items.add_recommendation(g1, "Kiến nghị 2")
    report = s.items.add_report(meeting, title="Báo cáo")
    f1 = s.items.add_figure(report, "Thu ngân sách", "87")
    f2 = s.items.add_figure(report, "Chi ngân sách", "60")
    cases = [
        (any_fresh.meetings.move_attendee, s.meetings.move_attendee, a1, [a1, a2]),
        (any_fresh.items.move_contribution, s.items.move_contribution, c1, [c1, c2]),
        (any_fresh.items.move_group, s.items.move_group, g1, [g1, g2]),
        (any_fresh.items.move_recommendation, s.items.move_recommendation, r1, [r1, r2]),
        (any_fresh.items.move_figure, s.items.move_figure, f1, [f1, f2]),
    ]
    for theirs, mine, first, seen in cases:
        theirs(first, 1)  # someone else swapped the two
        with pytest.raises(OrderConflict):
            mine(first, 1, seen_order=seen)
    detail = any_fresh.meetings.get(meeting)
    assert [a.id for a in detail.attendance] == [a2, a1]
    assert [c.id for c in detail.contributions] == [c2, c1]
    assert [g.id for g in detail.recommendation_groups] == [g2, g1]
    assert [r.id for r in detail.recommendation_groups[1].items] == [r2, r1]
    assert [f.id for f in detail.reports[0].figures] == [f2, f1]


def test_deleting_a_group_someone_added_to_is_refused_and_their_item_kept(
    any_services: Services, any_fresh: Services, meeting: int
) -> None:
    items = any_services.items
    group = items.add_group(meeting, "Kiến nghị với Quận")
    first = items.add_recommendation(group, "Sửa chữa trụ sở")
    theirs = any_fresh.items.add_recommendation(group, "Bổ sung biên chế")  # added by someone else
    with pytest.raises(DeleteConflict) as refused:
        items.remove_group(group, seen={"title": "Kiến nghị với Quận"}, seen_items=[first])
    assert refused.value.who == "Kiểm tra"
    stored = any_fresh.meetings.get(meeting).recommendation_groups
    assert [[r.id for r in g.items] for g in stored] == [[first, theirs]]
    items.remove_group(group, seen={"title": "Kiến nghị với Quận"}, seen_items=[first, theirs])
    assert any_fresh.meetings.get(meeting).recommendation_groups == []


def test_removing_an_attendee_or_a_figure_someone_changed_is_refused(
    any_services: Services, any_fresh: Services, meeting: int
) -> None:
    s = any_services
    person = s.directory.create_person("Lê Văn Cường", "Chủ tịch UBND phường")
    attendee = s.meetings.add_attendee(meeting, person_id=person)
    row = next(a for a in s.meetings.get(meeting).attendance if a.id == attendee)
    seen = {"person_id": row.person_id, "presence": row.presence, "absence_reason": None, "note": None}
    any_fresh.meetings.update_attendee(attendee, presence=Presence.ABSENT, absence_reason="Đi công tác")
    with pytest.raises(DeleteConflict):
        s.meetings.remove_attendee(attendee, seen=seen)
    assert [a.id for a in any_fresh.meetings.get(meeting).attendance] == [attendee]

    report = s.items.add_report(meeting, title="Báo cáo")
    figure = s.items.add_figure(report, "Thu ngân sách", "19885177001")
    any_fresh.items.update_figure(figure, value="19885177002")
    with pytest.raises(DeleteConflict):
        s.items.remove_figure(figure, seen={"label": "Thu ngân sách", "value": "19885177001"})
    assert [f.id for f in any_fresh.meetings.get(meeting).reports[0].figures] == [figure]
    s.items.remove_figure(figure, seen={"label": "Thu ngân sách", "value": "19885177002"})
    assert any_fresh.meetings.get(meeting).reports[0].figures == []


def test_a_role_someone_else_gave_meanwhile_is_not_taken_over(
    any_services: Services, any_fresh: Services, meeting: int
) -> None:
    s = any_services
    an = s.directory.create_person("Nguyễn Văn An", "Bí thư")
    binh = s.directory.create_person("Trần Thị Bình", "Phó Bí thư")
    version = s.meetings.get(meeting).version
    any_fresh.meetings.assign_role(meeting, AttendanceRole.CHAIR, binh)
    with pytest.raises(EditConflict) as refused:
        s.meetings.assign_role(
            meeting, AttendanceRole.CHAIR, an, expected_version=version, seen={"chair_id": None}
        )
    assert refused.value.clashes == {"chair_id": (an, binh)}
    assert any_fresh.meetings.get(meeting).chair_id == binh
    # the secretary is another field: someone else's chair does not stop it
    s.meetings.assign_role(
        meeting, AttendanceRole.SECRETARY, an, expected_version=version, seen={"secretary_id": None}
    )
    assert any_fresh.meetings.get(meeting).secretary_id == an


def test_a_profile_value_someone_changed_is_not_written_over(
    any_services: Services, any_fresh: Services
) -> None:
    profile = any_services.profile
    record = profile.set_value("issuing_body", "ĐẢNG ỦY PHƯỜNG", name="Đảng ủy phường")
    assert record.id is not None
    any_fresh.profile.set_value("issuing_body", "ĐẢNG ỦY PHƯỜNG GIANG BIÊN", profile_id=record.id)
    with pytest.raises(EditConflict):
        profile.set_value(
            "issuing_body",
            "ĐẢNG ỦY PHƯỜNG NGỌC THỤY",
            profile_id=record.id,
            expected_version=record.version,
            seen={"issuing_body": "ĐẢNG ỦY PHƯỜNG"},
        )
    assert any_fresh.profile.get_id(record.id).data.issuing_body == "ĐẢNG ỦY PHƯỜNG GIANG BIÊN"
    # another value of the same profile, unchanged since: saved although the version moved on
    profile.set_value(
        "place", "Long Biên", profile_id=record.id, expected_version=record.version, seen={"place": ""}
    )
    assert any_fresh.profile.get_id(record.id).data.place == "Long Biên"
