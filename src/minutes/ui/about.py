"""Help → About: the application's name, version, the database in use, the log folder and the licence."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from minutes import __version__, logs
from minutes.ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Minutes"))
        picture = QLabel(self)
        picture.setPixmap(app_icon().pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Database in use"), database),
            (self.tr("Log folder"), str(logs.log_path().parent)),
            (
                self.tr("Licence"),
                self.tr("MIT licence: free to use, copy, change and share, without warranty."),
            ),
        ]
        table = "".join(f"<tr><td><b>{escape(k)}:</b>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
        self.text.setText(
            "<h3>" + escape(self.tr("Minutes (Biên bản)")) + "</h3><p>"
            + escape(self.tr("Meeting minutes and task tracking for formal meetings of government and Party bodies."))
            + f"</p><table>{table}</table>"
        )  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setWindowIcon(QIcon(app_icon()))
        self.resize(560, 300)


def open_about(database: str, parent: QWidget | None = None) -> AboutDialog:
    dialog = AboutDialog(database, parent)
    dialog.open()
    return dialog
