"""Migration 0009 (task sources as real links) converts a database made at 0008: every task whose old
reference names an item of its own meeting is linked to it and keeps its words; the rest are reported
(log, ``app_settings``, ``minutes check``), never guessed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from testkit.migrations import copy_rows, engine_at

from minutes.db import links
from minutes.db.engine import make_engine
from minutes.db.migrate import HEAD_REVISION, current_revision
from minutes.services import Actor, Database, Services

TODAY = date(2021, 3, 1)


def test_0009_links_what_it_can_and_reports_the_rest(
    tmp_path: Path, backend_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    source = Database(str(tmp_path / "head.sqlite3"), clock=lambda: TODAY)
    original = Services(source, Actor("Thư ký"))
    meeting_id = original.demo.load()
    other = original.meetings.create("Họp khác", date(2021, 2, 1))
    elsewhere = original.items.add_conclusion(other, "Kết luận của cuộc họp khác")
    before = original.meetings.get(meeting_id)
    tasks = {t.id: (t.source_kind, t.source_id) for t in before.tasks}
    assert len([k for k, _ in tasks.values() if k]) >= 4
    words = {t.id: original.tasks.get(t.id).source_text for t in before.tasks}
    loose = [t.id for t in before.tasks][:3]  # three tasks get old references that point nowhere useful

    old = engine_at(backend_url, "0008")
    copy_rows(source.engine, old)
    with old.begin() as c:
        for task_id, (kind, ident) in tasks.items():
            c.execute(text("UPDATE tasks SET source_kind = :k, source_id = :i WHERE id = :t"),
                      {"k": kind, "i": ident, "t": task_id})  # fmt: skip
        c.execute(text("UPDATE tasks SET source_kind = 'conclusion', source_id = 99999 WHERE id = :t"),
                  {"t": loose[0]})  # fmt: skip
        c.execute(text("UPDATE tasks SET source_kind = 'conclusion', source_id = :i WHERE id = :t"),
                  {"i": elsewhere, "t": loose[1]})  # fmt: skip
        c.execute(
            text("UPDATE tasks SET source_kind = 'speech', source_id = 1 WHERE id = :t"), {"t": loose[2]}
        )
    old.dispose()

    with caplog.at_level(logging.WARNING, logger="minutes.db.migrations"):
        migrated = Database(backend_url, clock=lambda: TODAY)
    try:
        assert current_revision(migrated.engine) == HEAD_REVISION
        services = Services(migrated, Actor("Kiểm tra"))
        after = {t.id: t for t in services.meetings.get(meeting_id).tasks}
        for task_id, (kind, ident) in tasks.items():
            if task_id in loose:
                continue
            assert (after[task_id].source_kind, after[task_id].source_id) == (kind, ident)
            assert services.tasks.get(task_id).source_text == words[task_id]
        # not guessed: no link, no words; the kind stays where it was a known kind
        assert [(after[t].source_kind, after[t].source_id) for t in loose] == [
            ("conclusion", None), ("conclusion", None), (None, None)
        ]  # fmt: skip
        assert [services.tasks.get(t).source_text for t in loose] == ["", "", ""]
        with migrated.engine.connect() as c:
            found = links.unresolved(c)
        assert [(u.task_id, u.kind, u.item_id) for u in found] == [
            (loose[0], "conclusion", 99999), (loose[1], "conclusion", elsewhere), (loose[2], "speech", 1)
        ]  # fmt: skip
        assert found[1].reason == f"belongs to meeting {other}"
        assert sum("not linked" in r.getMessage() for r in caplog.records) == 3
        # the rule holds in the database itself: never two links, never a link of another kind
        with pytest.raises(IntegrityError), migrated.engine.begin() as c:
            c.execute(text("UPDATE tasks SET recommendation_id = 1 WHERE id = :t"), {"t": loose[0]})
    finally:
        migrated.close()
        source.close()

    if backend_url.startswith("sqlite"):
        return
    check = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", backend_url, "check"],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    notes = [line for line in check.stdout.splitlines() if line.startswith("note:")]
    assert len(notes) == 3 and f"task {loose[0]} " in notes[0] and "missing" in notes[0]


def test_minutes_check_names_what_was_not_linked_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = engine_at(str(path), "0008")
    with old.begin() as c:
        c.execute(text("INSERT INTO meetings (id, title, kind, reference_number, meeting_date, location, status, notes, "
                       "search_key, version, created_at, updated_at) VALUES (1, 'Họp cũ', 'other', '', "
                       "'2019-01-05', '', 'draft', '', 'hop cu', 1, '2019-01-05', '2019-01-05')"))  # fmt: skip
        c.execute(text("INSERT INTO tasks (id, meeting_id, position, text, source_kind, source_id, priority, "
                       "expected_product, progress, search_key, assignee_text, deadline_text, done_at_meeting, "
                       "version, created_at, updated_at) VALUES (1, 1, 0, 'Việc', 'recommendation', 7, 2, '', 0, "
                       "'viec', '', '', false, 1, '2019-01-05', '2019-01-05')"))  # fmt: skip
    old.dispose()
    Database(str(path)).close()
    engine = make_engine(str(path))
    with engine.connect() as c:
        assert [u.reason for u in links.unresolved(c)] == ["missing"]
    engine.dispose()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("MINUTES_DATABASE_URL", None)
    check = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(path), "check"],
        capture_output=True, text=True, encoding="utf-8", timeout=300, env=env,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert check.stdout.splitlines()[1:] == [
        "note: task 1 (meeting 1) named recommendation 7, which is missing: not linked"
    ]
