"""Migration 0006 (model v2) converts a database made at revision 0004 holding the example meeting:
everything reads back as before, deadlines become date deadlines, figures get a kind from their shape."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text
from testkit.compare import comparable
from testkit.migrations import copy_rows, engine_at

from minutes.db.migrate import HEAD_REVISION, current_revision
from minutes.domain.deadline import Deadline
from minutes.services import Actor, Database, NewAttachment, Services

TODAY = date(2021, 3, 1)


def test_0006_converts_a_database_made_at_0004_with_the_demo(tmp_path: Path, backend_url: str) -> None:
    source = Database(str(tmp_path / "head.sqlite3"), clock=lambda: TODAY)
    original = Services(source, Actor("Thư ký"))
    meeting_id = original.demo.load()
    task = original.meetings.get(meeting_id).tasks[0]
    original.tasks.add_progress(task.id, date(2021, 2, 10), 40, "Đã họp", [NewAttachment("a.pdf", b"%PDF")])
    original.tasks.change_deadline(task.id, date(2021, 3, 15), "Chờ ý kiến")

    old = engine_at(backend_url, "0004")
    copied = copy_rows(source.engine, old)
    assert copied["tasks"] and copied["report_figures"] and copied["search_entries"]
    # before 0009 a task named its source by source_id (the head keeps real links instead)
    with source.engine.connect() as head:
        links = head.execute(
            text("SELECT id, COALESCE(conclusion_id, recommendation_id, contribution_id) FROM tasks")
        ).fetchall()
    with old.begin() as c:
        for task_id, item in links:
            c.execute(text("UPDATE tasks SET source_id = :i WHERE id = :t"), {"i": item, "t": task_id})
    old.dispose()

    migrated = Database(backend_url, clock=lambda: TODAY)
    try:
        assert current_revision(migrated.engine) == HEAD_REVISION  # 0006 and every later one
        services = Services(migrated, Actor("Kiểm tra"))
        before, after = original.meetings.get(meeting_id), services.meetings.get(meeting_id)
        assert comparable(after) == comparable(before)

        # deadlines: date deadlines on the day they had
        assert all(t.deadline is not None for t in after.tasks)
        for t in after.tasks:
            assert t.deadline_spec == Deadline.on(t.deadline)  # type: ignore[arg-type]
        assert after.tasks[0].deadline == date(2021, 3, 15)
        # figures: the kind follows the shape, never guessed from the label
        kinds = {(f.value, f.target, f.percent): f.kind for r in after.reports for f in r.figures}
        assert kinds[(Decimal("19885177001"), None, Decimal("87"))] == "ratio_to_plan"
        assert kinds[(Decimal("18"), Decimal("18"), None)] == "amount"
        assert kinds[(None, None, Decimal("91.95"))] == "share"
        assert {c.count for c in after.contributions} == {1}
        assert {c.kind for c in after.conclusions} == {"general"}
        assert after.date_precision == "day" and after.agenda == [] and after.next_meeting is None
        # the history and the index came along
        detail = services.tasks.get(after.tasks[0].id)
        assert [u.percent for u in detail.updates] == [40]
        assert [r.kind for r in services.search.search("cho y kien")] or services.search.search("da hop")
        # and the database takes model v2 writes
        services.tasks.change_deadline(after.tasks[0].id, Deadline.quarter(2021, 2, "quý II/2021"), "Lùi")
        assert services.tasks.get(after.tasks[0].id).task.deadline == date(2021, 6, 30)
    finally:
        migrated.close()
        source.close()
