"""The version of each record as a window last read it: what its writes say they were based on.

The editor notes every record of a meeting it hands to its sections (:meth:`VersionBook.note_meeting`):
the book holds the versions of the values on screen, nothing else (a field's own saves are kept by its
saver, not here: a record's version after a save of one field says nothing of the text another field
shows). A field saver takes its record's version from here when it shows a value, so a value shown and
the version a write names always belong together.
"""

from __future__ import annotations

import threading

from minutes.services.dto import MeetingDetail


class VersionBook:
    def __init__(self) -> None:
        self._versions: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def get(self, entity: str, ident: int | None) -> int | None:
        if ident is None:
            return None
        with self._lock:
            return self._versions.get((entity, ident))

    def note(self, entity: str, ident: int, version: int) -> None:
        """Record ``version`` of the record as read."""
        with self._lock:
            self._versions[(entity, ident)] = version

    def note_meeting(self, meeting: MeetingDetail | None) -> None:
        """Every record of a meeting as read."""
        if meeting is None:
            return
        rows: list[tuple[str, int, int]] = [("meetings", meeting.id, meeting.version)]
        rows += [("attendance", a.id, a.version) for a in meeting.attendance]
        rows += [("agenda_items", a.id, a.version) for a in meeting.agenda]
        for report in meeting.reports:
            rows.append(("reports", report.id, report.version))
            rows += [("report_figures", f.id, f.version) for f in report.figures]
        rows += [("contributions", c.id, c.version) for c in meeting.contributions]
        rows += [("conclusions", c.id, c.version) for c in meeting.conclusions]
        for group in meeting.recommendation_groups:
            rows.append(("recommendation_groups", group.id, group.version))
            rows += [("recommendations", r.id, r.version) for r in group.items]
        rows += [("tasks", t.id, t.version) for t in meeting.tasks]
        with self._lock:
            for entity, ident, version in rows:
                self._versions[(entity, ident)] = version
