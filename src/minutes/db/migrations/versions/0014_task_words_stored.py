"""the tasks' words stored (PostgreSQL), so the board's text filter checks a row without re-parsing it

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

Issue 13 item 6 / issue 17 item 6. Migration 0010 gave PostgreSQL a GIN index on the *expression*
``to_tsvector('simple', search_key)``. Whenever the planner reaches the tasks by another index (the
board's sort by deadline, a unit, "overdue"), it checks the words of each task it walks by computing that
expression again: 3,800 tasks walked for a text that matches nothing took 131 ms, almost all of it in
``to_tsvector``. Now the vector is a stored generated column, ``tasks.search_words``, with the GIN index on
it: the check is a lookup in a ready value, whichever index leads. PostgreSQL only; SQLite's FTS5
``task_words`` is unchanged.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

POSTGRES_UP = (
    "ALTER TABLE tasks ADD COLUMN search_words tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_key)) STORED",
    "CREATE INDEX ix_tasks_search_words_stored ON tasks USING gin (search_words)",
    "DROP INDEX IF EXISTS ix_tasks_search_words",
)
POSTGRES_DOWN = (
    "CREATE INDEX ix_tasks_search_words ON tasks USING gin (to_tsvector('simple', search_key))",
    "DROP INDEX IF EXISTS ix_tasks_search_words_stored",
    "ALTER TABLE tasks DROP COLUMN IF EXISTS search_words",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in POSTGRES_UP:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in POSTGRES_DOWN:
        op.execute(statement)
