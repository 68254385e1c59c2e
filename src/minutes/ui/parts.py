"""The parts of the application built beside the shell, wired into the main window: official documents
and the import of Word minutes (File menu), the task board and reminders (Tasks menu), and the global search (Edit menu), whose hits
open the meeting at the item found.

Their menu entries and shortcuts exist from the start; their windows are built when first opened (the
search dialog, the board): issue 17 item 1, they were part of what every start waited for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from minutes.ui.board.window import BoardInstall, install_board
from minutes.ui.export_actions import ExportActions, install_export
from minutes.ui.finalise_ui import FinaliseActions, install_finalise
from minutes.ui.history import install_history
from minutes.ui.import_actions import ImportActions, install_import
from minutes.ui.index_upkeep import install_upkeep
from minutes.ui.users_page import install_users
from minutes.ui.views import select_id

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from minutes.ui.context import UiContext
    from minutes.ui.main_window import MainWindow
    from minutes.ui.search.dialog import SearchDialog

# The search's keys: minutes.ui.search.dialog.SHORTCUTS (a test keeps them equal; that module and its
# dialog load when the search is first opened).
SEARCH_SHORTCUTS = ("Ctrl+K", "Ctrl+F")

# Search hit kind -> the editor section that shows it (by class name: the editor owns its sections).
SECTION_OF_KIND = {
    "meeting": "GeneralSection",
    "agenda_item": "AgendaSection",
    "person": "AttendanceSection",
    "report": "ReportSection",
    "figure": "ReportSection",
    "contribution": "ContributionsSection",
    "conclusion": "ConclusionsSection",
    "recommendation": "RecommendationsSection",
}


def search_action(window: QWidget) -> QAction:
    """Edit → Search everything… on Ctrl+K and Ctrl+F, for ``window`` (not yet connected)."""
    action = QAction(QCoreApplication.translate("SearchDialog", "&Search everything…"), window)
    action.setObjectName("searchEverything")
    action.setShortcuts([QKeySequence(k) for k in SEARCH_SHORTCUTS])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(
        QCoreApplication.translate(
            "SearchDialog",
            "Find meetings, people, reports, contributions, conclusions, recommendations, tasks "
            "and progress notes, accents optional",
        )
    )
    return action


class LazySearch(QObject):
    """Edit → Search everything… (Ctrl+K, Ctrl+F, as :func:`minutes.ui.search.dialog.install_search`
    makes it): the action from the start, the dialog built when first asked for. A child of the window
    (its action calls a slot of it: nothing outside the window keeps the window alive)."""

    def __init__(self, window: MainWindow, ctx: UiContext, board: BoardInstall) -> None:
        super().__init__(window)
        self.window_, self.ctx, self.board = window, ctx, board
        self._dialog: SearchDialog | None = None
        action = search_action(window)
        action.triggered.connect(self.popup)
        window.addAction(action)
        self.action = action

    def dialog(self) -> SearchDialog:
        """The search dialog (built on the first call)."""
        if self._dialog is None:
            from minutes.ui.search.dialog import SearchDialog

            window, board = self.window_, self.board
            dialog = SearchDialog(self.ctx, window)
            dialog.action = self.action  # type: ignore[attr-defined]
            dialog.open_requested.connect(
                lambda kind, meeting_id, task_id, entity_id: open_hit(
                    window, board, kind, meeting_id, task_id, entity_id
                )
            )
            self._dialog = dialog
        return self._dialog

    def popup(self) -> None:
        self.dialog().popup()

    def shutdown(self) -> None:
        if self._dialog is not None:
            self._dialog.shutdown()


class Parts:
    def __init__(
        self,
        export: ExportActions,
        board: BoardInstall,
        search: LazySearch,
        finalise: FinaliseActions,
        imports: ImportActions,
    ) -> None:
        self.export, self.board, self.lazy_search = export, board, search
        self.finalise, self.imports = finalise, imports

    @property
    def search(self) -> SearchDialog:
        """The search dialog (built when first asked for)."""
        return self.lazy_search.dialog()


class _AfterStart(QObject):
    """Runs ``call`` once its window has been painted and its editor has given the open meeting to every
    section; not at all if the window was closed meanwhile. A child of the window, connected by its own
    slots only, so that nothing keeps a closed window alive."""

    def __init__(self, window: MainWindow, call: Callable[[], object]) -> None:
        super().__init__(window)
        self.window_ = window
        self.call = call
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)
        return False

    def _painted(self) -> None:
        editor = self.window_.editor
        if editor.filling():
            editor.filled.connect(self._filled)
        else:
            QTimer.singleShot(0, self, self._run)

    def _filled(self) -> None:
        self.window_.editor.filled.disconnect(self._filled)
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        if self.window_.isVisible():
            self.call()
        self.deleteLater()


def after_start(window: MainWindow, call: Callable[[], object]) -> None:
    """Run ``call`` from the event loop once ``window`` is painted and its editor shows the open meeting
    in every section (the start is over): what the user asked for comes first."""
    _AfterStart(window, call)


def install_parts(window: MainWindow, *, reminders_at_start: bool = True) -> Parts:
    ctx = window.ctx
    export = install_export(window, ctx)
    board = install_board(
        window,
        ctx,
        window.settings,
        reminders_at_start=reminders_at_start and window.settings.reminder_at_start,
    )
    # The board's first opening got ready while the user is idle, once the start is over (prepare.py).
    after_start(window, board.prepare)
    search = LazySearch(window, ctx, board)
    window.actions_.menu("edit").addAction(search.action)
    window.add_shutdown_hook(search.shutdown)
    imports = install_import(window, ctx)
    install_users(window, ctx)
    install_history(window)
    upkeep = install_upkeep(ctx.services.db.engine, window.writer, window)
    if upkeep is not None:
        window.add_shutdown_hook(upkeep.shutdown)
    return Parts(export, board, search, install_finalise(window), imports)


def open_hit(
    window: MainWindow,
    board: BoardInstall,
    kind: str,
    meeting_id: int | None,
    task_id: int | None,
    entity_id: int,
) -> None:
    """Show what a search hit names: a task on the board, anything else in its meeting's minutes."""
    if task_id is not None and kind in ("task", "progress"):
        board.open().show_task(task_id)
        return
    if meeting_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Parts", "This entry belongs to no meeting; search for it in the lists."
            ),
            8000,
        )
        return
    window.open_meeting(meeting_id)
    wanted = SECTION_OF_KIND.get(kind)
    for number, section in enumerate(window.editor.sections, start=1):
        if type(section).__name__ == wanted:
            window.editor.go_to(number)
            reveal(section, kind, entity_id)
            return


def reveal(section: Any, kind: str, ident: int) -> bool:
    """Select the item ``ident`` in a section's list when it has one."""
    select = getattr(section, "select", None)
    if callable(select):
        return bool(select(kind, ident))
    table = getattr(section, "table", None)
    if table is not None:
        return select_id(table, ident)
    return False
