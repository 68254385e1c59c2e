"""The open meeting is read again only for changes that concern it: a leader reporting progress on
another meeting's task (the board, another user) does not make the secretary's editor reload."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from minutes.services import Services
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.editor.editor import MeetingEditor
from minutes.ui.undo import ServiceUndo
from minutes.ui.writer import BackgroundWriter


@pytest.fixture
def meetings(services: Services) -> tuple[int, int]:
    shown = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    other = services.meetings.create("Giao ban tháng 2", date(2021, 2, 1))
    return shown, other


@pytest.fixture
def editor(qtbot: QtBot, services: Services, meetings: tuple[int, int]) -> Iterator[MeetingEditor]:
    bus, writer = DataBus(services.db), BackgroundWriter()
    widget = MeetingEditor(UiContext(services, bus, ServiceUndo(services)), writer)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_meeting(meetings[0])
    yield widget
    writer.close()
    bus.close()
    widget.close()


def test_another_meetings_task_does_not_reload_the_editor_but_its_own_does(
    qtbot: QtBot, services: Services, editor: MeetingEditor, meetings: tuple[int, int]
) -> None:
    shown, other = meetings
    theirs = services.tasks.create(other, "Hoàn thiện hồ sơ giải phóng mặt bằng")
    mine = services.tasks.create(shown, "Báo cáo kết quả thu ngân sách")
    qtbot.waitUntil(lambda: not editor.reload_pending())
    qtbot.waitUntil(lambda: [t.id for t in editor.meeting.tasks] == [mine] if editor.meeting else False)
    before = editor.reloads
    services.tasks.add_progress(theirs, date(2021, 3, 5), 40, note="Đã lập hồ sơ")
    services.tasks.update(theirs, priority="high")
    assert editor.reloads == before  # not this meeting's: not read again
    services.tasks.add_progress(mine, date(2021, 3, 5), 60, note="Đã tổng hợp số liệu")
    assert editor.reloads == before + 1
    qtbot.waitUntil(lambda: not editor.reload_pending())
    assert editor.meeting is not None and editor.meeting.tasks[0].progress == 60


def test_rows_added_to_other_meetings_are_not_read_again_but_a_row_added_to_this_one_is(
    qtbot: QtBot, services: Services, editor: MeetingEditor, meetings: tuple[int, int]
) -> None:
    """A batch import adds meetings (their attendance, contributions, tasks, new people and units) while a
    meeting is open: the editor asks whether any added row is its meeting's and reads nothing again; a
    contribution added to the open meeting is read and shown."""
    from pathlib import Path

    from minutes.archive.store import ArchiveService

    shown, _other = meetings
    qtbot.waitUntil(lambda: not editor.reload_pending())
    before = editor.reloads
    data = Path(__file__).resolve().parents[1] / "data" / "archive"
    summary = ArchiveService(services.db, services.actor).import_files(sorted(data.glob("*.docx"))[:3])
    assert len(summary.of("imported")) == 3
    qtbot.waitUntil(lambda: not editor.reload_pending())
    assert editor.reloads == before  # asked, not read again
    services.items.add_contribution(shown, text="Đề nghị bổ sung kinh phí.")
    qtbot.waitUntil(lambda: editor.reloads == before + 1 and not editor.reload_pending())
    assert editor.meeting is not None
    assert [c.text for c in editor.meeting.contributions] == ["Đề nghị bổ sung kinh phí."]
