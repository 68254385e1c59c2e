"""The main window's entries for official documents: "Official documents…" (Ctrl+P) and
"Organisation profile…". One call wires them::

    from minutes.ui.export_actions import install_export
    self.export_actions = install_export(self, ctx)

The actions go into the File menu (before Quit) when the window has ``actions_.menu("file")``; the open
meeting comes from ``window.editor.meeting_id`` and the profile dialog saves through ``window.writer``
when those exist (both can be given explicitly). The task board opens the status report of its filter
with :func:`minutes.ui.export_dialog.open_export_dialog` (``tasks=``, ``subject=``, ``period=``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from minutes.ui.context import UiContext
from minutes.ui.waiting import NotRun, wait_for
from minutes.ui.writer import BackgroundWriter

if TYPE_CHECKING:  # the dialogs (and python-docx under them) are imported when first opened, not at start
    from minutes.ui.export_dialog import ExportDialog
    from minutes.ui.profile_dialog import ProfileDialog


def _window_meeting(window: QWidget) -> Callable[[], int | None]:
    def current() -> int | None:
        editor = getattr(window, "editor", None)
        meeting_id = getattr(editor, "meeting_id", None)
        return meeting_id if isinstance(meeting_id, int) else None

    return current


class ExportActions(QObject):
    def __init__(self, window: QWidget, ctx: UiContext, current_meeting: Callable[[], int | None],
                 writer: BackgroundWriter | None) -> None:  # fmt: skip
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.current_meeting = current_meeting
        self.writer = writer
        self.dialog: ExportDialog | None = None
        self.profile_dialog: ProfileDialog | None = None
        self.documents = QAction(self.tr("Official &documents…"), window)
        self.documents.setObjectName("officialDocuments")
        self.documents.setShortcut(QKeySequence("Ctrl+P"))
        self.documents.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.documents.setStatusTip(self.tr("Export, preview or print the minutes, the conclusion notice, the task "
                                            "plan or the status report of the open meeting"))  # fmt: skip
        self.documents.triggered.connect(lambda _checked=False: self.open_documents())
        self.profile = QAction(self.tr("Organisation &profile…"), window)
        self.profile.setObjectName("organisationProfile")
        self.profile.setStatusTip(self.tr("Names, codes, signers and recipients printed on the documents"))
        self.profile.triggered.connect(lambda _checked=False: self.open_profile())
        window.addAction(self.documents)
        window.addAction(self.profile)
        loaded = getattr(getattr(window, "editor", None), "meeting_loaded", None)
        if loaded is not None:  # enabled only while a meeting is open
            loaded.connect(lambda *_args: self.documents.setEnabled(self.current_meeting() is not None))
            self.documents.setEnabled(self.current_meeting() is not None)

    def open_documents(self) -> ExportDialog | None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            status_bar = getattr(self.window, "statusBar", None)
            if callable(status_bar):
                status_bar().showMessage(self.tr("Open a meeting first: the documents are made from its minutes."),
                                         8000)  # fmt: skip
            return None
        flush = getattr(getattr(self.window, "editor", None), "flush", None)
        if callable(flush):
            flush()  # what was just typed is in the document
        if self.writer is not None:
            try:  # the saves queued before are written (the window keeps painting meanwhile)
                wait_for(self.writer, "before export", lambda: None)
            except NotRun:
                return None
        from minutes.ui.export_dialog import open_export_dialog

        self.dialog = open_export_dialog(self.window, self.ctx, meeting_id=meeting_id)
        return self.dialog

    def open_profile(self) -> ProfileDialog:
        """The profile dialog, on the open meeting's organising unit's profile when it has one."""
        profile_id = None
        meeting_id = self.current_meeting()
        if meeting_id is not None:
            unit_id = self.ctx.services.meetings.get(meeting_id).organisation_id
            found = self.ctx.services.profile.for_unit(unit_id) if unit_id is not None else None
            profile_id = found.id if found is not None else None
        from minutes.ui.profile_dialog import open_profile_dialog

        self.profile_dialog = open_profile_dialog(self.window, self.ctx, self.writer, profile_id)
        return self.profile_dialog


def install_export(window: QWidget, ctx: UiContext, *, current_meeting: Callable[[], int | None] | None = None,
                   writer: BackgroundWriter | None = None) -> ExportActions:  # fmt: skip
    """Add the documents and profile actions to ``window`` (and its File menu when it has one).

    Idempotent: a window that has them already gets the same :class:`ExportActions` back."""
    existing = window.findChild(ExportActions)
    if existing is not None:
        return existing
    found = getattr(window, "writer", None)
    actions = ExportActions(window, ctx, current_meeting or _window_meeting(window),
                            writer or (found if isinstance(found, BackgroundWriter) else None))  # fmt: skip
    menus = getattr(window, "actions_", None)
    menu = menus.menu("file") if menus is not None and hasattr(menus, "menu") else None
    if menu is not None:
        quit_action = next((a for a in menu.actions() if a.objectName() == "quit"), None)
        before = quit_action
        if quit_action is not None:
            listed = menu.actions()
            index = listed.index(quit_action)
            if index and listed[index - 1].isSeparator():
                before = listed[index - 1]
        for action in (actions.documents, actions.profile):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        separator = menu.insertSeparator(actions.documents)
        separator.setObjectName("officialDocumentsSeparator")
    return actions
