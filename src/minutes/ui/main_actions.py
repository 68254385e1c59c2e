"""The main window's actions, menus and toolbar. Every action has a shortcut, shown in its menu.

Other parts of the application add their own entries through :meth:`MainActions.menu` ("file", "edit",
"meeting", "tasks", "view", "help"), e.g. the task board adds itself to "tasks". The editor's sections
contribute their actions too: the Meeting menu lists them under each section's name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from minutes.db.engine import database_file
from minutes.errors import UserError
from minutes.services.undo import UndoResult
from minutes.ui.editor.section import Section
from minutes.ui.errors_i18n import user_message

if TYPE_CHECKING:
    from minutes.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def _is_command(key: QKeySequence) -> bool:
    """A key with Ctrl, Alt or Meta, or a function key: one no typing produces."""
    combination = key[0]  # type: ignore[index]
    modifiers = combination.keyboardModifiers()
    command = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    return bool(modifiers & command) or Qt.Key.Key_F1 <= combination.key() <= Qt.Key.Key_F35


class MainActions(QObject):
    #: File → Backups… was chosen (minutes.ui.session opens the dialog: it can reopen the database).
    backups_requested = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menus: dict[str, QMenu] = {}
        w = window
        icon = w.style().standardIcon

        # File
        self.save_now = self._action(
            self.tr("&Save now"),
            "Ctrl+S",
            w.save_now,
            "saveNow",
            self.tr("Save everything typed so far at once (it is also saved automatically)"),
            icon(QStyle.StandardPixmap.SP_DialogSaveButton),
        )
        self.import_meeting = self._action(
            self.tr("&Import meeting from file…"),
            "Ctrl+O",
            w.import_meeting,
            "importMeeting",
            self.tr("Add a meeting from a JSON interchange file"),
        )
        self.export_meeting = self._action(
            self.tr("&Export meeting to file…"),
            "Ctrl+Shift+E",
            w.export_meeting,
            "exportMeeting",
            self.tr("Write the open meeting to a JSON interchange file"),
        )
        self.load_demo = self._action(
            self.tr("Load the &example meeting"),
            "Ctrl+Shift+X",
            w.load_demo,
            "loadDemo",
            self.tr("Add the example meeting (Long Biên, 19/01/2021)"),
        )
        self.backups = self._action(
            self.tr("&Backups…"),
            "Ctrl+Shift+O",
            self.backups_requested.emit,
            "backups",
            self.tr("See the backups of the database, make one now or restore one"),
        )
        self.quit = self._action(
            self.tr("&Quit"), "Ctrl+Q", w.close, "quit", self.tr("Save everything and close the application")
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit
        stack = window.ctx.undo_stack
        self.undo = self._action(
            self.tr("&Undo"), "Ctrl+Z", stack.undo, "undo", icon=icon(QStyle.StandardPixmap.SP_ArrowBack)
        )
        self.redo = self._action(
            self.tr("&Redo"),
            ["Ctrl+Shift+Z", "Ctrl+Y"],
            stack.redo,
            "redo",
            icon=icon(QStyle.StandardPixmap.SP_ArrowForward),
        )
        # a refused undo (changed by someone since, or gone) is said in the status bar; nothing is lost
        stack.failed.connect(lambda exc: w.statusBar().showMessage(user_message(exc), 15000))
        stack.done.connect(self._undone_elsewhere)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.find_meeting = self._action(
            self.tr("&Find a meeting"),
            "Ctrl+L",
            w.list_pane.focus_search,
            "findMeeting",
            self.tr("Search the meetings list by title, place or number, accents optional"),
        )

        # Meeting
        self.new_meeting = self._action(
            self.tr("&New meeting"),
            "Ctrl+N",
            w.new_meeting,
            "newMeeting",
            self.tr("Start the minutes of a new meeting"),
            icon(QStyle.StandardPixmap.SP_FileIcon),
        )
        self.delete_meeting = self._action(
            self.tr("&Delete meeting…"),
            "Ctrl+Shift+Del",
            w.delete_meeting,
            "deleteMeeting",
            self.tr("Delete the open meeting and everything recorded in it"),
            icon(QStyle.StandardPixmap.SP_TrashIcon),
        )
        self.previous_meeting = self._action(
            self.tr("&Previous meeting in the list"),
            "Ctrl+PgUp",
            lambda: w.step_meeting(-1),
            "previousMeeting",
        )
        self.next_meeting = self._action(
            self.tr("Ne&xt meeting in the list"), "Ctrl+PgDown", lambda: w.step_meeting(1), "nextMeeting"
        )
        self.go_to: list[QAction] = []
        for number, title in enumerate(w.editor.section_titles(), start=1):
            action = self._action(
                f"&{number} {title}",
                f"Alt+{number}",
                self._go_to(number),
                f"goToSection{number}",
                self.tr("Go to this part of the minutes"),
            )
            self.go_to.append(action)

        # View
        self.toggle_list = self._action(
            self.tr("Meetings &list"),
            "Ctrl+Shift+L",
            w.toggle_list,
            "toggleList",
            self.tr("Show or hide the meetings list"),
        )
        self.toggle_list.setCheckable(True)
        self.toggle_list.setChecked(True)
        self.full_screen = self._action(self.tr("&Full screen"), "F11", w.toggle_full_screen, "fullScreen")
        self.full_screen.setCheckable(True)
        self.language_group = QActionGroup(self)
        self.language_vi = self._action(
            "Tiếng &Việt",
            "Ctrl+Shift+1",
            lambda: w.set_language("vi"),
            "languageVi",
            self.tr("Show the application in Vietnamese from the next start"),
        )
        self.language_en = self._action(
            "&English",
            "Ctrl+Shift+2",
            lambda: w.set_language("en"),
            "languageEn",
            self.tr("Show the application in English from the next start"),
        )
        for action in (self.language_vi, self.language_en):
            action.setCheckable(True)
            self.language_group.addAction(action)

        # Help
        self.shortcuts = self._action(self.tr("&Keyboard shortcuts"), "F1", w.show_shortcuts, "showShortcuts")
        self.about = self._action(self.tr("&About Minutes"), "Ctrl+F1", w.show_about, "about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self._build_menus()
        self._build_toolbar()
        self._add_settings_help_about()
        self.promote_section_shortcuts()

    # --- building ------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: Shortcut | list[Shortcut] | None,
        slot: Callable[[], object],
        name: str,
        tip: str = "",
        icon: object = None,
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            sequences: list[QKeySequence] = []
            for key in keys:
                found = (
                    QKeySequence.keyBindings(key)
                    if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)]
                )
                sequences.extend(s for s in found if s not in sequences)  # a duplicate would be ambiguous
            action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(icon)  # type: ignore[arg-type]
        plain = text.replace("&", "").rstrip("…")
        action.setStatusTip(tip or plain)
        keys_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({keys_text})" if keys_text else plain)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file = self.menus["file"] = bar.addMenu(self.tr("&File"))
        file.setObjectName("menuFile")
        file.addAction(self.save_now)
        file.addSeparator()
        file.addAction(self.import_meeting)
        file.addAction(self.export_meeting)
        file.addAction(self.load_demo)
        file.addSeparator()
        file.addAction(self.backups)
        file.addSeparator()
        file.addAction(self.quit)

        edit = self.menus["edit"] = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("menuEdit")
        edit.addAction(self.undo)
        edit.addAction(self.redo)
        edit.addSeparator()
        edit.addAction(self.find_meeting)

        meeting = self.menus["meeting"] = bar.addMenu(self.tr("&Meeting"))
        meeting.setObjectName("menuMeeting")
        meeting.addAction(self.new_meeting)
        meeting.addAction(self.delete_meeting)
        meeting.addSeparator()
        meeting.addAction(self.previous_meeting)
        meeting.addAction(self.next_meeting)
        meeting.addSeparator()
        for action in self.go_to:
            meeting.addAction(action)
        section_menus = [(s, s.actions()) for s in self.window.editor.sections if s.actions()]
        tasks_section = next(
            (s for s in self.window.editor.sections if type(s).__name__ == "TasksSection"), None
        )
        if section_menus:
            meeting.addSeparator()
        for section, actions in section_menus:
            if section is tasks_section:
                continue
            sub = meeting.addMenu(section.title())
            sub.addActions(actions)

        tasks = self.menus["tasks"] = bar.addMenu(self.tr("&Tasks"))
        tasks.setObjectName("menuTasks")
        if tasks_section is not None:  # this meeting's tasks; the task board adds itself below
            tasks.addAction(self.go_to[self.window.editor.sections.index(tasks_section)])
            if tasks_section.actions():
                tasks.addSeparator()
                tasks.addActions(tasks_section.actions())

        view = self.menus["view"] = bar.addMenu(self.tr("&View"))
        view.setObjectName("menuView")
        view.addAction(self.toggle_list)
        view.addAction(self.full_screen)
        view.addSeparator()
        language = view.addMenu(self.tr("&Language"))
        language.setObjectName("menuLanguage")
        language.addAction(self.language_vi)
        language.addAction(self.language_en)

        help_ = self.menus["help"] = bar.addMenu(self.tr("&Help"))
        help_.setObjectName("menuHelp")
        help_.addAction(self.shortcuts)
        help_.addSeparator()
        help_.addAction(self.about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self.window)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.new_meeting)
        bar.addAction(self.save_now)
        bar.addSeparator()
        bar.addAction(self.undo)
        bar.addAction(self.redo)
        bar.addSeparator()
        bar.addAction(self.delete_meeting)
        self.toolbar = bar
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        toggle = bar.toggleViewAction()
        toggle.setText(self.tr("&Toolbar"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+H"))
        toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.window.addAction(toggle)
        self.menus["view"].insertAction(self.full_screen, toggle)

    # --- Tools → Settings, Help → Help and About, the icons (issue 15 item 19) ----------------------
    def _add_settings_help_about(self) -> None:
        from minutes.ui import icons  # the dialogs themselves load when first opened

        w = self.window
        w.setWindowIcon(icons.app_icon())
        drawn = {"new": self.new_meeting, "save": self.save_now, "undo": self.undo, "redo": self.redo,
                 "delete": self.delete_meeting}  # fmt: skip
        for name, action in drawn.items():
            action.setIcon(icons.icon(name))
        self.settings = self._action(
            self.tr("&Settings…"),
            "Ctrl+,",
            self._open_settings,
            "settings",
            self.tr("Language, database, backups, autosave, document layout and reminders"),
            icons.icon("settings"),
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        tools = self.menus["tools"] = QMenu(self.tr("T&ools"), w)
        tools.setObjectName("menuTools")
        tools.addAction(self.settings)
        w.menuBar().insertMenu(self.menus["help"].menuAction(), tools)
        # F1 opens the help (it lists the shortcuts too); the shortcuts list alone moves to Shift+F1
        self.shortcuts.setShortcuts([QKeySequence("Shift+F1")])
        shown = self.shortcuts.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.shortcuts.setToolTip(f"{self.shortcuts.text().replace('&', '')} ({shown})")
        self.help = self._action(
            self.tr("&Help"), "F1", self._open_help, "help",
            self.tr("How to export and print, and every keyboard shortcut"), icons.icon("help"),
        )  # fmt: skip
        self.menus["help"].insertAction(self.shortcuts, self.help)
        self.about.triggered.disconnect()
        self.about.triggered.connect(self._open_about)
        self.about.setIcon(icons.icon("about"))

    def _open_settings(self) -> None:
        from minutes.ui import settings_dialog

        settings_dialog.open_settings(self.window.settings, self.window).accepted.connect(
            self._settings_saved
        )

    def _open_help(self) -> None:
        from minutes.ui import help

        help.open_help(self.window.menuBar(), self.window)

    def _open_about(self, _checked: bool = False) -> None:
        from minutes.ui import about

        about.open_about(self._database_text(), self.window)

    def _settings_saved(self) -> None:
        language = self.window.settings.language
        self.language_vi.setChecked(language == "vi")
        self.language_en.setChecked(language == "en")
        self.window.statusBar().showMessage(
            self.tr("Settings saved. The language and the database change at the next start."), 10000
        )

    def _database_text(self) -> str:
        engine = self.window.ctx.services.db.engine
        path = database_file(engine)
        return str(path) if path is not None else engine.url.render_as_string(hide_password=True)

    def promote_section_shortcuts(self) -> list[QAction]:
        """Make the sections' menu shortcuts work from anywhere in the window.

        A section's own action (Ctrl+Shift+A: add a person to the roll call) is section-wide, so the
        key did nothing with the focus elsewhere and the next typing went into the field that had it.
        Each one whose keys no other action of the window uses becomes window-wide (the section scrolls
        into view first); keys several sections share (Ctrl+T, Ctrl+Return) stay with their section,
        and so do actions of one table or field.
        """
        section_actions = [a for s in self.window.editor.sections for a in s.actions()]
        used: dict[str, int] = {}
        for action in {*self.window.findChildren(QAction), *section_actions}:
            for key in action.shortcuts():
                used[key.toString()] = used.get(key.toString(), 0) + 1
        promoted = []
        for action in section_actions:
            keys = action.shortcuts()
            if (
                keys
                and action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                and all(used[k.toString()] == 1 and _is_command(k) for k in keys)
            ):
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                promoted.append(action)
        return promoted

    def _go_to(self, number: int) -> Callable[[], None]:
        return lambda: self.window.go_to_section(number)

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def sections_with_actions(self) -> list[Section]:
        return [s for s in self.window.editor.sections if s.actions()]

    def _undone_elsewhere(self, result: UndoResult) -> None:
        """An undo that also changed another meeting (tasks carried over...) says so."""
        ctx = self.window.ctx
        others = sorted(
            i for kind, i in result.scopes if kind == "meeting" and ("meeting", i) != ctx.undo_stack.scope
        )
        titles = []
        for ident in others:
            try:
                titles.append(f"“{ctx.services.meetings.get(ident).title}”")
            except UserError:
                continue
        if titles:
            message = self.tr("The undo also changed: %1.").replace("%1", "; ".join(titles))
            self.window.statusBar().showMessage(message, 15000)

    # --- live texts ----------------------------------------------------------------------------
    def _undo_text(self, text: str) -> None:
        self.undo.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo.setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))
