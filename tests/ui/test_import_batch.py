"""File → Import minutes… in the main window: one file reviewed before it is saved, a folder imported in
its own process with progress, Cancel and a summary, duplicates found, each import reviewable later, a
crash of the import's process said in words.
What was saved is read back through a second connection."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from minutes.archive.review_store import ReviewService
from minutes.errors import UserError
from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.errors_i18n import user_message
from minutes.ui.i18n import language
from minutes.ui.import_actions import ImportActions
from minutes.ui.import_batch import ImportBatchDialog, ImportRowsModel, outcome_row
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"
TODAY = date(2021, 3, 1)


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: TODAY)
    win = start(Services(database, Actor("Văn thư")), Settings.in_file(tmp_path / "settings.ini"),
                ask_demo=lambda _p: False, ask_recovery=lambda _p, _d: "later", reminders=False)  # fmt: skip
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: win.list_pane.loaded)
    yield win
    imports(win).runner.shutdown()
    for screen in list(imports(win).reviews):
        screen.dirty = False
        screen.close()
    win.close()
    win.deleteLater()
    database.close()


def imports(win: MainWindow) -> ImportActions:
    found = win.findChild(ImportActions)
    assert found is not None
    return found


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Five documents, one of them twice under another name, and a file that is no Word document."""
    out = tmp_path / "LuuTru" / "2019"
    out.mkdir(parents=True)
    sources = sorted(DATA.glob("*.docx"))[:5]
    for source in sources:
        shutil.copy(source, out / source.name)
    shutil.copy(sources[0], out / "zz-ban-sao.docx")  # read last: the copy is the duplicate
    (out / "hong.docx").write_bytes(b"not a word file")
    return tmp_path / "LuuTru"


def _summary(qtbot, actions: ImportActions) -> ImportBatchDialog:
    qtbot.waitUntil(lambda: actions.batch is not None and actions.batch.summary is not None, timeout=120_000)
    assert actions.batch is not None
    return actions.batch


def test_one_file_is_reviewed_before_anything_is_saved(qtbot, window: MainWindow, fresh: Services) -> None:
    actions = imports(window)
    actions.choose_files = lambda: [str(DATA / "ubnd-ngoc-thuy-giao-ban-2019-03.docx")]  # type: ignore[method-assign]
    QTest.keyClick(
        window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(actions.reviews), timeout=60_000)
    screen = actions.reviews[0]
    assert fresh.meetings.list_meetings() == []  # nothing saved while the clerk reviews
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    QTest.keyClick(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    meetings = fresh.meetings.list_meetings()
    assert [m.title for m in meetings] == ["Cuộc họp giao ban UBND phường tháng 3 năm 2019"]
    assert meetings[0].status == "draft"
    assert window.editor.meeting is not None and window.editor.meeting.id == meetings[0].id
    info = ReviewService(fresh.db, fresh.actor).imported(meetings[0].id)
    assert info is not None and info.review_status == "reviewed"


def test_a_folder_imports_in_the_background_and_each_file_is_reviewable(
    qtbot, window: MainWindow, folder: Path, fresh: Services
) -> None:
    actions = imports(window)
    actions.choose_folder = lambda: str(folder)  # type: ignore[method-assign]
    seen: list[int] = []
    actions.runner.progress.connect(lambda done, _total, _path: seen.append(done))
    QTest.keyClick(
        window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = _summary(qtbot, actions)
    assert seen[-1] == 7 and len(seen) == 8  # every file, then the end
    rows = {r.file: r for r in dialog.model.rows}
    assert len(rows) == 7
    assert rows["zz-ban-sao.docx"].meeting_id is None and "meeting" in rows["zz-ban-sao.docx"].result
    assert rows["hong.docx"].meeting_id is None and rows["hong.docx"].result.startswith("Not imported")
    imported = [r for r in dialog.model.rows if r.meeting_id is not None]
    assert len(imported) == 5
    assert "5 imported, 1 already imported before, 1 not imported" in dialog.heading.text()
    assert len(fresh.meetings.list_meetings()) == 5
    assert {m.status for m in fresh.meetings.list_meetings()} == {"draft"}
    qtbot.waitUntil(lambda: window.list_pane.model.rowCount() == 5)  # the batch's changes were announced
    # Enter on a row: its review screen; Ctrl+S: the meeting is replaced by the reviewed one
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    target = imported[0]
    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.rows.index(target), 0))
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(actions.reviews), timeout=60_000)
    screen = actions.reviews[0]
    assert screen.review.meeting_id == target.meeting_id
    assert screen.save()
    new_id = screen.saved_id
    assert new_id is not None
    row = next(r for r in dialog.model.rows if r.file == target.file)
    assert row.meeting_id is None and str(new_id) in row.result
    fresh_reviews = ReviewService(fresh.db, fresh.actor)
    assert len(fresh.meetings.list_meetings()) == 5
    assert fresh_reviews.imported(new_id).review_status == "reviewed"  # type: ignore[union-attr]
    assert target.meeting_id not in [m.id for m in fresh.meetings.list_meetings()]
    # later: File → Imports to review… lists the four not reviewed yet
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    pending = actions.pending
    assert pending is not None and pending.isVisible()
    assert sorted(r.meeting_id for r in pending.model.rows) == sorted(
        i.meeting_id for i in fresh_reviews.pending_review()
    )  # fmt: skip
    assert len(pending.model.rows) == 4


