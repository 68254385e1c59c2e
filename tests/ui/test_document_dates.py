"""The dates of a meeting's documents in the general information, driven by keys: typed, cleared, undone
through the services' undo, a date before the meeting refused with a message (in Vietnamese too), and a
date someone else set meanwhile shown in the conflict bar, never overwritten."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from minutes.services import Services
from minutes.ui.app import make_context
from minutes.ui.editor.document_dates import OptionalDateEdit, parse_day
from minutes.ui.editor.editor import MeetingEditor
from minutes.ui.i18n import language
from minutes.ui.writer import BackgroundWriter

MEETING_DAY = date(2021, 1, 19)


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Ban Thường vụ làm việc với phường", MEETING_DAY)


@pytest.fixture
def editor(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[MeetingEditor]:
    ctx, writer = make_context(services), BackgroundWriter()
    widget = MeetingEditor(ctx, writer)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_meeting(meeting_id)
    yield widget
    widget.flush()
    writer.close()
    ctx.bus.close()
    widget.close()


def type_date(qtbot: QtBot, edit: OptionalDateEdit, digits: str) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClick(edit, Qt.Key.Key_Home)
    QTest.keyClicks(edit, digits)
    QTest.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it


def dates(fresh: Services, meeting_id: int) -> dict[str, date]:
    return fresh.meetings.get(meeting_id).document_dates


def test_a_document_date_typed_cleared_and_undone(
    qtbot: QtBot, editor: MeetingEditor, fresh: Services, meeting_id: int
) -> None:
    edits = editor.general.documents.edits
    type_date(qtbot, edits["conclusion"], "20012021")
    qtbot.waitUntil(lambda: dates(fresh, meeting_id) == {"conclusion": date(2021, 1, 20)})
    assert edits["conclusion"].text() == "20/01/2021"
    assert edits["minutes"].text() in ("", "//")  # the others keep their usual date

    type_date(qtbot, edits["conclusion"], "")  # emptied: the notice prints its usual date again
    qtbot.waitUntil(lambda: dates(fresh, meeting_id) == {})

    undo = editor.ctx.undo_stack
    qtbot.waitUntil(undo.canUndo)
    assert undo.undoText() == "delete document date"
    undo.undo()
    assert dates(fresh, meeting_id) == {"conclusion": date(2021, 1, 20)}
    qtbot.waitUntil(lambda: edits["conclusion"].text() == "20/01/2021")


def test_a_date_before_the_meeting_is_refused_with_a_message_in_vietnamese(
    qtbot: QtBot, qapp, editor: MeetingEditor, fresh: Services, meeting_id: int
) -> None:
    documents = editor.general.documents
    with language(qapp, "vi"):
        type_date(qtbot, documents.edits["minutes"], "18012021")
        assert documents.message.isVisible()
        assert documents.message.text() == "Văn bản không thể ghi ngày trước ngày họp (19/01/2021)."
        type_date(qtbot, documents.edits["minutes"], "31022021")  # no such day
        assert "không phải là ngày" in documents.message.text()
    editor.writer.drain()
    assert dates(fresh, meeting_id) == {}


def test_a_date_someone_else_set_meanwhile_shows_in_the_conflict_bar(
    qtbot: QtBot, editor: MeetingEditor, fresh: Services, meeting_id: int
) -> None:
    edit = editor.general.documents.edits["plan"]
    saver = editor.general.documents.savers["plan"]
    fresh.meetings.set_document_date(meeting_id, "plan", date(2021, 1, 25))  # another user
    type_date(qtbot, edit, "22012021")
    bar = editor.conflicts
    qtbot.waitUntil(lambda: saver.conflict is not None and bar.isVisible(), timeout=5000)
    assert bar.mine.toPlainText() == "22/01/2021"
    assert bar.theirs.toPlainText() == "25/01/2021"
    assert "Kiểm tra" in bar.headline.text()
    assert dates(fresh, meeting_id) == {"plan": date(2021, 1, 25)}  # theirs kept
    bar.take.click()
    assert edit.text() == "25/01/2021" and bar.isHidden()


def test_parse_day() -> None:
    assert parse_day("20/01/2021") == date(2021, 1, 20)
    assert parse_day("__/__/____") is None
    with pytest.raises(ValueError):
        parse_day("20/01/21__")
