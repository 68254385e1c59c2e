"""The benchmark database is the app's own: exact sizes, correct derived columns, usable by the services."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.gen_plan import BIG_CONTRIBUTIONS, TODAY, sizes_for  # noqa: E402
from benchmarks.generate import cached_database, generate  # noqa: E402

from minutes.db import models as m  # noqa: E402
from minutes.db.migrate import current_revision, head_revision  # noqa: E402
from minutes.domain.status import TaskStatus, task_status  # noqa: E402
from minutes.services import Actor, Database, Services  # noqa: E402
from minutes.services.context import _SEARCH_KEYS  # noqa: E402

pytestmark = pytest.mark.benchmarks
SCALE = 0.01


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "small.sqlite3"
    generate(str(path), scale=SCALE, seed=7)
    return path


def table_digest(path: Path, *tables: str) -> str:
    digest = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def test_sizes_add_up_to_a_million_searchable_records_at_scale_one() -> None:
    sizes = sizes_for(1.0)
    assert (sizes.units, sizes.people, sizes.meetings) == (14, 500, 5_000)
    assert (sizes.contributions, sizes.tasks, sizes.updates) == (50_000, 100_000, 300_000)
    assert sizes.searchable == 1_000_000


def test_counts_are_exact_and_the_schema_is_the_apps(small: Path) -> None:
    sizes = sizes_for(SCALE)
    db = Database(str(small), migrate=False)
    assert current_revision(db.engine) == head_revision()
    with sqlite3.connect(small) as conn:

        def count(table: str) -> int:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

        assert count("meetings") == sizes.meetings
        assert count("contributions") == sizes.contributions
        assert count("tasks") == sizes.tasks
        assert count("progress_updates") == sizes.updates
        assert count("recommendations") == sizes.recommendations
        biggest = conn.execute(
            "SELECT max(n) FROM (SELECT count(*) n FROM contributions GROUP BY meeting_id)"
        )
        assert biggest.fetchone()[0] == BIG_CONTRIBUTIONS
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if "search_entries" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
            assert count("search_entries") == sizes.searchable
        assert {r[0] for r in conn.execute("SELECT DISTINCT version FROM tasks")} == {1}
    db.close()


def test_derived_columns_are_what_the_unit_of_work_writes(small: Path) -> None:
    db = Database(str(small), migrate=False)
    with db.sessions() as s:
        for model in (m.Unit, m.Person, m.Meeting, m.Task):
            for obj in s.scalars(select(model).limit(200)):
                assert obj.search_key == _SEARCH_KEYS[model](obj)
        for meeting in s.scalars(select(m.Meeting).limit(20)):
            assert [c.position for c in meeting.contributions] == list(range(len(meeting.contributions)))
            assert unicodedata.is_normalized("NFC", meeting.title)
            assert meeting.chair_id in {a.person_id for a in meeting.attendance if a.role == "chair"}
    db.close()


def test_every_task_state_is_there_and_the_dates_agree_with_it(small: Path) -> None:
    with sqlite3.connect(small) as conn:
        rows = conn.execute(
            "SELECT t.deadline, t.completed_on, t.cancelled_on, t.progress, m.meeting_date "
            "FROM tasks t JOIN meetings m ON m.id = t.meeting_id"
        ).fetchall()
        last_update = dict(
            conn.execute(
                "SELECT task_id, percent FROM progress_updates p WHERE id = (SELECT id FROM progress_updates q "
                "WHERE q.task_id = p.task_id ORDER BY update_date DESC, id DESC LIMIT 1)"
            ).fetchall()
        )
    assert last_update
    states: Counter[TaskStatus] = Counter()

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    for deadline, completed, cancelled, progress, held in rows:
        state = task_status(
            deadline=day(deadline),
            completed_on=day(completed),
            cancelled=cancelled is not None,
            progress=progress,
            today=TODAY,
        )
        states[state] += 1
        assert day(held) <= (day(completed) or day(cancelled) or TODAY)
        if deadline:
            assert day(deadline) >= day(held)
    assert set(states) == set(TaskStatus)
    assert states[TaskStatus.DONE_ON_TIME] > states[TaskStatus.CANCELLED]


def test_the_same_seed_gives_the_same_database(small: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    generate(str(again), scale=SCALE, seed=7)
    tables = ("people", "meetings", "contributions", "tasks", "progress_updates")
    assert table_digest(again, *tables) == table_digest(small, *tables)
    other = tmp_path / "other.sqlite3"
    generate(str(other), scale=SCALE, seed=8)
    assert table_digest(other, "meetings") != table_digest(small, "meetings")


def reopen_for_a_task(services: Services, meeting_id: int, status: str) -> None:
    """The generator finalises most meetings, and finalised minutes are locked: a leader amends them
    (with a reason) before a task is added, as in the application."""
    if status == "finalised":
        Services(services.db, Actor("Chủ trì", "leader")).finalise.amend(meeting_id, "Bổ sung nhiệm vụ")


def test_the_app_works_on_it(small: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(small) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    services = Services(Database(str(copy), clock=lambda: TODAY), Actor("Thư ký"))
    newest = services.meetings.list_meetings(limit=1)[0]
    reopen_for_a_task(services, newest.id, newest.status)
    detail = services.meetings.get(newest.id)
    assert detail.title == newest.title
    task_id = services.tasks.create(newest.id, "Rà soát hồ sơ đất đai phường Đức Giang")
    services.tasks.add_progress(task_id, TODAY, 30, "Đã rà soát 12 hồ sơ")
    services.db.close()
    fresh = Services(Database(str(copy), clock=lambda: TODAY), Actor("Kiểm tra"))
    assert fresh.tasks.get(task_id).updates[0].note == "Đã rà soát 12 hồ sơ"
    fresh.db.close()


def test_a_non_empty_database_is_refused(small: Path) -> None:
    with pytest.raises(SystemExit):
        generate(str(small), scale=SCALE, seed=7)


def test_the_cache_reuses_a_complete_database_only(tmp_path: Path) -> None:
    path, made = cached_database(tmp_path, SCALE, 3)
    assert made and path.exists()
    assert not list(tmp_path.glob("*.partial*"))
    again, made_again = cached_database(tmp_path, SCALE, 3)
    assert again == path and not made_again


def test_postgresql_gets_the_same_data_and_usable_sequences(pg_url: str) -> None:
    generate(pg_url, scale=SCALE, seed=7)
    services = Services(Database(pg_url, clock=lambda: TODAY), Actor("Thư ký"))
    meeting = services.meetings.list_meetings(limit=1)[0]
    reopen_for_a_task(services, meeting.id, meeting.status)
    task_id = services.tasks.create(meeting.id, "Kiểm tra sau khi sinh dữ liệu")
    assert task_id == sizes_for(SCALE).tasks + 1
    services.db.close()
