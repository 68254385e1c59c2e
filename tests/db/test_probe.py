"""Opening any file safely: another program's database, a look-alike, a damaged one are refused untouched;
a new database is created owner-only."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from testkit.storage import damage, digest, journal_mode, other_programs_database

from minutes.db.probe import inspect_file
from minutes.errors import DatabaseCorrupt, DatabaseDamaged, ForeignDatabase
from minutes.services import Actor, Database, Services


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def tables(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        connection.close()


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_another_programs_database_is_refused_byte_for_byte_unchanged(tmp_path: Path, wal: bool) -> None:
    path = tmp_path / "accounts.sqlite3"
    other_programs_database(path, wal=wal)
    before, mode_before, files_before = digest(path), journal_mode(path), siblings(path)
    for _attempt in range(2):  # and the same answer the next time: nothing was half done
        with pytest.raises(ForeignDatabase) as info:
            Database(str(path))
        assert str(path) in info.value.message and "another program" in info.value.message
        assert "none of this application's tables" in info.value.message
    assert digest(path) == before
    assert journal_mode(path) == mode_before
    assert siblings(path) == files_before  # not even a -wal or -shm beside it
    assert tables(path) == ["customers"]


def test_a_file_with_a_meetings_table_of_its_own_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite3"
    other_programs_database(path, "meetings", "members")
    before = digest(path)
    for _attempt in range(2):
        with pytest.raises(ForeignDatabase) as info:
            Database(str(path))
        assert "named like this application's" in info.value.message
    assert digest(path) == before and journal_mode(path) == "rollback"
    assert tables(path) == ["meetings", "members"]


def test_another_alembic_managed_database_with_our_table_names_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite3"
    other_programs_database(path, "meetings", "people", "units", "tasks")
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(ForeignDatabase):
        Database(str(path))
    assert digest(path) == before


def test_a_damaged_database_is_refused_with_the_way_back(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    db = Database(str(path))
    services = Services(db, Actor("Thư ký"))
    meeting = services.meetings.create("Họp giao ban", date(2021, 1, 19))
    services.items.add_contribution(meeting, text="Đồng chí Bí thư phát biểu")
    db.close()
    damage(path, "contributions")
    before = digest(path)
    with pytest.raises(DatabaseDamaged) as info:
        Database(str(path))
    assert isinstance(info.value, DatabaseCorrupt)
    assert "damaged" in info.value.message and "restore the latest good backup" in info.value.message
    assert digest(path) == before


def test_garbage_is_not_a_database_and_an_empty_sqlite_file_is_taken(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes(b"SQLite format 2\x00" + b"\x00" * 5000)
    with pytest.raises(DatabaseCorrupt):
        inspect_file(garbage)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).execute("PRAGMA user_version = 1").connection.close()
    assert empty.stat().st_size > 0 and inspect_file(empty).kind == "empty"
    Database(str(empty)).close()
    assert inspect_file(empty).kind == "ours"
    zero = tmp_path / "zero.sqlite3"
    zero.touch()
    assert inspect_file(zero).kind == "new"
    Database(str(zero)).close()
    assert inspect_file(zero).kind == "ours" and inspect_file(zero).checked


def test_a_new_database_and_its_folder_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "office" / "minutes.sqlite3"
    db = Database(str(path))
    Services(db, Actor("Thư ký")).meetings.create("Họp", date(2021, 1, 19))
    try:
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for name in ("minutes.sqlite3", "minutes.sqlite3-wal", "minutes.sqlite3-shm"):
            assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600, name
    finally:
        db.close()


def test_the_default_data_folder_is_created_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes import paths

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    folder = paths.data_dir()
    assert folder.is_relative_to(tmp_path) and stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks: a closed handle drops them only there")
def test_looking_at_an_open_database_keeps_this_processs_locks(tmp_path: Path) -> None:
    """Opening the same database again (a second window, the import, a backup's check) reads its header.
    On POSIX, closing any descriptor of a file drops every lock the process holds on it, SQLite's too:
    another program closing its last connection then takes this process for gone and deletes the
    write-ahead log it still reads (the window then saw an empty database)."""
    path = tmp_path / "minutes.sqlite3"
    Services(Database(str(path)), Actor("thu.ky")).db.close()
    mine = sqlite3.connect(path, isolation_level=None)
    try:
        assert mine.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        mine.execute("SELECT count(*) FROM meetings").fetchall()  # connected: the log is in use
        assert Path(f"{path}-wal").exists()
        assert inspect_file(path).kind == "ours"
        other = subprocess.run(
            [sys.executable, "-c", OTHER_PROGRAM, str(path)], capture_output=True, text=True, timeout=60
        )
        assert other.returncode == 0, other.stderr
        assert Path(f"{path}-wal").exists(), "another program deleted the log this process still uses"
    finally:
        mine.close()


OTHER_PROGRAM = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("COMMIT")
c.close()  # the last connection of the file, unless another process still holds its lock
"""
