"""Opening a meeting shows what is in view first (issue 17 item 4): the general information and the
attendance from a small read at once, the sections below the view empty until the whole meeting, read
in the background, is given to them one per turn of the event loop. Nothing of the meeting shown before
stays visible, a section asked for early is filled at once, and a change made meanwhile is not lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from minutes.services import Services
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.editor.contributions import ContributionsSection
from minutes.ui.editor.editor import MeetingEditor
from minutes.ui.editor.general import GeneralSection
from minutes.ui.editor.tasks import TasksSection
from minutes.ui.undo import ServiceUndo
from minutes.ui.writer import BackgroundWriter


@pytest.fixture
def meetings(services: Services) -> tuple[int, int]:
    person = services.directory.create_person("Nguyễn Mạnh Hà", "Chủ tịch UBND quận")
    busy = services.meetings.create("Hội nghị tổng kết năm 2020", date(2021, 1, 8), location="Hội trường")
    services.meetings.add_attendee(busy, person_id=person)
    for n in range(12):
        services.items.add_contribution(
            busy, speaker_id=person, text=f"Ý kiến số {n + 1} về giải phóng mặt bằng"
        )
    services.items.add_conclusion(busy, "Giao Phòng Quản lý đô thị chủ trì.")
    services.tasks.create(busy, "Hoàn thiện hồ sơ giải phóng mặt bằng")
    small = services.meetings.create("Giao ban tháng 2", date(2021, 2, 1))
    services.items.add_contribution(small, speaker_id=person, text="Ý kiến của giao ban")
    return busy, small


@pytest.fixture
def editor(qtbot: QtBot, services: Services) -> Iterator[MeetingEditor]:
    bus, writer = DataBus(services.db), BackgroundWriter()
    widget = MeetingEditor(UiContext(services, bus, ServiceUndo(services)), writer)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.flush()
    writer.close()
    bus.close()
    widget.shutdown()
    widget.close()


def section(editor: MeetingEditor, kind: type) -> object:
    return next(s for s in editor.sections if isinstance(s, kind))


def contribution_rows(editor: MeetingEditor) -> list[int]:
    """The ids of the contributions the section's list shows."""
    contributions = section(editor, ContributionsSection)
    assert isinstance(contributions, ContributionsSection)
    return contributions.model.ids()


def test_the_view_first_then_every_section(
    qtbot: QtBot, editor: MeetingEditor, fresh: Services, meetings: tuple[int, int]
) -> None:
    busy, small = meetings
    editor.open_meeting(small)
    qtbot.waitUntil(lambda: not editor.filling())
    assert contribution_rows(editor) == [c.id for c in fresh.meetings.get(small).contributions]

    editor.open_meeting(busy)
    general = section(editor, GeneralSection)
    assert isinstance(general, GeneralSection)
    assert general.title_edit.toPlainText() == "Hội nghị tổng kết năm 2020"  # in view: shown at once
    assert editor.filling()
    assert contribution_rows(editor) == []  # the small meeting's contributions are not left in sight
    assert section(editor, ContributionsSection).meeting is None  # nor acted on

    qtbot.waitUntil(lambda: not editor.filling())
    stored = fresh.meetings.get(busy)
    assert [s.meeting.id if s.meeting else None for s in editor.sections] == [busy] * len(editor.sections)
    assert (
        contribution_rows(editor) == [c.id for c in stored.contributions] and len(stored.contributions) == 12
    )
    tasks = section(editor, TasksSection)
    assert isinstance(tasks, TasksSection)
    assert tasks.meeting is not None and [t.id for t in tasks.meeting.tasks] == [t.id for t in stored.tasks]
    assert editor.meeting is not None and len(editor.meeting.tasks) == 1


def test_a_section_asked_for_early_is_filled_at_once(
    editor: MeetingEditor, fresh: Services, meetings: tuple[int, int]
) -> None:
    busy, small = meetings
    editor.open_meeting(small)
    editor.fill_now()
    editor.open_meeting(busy)
    number = next(n for n, s in enumerate(editor.sections, start=1) if isinstance(s, ContributionsSection))
    assert editor.go_to(number)  # Alt+number before its turn: no waiting for the event loop
    assert contribution_rows(editor) == [c.id for c in fresh.meetings.get(busy).contributions]


def test_a_change_while_the_rest_is_read_is_shown(
    qtbot: QtBot, editor: MeetingEditor, services: Services, fresh: Services, meetings: tuple[int, int]
) -> None:
    busy, _small = meetings
    editor.open_meeting(busy)
    added = services.tasks.create(busy, "Báo cáo kết quả thu ngân sách")  # announced on the bus
    qtbot.waitUntil(lambda: not editor.filling() and not editor.reload_pending())
    tasks = section(editor, TasksSection)
    assert isinstance(tasks, TasksSection) and tasks.meeting is not None
    assert added in [t.id for t in tasks.meeting.tasks]
    assert [t.id for t in tasks.meeting.tasks] == [t.id for t in fresh.meetings.get(busy).tasks]


def test_opening_another_meeting_before_the_rest_came_shows_only_that_one(
    qtbot: QtBot, editor: MeetingEditor, fresh: Services, meetings: tuple[int, int]
) -> None:
    busy, small = meetings
    editor.open_meeting(busy)
    editor.open_meeting(small)  # at once: the busy meeting's read is still under way
    qtbot.waitUntil(lambda: not editor.filling() and not editor.reload_pending())
    assert [s.meeting.id if s.meeting else None for s in editor.sections] == [small] * len(editor.sections)
    assert contribution_rows(editor) == [c.id for c in fresh.meetings.get(small).contributions]


def test_the_head_is_the_meeting_without_its_lists(services: Services, meetings: tuple[int, int]) -> None:
    busy, _small = meetings
    head, whole = services.meetings.get_head(busy), services.meetings.get(busy)
    assert head.title == whole.title and head.location == whole.location and head.version == whole.version
    assert [(a.id, a.display) for a in head.attendance] == [(a.id, a.display) for a in whole.attendance]
    assert head.contributions == [] and head.tasks == [] and head.conclusions == []
    assert len(whole.contributions) == 12
