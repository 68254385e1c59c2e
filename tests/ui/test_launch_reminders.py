"""The start: the task reminders come after the main window shows the open meeting, not before it is ready
(issue 17 item 1: their read of every overdue task was part of every start's wait)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.board.reminders import RemindersDialog
from minutes.ui.settings import Settings

TODAY = date(2021, 3, 1)


def _reminders() -> list[RemindersDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RemindersDialog) and w.isVisible()]


def test_the_reminders_show_once_the_window_shows_the_meeting(
    qtbot: Any, db_path: Path, tmp_path: Path
) -> None:
    database = Database(str(db_path), clock=lambda: TODAY)
    services = Services(database, Actor("Thư ký"))
    meeting = services.meetings.create("Giao ban tháng 2", date(2021, 2, 1))
    unit = services.directory.create_unit("Phòng Quản lý đô thị")
    services.tasks.create(
        meeting, "Đẩy nhanh giải phóng mặt bằng", lead_unit_id=unit, deadline=date(2021, 2, 20)
    )
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.last_meeting_id = meeting
    window = start(services, settings, ask_demo=lambda _p: False, ask_recovery=lambda _p, _d: "later")
    try:
        QApplication.processEvents()
        assert _reminders() == []  # nothing read or shown before the window is up
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.editor.filling() and bool(_reminders()))
        [dialog] = _reminders()
        assert window.editor.meeting_id == meeting
        assert dialog.overdue_model.rowCount() == 1
        assert dialog.overdue_model.index(0, 1).data() == "Đẩy nhanh giải phóng mặt bằng"
        dialog.close()
    finally:
        window.close()
        window.deleteLater()
        database.close()


def test_a_run_closed_by_its_window_and_a_quit_leaves_the_next_event_loop_running(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Without the reminders' window, closing the main window is closing the last window, which posts a
    Quit of its own; after an explicit quit too, that Quit must not end the next event loop at once."""
    from PySide6.QtCore import QEventLoop, QTimer

    from minutes.ui.app import run_gui
    from minutes.ui.main_window import MainWindow

    monkeypatch.setenv("MINUTES_DEMO", "1")

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close_when_shown)
            return
        windows[0].close()
        QApplication.quit()

    QTimer.singleShot(0, close_when_shown)
    settings = Settings.in_file(tmp_path / "s.ini")
    assert run_gui(str(tmp_path / "m.sqlite3"), user="Thư ký", lang="en", settings=settings) == 0
    QApplication.processEvents()  # as between two tests: anything posted is handled now
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    assert loop.exec() == 0  # -1: it ended at once, as every event loop of this process would
