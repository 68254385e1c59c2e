"""Complete archives (``minutes backup`` on PostgreSQL): every table out, back into an empty database, all or
nothing; a damaged, truncated, foreign or newer archive and a non-empty target are refused."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from testkit.compare import comparable
from testkit.storage import private_schema, table_rows

from minutes.db import archive, backup
from minutes.db.engine import make_engine
from minutes.errors import ArchiveTargetNotEmpty, BackupDamaged, BackupTooNew, BackupUnusable
from minutes.services import Actor, Database, Services
from minutes.services.tasks import NewAttachment


@pytest.fixture
def other_url(request: pytest.FixtureRequest, backend_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database of the same kind as ``backend_url``."""
    if "://" not in backend_url:
        yield str(tmp_path / "restored" / "minutes.sqlite3")
        return
    yield from private_schema(backend_url)


def fill(services: Services) -> int:
    """The demo meeting and something of every other kind: a saved profile, evidence, a draft, history."""
    meeting_id = services.demo.load()
    detail = services.meetings.get(meeting_id)
    task = detail.tasks[0]
    services.tasks.add_progress(
        task.id,
        date(2021, 2, 1),
        40,
        "Đã khảo sát 3 tuyến phố",
        [NewAttachment("ảnh.jpg", bytes(range(256)) * 4)],
    )
    services.profile.set_value("issuing_body", "QUẬN ỦY LONG BIÊN")
    services.drafts.save("contributions", detail.contributions[0].id, "text", "Bản nháp chưa lưu — đ")
    first = services.directory.list_units()[0]
    parent = services.directory.create_unit("Quận ủy Long Biên (đơn vị cấp trên, tạo sau)")
    services.directory.update_unit(first.id, parent_id=parent)  # points at a later row of its own table
    return meeting_id


def test_everything_goes_out_and_comes_back_exactly(backend_url: str, other_url: str, tmp_path: Path) -> None:
    source = Database(backend_url)
    try:
        meeting_id = fill(Services(source, Actor("Thư ký")))
        made = archive.write(source.engine, tmp_path / "office.minutes-archive.gz")
        saved = table_rows(source.engine)
    finally:
        source.close()
    assert made.rows["meetings"] == 1 and made.rows["attachments"] == 1 and made.rows["audit_log"] > 10
    # the example brings its own profile (Quận ủy Long Biên); set_value above made the default one
    assert made.rows["org_profiles"] == 2 and made.rows["drafts"] == 1
    assert archive.verify(made.path)["revision"] == made.revision

    target = make_engine(other_url)
    try:
        loaded = archive.load(target, made.path)
        assert loaded.rows == made.rows
        assert table_rows(target) == saved
    finally:
        target.dispose()
    restored = Database(other_url)
    try:
        services = Services(restored, Actor("Kiểm tra"))
        assert [r.kind for r in services.search.search("khao sat tuyen pho")] == ["progress"]
        new_id = services.meetings.create("Cuộc họp sau khi khôi phục", date(2021, 3, 1))
        assert new_id > meeting_id  # the id counters moved past the restored rows
        task = services.tasks.get(services.meetings.get(meeting_id).tasks[0].id)
        _name, _media, data = services.tasks.attachment(task.updates[0].attachments[0].id)
        assert data == bytes(range(256)) * 4
        assert services.directory.list_units()[0].parent_id is not None
    finally:
        restored.close()


def test_a_sqlite_backup_loads_into_an_empty_postgresql_database(pg_url: str, tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    local = Database(str(path))
    try:
        meeting_id = fill(Services(local, Actor("Thư ký")))
        expected = comparable(Services(local, Actor("t")).meetings.get(meeting_id))
    finally:
        local.close()
    copy = backup.make_backup(path)
    server = make_engine(pg_url)
    try:
        archive.load(server, copy)
    finally:
        server.dispose()
    shared = Database(pg_url)
    try:
        assert comparable(Services(shared, Actor("t")).meetings.get(meeting_id)) == expected
    finally:
        shared.close()


def test_an_archive_of_an_older_schema_is_upgraded_on_the_way_in(tmp_path: Path) -> None:
    from alembic import command

    from minutes.db.migrate import HEAD_REVISION, alembic_config, current_revision

    old = make_engine(str(tmp_path / "old.sqlite3"))
    config = alembic_config()
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO people (id, full_name, title, search_key, version, created_at, updated_at)"
                " VALUES (7, 'Trần Thị Định', 'Bí thư', '', 1, '2020-05-04', '2020-05-04')"
            )
        )
    made = archive.write(old, tmp_path / "old.minutes-archive.gz")
    old.dispose()
    assert made.revision == "0001"
    target = make_engine(str(tmp_path / "new.sqlite3"))
    try:
        archive.load(target, made.path)
        assert current_revision(target) == HEAD_REVISION
    finally:
        target.dispose()
    db = Database(str(tmp_path / "new.sqlite3"))
    try:
        assert [(r.kind, r.entity_id) for r in Services(db, Actor("t")).search.search("dinh")] == [
            ("person", 7)
        ]
    finally:
        db.close()


def rewrite(path: Path, target: Path, change: object) -> Path:
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    lines = change(lines)  # type: ignore[operator]
    target.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    return target


def test_bad_archives_and_a_non_empty_target_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    source = Database(str(tmp_path / "source.sqlite3"))
    try:
        fill(Services(source, Actor("Thư ký")))
        made = archive.write(source.engine, tmp_path / "a.minutes-archive.gz")
    finally:
        source.close()
    good = made.path

    truncated = tmp_path / "truncated.gz"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    cut_clean = rewrite(good, tmp_path / "cut.gz", lambda lines: lines[:-5])
    miscounted = rewrite(good, tmp_path / "miscounted.gz", lambda lines: [*lines[:-2], lines[-1]])
    newer = rewrite(
        good,
        tmp_path / "newer.gz",
        lambda lines: [json.dumps({**json.loads(lines[0]), "revision": "9999_future"}), *lines[1:]],
    )
    foreign = tmp_path / "foreign.gz"
    foreign.write_bytes(gzip.compress(b'{"hello": "world"}\n'))
    broken_row = rewrite(
        good, tmp_path / "row.gz", lambda lines: [*lines[:3], '{"t": "units", "r": [1]}', *lines[3:]]
    )

    target_path = tmp_path / "target.sqlite3"
    target = make_engine(str(target_path))
    try:
        for bad, error, words in (
            (truncated, BackupDamaged, "ends early"),
            (cut_clean, BackupDamaged, "ends early"),
            (miscounted, BackupDamaged, "row counts"),
            (newer, BackupTooNew, "9999_future"),
            (foreign, BackupUnusable, "not an archive"),
            (broken_row, BackupDamaged, "does not match"),
        ):
            with pytest.raises(error) as info:
                archive.load(target, bad)
            assert words in info.value.message, info.value.message
            assert not target_path.exists() or target_path.stat().st_size == 0  # refused before writing
        archive.load(target, good)
        before = table_rows(target)
        with pytest.raises(ArchiveTargetNotEmpty) as refused:
            archive.load(target, good)
        assert "empty database" in refused.value.message
        assert table_rows(target) == before
    finally:
        target.dispose()
