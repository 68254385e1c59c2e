"""Paint first: the window appears before the database layer is even imported.

``minutes`` without a command comes here (minutes.cli branches before it imports anything heavy). In
order: the QApplication, the language, then a :class:`StartFrame` (the window's title, the last
meeting's title as the user left it, the meetings list as a skeleton) shown at the window's remembered
place and painted. Only then are SQLAlchemy, the models and the services imported, on a worker thread
while the frame keeps painting, and the application proper (:func:`minutes.ui.app.run_gui`) opens the
database and shows the main window in the frame's place.

Nothing here imports SQLAlchemy, the services, python-docx or the main window: a test checks it.
"""

from __future__ import annotations

import builtins
import gc
import importlib
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutes import __version__, logs
from minutes.ui import fastread
from minutes.ui.fastread import FastReader
from minutes.ui.i18n import choose_language, install_translators
from minutes.ui.settings import Settings

log = logging.getLogger(__name__)

ORGANISATION = "minutes"
APPLICATION = "minutes"
# Printed once the start frame is painted (the start benchmark times the first paint by it).
PAINTED = "MINUTES_PAINTED"
# Printed once the read-only window shows the list and the open meeting and the event loop is idle.
READY = "MINUTES_READY"
ENV_EXIT_WHEN_READY = "MINUTES_EXIT_WHEN_READY"
# What the application imports after the first paint, off the GUI thread: the database layer, then the
# window's modules (classes only: no module of the window makes a widget or any QObject when imported).
HEAVY_MODULES = (
    "sqlalchemy.orm",
    "minutes.db.models",
    "minutes.services",
    "minutes.db.engine",
    "minutes.ui.app",
    "minutes.ui.session",
)


