"""The connection dialog against a server that asks for passwords (testkit.private_postgres): an empty or
wrong password is explained in the user's language and the dialog stays; the right one connects and is kept
in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from testkit import private_postgres

from minutes.db import credentials
from minutes.ui.connect_dialog import ConnectDialog
from minutes.ui.i18n import language

LOGIN, PASSWORD = "lanh_dao", "MatKhau-LanhDao-2026"  # keyClicks types Latin-1 only


@pytest.fixture(scope="module")
def server() -> Iterator[private_postgres.PrivateServer]:
    try:
        with private_postgres.with_login(LOGIN, PASSWORD) as running:
            yield running
    except private_postgres.Unavailable as exc:
        pytest.skip(f"no private PostgreSQL server that asks for passwords: {exc}")


def _fill(qtbot: Any, dialog: ConnectDialog, port: int, password: str) -> None:
    for field, value in ((dialog.server, "127.0.0.1"), (dialog.database, "postgres"), (dialog.login, LOGIN),
                         (dialog.port, str(port)), (dialog.password, password)):  # fmt: skip
        field.setFocus()
        field.selectAll()
        if value:
            qtbot.keyClicks(field, value)
        else:
            qtbot.keyClick(field, Qt.Key.Key_Delete)


def test_a_missing_then_wrong_password_is_explained_in_vietnamese_and_the_right_one_connects(
    qtbot: Any, qapp: Any, server: Any, memory_keyring: Any, config_home: Path
) -> None:
    with language(qapp, "vi"):
        dialog = ConnectDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _fill(qtbot, dialog, server.port, "")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.connected_url is None
        assert (
            "không chấp nhận tài khoản lanh_dao: thiếu mật khẩu hoặc mật khẩu không đúng"
            in dialog.problem.text()
        )
        _fill(qtbot, dialog, server.port, "sai-roi")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.connected_url is None
        assert "lanh_dao" in dialog.problem.text() and "mật khẩu" in dialog.problem.text()
        assert memory_keyring.store == {}
        _fill(qtbot, dialog, server.port, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.connected_url is not None and dialog.connected_url.port == server.port
    assert memory_keyring.store == {("minutes", credentials.account(dialog.connected_url)): PASSWORD}
