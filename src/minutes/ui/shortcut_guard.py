"""The window's shortcuts win over the editing keys of the field that has the focus.

A text field claims its platform's editing keys before any shortcut sees them (Qt sends it a
``ShortcutOverride`` event and it accepts it): on Linux Ctrl+K in a line edit deletes to the end of the
line, so the search shortcut on Ctrl+K worked once and then cut the text of the Place field (which was
saved). :class:`ShortcutGuard` watches those events for one window: when the key is a shortcut of an
enabled action of that window (window- or application-wide), the field does not get to claim it, and the
key press never reaches a text field either, even if no shortcut takes it at that moment.

The keys a user expects a text field to keep (undo, redo, cut, copy, paste, select all) stay the field's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: Keys that stay with the field that has the focus, whatever the window's shortcuts are.
FIELD_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)
_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
_EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def _is_command_key(event: QKeyEvent) -> bool:
    """A key that can be a shortcut here: with Ctrl, Alt or Meta, or a function key."""
    return bool(event.modifiers() & _COMMAND_MODIFIERS) or Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35


def window_shortcuts(window: QWidget) -> set[QKeySequence]:
    """The keys of ``window``'s enabled window- and application-wide actions and shortcuts."""
    keys: set[QKeySequence] = set()
    for action in window.findChildren(QAction):
        if action.isEnabled() and action.shortcutContext() in _WINDOW_WIDE:
            keys.update(s for s in action.shortcuts() if not s.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and shortcut.context() in _WINDOW_WIDE:
            keys.update(s for s in shortcut.keys() if not s.isEmpty())
    return keys


class ShortcutGuard(QObject):
    """Installed on the application for one window (and removed with it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._field_keys: set[QKeySequence] = set()
        for key in FIELD_KEYS:
            self._field_keys.update(QKeySequence.keyBindings(key))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def is_guarded(self, event: QKeyEvent) -> bool:
        if not _is_command_key(event):
            return False
        pressed = QKeySequence(event.keyCombination())
        return pressed not in self._field_keys and pressed in window_shortcuts(self.window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyPress and not isinstance(watched, _EDITORS):
            return False
        if not self.is_guarded(event):
            return False
        # ShortcutOverride: left unaccepted, so the shortcut runs. KeyPress: a guarded key that no
        # shortcut took (its action was busy or hidden) is not an editing command for the field.
        event.ignore()
        return True


def guard_shortcuts(window: QWidget) -> ShortcutGuard:
    """Make ``window``'s shortcuts win over its text fields' editing keys while the window lives."""
    return ShortcutGuard(window)