def application() -> QApplication:
    """The QApplication (created on first call) with the names QSettings and platformdirs use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(QApplication.translate("Application", "Minutes"))
    app.setApplicationVersion(__version__)
    return app


class StartFrame(QWidget):
    """What the main window will show, before it exists: its title, the last meeting's title, the list."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startFrame")
        self.painted = False
        title = settings.last_meeting_title
        self.setWindowTitle(self.tr("Minutes") + (f" — {title}" if title else ""))
        self.list = QListWidget(self)
        self.list.setObjectName("startFrameList")
        self.list.setEnabled(False)
        self.list.setMaximumWidth(360)
        for _row in range(12):  # the list's shape, not its content: grey bars while it loads
            self.list.addItem("")
        self.list.setStyleSheet(
            "QListWidget::item { margin: 6px 10px; background: #e8e8e8; min-height: 14px; }"
        )
        self.heading = QLabel(title or self.tr("Opening the minutes…"), self)
        self.heading.setObjectName("startFrameTitle")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self.tr("Opening the database…"), self)
        self.status.setObjectName("startFrameStatus")
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(rule)
        right.addStretch(1)
        right.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        self.page = QTextBrowser(self)  # the meeting read before the database layer (minutes.ui.fastread)
        self.page.setObjectName("startFramePage")
        self.page.setOpenLinks(False)
        self.page.hide()
        right.insertWidget(2, self.page, 100)  # over the stretch below the title
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 3)
        self.reader: FastReader | None = None
        # the meeting shown (the one the main window opens), once the window shows one
        self.meeting_id: int | None = None
        self.list.currentItemChanged.connect(self._chosen)
        if settings.window_geometry:
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(1280, 820)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        self.painted = True

    def fill(self, reader: FastReader, last_meeting_id: int) -> bool:
        """Show the list's first page and the meeting the window opens, read by ``reader``, read-only
        (False, and nothing changed, when there is no meeting to show: the usual start decides)."""
        from minutes.ui.fast_window import head_html, list_text

        head = reader.first_meeting(last_meeting_id)
        if head is None:
            return False
        rows = reader.meetings()
        self.reader = reader
        self.list.blockSignals(True)
        self.list.clear()
        self.list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for row in rows:
            item = QListWidgetItem(list_text(row), self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id == head.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.list.setEnabled(True)
        self._show(head.id, head.title, head_html(head))
        self.status.setText(
            self.tr("Read only for a moment: editing opens as soon as the database is ready.")
        )
        return True

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        """Another meeting chosen in the list while the window is read-only: read and shown the same way."""
        if item is None or self.reader is None:
            return
        from minutes.ui.fast_window import head_html

        try:
            head = self.reader.head(int(item.data(Qt.ItemDataRole.UserRole)))
        except Exception as exc:  # noqa: BLE001 - the usual start reads it again and reports
            log.info("reading the chosen meeting read-only: %s", exc)
            return
        if head is not None:
            self._show(head.id, head.title, head_html(head))

    def _show(self, meeting_id: int, title: str, html: str) -> None:
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("%1 - Minutes").replace("%1", title))
        self.heading.hide()
        self.page.setHtml(html)
        self.page.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """A key no widget of the read-only window takes (text typed): nothing is written; said so."""
        if self.reader is not None and event.text().strip():
            self.status.setText(
                self.tr("Nothing can be typed yet: editing opens in a moment, then type again.")
            )
        super().keyPressEvent(event)

    def close_reader(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None


def show_frame(app: QApplication, settings: Settings) -> StartFrame:
    """Show the start frame and return once it has been painted."""
    frame = StartFrame(settings)
    frame.show()
    for _turn in range(200):  # a few event-loop turns; offscreen and real screens paint on the first ones
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if frame.painted:
            break
    if os.environ.get(ENV_EXIT_WHEN_READY) == "1" and sys.stdout is not None:
        print(PAINTED, flush=True)
    return frame


@contextmanager
def plain_imports() -> Iterator[None]:
    """Imports inside (on every thread) skip PySide6's import hook.

    Once imported, PySide6 replaces ``builtins.__import__`` with a hook that, for every module imported
    afterwards, reads the module's source to see whether it names PySide6 (for ``from __feature__
    import ...``, which this application never uses): about a fifth of the start's imports (SQLAlchemy,
    the models, the services, the window's modules; napari measured the same, its issue 8584). Python's
    own import (kept by minutes.cli before PySide6 was imported) is put back while the start imports, and
    the hook after. A module imported meanwhile is simply unknown to PySide6's feature table, which means
    "no feature selected", as for every module here.
    """
    from minutes import cli

    plain, hooked = cli.PYTHON_IMPORT, builtins.__import__
    if plain is hooked:  # PySide6 was imported before minutes.cli (tests): nothing to skip
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        builtins.__import__ = hooked


@contextmanager
def modules_kept() -> Iterator[None]:
    """No cyclic collection while the start imports; what was imported is then kept out of the
    collector's sight (``gc.freeze``).

    Importing the database layer and the window's modules allocates a few hundred thousand objects that
    live until exit (classes, functions, their dictionaries); the automatic collector walked them again
    and again while they were made (about a seventh of the imports' time). The collector's own state is
    put back afterwards (minutes.gcpolicy decides it once the database opens).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class TURNS:  # noqa: N801 - a namespace
    """When the start frame's events were last processed (perf_counter seconds) and the longest wait
    between two turns while the database layer imported: the start benchmark reports how long the
    read-only window does not respond before the main window takes its place."""

    last: float | None = None
    longest_gap = 0.0


def unresponsive_ms() -> str:
    """``frozen_ms=… import_gap_ms=…`` for the start benchmark's line saying editing is open."""
    frozen = (time.perf_counter() - TURNS.last) * 1000 if TURNS.last is not None else 0.0
    return f"frozen_ms={frozen:.1f} import_gap_ms={TURNS.longest_gap * 1000:.1f}"


def import_heavy(app: QApplication, frame: QObject | None = None) -> None:
    """Import the database layer on a worker thread while the GUI thread keeps the frame painted."""
    failure: list[BaseException] = []

    def work() -> None:
        try:
            for name in HEAVY_MODULES:
                importlib.import_module(name)
            # the mappers are configured here too (the first query on the GUI thread did it): nothing
            # else uses the ORM until this thread is done
            importlib.import_module("sqlalchemy.orm").configure_mappers()
        except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread
            failure.append(exc)

    worker = threading.Thread(target=work, name="minutes-imports", daemon=True)
    worker.start()
    last = time.perf_counter()
    while worker.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        now = time.perf_counter()
        TURNS.longest_gap = max(TURNS.longest_gap, now - last)
        last = now
        worker.join(0.005)
    TURNS.last = time.perf_counter()
    if failure:
        raise failure[0]


def launch(
    db_url: str | None = None, user: str | None = None, lang: str | None = None, *, with_demo: bool = False
) -> int:
    """The application, started frame first; the exit code."""
    logs.configure()
    log.info("minutes %s starting (GUI)", __version__)
    driver = fastread.prepare(db_url)  # the server's driver imports while Qt starts and paints
    app = application()
    settings = Settings()
    install_translators(app, choose_language(lang, settings))
    frame = show_frame(app, settings)
    shown = show_read_only(app, frame, settings, db_url, driver)
    with plain_imports(), modules_kept():
        import_heavy(app, frame)
        from minutes.ui.app import run_gui  # the application proper: after the first paint

    chosen_meeting(frame, settings, shown=shown)
    reachable = frame.reader is not None and frame.reader.postgres
    frame.close_reader()  # one connection at a time on a server
    return run_gui(
        db_url,
        user,
        lang,
        with_demo=with_demo,
        settings=settings,
        start_frame=frame,
        ready_said=shown,
        reachable=reachable,
    )


def chosen_meeting(frame: StartFrame, settings: Settings, *, shown: bool) -> None:
    """The meeting the read-only window shows last (the user may have chosen another) is the one the main
    window opens (minutes.ui.main_window.MainWindow.open_last_meeting)."""
    if shown and frame.meeting_id is not None:
        settings.last_meeting_id = frame.meeting_id


def show_read_only(
    app: QApplication,
    frame: StartFrame,
    settings: Settings,
    db_url: str | None,
    driver: threading.Thread | None = None,
) -> bool:
    """Fill the painted frame with the list's first page and the meeting the window opens, read with the
    database's own driver (minutes.ui.fastread); True once shown, painted and the event loop idle (then
    the start benchmark's ready line is printed). False where the usual start must decide (a new, foreign
    or older database, a server asking for a password, an empty database, --with-demo)."""
    reader = FastReader.open(db_url, driver)
    if reader is None:
        return False
    try:
        filled = frame.fill(reader, settings.last_meeting_id)
    except Exception as exc:  # noqa: BLE001 - any doubt: the usual start reads it and reports
        log.info("no read-only first window: %s", exc)
        filled = False
    if not filled:
        reader.close()
        frame.reader = None
        return False
    frame.painted = False
    for _turn in range(200):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if frame.painted:
            break
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)  # idle: nothing left to do for this turn
    if os.environ.get(ENV_EXIT_WHEN_READY) == "1" and sys.stdout is not None:
        print(READY, flush=True)
    return True
