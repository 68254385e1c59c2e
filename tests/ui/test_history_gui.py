"""Meeting → History… and a task's History button (issue 13, item 5): the rows edits made, who made them,
and long texts shown as the words that changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.board.detail import TaskDetailPanel
from minutes.ui.history import HistoryDialog, word_diff
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: date(2021, 3, 1))
    main = start(Services(database, Actor("Thư ký")), Settings.in_file(tmp_path / "settings.ini"),
                 with_demo=True, reminders=False)  # fmt: skip
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.editor.meeting is not None)
    yield main
    main.close()
    main.deleteLater()
    database.close()


def cells(dialog: HistoryDialog, row: int) -> list[str]:
    model = dialog.model
    return [str(model.index(row, c).data(Qt.ItemDataRole.DisplayRole)) for c in range(model.columnCount())]


def test_meeting_history_shows_who_changed_what(qtbot: QtBot, window: MainWindow, db_path: Path) -> None:
    meeting = window.editor.meeting
    assert meeting is not None
    other = Services(window.ctx.services.db, Actor("Phó Chủ tịch", "leader"))
    other.meetings.update(meeting.id, expected_version=meeting.version, location="Hội trường B")
    contribution = other.meetings.get(meeting.id).contributions[0]
    long_old = contribution.text
    long_new = long_old.replace(long_old.split()[3], "THAYĐỔI", 1)
    other.items.update_contribution(contribution.id, expected_version=contribution.version, text=long_new)

    action = window.findChild(type(window.actions_.quit), "meetingHistory")
    assert action is not None and action in window.actions_.menu("meeting").actions()
    action.trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)

    newest, before = cells(dialog, 0), cells(dialog, 1)
    assert newest[1:3] == ["Phó Chủ tịch", "Contribution changed"]
    assert "{+THAYĐỔI+}" in newest[3] and "[-" in newest[3]
    assert len(newest[3]) < len(long_new)  # the words that changed, not the whole text twice
    assert before[1:] == [
        "Phó Chủ tịch",
        "Meeting changed",
        f"place: {meeting.location or '—'} → Hội trường B",
    ]
    # the demo's own rows are there too, by the one who loaded it
    assert any(cells(dialog, r)[1:3] == ["Thư ký", "Meeting added"] for r in range(dialog.model.rowCount()))
    # the selected row in full below the list
    dialog.table.selectRow(1)
    assert "place: " in dialog.detail.toPlainText() and "Phó Chủ tịch" in dialog.detail.toPlainText()


def test_a_long_text_saved_as_its_changed_window_reads_as_that_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    meeting = window.editor.meeting
    assert meeting is not None
    services = window.ctx.services
    contribution = services.meetings.get(meeting.id).contributions[0]
    huge = "Nội dung dài. " * 400  # over 2000 characters: the audit keeps the window that changed
    version = services.items.update_contribution(
        contribution.id, expected_version=contribution.version, text=huge
    ).version
    services.items.update_contribution(
        contribution.id, expected_version=version, text=huge + "Thêm câu cuối."
    )
    dialog = HistoryDialog(window.ctx, "meeting", meeting.id, meeting.title, window)
    qtbot.addWidget(dialog)
    assert "at character 5601, «—» → «Thêm câu cuối.»" in cells(dialog, 0)[3]


def test_task_history_from_the_detail_pane_and_a_deleted_task_in_the_meeting(
    qtbot: QtBot, window: MainWindow
) -> None:
    meeting = window.editor.meeting
    assert meeting is not None
    services = window.ctx.services
    task = services.tasks.list_for_meeting(meeting.id)[0]
    unit_member = Services(services.db, Actor("Phòng TC", "leader"))
    unit_member.tasks.add_progress(task.id, date(2021, 3, 1), 40, "Đã họp bàn")
    panel = TaskDetailPanel(window.ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_task(task.id)
    qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(HistoryDialog)
    assert dialog is not None
    rows = [cells(dialog, r) for r in range(dialog.model.rowCount())]
    by_them = {r[2]: r[3] for r in rows if r[1] == "Phòng TC"}
    assert set(by_them) == {"Task changed", "Progress update added", "Task event added"}
    assert "progress: 0 → 40" in by_them["Task changed"]
    assert "note: Đã họp bàn" in by_them["Progress update added"]
    assert rows[-1][1:3] == ["Thư ký", "Task added"] and "coordinating units" in rows[-1][3]

    services.tasks.delete(task.id)
    history = HistoryDialog(window.ctx, "meeting", meeting.id, "", window)
    qtbot.addWidget(history)
    top = [cells(history, r)[2] for r in range(history.model.rowCount())][:4]
    assert "Task deleted" in top


def test_word_diff_keeps_a_little_context() -> None:
    old = "một hai ba bốn năm sáu bảy tám chín mười mười một mười hai"
    new = old.replace("sáu", "SÁU")
    assert word_diff(old, new) == "… hai ba bốn năm [-sáu-] {+SÁU+} bảy tám chín mười …"
