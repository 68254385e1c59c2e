"""the tasks' words stored and the titles' words indexed (PostgreSQL): no row re-parsed or rechecked

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

Issue 13 item 6 / issue 17 item 6. Migration 0010 gave PostgreSQL a GIN index on the *expression*
``to_tsvector('simple', search_key)``. Whenever the planner reaches the tasks by another index (the
board's sort by deadline, a unit, "overdue"), it checks the words of each task it walks by computing that
expression again: 3,800 tasks walked for a text that matches nothing took 131 ms, almost all of it in
``to_tsvector``. Now the vector is a stored generated column, ``tasks.search_words``, with the GIN index on
it: the check is a lookup in a ready value, whichever index leads.

The search's older title hits were asked of ``search_vector`` with every lexeme labelled ``:A``: the GIN
index does not keep weights, so it returned every row with the words anywhere (26,766 for "trật tự đô
thị") and each was read and rechecked to keep the 1,601 with them in the title (343 ms). A GIN index on
the title's own words, ``to_tsvector('simple', folded_title)``, finds those 1,601 directly (21 ms).

PostgreSQL only; SQLite's FTS5 tables (``task_words``, ``search_titles``) are unchanged.
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
    "CREATE INDEX ix_search_entries_title_words ON search_entries "
    "USING gin (to_tsvector('simple'::regconfig, folded_title))",
)
POSTGRES_DOWN = (
    "DROP INDEX IF EXISTS ix_search_entries_title_words",
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
