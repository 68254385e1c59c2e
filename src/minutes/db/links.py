"""What migration 0009 could not link: tasks whose old source reference named no item of their meeting.

The migration keeps its findings in ``app_settings`` (key :data:`UNRESOLVED_KEY`) as well as in the log,
so ``minutes check`` can tell them long after the upgrade ran.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text

UNRESOLVED_KEY = "links.unresolved"


@dataclass(frozen=True)
class Unresolved:
    task_id: int
    meeting_id: int
    kind: str | None
    item_id: int | None
    reason: str

    def line(self) -> str:
        return (
            f"task {self.task_id} (meeting {self.meeting_id}) named {self.kind or 'nothing'} "
            f"{self.item_id if self.item_id is not None else ''}, which is {self.reason}: not linked"
        ).replace("  ", " ")


def unresolved(connection: Connection) -> list[Unresolved]:
    """The references the conversion to real links left unlinked (none on a database made after it)."""
    if not inspect(connection).has_table("app_settings"):
        return []
    value = connection.execute(
        text("SELECT value FROM app_settings WHERE key = :k"), {"k": UNRESOLVED_KEY}
    ).scalar()
    return parse(value)


def unresolved_sqlite(connection: sqlite3.Connection) -> list[Unresolved]:
    """:func:`unresolved` through a plain (read-only) sqlite3 connection, as ``minutes check`` reads."""
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_settings'")
    if found.fetchone() is None:
        return []
    row = connection.execute("SELECT value FROM app_settings WHERE key = ?", (UNRESOLVED_KEY,)).fetchone()
    return parse(row[0] if row else None)


def parse(value: str | None) -> list[Unresolved]:
    if not value:
        return []
    return [
        Unresolved(int(r["task"]), int(r["meeting"]), r.get("kind"), r.get("item"), str(r["reason"]))
        for r in json.loads(value)
    ]
