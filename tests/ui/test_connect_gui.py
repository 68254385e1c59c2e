"""The connection dialog (issue 13, item 1): filled by keys, refused servers shown in the dialog, the
password kept in the keyring (or, without one, not saved and said so), and the question at start when
the saved server cannot be reached."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy.engine import make_url

from minutes.db import connection, credentials
from minutes.ui.connect_dialog import ConnectDialog
from minutes.ui.i18n import language
from minutes.ui.session import AppSession
from minutes.ui.settings import Settings

PG_URL_ENV = "MINUTES_TEST_DATABASE_URL"


def _server() -> Any:
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set: no PostgreSQL server to connect to")
    return make_url(base.replace("postgresql://", "postgresql+psycopg://", 1)).set(password=None)


def fill(
    qtbot: Any, dialog: ConnectDialog, server: str, port: int, database: str, login: str, pw: str
) -> None:
    for field, value in ((dialog.server, server), (dialog.database, database), (dialog.login, login)):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, value)
    dialog.port.setFocus()
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, str(port))
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, pw)


def test_the_dialog_filled_by_keys_connects_and_keeps_the_password_in_the_keyring(
    qtbot: Any, memory_keyring: Any, config_home: Path
) -> None:
    server = _server()
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.keyring_note.text() == "The password is kept in the system's password store."
    fill(qtbot, dialog, server.host, server.port or 5432, server.database, server.username, "s3cret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.connected_url == server
    assert memory_keyring.store == {("minutes", credentials.account(server)): "s3cret"}
    assert make_url(connection.saved_url() or "") == server
    assert "s3cret" not in connection.settings_file().read_text(encoding="utf-8")


def test_a_server_that_cannot_be_reached_is_explained_in_the_dialog(
    qtbot: Any, memory_keyring: Any, config_home: Path
) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill(qtbot, dialog, "127.0.0.1", 1, "minutes", "thuky", "pw")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.connected_url is None
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith(
        "Cannot open the database postgresql+psycopg://thuky@127.0.0.1:1/"
    )
    assert memory_keyring.store == {}
    assert connection.saved_url() is None


def test_without_a_keyring_the_dialog_says_so_in_vietnamese(
    qtbot: Any, qapp: Any, no_keyring: None, config_home: Path
) -> None:
    with language(qapp, "vi"):
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        note = dialog.keyring_note.text()
    assert "mật khẩu" in note.lower() and "không" in note.lower()


def test_the_saved_server_unreachable_at_start_asks_for_the_connection(
    qapp: Any, memory_keyring: Any, config_home: Path, tmp_path: Path
) -> None:
    connection.save_url(connection.postgres_url("127.0.0.1", 1, "minutes", "thuky"))
    asked: list[tuple[Any, str]] = []

    def cancel(_parent: Any, url: Any, problem: str, _login: str) -> None:
        asked.append((url, problem))
        return None

    session = AppSession(
        qapp, Settings.in_file(tmp_path / "settings.ini"), None, "thuky", ask_connect=cancel, reminders=False
    )
    assert session.open() is False
    assert session.window is None
    [(url, problem)] = asked
    assert url.port == 1 and url.host == "127.0.0.1"
    assert problem.startswith("Cannot open the database")


def test_a_connection_given_at_start_opens_the_shared_database(
    qapp: Any, memory_keyring: Any, config_home: Path, tmp_path: Path, pg_url: str
) -> None:
    good = make_url(pg_url)
    session = AppSession(
        qapp,
        Settings.in_file(tmp_path / "settings.ini"),
        "postgresql+psycopg://thuky@127.0.0.1:1/minutes",
        "thuky",
        ask_connect=lambda *_: good,
        ask_recovery=lambda _p, _d: "later",
        ask_demo=lambda _p: False,
        reminders=False,
    )
    try:
        assert session.open() is True
        assert session.db is not None and session.db.engine.dialect.name == "postgresql"
        window = session.window
        assert window is not None
        names = [a.objectName() for a in window.actions_.menu("file").actions()]
        assert "actionConnect" in names
    finally:
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        session.close()


def test_file_connect_switches_the_running_application_to_the_server(
    qtbot: Any,
    qapp: Any,
    memory_keyring: Any,
    config_home: Path,
    tmp_path: Path,
    pg_url: str,
    monkeypatch: Any,
) -> None:
    from minutes.ui import connect_dialog

    session = AppSession(
        qapp,
        Settings.in_file(tmp_path / "settings.ini"),
        str(tmp_path / "local.sqlite3"),
        "thuky",
        ask_recovery=lambda _p, _d: "later",
        ask_demo=lambda _p: False,
        reminders=False,
    )
    good = make_url(pg_url)
    monkeypatch.setattr(connect_dialog, "ask_connection", lambda *_: good)  # the dialog's answer
    try:
        assert session.open() and session.db is not None and session.db.is_sqlite
        first = session.window
        assert first is not None
        action = first.findChild(type(first.actions_.quit), "actionConnect")
        assert action is not None
        action.trigger()
        assert session.window is not None and session.window is not first
        assert session.db is not None and session.db.engine.dialect.name == "postgresql"
    finally:
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        session.close()
