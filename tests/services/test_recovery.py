"""Crash recovery without Qt: a draft left behind is put into its record through the right service."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from minutes.services import Actor, Database, Services
from minutes.services.recovery import APPLY, apply_draft, discard_all, restore_all

USER = Actor("Thư ký")


@pytest.fixture
def secretary(db: Database) -> Services:
    return Services(db, USER)


@pytest.fixture
def reread(db_path: Path) -> Iterator[Callable[[], Services]]:
    """Fresh connections to the same file, as the same user (drafts are per user)."""
    opened: list[Database] = []

    def open_() -> Services:
        opened.append(Database(str(db_path)))
        return Services(opened[-1], USER)

    yield open_
    for database in opened:
        database.close()


def _meeting_with_items(s: Services) -> dict[str, int]:
    meeting = s.meetings.create("Họp giao ban", date(2021, 1, 19))
    report = s.items.add_report(meeting, title="Báo cáo", summary="")
    group = s.items.add_group(meeting, "Công tác đầu tư xây dựng cơ bản")
    return {
        "meetings": meeting,
        "reports": report,
        "contributions": s.items.add_contribution(meeting, text="cũ"),
        "conclusions": s.items.add_conclusion(meeting, "cũ"),
        "recommendations": s.items.add_recommendation(group, "cũ"),
        "tasks": s.tasks.create(meeting, "Việc cũ"),
    }


@pytest.mark.parametrize(
    ("entity", "field", "read"),
    [
        ("meetings", "title", lambda s, i: s.meetings.get(i["meetings"]).title),
        ("meetings", "location", lambda s, i: s.meetings.get(i["meetings"]).location),
        ("meetings", "notes", lambda s, i: s.meetings.get(i["meetings"]).notes),
        ("contributions", "text", lambda s, i: s.meetings.get(i["meetings"]).contributions[0].text),
        ("conclusions", "text", lambda s, i: s.meetings.get(i["meetings"]).conclusions[0].text),
        (
            "recommendations",
            "text",
            lambda s, i: s.meetings.get(i["meetings"]).recommendation_groups[0].items[0].text,
        ),
        (
            "recommendations",
            "response",
            lambda s, i: s.meetings.get(i["meetings"]).recommendation_groups[0].items[0].response,
        ),
        ("reports", "summary", lambda s, i: s.meetings.get(i["meetings"]).reports[0].summary),
        ("reports", "title", lambda s, i: s.meetings.get(i["meetings"]).reports[0].title),
        ("tasks", "text", lambda s, i: s.tasks.get(i["tasks"]).task.text),
        ("tasks", "expected_product", lambda s, i: s.tasks.get(i["tasks"]).task.expected_product),
    ],
)
def test_a_draft_is_restored_into_its_record_and_removed(
    secretary: Services, reread: Callable[[], Services], entity: str, field: str, read: object
) -> None:
    ids = _meeting_with_items(secretary)
    typed = "Đồng chí Nguyễn Mạnh Hà phát biểu về công tác giải phóng mặt bằng"
    secretary.drafts.save(entity, ids[entity], field, typed)

    outcome = apply_draft(secretary, secretary.drafts.pending()[0])

    assert outcome.restored and outcome.problem is None
    fresh = reread()
    assert read(fresh, ids) == typed  # type: ignore[operator]
    assert fresh.drafts.pending() == []


def test_every_mapping_names_a_real_service_method(secretary: Services) -> None:
    for (entity, field), _apply in APPLY.items():
        assert entity and field
    names = {
        "meetings.update",
        "meetings.update_attendee",
        "items.update_report",
        "items.update_figure",
        "items.update_contribution",
        "items.update_conclusion",
        "items.update_group",
        "items.update_recommendation",
        "tasks.update",
        "directory.update_person",
        "directory.update_unit",
    }
    for name in names:
        group, method = name.split(".")
        assert callable(getattr(getattr(secretary, group), method))


def test_nfd_draft_text_is_stored_in_nfc(secretary: Services, reread: Callable[[], Services]) -> None:
    ids = _meeting_with_items(secretary)
    nfd = "Nguye\u0302\u0303n Ngo\u0323c Phan"
    secretary.drafts.save("contributions", ids["contributions"], "text", nfd)
    restore_all(secretary)
    assert reread().meetings.get(ids["meetings"]).contributions[0].text == "Nguyễn Ngọc Phan"


def test_a_draft_equal_to_the_record_is_discarded(
    secretary: Services, reread: Callable[[], Services]
) -> None:
    ids = _meeting_with_items(secretary)
    secretary.drafts.save("conclusions", ids["conclusions"], "text", "cũ")
    outcomes = restore_all(secretary)
    assert [o.restored for o in outcomes] == [True]
    assert reread().drafts.pending() == []


def test_a_draft_of_a_deleted_record_is_reported_and_discarded(
    secretary: Services, reread: Callable[[], Services]
) -> None:
    ids = _meeting_with_items(secretary)
    secretary.drafts.save("contributions", ids["contributions"], "text", "mất")
    secretary.items.remove_contribution(ids["contributions"])
    (outcome,) = restore_all(secretary)
    assert not outcome.restored
    assert outcome.problem is not None and "does not exist" in outcome.problem.message
    assert reread().drafts.pending() == []


def test_an_unacceptable_draft_is_reported_not_offered_again(
    secretary: Services, reread: Callable[[], Services]
) -> None:
    ids = _meeting_with_items(secretary)
    secretary.drafts.save("meetings", ids["meetings"], "title", "   ")
    (outcome,) = restore_all(secretary)
    assert not outcome.restored and outcome.problem is not None
    fresh = reread()
    assert fresh.meetings.get(ids["meetings"]).title == "Họp giao ban"
    assert fresh.drafts.pending() == []


def test_an_unknown_field_is_discarded_without_touching_anything(
    secretary: Services, reread: Callable[[], Services]
) -> None:
    ids = _meeting_with_items(secretary)
    secretary.drafts.save("meetings", ids["meetings"], "no_such_field", "x")
    (outcome,) = restore_all(secretary)
    assert not outcome.restored and outcome.problem is None
    assert reread().drafts.pending() == []


def test_discard_all_leaves_records_alone(secretary: Services, reread: Callable[[], Services]) -> None:
    ids = _meeting_with_items(secretary)
    secretary.drafts.save("conclusions", ids["conclusions"], "text", "mới")
    discard_all(secretary)
    fresh = reread()
    assert fresh.drafts.pending() == []
    assert fresh.meetings.get(ids["meetings"]).conclusions[0].text == "cũ"


def test_drafts_of_another_user_are_not_restored(secretary: Services, reread: Callable[[], Services]) -> None:
    ids = _meeting_with_items(secretary)
    other = Services(secretary.db, Actor("Người khác"))
    other.drafts.save("conclusions", ids["conclusions"], "text", "của người khác")
    assert restore_all(secretary) == []
    assert reread().meetings.get(ids["meetings"]).conclusions[0].text == "cũ"


def test_places_say_which_meeting_and_item_each_draft_belongs_to(secretary: Services) -> None:
    """Issue 15, item 8: the recovery dialog's "where" - meeting, number in it, stored name; a record
    deleted since is marked gone, a person belongs to no meeting."""
    s = secretary
    ha = s.directory.create_person("Nguyễn Mạnh Hà", "Chủ tịch UBND quận")
    meeting = s.meetings.create("Họp giao ban", date(2021, 1, 19))
    s.items.add_contribution(meeting, speaker_label="Đại diện Phòng Tài chính")
    second = s.items.add_contribution(meeting, speaker_id=ha)
    gone = s.items.add_contribution(meeting, speaker_label="Người 3")
    s.items.add_conclusion(meeting, "Một")
    point = s.items.add_conclusion(meeting, "")
    s.drafts.save("contributions", second, "text", "a")
    s.drafts.save("conclusions", point, "text", "b")
    s.drafts.save("contributions", gone, "text", "c")
    s.drafts.save("people", ha, "title", "d")
    s.items.remove_contribution(gone)
    drafts = s.drafts.pending()
    places = s.drafts.places(drafts)
    where = {d.text: places[d.id] for d in drafts}
    assert (where["a"].meeting_title, where["a"].meeting_date, where["a"].number, where["a"].name) == (
        "Họp giao ban",
        date(2021, 1, 19),
        2,
        "Nguyễn Mạnh Hà",
    )
    assert (where["b"].meeting_id, where["b"].number, where["b"].name) == (meeting, 2, "")
    assert where["c"].gone
    assert (where["d"].meeting_id, where["d"].name) == (None, "Nguyễn Mạnh Hà")
