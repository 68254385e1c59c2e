"""Every write names the version the user saw: a stale one is refused with both sides, never lost."""

from __future__ import annotations

from datetime import date

import pytest

from minutes.errors import EditConflict
from minutes.services import Actor, Services
from minutes.services.task_versions import seen_of
from minutes.services.versions import retry_stale


def _meeting(services: Services) -> int:
    return services.meetings.create("Họp giao ban", date(2021, 1, 19), notes="Ghi chú")


def test_a_stale_save_of_the_same_field_is_refused_with_both_texts_and_who_changed_it(
    any_services: Services, any_fresh: Services
) -> None:
    meeting = _meeting(any_services)
    seen = any_services.meetings.get(meeting)
    other = Services(any_fresh.db, Actor("Nguyễn Thị Lan"))
    other.meetings.update(meeting, expected_version=seen.version, seen={"notes": seen.notes}, notes="Của Lan")
    with pytest.raises(EditConflict) as caught:
        any_services.meetings.update(
            meeting, expected_version=seen.version, seen={"notes": seen.notes}, notes="Của tôi"
        )
    conflict = caught.value
    assert conflict.clashes == {"notes": ("Của tôi", "Của Lan")}
    assert (conflict.mine, conflict.theirs, conflict.who) == ("Của tôi", "Của Lan", "Nguyễn Thị Lan")
    assert conflict.at is not None and conflict.version == seen.version + 1
    assert "Nguyễn Thị Lan" in conflict.message
    assert any_fresh.meetings.get(meeting).notes == "Của Lan"  # nothing of the refused write is kept
    # keep mine: the same write naming the version that holds theirs
    any_services.meetings.update(
        meeting, expected_version=conflict.version, seen={"notes": conflict.theirs}, notes="Của tôi"
    )
    assert any_fresh.meetings.get(meeting).notes == "Của tôi"


def test_another_field_changed_meanwhile_is_no_conflict(any_services: Services, any_fresh: Services) -> None:
    meeting = _meeting(any_services)
    seen = any_services.meetings.get(meeting)
    any_fresh.meetings.update(meeting, location="Phòng họp 2")
    any_services.meetings.update(
        meeting, expected_version=seen.version, seen={"notes": "Ghi chú"}, notes="Mới"
    )
    stored = any_fresh.meetings.get(meeting)
    assert (stored.notes, stored.location) == ("Mới", "Phòng họp 2")


def test_items_refuse_stale_text(any_services: Services, any_fresh: Services) -> None:
    meeting = _meeting(any_services)
    conclusion = any_services.items.add_conclusion(meeting, "Kết luận")
    version = any_services.meetings.get(meeting).conclusions[0].version
    any_fresh.items.update_conclusion(conclusion, text="Kết luận đã sửa")
    with pytest.raises(EditConflict) as caught:
        any_services.items.update_conclusion(
            conclusion, expected_version=version, seen={"text": "Kết luận"}, text="Kết luận của tôi"
        )
    assert caught.value.theirs == "Kết luận đã sửa"
    assert any_fresh.meetings.get(meeting).conclusions[0].text == "Kết luận đã sửa"


def test_task_writes_refuse_what_someone_else_changed(any_services: Services, any_fresh: Services) -> None:
    meeting = _meeting(any_services)
    task = any_services.tasks.create(meeting, "Rà soát hồ sơ", deadline=date(2021, 3, 1))
    shown = any_services.tasks.get(task).task
    any_fresh.tasks.change_deadline(task, date(2021, 4, 1), "đề nghị của phường")
    with pytest.raises(EditConflict) as caught:  # the task form: one operation
        any_services.tasks.update(
            task,
            expected_version=shown.version,
            seen=seen_of(shown),
            deadline=date(2021, 5, 1),
            deadline_reason="lý do",
            priority="high",
        )
    assert set(caught.value.clashes) == {"deadline"}
    with pytest.raises(EditConflict):  # the deadline dialog
        any_services.tasks.change_deadline(
            task, date(2021, 5, 1), "lý do", expected_version=shown.version, seen=seen_of(shown)
        )
    stored = any_fresh.tasks.get(task).task
    assert stored.deadline == date(2021, 4, 1) and stored.priority != "high"
    # a field nobody else touched still goes through on the stale version
    any_services.tasks.update(task, expected_version=shown.version, seen=seen_of(shown), priority="high")
    assert any_fresh.tasks.get(task).task.priority == "high"


def test_status_dialogs_refuse_a_status_changed_meanwhile(
    any_services: Services, any_fresh: Services
) -> None:
    meeting = _meeting(any_services)
    task = any_services.tasks.create(meeting, "Báo cáo kết quả")
    shown = any_services.tasks.get(task).task
    any_fresh.tasks.cancel(task, "gộp vào nhiệm vụ khác")
    with pytest.raises(EditConflict) as caught:
        any_services.tasks.complete(
            task, date(2021, 2, 1), expected_version=shown.version, seen=seen_of(shown)
        )
    assert set(caught.value.clashes) == {"status"}
    assert any_fresh.tasks.get(task).task.completed_on is None


def test_retry_stale_runs_again_after_a_lost_race_and_stops_at_a_conflict() -> None:
    from minutes.errors import ConflictError

    calls: list[int] = []

    def racing() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise ConflictError(entity="meetings")  # another writer committed between read and write
        return "written"

    assert retry_stale(racing) == "written" and len(calls) == 3

    def refused() -> None:
        raise EditConflict(entity="meetings", entity_id=1, clashes={}, version=2, who="x", at=None)

    with pytest.raises(EditConflict):
        retry_stale(refused)


def test_deleting_what_someone_else_changed_since_is_refused(
    any_services: Services, any_fresh: Services
) -> None:
    from minutes.errors import DeleteConflict

    meeting = _meeting(any_services)
    kept = any_services.items.add_contribution(meeting, speaker_label="Đại biểu", text="Ý kiến")
    any_fresh.items.update_contribution(kept, text="Ý kiến, bổ sung của Lan")
    with pytest.raises(DeleteConflict) as caught:
        any_services.items.remove_contribution(kept, seen={"text": "Ý kiến"})
    assert caught.value.theirs == "Ý kiến, bổ sung của Lan"
    assert [c.id for c in any_fresh.meetings.get(meeting).contributions] == [kept]
    any_services.items.remove_contribution(kept, seen={"text": "Ý kiến, bổ sung của Lan"})  # seen now
    assert any_fresh.meetings.get(meeting).contributions == []
