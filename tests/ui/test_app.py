"""Starting the application: a database it cannot open is explained and left alone; a normal start runs
until the window closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from minutes.services import Actor, Database, Services
from minutes.ui.app import open_database, run_gui
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings


def test_a_file_that_is_not_a_database_is_explained_and_not_touched(qapp, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Bien ban hop ngay 19/01/2021 - not a database\n" * 100)
    before = path.read_bytes()
    told: list[tuple[str, str]] = []
    database = open_database(str(path), warn=lambda _parent, title, text: told.append((title, text)))
    assert database is None
    assert told and told[0][0] == "The database cannot be opened"
    assert str(path) in told[0][1] and "not a readable database" in told[0][1]
    assert path.read_bytes() == before


def test_run_gui_with_the_demo_runs_until_the_window_closes(qapp, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "minutes.sqlite3"
    monkeypatch.setenv("MINUTES_DEMO", "1")
    seen: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close_when_shown)
            return
        seen.append(windows[0].windowTitle())
        windows[0].close()
        QApplication.quit()

    QTimer.singleShot(0, close_when_shown)
    code = run_gui(str(path), user="Thư ký", lang="en", settings=Settings.in_file(tmp_path / "s.ini"))
    assert code == 0
    assert seen and seen[0].startswith("Ban Thường vụ Quận ủy")
    database = Database(str(path))
    try:
        assert len(Services(database, Actor("Thư ký")).meetings.list_meetings()) == 1
    finally:
        database.close()
