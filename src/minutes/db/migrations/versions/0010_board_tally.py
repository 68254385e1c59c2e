"""task tally and the tasks' word index (the board answers from indexes, not scans)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

The task board's counts and overview were computed by reading every task; its text filter read every
task's text (``LIKE``). Issue 17 asks that they cost what the answer costs, not what the office holds:

- ``task_tally`` (unit_id, phase, day, n): how many tasks of each lead unit (0: none) are in each
  *phase* on each *day*, kept by triggers on ``tasks`` in the same transaction as every change (the
  ORM's, Core's, another program's). A task's official status depends on today, so the tally keeps what
  does not: phase 0 cancelled, 1 done on time, 2 done late (day: the first of the month completed), 3
  open and started, 4 open and not started (day: the deadline; 9999-12-31 when there is none or for
  cancelled tasks). Open tasks with a day before today are overdue. The counts per state, per unit and
  the completions per month sum a few thousand rows, however many tasks there are
  (:mod:`minutes.services.board_tally`).
- the tasks' word index over ``tasks.search_key`` (the folded text, expected product): on SQLite an
  FTS5 table ``task_words`` with the search index's tokenizer, fed by triggers; on PostgreSQL a GIN
  index on ``to_tsvector('simple', search_key)``. The board's text filter matches words by their
  beginning through it.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

NO_DAY = "9999-12-31"

_TALLY = """
CREATE TABLE task_tally (
    unit_id INTEGER NOT NULL,
    phase SMALLINT NOT NULL,
    day DATE NOT NULL,
    n INTEGER NOT NULL,
    CONSTRAINT pk_task_tally PRIMARY KEY (unit_id, phase, day)
)
"""


def _sqlite_parts(row: str) -> tuple[str, str, str]:
    unit = f"coalesce({row}.lead_unit_id, 0)"
    phase = (
        f"CASE WHEN {row}.cancelled_on IS NOT NULL THEN 0"
        f" WHEN {row}.completed_on IS NOT NULL THEN"
        f" (CASE WHEN {row}.deadline IS NULL OR {row}.completed_on <= {row}.deadline THEN 1 ELSE 2 END)"
        f" WHEN {row}.progress > 0 THEN 3 ELSE 4 END"
    )
    day = (
        f"CASE WHEN {row}.cancelled_on IS NOT NULL THEN '{NO_DAY}'"
        f" WHEN {row}.completed_on IS NOT NULL THEN date({row}.completed_on, 'start of month')"
        f" ELSE coalesce({row}.deadline, '{NO_DAY}') END"
    )
    return unit, phase, day


def _sqlite_add(row: str) -> str:
    unit, phase, day = _sqlite_parts(row)
    return (
        f"INSERT INTO task_tally (unit_id, phase, day, n) VALUES ({unit}, {phase}, {day}, 1)"
        " ON CONFLICT (unit_id, phase, day) DO UPDATE SET n = n + 1;"
    )


def _sqlite_remove(row: str) -> str:
    unit, phase, day = _sqlite_parts(row)
    key = f"unit_id = {unit} AND phase = {phase} AND day = {day}"
    # a count that reaches 0 is removed: the tally holds exactly what the tasks say (archives compare)
    return f"UPDATE task_tally SET n = n - 1 WHERE {key}; DELETE FROM task_tally WHERE {key} AND n <= 0;"


_STATE = "lead_unit_id, cancelled_on, completed_on, deadline, progress"
_FTS = "content='tasks', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3 4'"

SQLITE_UP = (
    _TALLY,
    f"CREATE TRIGGER task_tally_insert AFTER INSERT ON tasks BEGIN {_sqlite_add('new')} END",
    f"CREATE TRIGGER task_tally_delete AFTER DELETE ON tasks BEGIN {_sqlite_remove('old')} END",
    f"CREATE TRIGGER task_tally_update AFTER UPDATE OF {_STATE} ON tasks BEGIN "
    f"{_sqlite_remove('old')} {_sqlite_add('new')} END",
    "INSERT INTO task_tally (unit_id, phase, day, n) SELECT u, p, d, count(*) FROM ("
    + "SELECT {} AS u, {} AS p, {} AS d FROM tasks AS t".format(*_sqlite_parts("t"))
    + ") GROUP BY u, p, d",
    f"CREATE VIRTUAL TABLE task_words USING fts5(search_key, {_FTS})",
    "CREATE TRIGGER task_words_insert AFTER INSERT ON tasks BEGIN "
    "INSERT INTO task_words (rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER task_words_delete AFTER DELETE ON tasks BEGIN "
    "INSERT INTO task_words (task_words, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER task_words_update AFTER UPDATE OF search_key ON tasks BEGIN "
    "INSERT INTO task_words (task_words, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO task_words (rowid, search_key) VALUES (new.id, new.search_key); END",
    "INSERT INTO task_words (task_words) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS task_words_update",
    "DROP TRIGGER IF EXISTS task_words_delete",
    "DROP TRIGGER IF EXISTS task_words_insert",
    "DROP TABLE IF EXISTS task_words",
    "DROP TRIGGER IF EXISTS task_tally_update",
    "DROP TRIGGER IF EXISTS task_tally_delete",
    "DROP TRIGGER IF EXISTS task_tally_insert",
    "DROP TABLE IF EXISTS task_tally",
)

_PG_PHASE = """
CREATE FUNCTION task_tally_phase(cancelled_on date, completed_on date, deadline date, progress integer)
RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
    SELECT (CASE WHEN cancelled_on IS NOT NULL THEN 0
                 WHEN completed_on IS NOT NULL THEN
                     (CASE WHEN deadline IS NULL OR completed_on <= deadline THEN 1 ELSE 2 END)
                 WHEN progress > 0 THEN 3 ELSE 4 END)::smallint
