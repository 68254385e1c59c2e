"""The audit trail you can trust (issue 13, item 5): chained rows, compact long texts, verification.

Every row the unit of work writes into ``audit_log`` carries ``chain``: the SHA-256 of the previous
row's chain and of its own fields (when, who, what, which record, the changes). Writers take turns
(PostgreSQL: a transaction-scoped advisory lock; SQLite: the one write lock the flush already holds),
so the chain follows the ids. The table is append-only (triggers from migration 0011 refuse UPDATE and
DELETE on both databases); someone who disables them and edits or removes a row breaks the chain at that
row, and :func:`verify_chain` (``minutes verify --audit``) names it. Removing the newest rows cannot be
seen from inside the database: the row count and the last chain printed by ``verify`` are what an office
copies elsewhere to anchor it.

A change of a long text (an autosaved paragraph) is stored as the part that changed: the common
beginning and end are counted, not copied, with both texts' SHA-256, so a 1 MB paragraph does not make
a 2 MB audit row per save, and the new text can still be rebuilt from the old one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from minutes.db import models

CHAIN_START = "0" * 64
#: Texts longer than this are stored in an update's audit row as the window that changed.
LONG_TEXT = 2000
_LOCK_KEY = 0x6D696E75  # "minu": the advisory lock PostgreSQL writers of the audit trail take turns on


def compact_change(old: Any, new: Any) -> Any:
    """``[old, new]`` for an audit diff, or for long texts the changed window of both:
    ``{"window": [start, old_middle, new_middle, end_length], "old": {sha256, length}, "new": {...}}``."""
    if not (isinstance(old, str) and isinstance(new, str)) or max(len(old), len(new)) <= LONG_TEXT:
        return [old, new]
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    return {
        "window": [start, old[start : len(old) - end], new[start : len(new) - end], end],
        "old": {"sha256": _sha(old), "length": len(old)},
        "new": {"sha256": _sha(new), "length": len(new)},
    }


def apply_window(old: str, change: dict[str, Any]) -> str:
    """The new text of a compact change, rebuilt from the old one."""
    start, _old_middle, new_middle, end = change["window"]
    return old[:start] + new_middle + old[len(old) - end :]


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _stamp(value: datetime | str) -> str:
    if isinstance(value, str):  # SQLite handed back the stored text
        value = datetime.fromisoformat(value)
    return value.isoformat(timespec="microseconds")


def row_hash(previous: str, at: datetime | str, actor: str, action: str, entity: str, entity_id: int | None,
             changes: str) -> str:  # fmt: skip
    payload = json.dumps(
        [previous, _stamp(at), actor, action, entity, entity_id, changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def chain_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Give each audit row about to be inserted its ``chain`` (in the flush that writes them)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    previous = connection.execute(
        select(models.AuditEntry.chain)
        .where(models.AuditEntry.chain.is_not(None))
        .order_by(models.AuditEntry.id.desc())
        .limit(1)
    ).scalar()
    previous = previous or CHAIN_START
    for row in rows:
        row["chain"] = previous = row_hash(
            previous, row["at"], row["actor"], row["action"], row["entity"], row["entity_id"], row["changes"]
        )


@dataclass
class ChainReport:
    """``checked`` rows verified, ``before_chain`` older rows written before the chain began, ``broken``
    the ids where the chain does not hold (the row was changed, or one before it removed), ``last`` the
    newest chain value (to copy elsewhere as an anchor)."""

    checked: int = 0
    before_chain: int = 0
    broken: list[int] = field(default_factory=list)
    last: str = CHAIN_START


def verify_chain(session: Session) -> ChainReport:
    report = ChainReport()
    a = models.AuditEntry
    query = select(a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.changes, a.chain).order_by(a.id)
    previous = CHAIN_START
    started = False
    for ident, at, actor, action, entity, entity_id, changes, chain in session.execute(
        query.execution_options(yield_per=5000)
    ):
        if chain is None:
            if started:
                report.broken.append(ident)
            else:
                report.before_chain += 1
            continue
        started = True
        report.checked += 1
        if row_hash(previous, at, actor, action, entity, entity_id, changes) != chain:
            report.broken.append(ident)
        previous = chain
    report.last = previous
    return report


# --- rows the database removes by itself --------------------------------------------------------------

#: Tables that are bookkeeping, not user data (never audited).
QUIET_TABLES = frozenset({"audit_log", "drafts", "app_settings", "search_entries"})


def _cascade_children(parent: str) -> list[tuple[Any, str]]:
    """(table, column) of every table whose rows the database deletes with a ``parent`` row."""
    found = []
    for table in models.Base.metadata.sorted_tables:
        if table.name in QUIET_TABLES:
            continue
        for column in table.c:
            for fk in column.foreign_keys:
                if fk.column.table.name == parent and fk.column.name == "id" and fk.ondelete == "CASCADE":
                    found.append((table, column.name))
    return found


def cascade_victims(
    session: Session, deleted: list[tuple[str, int]]
) -> list[tuple[str, int | None, dict[str, Any]]]:
    """The rows ON DELETE CASCADE will remove with the ``deleted`` (table, id) rows, at any depth, that the
    flush does not delete itself: (table, id or None for a link table, the row's values). Read before the
    flush, so each can be audited like a deletion the unit of work made."""
    from sqlalchemy import LargeBinary

    seen: set[tuple[str, int | None]] = set(deleted)
    frontier = list(deleted)
    found: list[tuple[str, int | None, dict[str, Any]]] = []
    connection = session.connection()
    while frontier:
        parent, ident = frontier.pop()
        for table, column in _cascade_children(parent):
            columns = [c for c in table.c if not isinstance(c.type, LargeBinary)]
            for row in connection.execute(select(*columns).where(table.c[column] == ident)).mappings():
                values = dict(row)
                key = (table.name, values.get("id"))
                if key[1] is not None:
                    if key in seen:
                        continue
                    seen.add(key)
                    frontier.append((table.name, int(key[1])))
                values["cascade"] = f"{parent} {ident}"
                found.append((table.name, key[1], values))
    return found
