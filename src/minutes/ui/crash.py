"""Bugs go here: an exception nobody caught goes to the application's log (minutes.logs), is written to
a crash report beside it and shown in a dialog with the log's path and its last lines (unless ``MINUTES_NO_CRASH_DIALOG=1``, for tests and CI). Errors a user can cause
(:class:`~minutes.errors.UserError`) are shown as a plain message instead.

Text typed by the user is already safe when this runs: fields save themselves and keep drafts, so the
dialog offers to continue or to quit (which still flushes the editor through the main window's close).
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes import __version__, fileio, logs
from minutes.db import faults
from minutes.errors import UserError
from minutes.ui.errors_i18n import user_message

ENV_NO_DIALOG = "MINUTES_NO_CRASH_DIALOG"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


log = logging.getLogger(__name__)

#: How many lines of the application's log the crash dialog shows.
TAIL_LINES = 8


def log_dir() -> Path:
    return logs.log_dir()


def write_crash_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, folder: Path | None = None
) -> Path:
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now()
    path = folder / f"crash-{stamp:%Y%m%d-%H%M%S}-{os.getpid()}.log"
    lines = [
        f"minutes {__version__} crash report, {stamp.isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"thread: {threading.current_thread().name}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
        "",
        f"last lines of {logs.log_path()}:",
        *logs.tail(40),
    ]
    fileio.write_text(path, "\n".join(line.rstrip("\n") for line in lines) + "\n")
    return path


class CrashHandler:
    """``sys.excepthook`` (and ``threading.excepthook``) for the GUI."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        show_dialog: bool | None = None,
        ask: Callable[[str, str, Path], bool] | None = None,
    ) -> None:
        self.folder = folder
        self.show_dialog = show_dialog if show_dialog is not None else os.environ.get(ENV_NO_DIALOG) != "1"
        self.ask = ask or self._ask
        self.last_log: Path | None = None
        #: The open database as the user knows it (a file or an address), named in database faults.
        self.database = ""
        self._showing = False
        self._previous: Callable[..., object] | None = None
        self._previous_thread: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous  # type: ignore[assignment]
        if self._previous_thread is not None:
            threading.excepthook = self._previous_thread  # type: ignore[assignment]

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            self._show_user_error(exc)
            return
        if faults.is_database_error(exc):  # a lock, a full disk, a lost server: the user's words, not a crash
            self._show_user_error(faults.user_error(exc, self.database))
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        try:
            self.last_log = write_crash_log(exc_type, exc, tb, self.folder)
        except OSError:
            self.last_log = None
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if not self.show_dialog or self._showing or not self._on_gui_thread():
            return
        self._showing = True
        try:
            summary = f"{exc_type.__name__}: {exc}"
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            if not self.ask(summary, details, self.last_log or Path()):
                app = QApplication.instance()
                if isinstance(app, QApplication):
                    app.closeAllWindows()
                    app.quit()
        finally:
            self._showing = False

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @staticmethod
    def _on_gui_thread() -> bool:
        app = QApplication.instance()
        return app is not None and QThread.currentThread() is app.thread()

    def _show_user_error(self, exc: UserError) -> None:
        log.warning("user error reached the crash handler: %s", exc.message)
        print(f"minutes: {exc.message}", file=sys.stderr)
        if self.show_dialog and self._on_gui_thread():
            title = QCoreApplication.translate("CrashHandler", "Minutes")
            QMessageBox.warning(None, title, user_message(exc))

    @staticmethod
    def _ask(summary: str, details: str, log: Path) -> bool:
        """Show the crash dialog; True to continue working, False to quit."""
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Unexpected error"))
        box.setText(
            QCoreApplication.translate("CrashHandler", "Sorry, something went wrong in the application.")
        )
        box.setInformativeText(crash_text(summary, log))
        box.setDetailedText(details)
        keep = box.addButton(
            QCoreApplication.translate("CrashHandler", "Continue working"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QCoreApplication.translate("CrashHandler", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is keep


def crash_text(summary: str, report: Path) -> str:
    """What the crash dialog says: the report and the log (path and last lines), then the error."""
    info = QCoreApplication.translate(
        "CrashHandler",
        "What you typed has been saved. A report was written to:\n{log}\n\n"
        "Please send this file to the person who supports the application.",
    ).format(log=report)
    last = "\n".join(line[:200] for line in logs.tail(TAIL_LINES))
    journal = QCoreApplication.translate(
        "CrashHandler", "The application's log is {path}; its last lines:"
    ).format(path=logs.log_path())
    return f"{info}\n\n{summary}\n\n{journal}\n{last}"
