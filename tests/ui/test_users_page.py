"""Tools → Users… (issue 13, item 2): a leader adds a login with its person and role and changes a role, by
keys, read back through a fresh connection; any other role finds the entry disabled with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings
from minutes.ui.users_page import UsersPage


def _window(qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    main = start(Services(database, actor), Settings.in_file(tmp_path / "settings.ini"), reminders=False)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    Services(db, Actor("Thư ký")).demo.load()
    yield db
    db.close()


def open_page(qtbot: QtBot, main: MainWindow) -> UsersPage:
    action = main.findChild(type(main.actions_.quit), "actionUsers")
    assert action is not None and action.isEnabled()
    assert action in main.actions_.menu("tools").actions()
    action.trigger()
    page = main.findChild(UsersPage)
    assert page is not None
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_a_leader_adds_a_user_and_changes_its_role_by_keys(
    qtbot: QtBot, database: Database, fresh: Services, tmp_path: Path
) -> None:
    main = _window(qtbot, database, Actor("Chủ trì", "leader"), tmp_path)
    try:
        page = open_page(qtbot, main)
        page.login.setFocus()
        qtbot.keyClicks(page.login, "nguyenvana")
        page.role.setFocus()
        page.role.setCurrentIndex(page.role.findData("secretary"))
        page.person.setFocus()
        qtbot.waitUntil(page.person.hasFocus)
        qtbot.keyClicks(page.person, "duong hoai")
        qtbot.waitUntil(page.person.popup_visible)
        qtbot.keyClick(page.person, Qt.Key.Key_Return)
        assert page.person.value() is not None
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

        [user] = fresh.users.list_users()
        assert (user.login, user.role, user.person_name) == ("nguyenvana", "secretary", "Đường Hoài Nam")
        assert page.table.rowCount() == 1
        shown = [page.table.item(0, c).text() for c in range(4)]
        assert shown == ["nguyenvana", "Đường Hoài Nam", "", "Secretary"]
        assert "added as Secretary" in page.status.text()

        page.table.selectRow(0)
        page.role.setCurrentIndex(page.role.findData("viewer"))
        qtbot.mouseClick(page.set_role_button, Qt.MouseButton.LeftButton)
        assert [u.role for u in fresh.users.list_users()] == ["viewer"]
        assert page.table.item(0, 3).text() == "Viewer"
    finally:
        main.close()
        main.deleteLater()


def test_a_role_changed_meanwhile_by_another_leader_is_a_conflict_not_overwritten(
    qtbot: QtBot, database: Database, fresh: Services, tmp_path: Path
) -> None:
    Services(database, Actor("Chủ trì", "leader")).users.add("tranb", "secretary")
    main = _window(qtbot, database, Actor("Chủ trì", "leader"), tmp_path)
    try:
        page = open_page(qtbot, main)
        page.table.selectRow(0)
        Services(fresh.db, Actor("Phó", "leader")).users.set_role(
            "tranb", "leader"
        )  # another leader, meanwhile
        page.role.setCurrentIndex(page.role.findData("viewer"))
        qtbot.mouseClick(page.set_role_button, Qt.MouseButton.LeftButton)
        assert "Someone else changed this user" in page.status.text()
        assert [u.role for u in fresh.users.list_users()] == ["leader"]
        assert page.table.item(0, 3).text() == "Leader"  # the page shows what was saved
    finally:
        main.close()
        main.deleteLater()


@pytest.mark.parametrize("role", ["secretary", "unit", "viewer"])
def test_other_roles_find_the_users_page_disabled_with_the_reason(
    qtbot: QtBot, database: Database, tmp_path: Path, role: str
) -> None:
    main = _window(qtbot, database, Actor("Khách", role, 1 if role == "unit" else None), tmp_path)
    try:
        action = main.findChild(type(main.actions_.quit), "actionUsers")
        assert action is not None and not action.isEnabled()
        assert "Only a leader manages the users" in action.toolTip()
        page = UsersPage(main.ctx, main)  # opened anyway: read-only, and says why
        qtbot.addWidget(page)
        assert page.banner.isVisibleTo(page) and not page.add_button.isEnabled()
    finally:
        main.close()
        main.deleteLater()
