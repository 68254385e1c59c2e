"""task sources as real links: a task points at the conclusion, recommendation or contribution it came
from through a foreign key, and keeps a snapshot of that item's words

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

Issue 12 item 5. ``tasks.source_kind``/``tasks.source_id`` had no foreign key: removing an item left its
tasks pointing at an id SQLite later gave to an unrelated item. This adds ``conclusion_id``,
``recommendation_id`` and ``contribution_id`` (``ON DELETE SET NULL``, at most one set, agreeing with
``source_kind``) and ``source_text`` (the item's words), converts every task's old reference and drops
``source_id``. ``source_kind`` stays: the kind of item a task came from, also after the item is gone.

A reference is converted only when its item exists in the task's own meeting. Anything else (an unknown
kind, a missing item, an item of another meeting) is not guessed: the task keeps no link, the finding is
logged and kept in ``app_settings`` under ``links.unresolved`` (``minutes check`` prints it; see
minutes.db.links).

SQLite cannot add a CHECK constraint to an existing table without copying it (which would drop the tasks'
expression index), so there the same rule is two triggers; PostgreSQL gets the CHECK constraint.
"""

from __future__ import annotations

import json
import logging

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

log = logging.getLogger("minutes.db.migrations")

COLUMNS = {
    "conclusion": ("conclusion_id", "conclusions"),
    "recommendation": ("recommendation_id", "recommendations"),
    "contribution": ("contribution_id", "contributions"),
}
UNRESOLVED_KEY = "links.unresolved"


def one_source(row: str = "") -> str:
    """At most one link, agreeing with ``source_kind`` (``row``: "NEW." inside a SQLite trigger)."""
    return (
        " + ".join(f"(CASE WHEN {row}{c} IS NULL THEN 0 ELSE 1 END)" for c, _t in COLUMNS.values())
        + " <= 1 AND "
        + " AND ".join(f"({row}{c} IS NULL OR {row}source_kind = '{k}')" for k, (c, _t) in COLUMNS.items())
    )


def _add_link(column: str, target: str) -> None:
    name = f"fk_tasks_{column}_{target}"
    if op.get_bind().dialect.name == "sqlite":
        # In place (as 0006 does): SQLite adds a column with a foreign key whose default is NULL.
        op.execute(
            f"ALTER TABLE tasks ADD COLUMN {column} INTEGER "
            f"CONSTRAINT {name} REFERENCES {target} (id) ON DELETE SET NULL"
        )
    else:
        op.add_column(
            "tasks",
            sa.Column(
                column,
                sa.Integer(),
                sa.ForeignKey(f"{target}.id", name=name, ondelete="SET NULL"),
                nullable=True,
            ),
        )
    op.create_index(f"ix_tasks_{column}", "tasks", [column], unique=False)


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("tasks")}
    for column, target in COLUMNS.values():
        if column not in columns:
            _add_link(column, target)
    if "source_text" not in columns:
        op.add_column("tasks", sa.Column("source_text", sa.Text(), nullable=False, server_default=""))
    if "source_id" in columns:
        unresolved = _convert(bind)
        _report(bind, unresolved)
        op.drop_column("tasks", "source_id")
    if bind.dialect.name == "sqlite":
        for event in ("INSERT", "UPDATE"):
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS ck_tasks_one_source_{event.lower()} BEFORE {event} ON tasks "
                f"WHEN NOT ({one_source('NEW.')}) "
                "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_tasks_one_source'); END"
            )
    else:
        op.create_check_constraint(op.f("ck_tasks_one_source"), "tasks", sa.text(one_source()))


def _convert(bind: sa.engine.Connection) -> list[dict[str, object]]:
    """Link every task whose old reference names an existing item of its own meeting; return the rest."""
    unresolved: list[dict[str, object]] = []
    tasks = bind.execute(
        sa.text(
            "SELECT id, meeting_id, source_kind, source_id FROM tasks "
            "WHERE source_kind IS NOT NULL OR source_id IS NOT NULL ORDER BY id"
        )
    ).fetchall()
    for task_id, meeting_id, kind, item_id in tasks:
        found = {"task": task_id, "meeting": meeting_id, "kind": kind, "item": item_id}
        if kind not in COLUMNS or item_id is None:
            reason = "unknown kind" if kind not in COLUMNS else "no item named"
            unresolved.append({**found, "reason": reason})
            bind.execute(sa.text("UPDATE tasks SET source_kind = NULL WHERE id = :t"), {"t": task_id})
            continue
        column, table = COLUMNS[kind]
        item = bind.execute(
            sa.text(f"SELECT meeting_id, text FROM {table} WHERE id = :i"), {"i": item_id}
        ).first()
        if item is None or item[0] != meeting_id:
            reason = "missing" if item is None else f"belongs to meeting {item[0]}"
            unresolved.append({**found, "reason": reason})
            continue  # the kind stays (the task did come from such an item); no link, no words
        bind.execute(
            sa.text(f"UPDATE tasks SET {column} = :i, source_text = :s WHERE id = :t"),
            {"i": item_id, "s": item[1] or "", "t": task_id},
        )
    return unresolved


def _report(bind: sa.engine.Connection, unresolved: list[dict[str, object]]) -> None:
    for row in unresolved:
        log.warning(
            "task %s (meeting %s) named %s %s, which is %s: its source was not linked",
            row["task"], row["meeting"], row["kind"], row["item"], row["reason"],
        )  # fmt: skip
    if not unresolved:
        return
    settings = sa.table("app_settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    bind.execute(settings.delete().where(settings.c.key == UNRESOLVED_KEY))
    bind.execute(
        settings.insert().values(key=UNRESOLVED_KEY, value=json.dumps(unresolved, ensure_ascii=False))
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS ck_tasks_one_source_insert")
        op.execute("DROP TRIGGER IF EXISTS ck_tasks_one_source_update")
    else:
        op.drop_constraint(op.f("ck_tasks_one_source"), "tasks", type_="check")
    op.add_column("tasks", sa.Column("source_id", sa.Integer(), nullable=True))
    op.execute("UPDATE tasks SET source_id = COALESCE(conclusion_id, recommendation_id, contribution_id)")
    for column, _target in COLUMNS.values():
        op.drop_index(f"ix_tasks_{column}", table_name="tasks")
        op.drop_column("tasks", column)
    op.drop_column("tasks", "source_text")
