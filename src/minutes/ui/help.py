"""Help → Help (F1): how to export and print, and every keyboard shortcut (read from the menus, as
:mod:`minutes.ui.shortcuts_dialog` does), in the user's language."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minutes.ui.shortcuts_dialog import ShortcutsModel, collect


class HelpWindow(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Help"))
        self.tabs = QTabWidget(self)
        self.guide = QTextBrowser(self)
        self.guide.setObjectName("helpGuide")
        self.guide.setOpenExternalLinks(False)
        self.guide.setHtml(self.guide_html())
        self.tabs.addTab(self.guide, self.tr("Export and print"))
        self.model = ShortcutsModel(collect(menu_bar), self)
        self.view = QTableView(self)
        self.view.setObjectName("helpShortcuts")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.view, self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def guide_html(self) -> str:
        steps = [
            self.tr("Open the meeting in the list on the left (Ctrl+L finds it by title, accents optional)."),
            self.tr(
                "Choose Official documents… (Ctrl+P): the minutes, the notice of conclusions, the task plan "
                "or the status report."
            ),
            self.tr("Choose the layout (State, Party or Plain), the number and the date of issue."),
            self.tr(
                "Export writes a DOCX file (or a PDF when LibreOffice is installed); Preview shows the pages "
                "first; Print… sends them to a printer."
            ),
            self.tr(
                "The first document asks for the organisation profile: the names, codes and signers printed "
                "on it. Change it later under Organisation profile…"
            ),
            self.tr(
                "The task board exports the tasks shown to a spreadsheet, a calendar or a status report."
            ),
            self.tr("File → Export meeting to file… writes a JSON file another computer can import."),
        ]
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        title = self.tr("How to export and print")
        return f"<h3>{escape(title)}</h3><ol>{items}</ol>"

    def show_shortcuts(self) -> None:
        self.tabs.setCurrentWidget(self.view)


def open_help(menu_bar: QMenuBar, parent: QWidget | None = None) -> HelpWindow:
    window = HelpWindow(menu_bar, parent)
    window.open()
    return window
