"""The parts of the application built beside the shell, wired into the main window: official documents
and the import of Word minutes (File menu), the task board and reminders (Tasks menu), and the global search (Edit menu), whose hits
open the meeting at the item found."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from minutes.ui.board.window import BoardInstall, install_board
from minutes.ui.export_actions import ExportActions, install_export
from minutes.ui.finalise_ui import FinaliseActions, install_finalise
from minutes.ui.history import install_history
from minutes.ui.import_actions import ImportActions, install_import
from minutes.ui.search.dialog import SearchDialog, install_search
from minutes.ui.users_page import install_users
from minutes.ui.views import select_id

if TYPE_CHECKING:
    from minutes.ui.main_window import MainWindow

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


@dataclass
class Parts:
    export: ExportActions
    board: BoardInstall
    search: SearchDialog
    finalise: FinaliseActions
    imports: ImportActions


def install_parts(window: MainWindow, *, reminders_at_start: bool = True) -> Parts:
    ctx = window.ctx
    export = install_export(window, ctx)
    board = install_board(
        window,
        ctx,
        window.settings,
        reminders_at_start=reminders_at_start and window.settings.reminder_at_start,
    )
    search = install_search(window, ctx)
    action = search.action  # type: ignore[attr-defined]
    window.actions_.menu("edit").addAction(action)
    search.open_requested.connect(
        lambda kind, meeting_id, task_id, entity_id: open_hit(
            window, board, kind, meeting_id, task_id, entity_id
        )
    )
    window.add_shutdown_hook(search.shutdown)
    imports = install_import(window, ctx)
    install_users(window, ctx)
    install_history(window)
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
