"""Evidence files stay out of the way (issue 12 item 6): editing a task, reading it or listing its
updates never reads the files' contents; opening one does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import event

from minutes.services import NewAttachment, Services

CONTENT = b"%PDF-1.4 " + bytes(range(256)) * 4096  # about 1 MB, different from every other value


@contextmanager
def statements(services: Services) -> Iterator[list[str]]:
    """Every SQL statement the services send while the block runs (and the rows' byte sizes read)."""
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool) -> None:
        seen.append(statement)

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def _task_with_evidence(services: Services) -> tuple[int, int]:
    meeting = services.meetings.create("Giao ban", date(2021, 3, 1))
    task = services.tasks.create(meeting, "Hoàn thiện hồ sơ giải phóng mặt bằng")
    services.tasks.add_progress(
        task, date(2021, 3, 5), 40, "Đã họp dân", [NewAttachment("bien-ban.pdf", CONTENT)]
    )
    attachment = services.tasks.get(task).updates[0].attachments[0]
    return task, attachment.id


def reads_contents(sql: list[str]) -> list[str]:
    return [s for s in sql if "attachments.data" in s or ("data" in s and "FROM attachments" in s)]


def test_changing_a_tasks_priority_reads_no_evidence_contents(
    any_services: Services, any_fresh: Services
) -> None:
    task, attachment = _task_with_evidence(any_services)
    with statements(any_services) as sql:
        any_services.tasks.update(task, priority="high")
        detail = any_services.tasks.get(task)
    assert any("FROM attachments" in s for s in sql)  # the files are listed...
    assert reads_contents(sql) == []  # ...but never read
    assert detail.task.priority == "high" and detail.updates[0].attachments[0].size == len(CONTENT)
    assert any_fresh.tasks.get(task).task.priority == "high"

    with statements(any_services) as sql:
        name, _media, data = any_services.tasks.attachment(attachment)
    assert (name, data) == ("bien-ban.pdf", CONTENT)  # opening a file reads it
    assert reads_contents(sql)