def test_cancel_stops_after_the_current_file(
    qtbot, window: MainWindow, tmp_path: Path, fresh: Services
) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for i in range(30):
        shutil.copy(DATA / "ubnd-ngoc-thuy-giao-ban-2019-03.docx", many / f"{i:02d}.docx")
    actions = imports(window)
    dialog = actions.start_batch([str(many)])
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 30, timeout=60_000)
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    dialog = _summary(qtbot, actions)
    summary = dialog.summary
    assert summary is not None and summary.cancelled
    cancelled = summary.of("cancelled")
    assert cancelled and len(summary.outcomes) == 30
    assert all(r.result == "Not imported: cancelled" for r in dialog.model.rows[-len(cancelled) :])
    saved = len(summary.of("imported"))
    assert len(fresh.meetings.list_meetings()) == saved <= 1  # the same document: the rest are duplicates
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_while_importing_cancels_and_the_dialog_waits_for_the_file(
    qtbot, window: MainWindow, folder: Path
) -> None:
    actions = imports(window)
    dialog = actions.start_batch([str(folder)])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # it stays until the file being read is done
    _summary(qtbot, actions)
    assert dialog.isVisible() and dialog.close_button.isEnabled()


def test_rows_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:
    from minutes.archive.store import FileOutcome

    model = ImportRowsModel()
    model.set_rows([outcome_row(FileOutcome("/a/b.docx", "imported", meeting_id=3, review=("unsure: x",))),
                    outcome_row(FileOutcome("/a/c.docx", "duplicate", duplicate_of=3))])  # fmt: skip
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "To check: 1"


def test_screenshot_of_a_summary(qtbot, window: MainWindow, folder: Path, tmp_path: Path) -> None:
    dialog = imports(window).start_batch([str(folder)])
    _summary(qtbot, imports(window))
    assert dialog.grab().save(str(tmp_path / "summary.png"))


def test_a_file_without_a_date_is_not_imported_but_can_be_reviewed_and_saved(
    qtbot, window: MainWindow, tmp_path: Path, fresh: Services
) -> None:
    import docx

    undated = tmp_path / "khong-ngay"
    undated.mkdir()
    document = docx.Document()
    for text in ("BIÊN BẢN", "Họp tổ dân phố số 5", "Chủ trì: Ông Nguyễn Văn An - Tổ trưởng",
                 "Kết luận:", "- Tổ chức tổng vệ sinh vào cuối tuần."):  # fmt: skip
        document.add_paragraph(text)
    document.save(str(undated / "to-dan-pho.docx"))
    actions = imports(window)
    dialog = actions.start_batch([str(undated)])
    _summary(qtbot, actions)
    row = dialog.model.rows[0]
    assert row.meeting_id is None and row.retry and row.result.startswith("Not imported")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(actions.reviews), timeout=60_000)
    screen = actions.reviews[0]
    assert "No meeting date" in screen.problems.text()
    for field, value in (("meeting_date", "12/04/2022"), ("title", "Họp tổ dân phố số 5")):
        screen.tree.setCurrentIndex(screen.parts_model.by_ref[field].index())
        screen.editor.setPlainText(value)
    assert screen.save()
    meetings = fresh.meetings.list_meetings()
    assert [(m.title, f"{m.meeting_date:%d/%m/%Y}") for m in meetings] == [
        ("Họp tổ dân phố số 5", "12/04/2022")
    ]
    assert dialog.model.rows[0].result == f"Reviewed: meeting {meetings[0].id}"


def test_a_batch_runs_in_its_own_process_and_a_crash_of_it_is_said_in_words(
    qtbot, window: MainWindow, tmp_path: Path, fresh: Services
) -> None:
    """The batch's process killed in the middle (as the system would kill it): what it had saved is saved
    whole (meeting, original file, import record), every other file is listed as not imported, and the
    summary says so in the user's language, no traceback."""
    many = tmp_path / "distinct"
    many.mkdir()
    sources = sorted(DATA.glob("*.docx"))
    for source in sources:
        shutil.copy(source, many / source.name)
    actions = imports(window)
    runner = actions.runner
    killed: list[int] = []

    def kill_after_two(done: int, _total: int, _path: str) -> None:
        child = runner.child
        if done >= 2 and not killed and child is not None:
            killed.append(child.process.pid)
            os.kill(child.process.pid, signal.SIGKILL)

    runner.progress.connect(kill_after_two)
    with language(QApplication.instance(), "vi"):
        dialog = actions.start_batch([str(many)])
        qtbot.waitUntil(lambda: runner.child is not None, timeout=60_000)  # started off the GUI thread
        assert runner.child is not None and runner.child.process.pid != os.getpid()
        dialog = _summary(qtbot, actions)
        shown = dialog.current.text()
        expected = user_message(summary_stop(dialog))
    assert killed
    summary = dialog.summary
    assert summary is not None and len(summary.outcomes) == len(sources)
    assert "Traceback" not in shown and shown == expected
    assert "unexpectedly" not in shown  # Vietnamese, not the English template
    imported = {o.meeting_id for o in summary.of("imported")}
    assert len(imported) >= 2
    not_imported = summary.of("failed")
    assert not_imported and all(o.error is not None for o in not_imported)
    # what the database holds is exactly what the summary says was imported, each saved whole
    meetings = {m.id for m in fresh.meetings.list_meetings()}
    assert meetings == imported
    fresh_reviews = ReviewService(fresh.db, fresh.actor)
    for meeting_id in meetings:
        info = fresh_reviews.imported(meeting_id)
        assert info is not None and info.review_status == "needs_review"
        assert fresh_reviews.original(meeting_id) is not None
    assert runner.child is None and not runner.busy


