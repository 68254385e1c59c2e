"""each task's first coordinating unit stored (tasks.first_coordinator_id), kept by triggers; the
board's sort indexes on PostgreSQL

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

Issue 13 item 6 / issue 17 item 6 (pgspeed). The board sorts by the coordinating units column by each
task's *first* coordinating unit (alphabetically: ``units.search_key``, then id). Found at query time,
that meant joining every coordinator link to its unit and, for each, checking that no other link of
the same task sorts before it: PostgreSQL sorted all 117,026 links of the ten-year office to show one
page (140 ms p95). Now the first coordinator is a column of the task, with an index
``(first_coordinator_id, id)``, and the sort walks the units in order and each unit's tasks by id, as
the sort by lead unit does.

The value is kept by triggers in the same transaction as every change that can alter it, whoever
makes it (the services, an import, another program): a coordinator link added, removed or changed
(``task_coordinators``), and a unit renamed (its ``search_key`` changes the order). A task without a
coordinating unit has NULL. This migration fills the column for the tasks there are.

On PostgreSQL, the sorts by lead unit, priority and progress get ``(key, id)`` indexes, and the counts
a covering index of the state columns (below).
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The first coordinating unit of the task whose id is {task} (NULL: none).
_FIRST = (
    "(SELECT tc.unit_id FROM task_coordinators tc JOIN units u ON u.id = tc.unit_id "
    "WHERE tc.task_id = {task} ORDER BY u.search_key, u.id LIMIT 1)"
)
_COLUMN = "ALTER TABLE tasks ADD COLUMN first_coordinator_id INTEGER"
_INDEX = "CREATE INDEX ix_tasks_first_coordinator ON tasks (first_coordinator_id, id)"


def _sqlite_set(task: str) -> str:
    first = _FIRST.format(task=task)
    return (
        f"UPDATE tasks SET first_coordinator_id = {first} "
        f"WHERE id = {task} AND first_coordinator_id IS NOT {first};"
    )


SQLITE_UP = (
    _COLUMN,
    "CREATE TRIGGER task_first_coordinator_insert AFTER INSERT ON task_coordinators BEGIN "
    f"{_sqlite_set('new.task_id')} END",
    "CREATE TRIGGER task_first_coordinator_delete AFTER DELETE ON task_coordinators BEGIN "
    f"{_sqlite_set('old.task_id')} END",
    "CREATE TRIGGER task_first_coordinator_update AFTER UPDATE ON task_coordinators BEGIN "
    f"{_sqlite_set('old.task_id')} {_sqlite_set('new.task_id')} END",
    "CREATE TRIGGER task_first_coordinator_rename AFTER UPDATE OF search_key ON units "
    "WHEN old.search_key IS NOT new.search_key BEGIN "
    f"UPDATE tasks SET first_coordinator_id = {_FIRST.format(task='tasks.id')} "
    "WHERE id IN (SELECT task_id FROM task_coordinators WHERE unit_id = new.id); END",
    f"UPDATE tasks SET first_coordinator_id = {_FIRST.format(task='tasks.id')}",
    _INDEX,
)
SQLITE_DOWN = (
    "DROP INDEX IF EXISTS ix_tasks_first_coordinator",
    "DROP TRIGGER IF EXISTS task_first_coordinator_rename",
    "DROP TRIGGER IF EXISTS task_first_coordinator_update",
    "DROP TRIGGER IF EXISTS task_first_coordinator_delete",
    "DROP TRIGGER IF EXISTS task_first_coordinator_insert",
    "ALTER TABLE tasks DROP COLUMN first_coordinator_id",
)

_PG_SET = f"""
CREATE FUNCTION task_first_coordinator_set(task integer) RETURNS void LANGUAGE sql AS $$
    UPDATE tasks SET first_coordinator_id = {_FIRST.format(task="task")}
    WHERE id = task AND first_coordinator_id IS DISTINCT FROM {_FIRST.format(task="task")}
$$
"""
_PG_LINKS = """
CREATE FUNCTION task_first_coordinator_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM task_first_coordinator_set(OLD.task_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM task_first_coordinator_set(NEW.task_id);
    END IF;
    RETURN NULL;
END
$$
"""
_PG_RENAME = f"""
CREATE FUNCTION task_first_coordinator_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.search_key IS DISTINCT FROM NEW.search_key THEN
        UPDATE tasks SET first_coordinator_id = {_FIRST.format(task="tasks.id")}
        WHERE id IN (SELECT task_id FROM task_coordinators WHERE unit_id = NEW.id);
    END IF;
    RETURN NULL;
END
$$
"""
# PostgreSQL: the board's sorts by lead unit, priority and progress read the tasks in (key, id) order
# from these; a btree on the key alone keeps equal keys in the table's order, not by id, so the planner
# read all 8,000-33,000 tasks of the first key (or the whole table) and sorted them (50-240 ms). SQLite
# needs none: its indexes end with the rowid, which is the id.
_PG_SORT_INDEXES = (
    ("ix_tasks_lead_unit_task", "lead_unit_id, id"),
    ("ix_tasks_priority_task", "priority, id"),
    ("ix_tasks_progress_task", "progress, id"),
    # The counts for a unit or a person test every task (a lead unit OR a coordinating one): read from
    # this narrow copy of the columns the states follow from, not from the 13,500 pages of the table.
    (
        "ix_tasks_board_cover",
        "id) INCLUDE (lead_unit_id, responsible_id, cancelled_on, completed_on, deadline, progress, priority",
    ),
)
POSTGRES_UP = (
    _COLUMN,
    # The indexes before the fill: an index built after the UPDATE (whose row versions are still visible
    # to older transactions) would stay unused until every transaction older than it ended
    # (pg_index.indcheckxmin).
    _INDEX,
    *(f"CREATE INDEX {name} ON tasks ({columns})" for name, columns in _PG_SORT_INDEXES),
    _PG_SET,
    _PG_LINKS,
    _PG_RENAME,
    "CREATE TRIGGER task_first_coordinator_links AFTER INSERT OR UPDATE OR DELETE ON task_coordinators "
    "FOR EACH ROW EXECUTE FUNCTION task_first_coordinator_links()",
    "CREATE TRIGGER task_first_coordinator_rename AFTER UPDATE OF search_key ON units "
    "FOR EACH ROW EXECUTE FUNCTION task_first_coordinator_rename()",
    # one pass: each task's first link, by its unit's order
    "UPDATE tasks SET first_coordinator_id = f.unit_id FROM ("
    "SELECT DISTINCT ON (tc.task_id) tc.task_id, tc.unit_id FROM task_coordinators tc "
    "JOIN units u ON u.id = tc.unit_id ORDER BY tc.task_id, u.search_key, u.id) AS f "
    "WHERE tasks.id = f.task_id",
)
POSTGRES_DOWN = (
    *(f"DROP INDEX IF EXISTS {name}" for name, _ in _PG_SORT_INDEXES),
    "DROP INDEX IF EXISTS ix_tasks_first_coordinator",
    "DROP TRIGGER IF EXISTS task_first_coordinator_rename ON units",
    "DROP TRIGGER IF EXISTS task_first_coordinator_links ON task_coordinators",
    "DROP FUNCTION IF EXISTS task_first_coordinator_rename()",
    "DROP FUNCTION IF EXISTS task_first_coordinator_links()",
    "DROP FUNCTION IF EXISTS task_first_coordinator_set(integer)",
    "ALTER TABLE tasks DROP COLUMN IF EXISTS first_coordinator_id",
)


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_UP if postgres else SQLITE_UP:
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_DOWN if postgres else SQLITE_DOWN:
        op.execute(statement)
