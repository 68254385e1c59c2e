"""Every fault and bad value a user can meet on the command line: one line in plain words, exit status 2,
no traceback, and nothing lost (each case runs the real command in a subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from testkit.storage import damage, digest, other_programs_database

from minutes.db import archive, backup
from minutes.db.engine import make_engine
from minutes.services import Actor, Database, Services
from minutes.services.tasks import NewAttachment


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the example meeting and 200 kB of evidence (its dump is large)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database(str(path))
    try:
        services = Services(db, Actor("Thư ký"))
        meeting_id = services.demo.load()
        task = services.meetings.get(meeting_id).tasks[0]
        evidence = NewAttachment("bien-ban-nghiem-thu.pdf", os.urandom(200_000))
        services.tasks.add_progress(task.id, date(2021, 2, 1), 50, "", [evidence])
    finally:
        db.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@dataclass
class Case:
    """``args`` after ``--db DB``; ``prepare(folder, db)`` returns what must stay unchanged (or None)."""

    args: list[str]
    words: str
    prepare: Callable[[Path, Path], Path | None] | None = None
    limit_file_size: int | None = None
    hold_write_lock: bool = False
    code: int = 2


def run(
    args: list[str], db: Path, cwd: Path, *, limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONIOENCODING": "utf-8",
        "MINUTES_USER": "cli",
        "MINUTES_LOG_DIR": str(cwd / "log"),
    }
    env.pop("MINUTES_DATABASE_URL", None)

    def limited() -> None:
        import resource

        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        preexec_fn=limited if limit is not None else None,
    )


# --- preparations ----------------------------------------------------------------------------------


def foreign(folder: Path, db: Path) -> Path:
    db.unlink()
    other_programs_database(db)
    return db


def lookalike(folder: Path, db: Path) -> Path:
    db.unlink()
    other_programs_database(db, "meetings")
    return db


def garbage(folder: Path, db: Path) -> Path:
    db.write_bytes(b"Bien ban hop - not a database\n" * 200)
    return db


def damaged(folder: Path, db: Path) -> Path:
    damage(db, "contributions")
    return db


def newer(folder: Path, db: Path) -> Path:
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return db


def old_dump(folder: Path, db: Path) -> Path:
    target = folder / "out.json"
    target.write_text('{"previous": "good dump"}\n', encoding="utf-8")
    return target


def folder_as_database(folder: Path, db: Path) -> None:
    db.unlink()
    db.mkdir()


def a_folder(folder: Path, db: Path) -> Path:
    (folder / "out.json").mkdir()
    return db


def deep_json(folder: Path, db: Path) -> Path:
    (folder / "in.json").write_text('{"a": ' + "[" * 2000 + "1" + "]" * 2000 + "}", encoding="utf-8")
    return db


def huge_duration(folder: Path, db: Path) -> Path:
    dump = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(db), "dump", "1"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(dump)
    for contribution in data["meeting"]["contributions"]:
        contribution["duration_seconds"] = 10**30
    (folder / "in.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return db


def bad_backup(folder: Path, db: Path) -> Path:
    copy = backup.make_backup(db, target=folder / "copy.sqlite3")
    damage(copy, "contributions")
    return db


def newer_backup(folder: Path, db: Path) -> Path:
    copy = backup.make_backup(db, target=folder / "copy.sqlite3")
    newer(folder, copy)
    return db


def text_backup(folder: Path, db: Path) -> Path:
    (folder / "copy.sqlite3").write_text("không phải bản sao lưu\n" * 50, encoding="utf-8")
    return db


def cut_archive(folder: Path, db: Path) -> Path:
    engine = make_engine(str(db))
    try:
        whole = archive.write(engine, folder / "whole.minutes-archive.gz").path.read_bytes()
    finally:
        engine.dispose()
    (folder / "copy.minutes-archive.gz").write_bytes(whole[: len(whole) // 2])
    return db


CASES: dict[str, Case] = {
    "another program's database": Case(["list"], "database of another program", foreign),
    "a look-alike meetings table": Case(["list"], "named like this application's", lookalike),
    "not a database": Case(["list"], "not a readable database", garbage),
    "damaged database": Case(["list"], "is damaged", damaged),
    "newer schema": Case(["list"], "newer version", newer),
    "locked database": Case(["demo", "--force"], "busy", hold_write_lock=True),
    "full disk (size limit)": Case(["demo", "--force"], "disk", limit_file_size=96 * 1024),
    "dump into a missing folder": Case(["dump", "1", "-o", "missing/out.json"], "folder does not exist"),
    "dump over a folder": Case(["dump", "1", "-o", "out.json"], "a folder has that name", a_folder),
    "dump onto a full disk": Case(
        ["dump", "1", "-o", "out.json"], "larger than allowed", old_dump, 96 * 1024
    ),
    "profile export into a missing folder": Case(
        ["profile", "export", "missing/p.json"], "folder does not exist"
    ),
    "xlsx into a missing folder": Case(
        ["board-export", "--format", "xlsx", "-o", "missing/x.xlsx"], "folder does not exist"
    ),
    "ics into a missing folder": Case(["board-export", "--format", "ics", "-o", "missing/x.ics"], "folder"),
    "docx into a missing folder": Case(["export", "1", "-o", "a-file.txt/x.docx"], "could not be"),
    "backup into a missing folder": Case(["backup", "-o", "missing/b.sqlite3"], "folder does not exist"),
    "mysql address": Case(["list"], "not supported", None),
    "a server that cannot be reached": Case(["list"], "Cannot open the database"),
    "a bad port in the address": Case(["list"], "not a database address"),
    "a folder given as the database": Case(["list"], "Cannot open the database", folder_as_database),
    "unknown meeting for tasks": Case(["tasks", "--meeting", "99"], "meeting 99 does not exist"),
    "unknown meeting for board-export": Case(
        ["board-export", "--format", "xlsx", "-o", "x.xlsx", "--meeting", "99"], "meeting 99 does not exist"
    ),
    "unknown person for board-export": Case(
        ["board-export", "--format", "ics", "-o", "x.ics", "--person", "99"], "person 99 does not exist"
    ),
    "unknown unit for board-export": Case(
        ["board-export", "--format", "ics", "-o", "x.ics", "--unit", "Không có đơn vị này"], "no unit"
    ),
    "unknown profile key": Case(["profile", "show", "nosuchkey"], "not a profile setting"),
    "unknown profile key to set": Case(["profile", "set", "nosuchkey", "x"], "not a profile setting"),
    "unknown profile name": Case(["profile", "--name", "nosuch", "show"], "does not exist"),
    "unknown meeting to dump": Case(["dump", "99"], "meeting 99 does not exist"),
    "unknown meeting to export": Case(["export", "99", "-o", "x.docx"], "meeting 99 does not exist"),
    "negative limit": Case(["search", "dinh", "--limit", "-1"], "must be 1 or more"),
    "zero limit": Case(["search", "dinh", "--limit", "0"], "must be 1 or more"),
    "a limit that is no number": Case(["search", "dinh", "--limit", "ten"], "not a whole number"),
    "negative days": Case(
        ["board-export", "--format", "ics", "-o", "x.ics", "--due-within", "-3"], "0 or more"
    ),
    "calendar-invalid --from": Case(
        ["board-export", "--format", "ics", "-o", "x.ics", "--from", "2021-02-30"], "not a date"
    ),
    "--from after --to": Case(
        ["board-export", "--format", "ics", "-o", "x.ics", "--from", "2021-03-01", "--to", "2021-02-01"],
        "after",
    ),
    "calendar-invalid --date": Case(["export", "1", "-o", "x.docx", "--date", "2021-02-30"], "not a date"),
    "document number 0": Case(["export", "1", "-o", "x.docx", "--number", "0"], "1 or more"),
    "a meeting id that is no number": Case(["dump", "một"], "invalid"),
    "unknown command": Case(["frobnicate"], "invalid choice"),
    "the example twice": Case(["demo"], "--force"),
    "import of a missing file": Case(["import", "missing.json"], "cannot be imported"),
    "import nested 2,000 deep": Case(["import", "in.json"], "", deep_json),
    "import of a 10**30 duration": Case(["import", "in.json"], "", huge_duration),
    "restore a damaged backup": Case(["restore", "copy.sqlite3"], "damaged", bad_backup),
    "restore a newer backup": Case(["restore", "copy.sqlite3"], "newer version", newer_backup),
    "restore a text file": Case(["restore", "copy.sqlite3"], "not a backup", text_backup),
    "restore a cut archive": Case(["restore", "copy.minutes-archive.gz"], "ends early", cut_archive),
    "restore a missing file": Case(["restore", "nothing.sqlite3"], "no such file"),
    "backup of a missing database": Case(["backup"], "no such file"),
    "check a missing database": Case(["check"], "no such file"),
}
ADDRESS = {
    "mysql address": "mysql://user@server/minutes",
    "a server that cannot be reached": "postgresql://nobody@127.0.0.1:1/minutes",
    "a bad port in the address": "postgresql://server:notaport/minutes",
}


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    for path in tmp_path.rglob("*"):  # an immutable file would stop the clean-up
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)


@pytest.mark.parametrize("name", list(CASES))
def test_each_fault_is_one_line_and_exit_status_2(name: str, demo_file: Path, workdir: Path) -> None:
    case = CASES[name]
    db = workdir / "minutes.sqlite3"
    shutil.copyfile(demo_file, db)
    (workdir / "a-file.txt").write_text("x", encoding="utf-8")
    if name in ("backup of a missing database", "check a missing database"):
        db.unlink()
    kept = case.prepare(workdir, db) if case.prepare else None
    before = digest(kept) if kept is not None and kept.is_file() else None
    target: Path | str = ADDRESS.get(name, db)
    lock = _hold_write_lock(db) if case.hold_write_lock else None
    try:
        result = run(case.args, target, workdir, limit=case.limit_file_size)
    finally:
        if lock is not None:
            lock()
    lines = result.stderr.strip().splitlines()
    assert result.returncode == case.code, result.stderr
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("minutes"), lines
    assert case.words in lines[0]
    if before is not None and kept is not None:
        assert digest(kept) == before, "the file was changed"
    assert not list(workdir.glob(".*.part")), "a temporary file was left behind"


def test_a_read_only_database_is_explained_and_reading_still_works(demo_file: Path, workdir: Path) -> None:
    db = workdir / "minutes.sqlite3"
    shutil.copyfile(demo_file, db)
    _make_read_only(db)
    before = digest(db)
    result = run(["demo", "--force"], db, workdir)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "can only be read" in result.stderr and "Traceback" not in result.stderr
    listing = run(["list"], db, workdir)
    assert listing.returncode == 0 and "Long Biên" in listing.stdout
    assert digest(db) == before


def test_a_damaged_database_names_the_restore_command(demo_file: Path, workdir: Path) -> None:
    db = workdir / "minutes.sqlite3"
    shutil.copyfile(demo_file, db)
    good = backup.make_backup(db)
    damage(db, "contributions")
    result = run(["list"], db, workdir)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert f"minutes --db {db} restore {good}" in result.stderr
    check = run(["check"], db, workdir)
    assert check.returncode == 1 and check.stdout.startswith("damaged:")
    assert str(good) in check.stdout
    restored = run(["restore", str(good)], db, workdir)
    assert restored.returncode == 0, restored.stderr
    assert run(["check"], db, workdir).returncode == 0
    assert "Long Biên" in run(["list"], db, workdir).stdout


def _hold_write_lock(db: Path) -> Callable[[], None]:
    """Another program writing: a transaction holding the write lock until released."""
    connection = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO app_settings (key, value) VALUES ('held', '1')")

    def release() -> None:
        connection.execute("ROLLBACK")
        connection.close()

    return release


def _make_read_only(path: Path) -> None:
    if os.geteuid() != 0:
        path.chmod(0o444)
        return
    result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip("running as root without chattr: a read-only file cannot be simulated here")