def test_cancel_while_the_process_starts_imports_nothing(
    qtbot, window: MainWindow, tmp_path: Path, fresh: Services
) -> None:
    """The batch's process is started off the GUI thread: Cancel pressed before it is there still stops it
    before its first file, and the summary says so."""
    many = tmp_path / "early"
    many.mkdir()
    for source in sorted(DATA.glob("*.docx"))[:4]:
        shutil.copy(source, many / source.name)
    actions = imports(window)
    dialog = actions.start_batch([str(many)])
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # at once
    dialog = _summary(qtbot, actions)
    summary = dialog.summary
    assert summary is not None and summary.cancelled
    assert len(summary.outcomes) == 4 and len(summary.of("cancelled")) == 4
    assert fresh.meetings.list_meetings() == []
    assert actions.runner.child is None and not actions.runner.busy


def summary_stop(dialog: ImportBatchDialog) -> UserError:
    assert dialog.summary is not None and dialog.summary.stopped is not None
    return dialog.summary.stopped


def test_closing_the_window_during_a_batch_stops_its_process_after_the_current_file(
    qtbot, window: MainWindow, tmp_path: Path, fresh: Services
) -> None:
    many = tmp_path / "closing"
    many.mkdir()
    for source in sorted(DATA.glob("*.docx")):
        shutil.copy(source, many / source.name)
    actions = imports(window)
    runner = actions.runner
    dialog = actions.start_batch([str(many)])
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 1 and dialog.progress.value() >= 1, timeout=60_000)
    child = runner.child
    assert child is not None
    runner.shutdown()  # what the window's shutdown hook does
    assert not child.process.is_alive() and child.process.exitcode == 0  # it stopped, it was not killed
    summary = dialog.summary
    assert summary is not None and summary.cancelled
    imported = {o.meeting_id for o in summary.of("imported")}
    assert imported and {m.id for m in fresh.meetings.list_meetings()} == imported
    assert len(imported) < len(list(many.glob("*.docx")))


def test_the_batch_dialog_and_runner_load_none_of_the_importer() -> None:
    """The batch's dialog and runner are made before the importer is needed (issue 18: the click that
    starts a batch only shows the dialog); python-docx, the recogniser and the stores load on the runner's
    thread."""
    code = (
        "import sys; import minutes.ui.main_window, minutes.ui.import_batch, minutes.ui.import_jobs; "
        "print(sorted(m for m in ('docx', 'lxml', 'minutes.archive.store', 'minutes.archive.review_store', "
        "'minutes.archive.batch_process', 'multiprocessing.queues') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.strip() == "[]"


def test_the_click_shows_a_dialog_made_beforehand_and_the_batch_starts_once_it_is_painted(
    qtbot, window: MainWindow, folder: Path, fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from minutes.ui import import_jobs

    actions = imports(window)
    qtbot.waitUntil(lambda: actions.spare is not None, timeout=10_000)  # made after the start, hidden
    spare = actions.spare
    assert spare is not None and not spare.isVisible()
    loaded_on: list[str] = []
    load = import_jobs.load_importer

    def load_here() -> None:
        loaded_on.append(threading.current_thread().name)
        load()

    monkeypatch.setattr(import_jobs, "load_importer", load_here)
    before = set(sys.modules)
    dialog = actions.start_batch([str(folder)])
    assert set(sys.modules) == before  # the click imported nothing
    assert dialog is spare and actions.spare is None
    assert dialog.isVisible() and not dialog.started  # shown; the batch starts after its first paint
    qtbot.waitUntil(lambda: dialog.started, timeout=10_000)
    dialog = _summary(qtbot, actions)
    assert loaded_on and threading.main_thread().name not in loaded_on  # the importer: the runner's thread
    assert len(fresh.meetings.list_meetings()) == 5
    dialog.close()
    qtbot.waitUntil(lambda: actions.spare is not None, timeout=10_000)  # the next batch's dialog
    assert actions.spare is not dialog and not actions.spare.isVisible()
    second = actions.start_batch([str(folder)])
    assert second is not dialog
    second = _summary(qtbot, actions)
    assert second.summary is not None and len(second.summary.of("duplicate")) == 6
