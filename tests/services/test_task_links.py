"""A task's source is a real link (issue 12 item 5): it never shows the words of another item, and the
user can be told which tasks came from an item before it is removed."""

from __future__ import annotations

from datetime import date

from minutes.services import Services


def _meeting(services: Services) -> int:
    return services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))


def test_source_text_never_changes_when_other_items_come_and_go(services: Services, fresh: Services) -> None:
    """SQLite gives the id of the last row removed to the next row: the task made from recommendation B
    once showed the words of an unrelated recommendation C that took B's id."""
    meeting = _meeting(services)
    group = services.items.add_group(meeting, "Kiến nghị của phường")
    services.items.add_recommendation(group, "A: bổ sung biên chế")
    b = services.items.add_recommendation(group, "B: hỗ trợ kinh phí giải phóng mặt bằng")
    task = services.tasks.create(
        meeting, "Xem xét hỗ trợ kinh phí", source_kind="recommendation", source_id=b
    )
    assert fresh.tasks.get(task).source_text == "B: hỗ trợ kinh phí giải phóng mặt bằng"

    assert [t.id for t in services.items.tasks_from("recommendation", b)] == [task]
    services.items.remove_recommendation(b)
    c = services.items.add_recommendation(group, "C: đổi tên đường Hồng Tiến")
    assert c == b  # the id came back: the case this guards against
    services.items.add_conclusion(meeting, "Kết luận mới")

    detail = fresh.tasks.get(task)
    assert detail.source_text == "B: hỗ trợ kinh phí giải phóng mặt bằng"
    assert (detail.task.source_kind, detail.task.source_id) == ("recommendation", None)
    assert services.items.tasks_from("recommendation", c) == []
    events = [e.kind for e in detail.events]
    assert events  # the task's own history is untouched by the removal


def test_a_linked_item_shows_its_own_edits_until_it_is_removed(
    any_services: Services, any_fresh: Services
) -> None:
    meeting = _meeting(any_services)
    conclusion = any_services.items.add_conclusion(meeting, "Tập trung giải phóng mặt bằng")
    task = any_services.tasks.create(
        meeting, "Giải phóng mặt bằng", source_kind="conclusion", source_id=conclusion
    )
    any_services.items.update_conclusion(conclusion, text="Tập trung giải phóng mặt bằng dự án đường 40 m")
    assert any_fresh.tasks.get(task).source_text == "Tập trung giải phóng mặt bằng dự án đường 40 m"
    any_services.items.remove_conclusion(conclusion)
    detail = any_fresh.tasks.get(task)
    assert detail.source_text == "Tập trung giải phóng mặt bằng dự án đường 40 m"
    assert detail.task.source_id is None and detail.task.text == "Giải phóng mặt bằng"


def test_removing_a_group_names_and_releases_the_tasks_of_all_its_items(
    any_services: Services, any_fresh: Services
) -> None:
    meeting = _meeting(any_services)
    group = any_services.items.add_group(meeting, "Kiến nghị")
    r1 = any_services.items.add_recommendation(group, "Kiến nghị một")
    r2 = any_services.items.add_recommendation(group, "Kiến nghị hai")
    contribution = any_services.items.add_contribution(meeting, text="Ý kiến về trật tự đô thị")
    t2 = any_services.tasks.create(meeting, "Việc hai", source_kind="recommendation", source_id=r2)
    t1 = any_services.tasks.create(meeting, "Việc một", source_kind="recommendation", source_id=r1)
    t3 = any_services.tasks.create(meeting, "Việc ba", source_kind="contribution", source_id=contribution)

    listed = any_services.items.tasks_from("recommendation_group", group)
    assert [(t.id, t.text) for t in listed] == [(t2, "Việc hai"), (t1, "Việc một")]
    assert [t.id for t in any_services.items.tasks_from("contribution", contribution)] == [t3]

    any_services.items.remove_group(group)
    after = {t.id: t for t in any_fresh.tasks.list_for_meeting(meeting)}
    assert set(after) == {t1, t2, t3}  # removing an item never removes its tasks
    assert [any_fresh.tasks.get(t).source_text for t in (t1, t2)] == ["Kiến nghị một", "Kiến nghị hai"]
    assert after[t3].source_id == contribution
