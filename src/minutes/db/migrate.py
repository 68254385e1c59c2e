"""Create or upgrade the schema with Alembic at start; refuse newer or unreadable databases untouched.

Alembic (with Mako and friends) costs 100-150 ms to import, so a start on a database that is already
at :data:`HEAD_REVISION` reads the revision with one SELECT and never imports it. A test checks that
the constant is Alembic's head.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

from minutes.errors import DatabaseCorrupt, DatabaseTooNew, DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest migration in ``migrations/versions`` (kept equal to Alembic's head by a test).
HEAD_REVISION = "0006"


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
            raise DatabaseUnavailable(url=engine.url.render_as_string(), detail=str(exc.orig)) from exc
        if engine.dialect.name != "sqlite":
            raise DatabaseUnavailable(url=engine.url.render_as_string(), detail=str(exc.orig)) from exc
        raise DatabaseCorrupt(path=engine.url.database, detail=str(exc.orig)) from exc
    except (DatabaseError, ProgrammingError) as exc:
        raise DatabaseCorrupt(path=engine.url.database, detail=str(exc.orig)) from exc


def check_compatible(engine: Engine) -> str | None:
    """The current revision; raises :class:`DatabaseTooNew` if the app does not know it."""
    found = _probe(engine)
    if found is not None and found != HEAD_REVISION and found not in known_revisions():
        raise DatabaseTooNew(found=found, known=HEAD_REVISION)
    return found


def upgrade(engine: Engine) -> None:
    """Bring the database to the head revision (creating it when empty)."""
    found = check_compatible(engine)
    if found == HEAD_REVISION:
        return
    from alembic import command

    config = alembic_config()
    if engine.dialect.name == "sqlite":
        # Batch migrations copy tables; with foreign keys ON a copy would cascade-delete children.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        if problems:
            raise DatabaseCorrupt(path=engine.url.database, detail=f"foreign key check: {problems[:3]}")
        return
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
