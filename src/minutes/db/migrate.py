"""Create or upgrade the schema with Alembic at start; refuse newer or unreadable databases untouched.

Alembic (with Mako and friends) costs 100-150 ms to import, so a start on a database that is already
at :data:`HEAD_REVISION` reads the revision with one SELECT and never imports it. A test checks that
the constant is Alembic's head.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

from minutes.db import probe
from minutes.db.engine import database_file
from minutes.errors import DatabaseCorrupt, DatabaseTooNew, DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest migration in ``migrations/versions`` (kept equal to Alembic's head by a test).
HEAD_REVISION = "0017"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _read_revision(connection, engine)


def _read_revision(connection: object, engine: Engine) -> str | None:
    """The revision in ``alembic_version`` (None for an empty database), with one SELECT."""
    from sqlalchemy import inspect

    if not inspect(connection).has_table("alembic_version"):  # type: ignore[arg-type]
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).fetchall()  # type: ignore[attr-defined]
    return str(rows[0][0]) if rows else None


def _probe(engine: Engine) -> str | None:
    """Read the schema revision, turning 'not a database' and 'cannot connect' into user errors."""
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            return _read_revision(connection, engine)
    except OperationalError as exc:
        if engine.dialect.name == "sqlite" and "not a database" not in str(exc.orig):
            raise DatabaseUnavailable(
                url=engine.url.render_as_string(), detail=_first_line(exc.orig)
            ) from exc
        if engine.dialect.name != "sqlite":
            from minutes.db import faults

            if faults.password_needed(exc):
                raise faults.user_error(exc, engine.url.render_as_string()) from exc
            raise DatabaseUnavailable(
                url=engine.url.render_as_string(), detail=_first_line(exc.orig)
            ) from exc
        raise DatabaseCorrupt(path=engine.url.database, detail=_first_line(exc.orig)) from exc
    except (DatabaseError, ProgrammingError) as exc:
        raise DatabaseCorrupt(path=engine.url.database, detail=_first_line(exc.orig)) from exc


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def check_compatible(engine: Engine) -> str | None:
    """The current revision; raises :class:`DatabaseTooNew` if the app does not know it."""
    found = _probe(engine)
    if found is not None and found != HEAD_REVISION and found not in known_revisions():
        raise DatabaseTooNew(found=found, known=HEAD_REVISION)
    return found


def upgrade(
    engine: Engine, *, check: bool | None = None, to: str = "head", backup_first: bool = True
) -> None:
    """Bring the database to the head revision (creating it when empty); ``to`` names an older revision
    (an archive of an older version is loaded at its own revision, then upgraded); ``backup_first`` False
    skips the backup before a migration (temporary databases of a restore).

    A SQLite file is first looked at read-only (:func:`minutes.db.probe.inspect_file`): another program's
    database, a damaged one (``quick_check``, see ``probe.inspect_file`` for ``check``) or a file that is not a
    database is refused before anything is written. A database that needs a migration is backed up
    first (:mod:`minutes.db.backup`); if the backup cannot be made, nothing is migrated.
    """
    path = database_file(engine)
    if path is not None:
        probe.inspect_file(path, check=check)
    found = check_compatible(engine)
    if found == (HEAD_REVISION if to == "head" else to):
        return
    if path is not None and found is not None and backup_first:
        from minutes.db import backup

        saved = backup.make_backup(path, reason=backup.BEFORE_MIGRATION)
        log.info("migrating %s from schema %s to %s; backup at %s", path, found, HEAD_REVISION, saved)
    from alembic import command

    config = alembic_config()
    if engine.dialect.name == "sqlite":
        # Batch migrations copy tables; with foreign keys ON a copy would cascade-delete children.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = connection
            command.upgrade(config, to)
            connection.commit()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        if problems:
            raise DatabaseCorrupt(path=engine.url.database, detail=f"foreign key check: {problems[:3]}")
        return
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, to)
        if to == "head":  # the tables later migrations made get their role's grants too
            from minutes.db import grants

            grants.apply(connection)
    if found is not None:
        vacuum_analyze(engine)


#: The tables whose planner statistics and visibility map the board and the search depend on.
MAINTAINED_TABLES = (
    "tasks",
    "task_coordinators",
    "task_assignees",
    "task_events",
    "task_tally",
    "task_coordinated_tally",
    "meetings",
    "units",
    "people",
    "search_entries",
)


def vacuum_analyze(engine: Engine) -> None:
    """PostgreSQL: ``VACUUM (ANALYZE)`` the tables the board and the search read, after a migration of a
    database holding data (a migration rewrites tables and indexes; a bulk load leaves them unvacuumed).

    The app does not count on the server's autovacuum (it can be off, as on the team's server): without a
    visibility map no index-only scan is possible and every index entry visits its table row; without
    statistics the planner guesses. Outside a transaction (VACUUM refuses one), this schema's tables
    only (named without a schema: the connection's ``search_path`` picks them).
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in MAINTAINED_TABLES:
            connection.exec_driver_sql(f'VACUUM (ANALYZE) "{table}"')
