"""The board's first opening got ready at idle (issue 17): the preparation runs only while the user does
nothing, builds the window hidden without keeping anything read, and the opening still reads the
database as it is then; closing during the preparation is clean."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from benchmarks.synthetic import generate
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from minutes.services import Services
from minutes.ui import board as board_package
from minutes.ui.app import make_context
from minutes.ui.board import prepare
from minutes.ui.board.model import SCREEN_PAGE
from minutes.ui.board.prepare import BoardPrep
from minutes.ui.board.window import BoardInstall, install_board
from minutes.ui.context import UiContext
from minutes.ui.settings import Settings

TODAY = date(2021, 3, 1)
FIRST_STEPS = [
    "warm",
    *prepare.MODULES,
    *(f"qt:{n}" for n in prepare.FIRST_USES),
    "filters",
    "build",
    "layout",
]


def all_done(done: list[str]) -> bool:
    """Every step, in order: the window painted off screen in bands, then its list emptied."""
    bands = done[len(FIRST_STEPS) : -1]
    return (
        done[: len(FIRST_STEPS)] == FIRST_STEPS
        and done[-1] == "emptied"
        and bands == [f"band {n}" for n in range(1, len(bands) + 1)]
        and len(bands) >= 2
    )


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    generate(services.db.engine, 300, seed=5, today=TODAY, units=6, people=12)
    context = make_context(services)
    yield context
    context.bus.close()


@pytest.fixture
def host(qtbot, ctx: UiContext, tmp_path: Path) -> Iterator[tuple[QMainWindow, BoardInstall]]:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLineEdit(window))
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    install = install_board(window, ctx, Settings(store), reminders_at_start=False)
    yield window, install
    install.shutdown()


def test_the_preparation_reads_what_the_board_opens_on() -> None:
    from minutes.services.board import SortKey, TaskFilter
    from minutes.ui.board.board import DEFAULT_FILTER

    assert DEFAULT_FILTER == TaskFilter(sort=SortKey.STATUS)
    assert prepare.SCREEN_PAGE == SCREEN_PAGE


def test_a_prepared_board_opens_on_the_database_as_it_is_then(
    qtbot,
    ctx: UiContext,
    host: tuple[QMainWindow, BoardInstall],  # noqa: ANN001
) -> None:
    _window, install = host
    prep = BoardPrep(install, idle_ms=50)
    install.prep = prep
    prep.start()
    qtbot.waitUntil(lambda: not prep.active, timeout=20_000)
    assert all_done(prep.done)
    made = install.board_window
    assert made is not None and made.isHidden()
    board = made.board
    # nothing read ahead is kept: the list is empty until the board is shown
    assert board.unread and board.model.rowCount() == 0

    # a task added after the preparation (overdue)
    sv = ctx.services
    oldest = min(sv.meetings.list_meetings(limit=1000), key=lambda mt: mt.meeting_date)
    added = sv.tasks.create(oldest.id, "Việc thêm sau khi chuẩn bị", deadline=oldest.meeting_date)

    install.open_action.trigger()
    assert install.board_window is made  # the window made ahead, now shown
    qtbot.waitExposed(made)
    assert not board.unread and board.model.rowCount() > 0
    model = board.model
    while model.row_of(added) < 0 and model.canFetchMore():
        model.fetchMore()
    number = model.row_of(added)
    assert number >= 0
    assert model.index(number, 5).data() == "Việc thêm sau khi chuẩn bị"
    board.counter.wait()
    qtbot.waitUntil(lambda: sum(board.chips.counts.values()) == 301, timeout=10_000)
    assert "301" in board.chips.total.text()


def test_the_preparation_waits_while_the_user_types(
    qtbot,
    host: tuple[QMainWindow, BoardInstall],  # noqa: ANN001
) -> None:
    window, install = host
    edit = window.centralWidget()
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    prep = BoardPrep(install, idle_ms=1000)
    install.prep = prep
    seen: list[int] = []  # steps done when each key was typed
    typist = QTimer(window)
    typist.setInterval(40)

    def key() -> None:
        seen.append(len(prep.done))
        qtbot.keyClick(edit, Qt.Key.Key_A)
        if len(seen) == 60:
            typist.stop()

    typist.timeout.connect(key)
    prep.start()
    typist.start()
    qtbot.waitUntil(lambda: len(seen) == 60, timeout=20_000)
    assert edit.text() == "a" * 60
    # nothing ran on the GUI thread while the keys came, not even the worker's step
    assert set(seen) == {0} and prep.done == [] and prep._runner is None
    assert prep.deferred > 0
    # the user stopped: the steps follow
    qtbot.waitUntil(lambda: not prep.active, timeout=20_000)
    assert all_done(prep.done)


def test_closing_during_the_preparation_is_clean(
    qtbot,
    host: tuple[QMainWindow, BoardInstall],  # noqa: ANN001
) -> None:
    window, install = host
    prep = BoardPrep(install, idle_ms=0)
    install.prep = prep
    prep.start()
    qtbot.waitUntil(lambda: prep._runner is not None, timeout=10_000)  # the worker's read has begun
    install.shutdown()  # what the main window's closing calls before the database closes
    assert not prep.active and not prep._timer.isActive()
    assert prep._runner is not None and prep._runner._stopped
    left = list(prep.done)
    QApplication.processEvents()
    assert prep.done == left  # no step after the closing
    window.close()


def test_opening_during_the_preparation_ends_it_and_reads(
    qtbot,
    host: tuple[QMainWindow, BoardInstall],  # noqa: ANN001
) -> None:
    _window, install = host
    prep = install.prepare()
    assert prep.active
    window = install.open()
    qtbot.waitExposed(window)
    assert not prep.active
    assert window.board.model.rowCount() > 0 and not window.board.unread
    assert board_package.BoardWindow is type(window)


def test_a_failed_warm_up_read_is_logged_and_the_rest_follows(
    qtbot,  # noqa: ANN001
    host: tuple[QMainWindow, BoardInstall],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _window, install = host

    def broken(_services: Services) -> list[object]:
        raise OSError("disk gone for a moment")

    monkeypatch.setattr(prepare, "warm_reads", broken)
    prep = BoardPrep(install, idle_ms=50)
    install.prep = prep
    prep.start()
    qtbot.waitUntil(lambda: not prep.active, timeout=20_000)
    assert all_done(prep.done)
    assert "the warm-up read failed: disk gone for a moment" in caplog.text
    window = install.open()
    qtbot.waitExposed(window)
    assert window.board.model.rowCount() > 0  # the opening reads for itself
