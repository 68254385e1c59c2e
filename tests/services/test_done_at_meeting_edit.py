"""A task marked done at the meeting after it was created (the task form edits it), and unmarked again."""

from __future__ import annotations

from datetime import date

from minutes.services import Services

MEETING_DAY = date(2022, 1, 10)


def test_marking_and_unmarking_done_at_the_meeting(services: Services, fresh: Services) -> None:
    meeting_id = services.meetings.create("Hội nghị", MEETING_DAY)
    task_id = services.tasks.create(meeting_id, "Thông qua quy chế làm việc")
    services.tasks.add_progress(task_id, date(2022, 1, 20), 40, "Đã dự thảo")

    services.tasks.update(task_id, done_at_meeting=True)
    detail = fresh.tasks.get(task_id)
    assert detail.task.done_at_meeting
    assert (detail.task.completed_on, detail.task.progress) == (MEETING_DAY, 100)
    assert not detail.task.status.is_open
    assert [e.new_value for e in detail.events if e.kind == "completed"] == [MEETING_DAY.isoformat()]

    services.tasks.update(task_id, done_at_meeting=True)  # no change: no second event
    assert len([e for e in fresh.tasks.get(task_id).events if e.kind == "completed"]) == 1

    services.tasks.update(task_id, done_at_meeting=False)
    task = fresh.tasks.get(task_id).task
    assert not task.done_at_meeting
    assert (task.completed_on, task.progress) == (None, 40)  # as the updates left it
