"""Edit → Undo in the meeting editor is answered by the services (issue 12 item 3): it acts on the meeting
shown, never on another one, and a deleted point comes back under its own id with its task linked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from testkit.qt import type_vietnamese

from minutes.services import Services
from minutes.ui.app import make_context
from minutes.ui.editor import linked_tasks
from minutes.ui.editor.conclusions import ConclusionsSection
from minutes.ui.editor.editor import MeetingEditor
from minutes.ui.writer import BackgroundWriter


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


def conclusions(editor: MeetingEditor) -> ConclusionsSection:
    return next(s for s in editor.sections if isinstance(s, ConclusionsSection))


def type_point(qtbot: QtBot, editor: MeetingEditor, text: str) -> None:
    section = conclusions(editor)
    editor.fill_now()  # the sections below the view get the meeting after the paint: now
    section.add_after_current()
    qtbot.waitUntil(section.text.hasFocus)
    type_vietnamese(section.text, text)
    section.saver.flush()
    editor.writer.drain()


def texts(fresh: Services, meeting_id: int) -> list[str]:
    return [c.text for c in fresh.meetings.get(meeting_id).conclusions]


def test_undo_in_meeting_b_never_touches_meeting_a(qtbot: QtBot, editor: MeetingEditor, services: Services,
                                                   fresh: Services) -> None:  # fmt: skip
    a = services.meetings.create("Giao ban tháng 1", date(2021, 1, 5))
    b = services.meetings.create("Giao ban tháng 2", date(2021, 2, 5))
    editor.open_meeting(a)
    type_point(qtbot, editor, "Kết luận của cuộc họp A")
    editor.open_meeting(b)
    type_point(qtbot, editor, "Kết luận của cuộc họp B")
    undo = editor.ctx.undo_stack
    assert undo.canUndo() and undo.undoText() == "change conclusion"

    undo.undo()  # the words typed in B
    assert texts(fresh, b) == [""] and texts(fresh, a) == ["Kết luận của cuộc họp A"]
    qtbot.waitUntil(lambda: conclusions(editor).text.toPlainText() == "")  # the field shows it at once
    undo.undo()  # the point added in B
    undo.undo()  # nothing more in B: A keeps everything
    assert texts(fresh, b) == [] and texts(fresh, a) == ["Kết luận của cuộc họp A"]
    assert not undo.canUndo()

    editor.open_meeting(a)  # A's own history is intact
    assert undo.canUndo()
    undo.undo()
    assert texts(fresh, a) == [""]
    undo.redo()
    assert texts(fresh, a) == ["Kết luận của cuộc họp A"]


def test_undoing_a_deleted_point_brings_it_back_with_its_id_and_its_task(
    qtbot: QtBot, editor: MeetingEditor, services: Services, fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 5))
    point = services.items.add_conclusion(meeting, "Tập trung giải phóng mặt bằng")
    task = services.tasks.create(meeting, "Giải phóng mặt bằng", source_kind="conclusion", source_id=point)
    editor.open_meeting(meeting)
    qtbot.waitUntil(lambda: not editor.filling())  # the sections below the view come after the paint
    section = conclusions(editor)
    section.table.setFocus()
    section.table.selectRow(0)
    monkeypatch.setattr(linked_tasks, "ask", lambda *_a: True)
    section.remove()
    assert texts(fresh, meeting) == []
    assert fresh.tasks.get(task).task.source_id is None

    editor.ctx.undo_stack.undo()
    [back] = fresh.meetings.get(meeting).conclusions
    assert (back.id, back.text) == (point, "Tập trung giải phóng mặt bằng")
    detail = fresh.tasks.get(task)
    assert (detail.task.source_kind, detail.task.source_id) == ("conclusion", point)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
