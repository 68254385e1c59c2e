"""Helpers for GUI tests: type Vietnamese the way a real input method delivers it.

``QTest.keyClicks`` converts text through Latin-1, so ă, đ, ơ, ư and every U+1Exx letter (ế, ộ, ặ...)
are silently lost (tech-notes.md). Input methods such as Unikey or the Windows Vietnamese keyboard hand
the widget *commit strings* instead; these helpers send exactly that, word by word, in NFC or in NFD.

Kept inside the package (like ``minutes.testing``) so any test can import it whatever pytest's import
mode; it is the only module of ``minutes.ui`` meant for tests.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_WORDS = re.compile(r"\S+\s*|\s+")


def commit(widget: QWidget, text: str) -> None:
    """One input-method commit of ``text`` into ``widget`` (replaces the selection, like an IME)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def type_vietnamese(widget: QWidget | None = None, text: str = "", *, form: str = "NFC",
                    by: str = "word") -> None:
    """Type ``text`` into ``widget`` (default: the focused widget) as input-method commits.

    ``form`` is the Unicode form the keyboard sends: "NFC" (Unikey) or "NFD" (Windows' built-in
    Vietnamese keyboard, base letter + combining marks). ``by`` is "word" (a commit per word with its
    trailing space), "char" (a commit per character) or "all" (one commit). Line breaks are sent as
    Return key presses, as a person types them.
    """
    target = widget or QApplication.focusWidget()
    if target is None:
        raise RuntimeError("no widget has the keyboard focus")
    body = unicodedata.normalize(form, text)
    for number, line in enumerate(body.split("\n")):
        if number:
            press(target, Qt.Key.Key_Return)
        if not line:
            continue
        if by == "all":
            pieces = [line]
        elif by == "char":
            pieces = _characters(line)
        else:
            pieces = _WORDS.findall(line)
        for piece in pieces:
            commit(target, piece)


def _characters(line: str) -> list[str]:
    """Characters with their combining marks kept together (an NFD "ế" is one keystroke result)."""
    out: list[str] = []
    for ch in line:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          text: str = "") -> None:
    """A key press and release carrying ``text`` (works for any character, unlike ``QTest.keyClick``)."""
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def type_keys(widget: QWidget, text: str) -> None:
    """Type ``text`` as individual key events carrying each character (no input method involved)."""
    for ch in unicodedata.normalize("NFC", text):
        if ch == "\n":
            press(widget, Qt.Key.Key_Return)
            continue
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch == " ":
            key = Qt.Key.Key_Space
        press(widget, key, text=ch)
