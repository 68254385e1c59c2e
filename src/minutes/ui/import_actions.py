"""File → Import minutes… (Ctrl+Shift+I: one or more Word files), Import a folder of minutes…
(Ctrl+Shift+D) and Imports to review… (Ctrl+Shift+P), wired into the main window's File menu.

One file opens its review screen before anything is saved; several files or a folder are imported in
the background (progress, Cancel, a summary listing what needs review), each reviewable then or later.
Recognising and importing run on the :class:`ImportRunner`'s thread; the window never waits for them.

The click that starts a batch only shows its dialog (a one-frame gap at most, issue 18): the dialog is
made, hidden, in an idle turn after the start is over (:meth:`ImportActions.prepare`, again after each
batch), the importer's modules are loaded by the runner's thread (while the clerk chooses the files, or
before the batch), and the batch starts once the dialog is painted.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message

if TYPE_CHECKING:  # the importer (python-docx, the recogniser, the dialogs) loads on first use, not at start
    from minutes.archive.review_store import Review
    from minutes.ui.import_batch import ImportBatchDialog, ImportListDialog, PendingImportsDialog
    from minutes.ui.import_jobs import ImportRunner
    from minutes.ui.import_review import ImportReviewWindow
    from minutes.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportActions", text)


class ImportActions(QObject):
    #: The batch's dialog is made this long after the start is over, or after a batch's dialog closed.
    PREPARE_AFTER_MS = 1000
    #: Between two steps of :meth:`prepare`: a timer, not a posted call (Qt delivers the calls posted
    #: meanwhile in the same turn, one after the other, so the steps would make one gap again).
    STEP_MS = 5

    def __init__(self, window: MainWindow, ctx: UiContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self._runner: ImportRunner | None = None
        self.batch: ImportBatchDialog | None = None
        self.spare: ImportBatchDialog | None = None  # made before it is needed (prepare)
        self._prepare_steps: list[Callable[[], None]] = []
        self.pending: PendingImportsDialog | None = None
        self.reviews: list[ImportReviewWindow] = []
        self._review_from: ImportListDialog | None = None
        self.files_action = self._action(
            _t("Import &minutes…"), "Ctrl+Shift+I", self.import_files, "importMinutes",
            _t("Read Word minutes or notices (.docx, .doc, .odt) into meetings, reviewing them first"),
        )  # fmt: skip
        self.folder_action = self._action(
            _t("Import a &folder of minutes…"), "Ctrl+Shift+D", self.import_folder, "importMinutesFolder",
            _t("Import every Word document of a folder (and its subfolders) in the background"),
        )  # fmt: skip
        self.pending_action = self._action(
            _t("Imports to re&view…"), "Ctrl+Shift+P", self.show_pending, "importsToReview",
            _t("The imported documents no one has reviewed yet"),
        )  # fmt: skip
        actions = getattr(window, "actions_", None)
        if actions is not None and "file" in getattr(actions, "menus", {}):
            menu = actions.menu("file")
            anchor = getattr(actions, "export_meeting", None)
            for action in (self.files_action, self.folder_action, self.pending_action):
                if anchor is not None:
                    menu.insertAction(anchor, action)
                else:
                    menu.addAction(action)
        window.add_shutdown_hook(self._shutdown)
        if hasattr(window, "editor"):
            from minutes.ui.parts import after_start  # it installs this module

            after_start(window, lambda: QTimer.singleShot(self.PREPARE_AFTER_MS, self, self.prepare))

    # --- made before it is needed -------------------------------------------------------------------
    def prepare(self) -> None:
        """Make the batch's dialog (hidden) for the next batch, one small step per turn of the event loop
        (each a few milliseconds): its modules, the dialog, its style and layout. Nothing if one is ready."""
        if self.spare is not None or self._prepare_steps:
            return
        self._prepare_steps = [
            self._load_jobs_module,
            self._load_dialog_module,
            self._make_spare,
            self._polish_spare,
            self._warm_spare,
        ]
        QTimer.singleShot(self.STEP_MS, self, self._prepare_step)

    def _prepare_step(self) -> None:
        if not self._prepare_steps:
            return
        step = self._prepare_steps.pop(0)
        step()
        if self._prepare_steps:
            QTimer.singleShot(self.STEP_MS, self, self._prepare_step)

    @staticmethod
    def _load_jobs_module() -> None:
        _load_module("minutes.ui.import_jobs")

    @staticmethod
    def _load_dialog_module() -> None:
        _load_module("minutes.ui.import_batch")

    def _make_spare(self) -> None:
        from minutes.ui.import_batch import ImportBatchDialog

        if self.spare is None:
            self.spare = ImportBatchDialog(parent=self.window)

    def _polish_spare(self) -> None:
        spare = self.spare
        if spare is not None:
            spare.ensurePolished()
            for child in spare.findChildren(QWidget):
                child.ensurePolished()
            spare.layout_.activate()

    def _warm_spare(self) -> None:
        """Render the hidden dialog once (its styles' pixmaps and glyphs cached) and make its native
        window: its first show then costs the click 1.6 ms instead of 2-2.4, its first paint 1-2 ms less."""
        spare = self.spare
        if spare is not None:
            spare.grab()
            spare.winId()

    def _take_spare(self) -> ImportBatchDialog:
        """The dialog made beforehand (or one made now); the next one is made once this one closed."""
        self._prepare_steps.clear()
        dialog, self.spare = self.spare, None
        if dialog is None:
            from minutes.ui.import_batch import ImportBatchDialog

            dialog = ImportBatchDialog(parent=self.window)
        dialog.destroyed.connect(self._batch_closed)
        return dialog

    @Slot()
    def _batch_closed(self) -> None:
        QTimer.singleShot(self.PREPARE_AFTER_MS, self, self.prepare)

    @property
    def runner(self) -> ImportRunner:
        """The importer's jobs, made on first use (its modules are not imported at start)."""
        if self._runner is None:
            from minutes.ui.import_jobs import ImportRunner

            self._runner = ImportRunner(self.ctx.services, self)
            self._runner.finished.connect(self._finished)
            self._runner.failed.connect(self._failed)
        return self._runner

    def _shutdown(self) -> None:
        if self._runner is not None:
            self._runner.shutdown()

    def _action(self, text: str, key: str, slot: Any, name: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _c=False: slot())
        self.window.addAction(action)
        return action

    # --- entry points (tests replace the choosers) -------------------------------------------------------
    def choose_files(self) -> list[str]:
        from minutes.archive.convert import CONVERTED  # as minutes.archive.store.SUFFIXES, without the reader

        pattern = _t("Word documents (%1)").replace("%1", " ".join(f"*{s}" for s in (".docx", *CONVERTED)))
        return QFileDialog.getOpenFileNames(self.window, _t("Import minutes"), "", pattern)[0]

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self.window, _t("Import a folder of minutes"))

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, _t("Import minutes"), text)

    # --- actions ------------------------------------------------------------------------------------------
    def import_files(self) -> None:
        self.runner.load_importer()  # while the clerk chooses
        paths = self.choose_files()
        if len(paths) == 1:
            self.window.statusBar().showMessage(_t("Reading %1…").replace("%1", Path(paths[0]).name))
            self._review_from = None
            self.runner.open_file(paths[0])
        elif paths:
            self.start_batch(paths)

    def import_folder(self) -> None:
        self.runner.load_importer()  # while the clerk chooses
        folder = self.choose_folder()
        if folder:
            self.start_batch([folder])

    def start_batch(self, paths: list[str]) -> ImportBatchDialog:
        dialog = self._take_spare()
        dialog.begin(self.runner, paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_requested.connect(lambda meeting_id: self.review_imported(meeting_id, dialog))
        dialog.file_review_requested.connect(lambda path: self.review_file(path, dialog))
        dialog.destroyed.connect(lambda _o=None: setattr(self, "batch", None))
        self.batch = dialog
        dialog.show()
        return dialog

    def show_pending(self) -> PendingImportsDialog:
        from minutes.ui.import_batch import PendingImportsDialog

        infos = self.runner.service().pending_review()
        if self.pending is None:
            self.pending = PendingImportsDialog(infos, self.window)
            self.pending.review_requested.connect(
                lambda meeting_id: self.review_imported(meeting_id, self.pending)
            )
        else:
            self.pending.show_infos(infos)
        self.pending.show()
        self.pending.raise_()
        return self.pending

    def review_file(self, path: str, source: ImportListDialog | None = None) -> None:
        self._review_from = source
        self.window.statusBar().showMessage(_t("Reading %1…").replace("%1", Path(path).name))
        self.runner.open_file(path)

    def review_imported(self, meeting_id: int, source: ImportListDialog | None = None) -> None:
        self._review_from = source
        self.window.statusBar().showMessage(
            _t("Reading the original of meeting %1…").replace("%1", str(meeting_id))
        )
        self.runner.open_imported(meeting_id)

    # --- results -------------------------------------------------------------------------------------
    @Slot(str, object)
    def _finished(self, what: str, result: object) -> None:
        from minutes.archive.review_store import Review

        if what == "review" and isinstance(result, Review):
            self.window.statusBar().clearMessage()
            self.open_review(result)

    @Slot(str, object)
    def _failed(self, what: str, exc: object) -> None:
        if what == "review":
            self.window.statusBar().clearMessage()
            self.show_error(user_message(exc if isinstance(exc, BaseException) else RuntimeError(str(exc))))

    def open_review(self, review: Review) -> ImportReviewWindow:
        from minutes.ui.import_review import ImportReviewWindow

        screen = ImportReviewWindow(self.runner.service(), review, self.window)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        source = self._review_from
        path = review.source_path if review.meeting_id is None else ""
        screen.saved.connect(lambda new, old: self._saved(new, old, source, path))
        screen.destroyed.connect(
            lambda _o=None: self.reviews.remove(screen) if screen in self.reviews else None
        )
        self.reviews.append(screen)
        screen.show()
        return screen

    def _saved(self, meeting_id: int, replaced: int, source: ImportListDialog | None, path: str = "") -> None:
        if source is not None and (replaced >= 0 or path):
            try:
                source.drop_row(replaced if replaced >= 0 else None, meeting_id, path)
            except RuntimeError:  # the list was closed meanwhile
                pass
        if self.pending is not None and self.pending is not source:
            self.pending.show_infos(self.runner.service().pending_review())
        if hasattr(self.window, "list_pane"):
            self.window.list_pane.refresh()
        if hasattr(self.window, "open_meeting"):
            self.window.open_meeting(meeting_id)
        self.window.statusBar().showMessage(_t("Meeting %1 saved from the reviewed document").replace(
            "%1", str(meeting_id)), 8000)  # fmt: skip


def _load_module(name: str) -> None:
    """Import ``name`` once, without PySide6's import hook; what it made is kept out of the collector's
    sight (it lives until exit). Nothing, not even the freeze, when it is loaded already: a freeze then
    would only keep the garbage of the moment alive for good."""
    if name in sys.modules:
        return
    from minutes.ui.launch import modules_kept, plain_imports

    with plain_imports(), modules_kept():
        importlib.import_module(name)


def install_import(window: MainWindow, ctx: UiContext) -> ImportActions:
    return ImportActions(window, ctx)
