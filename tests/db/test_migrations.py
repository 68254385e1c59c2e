"""The schema is created and upgraded by Alembic; newer or unreadable databases are refused untouched."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from minutes.db.engine import make_engine
from minutes.db.migrate import current_revision, head_revision, upgrade
from minutes.db.models import Base
from minutes.errors import DatabaseCorrupt, DatabaseTooNew
from minutes.services import Database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_database_goes_to_head_with_every_table(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "new.sqlite3"))
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    upgrade(engine)  # idempotent
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "p.sqlite3"))
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    engine.dispose()


def test_database_stamped_newer_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    Database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as info:
        Database(str(path))
    assert "9999_from_the_future" in info.value.message
    assert "newer version" in info.value.message
    assert digest(path) == before
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_from_the_future"
    con.close()


def test_a_file_that_is_not_a_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is a Word document, not a database" * 100)
    before = digest(path)
    with pytest.raises(DatabaseCorrupt) as info:
        Database(str(path))
    assert str(path) in info.value.message
    assert digest(path) == before


def test_head_constant_is_alembics_head() -> None:
    from minutes.db.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    """Start-up cost: a database at head is checked with one SELECT (see benchmarks: cold start)."""
    import subprocess
    import sys

    path = tmp_path / "current.sqlite3"
    Database(str(path)).close()
    code = (
        "import sys; from minutes.services import Database; d = Database(sys.argv[1]); d.close(); "
        "print(sorted(m for m in ('alembic', 'openpyxl', 'jsonschema') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
