"""The task board's own window (the list and the overview) and how the main window gets it.

The shell calls :func:`install_board` once after building the main window: it adds the board's actions
to the Tasks menu (the board, a follow-up meeting, the reminders, my units), shows the reminders at
start without blocking, and opens the minutes at a task's source item when the board asks.
:func:`open_board` opens (or raises) the board window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from minutes.ui.context import UiContext
from minutes.ui.screen_fit import place
from minutes.ui.settings import Settings

if TYPE_CHECKING:  # the board's screens and service load when first opened, not with the main window
    from minutes.services.board import TaskFilter
    from minutes.ui.board.filters import FilterBar
    from minutes.ui.board.overview import OverviewPanel
    from minutes.ui.board.prepare import BoardPrep
    from minutes.ui.board.reminders import RemindersDialog

SHORTCUT_BOARD = "Ctrl+Shift+T"
SHORTCUT_FOLLOW_UP = "Ctrl+Shift+N"
SHORTCUT_REMINDERS = "Ctrl+Shift+J"

#: SourceKind -> the editor section that shows it (by class name: the editor owns its sections).
SECTION_OF_SOURCE = {
    "conclusion": "ConclusionsSection",
    "recommendation": "RecommendationsSection",
    "contribution": "ContributionsSection",
}


class BoardWindow(QWidget):
    """The task list and the leaders' overview, in their own window beside the minutes."""

    open_source = Signal(int, object, object)
    hidden = Signal()  # closed by the user (kept for the next opening): its geometry is remembered

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        read: bool = True,
        filters: FilterBar | None = None,
    ) -> None:
        """``read=False``: made ahead, hidden; its list is read when first shown (:meth:`showEvent`);
        ``filters``: the list's filter bar, made ahead."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("boardWindow")
        self.setWindowTitle(self.tr("Task board"))
        self.ctx = ctx
        from minutes.ui.board.board import TaskBoard

        self.board = TaskBoard(ctx, self, settings, read=read, filters=filters)
        # The overview (its charts, their module and its counting thread) is made when its tab is first
        # chosen: the board's first opening waited for it while it stayed hidden.
        self._overview: OverviewPanel | None = None
        self._overview_page = QWidget(self)
        self._overview_page.setObjectName("boardOverviewPending")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("boardTabs")
        self.tabs.addTab(self.board, self.tr("&Tasks"))
        self.tabs.addTab(self._overview_page, self.tr("&Overview"))
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.board.filter_changed.connect(self._follow_filter)
        self.board.open_source.connect(self.open_source)
        for keys in ("Ctrl+W", "Esc"):  # closed from the keyboard, like the other windows
            QShortcut(QKeySequence(keys), self, self.close)

    @property
    def overview(self) -> OverviewPanel:
        """The overview tab's panel (made, in its tab, when first asked for)."""
        return self._overview if self._overview is not None else self._make_overview()

    def _make_overview(self) -> OverviewPanel:
        from minutes.ui.board.overview import OverviewPanel

        panel = OverviewPanel(self.ctx, self)
        panel.set_filter(self.board.current_filter())
        panel.filter_requested.connect(self.show_filter)
        self._overview = panel
        number = self.tabs.indexOf(self._overview_page)
        current = self.tabs.currentIndex() == number
        text = self.tabs.tabText(number)
        self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(number, panel, text)
            self.tabs.removeTab(number + 1)
            if current:
                self.tabs.setCurrentWidget(panel)  # shown: it counts (OverviewPanel.showEvent)
        finally:
            self.tabs.blockSignals(False)
        self._overview_page.deleteLater()
        return panel

    def _tab_chosen(self, number: int) -> None:
        if self._overview is None and self.tabs.widget(number) is self._overview_page:
            self._make_overview()

    def _follow_filter(self, f: TaskFilter) -> None:
        if self._overview is not None:
            self._overview.set_filter(f)

    def show_filter(self, f: TaskFilter) -> None:
        """List ``f``'s tasks (a chart bar, the reminders)."""
        self.board.set_filter(f)
        self.tabs.setCurrentWidget(self.board)

    def show_task(self, task_id: int) -> None:
        self.tabs.setCurrentWidget(self.board)
        self.board.show_task(task_id)

    def shutdown(self) -> None:
        """Wait for the background counts (the shell calls this before the database closes)."""
        self.board.shutdown()
        if self._overview is not None:
            self._overview.shutdown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.board.read_unread()  # made ahead: read now, before the first paint
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.hide()  # kept for the next opening: filter, order and scroll stay where the user left them
        self.hidden.emit()
        event.ignore()


