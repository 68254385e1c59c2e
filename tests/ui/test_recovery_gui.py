"""Never lose a word: text typed and not yet saved survives the window being destroyed without closing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as WaitTimeout
from testkit.qt import type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.services.drafts import DraftDTO
from minutes.ui.app import start
from minutes.ui.main_window import MainWindow
from minutes.ui.recovery_dialog import DISCARD, LATER, RESTORE, DraftsModel, RecoveryDialog
from minutes.ui.settings import Settings

USER = Actor("Thư ký")
TYPED = "Hội trường tầng 3, trụ sở Quận ủy Long Biên"


@pytest.fixture
def as_user(db_path: Path) -> Iterator[Callable[[], Services]]:
    """Fresh connections to the file as the secretary (drafts belong to their user)."""
    opened: list[Database] = []

    def open_() -> Services:
        opened.append(Database(str(db_path)))
        return Services(opened[-1], USER)

    yield open_
    for database in opened:
        database.close()


def launch(
    qtbot,
    services: Services,
    settings: Settings,
    ask_recovery: Callable[..., str] = lambda _p, _d: pytest.fail("nothing to recover"),
) -> MainWindow:
    window = start(services, settings, ask_recovery=ask_recovery, ask_demo=lambda _p: False, reminders=False)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.list_pane.loaded)
    return window


def crash(qtbot, window: MainWindow) -> None:
    """The window disappears without closeEvent, aboutToQuit or any flush: only what reached the
    database survives. (The writer thread is stopped after its queue is empty, as a dying process's
    thread would simply stop.)"""
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.disconnect(window.shutdown)
    for field_saver in window.editor.general.text_savers:
        field_saver.widget.removeEventFilter(field_saver)  # no focus-out save during destruction
    window.writer.close()
    window.ctx.bus.close()
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.save_delay_ms = 10_000  # the record must not be saved before the "crash"
    return settings


def test_text_typed_before_a_crash_is_restored_at_the_next_start(
    qtbot, as_user: Callable[[], Services], settings: Settings
) -> None:
    first = as_user()
    meeting_id = first.demo.load()
    window = launch(qtbot, first, settings)
    assert window.editor.meeting_id == meeting_id
    location = window.editor.general.location
    location.setFocus()
    location.selectAll()
    type_vietnamese(location, TYPED)
    check = as_user()
    qtbot.waitUntil(
        lambda: (
            [(d.entity, d.field, d.text) for d in check.drafts.pending()] == [("meetings", "location", TYPED)]
        ),
        timeout=5000,
    )
    assert check.meetings.get(meeting_id).location == "Phòng họp 1"  # only the draft is stored

    crash(qtbot, window)
    assert check.meetings.get(meeting_id).location == "Phòng họp 1"
    assert len(check.drafts.pending()) == 1

    offered: list[list[DraftDTO]] = []
    second = launch(
        qtbot, as_user(), settings, ask_recovery=lambda _parent, drafts: offered.append(drafts) or RESTORE
    )
    assert [(d.entity, d.entity_id, d.field, d.text) for d in offered[0]] == [
        ("meetings", meeting_id, "location", TYPED)
    ]
    reread = as_user()
    assert reread.meetings.get(meeting_id).location == TYPED
    assert reread.drafts.pending() == []
    assert second.editor.general.location.text() == TYPED
    second.close()


def test_discarded_drafts_leave_the_record_as_it_was(
    qtbot, as_user: Callable[[], Services], settings: Settings
) -> None:
    services = as_user()
    meeting_id = services.meetings.create("Họp giao ban", date(2021, 1, 19))
    services.drafts.save("meetings", meeting_id, "title", "Họp giao ban tháng 1 (chưa lưu)")
    window = launch(qtbot, services, settings, ask_recovery=lambda _p, _d: DISCARD)
    reread = as_user()
    assert reread.meetings.get(meeting_id).title == "Họp giao ban"
    assert reread.drafts.pending() == []
    window.close()


def test_later_keeps_the_drafts_for_the_next_start(
    qtbot, as_user: Callable[[], Services], settings: Settings
) -> None:
    services = as_user()
    meeting_id = services.meetings.create("Họp giao ban", date(2021, 1, 19))
    services.drafts.save("meetings", meeting_id, "notes", "ghi chú")
    launch(qtbot, services, settings, ask_recovery=lambda _p, _d: LATER).close()
    assert len(as_user().drafts.pending()) == 1


def test_the_dialog_lists_the_drafts_and_answers_by_its_buttons(
    qtbot, qtmodeltester, as_user: Callable[[], Services]
) -> None:
    services = as_user()
    meeting_id = services.meetings.create("Họp giao ban", date(2021, 1, 19))
    services.drafts.save("meetings", meeting_id, "notes", "Đồng chí Phan báo cáo\nkết quả năm 2020")
    drafts = services.drafts.pending()
    dialog = RecoveryDialog(drafts)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(DraftsModel([]))
    assert dialog.model.index(0, 1).data() == "Meeting"
    assert dialog.model.index(0, 2).data() == "Notes"
    assert dialog.model.index(0, 3).data() == "Đồng chí Phan báo cáo kết quả năm 2020"
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == RESTORE and not dialog.isVisible()
    again = RecoveryDialog(drafts)
    qtbot.addWidget(again)
    again.show()
    QTest.keyClick(again.discard_button, Qt.Key.Key_Space)
    assert again.choice == DISCARD


def test_the_dialog_says_which_meeting_and_speaker_each_draft_belongs_to(
    qtbot, as_user: Callable[[], Services], settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15, item 8: two meetings, two speakers, a figure; the real dialog at start names them, and
    Alt+R restores each text into its own record."""
    services = as_user()
    ha = services.directory.create_person("Nguyễn Mạnh Hà", "Chủ tịch UBND quận")
    services.meetings.create("Họp giao ban tháng 12", date(2020, 12, 28))
    meeting_id = services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    items = services.items
    items.add_contribution(meeting_id, speaker_label="Đại diện Phòng Tài chính", text="Đã báo cáo.")
    second = items.add_contribution(meeting_id, speaker_id=ha, text="")
    report = items.add_report(meeting_id, title="Báo cáo kết quả năm 2020")
    figure = items.add_figure(report, "Tổng thu ngân sách")
    services.drafts.save("contributions", second, "text", "Đề nghị phường tập trung giải phóng mặt bằng.")
    services.drafts.save("report_figures", figure, "note", "ước đạt")

    shown: list[tuple[str, list[list[str]]]] = []
    hidden: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(10, answer)  # not shown yet: look again on the next turn of its event loop
            return
        model = dialog.model
        rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
        shown.append((dialog.intro.text(), rows))
        hidden.append(dialog.view.isColumnHidden(0))  # one meeting: named above, not in every row
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Restore
        try:
            qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks the button (animated)
        except WaitTimeout:
            dialog.reject()  # the key did nothing: fail below rather than wait forever

    QTimer.singleShot(0, answer)
    problems: list[str] = []
    monkeypatch.setattr(
        "minutes.ui.recovery_dialog.QMessageBox.warning", lambda _p, _t, text: problems.append(text)
    )
    window = start(services, settings, ask_demo=lambda _p: False, reminders=False)  # the real dialog
    intro, rows = shown[0]
    assert not problems  # nothing failed to restore
    assert hidden == [True]
    assert "“Làm việc với phường Long Biên (19/01/2021)”" in intro
    assert rows == [
        [
            "Làm việc với phường Long Biên (19/01/2021)",
            "Contribution 2 — Nguyễn Mạnh Hà",
            "Text",
            "Đề nghị phường tập trung giải phóng mặt bằng.",
        ],
        [
            "Làm việc với phường Long Biên (19/01/2021)",
            "Report figure — Tổng thu ngân sách",
            "Note",
            "ước đạt",
        ],
    ]
    reread = as_user().meetings.get(meeting_id)
    assert [c.text for c in reread.contributions] == [
        "Đã báo cáo.",
        "Đề nghị phường tập trung giải phóng mặt bằng.",
    ]
    assert reread.reports[0].figures[0].note == "ước đạt"
    window.close()
