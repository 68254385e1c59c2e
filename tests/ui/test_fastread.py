"""The read-only start window (minutes.ui.fastread, minutes.ui.launch.StartFrame.fill): what it reads with
sqlite3/libpq (psycopg where no libpq loads) is what the services read, it imports no database layer, nothing can be typed into it, and
the meeting chosen in it is the one the main window opens."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot
from testkit.real_start import start_env

from minutes.services import Actor, Database, Services
from minutes.ui import fastread_pq
from minutes.ui.fastread import FastReader
from minutes.ui.launch import StartFrame, chosen_meeting
from minutes.ui.settings import Settings


def _office(services: Services) -> tuple[int, int, int]:
    """The example meeting (organisation, chair, secretary, attendance, agenda, tasks) and two more."""
    example = services.demo.load()
    newer = services.meetings.create("Giao ban tháng 3", date(2021, 3, 2), location="Phòng họp số 2")
    by_month = services.meetings.create("Họp chi bộ tháng 2", date(2021, 2, 1), date_precision="month")
    return example, newer, by_month


def test_the_fast_read_shows_what_the_services_read(backend_url: str, any_services: Services) -> None:
    example, newer, by_month = _office(any_services)
    reader = FastReader.open(backend_url)
    assert reader is not None
    try:
        listed = reader.meetings()
        expected = any_services.meetings.list_meetings(limit=40)
        fields = (
            "id",
            "title",
            "kind",
            "meeting_date",
            "location",
            "status",
            "organisation_name",
            "task_count",
            "open_task_count",
            "date_precision",
        )
        assert [tuple(getattr(r, f) for f in fields) for r in listed] == [
            tuple(getattr(s, f) for f in fields) for s in expected
        ]
        assert {r.id for r in listed} == {example, newer, by_month}
        for meeting_id in (example, newer, by_month):
            head = reader.head(meeting_id)
            detail = any_services.meetings.get_head(meeting_id)
            assert head is not None
            for name in (
                "title",
                "kind",
                "reference_number",
                "organisation_name",
                "meeting_date",
                "start_time",
                "end_time",
                "location",
                "chair_name",
                "chair_title",
                "secretary_name",
                "secretary_title",
                "status",
                "notes",
                "date_precision",
            ):
                assert getattr(head, name) == getattr(detail, name), name
            assert [(a.person_name, a.role, a.presence) for a in head.attendance] == [
                (a.person_name, a.role, a.presence) for a in detail.attendance
            ]
            assert head.agenda == [item.title for item in detail.agenda]
        assert reader.head(10**9) is None
        # the start opens the meeting open at the last exit, else the newest
        first = reader.first_meeting(example)
        assert first is not None and first.id == example
        newest = reader.first_meeting(10**9)
        assert newest is not None and newest.id == expected[0].id
    finally:
        reader.close()


def test_no_fast_read_where_the_usual_start_decides(tmp_path: Path) -> None:
    """A new file, a file of another program, a database at another schema: the usual start decides."""
    import sqlite3

    assert FastReader.open(str(tmp_path / "new.sqlite3")) is None
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE meetings (id INTEGER)")
    assert FastReader.open(str(other)) is None
    older = tmp_path / "older.sqlite3"
    with sqlite3.connect(older) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('0003')")
    assert FastReader.open(str(older)) is None
    assert not (tmp_path / "new.sqlite3").exists()  # nothing was created


def test_the_read_only_window_reads_no_database_layer(
    tmp_path: Path, services: Services, db_path: Path
) -> None:
    _office(services)
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from minutes.ui.fastread import FastReader\n"
        "from minutes.ui.launch import StartFrame\n"
        "from minutes.ui.settings import Settings\n"
        f"frame = StartFrame(Settings.in_file({str(tmp_path / 's.ini')!r}))\n"
        f"reader = FastReader.open({str(db_path)!r})\n"
        "print(frame.fill(reader, 0), frame.list.count())\n"
        "print(sorted(m for m in ('sqlalchemy', 'minutes.services', 'minutes.db.engine', 'docx') if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["True 3", "[]"]


def test_the_read_only_window_shows_the_meeting_takes_no_text_and_hands_over_the_choice(
    qtbot: QtBot, tmp_path: Path, services: Services, fresh: Services, db_path: Path
) -> None:
    example, newer, by_month = _office(services)
    settings = Settings.in_file(tmp_path / "s.ini")
    settings.last_meeting_id = example
    frame = StartFrame(settings)
    qtbot.addWidget(frame)
    reader = FastReader.open(str(db_path))
    assert reader is not None
    assert frame.fill(reader, settings.last_meeting_id)
    frame.show()
    qtbot.waitUntil(lambda: frame.painted)
    detail = fresh.meetings.get_head(example)
    assert frame.meeting_id == example
    text = frame.page.toPlainText()
    assert detail.title in text and detail.chair_name in text and detail.location in text
    assert all(a.person_name in text for a in detail.attendance)
    assert frame.windowTitle().startswith(detail.title)
    shown = [frame.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(frame.list.count())]
    assert shown == [s.id for s in fresh.meetings.list_meetings(limit=40)]
    assert frame.list.currentItem().data(Qt.ItemDataRole.UserRole) == example

    # nothing in the window takes text: keys typed are refused, said so, and nothing is written
    editable = [
        w
        for kind in (QLineEdit, QTextEdit, QPlainTextEdit)
        for w in frame.findChildren(kind)
        if not w.isReadOnly()
    ]
    assert editable == []
    before = fresh.meetings.get_head(example)
    frame.page.setFocus()
    qtbot.keyClicks(frame.page, "abc")
    assert frame.page.toPlainText() == text
    assert "Nothing can be typed yet" in frame.status.text()
    assert fresh.meetings.get_head(example).version == before.version

    # another meeting chosen from the keyboard is read and shown, and is the one the main window opens
    frame.list.setFocus()
    target = shown.index(by_month)
    assert frame.list.currentRow() != target
    for _step in range(frame.list.count()):
        if frame.list.currentRow() == target:
            break
        key = Qt.Key.Key_Down if frame.list.currentRow() < target else Qt.Key.Key_Up
        qtbot.keyClick(frame.list, key)
    assert frame.meeting_id == by_month
    assert "Họp chi bộ tháng 2" in frame.page.toPlainText() and "02/2021" in frame.page.toPlainText()
    chosen_meeting(frame, settings, shown=True)
    assert settings.last_meeting_id == by_month
    frame.close_reader()
    assert frame.reader is None


def test_the_real_start_is_ready_read_only_then_editable(
    tmp_path: Path, services: Services, db_path: Path
) -> None:
    example, _newer, _by_month = _office(services)
    services.db.close()
    folder = tmp_path / "config" / "minutes"
    folder.mkdir(parents=True)
    (folder / "minutes.conf").write_text(f"[ui]\nlast_meeting_id={example}\n", encoding="utf-8")
    env = start_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("MINUTES_")]
    assert lines == ["MINUTES_PAINTED", "MINUTES_READY", "MINUTES_EDITABLE", "MINUTES_FILLED"]
    conf = (folder / "minutes.conf").read_text(encoding="utf-8")
    assert f"last_meeting_id={example}" in conf  # the main window opened the meeting the window showed


@pytest.fixture
def pg_services(pg_url: str) -> Iterator[Services]:
    database = Database(pg_url)
    yield Services(database, Actor("Thư ký"))
    database.close()


def test_on_postgresql_the_read_goes_through_libpq_without_psycopg(
    pg_url: str, pg_services: Services
) -> None:
    """The read-only window's reads on a server load libpq, not psycopg (100-200 ms to import), and show
    the server's rows."""
    _office(pg_services)
    code = (
        "import sys\n"
        "from minutes.ui.fastread import FastReader, prepare\n"
        f"url = {pg_url!r}\n"
        "reader = FastReader.open(url, prepare(url))\n"
        "print(type(reader.connection).__name__, 'psycopg' in sys.modules)\n"
        "print([row.title for row in reader.meetings()])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    kind, titles = done.stdout.splitlines()[:2]
    assert kind == "PqConnection False"
    assert titles == repr([s.title for s in pg_services.meetings.list_meetings(limit=40)])


def test_the_libpq_read_writes_nothing_and_matches_psycopgs(
    pg_url: str, pg_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    example, _newer, _by_month = _office(pg_services)
    reader = FastReader.open(pg_url)
    assert reader is not None and isinstance(reader.connection, fastread_pq.PqConnection)
    try:
        with pytest.raises(fastread_pq.PqError, match="read-only"):
            reader.connection.execute("UPDATE meetings SET title = %s WHERE id = %s", ("x", example))
        listed, head = reader.meetings(), reader.head(example)
    finally:
        reader.close()
    assert pg_services.meetings.get_head(example).title != "x"  # read back: nothing written
    # where no libpq loads, psycopg reads the same rows
    monkeypatch.setattr(fastread_pq, "_library", None)
    monkeypatch.setattr(fastread_pq, "_candidates", lambda: ["/no/such/libpq.so.5"])
    fallback = FastReader.open(pg_url)
    assert fallback is not None and not isinstance(fallback.connection, fastread_pq.PqConnection)
    try:
        assert fallback.meetings() == listed
        assert fallback.head(example) == head
    finally:
        fallback.close()


def test_a_refused_connection_means_no_read_only_window(pg_url: str) -> None:
    assert FastReader.open(pg_url.replace("5432/", "5432/minutes_no_such_database_")) is None


def test_the_real_start_on_postgresql_is_ready_read_only_then_editable(
    tmp_path: Path, pg_url: str, pg_services: Services
) -> None:
    example, _newer, _by_month = _office(pg_services)
    pg_services.db.close()
    folder = tmp_path / "config" / "minutes"
    folder.mkdir(parents=True)
    (folder / "minutes.conf").write_text("[ui]\nlast_meeting_id=0\n", encoding="utf-8")
    env = start_env(tmp_path, MINUTES_USER="Thư ký")
    done = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", pg_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("MINUTES_")]
    assert lines == ["MINUTES_PAINTED", "MINUTES_READY", "MINUTES_EDITABLE", "MINUTES_FILLED"]
