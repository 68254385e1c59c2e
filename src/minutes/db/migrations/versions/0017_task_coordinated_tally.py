"""task_coordinated_tally: the tasks each unit coordinates without leading, counted by phase and day,
kept by triggers; indexes of the open tasks, the states by priority, the deadline changes (PostgreSQL)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

Issue 13 item 6 / issue 17 item 6 (pgboard). Choosing a unit on the board counts the tasks it takes part
in, as lead or as coordinating unit. The tasks it leads were summed from ``task_tally`` (0010); those it
only coordinates were read, 8,000 index probes for a unit of the ten-year office (58 ms under load,
48-62 ms p95 in the benchmark). Now they are summed too: ``task_coordinated_tally`` (unit_id, phase,
day, n) holds, for each unit, how many tasks it coordinates *and does not lead* are in each phase on
each day (the phases and days of ``task_tally``: :mod:`minutes.services.board_tally`), so a unit's
counts per state are two sums of a few hundred rows each, whatever the number of tasks.

Kept in the same transaction as every change that can alter it, whoever makes it:

- a coordinator link added, removed or changed (``task_coordinators``): the link's task, read then,
  gives the phase and day; a link to the task's own lead unit counts nothing (the task is in
  ``task_tally`` for that unit already). A link removed because its task is being deleted (the
  cascade) finds no task: the task's own trigger has already taken its links out.
- a task's lead unit or state columns changed (``tasks``, AFTER UPDATE): each of its links is taken
  out with the old values and put back with the new ones.
- a task deleted (``tasks``, BEFORE DELETE, so that its links are still there: the cascade that
  removes them runs after the row is gone).

Counts that reach 0 are removed, as in ``task_tally``. Three indexes for the board's pages and
counts (below). SQLite: nothing (its counts for a unit read
the coordinators' index, 20-37 ms on the ten-year office; its side of the board is another change's).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_TABLE = """
CREATE TABLE task_coordinated_tally (
    unit_id INTEGER NOT NULL,
    phase SMALLINT NOT NULL,
    day DATE NOT NULL,
    n INTEGER NOT NULL,
    CONSTRAINT pk_task_coordinated_tally PRIMARY KEY (unit_id, phase, day)
)
"""
# One unit's count at (phase, day) moved by delta (+1 or -1).
_ADD = """
CREATE FUNCTION task_coordinated_tally_add(unit integer, ph smallint, d date, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF delta > 0 THEN
        INSERT INTO task_coordinated_tally (unit_id, phase, day, n) VALUES (unit, ph, d, delta)
        ON CONFLICT (unit_id, phase, day) DO UPDATE SET n = task_coordinated_tally.n + delta;
    ELSE
        UPDATE task_coordinated_tally SET n = n + delta WHERE unit_id = unit AND phase = ph AND day = d;
        DELETE FROM task_coordinated_tally WHERE unit_id = unit AND phase = ph AND day = d AND n <= 0;
    END IF;
END
$$
"""
_LINKS = """
CREATE FUNCTION task_coordinated_tally_links() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    task record;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT lead_unit_id, task_tally_phase(cancelled_on, completed_on, deadline, progress) AS phase,
               task_tally_day(cancelled_on, completed_on, deadline) AS day
        INTO task FROM tasks WHERE id = OLD.task_id;
        IF FOUND AND task.lead_unit_id IS DISTINCT FROM OLD.unit_id THEN
            PERFORM task_coordinated_tally_add(OLD.unit_id, task.phase, task.day, -1);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT lead_unit_id, task_tally_phase(cancelled_on, completed_on, deadline, progress) AS phase,
               task_tally_day(cancelled_on, completed_on, deadline) AS day
        INTO task FROM tasks WHERE id = NEW.task_id;
        IF FOUND AND task.lead_unit_id IS DISTINCT FROM NEW.unit_id THEN
            PERFORM task_coordinated_tally_add(NEW.unit_id, task.phase, task.day, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$
"""
_TASKS = """
CREATE FUNCTION task_coordinated_tally_task() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_phase smallint := task_tally_phase(OLD.cancelled_on, OLD.completed_on, OLD.deadline, OLD.progress);
    old_day date := task_tally_day(OLD.cancelled_on, OLD.completed_on, OLD.deadline);
    new_phase smallint;
    new_day date;
    link record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        new_phase := task_tally_phase(NEW.cancelled_on, NEW.completed_on, NEW.deadline, NEW.progress);
        new_day := task_tally_day(NEW.cancelled_on, NEW.completed_on, NEW.deadline);
        IF OLD.lead_unit_id IS NOT DISTINCT FROM NEW.lead_unit_id AND old_phase = new_phase
           AND old_day = new_day THEN
            RETURN NULL;
        END IF;
    END IF;
    FOR link IN SELECT unit_id FROM task_coordinators WHERE task_id = OLD.id LOOP
        IF link.unit_id IS DISTINCT FROM OLD.lead_unit_id THEN
            PERFORM task_coordinated_tally_add(link.unit_id, old_phase, old_day, -1);
        END IF;
        IF TG_OP = 'UPDATE' AND link.unit_id IS DISTINCT FROM NEW.lead_unit_id THEN
            PERFORM task_coordinated_tally_add(link.unit_id, new_phase, new_day, 1);
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NULL;
END
$$
"""
_STATE = "lead_unit_id, cancelled_on, completed_on, deadline, progress"
# Three small indexes the board's statements read on PostgreSQL:
_PG_INDEXES = (
    # The open tasks by deadline (13,000 of the ten-year office's 100,000): "overdue", "due within 7
    # days", the chips of the open states and the sort by state walk it in the page's order and stop
    # after a page (the keys of "tick overdue": 16.5 -> 0.3 ms, its counts 6.8 -> 1.5 ms in EXPLAIN
    # ANALYZE); through (deadline) alone the planner read most tasks, done or not, to find open ones.
    (
        "ix_tasks_open_deadline",
        "tasks (deadline, id) WHERE cancelled_on IS NULL AND completed_on IS NULL",
    ),
    # The state columns by priority: the counts per state of "choose priority high" (20,000 tasks) read
    # these entries only (index-only, 12 ms in EXPLAIN ANALYZE under load) instead of the covering index
    # of every task with two parallel workers (47 ms).
    (
        "ix_tasks_priority_state",
        "tasks (priority) INCLUDE (cancelled_on, completed_on, deadline, progress)",
    ),
    # The deadline changes of a task (7,700 of 495,000 task events): whether a row shows "extended" reads
    # these, not every event of the page's 200 tasks from the table (25 ms when they are not cached).
    (
        "ix_task_events_deadline_changes",
        "task_events (task_id, id) WHERE kind = 'deadline_changed' AND old_value IS NOT NULL "
        "AND new_value IS NOT NULL",
    ),
)
POSTGRES_UP = (
    *(f"CREATE INDEX {name} ON {definition}" for name, definition in _PG_INDEXES),
    _TABLE,
    _ADD,
    _LINKS,
    _TASKS,
    "CREATE TRIGGER task_coordinated_tally_links AFTER INSERT OR UPDATE OR DELETE ON task_coordinators "
    "FOR EACH ROW EXECUTE FUNCTION task_coordinated_tally_links()",
    f"CREATE TRIGGER task_coordinated_tally_update AFTER UPDATE OF {_STATE} ON tasks "
    "FOR EACH ROW EXECUTE FUNCTION task_coordinated_tally_task()",
    "CREATE TRIGGER task_coordinated_tally_delete BEFORE DELETE ON tasks "
    "FOR EACH ROW EXECUTE FUNCTION task_coordinated_tally_task()",
    # the links there are, each task's once per unit it coordinates without leading
    "INSERT INTO task_coordinated_tally (unit_id, phase, day, n) "
    "SELECT tc.unit_id, task_tally_phase(t.cancelled_on, t.completed_on, t.deadline, t.progress), "
    "task_tally_day(t.cancelled_on, t.completed_on, t.deadline), count(*) "
    "FROM task_coordinators tc JOIN tasks t ON t.id = tc.task_id "
    "WHERE t.lead_unit_id IS DISTINCT FROM tc.unit_id GROUP BY 1, 2, 3",
)
POSTGRES_DOWN = (
    *(f"DROP INDEX IF EXISTS {name}" for name, _ in _PG_INDEXES),
    "DROP TRIGGER IF EXISTS task_coordinated_tally_delete ON tasks",
    "DROP TRIGGER IF EXISTS task_coordinated_tally_update ON tasks",
    "DROP TRIGGER IF EXISTS task_coordinated_tally_links ON task_coordinators",
    "DROP FUNCTION IF EXISTS task_coordinated_tally_task()",
    "DROP FUNCTION IF EXISTS task_coordinated_tally_links()",
    "DROP FUNCTION IF EXISTS task_coordinated_tally_add(integer, smallint, date, integer)",
    "DROP TABLE IF EXISTS task_coordinated_tally",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWN:
            op.execute(statement)
