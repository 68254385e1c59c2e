"""Screenshots of the main screens with the example meeting, in Vietnamese and in English.

    python -m minutes.ui.screenshots OUTDIR [--size 1366x768]

``--size`` is the screen to fit (default 1440x900): every window is placed as the application places
it on such a screen (:mod:`minutes.ui.screen_fit`, the height less a task bar), and the command fails
(exit 1, naming them) when a screenshot is larger than the screen.

Loads the example meeting into a temporary database and saves PNGs of the main window (scrolled to each
part of the minutes), the empty start, a search of the meetings list, the recovery and shortcuts
dialogs, the task board and the search popup. Works
headless (``QT_QPA_PLATFORM=offscreen`` is set when no display is configured). The PNGs are for people
to look at; they are not committed (``screenshots/`` is ignored).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from minutes.services import Actor, Database, Services
from minutes.services.drafts import DraftDTO
from minutes.ui.app import application, make_context
from minutes.ui.i18n import language
from minutes.ui.main_window import MainWindow
from minutes.ui.parts import install_parts
from minutes.ui.recovery_dialog import RecoveryDialog
from minutes.ui.screen_fit import place
from minutes.ui.settings import Settings
from minutes.ui.shortcuts_dialog import ShortcutsDialog

SIZE = (1440, 900)
TASK_BAR = 40  # what a desktop keeps for itself below the windows


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    settle()
    widget.grab().save(str(path))
    return path


class Shooter:
    def __init__(self, out: Path, lang: str, workdir: Path, size: tuple[int, int] = SIZE) -> None:
        self.size = size
        self.area = QRect(0, 0, size[0], size[1] - TASK_BAR)
        self.out = out
        self.lang = lang
        self.workdir = workdir
        self.saved: list[Path] = []
        self.database = Database(str(workdir / f"demo-{lang}.sqlite3"))
        self.services = Services(self.database, Actor("Thư ký"))

    def shot(self, widget: QWidget, name: str) -> None:
        self.saved.append(save(widget, self.out / f"{self.lang}-{name}.png"))

    def window(self) -> MainWindow:
        window = MainWindow(make_context(self.services), Settings.in_file(self.workdir / f"{self.lang}.ini"))
        place(window, b"", QSize(*self.size), self.area)
        window.show()
        settle()
        return window

    def run(self) -> list[Path]:
        empty = self.window()
        self.shot(empty, "01-empty")
        empty.close()

        meeting_id = self.services.demo.load()
        self.services.meetings.create(
            "Ban Thường vụ Quận ủy họp thường kỳ tháng 2/2021",
            datetime(2021, 2, 2).date(),
            location="Phòng họp 2",
        )
        window = self.window()
        window.open_meeting(meeting_id)
        settle()
        for number, frame in enumerate(window.editor.frames, start=1):
            window.editor.go_to(number)
            settle()
            slug = frame.section.objectName() or type(frame.section).__name__
            self.shot(window, f"02-section{number}-{slug}")

        window.list_pane.search.setText("long bien")
        window.list_pane.refresh()
        self.shot(window, "03-search-list")
        window.list_pane.search.clear()
        window.list_pane.refresh()

        self._parts(window)

        shortcuts = ShortcutsDialog(window.menuBar(), window)
        shortcuts.show()
        self.shot(shortcuts, "06-shortcuts")
        shortcuts.close()
        self._setup_screens(window)

        detail = self.services.meetings.get(meeting_id)
        drafts = [
            DraftDTO(
                1,
                "contributions",
                detail.contributions[0].id,
                "text",
                detail.contributions[0].text + " …",
                datetime.now(),
            ),
            DraftDTO(2, "meetings", meeting_id, "location", "Hội trường tầng 3", datetime.now()),
        ]
        recovery = RecoveryDialog(drafts, window, self.services.drafts.places(drafts))
        recovery.show()
        self.shot(recovery, "07-recovery")
        recovery.close()

        for name in ("file", "meeting", "tasks"):
            menu = window.actions_.menus[name]
            menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
            settle()
            self.shot(menu, f"08-menu-{name}")
            menu.close()
        window.close()
        self.database.close()
        return self.saved

    def _setup_screens(self, window: MainWindow) -> None:
        """The first run's setup, Tools → Settings, Help → Help (both tabs) and Help → About."""
        from minutes.ui.about import AboutDialog
        from minutes.ui.first_run import FirstRunDialog
        from minutes.ui.help import HelpWindow
        from minutes.ui.settings_dialog import SettingsDialog

        screens: list[tuple[QWidget, str]] = [
            (FirstRunDialog(self.services, window.settings, window), "09-first-run"),
            (SettingsDialog(window.settings, window), "10-settings"),
            (AboutDialog(window.actions_._database_text(), window), "12-about"),
        ]
        for dialog, name in screens:
            dialog.show()
            self.shot(dialog, name)
            dialog.close()
        help_ = HelpWindow(window.menuBar(), window)
        help_.show()
        self.shot(help_, "11-help")
        help_.show_shortcuts()
        self.shot(help_, "11-help-shortcuts")
        help_.close()

    def _parts(self, window: MainWindow) -> None:
        """The task board and the global search."""
        parts = install_parts(window, reminders_at_start=False)
        board = parts.board.open()
        place(board, b"", QSize(*self.size), self.area)
        settle(10)
        self.shot(board, "04-board")
        board.tabs.setCurrentIndex(1)
        settle(10)
        self.shot(board, "04-board-overview")
        board.hide()
        parts.search.popup()
        parts.search.edit.setText("giai phong mat bang")
        parts.search.run_query()
        deadline = time.monotonic() + 5
        while parts.search.model.rowCount() == 0 and time.monotonic() < deadline:
            QCoreApplication.processEvents()
        settle(10)
        self.shot(parts.search, "05-search")
        parts.search.hide()
        parts.search.shutdown()


def too_large(paths: Sequence[Path], size: tuple[int, int]) -> list[str]:
    """The screenshots (PNG) wider or taller than a screen of ``size``."""
    found = []
    for path in paths:
        image = QImage(str(path))
        if image.width() > size[0] or image.height() > size[1]:
            found.append(f"{path.name}: {image.width()}x{image.height()}")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    size = SIZE
    if "--size" in args:
        at = args.index("--size")
        try:
            width, height = (int(x) for x in args[at + 1].lower().split("x"))
        except (IndexError, ValueError):
            print("--size takes WIDTHxHEIGHT, e.g. 1366x768", file=sys.stderr)
            return 2
        size = (width, height)
        del args[at : at + 2]
    if len(args) != 1:
        print("usage: python -m minutes.ui.screenshots OUTDIR [--size 1366x768]", file=sys.stderr)
        return 2
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as workdir:
        for lang in ("vi", "en"):
            with language(app, lang):
                saved.extend(Shooter(out, lang, Path(workdir), size).run())
    for path in saved:
        print(path)
    QApplication.closeAllWindows()
    larger = too_large(saved, size)
    for line in larger:
        print(f"larger than the screen ({size[0]}x{size[1]}): {line}", file=sys.stderr)
    return 1 if larger else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