class BoardInstall:
    """What :func:`install_board` added to a main window (kept alive by the window)."""

    def __init__(self, window: Any, ctx: UiContext, settings: Settings) -> None:
        self.window, self.ctx, self.settings = window, ctx, settings
        self.board_window: BoardWindow | None = None
        self.prep: BoardPrep | None = None
        self.reminders: RemindersDialog | None = None
        self.open_action = self._action(
            QCoreApplication.translate("BoardWindow", "Task &board"),
            SHORTCUT_BOARD,
            self.open,
            "openTaskBoard",
            QCoreApplication.translate(
                "BoardWindow", "Every task of every meeting: filter, follow up, export"
            ),
        )
        self.follow_up_action = self._action(
            QCoreApplication.translate("BoardWindow", "Start a &follow-up meeting…"),
            SHORTCUT_FOLLOW_UP,
            self.follow_up,
            "startFollowUp",
            QCoreApplication.translate(
                "BoardWindow", "A new meeting of the same body that first reviews the tasks still open"
            ),
        )
        self.reminders_action = self._action(
            QCoreApplication.translate("BoardWindow", "&Reminders…"),
            SHORTCUT_REMINDERS,
            self.show_reminders,
            "showReminders",
            QCoreApplication.translate("BoardWindow", "Tasks of my units overdue or due within a week"),
        )
        self.units_action = self._action(
            QCoreApplication.translate("BoardWindow", "My &units…"),
            None,
            self.choose_units,
            "chooseMyUnits",
            QCoreApplication.translate("BoardWindow", "The units whose tasks you are reminded of"),
        )
        actions = getattr(window, "actions_", None)
        if actions is not None and "tasks" in getattr(actions, "menus", {}):
            menu = actions.menu("tasks")
            menu.addSeparator()
            for action in (self.open_action, self.follow_up_action, self.reminders_action, self.units_action):
                menu.addAction(action)

    def _action(self, text: str, shortcut: str | None, slot: Any, name: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # --- the board window ----------------------------------------------------------------------------
    def make_window(self, *, read: bool = True, filters: FilterBar | None = None) -> BoardWindow:
        """The board's window, made once (hidden; ``read=False``: its list read when first shown;
        ``filters``: its filter bar, made ahead)."""
        if self.board_window is None:
            self.board_window = BoardWindow(self.ctx, self.window, self.settings, read=read, filters=filters)
            self.board_window.open_source.connect(self.open_source)
            place(self.board_window, self.settings.board_geometry, QSize(1400, 860))
            self.board_window.hidden.connect(self._remember_geometry)
        return self.board_window

    def prepare(self) -> BoardPrep:
        """Get the board's first opening ready while the user is idle (see
        :mod:`minutes.ui.board.prepare`); the shell calls this once the start is over."""
        if self.prep is None:
            from minutes.ui.board.prepare import BoardPrep

            self.prep = BoardPrep(self)
            self.prep.start()
        return self.prep

    def open(self) -> BoardWindow:
        if self.prep is not None:
            self.prep.stop()  # what is left is done now, by the opening itself
        self.make_window()
        assert self.board_window is not None
        self.board_window.show()
        self.board_window.raise_()
        self.board_window.activateWindow()
        return self.board_window

    def _remember_geometry(self) -> None:
        if self.board_window is not None:
            self.settings.board_geometry = bytes(self.board_window.saveGeometry().data())

    def open_source(self, meeting_id: int, kind: str | None, ident: int | None) -> None:
        """Open the minutes at the item a task was assigned in (best effort on the editor's side)."""
        window = self.window
        if hasattr(window, "open_meeting"):
            window.open_meeting(meeting_id)
        window.raise_()
        window.activateWindow()
        editor = getattr(window, "editor", None)
        wanted = SECTION_OF_SOURCE.get(kind or "")
        if editor is None or wanted is None:
            return
        for number, section in enumerate(getattr(editor, "sections", []), start=1):
            if type(section).__name__ == wanted:
                editor.go_to(number)
                select = getattr(section, "select", None)
                if callable(select):
                    select(kind, ident)
                return

    def shutdown(self) -> None:
        if self.prep is not None:
            self.prep.stop()
        if self.board_window is not None:
            self.board_window.shutdown()

    # --- follow-up, reminders ------------------------------------------------------------------------
    def follow_up(self) -> int | None:
        editor = getattr(self.window, "editor", None)
        previous = getattr(editor, "meeting_id", None)
        if previous is None:
            return None
        from minutes.ui.board.followup import FollowUpDialog

        new = FollowUpDialog.ask(self.window, self.ctx, previous)
        if new is not None and hasattr(self.window, "open_meeting"):
            self.window.open_meeting(new)
        return new

    def show_reminders(self) -> RemindersDialog:
        from minutes.ui.board.reminders import RemindersDialog

        if self.reminders is None:
            self.reminders = RemindersDialog(self.ctx, self.settings, self.window)
            self._connect(self.reminders)
        else:
            self.reminders.refresh()
        self.reminders.show()
        self.reminders.raise_()
        return self.reminders

    def reminders_at_start(self) -> RemindersDialog | None:
        from minutes.ui.board.reminders import show_reminders_at_start

        dialog = show_reminders_at_start(self.window, self.ctx, self.settings)
        if dialog is not None:
            self.reminders = dialog
            self._connect(dialog)
        return dialog

    def _connect(self, dialog: RemindersDialog) -> None:
        dialog.board_requested.connect(lambda f: self.open().show_filter(f))
        dialog.task_requested.connect(lambda task_id: self.open().show_task(task_id))

    def choose_units(self) -> None:
        from minutes.ui.board.reminders import UnitsDialog

        chosen = UnitsDialog.ask(
            self.window, self.ctx.services.directory.list_units(), tuple(self.settings.reminder_unit_ids)
        )
        if chosen is not None:
            self.settings.reminder_unit_ids = chosen
            self.settings.sync()
            if self.reminders is not None:
                self.reminders.refresh()


def install_board(
    window: Any, ctx: UiContext, settings: Settings | None = None, *, reminders_at_start: bool = True
) -> BoardInstall:
    """Give the main window the task board (see the module's docstring). A second call returns the first
    install (one set of actions and shortcuts per window)."""
    existing: BoardInstall | None = getattr(window, "_board_install", None)
    if existing is not None:
        return existing
    install = BoardInstall(window, ctx, settings or getattr(window, "settings", None) or Settings())
    window._board_install = install  # kept alive with the window
    add_hook = getattr(window, "add_shutdown_hook", None)
    if callable(add_hook):
        add_hook(install.shutdown)
    if reminders_at_start:
        QTimer.singleShot(0, install.reminders_at_start)
    return install


def open_board(window: Any, ctx: UiContext) -> BoardWindow:
    """Open the task board beside ``window`` (installing it first if needed); returns its window."""
    install: BoardInstall | None = getattr(window, "_board_install", None)
    if install is None:
        install = install_board(window, ctx, reminders_at_start=False)
    return install.open()
