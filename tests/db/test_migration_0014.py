"""Migration 0014 (the tasks' words stored, the titles' words indexed, on PostgreSQL) converts a database made at 0013: the board's
text filter finds the same tasks before and after, through the stored vector, which follows later edits;
an upgraded PostgreSQL database is vacuumed and analysed (the server's autovacuum may be off)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text
from testkit.migrations import copy_rows, engine_at

from minutes.db.migrate import HEAD_REVISION, current_revision
from minutes.services import Actor, Database, Services
from minutes.services.board import TaskFilter

TODAY = date(2021, 3, 1)


def test_0014_keeps_the_text_filter_and_stores_the_words(tmp_path: Path, backend_url: str) -> None:
    source = Database(str(tmp_path / "head.sqlite3"), clock=lambda: TODAY)
    original = Services(source, Actor("Thư ký"))
    meeting = original.meetings.create("Giao ban", date(2021, 1, 19))
    first = original.tasks.create(meeting, "Đẩy nhanh GIẢI PHÓNG mặt bằng dự án đường 40m")
    second = original.tasks.create(meeting, "Xây dựng kế hoạch năm 2021", expected_product="Kế hoạch 100%")
    original.tasks.create(meeting, "Kiểm tra trật tự đô thị")
    old = engine_at(backend_url, "0013")
    copy_rows(source.engine, old)
    old.dispose()
    source.close()

    migrated = Database(backend_url, clock=lambda: TODAY)
    try:
        assert current_revision(migrated.engine) == HEAD_REVISION
        sv = Services(migrated, Actor("Thư ký"))

        def found(words: str) -> set[int]:
            return {r.id for r in sv.board.iter_rows(TaskFilter(text=words))}

        assert found("giai pho") == {first} and found("ke hoach 100") == {second}
        assert found("iai") == set() and found("khong co") == set()
        sv.tasks.update(second, text="Rà soát hồ sơ đất đai")
        assert found("xay dung") == set() and found("ra soat") == {second}
        if migrated.is_sqlite:
            return
        with migrated.engine.connect() as c:
            differing = c.execute(
                text("SELECT count(*) FROM tasks WHERE search_words <> to_tsvector('simple', search_key)")
            ).scalar()
            indexes = dict(
                c.execute(
                    text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                         "AND tablename = 'tasks' AND indexdef LIKE '%USING gin%'")
                ).all()
            )  # fmt: skip
            titles = c.execute(
                text("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                     "AND indexname = 'ix_search_entries_title_words'")
            ).scalar()  # fmt: skip
            vacuumed = c.execute(
                text("SELECT relallvisible FROM pg_class WHERE oid = 'tasks'::regclass")
            ).scalar()
            analysed = c.execute(
                text(
                    "SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'tasks'"
                )
            ).scalar()
        assert differing == 0
        assert list(indexes) == ["ix_tasks_search_words_stored"]
        assert "(search_words)" in indexes["ix_tasks_search_words_stored"]
        assert titles and "to_tsvector('simple'::regconfig, folded_title)" in titles
        assert vacuumed and vacuumed > 0  # the visibility map is set: index-only scans are possible
        assert analysed and analysed > 0
    finally:
        migrated.close()
