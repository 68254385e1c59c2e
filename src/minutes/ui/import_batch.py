"""File → Import minutes…: a folder (or several files) imported in the background with a progress bar
and Cancel, then a summary of every file (imported, duplicate of a meeting, failed, cancelled) with
what needs review; and File → Imports to review…: every imported meeting a clerk has not reviewed yet.
From either list, Enter (or Review) opens the review screen of the chosen meeting.

Rows are formatted once (``data()`` does no work); the window never waits for the import. This module
loads none of the importer (python-docx, the recogniser: minutes.ui.import_jobs.load_importer), so the
batch's dialog can be made before the clerk asks for it (:class:`ImportBatchDialog` without a batch,
given one with :meth:`ImportBatchDialog.begin`) and shown at once; the batch starts once it is painted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.ui.errors_i18n import user_message

if TYPE_CHECKING:  # the importer's modules: loaded by the runner's thread, not with this dialog
    from minutes.archive.store import BatchSummary, FileOutcome, ImportInfo
    from minutes.ui.import_jobs import ImportRunner

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportBatch", text)


@dataclass(frozen=True)
class ImportRow:
    meeting_id: int | None  # the meeting to review (None: nothing to review)
    file: str
    result: str
    check: str
    path: str = ""
    retry: bool = False  # not imported, but the file can be opened for review (e.g. to type its date)


def outcome_row(outcome: FileOutcome) -> ImportRow:
    name = Path(outcome.path).name
    check = _t("To check: %1").replace("%1", str(len(outcome.review))) if outcome.review else ""
    if outcome.status == "imported":
        result = _t("Imported as meeting %1").replace("%1", str(outcome.meeting_id))
        return ImportRow(outcome.meeting_id, name, result, check, outcome.path)
    if outcome.status == "duplicate":
        result = _t("Already imported: meeting %1").replace("%1", str(outcome.duplicate_of))
        return ImportRow(None, name, result, "", outcome.path)
    if outcome.status == "failed":
        why = (
            user_message(outcome.error) if outcome.error is not None else _t("unexpected error; see the log")
        )
        return ImportRow(None, name, _t("Not imported: %1").replace("%1", why), "", outcome.path, retry=True)
    return ImportRow(None, name, _t("Not imported: cancelled"), "", outcome.path)


def pending_row(info: ImportInfo) -> ImportRow:
    when = f"{info.imported_at:%d/%m/%Y %H:%M}" if info.imported_at else ""
    result = _t("Imported on %1 by %2").replace("%1", when).replace("%2", info.imported_by)
    check = _t("To check: %1").replace("%1", str(len(info.review))) if info.review else ""
    return ImportRow(info.meeting_id, info.file_name, result, check, info.source_path)


class ImportRowsModel(QAbstractTableModel):
    HEADERS = ("File", "Result", "To check")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ImportRow] = []

    def set_rows(self, rows: Sequence[ImportRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = (row.file, row.result, row.check)[index.column()]
            return row.path or value if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 else value
        if role == ID_ROLE:
            return row.meeting_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 3
        ):
            return (_t("File"), _t("Result"), _t("To check"))[section]
        return None


class ImportListDialog(QDialog):
    """A list of imported files; ``review_requested(meeting_id)`` when the clerk opens one, or
    ``file_review_requested(path)`` for a file that was not imported (the review screen may save it)."""

    review_requested = Signal(int)
    file_review_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importListDialog")
        self.resize(900, 560)
        self.heading = QLabel(self)
        self.heading.setObjectName("importHeading")
        self.heading.setWordWrap(True)
        self.model = ImportRowsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importRows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.review_current())
        self.review_button = QPushButton(self.tr("&Review…"), self)
        self.review_button.setObjectName("importReview")
        self.review_button.setToolTip(
            self.tr("Open the chosen document beside its recognised meeting (Enter)")
        )
        self.review_button.clicked.connect(self.review_current)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.close)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.review_button)
        self.buttons.addWidget(self.close_button)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.review_current, Qt.ShortcutContext.WidgetShortcut)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(self.buttons)

    def set_rows(self, rows: Sequence[ImportRow]) -> None:
        self.model.set_rows(rows)
        first = next((i for i, r in enumerate(self.model.rows) if r.meeting_id is not None and r.check), None)
        if first is None:
            first = next((i for i, r in enumerate(self.model.rows) if r.meeting_id is not None), 0)
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(first, 0))
        self.review_button.setEnabled(any(r.meeting_id is not None or r.retry for r in self.model.rows))

    def current_row(self) -> ImportRow | None:
        index = self.table.currentIndex()
        return (
            self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None
        )

    def current_meeting(self) -> int | None:
        row = self.current_row()
        return row.meeting_id if row is not None else None

    @Slot()
    def review_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.meeting_id is not None:
            self.review_requested.emit(row.meeting_id)
        elif row.retry and row.path:
            self.file_review_requested.emit(row.path)

    def drop_row(self, meeting_id: int | None, replaced_by: int, path: str = "") -> None:
        """A reviewed meeting (or a file saved from its review) leaves the to-do: its row says so."""
        done = _t("Reviewed: meeting %1").replace("%1", str(replaced_by))
        rows = [
            ImportRow(None, r.file, done, "", r.path)
            if (meeting_id is not None and r.meeting_id == meeting_id)
            or (meeting_id is None and path and r.path == path)
            else r
            for r in self.model.rows
        ]
        self.model.set_rows(rows)


class PendingImportsDialog(ImportListDialog):
    """File → Imports to review…"""

    def __init__(self, infos: Sequence[ImportInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingImportsDialog")
        self.setWindowTitle(self.tr("Imports to review"))
        self.show_infos(infos)

    def show_infos(self, infos: Sequence[ImportInfo]) -> None:
        self.set_rows([pending_row(i) for i in infos])
        self.heading.setText(
            self.tr(
                "%n imported document(s) not reviewed yet. Choose one and press Enter to review it.",
                "",
                len(infos),
            )
            if infos
            else self.tr("Every imported document has been reviewed.")
        )


class ImportBatchDialog(ImportListDialog):
    """The progress of a batch (with Cancel), then its summary.

    Made with a runner and paths, the batch begins at once; made without, the dialog waits (hidden) for
    :meth:`begin`. Either way the runner is asked to start the batch :data:`START_AFTER_PAINT_MS` after
    the dialog was first painted (or :data:`START_AT_LATEST_MS` after :meth:`begin` if it was not), so
    that showing it is all the click does: the runner's thread then loads the importer (about 170 ms of
    CPU holding the interpreter lock in 5 ms turns), which would slow down the repaint of the main window
    that follows the dialog taking the focus (the window turns inactive: 5-6 ms of its GUI thread)."""

    #: The batch starts this long after the dialog's first paint...
    START_AFTER_PAINT_MS = 100
    #: ...or this long after :meth:`begin` when the dialog was not painted (hidden, minimised).
    START_AT_LATEST_MS = 500

    def __init__(
        self,
        runner: ImportRunner | None = None,
        paths: Sequence[str | Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importBatchDialog")
        self.setWindowTitle(self.tr("Import minutes"))
        self.runner: ImportRunner | None = None
        self.paths: list[str] | None = None  # the batch's files and folders, from begin()
        self.started = False  # the runner was asked to start the batch
        self._painted = False
        self.summary: BatchSummary | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)
        self.current = QLabel(self.tr("Looking for documents…"), self)
        self.current.setObjectName("importCurrent")
        self.current.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setToolTip(self.tr("Stop after the document being read (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.layout_.insertWidget(1, self.current)
        self.layout_.insertWidget(2, self.progress)
        self.buttons.insertWidget(0, self.cancel_button)
        self.heading.setText(self.tr("Importing…"))
        self.review_button.setEnabled(False)
        self.close_button.setEnabled(False)
        if runner is not None and paths is not None:
            self.begin(runner, paths)

    def begin(self, runner: ImportRunner, paths: Sequence[str | Path]) -> None:
        """This dialog's batch: ``paths`` imported by ``runner``, started once the dialog is painted."""
        if self.paths is not None:
            raise RuntimeError("this dialog already shows a batch")
        self.runner = runner
        self.paths = [str(p) for p in paths]
        runner.progress.connect(self._progress)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        QTimer.singleShot(self.START_AT_LATEST_MS, self, self.start)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._painted:
            return
        self._painted = True
        if self.paths is not None and not self.started:  # shown: the batch starts soon
            QTimer.singleShot(self.START_AFTER_PAINT_MS, self, self.start)

    @Slot()
    def start(self) -> None:
        """Ask the runner to start the batch (once)."""
        if self.started or self.runner is None or self.paths is None:
            return
        self.started = True
        self.runner.import_batch(list(self.paths))

    @property
    def running(self) -> bool:
        return self.cancel_button.isVisible() and self.cancel_button.isEnabled()

    @Slot()
    def cancel(self) -> None:
        if self.runner is None:
            return
        self.start()  # cancelled before it started: the batch still lists its files, as cancelled
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.current.setText(self.tr("Stopping after the document being read…"))

    def reject(self) -> None:  # Esc: cancel a running import first; the dialog closes once it stopped
        if self.summary is None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if self.summary is None:
            self.cancel()
            event.ignore()  # type: ignore[attr-defined]
            return
        super().closeEvent(event)  # type: ignore[arg-type]

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if path:
            self.current.setText(
                self.tr("Reading %1 of %2: %3").replace("%1", str(done + 1)).replace("%2", str(total))
                .replace("%3", Path(path).name)
            )  # fmt: skip

    @Slot(str, object)
    def _finished(self, what: str, result: object) -> None:
        if what != "batch" or self.summary is not None:
            return
        from minutes.archive.store import BatchSummary  # loaded by the runner: it made the result

        if isinstance(result, BatchSummary):
            self._done(result)

    @Slot(str, object)
    def _failed(self, what: str, exc: object) -> None:
        if what != "batch" or self.summary is not None:
            return
        from minutes.archive.store import BatchSummary

        self._done(BatchSummary())
        self.heading.setText(user_message(exc if isinstance(exc, BaseException) else RuntimeError(str(exc))))

    def _done(self, summary: BatchSummary) -> None:
        self.summary = summary
        assert self.runner is not None
        for signal, slot in ((self.runner.progress, self._progress), (self.runner.finished, self._finished),
                             (self.runner.failed, self._failed)):  # fmt: skip
            signal.disconnect(slot)
        self.cancel_button.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.close_button.setEnabled(True)
        imported, duplicates = len(summary.of("imported")), len(summary.of("duplicate"))
        failed, cancelled = len(summary.of("failed")), len(summary.of("cancelled"))
        self.current.setText(
            user_message(summary.stopped) if summary.stopped is not None
            else self.tr("Stopped: the files not read yet were not imported.") if summary.cancelled else ""
        )  # fmt: skip
        self.heading.setText(
            self.tr("%1 file(s): %2 imported, %3 already imported before, %4 not imported, %5 cancelled. "
                    "%6 to review: choose one and press Enter.")  # fmt: skip
            .replace("%1", str(len(summary.outcomes))).replace("%2", str(imported))
            .replace("%3", str(duplicates)).replace("%4", str(failed)).replace("%5", str(cancelled))
            .replace("%6", str(len(summary.needs_review)))
        )  # fmt: skip
        self.set_rows([outcome_row(o) for o in summary.outcomes])
        self.table.setFocus()
