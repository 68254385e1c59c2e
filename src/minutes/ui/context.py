"""What every screen is given: the services for the acting user, the change bus and the undo stack.

Passed explicitly to widgets (no global registry, no main-window object reached from everywhere).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from minutes.services import Services
from minutes.ui.bus import DataBus


@dataclass
class UiContext:
    services: Services
    bus: DataBus
    undo_stack: QUndoStack
