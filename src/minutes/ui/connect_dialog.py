"""File → Connect to a server…, and the question at start when the saved server cannot be reached
(issue 13, item 1): server, port, database, login and password of a shared PostgreSQL database.

Connecting tries the server first (:func:`minutes.db.connection.check`); a refusal is shown in the
dialog, which stays open. On success the password goes to the system's keyring
(:mod:`minutes.db.credentials`) and the address, without it, is saved as the database to use
(:mod:`minutes.db.connection`). Where no keyring is usable the dialog says so: the password is kept for
this run only and asked again at the next start. Nothing here writes the password to disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from minutes.db import connection, credentials
from minutes.errors import UserError
from minutes.ui.errors_i18n import user_message

log = logging.getLogger(__name__)


class ConnectDialog(QDialog):
    """The connection form. ``url`` prefills it (the saved server, or the one that failed); ``problem``
    says why it is asked (the server could not be reached)."""

    def __init__(
        self, parent: QWidget | None = None, *, url: URL | None = None, problem: str = "", login: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a server"))
        self.setMinimumWidth(480)
        self.connected_url: URL | None = None
        self.saved_in_keyring = False

        self.intro = QLabel(
            self.tr(
                "An office that shares its minutes keeps them on a PostgreSQL server. Give its address and "
                "your login; the password is kept in the system's password store, never in a file."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("connectProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setVisible(bool(problem))

        self.server = QLineEdit(self)
        self.server.setObjectName("connectServer")
        self.port = QSpinBox(self)
        self.port.setObjectName("connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(credentials.DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("connectDatabase")
        self.login = QLineEdit(self)
        self.login.setObjectName("connectLogin")
        self.password = QLineEdit(self)
        self.password.setObjectName("connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the password of ~/.pgpass or none"))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)

        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("connectKeyringNote")
        self.keyring_note.setWordWrap(True)
        problem_text = credentials.keyring_problem()
        self.keyring_note.setText(
            self.tr("The password is kept in the system's password store.")
            if problem_text is None
            else self.tr(
                "No password store of the system can be used on this computer: the password is not "
                "saved and is asked again each time the application starts."
            )
        )
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)
        self._prefill(url, login)

    def _prefill(self, url: URL | None, login: str) -> None:
        if url is None:
            url = connection.parse(connection.saved_url() or "")
        if url is not None and url.get_backend_name() != "postgresql":
            url = None
        self.server.setText((url.host if url else None) or "")
        self.port.setValue((url.port if url else None) or credentials.DEFAULT_PORT)
        self.database.setText((url.database if url else None) or "minutes")
        self.login.setText((url.username if url else None) or login)
        (self.password if url is not None and url.host else self.server).setFocus()

    def url(self) -> URL:
        return connection.postgres_url(
            self.server.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.login.text().strip(),
        )

    def try_connect(self) -> None:
        """Try the server; on success keep the password and the address and close, else say why."""
        if (
            not self.server.text().strip()
            or not self.database.text().strip()
            or not self.login.text().strip()
        ):
            self._show_problem(self.tr("Give the server, the database and your login."))
            return
        url = self.url()
        password = self.password.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            connection.check(url, password or None)
        except UserError as exc:
            self._show_problem(user_message(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if password:
            self.saved_in_keyring = credentials.remember(url, password)
        connection.save_url(url)
        self.connected_url = url
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)


def ask_connection(parent: QWidget | None, url: URL | None, problem: str, login: str = "") -> URL | None:
    """Show the dialog until the user connects (the address connected to) or cancels (None)."""
    dialog = ConnectDialog(parent, url=url, problem=problem, login=login)
    dialog.exec()
    return dialog.connected_url


AskConnection = Callable[[QWidget | None, URL | None, str, str], URL | None]


def install_connect(window: QWidget, switch: Callable[[URL], object], login: str = "") -> QAction:
    """File → Connect to a server… in ``window`` (a MainWindow): a connection made is opened by
    ``switch`` (the application session closes this window and opens the new database)."""
    from minutes.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    action = QAction(QCoreApplication.translate("ConnectDialog", "Co&nnect to a server…"), window)
    action.setObjectName("actionConnect")
    action.setStatusTip(
        QCoreApplication.translate("ConnectDialog", "Use the minutes of a shared PostgreSQL server")
    )

    def ask() -> None:
        url = ask_connection(window, None, "", login)
        if url is not None:
            switch(url)

    action.triggered.connect(ask)
    window.actions_.menu("file").insertAction(window.actions_.backups, action)
    return action
