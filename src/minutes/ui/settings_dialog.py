"""Tools → Settings…: the typed settings of :mod:`minutes.ui.settings` a user may change, in one dialog.

Language, the database (this computer's file, or a server through the connection dialog), backups,
autosave delays, the default document family and the reminder window. "OK" writes every value to the
:class:`~minutes.ui.settings.Settings`; the language and the database take effect at the next start (the
dialog says so), the rest where each is read (the autosave delays by the next main window, backups at
the next close, reminders at the next start or refresh). The database choice lives where the
application reads it at start (:mod:`minutes.db.connection`'s saved address). Built without ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from minutes.db import connection
from minutes.db.engine import default_url
from minutes.ui.connect_dialog import ask_connection
from minutes.ui.settings import Settings

AskServer = Callable[[QWidget | None], URL | None]


def _default_file() -> str:
    return make_url(default_url()).database or ""


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, ask_server: AskServer | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.ask_server = ask_server or (lambda p: ask_connection(p, None, ""))
        self.server_url: str | None = None
        saved = connection.saved_url()
        self._initial_database = saved
        layout = QVBoxLayout(self)
        layout.addWidget(self._general())
        layout.addWidget(self._database(saved))
        layout.addWidget(self._saving())
        self.notice = QLabel(
            self.tr("The language and the database change the next time the application starts.")
        )
        self.notice.setObjectName("settingsNotice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("settingsOk")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- building ------------------------------------------------------------------------------
    def _general(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"), self)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        form.addRow(self.tr("&Language:"), self.language)
        self.family = QComboBox(box)
        self.family.setObjectName("settingsFamily")
        self.family.addItem(self.tr("State (Decree 30/2020)"), "state")
        self.family.addItem(self.tr("Party (Guidance 36-HD/VPTW)"), "party")
        self.family.addItem(self.tr("Plain"), "plain")
        self.family.setCurrentIndex(max(0, self.family.findData(self.settings.family)))
        form.addRow(self.tr("Default document &layout:"), self.family)
        self.reminder_days = self._spin("settingsReminderDays", 0, 90, self.settings.reminder_days_ahead)
        self.reminder_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("&Remind of deadlines within:"), self.reminder_days)
        self.reminder_at_start = QCheckBox(self.tr("Show due tasks when the application &starts"), box)
        self.reminder_at_start.setObjectName("settingsReminderAtStart")
        self.reminder_at_start.setChecked(self.settings.reminder_at_start)
        form.addRow("", self.reminder_at_start)
        return box

    def _database(self, saved: str | None) -> QGroupBox:
        box = QGroupBox(self.tr("Database"), self)
        form = QFormLayout(box)
        self.database_shown = QLabel(box)
        self.database_shown.setObjectName("settingsDatabase")
        self.database_shown.setWordWrap(True)
        form.addRow(self.tr("In use from the next start:"), self.database_shown)
        self.file = QLineEdit(box)
        self.file.setObjectName("settingsDatabaseFile")
        self.file.setPlaceholderText(_default_file())
        url = connection.parse(saved) if saved else None
        if url is not None and url.get_backend_name() == "sqlite":
            self.file.setText(url.database or "")
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        self.server_button = QPushButton(self.tr("&Server…"), box)
        self.server_button.setObjectName("settingsServer")
        self.server_button.clicked.connect(self.choose_server)
        row.addWidget(self.server_button)
        label = QLabel(self.tr("Database &file on this computer:"), box)
        label.setBuddy(self.file)  # a row of two widgets gets no buddy from the form
        form.addRow(label, row)
        self.server_url = saved if url is not None and url.get_backend_name() == "postgresql" else None
        self.file.textEdited.connect(self._file_edited)
        self._show_database()
        return box

    def _saving(self) -> QGroupBox:
        box = QGroupBox(self.tr("Saving and backups"), self)
        form = QFormLayout(box)
        self.save_delay = self._spin("settingsSaveDelay", 200, 10_000, self.settings.save_delay)
        self.save_delay.setSingleStep(100)
        self.save_delay.setSuffix(self.tr(" ms"))
        form.addRow(self.tr("Save &typed text at most after:"), self.save_delay)
        self.draft_delay = self._spin("settingsDraftDelay", 50, 10_000, self.settings.draft_delay)
        self.draft_delay.setSingleStep(50)
        self.draft_delay.setSuffix(self.tr(" ms"))
        form.addRow(self.tr("Keep a recovery &draft after:"), self.draft_delay)
        self.backup_keep = self._spin("settingsBackupKeep", 1, 365, self.settings.backups_to_keep)
        form.addRow(self.tr("&Backups kept:"), self.backup_keep)
        self.backup_daily = QCheckBox(self.tr("Back up &daily when the application closes"), box)
        self.backup_daily.setObjectName("settingsBackupDaily")
        self.backup_daily.setChecked(self.settings.backup_daily)
        form.addRow("", self.backup_daily)
        return box

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    # --- database ------------------------------------------------------------------------------
    def _show_database(self) -> None:
        if self.server_url:
            url = make_url(self.server_url)
            text = (
                self.tr("Server %1, database %2")
                .replace("%1", url.host or "")
                .replace("%2", url.database or "")
            )
        else:
            text = self.tr("The file %1").replace("%1", self.file.text().strip() or _default_file())
        self.database_shown.setText(text)

    def _file_edited(self, _text: str) -> None:
        self.server_url = None  # a file typed: this computer's database
        self._show_database()

    def choose_server(self) -> None:
        """The connection dialog (it tries the server and keeps the password in the keyring)."""
        url = self.ask_server(self)
        if url is not None:
            self.server_url = connection.without_password(url)
            self.file.clear()
            self._show_database()

    def database_choice(self) -> str | None:
        """The address to save: a server, a file other than the default one, or None (the default)."""
        if self.server_url:
            return self.server_url
        text = self.file.text().strip()
        if not text or Path(text).expanduser() == Path(_default_file()):
            return None
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve())).render_as_string()

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        s = self.settings
        s.language = str(self.language.currentData())
        s.default_family = str(self.family.currentData())
        s.reminder_days_ahead = self.reminder_days.value()
        s.reminder_at_start = self.reminder_at_start.isChecked()
        s.save_delay_ms = self.save_delay.value()
        s.draft_delay_ms = min(self.draft_delay.value(), self.save_delay.value())
        s.backup_keep = self.backup_keep.value()
        s.backup_daily = self.backup_daily.isChecked()
        s.sync()
        choice = self.database_choice()
        if choice != self._initial_database:
            if choice is None:
                connection.forget_url()
            else:
                connection.save_url(make_url(choice))
        self.accept()


def open_settings(settings: Settings, parent: QWidget | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings, parent)
    dialog.open()
    return dialog
