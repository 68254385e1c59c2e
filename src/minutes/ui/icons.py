"""The application's own icons (``resources/icons/*.svg``, drawn for this project; see its README)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from minutes.paths import resource

#: The icons drawn for the application (file names without ``.svg``).
NAMES = ("app", "new", "save", "undo", "redo", "delete", "settings", "help", "about", "print")


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (one of :data:`NAMES`); an empty icon if its file is missing."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")
