"""Backups of the embedded database: verified copies, rotation, the daily one, before a migration, and
restores that give back exactly what was saved (or refuse, changing nothing)."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from testkit.storage import checkpoint, damage, digest, journal_mode, table_rows

from minutes import paths
from minutes.db import backup
from minutes.db.engine import make_engine
from minutes.errors import BackupDamaged, BackupTooNew, BackupUnusable, DatabaseDamaged
from minutes.services import Actor, Database, Services


def demo_database(path: Path) -> int:
    db = Database(str(path))
    try:
        return Services(db, Actor("Thư ký")).demo.load()
    finally:
        db.close()


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    engine = make_engine(str(path))
    try:
        return table_rows(engine)
    finally:
        engine.dispose()


def test_backup_change_restore_gives_back_identical_content(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    meeting_id = demo_database(path)
    saved = content(path)
    made = backup.make_backup(path)

    db = Database(str(path))
    services = Services(db, Actor("Thư ký"))
    title = services.meetings.get(meeting_id).title
    services.meetings.update(meeting_id, title="Tiêu đề đã bị sửa nhầm")
    services.meetings.create("Cuộc họp thêm sau khi sao lưu", date(2021, 2, 1))
    db.close()
    changed = content(path)
    assert changed != saved

    result = backup.restore(path, made)
    assert content(path) == saved
    assert result.kept is not None and result.kept.parent == made.parent
    assert content(result.kept) == changed  # the database replaced is one more backup
    fresh = Database(str(path))
    try:
        listed = Services(fresh, Actor("Kiểm tra")).meetings.list_meetings()
        assert [m.title for m in listed] == [title]
    finally:
        fresh.close()


def test_a_backup_is_one_verified_private_file_in_the_user_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    demo_database(path)
    made = backup.make_backup(path)
    assert made.is_relative_to(paths.data_dir() / "backups")
    assert made.parent == backup.folder_for(path)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert journal_mode(made) == "rollback"  # self-contained: no -wal needed beside it
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no temporary left
    connection = sqlite3.connect(made)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    assert backup.verify(made) == backup_revision(made)
    other = tmp_path / "other" / "minutes.sqlite3"
    assert backup.folder_for(other) != backup.folder_for(path)  # same name, another database


def backup_revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_backups_rotate_and_the_daily_one_is_made_at_most_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    demo_database(path)
    start = datetime(2021, 1, 19, 17, 0, 0)
    for minutes in range(5):
        backup.make_backup(path, now=start + timedelta(minutes=minutes), keep=3)
    listed = backup.list_backups(path)
    assert [b.made_at for b in listed] == [start + timedelta(minutes=m) for m in (4, 3, 2)]
    same_second = backup.make_backup(path, now=start + timedelta(minutes=4))
    assert backup.list_backups(path)[0].path == same_second

    first = backup.daily(path, keep=3, today=date.today())
    assert first is not None and backup.list_backups(path)[0].reason == backup.DAILY
    assert backup.daily(path, keep=3, today=date.today()) is None
    assert len(backup.list_backups(path)) == 3
    assert backup.daily(path, keep=3, today=date.today() + timedelta(days=1)) is not None


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(tmp_path: Path) -> None:
    from alembic import command

    from minutes.db.migrate import HEAD_REVISION, alembic_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO people (id, full_name, title, search_key, version, created_at, updated_at)"
                " VALUES (1, 'Trần Thị Định', '', '', 1, '2020-05-04', '2020-05-04')"
            )
        )
    engine.dispose()
    assert backup.list_backups(path) == []
    Database(str(path)).close()
    made = backup.list_backups(path)
    assert [b.reason for b in made] == [backup.BEFORE_MIGRATION]
    assert backup_revision(made[0].path) == "0001" != HEAD_REVISION
    connection = sqlite3.connect(made[0].path)
    assert connection.execute("SELECT full_name FROM people").fetchall() == [("Trần Thị Định",)]
    connection.close()
    Database(str(path)).close()
    assert len(backup.list_backups(path)) == 1  # at head: no migration, no backup


def test_restore_refuses_a_damaged_a_newer_or_a_foreign_backup_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    demo_database(path)
    checkpoint(path)
    good = backup.make_backup(path)
    before = digest(path)

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(good.read_bytes())
    damage(damaged, "contributions")
    with pytest.raises(BackupDamaged) as info:
        backup.restore(path, damaged)
    assert "damaged" in info.value.message

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    with pytest.raises(BackupTooNew) as info:
        backup.restore(path, newer)
    assert "9999_from_the_future" in info.value.message

    foreign = tmp_path / "accounts.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE customers (id INTEGER)").connection.close()
    for unusable in (foreign, tmp_path / "missing.sqlite3", path):
        with pytest.raises(BackupUnusable):
            backup.restore(path, unusable)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("không phải bản sao lưu" * 100, encoding="utf-8")
    with pytest.raises(BackupUnusable):
        backup.restore(path, text_file)

    assert digest(path) == before
    assert [b.path for b in backup.list_backups(path)] == [good]  # nothing kept: nothing was replaced


def test_a_damaged_database_is_replaced_and_kept_as_a_raw_copy(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    demo_database(path)
    saved = content(path)
    good = backup.make_backup(path)
    damage(path, "contributions")
    damaged_bytes = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        Database(str(path))
    assert backup.latest_good(path) is not None and backup.latest_good(path).path == good  # type: ignore[union-attr]

    result = backup.restore(path, good)
    assert content(path) == saved
    assert result.kept is not None and result.kept.name.endswith(f"-{backup.DAMAGED}.sqlite3")
    assert result.kept.read_bytes() == damaged_bytes
    Database(str(path)).close()  # opens again


def test_restoring_under_another_open_connection_is_seen_by_it(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    demo_database(path)
    good = backup.make_backup(path)
    other = Database(str(path))  # another program with the database open
    try:
        services = Services(other, Actor("Người khác"))
        services.meetings.create("Họp sau bản sao lưu", date(2021, 3, 1))
        assert len(services.meetings.list_meetings()) == 2
        backup.restore(path, good)
        assert len(services.meetings.list_meetings()) == 1
    finally:
        other.close()
