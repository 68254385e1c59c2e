"""Migration 0008 (document imports) converts a database made at 0004: its meetings and attachments stay,
the new table and index appear, and a document imports into it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from minutes.archive.store import ArchiveService
from minutes.db.engine import make_engine
from minutes.db.migrate import alembic_config, current_revision
from minutes.services import Actor, Database, Services

DOC = Path(__file__).resolve().parents[1] / "data" / "archive" / "chi-bo-khu-dan-cu-3-2021-01.docx"


def _at_0004(url: str) -> None:
    engine = make_engine(url)
    config = alembic_config()
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.commit()
    with engine.begin() as c:
        c.execute(text("INSERT INTO meetings (id, title, kind, reference_number, meeting_date, location, status, notes, "
                       "search_key, version, created_at, updated_at) VALUES (1, 'Họp cũ', 'other', '05/BB-UBND', "
                       "'2019-01-05', '', 'draft', '', 'hop cu', 1, '2019-01-05', '2019-01-05')"))  # fmt: skip
        c.execute(text("INSERT INTO attachments (id, meeting_id, file_name, media_type, size, sha256, data, created_at) "
                       "VALUES (1, 1, 'a.pdf', 'application/pdf', 3, 'x', :data, '2019-01-05')"), {"data": b"pdf"})  # fmt: skip
        if engine.dialect.name == "postgresql":  # rows given their ids: move the sequences past them
            for table in ("meetings", "attachments"):
                c.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1)"))
    assert current_revision(engine) == "0004"
    engine.dispose()


def test_a_database_at_0004_is_converted(backend_url: str) -> None:
    _at_0004(backend_url)
    database = Database(backend_url, clock=lambda: date(2021, 3, 1))
    try:
        engine = make_engine(backend_url)
        inspector = inspect(engine)
        assert "document_imports" in inspector.get_table_names()
        assert "ix_meetings_reference_date" in {ix["name"] for ix in inspector.get_indexes("meetings")}
        engine.dispose()
        services = Services(database, Actor("t"))
        assert [m.title for m in services.meetings.list_meetings()] == ["Họp cũ"]
        importer = ArchiveService(database, services.actor)
        assert importer.imported(1) is None  # made before imports existed: not imported
        summary = importer.import_files([DOC])
        assert [o.status for o in summary.outcomes] == ["imported"]
        assert len(services.meetings.list_meetings()) == 2
    finally:
        database.close()
