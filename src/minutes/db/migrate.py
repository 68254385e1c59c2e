"""Create or upgrade the schema with Alembic at start; refuse newer or unreadable databases untouched."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

from minutes.errors import DatabaseCorrupt, DatabaseTooNew, DatabaseUnavailable

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _probe(engine: Engine) -> str | None:
    """Read the schema revision, turning 'not a database' and 'cannot connect' into user errors."""
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        if engine.dialect.name == "sqlite" and "not a database" not in str(exc.orig):
            raise DatabaseUnavailable(url=engine.url.render_as_string(), detail=str(exc.orig)) from exc
        if engine.dialect.name != "sqlite":
            raise DatabaseUnavailable(url=engine.url.render_as_string(), detail=str(exc.orig)) from exc
        raise DatabaseCorrupt(path=engine.url.database, detail=str(exc.orig)) from exc
    except DatabaseError as exc:
        raise DatabaseCorrupt(path=engine.url.database, detail=str(exc.orig)) from exc


def check_compatible(engine: Engine) -> str | None:
    """The current revision; raises :class:`DatabaseTooNew` if the app does not know it."""
    found = _probe(engine)
    if found is not None and found not in known_revisions():
        raise DatabaseTooNew(found=found, known=head_revision())
    return found


def upgrade(engine: Engine) -> None:
    """Bring the database to the head revision (creating it when empty)."""
    found = check_compatible(engine)
    if found == head_revision():
        return
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
