"""Each role sees in the GUI what it may do (issue 13, item 3): the main window's entries that write are
disabled for the roles that may not use them, their tips saying why (also after a meeting is opened,
which enables the meeting's entries); the task board's buttons follow the role and the task's units; a
unit member's progress report on its own unit's task is saved (read back through a fresh connection);
the status bar names who is signed in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from minutes.services import Actor, Database, Services
from minutes.services.board import TaskFilter
from minutes.services.users import acting_user
from minutes.ui.app import start
from minutes.ui.board import open_board
from minutes.ui.board.detail import TaskDetailPanel
from minutes.ui.board.dialogs import ProgressDialog, ProgressInput
from minutes.ui.i18n import install_translators
from minutes.ui.main_window import MainWindow
from minutes.ui.roles import NEEDS, RoleGuard
from minutes.ui.settings import Settings

TODAY = date(2021, 3, 1)
UNIT = "Đảng ủy phường Long Biên"  # in the example meeting: leads two tasks, coordinates one

WRITE_ENTRIES = sorted(name for name, need in NEEDS.items() if need == "write")


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = Database(str(db_path), clock=lambda: TODAY)
    Services(db, Actor("Thư ký")).demo.load()
    yield db
    db.close()


def _unit_id(database: Database) -> int:
    services = Services(database, Actor("Thư ký"))
    [unit] = [u for u in services.directory.list_units() if u.name == UNIT]
    return unit.id


def _tasks(database: Database, unit_id: int) -> tuple[list[int], list[int]]:
    """The example meeting's tasks the unit leads or coordinates, and the others."""
    services = Services(database, Actor("Thư ký"))
    rows, _ = services.board.page(TaskFilter())
    own, others = [], []
    for row in rows:
        task = services.tasks.get(row.id).task
        units = {task.lead_unit_id, *task.coordinating_unit_ids}
        (own if unit_id in units else others).append(task.id)
    return own, others


