"""Starting the application: ``minutes`` with no command calls :func:`run_gui`.

Order of start: the QApplication and its names, the language (``--lang``, then the setting, then the
system locale), the crash handler, the database (a database the app cannot open is reported in the
user's language and left untouched), recovery of text left unsaved by a previous run, the example
meeting on a first start, then the main window on the meeting open at the last exit.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from minutes import __version__, draft_spool, gcpolicy, logs
from minutes.db import backup, faults
from minutes.db.engine import database_file, sqlite_path
from minutes.errors import DatabaseCorrupt, UserError
from minutes.services import Database, Services, notices
from minutes.services.drafts import DraftDTO
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.crash import CrashHandler
from minutes.ui.errors_i18n import user_message
from minutes.ui.first_run import AskFirstRun, offer_first_run
from minutes.ui.i18n import choose_language, install_translators
from minutes.ui.launch import application, plain_imports
from minutes.ui.main_window import MainWindow
from minutes.ui.parts import after_start, install_parts
from minutes.ui.recovery_dialog import offer_recovery
from minutes.ui.settings import Settings
from minutes.ui.undo import ServiceUndo

log = logging.getLogger(__name__)

ENV_DEMO = "MINUTES_DEMO"


def login_name() -> str:
    for key in ("MINUTES_USER", "USER", "USERNAME", "LOGNAME"):
        if os.environ.get(key):
            return os.environ[key]
    return "user"


AskRestore = Callable[[QWidget | None, str, "backup.Backup"], bool]


def open_database(
    url: str | None,
    parent: QWidget | None = None,
    warn: Callable[[QWidget | None, str, str], object] | None = None,
    ask_restore: AskRestore | None = None,
) -> Database | None:
    """The database, or None after telling the user why it cannot be opened (it is not changed).

    A damaged database (or a file that is no database any more) whose latest good backup exists is
    offered back from that backup (``ask_restore`` replaces the question in tests); the damaged file
    is kept as one more backup.
    """
    warn = warn or _warn
    title = QApplication.translate("Application", "The database cannot be opened")
    try:
        return Database(url)
    except DatabaseCorrupt as exc:
        path = sqlite_path(url)
        good = backup.latest_good(path) if path is not None else None
        if path is None or good is None:
            none = QApplication.translate("Application", "No backup of this database was found.")
            warn(parent, title, f"{user_message(exc)}\n\n{none}")
            return None
        if not (ask_restore or ask_restore_backup)(parent, user_message(exc), good):
            return None
        try:
            backup.restore(path, good.path)
        except UserError as error:
            warn(parent, title, user_message(error))
            return None
        return open_database(url, parent, warn, ask_restore=lambda *_: False)
    except UserError as exc:
        warn(parent, title, user_message(exc))
        return None
    except Exception as exc:
        if not faults.is_database_error(exc):
            raise
        warn(parent, title, user_message(faults.user_error(exc, str(sqlite_path(url) or url))))
        return None


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def ask_restore_backup(parent: QWidget | None, problem: str, good: backup.Backup) -> bool:
    """The start-up question for a damaged database: restore its latest good backup?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Application", "The database is damaged"))
    box.setText(problem)
    box.setInformativeText(
        QApplication.translate(
            "Application",
            "The latest good backup is from %1. Restore it? What was saved after it is lost, but the damaged "
            "database is kept as it is, beside the backups.",
        ).replace("%1", f"{good.made_at:%d/%m/%Y %H:%M}")
    )
    restore = box.addButton(
        QApplication.translate("Application", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("Application", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def make_context(services: Services) -> UiContext:
    """The window's context; changes other processes commit are brought in from now on."""
    notices.watch(services.db)
    bus = DataBus(services.db)
    undo = ServiceUndo(services)
    bus.changed.connect(undo.on_changed)
    return UiContext(services, bus, undo)


def offer_demo(
    services: Services,
    parent: QWidget | None,
    *,
    without_asking: bool,
    ask: Callable[[QWidget | None], bool] | None = None,
) -> int | None:
    """On a first start with an empty database: load the example meeting (asked, unless told not to)."""
    if without_asking:
        return services.demo.load() if services.demo.is_empty() else None
    if not services.demo.should_offer():
        return None
    if (ask or _ask_demo)(parent):
        return services.demo.load()
    services.demo.mark_offered()
    return None


def _ask_demo(parent: QWidget | None) -> bool:
    text = QApplication.translate(
        "Application",
        "The database is empty. Load an example meeting (Ban Thường vụ Quận ủy Long Biên works with "
        "phường Long Biên, 19/01/2021) to see how minutes are recorded? You can delete it later.",
    )
    answer = QMessageBox.question(
        parent,
        QApplication.translate("Application", "Welcome"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def start(
    services: Services,
    settings: Settings,
    *,
    with_demo: bool = False,
    ask_recovery: Callable[[QWidget | None, list[DraftDTO]], str] | None = None,
    ask_demo: Callable[[QWidget | None], bool] | None = None,
    reminders: bool = True,
    restore: Callable[[Path], object] | None = None,
    ask_first_run: AskFirstRun | None = None,
) -> MainWindow:
    """Recovery, the example meeting and the main window with every part, for an open database (no
    event loop). ``ask_recovery`` and ``ask_demo`` replace the two start-up questions, ``reminders``
    False keeps the task reminders from showing at start (tests); ``restore`` reopens the database around
    the restore of a backup (File → Backups…; without it the dialog only lists and makes backups).
    ``ask_first_run`` replaces the organisation setup of a new database (minutes.ui.first_run); a caller
    that replaces the example question but not this one is not asked it."""
    keep_spooled_text(services)
    offer_recovery(services, None, ask=ask_recovery)
    if not with_demo and (ask_first_run is not None or ask_demo is None):
        offer_first_run(services, settings, None, ask=ask_first_run)
    demo_id = offer_demo(services, None, without_asking=with_demo, ask=ask_demo)
    context = make_context(services)
    context.evidence_max_bytes = settings.evidence_max_bytes
    window = MainWindow(context, settings)
    # The task reminders (a read of every overdue task of the user's units, on the GUI thread) come once
    # the window shows the open meeting in every section: they were read before the window was ready.
    parts = install_parts(window, reminders_at_start=False)
    if reminders and settings.reminder_at_start:
        after_start(window, parts.board.reminders_at_start)
    database = database_file(services.db.engine)
    window.actions_.backups_requested.connect(lambda: _show_backups(window, database, settings, restore))
    if demo_id is not None:
        window.open_meeting(demo_id)
    else:
        window.open_last_meeting()
    return window


def _show_backups(
    window: MainWindow, database: Path | None, settings: Settings, restore: Callable[[Path], object] | None
) -> None:
    from minutes.ui.backups_dialog import show_backups  # File → Backups…: loaded when first asked for

    show_backups(window, database, settings, restore)


def keep_spooled_text(services: Services) -> None:
    """Text a previous run had to keep outside the database (it was locked, full or read-only when that
    run stopped) goes into the database's drafts, where the recovery question finds it."""
    try:
        draft_spool.import_into(services, draft_spool.database_identity(services.db), services.actor.name)
    except Exception as exc:
        if not faults.is_database_error(exc) and not isinstance(exc, UserError):
            raise
        log.warning("unsaved text kept outside the database stays there for now: %s", exc)


ENV_EXIT_WHEN_READY = "MINUTES_EXIT_WHEN_READY"
#: A Python file whose ``install(session)`` is called before the window opens: benchmarks/kill.py drives
#: the real application through it. Nothing is loaded unless this is set.
ENV_TEST_HOOK = "MINUTES_TEST_HOOK"


def load_test_hook(path: str) -> Callable[[Any], object]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("minutes_test_hook", path)
    if spec is None or spec.loader is None:
        raise UserError(detail=f"{ENV_TEST_HOOK}: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    install: Callable[[Any], object] = module.install
    return install


def start_collector_timer(app: QApplication, interval_ms: int = 1000) -> QTimer | None:
    """Where the automatic cyclic collector is off (minutes.gcpolicy), collect on an idle timer of the GUI
    thread, at the interpreter's usual thresholds; None where Python collects by itself."""
    if not gcpolicy.manual():
        return None
    timer = QTimer(app)
    timer.setObjectName("gcTimer")
    timer.setInterval(interval_ms)
    timer.timeout.connect(gcpolicy.collect_if_due)
    timer.start()
    return timer


def settle_garbage_collector() -> None:
    """Move everything alive after start-up out of the cyclic collector's sight.

    CPython's full collection walks every tracked object on whatever thread allocates; with the editor
    open that was 27-125 ms on the GUI thread (docs/performance.md). The modules, widgets and caches that
    exist once the window is up live until exit, so ``gc.freeze()`` excludes them; later garbage is
    still collected as usual.
    """
    gc.collect()
    gc.freeze()
    gcpolicy.release()  # held since the start began (run_gui)


def when_filled(window: QWidget | None, call: Callable[[], object]) -> None:
    """Call ``call`` once the window's editor shows the open meeting in every section (it gives the
    sections below the view the meeting after the first paint), from the event loop."""
    editor = getattr(window, "editor", None)
    if editor is None or not editor.filling():
        QTimer.singleShot(0, call)
        return
    done = [False]

    def filled() -> None:
        if not done[0]:
            done[0] = True
            editor.filled.disconnect(filled)
            QTimer.singleShot(0, call)

    editor.filled.connect(filled)


#: Printed by :func:`exit_when_ready` once the main window takes edits, where the read-only window
#: (minutes.ui.launch.show_read_only) already said ``MINUTES_READY``.
EDITABLE = "MINUTES_EDITABLE"


def exit_when_ready(
    app: QApplication, window: QWidget | None = None, line: str | Callable[[], str] = "MINUTES_READY"
) -> None:
    """For the cold-start benchmark (benchmarks/bench_startup.py): once the shown window has been laid out
    and painted and the event loop is idle, print ``line`` (``MINUTES_READY``, or :data:`EDITABLE` after
    the read-only window was ready); once its editor has given the open meeting to every section too (the
    ones below the view come after the first paint) and the loop is idle again, print ``MINUTES_FILLED``;
    then quit as a user would."""

    def say(line: str) -> None:
        if sys.stdout is not None:
            print(line, flush=True)

    def filled() -> None:
        say("MINUTES_FILLED")
        app.quit()

    def ready() -> None:
        say(line if isinstance(line, str) else line())
        when_filled(window, lambda: QTimer.singleShot(0, filled))

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, ready))  # two turns of the loop: painted, idle


def editable_line() -> str:
    """The line saying editing is open, with how long the read-only window did not respond before."""
    from minutes.ui.launch import unresponsive_ms

    return f"{EDITABLE} {unresponsive_ms()}"


def run_gui(
    db_url: str | None = None,
    user: str | None = None,
    lang: str | None = None,
    *,
    with_demo: bool = False,
    settings: Settings | None = None,
    start_frame: QWidget | None = None,
    ready_said: bool = False,
    reachable: bool = False,
) -> int:
    """The application, until its window is closed; the exit code. ``settings`` replaces the user's
    settings store (tests); ``start_frame`` is the frame painted before this module was imported
    (minutes.ui.launch), closed once the main window has taken its place; ``ready_said``: that frame
    showed the open meeting read-only (minutes.ui.launch.show_read_only); ``reachable``: it read it from
    the server just now, which need not be tried once more before the database opens."""
    logs.configure()
    app = application()
    if start_frame is None:
        log.info("minutes %s starting (GUI)", __version__)
        settings = settings or Settings()
        install_translators(app, choose_language(lang, settings))
    settings = settings or Settings()
    crash = CrashHandler()
    crash.database = str(sqlite_path(db_url) or db_url or "")
    crash.install()
    gcpolicy.hold()  # no collection until the start is over (settle_garbage_collector)
    session = None
    try:
        with plain_imports():
            from minutes.ui.session import AppSession  # it builds on this module

        benchmark = os.environ.get(ENV_EXIT_WHEN_READY) == "1"  # the start benchmark: no daily backup at exit
        session = AppSession(
            app,
            settings,
            db_url,
            user or login_name(),
            with_demo=with_demo or os.environ.get(ENV_DEMO) == "1",
            daily_backup=not benchmark,
            reachable=reachable,
        )
        hook = os.environ.get(ENV_TEST_HOOK)
        if hook:
            load_test_hook(hook)(session)
        with plain_imports():  # what the window imports as it opens (minutes.ui.launch.plain_imports)
            opened = session.open()
        if start_frame is not None:
            start_frame.close()
            start_frame.deleteLater()
        if not opened:
            return 2
        # the start-up objects are frozen once the editor has filled its sections (after the first paint)
        when_filled(session.window, settle_garbage_collector)
        collector = start_collector_timer(app)
        if benchmark:
            exit_when_ready(app, session.window, editable_line if ready_said else "MINUTES_READY")
        code = int(app.exec())
        # the last window closed posts a Quit of its own: one left behind after an explicit quit would end
        # the next event loop of this process at once (tests run the application more than once)
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        if collector is not None:
            collector.stop()
        return code
    finally:
        gcpolicy.release()
        if session is not None:
            session.close()
        crash.uninstall()
