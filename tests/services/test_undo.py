"""Undo and redo in the services (issue 12 item 3): one step per user action, deleted rows come back under
their original ids with every link, history per meeting and per task, and a row changed by someone else
since is a conflict, never overwritten."""

from __future__ import annotations

from datetime import date

import pytest

from minutes.errors import ConflictError
from minutes.services import Actor, Services


def _meeting(services: Services, title: str = "Giao ban tháng 3") -> int:
    return services.meetings.create(title, date(2021, 3, 1))


def test_undo_of_a_deleted_group_restores_the_original_ids_and_the_tasks_links(
    any_services: Services, any_fresh: Services
) -> None:
    s = any_services
    meeting = _meeting(s)
    s.items.add_group(meeting, "Nhóm đầu")
    group = s.items.add_group(meeting, "Công tác đầu tư xây dựng cơ bản")
    items = [s.items.add_recommendation(group, f"Kiến nghị số {i} về giải phóng mặt bằng") for i in (1, 2, 3)]
    s.items.update_recommendation(items[1], response="Giao UBND quận trả lời")
    tasks = [
        s.tasks.create(meeting, f"Nhiệm vụ từ kiến nghị {i + 1}", source_kind="recommendation", source_id=r)
        for i, r in enumerate(items[:2])
    ]
    before = any_fresh.meetings.get(meeting)

    s.items.remove_group(group)  # one user action: a group, three recommendations, two tasks' links
    gone = any_fresh.meetings.get(meeting)
    assert [g.id for g in gone.recommendation_groups] != [g.id for g in before.recommendation_groups]
    assert [any_fresh.tasks.get(t).task.source_id for t in tasks] == [None, None]

    result = s.undo.undo(("meeting", meeting))
    assert result is not None and result.label == "delete recommendation_groups"
    back = any_fresh.meetings.get(meeting)
    assert [(g.id, g.title, g.position) for g in back.recommendation_groups] == [
        (g.id, g.title, g.position) for g in before.recommendation_groups
    ]
    restored = back.recommendation_groups[1]
    assert [(r.id, r.text, r.response) for r in restored.items] == [
        (r.id, r.text, r.response) for r in before.recommendation_groups[1].items
    ]
    for task, item in zip(tasks, items, strict=False):
        detail = any_fresh.tasks.get(task)
        assert (detail.task.source_kind, detail.task.source_id) == ("recommendation", item)
    # the restored rows take edits as any others, and their edits undo and redo like any others
    s.items.update_recommendation(items[0], text="Kiến nghị số 1, sửa sau khi khôi phục")
    assert s.undo.undo(("meeting", meeting)) is not None
    assert [r.text for r in any_fresh.meetings.get(meeting).recommendation_groups[1].items][0] == (
        "Kiến nghị số 1 về giải phóng mặt bằng"
    )
    assert s.undo.redo(("meeting", meeting)) is not None
    assert [r.text for r in any_fresh.meetings.get(meeting).recommendation_groups[1].items][0] == (
        "Kiến nghị số 1, sửa sau khi khôi phục"
    )
    # the step was in each linked task's history too: there it was undone as well (the top is the creation)
    assert s.undo.undo_label(("task", tasks[0])) == "insert tasks"


def test_one_step_per_action_and_redo(services: Services, fresh: Services) -> None:
    meeting = _meeting(services)
    group = services.items.add_group(meeting, "Kiến nghị")
    for i in range(3):
        services.items.add_recommendation(group, f"Kiến nghị {i}")
    services.items.remove_group(group)
    assert fresh.meetings.get(meeting).recommendation_groups == []
    services.undo.undo(("meeting", meeting))
    assert [len(g.items) for g in fresh.meetings.get(meeting).recommendation_groups] == [3]
    services.undo.redo(("meeting", meeting))
    assert fresh.meetings.get(meeting).recommendation_groups == []
    services.undo.undo(("meeting", meeting))
    [g] = fresh.meetings.get(meeting).recommendation_groups
    assert g.id == group and [r.text for r in g.items] == ["Kiến nghị 0", "Kiến nghị 1", "Kiến nghị 2"]


def test_saves_of_one_field_in_a_row_are_one_step(services: Services, fresh: Services) -> None:
    meeting = _meeting(services)
    conclusion = services.items.add_conclusion(meeting, "Tập")
    for text in ("Tập trung", "Tập trung giải phóng", "Tập trung giải phóng mặt bằng"):
        services.items.update_conclusion(conclusion, text=text)
    services.undo.undo(("meeting", meeting))
    assert [c.text for c in fresh.meetings.get(meeting).conclusions] == ["Tập"]
    services.undo.redo(("meeting", meeting))
    assert [c.text for c in fresh.meetings.get(meeting).conclusions] == ["Tập trung giải phóng mặt bằng"]


def test_undo_in_meeting_b_never_touches_meeting_a(services: Services, fresh: Services) -> None:
    a, b = _meeting(services, "Cuộc họp A"), _meeting(services, "Cuộc họp B")
    in_a = services.items.add_conclusion(a, "Kết luận A")
    in_b = services.items.add_conclusion(b, "Kết luận B")
    services.items.update_conclusion(in_b, text="Kết luận B, đã sửa")
    services.items.update_conclusion(in_a, text="Kết luận A, đã sửa")  # the latest action of all

    result = services.undo.undo(("meeting", b))
    assert result is not None and result.scopes == {("meeting", b)}
    assert [c.text for c in fresh.meetings.get(a).conclusions] == ["Kết luận A, đã sửa"]
    assert [c.text for c in fresh.meetings.get(b).conclusions] == ["Kết luận B"]
    services.undo.undo(("meeting", b))  # the addition of B's conclusion
    assert fresh.meetings.get(b).conclusions == []
    assert [c.text for c in fresh.meetings.get(a).conclusions] == ["Kết luận A, đã sửa"]
    services.undo.undo(("meeting", a))
    assert [c.text for c in fresh.meetings.get(a).conclusions] == ["Kết luận A"]


def test_a_task_has_its_own_history(services: Services, fresh: Services) -> None:
    meeting = _meeting(services)
    one = services.tasks.create(meeting, "Việc một")
    two = services.tasks.create(meeting, "Việc hai")
    services.tasks.update(one, priority="high")
    services.tasks.update(two, priority="low")
    services.undo.undo(("task", one))
    assert (fresh.tasks.get(one).task.priority, fresh.tasks.get(two).task.priority) == ("medium", "low")


def test_undoing_what_another_user_changed_since_is_a_conflict(services: Services, fresh: Services) -> None:
    meeting = _meeting(services)
    conclusion = services.items.add_conclusion(meeting, "Bản của thư ký")
    services.items.update_conclusion(conclusion, text="Bản của thư ký, đã sửa")
    other = Services(services.db, Actor("Phó chánh văn phòng"))
    other.items.update_conclusion(conclusion, text="Bản của người khác")
    with pytest.raises(ConflictError):
        services.undo.undo(("meeting", meeting))
    assert [c.text for c in fresh.meetings.get(meeting).conclusions] == ["Bản của người khác"]
