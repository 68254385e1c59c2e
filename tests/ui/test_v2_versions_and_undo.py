"""The v2 editing (agenda, a point's kind and vote, the next meeting) on the versioned editor: a change
based on what someone else has changed since is refused and shown, never written over theirs, and
Ctrl+Z undoes an agenda edit through the services' undo (the item keeps its id)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.ui.app import make_context, start
from minutes.ui.editor.agenda import AgendaSection
from minutes.ui.editor.conclusions import ConclusionsSection
from minutes.ui.editor.editor import MeetingEditor
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings
from minutes.ui.views import select_row
from minutes.ui.writer import BackgroundWriter

TODAY = date(2022, 3, 1)


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Giao ban UBND phường tháng 3/2022", date(2022, 3, 1))


def agenda_host(qtbot: QtBot, services: Services, meeting_id: int) -> SectionHost:
    host = SectionHost(services, AgendaSection, meeting_id)
    host.section.resize(900, 400)
    host.section.show()
    qtbot.waitExposed(host.section)
    host.section.activateWindow()  # the keys go to this window, not one an earlier test left active
    qtbot.waitUntil(host.section.isActiveWindow)
    return host


def rename_in_place(qtbot: QtBot, section: AgendaSection, row: int, title: str) -> None:
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(row, 1))
    QTest.keyClick(section.table, Qt.Key.Key_F2)

    def editing() -> bool:  # the table's own cell editor (not a line edit another test's window left focused)
        focus = QApplication.focusWidget()
        return isinstance(focus, QLineEdit) and section.table.isAncestorOf(focus)

    qtbot.waitUntil(editing)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(editor, title)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_a_stale_rename_of_an_agenda_item_is_refused_and_shown(
    qtbot: QtBot, services: Services, fresh: Services, meeting_id: int
) -> None:
    ident = services.agenda.add_item(meeting_id, "Công tác phòng, chống dịch")
    host = agenda_host(qtbot, services, meeting_id)
    try:
        section = host.section
        # someone else renames it on another connection; this screen still shows the old title
        fresh.agenda.rename_item(ident, "Công tác phòng, chống dịch COVID-19")
        rename_in_place(qtbot, section, 0, "Phòng chống dịch")
        qtbot.waitUntil(section.message.isVisible)
        assert "Kiểm tra" in section.message.text()  # who changed it
        assert "Nothing was overwritten" in section.message.text()
        assert [a.title for a in fresh.meetings.get(meeting_id).agenda] == [
            "Công tác phòng, chống dịch COVID-19"
        ]
        qtbot.waitUntil(lambda: section.model.index(0, 1).data() == "Công tác phòng, chống dịch COVID-19")

        # deleting what the user saw before someone else's rename is refused too
        fresh.agenda.rename_item(ident, "Phòng, chống dịch")
        section.table.setFocus()
        section.table.setCurrentIndex(section.model.index(0, 1))
        QTest.keyClick(section.table, Qt.Key.Key_Delete)
        assert [a.title for a in fresh.meetings.get(meeting_id).agenda] == ["Phòng, chống dịch"]
        assert "not deleted" in section.message.text()
    finally:
        host.close()


def test_a_stale_choice_of_a_points_kind_is_refused_and_the_stored_kind_shown(
    qtbot: QtBot, services: Services, fresh: Services, meeting_id: int
) -> None:
    point = services.items.add_conclusion(meeting_id, "Thông qua Nghị quyết")
    host = SectionHost(services, ConclusionsSection, meeting_id)
    host.section.resize(1000, 600)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        fields = host.section.fields
        select_row(host.section.table, 0)
        assert fields.record_id == point
        fresh.items.update_conclusion(point, kind="decision")  # another user, another connection
        fields.kind.setFocus()
        fields.kind.setCurrentIndex(fields.kind.findData("directive"))
        fields.kind.activated.emit(fields.kind.currentIndex())  # chosen as the keyboard chooses it
        assert fresh.meetings.get(meeting_id).conclusions[0].kind == "decision"  # theirs kept
        assert host.section.message.isVisible()
        assert "Kiểm tra" in host.section.message.text()
        assert fields.kind.currentData() == "decision"  # the field shows what is stored
    finally:
        host.close()


@pytest.fixture
def editor(qtbot: QtBot, services: Services) -> Iterator[MeetingEditor]:
    ctx, writer = make_context(services), BackgroundWriter()
    widget = MeetingEditor(ctx, writer)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.flush()
    writer.close()
    ctx.bus.close()
    widget.close()


def test_a_stale_place_of_the_next_meeting_shows_the_conflict_bar(
    qtbot: QtBot, editor: MeetingEditor, services: Services, fresh: Services, meeting_id: int
) -> None:
    services.meetings.update(
        meeting_id, next_meeting_date=date(2022, 4, 1), next_meeting_location="Phòng họp 1"
    )
    editor.open_meeting(meeting_id)
    schedule = editor.general.schedule
    place = schedule.next_location
    saver = schedule.text_savers[0]
    assert saver.field == "next_meeting_location" and place.text() == "Phòng họp 1"
    saver._save_timer.setInterval(600_000)  # still typing: only leaving the field saves
    place.setFocus()
    place.selectAll()
    type_vietnamese(place, "Hội trường tầng 2")
    fresh.meetings.update(meeting_id, next_meeting_location="Phòng họp 3")
    QTest.keyClick(place, Qt.Key.Key_Tab)  # leaving the field saves: based on a place changed since
    bar = editor.conflicts
    qtbot.waitUntil(lambda: bar.isVisible() and bar.current is saver, timeout=5000)
    assert bar.mine.toPlainText() == "Hội trường tầng 2"
    assert bar.theirs.toPlainText() == "Phòng họp 3"
    assert fresh.meetings.get(meeting_id).next_meeting.location == "Phòng họp 3"  # not overwritten
    assert place.text() == "Hội trường tầng 2"  # the typed text is still there
    bar.keep.click()
    editor.writer.drain()
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).next_meeting.location == "Hội trường tầng 2")


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, tmp_path: Path, meeting_id: int) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: TODAY)
    main = start(
        Services(database, Actor("Thư ký")),
        Settings.in_file(tmp_path / "settings.ini"),
        ask_demo=lambda _p: False,
        ask_recovery=lambda _p, _d: "later",
        reminders=False,
    )
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.open_meeting(meeting_id)
    qtbot.waitUntil(lambda: main.editor.meeting_id == meeting_id and not main.editor.filling())
    yield main
    main.close()
    main.deleteLater()
    database.close()


def test_ctrl_z_undoes_agenda_edits_through_the_service_undo(
    qtbot: QtBot, window: MainWindow, fresh: Services, meeting_id: int
) -> None:
    section = next(s for s in window.editor.sections if isinstance(s, AgendaSection))
    section.new_title.setFocus()
    type_vietnamese(section.new_title, "Kết quả công tác tháng 2")
    QTest.keyClick(section.new_title, Qt.Key.Key_Return)
    stored = fresh.meetings.get(meeting_id).agenda
    assert [a.title for a in stored] == ["Kết quả công tác tháng 2"]
    ident = stored[0].id
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    rename_in_place(qtbot, section, 0, "Kết quả công tác tháng 2/2022")
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).agenda[0].title == "Kết quả công tác tháng 2/2022")
    assert window.ctx.undo_stack.undoText() == "change agenda item"

    window.list_pane.view.setFocus()  # outside any text field Ctrl+Z is the editor's undo
    QTest.keySequence(window.list_pane.view, "Ctrl+Z")
    qtbot.waitUntil(lambda: fresh.meetings.get(meeting_id).agenda[0].title == "Kết quả công tác tháng 2")
    assert fresh.meetings.get(meeting_id).agenda[0].id == ident
    qtbot.waitUntil(lambda: section.model.index(0, 1).data() == "Kết quả công tác tháng 2")  # shown at once

    # the deletion is undone too: the item comes back under its own id
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(0, 1))
    QTest.keyClick(section.table, Qt.Key.Key_Delete)
    assert fresh.meetings.get(meeting_id).agenda == []
    window.list_pane.view.setFocus()
    QTest.keySequence(window.list_pane.view, "Ctrl+Z")
    qtbot.waitUntil(lambda: [a.id for a in fresh.meetings.get(meeting_id).agenda] == [ident])
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)


def test_a_resolutions_vote_fits_a_1366_pixel_screen(
    qtbot: QtBot, window: MainWindow, services: Services, meeting_id: int
) -> None:
    item = services.agenda.add_item(meeting_id, "Công tác giải phóng mặt bằng các dự án trên địa bàn phường")
    services.items.add_conclusion(
        meeting_id, "Thông qua Nghị quyết", kind="resolution", votes_total=11, agenda_item_id=item
    )
    section = next(s for s in window.editor.sections if isinstance(s, ConclusionsSection))
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    select_row(section.table, 0)
    qtbot.waitUntil(lambda: section.fields.votes_box.isVisible())
    window.editor.go_to(window.editor.sections.index(section) + 1)
    area = window.editor.scroll_area
    body = area.widget()
    assert body is not None
    qtbot.waitUntil(lambda: area.viewport().width() > 900)
    assert body.minimumSizeHint().width() <= area.viewport().width()  # nothing is cut off at the right
    assert section.fields.votes["votes_total"].value() == 11


def test_undo_first_saves_a_count_typed_but_not_confirmed(
    qtbot: QtBot, services: Services, fresh: Services, meeting_id: int
) -> None:
    from minutes.ui.editor.contributions import ContributionsSection

    ident = services.items.add_contribution(meeting_id, speaker_label="Đại biểu các phòng, ban")
    host = SectionHost(services, ContributionsSection, meeting_id)
    host.section.resize(1100, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        select_row(host.section.table, 0)
        count = host.section.fields.count
        count.setFocus()
        qtbot.waitUntil(count.hasFocus)
        count.selectAll()
        QTest.keyClicks(count, "3")  # typed, not confirmed with Enter or Tab
        host.undo_stack.undo()  # the count is saved first: undo takes back that, not an older step
        assert [(c.id, c.count) for c in fresh.meetings.get(meeting_id).contributions] == [(ident, 1)]
        host.undo_stack.redo()
        assert [(c.id, c.count) for c in fresh.meetings.get(meeting_id).contributions] == [(ident, 3)]
    finally:
        host.close()
