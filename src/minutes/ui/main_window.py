"""The main window: the meetings list on the left, the open meeting's editor on the right, menus, a
toolbar and a status bar that says when the last change was saved.

The window owns the single :class:`BackgroundWriter` of the session. Closing it (or the application
quitting) saves every field at once, waits for the writer to finish and stops it: nothing typed is lost.
When a save has not committed (the database is locked, full or read-only), closing the window or opening
another meeting asks first (:meth:`MainWindow.ask_unsaved`); the text is kept meanwhile (retried, and in
the draft spool, which the next start offers back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minutes import __version__
from minutes.db import faults
from minutes.draft_spool import DraftSpool, database_identity
from minutes.errors import ConflictError, DatabaseDamaged, UserError
from minutes.services.dto import MeetingDetail
from minutes.ui.context import UiContext
from minutes.ui.editor.editor import MeetingEditor
from minutes.ui.errors_i18n import user_message
from minutes.ui.main_actions import MainActions
from minutes.ui.meeting_list import MeetingListPane
from minutes.ui.pending import Pending
from minutes.ui.roles import install_roles
from minutes.ui.save_status import SaveStatus, describe
from minutes.ui.screen_fit import place
from minutes.ui.settings import Settings
from minutes.ui.shortcut_guard import guard_shortcuts
from minutes.ui.shortcuts_dialog import ShortcutsDialog
from minutes.ui.waiting import NotRun, wait_for
from minutes.ui.writer import BackgroundWriter


class EmptyPage(QWidget):
    """What the right side shows when no meeting is open: how to start."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("emptyPage")
        self.services = window.ctx.services
        self.heading = QLabel(self.tr("No meeting is open"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(
            self.tr(
                "Choose a meeting from the list, or start the minutes of a new one. "
                "Everything you type is saved as you go."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New meeting (Ctrl+N)"), self)
        self.new_button.setObjectName("emptyNewMeeting")
        self.new_button.clicked.connect(window.new_meeting)
        self.demo_button = QPushButton(self.tr("Load the example meeting"), self)
        self.demo_button.setObjectName("emptyLoadDemo")
        self.demo_button.clicked.connect(window.load_demo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        inner = QVBoxLayout()
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addLayout(buttons)
        box = QWidget(self)
        box.setLayout(inner)
        box.setFixedWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """The example is offered while the database holds no meeting: counted when the page shows (a
        start that reopens the last meeting never shows it, and asks nothing)."""
        super().showEvent(event)
        self.demo_button.setVisible(self.services.demo.is_empty())


class MainWindow(QMainWindow):
    #: A damaged database met while the window works (minutes.ui.session offers a backup).
    damaged = Signal(object)
    #: True once someone handles ``damaged`` (the session); else the damage is only said in words.
    receivers_damaged = False

    def __init__(self, ctx: UiContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = settings
        self._shut_down = False
        self._shutdown_hooks: list[Callable[[], object]] = []
        self.setWindowTitle(self.tr("Minutes"))
        database = database_identity(ctx.services.db)
        self.writer = BackgroundWriter(self, database=database)
        self.writer.pending.spool = DraftSpool.for_database(database, ctx.services.actor.name)
        ctx.undo_stack.runner = self.writer  # undo and redo run behind the saves, off the GUI thread

        self.list_pane = MeetingListPane(ctx, self)
        self.editor = MeetingEditor(
            ctx, self.writer, self, save_ms=settings.save_delay, draft_ms=settings.draft_delay
        )
        self.empty_page = EmptyPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_pane)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.list_pane.setMinimumWidth(240)
        self.splitter.setSizes([340, 900])
        self.setCentralWidget(self.splitter)

        self.save_status = SaveStatus(self.writer, self.statusBar())
        self.actions_ = MainActions(self)
        self.shortcut_guard = guard_shortcuts(self)  # Ctrl+K searches, even in a line edit on Linux
        self.actions_.language_vi.setChecked(settings.language == "vi")
        self.actions_.language_en.setChecked(settings.language == "en")
        # the status bar names who is signed in; what the role may not do is disabled, saying why
        self.roles = install_roles(self)

        self.list_pane.meeting_chosen.connect(self.open_meeting)
        for name in ("meeting", "tasks"):  # their entries act on the editor's sections: every one filled
            menu = self.actions_.menus.get(name)
            if menu is not None:
                menu.aboutToShow.connect(self.editor.fill_now)
        self.editor.meeting_loaded.connect(self._meeting_loaded)
        self.editor.read_failed.connect(self._read_failed)
        self.editor.read_failures_handled = True
        self.editor.meeting_edited.connect(self._show_title)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._restore_layout()
        self._meeting_loaded(None)

    # --- meetings ------------------------------------------------------------------------------
    def open_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.editor.meeting_id and self.editor.meeting_id is not None:
            # a conflict waiting for the user's choice is kept and shown again, not a reason to ask
            pending = [e for e in self.unsaved() if not isinstance(e.error, ConflictError)]
            if pending and not self.ask_unsaved(describe(pending), closing=False):
                self.list_pane.select(self.editor.meeting_id)
                return
        self.editor.open_meeting(meeting_id)
        self.list_pane.select(self.editor.meeting_id)

    def open_last_meeting(self) -> None:
        """At start: the meeting open at the last exit, else the newest one (the list loads meanwhile)."""
        meetings = self.ctx.services.meetings
        last = self.settings.last_meeting_id
        if last:
            # read once: the editor opens nothing when the meeting is gone (it used to be read twice,
            # once to check it is there: 150-175 ms of every start on the busiest meeting)
            try:
                self.open_meeting(last)
            except UserError:
                pass  # not readable now: the newest meeting instead, as when it is gone
            if self.editor.meeting_id is not None:
                return
        newest = meetings.list_meetings(limit=1)
        if newest:
            self.open_meeting(newest[0].id)

    def new_meeting(self) -> None:
        self.editor.flush()
        today = self.ctx.services.db.today()
        try:
            meeting_id = self.ctx.services.meetings.create(self.tr("New meeting"), today)
        except UserError as exc:
            self.show_error(exc)
            return
        self.open_meeting(meeting_id)  # the list adds the meeting from the change notice
        title = self.editor.general.title_edit
        title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        title.selectAll()

    def delete_meeting(self) -> None:
        meeting = self.editor.meeting
        if meeting is None:
            return
        if not self.confirm(
            self.tr("Delete meeting"),
            self.tr(
                "Delete “%1” and everything recorded in it (attendance, contributions, "
                "conclusions, recommendations and tasks)? This cannot be undone."
            ).replace("%1", meeting.title),
        ):
            return
        self.editor.flush()
        model = self.list_pane.model
        row = model.row_of(meeting.id)
        following = model.id_at(row + 1) if model.id_at(row + 1) is not None else model.id_at(row - 1)
        meetings, ident = self.ctx.services.meetings, meeting.id
        try:  # behind the saves queued for it, off the GUI thread
            wait_for(self.writer, ("delete meeting", ident), lambda: meetings.delete(ident))
        except UserError as exc:
            self.show_error(exc)
            return
        except NotRun:  # the window is closing
            return
        self.ctx.undo_stack.clear()  # the Edit menu follows (the deleted meeting's history is out of reach)
        self.editor.open_meeting(following)
        self.list_pane.select(following)  # the list removes the meeting from the change notice

    def step_meeting(self, step: int) -> None:
        model = self.list_pane.model
        row = model.row_of(self.editor.meeting_id) + step
        if 0 <= row < model.rowCount():
            self.open_meeting(model.id_at(row))

    def go_to_section(self, number: int) -> None:
        self.editor.go_to(number)

    def save_now(self) -> None:
        self.editor.flush()
        try:  # every save queued before this one is written and answered when it comes back
            wait_for(self.writer, "save now", lambda: None)
        except NotRun:
            return
        if self.save_status.error.isHidden():
            self.save_status.mark_saved(datetime.now())

    def load_demo(self) -> None:
        try:
            if not self.ctx.services.demo.is_empty() and not self.confirm(
                self.tr("Load the example meeting"),
                self.tr("The database already holds meetings. Load the example meeting as one more meeting?"),
            ):
                return
            meeting_id = self.ctx.services.demo.load()
        except UserError as exc:
            self.show_error(exc)
            return
        self.list_pane.refresh()
        self.open_meeting(meeting_id)

    def import_meeting(self) -> None:
        path = self.choose_file(self.tr("Import meeting"), save=False)
        if not path:
            return
        try:
            meeting_id = self.ctx.services.interchange.import_file(path)
        except UserError as exc:
            self.show_error(exc)
            return
        self.list_pane.refresh()
        self.open_meeting(meeting_id)
        self.statusBar().showMessage(self.tr("Meeting imported from %1").replace("%1", Path(path).name), 8000)

    def export_meeting(self) -> None:
        meeting = self.editor.meeting
        if meeting is None:
            return
        path = self.choose_file(
            self.tr("Export meeting"), save=True, suggested=f"{meeting.meeting_date:%Y-%m-%d}.json"
        )
        if not path:
            return
        self.save_now()
        try:
            self.ctx.services.interchange.dump_to_file(meeting.id, path)
        except (UserError, OSError) as exc:
            self.show_error(exc)
            return
        self.statusBar().showMessage(self.tr("Meeting written to %1").replace("%1", path), 8000)

    def unsaved(self) -> list[Pending]:
        """Save every field now and wait for the writer; what is still not committed afterwards."""
        self.editor.flush()
        for _round in range(3):  # a commit may hand over newer text typed meanwhile: write that too
            self.writer.drain()
            QCoreApplication.sendPostedEvents(self.writer, 0)  # the writer's answers (not other events)
            if not any(e.inflight is not None for e in self.writer.pending.entries()):
                break
        return self.writer.pending.entries()

    # --- dialogs (small entry points tests replace) ----------------------------------------------
    def ask_unsaved(self, fields: str, *, closing: bool) -> bool:
        """Something typed is not saved yet: close the window (``closing``) or open another meeting anyway?"""
        if closing:
            text = self.tr(
                "Not saved yet: %1.\n\nThe database does not accept the text at the moment. If you close "
                "now, the text is kept on this computer and offered back at the next start. Close anyway?"
            )
        else:
            text = self.tr(
                "Not saved yet: %1.\n\nThe text is kept and saved as soon as the database accepts it, also "
                "after you open another meeting. Open the other meeting anyway?"
            )
        return self.confirm(self.tr("Not saved yet"), text.replace("%1", fields))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_file(self, title: str, *, save: bool, suggested: str = "") -> str:
        pattern = self.tr("Meeting files (*.json)")
        if save:
            return QFileDialog.getSaveFileName(self, title, suggested, pattern)[0]
        return QFileDialog.getOpenFileName(self, title, "", pattern)[0]

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Minutes"), user_message(exc))

    def _read_failed(self, exc: BaseException) -> None:
        """A background read of the open meeting failed: a damaged file goes to whoever opened the
        database (it offers the latest good backup); any other fault is said in words."""
        if not faults.is_database_error(exc) and not isinstance(exc, UserError):
            raise exc  # a bug: the crash handler reports it
        error = exc if isinstance(exc, UserError) else faults.user_error(exc, self.writer.database)
        if isinstance(error, DatabaseDamaged) and self.receivers_damaged:
            self.damaged.emit(error)
            return
        self.show_error(error)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.menuBar(), self).open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Minutes"),
            self.tr(
                "<h3>Minutes %1</h3><p>Meeting minutes and task tracking for formal meetings of "
                "government and Party bodies.</p><p>Everything you type is saved as you type; after "
                "an unexpected stop the next start offers to restore unsaved text.</p>"
            ).replace("%1", __version__),
        )

    # --- view ----------------------------------------------------------------------------------
    def toggle_list(self) -> None:
        visible = not self.list_pane.isVisible()
        self.list_pane.setVisible(visible)
        self.actions_.toggle_list.setChecked(visible)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_.full_screen.setChecked(self.isFullScreen())

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.statusBar().showMessage(
            self.tr("The language changes the next time the application starts."), 10000
        )

    def _meeting_loaded(self, meeting: MeetingDetail | None) -> None:
        self.stack.setCurrentWidget(self.editor if meeting is not None else self.empty_page)
        for action in (self.actions_.delete_meeting, self.actions_.export_meeting, *self.actions_.go_to):
            action.setEnabled(meeting is not None)
        self._show_title(meeting)

    def _show_title(self, meeting: MeetingDetail | None) -> None:
        if meeting is not None:
            self.setWindowTitle(self.tr("%1 - Minutes").replace("%1", meeting.title))
        else:
            self.setWindowTitle(self.tr("Minutes"))

    # --- life cycle ----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        place(self, self.settings.window_geometry, QSize(1280, 820))  # within the screen (1366×768 too)
        if self.settings.window_state:
            self.restoreState(self.settings.window_state)  # toolbar shown or hidden
        if self.settings.splitter_state:
            self.splitter.restoreState(self.settings.splitter_state)

    def _save_layout(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        self.settings.splitter_state = bytes(self.splitter.saveState().data())
        self.settings.last_meeting_id = self.editor.meeting_id or 0
        meeting = self.editor.meeting
        self.settings.last_meeting_title = meeting.title if meeting is not None else ""
        self.settings.sync()

    def shutdown(self) -> None:
        """Save every field, write everything queued, stop the writer. Safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        app = QCoreApplication.instance()
        if app is not None:
            try:
                app.aboutToQuit.disconnect(self.shutdown)
            except (RuntimeError, TypeError):
                pass
        self.editor.flush()
        self.writer.drain()
        self.writer.close()
        self.editor.shutdown()
        self.list_pane.shutdown()
        for hook in self._shutdown_hooks:
            hook()
        self._save_layout()
        self.ctx.bus.close()

    def add_shutdown_hook(self, hook: Callable[[], object]) -> None:
        """Run ``hook`` when the window shuts down, after everything typed is saved (a part that keeps a
        worker thread stops it there)."""
        self._shutdown_hooks.append(hook)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._shut_down:
            pending = self.unsaved()
            if pending:
                self.writer.pending.retry_now()  # one more try before asking
                pending = self.unsaved()
            if pending and not self.ask_unsaved(describe(pending), closing=True):
                event.ignore()
                return
        self.shutdown()
        event.accept()