$$
"""
_PG_DAY = f"""
CREATE FUNCTION task_tally_day(cancelled_on date, completed_on date, deadline date)
RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN cancelled_on IS NOT NULL THEN DATE '{NO_DAY}'
                WHEN completed_on IS NOT NULL THEN date_trunc('month', completed_on)::date
                ELSE coalesce(deadline, DATE '{NO_DAY}') END
$$
"""
_PG_APPLY = """
CREATE FUNCTION task_tally_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE task_tally SET n = n - 1
        WHERE unit_id = coalesce(OLD.lead_unit_id, 0)
          AND phase = task_tally_phase(OLD.cancelled_on, OLD.completed_on, OLD.deadline, OLD.progress)
          AND day = task_tally_day(OLD.cancelled_on, OLD.completed_on, OLD.deadline);
        DELETE FROM task_tally WHERE n <= 0
          AND unit_id = coalesce(OLD.lead_unit_id, 0)
          AND phase = task_tally_phase(OLD.cancelled_on, OLD.completed_on, OLD.deadline, OLD.progress)
          AND day = task_tally_day(OLD.cancelled_on, OLD.completed_on, OLD.deadline);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO task_tally (unit_id, phase, day, n)
        VALUES (coalesce(NEW.lead_unit_id, 0),
                task_tally_phase(NEW.cancelled_on, NEW.completed_on, NEW.deadline, NEW.progress),
                task_tally_day(NEW.cancelled_on, NEW.completed_on, NEW.deadline), 1)
        ON CONFLICT (unit_id, phase, day) DO UPDATE SET n = task_tally.n + 1;
    END IF;
    RETURN NULL;
END
$$
"""
POSTGRES_UP = (
    _TALLY,
    _PG_PHASE,
    _PG_DAY,
    _PG_APPLY,
    "CREATE TRIGGER task_tally_insert_delete AFTER INSERT OR DELETE ON tasks "
    "FOR EACH ROW EXECUTE FUNCTION task_tally_apply()",
    f"CREATE TRIGGER task_tally_update AFTER UPDATE OF {_STATE} ON tasks "
    "FOR EACH ROW EXECUTE FUNCTION task_tally_apply()",
    "INSERT INTO task_tally (unit_id, phase, day, n) "
    "SELECT coalesce(lead_unit_id, 0), task_tally_phase(cancelled_on, completed_on, deadline, progress), "
    "task_tally_day(cancelled_on, completed_on, deadline), count(*) FROM tasks GROUP BY 1, 2, 3",
    "CREATE INDEX ix_tasks_search_words ON tasks USING gin (to_tsvector('simple', search_key))",
)
POSTGRES_DOWN = (
    "DROP INDEX IF EXISTS ix_tasks_search_words",
    "DROP TRIGGER IF EXISTS task_tally_update ON tasks",
    "DROP TRIGGER IF EXISTS task_tally_insert_delete ON tasks",
    "DROP FUNCTION IF EXISTS task_tally_apply()",
    "DROP FUNCTION IF EXISTS task_tally_day(date, date, date)",
    "DROP FUNCTION IF EXISTS task_tally_phase(date, date, date, integer)",
    "DROP TABLE IF EXISTS task_tally",
)


def upgrade() -> None:
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else POSTGRES_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else POSTGRES_DOWN:
        op.execute(statement)
