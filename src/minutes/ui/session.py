"""The open database and its main window for as long as the application runs.

:class:`AppSession` opens both at start (:func:`minutes.ui.app.open_database`, :func:`minutes.ui.app.start`),
makes the day's backup when the application closes, and restores a backup while the application runs
(File → Backups…): every window is closed first, so everything typed is saved, the database is closed,
the backup is put in place (:func:`minutes.db.backup.restore`, which keeps the database it replaces), and
the database and a new main window are opened again on the restored content.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from minutes.db import backup
from minutes.db.engine import database_file
from minutes.errors import UserError
from minutes.services import Actor, Database, Services
from minutes.ui.app import AskRestore, open_database, start
from minutes.ui.errors_i18n import user_message
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

log = logging.getLogger(__name__)

Warn = Callable[[QWidget | None, str, str], object]


class AppSession:
    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        url: str | None,
        user: str,
        *,
        with_demo: bool = False,
        warn: Warn | None = None,
        ask_restore: AskRestore | None = None,
        **start_options: Any,
    ) -> None:
        self.app = app
        self.settings = settings
        self.url = url
        self.user = user
        self.with_demo = with_demo
        self.warn = warn
        self.ask_restore = ask_restore
        self.start_options = start_options
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def open(self) -> bool:
        """Open the database and show its main window; False when the database cannot be opened."""
        self.db = open_database(self.url, warn=self.warn, ask_restore=self.ask_restore)
        if self.db is None:
            return False
        services = Services(self.db, Actor(self.user))
        self.window = start(
            services, self.settings, with_demo=self.with_demo, restore=self.restore, **self.start_options
        )
        self.with_demo = False  # the example meeting is loaded on the first opening only
        self.window.show()
        return True

    def restore(self, source: Path) -> bool:
        """Close everything, put ``source`` in place of the database, open it again. True when the
        restored database is open; on a refusal the user is told and the old database is opened again."""
        if self.db is None:
            return False
        database = database_file(self.db.engine)
        if database is None:
            return False
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        restored = None
        try:
            self._close_windows()
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
        if database is not None and self.settings.backup_daily:
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
