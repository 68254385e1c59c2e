"""The main window used like a secretary uses it: keys, typing, closing; checked on a fresh connection."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from testkit.qt import type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.main_window import MainWindow
from minutes.ui.meeting_list import MeetingListModel
from minutes.ui.settings import Settings
from minutes.ui.shortcuts_dialog import ShortcutsDialog, ShortcutsModel, collect

TODAY = date(2021, 3, 1)
USER = Actor("Thư ký")

Opener = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[Opener]:
    """Open the main window on the test database as the app does at start (no questions asked)."""
    windows: list[MainWindow] = []
    databases: list[Database] = []

    def open_(
        *,
        with_demo: bool = False,
        ask_demo: Callable[..., bool] = lambda _p: False,
        ask_recovery: Callable[..., str] = lambda _p, _d: "later",
    ) -> MainWindow:
        database = Database(str(db_path), clock=lambda: TODAY)
        databases.append(database)
        window = start(
            Services(database, USER),
            Settings.in_file(tmp_path / "settings.ini"),
            with_demo=with_demo,
            ask_demo=ask_demo,
            ask_recovery=ask_recovery,
            reminders=False,
        )
        windows.append(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.list_pane.loaded)  # the list loads in the background
        return window

    yield open_
    for window in windows:
        window.close()
        window.deleteLater()
    for database in databases:
        database.close()


def test_opens_on_an_empty_database_with_a_way_to_start(open_window: Opener) -> None:
    window = open_window()
    assert window.stack.currentWidget() is window.empty_page
    assert window.list_pane.model.rowCount() == 0
    assert window.list_pane.empty.isVisible()
    assert window.empty_page.demo_button.isVisible()
    assert not window.actions_.delete_meeting.isEnabled()


def test_first_start_offers_the_example_meeting(open_window: Opener, fresh: Services) -> None:
    asked: list[bool] = []
    window = open_window(ask_demo=lambda _parent: asked.append(True) or True)
    assert asked == [True]
    assert [m.title[:30] for m in fresh.meetings.list_meetings()] == ["Ban Thường vụ Quận ủy làm việc"]
    assert window.editor.meeting is not None
    assert window.stack.currentWidget() is window.editor
    window.close()
    open_window(ask_demo=lambda _parent: pytest.fail("asked twice"))


def test_declining_the_example_is_remembered(open_window: Opener, fresh: Services) -> None:
    open_window(ask_demo=lambda _parent: False).close()
    open_window(ask_demo=lambda _parent: pytest.fail("asked again"))
    assert fresh.meetings.list_meetings() == []


def test_opens_on_the_demo_with_the_meeting_shown(open_window: Opener) -> None:
    window = open_window(with_demo=True)
    general = window.editor.general
    assert general.title_edit.toPlainText().startswith("Ban Thường vụ Quận ủy làm việc với Đảng ủy phường")
    assert general.location.text() == "Phòng họp 1"
    assert general.date.date().toString("dd/MM/yyyy") == "19/01/2021"
    assert general.organisation.currentText() == "Quận ủy Long Biên"
    assert general.chair.currentText().startswith("Đường Hoài Nam")
    assert "Ban Thường vụ" in window.windowTitle()
    row = window.list_pane.model.index(0, 0)
    assert row.data() == "19/01/2021"
    assert window.list_pane.model.index(0, 3).data() == "Open tasks: 6/6"


def test_search_finds_the_demo_without_accents(qtbot, open_window: Opener) -> None:
    window = open_window(with_demo=True)
    pane = window.list_pane
    QTest.keySequence(window, "Ctrl+L")
    assert pane.search.hasFocus()
    QTest.keyClicks(pane.search, "xyz khong co")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)  # after the 250 ms pause
    assert pane.empty.isVisible() and "xyz khong co" in pane.empty.text()
    pane.search.clear()
    QTest.keyClicks(pane.search, "long bien")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.index(0, 1).data().startswith("Ban Thường vụ")
    type_vietnamese(pane.search, "")
    pane.search.clear()
    type_vietnamese(pane.search, "PHÒNG HỌP", nfd=True)  # the place, typed decomposed and in capitals
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1 and pane.search.text() != "")


def test_ctrl_n_then_typing_the_title_saves_it(qtbot, open_window: Opener, fresh: Services) -> None:
    window = open_window()
    QTest.keySequence(window, "Ctrl+N")
    title = window.editor.general.title_edit
    qtbot.waitUntil(title.hasFocus)
    assert window.stack.currentWidget() is window.editor
    type_vietnamese(title, "Họp Ban Thường vụ Quận ủy về công tác giải phóng mặt bằng")
    QTest.keyClick(title, Qt.Key.Key_Tab)  # leaving the field saves at once
    assert window.editor.general.kind.hasFocus()

    def saved() -> bool:
        return [m.title for m in fresh.meetings.list_meetings()] == [
            "Họp Ban Thường vụ Quận ủy về công tác giải phóng mặt bằng"
        ]

    qtbot.waitUntil(saved)
    (meeting,) = fresh.meetings.list_meetings()
    assert meeting.meeting_date == TODAY
    qtbot.waitUntil(lambda: window.list_pane.model.index(0, 1).data() == meeting.title)
    qtbot.waitUntil(lambda: window.save_status.label.text().startswith("Saved at"))


def test_text_typed_in_nfd_is_stored_in_nfc(qtbot, open_window: Opener, fresh: Services) -> None:
    window = open_window()
    QTest.keySequence(window, "Ctrl+N")
    location = window.editor.general.location
    location.setFocus()
    type_vietnamese(location, "Phòng họp tầng 2, trụ sở Quận ủy", nfd=True)
    window.close()
    stored = fresh.meetings.get(fresh.meetings.list_meetings()[0].id).location
    assert stored == "Phòng họp tầng 2, trụ sở Quận ủy"
    assert unicodedata.is_normalized("NFC", stored)


def test_closing_saves_what_was_typed_a_moment_ago(qtbot, open_window: Opener, fresh: Services) -> None:
    window = open_window(with_demo=True)
    notes = window.editor.general.notes
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    type_vietnamese(notes, "\nĐồng chí Bí thư yêu cầu hoàn thành trước ngày 31/3.")
    qtbot.wait(10)  # far less than the one-second pause after which a field saves itself
    window.close()
    meeting = fresh.meetings.get(fresh.meetings.list_meetings()[0].id)
    assert meeting.notes.endswith("\nĐồng chí Bí thư yêu cầu hoàn thành trước ngày 31/3.")


def test_choices_are_saved_at_once_and_undone_with_ctrl_z(
    qtbot, open_window: Opener, fresh: Services
) -> None:
    window = open_window(with_demo=True)
    general = window.editor.general
    meeting_id = window.editor.meeting_id
    general.kind.setFocus()
    QTest.keyClick(general.kind, Qt.Key.Key_Down)  # working session -> conference, chosen at once
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).kind == "conference")
    window.list_pane.view.setFocus()  # outside any text field Ctrl+Z is the editor's undo
    QTest.keySequence(window.list_pane.view, "Ctrl+Z")
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).kind == "working_session")
    qtbot.waitUntil(lambda: general.kind.currentData() == "working_session")
    QTest.keySequence(window.list_pane.view, "Ctrl+Shift+Z")
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).kind == "conference")


def test_undo_restores_a_title_after_leaving_the_field(qtbot, open_window: Opener, fresh: Services) -> None:
    window = open_window(with_demo=True)
    meeting_id = window.editor.meeting_id
    title = window.editor.general.title_edit
    original = title.toPlainText()
    title.setFocus()
    title.selectAll()
    type_vietnamese(title, "Tiêu đề tạm")
    window.list_pane.view.setFocus()
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).title == "Tiêu đề tạm")
    assert window.actions_.undo.text().startswith("&Undo")
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).title == original)
    qtbot.waitUntil(lambda: title.toPlainText() == original)


def test_chair_and_secretary_are_chosen_from_the_roll_call(
    qtbot, open_window: Opener, fresh: Services
) -> None:
    window = open_window(with_demo=True)
    meeting_id = window.editor.meeting_id
    secretary = window.editor.general.secretary
    names = [secretary.itemText(i) for i in range(secretary.count())]
    assert any(n.startswith("Nguyễn Ngọc Phan") for n in names)
    secretary.setFocus()
    type_vietnamese(secretary, "Nguyễn Ngọc", by="keys")  # type-ahead in the list chooses
    assert secretary.currentText().startswith("Nguyễn Ngọc Phan")
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).secretary_name == "Nguyễn Ngọc Phan")
    roles = {a.person_name: a.role for a in fresh.meetings.get(meeting_id).attendance if a.person_id}
    assert roles["Nguyễn Ngọc Phan"] == "secretary"


def test_alt_numbers_go_to_the_sections(qtbot, open_window: Opener) -> None:
    window = open_window(with_demo=True)
    QTest.keySequence(window, "Alt+1")
    qtbot.waitUntil(window.editor.general.title_edit.hasFocus)
    for number, frame in enumerate(window.editor.frames[1:], start=2):
        QTest.keySequence(window.focusWidget() or window, f"Alt+{number}")
        qtbot.waitUntil(
            lambda f=frame: f.isAncestorOf(window.focusWidget()) if window.focusWidget() else False
        )
    assert len(window.actions_.go_to) == len(window.editor.sections)


def test_deleting_asks_and_opens_the_next_meeting(
    qtbot, open_window: Opener, fresh: Services, services: Services
) -> None:
    services.demo.load()
    services.meetings.create("Họp cũ", date(2020, 12, 1))
    window = open_window()
    asked: list[str] = []
    window.confirm = lambda _title, text: asked.append(text) or True  # type: ignore[method-assign]
    QTest.keySequence(window, "Ctrl+Shift+Del")
    assert asked and "Ban Thường vụ" in asked[0]
    assert [m.title for m in fresh.meetings.list_meetings()] == ["Họp cũ"]
    assert window.editor.meeting is not None and window.editor.meeting.title == "Họp cũ"


def test_the_last_open_meeting_is_opened_again(open_window: Opener, services: Services) -> None:
    older = services.meetings.create("Họp cũ", date(2020, 12, 1))
    window = open_window(with_demo=True)
    window.open_meeting(older)
    window.close()
    again = open_window()
    assert again.editor.meeting_id == older


def test_every_menu_action_shows_its_shortcut(open_window: Opener) -> None:
    window = open_window(with_demo=True)
    mine = [
        a
        for a in window.actions()
        if a.parent() is window
        and a.objectName()
        and any(a in menu.actions() for menu in window.actions_.menus.values())
    ]
    without = [
        a.text()
        for a in mine
        if a.shortcut().isEmpty() and a.objectName() not in ("organisationProfile", "chooseMyUnits")
    ]  # the other parts' own
    assert mine and without == []
    rows = collect(window.menuBar())
    assert ("Meeting", "New meeting", "Ctrl+N") in rows
    assert ("Edit", "Redo", "Ctrl+Shift+Z, Ctrl+Y") in rows


def test_models_pass_the_model_tester(qtmodeltester, open_window: Opener) -> None:
    window = open_window(with_demo=True)
    qtmodeltester.check(window.list_pane.model)
    empty = MeetingListModel()
    qtmodeltester.check(empty)
    qtmodeltester.check(ShortcutsModel(collect(window.menuBar())))
    dialog = ShortcutsDialog(window.menuBar(), window)
    assert dialog.model.rowCount() > 20
    dialog.deleteLater()


def test_times_are_typed_or_left_unknown_and_tab_moves_on(
    qtbot, open_window: Opener, fresh: Services
) -> None:
    window = open_window()
    QTest.keySequence(window, "Ctrl+N")
    general = window.editor.general
    general.date.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(general.date, "19012021")
    QTest.keyClick(general.date, Qt.Key.Key_Tab)
    qtbot.waitUntil(general.start.hasFocus)
    QTest.keyClicks(general.start, "0830")  # hours, then minutes
    QTest.keyClick(general.start, Qt.Key.Key_Tab)
    qtbot.waitUntil(general.end.hasFocus)
    assert general.end.displayText() == "--:--"
    QTest.keyClick(general.end, Qt.Key.Key_Tab)  # an unknown time does not keep the focus
    qtbot.waitUntil(general.location.hasFocus)
    meeting_id = window.editor.meeting_id
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).start_time is not None)
    stored = fresh.meetings.get(meeting_id)
    assert (stored.meeting_date, stored.start_time.strftime("%H:%M"), stored.end_time) == (
        date(2021, 1, 19),
        "08:30",
        None,
    )


@pytest.mark.parametrize(
    ("typed", "shown", "value"),
    [
        ("0830", "08:30", "08:30"),
        ("830", "08:30", "08:30"),
        ("8", "08:00", "08:00"),
        ("2599", "--:--", ""),
    ],
)
def test_a_time_field_reads_what_people_type(qtbot, typed: str, shown: str, value: str) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from minutes.ui.editor.fields import OptionalTimeEdit

    host = QWidget()
    qtbot.addWidget(host)
    before, field = QLineEdit(host), OptionalTimeEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(before)
    layout.addWidget(field)
    host.show()
    qtbot.waitExposed(host)
    before.setFocus()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, typed)
    QTest.keyClick(field, Qt.Key.Key_Tab)  # leaving the field tidies it
    assert (field.displayText(), field.value()) == (shown, value)


def test_documents_board_and_search_are_in_the_menus(open_window: Opener) -> None:
    window = open_window(with_demo=True)
    rows = collect(window.menuBar())
    keys = {(menu, keys) for menu, _action, keys in rows}
    assert {("File", "Ctrl+P"), ("Tasks", "Ctrl+Shift+T"), ("Edit", "Ctrl+K, Ctrl+F")} <= keys
    # Window-wide shortcuts must be unique: an ambiguous one silently does nothing.
    window_wide = [
        s.toString()
        for a in window.actions()
        if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        for s in a.shortcuts()
    ]
    assert sorted(k for k in set(window_wide) if window_wide.count(k) > 1) == []


def test_a_search_hit_opens_the_meeting_at_the_item(qtbot, open_window: Opener, services: Services) -> None:
    from minutes.ui.parts import open_hit

    services.meetings.create("Họp khác", date(2021, 2, 2))
    demo = services.demo.load()
    window = open_window()
    other = window.list_pane.model.id_at(0)
    window.open_meeting(other if other != demo else window.list_pane.model.id_at(1))
    conclusion = services.meetings.get(demo).conclusions[3]
    board = window._board_install  # type: ignore[attr-defined]
    open_hit(window, board, "conclusion", demo, None, conclusion.id)
    assert window.editor.meeting_id == demo
    section = next(s for s in window.editor.sections if type(s).__name__ == "ConclusionsSection")
    qtbot.waitUntil(lambda: section.table.currentIndex().row() == 3)
    task = services.meetings.get(demo).tasks[0]
    open_hit(window, board, "task", demo, task.id, task.id)
    assert board.board_window is not None and board.board_window.isVisible()
    board.board_window.hide()


def test_its_own_save_is_not_read_again_and_another_users_change_is_read_off_the_gui_thread(
    qtbot, open_window: Opener, fresh: Services
) -> None:
    import threading

    window = open_window(with_demo=True)
    meetings = window.ctx.services.meetings
    readers: list[str] = []
    original_get = meetings.get

    def get(meeting_id: int) -> object:
        readers.append(threading.current_thread().name)
        return original_get(meeting_id)

    # the open's read of the whole meeting done first (one made before a save is read again: see below)
    qtbot.waitUntil(lambda: not window.editor.reload_pending(), timeout=10_000)
    meetings.get = get  # type: ignore[method-assign]
    meeting_id = window.editor.meeting_id
    assert meeting_id is not None
    title = window.editor.general.title_edit
    title.setFocus()
    title.selectAll()
    type_vietnamese(title, "Hội nghị giao ban quý I")
    QTest.keyClick(title, Qt.Key.Key_Tab)  # saved at once
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).title == "Hội nghị giao ban quý I")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Hội nghị giao ban quý I"))
    window.writer.drain()
    QCoreApplication.processEvents()
    assert readers == []  # the editor's own save: what it shows is what was saved, nothing to read
    fresh.meetings.update(meeting_id, location="Hội trường tầng 3")  # another connection
    qtbot.waitUntil(lambda: window.editor.general.location.text() == "Hội trường tầng 3", timeout=10_000)
    assert readers and all(name.startswith("minutes-editor-load") for name in readers)


def test_a_read_made_before_a_save_is_not_shown_over_it(qtbot, open_window: Opener, fresh: Services) -> None:
    """A read of the meeting in the background, made before the secretary's save and arriving after it,
    is read again instead of being shown: shown, it put the old title back in the window's title (CI, a
    busy machine: the open's read of the whole meeting came after the first save)."""
    import threading

    window = open_window(with_demo=True)
    editor = window.editor
    qtbot.waitUntil(lambda: not editor.reload_pending(), timeout=10_000)
    meetings = window.ctx.services.meetings
    original_get = meetings.get
    made, release = threading.Event(), threading.Event()

    def get(meeting_id: int) -> object:
        detail = original_get(meeting_id)  # read now, handed back once the save below is done
        if not release.is_set():
            made.set()
            release.wait(30)
        return detail

    meetings.get = get  # type: ignore[method-assign]
    meeting_id = editor.meeting_id
    assert meeting_id is not None
    fresh.meetings.update(meeting_id, location="Hội trường tầng 3")  # another user: the editor reads again
    qtbot.waitUntil(made.is_set, timeout=10_000)
    title = editor.general.title_edit
    title.setFocus()
    title.selectAll()
    type_vietnamese(title, "Hội nghị giao ban quý I")
    QTest.keyClick(title, Qt.Key.Key_Tab)  # saved at once
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).title == "Hội nghị giao ban quý I", timeout=10_000)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Hội nghị giao ban quý I"), timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: editor.general.location.text() == "Hội trường tầng 3", timeout=10_000)
    qtbot.waitUntil(lambda: not editor.reload_pending(), timeout=10_000)
    assert window.windowTitle().startswith("Hội nghị giao ban quý I")
    assert editor.meeting is not None
    assert (editor.meeting.title, editor.meeting.location) == ("Hội nghị giao ban quý I", "Hội trường tầng 3")
    assert fresh.meetings.get(meeting_id).title == "Hội nghị giao ban quý I"