def _window(qtbot: QtBot, database: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    settings = Settings.in_file(tmp_path / "settings.ini")
    main = start(Services(database, actor), settings, reminders=False, ask_demo=lambda _parent: False)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


def _action(main: MainWindow, name: str):  # type: ignore[no-untyped-def]
    [action] = [a for a in main.actions() if a.objectName() == name]
    return action


def _open_a_meeting(qtbot: QtBot, main: MainWindow) -> None:
    meeting_id = main.ctx.services.meetings.list_meetings(limit=1)[0].id
    main.open_meeting(meeting_id)
    qtbot.waitUntil(lambda: main.editor.meeting is not None)


@pytest.mark.parametrize("role", ["leader", "secretary"])
def test_secretary_and_leader_find_the_writing_entries_enabled(
    qtbot: QtBot, database: Database, tmp_path: Path, role: str
) -> None:
    main = _window(qtbot, database, Actor("Người dùng", role), tmp_path)
    _open_a_meeting(qtbot, main)
    for name in WRITE_ENTRIES:
        assert _action(main, name).isEnabled(), name
    section_actions = [a for section in main.editor.sections for a in section.actions()]
    assert not any(a.actionGroup() is main.roles.refused for a in section_actions)
    backups = _action(main, "backups")
    assert backups.isEnabled() == (role == "leader")
    if role == "secretary":
        assert "Only a leader restores backups" in backups.toolTip()
        assert "Secretary" in backups.statusTip()
    signed_in = main.findChild(QLabel, "signedIn")
    assert signed_in is not None and signed_in.text() == f"Signed in: Người dùng ({role.capitalize()})"


@pytest.mark.parametrize("role", ["unit", "viewer"])
def test_unit_members_and_viewers_find_every_writing_entry_disabled_with_the_reason(
    qtbot: QtBot, database: Database, tmp_path: Path, role: str
) -> None:
    unit_id = _unit_id(database) if role == "unit" else None
    main = _window(qtbot, database, Actor("Khách", role, unit_id), tmp_path)
    name = {"unit": "Unit member", "viewer": "Viewer"}[role]
    reason = f"Only a secretary or a leader changes the minutes: your role ({name}) only reads them."
    # a meeting opened enables the meeting's entries (delete...): not for this role
    _open_a_meeting(qtbot, main)
    main.editor.open_meeting(None)
    _open_a_meeting(qtbot, main)
    for entry in WRITE_ENTRIES:
        action = _action(main, entry)
        assert not action.isEnabled(), entry
        assert action.toolTip() == reason and action.statusTip() == reason, entry
        action.setEnabled(True)  # whatever part enables it again, it stays disabled
        assert not action.isEnabled(), entry
    assert not _action(main, "backups").isEnabled()
    assert f"({name})" in _action(main, "backups").toolTip()
    # the editor's entries (Meeting → Contributions → Delete contribution...) too
    section_actions = [a for section in main.editor.sections for a in section.actions()]
    assert section_actions and not any(a.isEnabled() for a in section_actions)
    assert {a.statusTip() for a in section_actions} == {reason}
    # the toolbar's buttons are the same entries
    toolbar_actions = main.actions_.toolbar.actions()
    assert main.actions_.new_meeting in toolbar_actions and not main.actions_.new_meeting.isEnabled()
    # the empty page's buttons too
    for button_name in ("emptyNewMeeting", "emptyLoadDemo"):
        button = main.findChild(QPushButton, button_name)
        assert button is not None and not button.isEnabled() and button.toolTip() == reason
    # reading stays possible
    assert _action(main, "exportMeeting").isEnabled()
    assert _action(main, "openTaskBoard").isEnabled()
    signed_in = main.findChild(QLabel, "signedIn")
    assert signed_in is not None and signed_in.isVisible()
    assert signed_in.text() == f"Signed in: Khách ({name})"
    main.grab().save(f"/tmp/roles-main-{role}.png")


def test_the_one_local_user_of_sqlite_is_not_named(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    main = _window(qtbot, database, acting_user(database, "Thư ký"), tmp_path)
    signed_in = main.findChild(QLabel, "signedIn")
    assert signed_in is not None and not signed_in.isVisible()
    assert all(_action(main, name).isEnabled() for name in ("newMeeting", "importMeeting", "backups"))


def _detail(qtbot: QtBot, main: MainWindow, task_id: int) -> TaskDetailPanel:
    board = open_board(main, main.ctx)
    board.show_task(task_id)
    panel = board.board.detail
    qtbot.waitUntil(lambda: panel.task_id == task_id)
    return panel


def _buttons(panel: TaskDetailPanel) -> dict[str, QPushButton]:
    return {
        "report": panel.report,
        "complete": panel.complete,
        "cancel": panel.cancel,
        "deadline": panel.move_deadline,
        "edit": panel.edit,
    }


def test_a_viewer_cannot_act_on_any_task_and_is_told_why(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    main = _window(qtbot, database, Actor("Khách", "viewer"), tmp_path)
    own, others = _tasks(database, _unit_id(database))
    for task_id in (*own, *others):
        panel = _detail(qtbot, main, task_id)
        for what, button in _buttons(panel).items():
            assert not button.isEnabled(), (task_id, what)
            assert "(Viewer)" in button.toolTip(), (task_id, what)
        assert panel.history_button.isEnabled()  # reading stays possible
        assert panel.role_note.isVisible()
        assert "does not allow reporting progress" in panel.role_note.text()
    assert not _action(main, "startFollowUp").isEnabled()


def test_a_unit_member_reports_only_on_its_units_tasks_and_the_report_is_saved(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    fresh: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unit_id = _unit_id(database)
    own, others = _tasks(database, unit_id)
    assert own and others
    main = _window(qtbot, database, Actor("dangUy", "unit", unit_id), tmp_path)

    for task_id in others:
        panel = _detail(qtbot, main, task_id)
        assert not panel.report.isEnabled() and not panel.complete.isEnabled()
        assert "neither leads nor coordinates" in panel.report.toolTip()
        assert "neither leads nor coordinates" in panel.role_note.text()

    task_id = own[0]
    panel = _detail(qtbot, main, task_id)
    buttons = _buttons(panel)
    assert buttons["report"].isEnabled() and buttons["complete"].isEnabled()
    assert buttons["report"].toolTip() == ""
    for what in ("cancel", "deadline", "edit"):  # the task itself is not the unit's to change
        assert not buttons[what].isEnabled(), what
        assert "(Unit member)" in buttons[what].toolTip(), what
    panel.grab().save("/tmp/roles-detail-unit.png")

    monkeypatch.setattr(
        ProgressDialog,
        "ask",
        classmethod(lambda cls, *a, **k: ProgressInput(TODAY, 60, "Đã họp triển khai với các chi bộ", ())),
    )
    qtbot.mouseClick(panel.report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(u.note == "Đã họp triển khai với các chi bộ" for u in fresh.tasks.get(task_id).updates)
    )
    saved = fresh.tasks.get(task_id)
    assert saved.task.progress == 60
    assert [u.percent for u in saved.updates if u.note == "Đã họp triển khai với các chi bộ"] == [60]


@pytest.fixture
def vietnamese() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "vi")
    yield
    install_translators(app, "en")


def test_the_reasons_and_the_signed_in_line_speak_vietnamese(
    qtbot: QtBot, database: Database, tmp_path: Path, vietnamese: None
) -> None:
    main = _window(qtbot, database, Actor("khach", "viewer"), tmp_path)
    signed_in = main.findChild(QLabel, "signedIn")
    assert signed_in is not None and signed_in.text() == "Đăng nhập: khach (Người xem)"
    tip = _action(main, "newMeeting").toolTip()
    assert "Người xem" in tip and "Only" not in tip


def test_on_postgresql_the_status_bar_names_the_database_login(
    qtbot: QtBot, pg_url: str, tmp_path: Path
) -> None:
    database = Database(pg_url)
    try:
        actor = acting_user(database, "Chủ tịch UBND")  # a claimed name is not who is signed in
        main = _window(qtbot, database, actor, tmp_path)
        signed_in = main.findChild(QLabel, "signedIn")
        assert signed_in is not None and signed_in.isVisible()
        assert signed_in.text().startswith(f"Signed in: {actor.name} (")
        assert "Chủ tịch" not in signed_in.text() and actor.name != "Chủ tịch UBND"
        assert main.findChild(RoleGuard) is main.roles
        main.close()
    finally:
        database.close()
