"""Open the main window as the application does at start, on a test database (for GUI tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

TODAY = date(2021, 3, 1)
USER = Actor("Thư ký")

Opener = Callable[..., MainWindow]


@contextmanager
def window_opener(qtbot: Any, db_path: Path, tmp_path: Path) -> Iterator[Opener]:
    """``open_(with_demo=...)`` starts the application's main window, shown and active."""
    windows: list[MainWindow] = []
    databases: list[Database] = []

    def open_(*, with_demo: bool = False, size: tuple[int, int] | None = (1280, 800)) -> MainWindow:
        database = Database(str(db_path), clock=lambda: TODAY)
        databases.append(database)
        window = start(
            Services(database, USER),
            Settings.in_file(tmp_path / "settings.ini"),
            with_demo=with_demo,
            ask_demo=lambda _p: False,
            ask_recovery=lambda _p, _d: "later",
            reminders=False,
        )
        windows.append(window)
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.list_pane.loaded)
        return window

    try:
        yield open_
    finally:
        for window in windows:
            window.close()
            window.deleteLater()
        for database in databases:
            database.close()