def test_the_list_follows_changes_without_querying_on_the_gui_thread(qtbot, open_window: Opener) -> None:
    import threading

    window = open_window(with_demo=True)
    meetings = window.ctx.services.meetings
    readers: list[str] = []
    original = meetings.list_meetings

    def list_meetings(query: str = "", limit: int | None = None) -> object:
        readers.append(threading.current_thread().name)
        return original(query, limit)

    meetings.list_meetings = list_meetings  # type: ignore[method-assign]
    title = window.editor.general.title_edit
    title.setFocus()
    title.selectAll()
    type_vietnamese(title, "Làm việc với phường Long Biên")
    QTest.keyClick(title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.list_pane.model.index(0, 1).data() == "Làm việc với phường Long Biên")
    assert readers and all(name.startswith("minutes-meeting-list") for name in readers)


def test_the_window_comes_back_as_it_was_left(open_window: Opener) -> None:
    window = open_window(with_demo=True)
    QTest.keySequence(window, "Ctrl+Shift+H")  # hide the toolbar
    assert window.actions_.toolbar.isHidden()
    window.close()
    again = open_window()
    assert again.actions_.toolbar.isHidden()
    assert not again.actions_.toolbar.toggleViewAction().isChecked()


def test_ctrl_k_builds_the_search_when_first_asked_and_its_hit_opens_the_meeting(
    qtbot, open_window: Opener, services: Services
) -> None:
    """The search dialog is not built with the window (it was part of every start): Ctrl+K builds it,
    the second Ctrl+K brings back the same one, and a hit chosen in it opens its meeting."""
    from minutes.ui.search.dialog import SearchDialog

    services.meetings.create("Họp khác", date(2021, 2, 2))
    demo = services.demo.load()
    window = open_window()
    window.open_meeting(next(m.id for m in services.meetings.list_meetings() if m.id != demo))
    assert window.findChildren(SearchDialog) == []
    QTest.keySequence(window, "Ctrl+K")
    qtbot.waitUntil(lambda: len(window.findChildren(SearchDialog)) == 1)
    dialog = window.findChildren(SearchDialog)[0]
    qtbot.waitUntil(dialog.isVisible)
    dialog.hide()
    QTest.keySequence(window, "Ctrl+F")
    qtbot.waitUntil(dialog.isVisible)
    assert window.findChildren(SearchDialog) == [dialog]
    dialog.open_requested.emit("meeting", demo, None, demo)
    assert window.editor.meeting_id == demo


def test_the_search_keys_at_start_are_the_search_dialogs(open_window: Opener) -> None:
    from minutes.ui.parts import SEARCH_SHORTCUTS
    from minutes.ui.search.dialog import SHORTCUTS

    assert SEARCH_SHORTCUTS == SHORTCUTS


def test_the_empty_page_offers_the_example_only_while_there_is_no_meeting(
    qtbot, open_window: Opener, services: Services
) -> None:
    """The example is offered on the empty page while the database holds no meeting (counted when the
    page shows, not at every start that reopens a meeting)."""
    meeting = services.meetings.create("Họp giao ban", date(2021, 2, 2))
    window = open_window()
    assert window.stack.currentWidget() is window.editor
    window.open_meeting(None)
    qtbot.waitUntil(window.empty_page.isVisible)
    assert not window.empty_page.demo_button.isVisible()
    services.meetings.delete(meeting)
    window.open_meeting(meeting)  # gone: nothing opens
    window.open_meeting(None)
    window.stack.setCurrentWidget(window.editor)
    window.stack.setCurrentWidget(window.empty_page)
    qtbot.waitUntil(window.empty_page.demo_button.isVisible)
