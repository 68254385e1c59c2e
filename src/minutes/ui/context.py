"""What every screen is given: the services for the acting user, the change bus and the undo history.

Passed explicitly to widgets (no global registry, no main-window object reached from everywhere).
``origin`` names this window in the changes it causes (a view skips re-reading its own edits);
``versions`` is the version of each record as this window last read it (every write names it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from minutes.services import Services
from minutes.services.context import new_origin
from minutes.ui.bus import DataBus
from minutes.ui.undo import ServiceUndo
from minutes.ui.versions import VersionBook

#: The default largest evidence file (ui.settings.Settings.evidence_max_mb).
EVIDENCE_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class UiContext:
    services: Services
    bus: DataBus
    undo_stack: ServiceUndo  # Edit → Undo/Redo of the open meeting, answered by the services
    evidence_max_bytes: int = EVIDENCE_MAX_BYTES  # set from the settings at start
    origin: str = field(default_factory=new_origin)
    versions: VersionBook = field(default_factory=VersionBook)
