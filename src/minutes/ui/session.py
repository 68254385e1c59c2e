"""The open database and its main window for as long as the application runs.

:class:`AppSession` opens both at start (:func:`minutes.ui.app.open_database`, :func:`minutes.ui.app.start`),
makes the day's backup when the application closes, and restores a backup while the application runs
(File → Backups…): every window is closed first, so everything typed is saved, the database is closed,
the backup is put in place (:func:`minutes.db.backup.restore`, which keeps the database it replaces), and
the database and a new main window are opened again on the restored content.

A database too large to be checked before it opens (:data:`minutes.db.probe.SYNC_CHECK_BYTES`) is
checked with ``quick_check`` on a thread of its own while the user works, from the moment the main
window shows the open meeting; damage found there is handled
as at start: the latest good backup is offered, else the application closes.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.engine import URL

from minutes.db import backup, connection, faults, probe
from minutes.db.engine import database_file, resolve_url
from minutes.errors import DatabaseDamaged, UserError
from minutes.services import Database, Services
from minutes.services.users import acting_user
from minutes.ui.app import AskRestore, ask_restore_backup, open_database, start
from minutes.ui.connect_dialog import AskConnection, ask_connection, install_connect
from minutes.ui.errors_i18n import user_message
from minutes.ui.main_window import MainWindow
from minutes.ui.parts import after_start
from minutes.ui.settings import Settings

log = logging.getLogger(__name__)

Warn = Callable[[QWidget | None, str, str], object]


class IntegrityWatch(QObject):
    """``quick_check`` of one database file on a thread of its own; the answer comes back on the GUI
    thread through :attr:`checked` (the problems found, empty when sound)."""

    checked = Signal(list)
    _done = Signal(list)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._done.connect(self._deliver)  # queued: emitted on the checking thread

    def start(self) -> None:
        threading.Thread(target=self._run, name="quick_check", daemon=True).start()

    def _run(self) -> None:
        problems = probe.quick_check(self.path)
        log.info("background quick_check of %s: %s", self.path, problems[:3] or "ok")
        self._done.emit(problems)

    @Slot(list)
    def _deliver(self, problems: list[str]) -> None:
        self.checked.emit(problems)


class AppSession:
    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        url: str | None,
        user: str,
        *,
        with_demo: bool = False,
        daily_backup: bool = True,
        warn: Warn | None = None,
        ask_restore: AskRestore | None = None,
        ask_connect: AskConnection | None = None,
        reachable: bool = False,
        **start_options: Any,
    ) -> None:
        self.app = app
        self.settings = settings
        self.url = url
        self.user = user
        self.with_demo = with_demo
        self.daily_backup = daily_backup
        self.warn = warn
        self.ask_restore = ask_restore
        self.ask_connect = ask_connect
        self.start_options = start_options
        # the server was reached with this address just now (the read-only start window read from it):
        # the first opening does not try it once more before connecting
        self.reached = reachable
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.watch: IntegrityWatch | None = None

    def open(self) -> bool:
        """Open the database and show its main window; False when the database cannot be opened."""
        reached, self.reached = self.reached, False
        if not reached and not self._reachable():
            return False
        self.db = open_database(self.url, warn=self.warn, ask_restore=self.ask_restore)
        if self.db is None:
            return False
        database = database_file(self.db.engine)
        # On PostgreSQL the login and its role from the users table; on SQLite the one local user with
        # every right (minutes.services.users.acting_user).
        services = Services(self.db, acting_user(self.db, self.user))
        try:
            self.window = start(
                services, self.settings, with_demo=self.with_demo, restore=self.restore, **self.start_options
            )
        except Exception as exc:
            if not faults.is_database_error(exc):
                raise
            # a damaged page met while the window was built (a large database is checked only later)
            error = faults.user_error(exc, str(database or self.url))
            self.db.close()
            self.db = None
            if isinstance(error, DatabaseDamaged) and database is not None:
                return self._damaged(database, user_message(error))
            title = QApplication.translate("Application", "The database cannot be opened")
            (self.warn or _warn)(None, title, user_message(error))
            return False
        self.with_demo = False  # the example meeting is loaded on the first opening only
        if database is not None:  # damage met later, by a background read: handled as at start
            window = self.window
            window.receivers_damaged = True
            window.damaged.connect(
                lambda error: self._damaged(database, user_message(error)) if self.window is window else None
            )
        install_connect(self.window, self.connect_to, self.user)
        self.window.show()
        if database is not None and probe.needs_background_check(database):
            self.watch = IntegrityWatch(database, self.window)
            window = self.window  # a restore replaces it: an answer about the old file is not asked again
            self.watch.checked.connect(
                lambda problems: self._checked(database, problems) if self.window is window else None
            )
            # once the window shows the meeting: reading the whole file takes a core (and the disk) for
            # seconds, which the window's own start should not share
            after_start(self.window, self.watch.start)
        return True

    def _reachable(self) -> bool:
        """A shared server that cannot be reached (or refuses the login) asks for the connection again,
        prefilled, with the reason; False when the user cancels."""
        url = connection.parse(resolve_url(self.url))
        while url is not None and url.get_backend_name() == "postgresql":
            try:
                connection.check(url, None)
                return True
            except UserError as exc:
                problem = user_message(exc)
            chosen = (self.ask_connect or ask_connection)(None, url, problem, self.user)
            if chosen is None:
                return False
            self.url = connection.without_password(chosen)
            url = chosen
        return True

    def connect_to(self, url: URL) -> bool:
        """File → Connect to a server…: close every window (each saves what it holds), open the database
        connected to and its main window. True when it is open."""
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        try:
            self._close_windows()
            if self.db is not None:
                self.db.close()
                self.db = None
            self.url = connection.without_password(url)
            reopened = self.open()
        finally:
            self.app.setQuitOnLastWindowClosed(quit_on_close)
        if not reopened:
            self.app.quit()
        return reopened

    def _checked(self, database: Path, problems: list[str]) -> None:
        """The background check's answer: nothing to do, or damage handled as at start."""
        if problems and self.window is not None:
            self._damaged(
                database, user_message(DatabaseDamaged(path=str(database), detail=problems[0][:200]))
            )

    def _damaged(self, database: Path, problem: str) -> bool:
        """Offer the latest good backup of a damaged database; without one (or declined), close."""
        good = backup.latest_good(database)
        if good is not None and (self.ask_restore or ask_restore_backup)(self.window, problem, good):
            return self.restore(good.path, database)
        title = QApplication.translate("Application", "The database is damaged")
        closing = QApplication.translate(
            "Application", "The application closes so that nothing more is written into the damaged database."
        )
        (self.warn or _warn)(self.window, title, f"{problem}\n\n{closing}")
        self._close_windows()
        if self.db is not None:
            self.db.close()
            self.db = None
        self.app.quit()
        return False

    def restore(self, source: Path, database: Path | None = None) -> bool:
        """Close everything, put ``source`` in place of the database, open it again. True when the
        restored database is open; on a refusal the user is told and the old database is opened again."""
        if database is None and self.db is not None:
            database = database_file(self.db.engine)
        if database is None:
            return False
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        restored = None
        try:
            self._close_windows()
            if self.db is not None:
                self.db.close()
                self.db = None
            try:
                restored = backup.restore(database, source)
            except (UserError, OSError, sqlite3.Error) as exc:
                log.error("restoring %s from %s failed: %s", database, source, exc)
                problem = exc if isinstance(exc, UserError) else UserError(detail=str(exc))
                title = QApplication.translate("Application", "The backup was not restored")
                (self.warn or _warn)(None, title, user_message(problem))
            reopened = self.open()
        finally:
            self.app.setQuitOnLastWindowClosed(quit_on_close)
        if not reopened:
            self.app.quit()
            return False
        if restored is not None and self.window is not None:
            self.window.statusBar().showMessage(
                QApplication.translate(
                    "Application",
                    "The backup of %1 was restored; the database it replaced was kept as a backup.",
                ).replace("%1", source.name),
                15000,
            )
        return restored is not None

    def close(self) -> None:
        """At exit: the day's backup (at most one a day), then the database is closed."""
        if self.db is None:
            return
        database = database_file(self.db.engine)
        if database is not None and self.daily_backup and self.settings.backup_daily:
            try:
                backup.daily(database, keep=self.settings.backups_to_keep)
            except (UserError, OSError, sqlite3.Error) as exc:  # never stops the exit; the log says why
                log.warning("the daily backup of %s was not made: %s", database, exc)
        self.db.close()
        self.db = None

    def _close_windows(self) -> None:
        """Close every window of the application (each saves what it holds), the main window last."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible():
                widget.close()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, text)
