"""What every screen is given: the services for the acting user, the change bus and the undo stack.

Passed explicitly to widgets (no global registry, no main-window object reached from everywhere).
``origin`` names this window in the changes it causes (a view skips re-reading its own edits);
``versions`` is the version of each record as this window last read it (every write names it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from minutes.services import Services
from minutes.services.context import new_origin
from minutes.ui.bus import DataBus
from minutes.ui.versions import VersionBook


@dataclass
class UiContext:
    services: Services
    bus: DataBus
    undo_stack: QUndoStack
    origin: str = field(default_factory=new_origin)
    versions: VersionBook = field(default_factory=VersionBook)
