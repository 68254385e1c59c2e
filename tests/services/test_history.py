"""The history of a meeting and of a task read from the audit trail (issue 13, item 5), on both databases:
records deleted since are still found, and who did what is read back."""

from __future__ import annotations

from datetime import date

from minutes.services import Actor, Services


def test_meeting_history_keeps_a_deleted_contribution_and_names_who(
    any_services: Services, any_fresh: Services
) -> None:
    meeting = any_services.meetings.create("Họp giao ban", date(2021, 3, 1))
    contribution = any_services.items.add_contribution(meeting, text="Ý kiến sẽ bị xóa")
    other = Services(any_services.db, Actor("Phó Chủ tịch", "leader"))
    other.items.remove_contribution(contribution)
    entries = any_fresh.history.of_meeting(meeting)
    about = [
        (e.actor, e.action) for e in entries if e.entity == "contributions" and e.entity_id == contribution
    ]
    assert about == [("Phó Chủ tịch", "delete"), ("Thư ký", "insert")]  # newest first
    assert entries[-1].entity == "meetings" and entries[-1].action == "insert"
    assert (
        any_fresh.history.of_meeting(any_services.meetings.create("Khác", date(2021, 3, 2)))[0].entity
        == "meetings"
    )
    assert not [e for e in any_fresh.history.of_meeting(meeting) if e.changes.get("title") == "Khác"]


def test_task_history_has_its_progress_and_not_the_meetings(
    any_services: Services, any_fresh: Services
) -> None:
    meeting = any_services.meetings.create("Họp giao ban", date(2021, 3, 1))
    unit = any_services.directory.create_unit("Phòng Tài chính")
    task = any_services.tasks.create(meeting, "Lập báo cáo", lead_unit_id=unit, deadline=date(2021, 4, 1))
    any_services.tasks.add_progress(task, date(2021, 3, 5), 50, "Đã xong một nửa")
    any_services.meetings.update(meeting, location="Hội trường")
    entries = any_fresh.history.of_task(task)
    assert {e.entity for e in entries} == {"tasks", "progress_updates", "task_events"}
    assert not [e for e in entries if e.entity == "meetings"]
    progress = [e.changes["progress"] for e in entries if e.entity == "tasks" and "progress" in e.changes]
    assert progress == [[0, 50], 0]  # the update, then the insert
