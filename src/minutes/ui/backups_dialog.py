"""File → Backups…: the backups of the open database with their dates, a backup made now, one restored.

The dialog lists and makes backups itself (:mod:`minutes.db.backup`); restoring is asked for with
:attr:`BackupsDialog.restore_chosen`, because the open database has to be closed and opened again around
it (:class:`minutes.ui.session.AppSession`). Questions go through :meth:`BackupsDialog.confirm`, which
tests replace. A shared (PostgreSQL) database is backed up on its server: the dialog says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes.db import backup
from minutes.errors import UserError
from minutes.ui.errors_i18n import user_message
from minutes.ui.settings import Settings

log = logging.getLogger(__name__)


def reason_text(reason: str) -> str:
    texts = {
        backup.DAILY: QCoreApplication.translate("BackupsDialog", "Daily"),
        backup.MANUAL: QCoreApplication.translate("BackupsDialog", "Made by hand"),
        backup.BEFORE_MIGRATION: QCoreApplication.translate("BackupsDialog", "Before an upgrade"),
        backup.BEFORE_RESTORE: QCoreApplication.translate("BackupsDialog", "Before a restore"),
        backup.DAMAGED: QCoreApplication.translate("BackupsDialog", "Damaged database, kept as it was"),
    }
    return texts.get(reason, reason)


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return QCoreApplication.translate("BackupsDialog", "%1 MB").replace("%1", f"{size / 1_000_000:.1f}")
    return QCoreApplication.translate("BackupsDialog", "%1 kB").replace("%1", f"{max(1, round(size / 1000))}")


class BackupsDialog(QDialog):
    """The backups of ``database`` (a SQLite file; None for a shared server database)."""

    restore_chosen = Signal(str)

    def __init__(
        self,
        database: Path | None,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        can_restore: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.database = database
        self.settings = settings
        self.backups: list[backup.Backup] = []

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.status = QLabel(self)
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupsKeep")
        self.keep.setRange(1, 365)
        self.keep.setValue(settings.backups_to_keep)
        self.keep.valueChanged.connect(self._keep_changed)
        keep_label = QLabel(self.tr("&Keep the last"), self)
        keep_label.setBuddy(self.keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups"), self))
        keep_row.addStretch(1)

        self.back_up_button = QPushButton(self.tr("&Back up now"), self)
        self.back_up_button.setObjectName("backUpNow")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open the &folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(640, 420)

        self._can_restore = can_restore and database is not None
        if database is None:
            self.intro.setText(
                self.tr(
                    "This database is shared on a server. Its administrator backs it up there (pg_dump); "
                    "'minutes backup' writes a complete archive of it that 'minutes restore' loads into an "
                    "empty database."
                )
            )
            for widget in (self.back_up_button, self.restore_button, self.folder_button, self.keep):
                widget.setEnabled(False)
        else:
            self.intro.setText(
                self.tr(
                    "A backup is made when the program closes (once a day) and before every upgrade of the "
                    "database. Backups are kept in %1."
                ).replace("%1", str(backup.folder_for(database)))
            )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- the list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.backups = backup.list_backups(self.database) if self.database is not None else []
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            cells = (f"{item.made_at:%d/%m/%Y %H:%M:%S}", reason_text(item.reason), size_text(item.size))
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(str(item.path))
                if column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        if self.backups:
            self.table.selectRow(0)
        elif self.database is not None:
            self.status.setText(self.tr("No backup has been made yet."))
        self._update_buttons()

    def selected(self) -> backup.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._can_restore and self.selected() is not None)

    def _keep_changed(self, value: int) -> None:
        self.settings.backup_keep = value

    # --- actions ---------------------------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        if self.database is None:
            return None
        try:
            made = backup.make_backup(self.database, keep=self.settings.backups_to_keep)
        except UserError as exc:
            self.status.setText(user_message(exc))
            return None
        self.refresh()
        self.status.setText(self.tr("Backup made: %1").replace("%1", made.name))
        return made

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self._can_restore:
            return
        question = self.tr(
            "Replace the database by the backup of %1? Everything saved since then is replaced; the database "
            "as it is now is kept as one more backup. The program closes the open meeting and opens the "
            "restored database."
        ).replace("%1", f"{chosen.made_at:%d/%m/%Y %H:%M}")
        if not self.confirm(question):
            return
        try:
            backup.verify(chosen.path)
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self.restore_chosen.emit(str(chosen.path))
        self.accept()

    def open_folder(self) -> None:
        if self.database is not None:
            folder = backup.folder_for(self.database)
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def confirm(self, text: str) -> bool:
        """Ask before restoring (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def show_backups(
    parent: QWidget, database: Path | None, settings: Settings, restore: Callable[[Path], object] | None
) -> BackupsDialog:
    """Open the dialog (not modal-blocking: tests drive it); ``restore`` reopens the database around one."""
    dialog = BackupsDialog(database, settings, parent, can_restore=restore is not None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if restore is not None:
        # after the dialog has closed: the restore closes the window it belongs to
        dialog.restore_chosen.connect(lambda path: QTimer.singleShot(0, lambda: restore(Path(path))))
    dialog.open()
    return dialog
