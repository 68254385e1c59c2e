"""The board's first opening, got ready while the user does nothing (issue 17).

Opening the board the first time waited for its modules (the board's screens and services, about a
quarter of it), for its window to be built and styled, and for its statements to be compiled. Once the
start is over (:func:`minutes.ui.parts.after_start`), :class:`BoardPrep` does that ahead, in small steps
separated by the event loop, each one only after the user has touched neither keyboard nor mouse for
:data:`IDLE_MS` (:func:`activity` looked at every :data:`SAMPLE_MS`): typing pushes the next step back,
so nothing runs on the GUI thread while the user types (the typing benchmark forbids even a module
import then). The steps:

1. on a worker thread: the board's services imported, the first page and the counts of the board's
   opening filter read once (statements compiled and cached, the database's pages warm);
2. on the GUI thread, one module per step: the board's screens imported;
3. one throw-away widget of each kind the window uses first (what Qt loads once: icons, style data);
4. the board's window built hidden, with nothing read (:class:`~minutes.ui.board.board.TaskBoard`'s
   ``read=False``), then painted off screen in bands with the worker's page (styles polished, the layout
   set, fonts loaded, the rows' texts wrapped and kept by text), its list emptied right after.

The list is still read when the board is first shown, never before: a task added after the preparation
is on it. Opening the board before the preparation ends stops it; the opening does the rest itself.
Closing the window stops it (:meth:`BoardPrep.stop` waits for the worker's read).
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from minutes.services import Services
    from minutes.services.board import BoardRow
    from minutes.ui.board.filters import FilterBar
    from minutes.ui.board.window import BoardInstall
    from minutes.ui.runner import Runner

log = logging.getLogger(__name__)

#: No key, click or wheel for this long (ms) before a step runs.
IDLE_MS = 1500
#: The event loop's turn between two steps (ms).
STEP_GAP_MS = 40
#: The board's screens, imported one per step (each a few milliseconds), in their import order.
MODULES = (
    "minutes.ui.board.chips",
    "minutes.ui.board.model",
    "minutes.ui.views",
    "minutes.ui.board.cells",
    "minutes.ui.board.dialogs",
    "minutes.ui.people_picker",
    "minutes.ui.board.filters",
    "minutes.ui.editor.base",
    "minutes.ui.board.board",
)
#: The opening's first page (minutes.ui.board.model.SCREEN_PAGE: a test keeps them equal).
SCREEN_PAGE = 60
#: SQLite connections of the pool whose page cache is warmed, at most.
POOLED_MAX = 5
#: How often (ms) the preparation looks whether the user is at work, while it waits.
SAMPLE_MS = 200


#: Qt's widgets whose first instance loads what every later one shares (icons, style data): one
#: throw-away instance per step, so that building the board's window is one short step after them.
FIRST_USES = ("line edit", "combo box", "spin box", "date edit", "tab widget", "table view", "menu")

#: Rows of the list painted off screen per step.
BAND_ROWS = 8


def first_use(name: str) -> None:
    """Make and drop one widget of the kind ``name`` (see :data:`FIRST_USES`)."""
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QMenu, QSpinBox, QTableView, QTabWidget

    widget: QWidget
    if name == "line edit":
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        edit.setPlaceholderText("…")
        widget = edit
    elif name == "combo box":
        box = QComboBox()
        box.addItem("…", None)
        widget = box
    elif name == "spin box":
        spin = QSpinBox()
        spin.setRange(0, 365)
        spin.setValue(7)
        widget = spin
    elif name == "date edit":
        widget = QDateEdit()
        widget.setCalendarPopup(True)
    elif name == "tab widget":
        tabs = QTabWidget()
        tabs.addTab(QWidget(tabs), "…")
        widget = tabs
    elif name == "menu":
        menu = QMenu()
        menu.addAction("…")
        widget = menu
    else:
        widget = QTableView()
    widget.ensurePolished()
    widget.deleteLater()


def activity() -> tuple[object, ...]:
    """What changes when the user works: the mouse's place and buttons, the field with the keyboard,
    its text (a revision number for long texts) and cursor. Compared between two looks a few hundred
    milliseconds apart: an application-wide event filter in Python, called for every event, made typing
    stall (40-60 ms, the garbage collector running during the keys)."""
    cursor = QCursor.pos()
    focus = QApplication.focusWidget()
    seen: tuple[object, ...] = (cursor.x(), cursor.y(), QGuiApplication.mouseButtons().value, id(focus))
    if isinstance(focus, QLineEdit):
        seen += (focus.text(), focus.cursorPosition())
    elif isinstance(focus, QPlainTextEdit | QTextEdit):
        seen += (focus.document().revision(), focus.textCursor().position())
    return seen


def warm_reads(services: Services) -> list[BoardRow]:
    """The worker's step: import the board's services and read the opening's first page and counts once
    (statements compiled; the opening reads again). Returns the page, for the off-screen paint only."""
    from minutes.services.board import SortKey, TaskFilter
    from minutes.services.task_exports import filter_scope  # noqa: F401 - imported by the board's module

    # The board's opening filter: minutes.ui.board.board.DEFAULT_FILTER (a test keeps them equal).
    opening = TaskFilter(sort=SortKey.STATUS)
    rows, _cursor = services.board.page(opening, None, SCREEN_PAGE)
    services.board.counts_by_status(opening.without_status)
    # Each SQLite connection keeps its own page cache and the pool hands its connections out in turn:
    # the page read once through each connection waiting in the pool, whichever the opening gets.
    engine = services.db.engine
    if engine.dialect.name == "sqlite":
        for _ in range(min(POOLED_MAX, int(getattr(engine.pool, "checkedin", lambda: 0)()))):
            services.board.page(opening, None, SCREEN_PAGE)
    return rows


class BoardPrep(QObject):
    """Prepares ``install``'s board window at idle (see the module's docstring). A child of the main
    window; :meth:`stop` ends it (the board opened, the window closing)."""

    finished = Signal()  # every step done

    def __init__(self, install: BoardInstall, idle_ms: int = IDLE_MS) -> None:
        super().__init__(install.window)
        self.install = install
        self.idle_ms = idle_ms
        self._steps: list[tuple[str, Callable[[], object]]] = [("warm", self._warm)]
        self._steps += [(name, partial(importlib.import_module, name)) for name in MODULES]
        self._steps += [(f"qt:{name}", partial(first_use, name)) for name in FIRST_USES]
        self._steps += [("filters", self._filter_bar), ("build", self._build), ("layout", self._layout)]
        self.done: list[str] = []  # the steps done, in order
        self.deferred = 0  # times a step waited for the user to stop
        self.took: dict[str, float] = {}  # ms of the GUI thread each step took (a key waits that long)
        self._last_input = time.monotonic()
        self._runner: Runner | None = None
        self._rows: list[BoardRow] = []  # the worker's page, for the off-screen paint
        self._filters: FilterBar | None = None  # the board's filter bar, made a step before its window
        self._waiting = False  # the worker's step is running
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._seen: tuple[object, ...] = ()

    @property
    def active(self) -> bool:
        """Steps are left and it was not stopped."""
        return not self._stopped and bool(self._steps)

    def start(self) -> None:
        if QCoreApplication.instance() is None or not self.active:
            return
        self._last_input = time.monotonic()
        self._seen = activity()
        self._timer.start(min(self.idle_ms, SAMPLE_MS))

    def stop(self) -> None:
        """No further step; waits for the worker's read if one runs (before the database closes)."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        if self._filters is not None:  # made, not used
            self._filters.deleteLater()
            self._filters = None
        if self._runner is not None:
            self._runner.shutdown()

    def _tick(self) -> None:
        if not self.active or self._waiting:
            return
        seen = activity()
        if seen != self._seen:  # typed, moved the mouse, clicked, changed field since the last look
            self._seen = seen
            self._last_input = time.monotonic()
        quiet_ms = (time.monotonic() - self._last_input) * 1000
        if quiet_ms < self.idle_ms:  # the user is at work: look again in a moment
            self.deferred += 1
            self._timer.start(max(1, min(SAMPLE_MS, int(self.idle_ms - quiet_ms) + 1)))
            return
        name, step = self._steps.pop(0)
        started = time.perf_counter()
        try:
            step()
        except Exception:  # a step ahead of time is an optimisation only: the opening does it again
            log.exception("preparing the board: step %s failed", name)
            self._waiting = False
        self.took[name] = (time.perf_counter() - started) * 1000  # on the GUI thread
        if not self._waiting:  # the worker's step is done when its read comes back
            self._step_done(name)

    def _step_done(self, name: str) -> None:
        self.done.append(name)
        if self._stopped:
            return
        if self._steps:
            self._timer.start(STEP_GAP_MS)
        else:
            self.finished.emit()

    # --- the steps -----------------------------------------------------------------------------------
    def _warm(self) -> None:
        from minutes.ui.runner import Runner

        services = self.install.ctx.services
        self._waiting = True
        self._runner = Runner("minutes-board-prepare", self)
        self._runner.submit(None, lambda: warm_reads(services), done=self._warmed, failed=self._warm_failed)

    def _warmed(self, rows: list[BoardRow]) -> None:
        self._rows = rows
        self._worker_done()

    def _warm_failed(self, exc: Exception) -> None:
        log.warning("preparing the board: the warm-up read failed: %s", exc)
        self._worker_done()

    def _worker_done(self) -> None:
        self._waiting = False
        if self._runner is not None:  # its thread is idle now: ended at once
            self._runner.shutdown()
        self._step_done("warm")

    def _filter_bar(self) -> None:
        if self.install.board_window is None:
            from minutes.ui.board.filters import FilterBar

            self._filters = FilterBar(self.install.ctx.services)  # no parent, never shown: the board's

    def _build(self) -> None:
        filters, self._filters = self._filters, None
        if self.install.board_window is None:
            self.install.make_window(read=False, filters=filters)
        elif filters is not None:
            filters.deleteLater()

    def _layout(self) -> None:
        """Lay the hidden window out and paint its top (filters, chips) off screen; the list's rows
        follow in bands (:meth:`_band`), one step each."""
        window = self.install.board_window
        if window is None or window.isVisible() or not window.board.unread:
            return
        board = window.board
        board.model.rehearse(self._rows)  # their texts wrapped once (kept by text, font and width)
        self._rows = []
        table = board.table
        top = table.mapTo(window, QPoint(0, 0)).y() + table.horizontalHeader().height() + 2
        window.grab(QRect(0, 0, window.width(), top))  # polish and layout happen here, before
        height = table.verticalHeader().defaultSectionSize() * BAND_ROWS
        bands = max(1, -(-(window.height() - top) // height))
        for number in range(bands):
            self._steps.append((f"band {number + 1}", partial(self._band, top + number * height, height)))
        self._steps.append(("emptied", self._emptied))

    def _band(self, y: int, height: int) -> None:
        """Paint one band of the hidden window off screen (about :data:`BAND_ROWS` rows of the list)."""
        window = self.install.board_window
        if window is not None and not window.isVisible() and window.board.unread:
            window.grab(QRect(0, y, window.width(), height))

    def _emptied(self) -> None:
        """Nothing read ahead stays: the list is read when the board is shown."""
        window = self.install.board_window
        if window is not None and window.board.unread:
            window.board.model.rehearse([])
