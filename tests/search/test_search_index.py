"""The index itself: consistent with the records after every kind of write, built for old databases."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from alembic import command
from sqlalchemy import func, select, text
from testkit.migrations import engine_at

from minutes.db import models as m
from minutes.db.engine import make_engine
from minutes.db.migrate import alembic_config
from minutes.search import entries
from minutes.search.indexer import rebuild, upsert
from minutes.search.models import SearchEntry
from minutes.services import Actor, Database, Services


def fts_is_consistent(db: Database) -> None:
    """FTS5 compares its indexes with the content table; raises if they differ."""
    with db.engine.connect() as connection:
        for table in ("search_fts", "search_titles"):
            connection.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")


def entry_count(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(SearchEntry)).scalar_one())


def test_fts_stays_consistent_through_inserts_updates_and_deletes(services: Services) -> None:
    sv = services
    meeting = sv.meetings.create("Họp giao ban", date(2021, 1, 19))
    said = [
        sv.items.add_contribution(meeting, text=f"Ý kiến số {n} về giải phóng mặt bằng") for n in range(5)
    ]
    sv.items.update_contribution(said[0], text="Đã sửa")
    sv.items.move_contribution(said[1], 3)
    sv.items.remove_contribution(said[2])
    fts_is_consistent(sv.db)
    assert entry_count(sv.db) == 5
    sv.meetings.delete(meeting)
    fts_is_consistent(sv.db)
    assert entry_count(sv.db) == 0


def test_a_rolled_back_change_leaves_the_index_alone(services: Services) -> None:
    meeting = services.meetings.create("Họp giao ban", date(2021, 1, 19))
    with pytest.raises(RuntimeError), services.items.uow() as session:
        from minutes.db import models as m

        session.add(m.Conclusion(meeting_id=meeting, position=0, text="Không được lưu"))
        session.flush()
        raise RuntimeError("the user action failed")
    assert services.search.search("khong duoc luu") == []
    fts_is_consistent(services.db)


def test_rebuild_repairs_an_index_written_around(services: Services) -> None:
    meeting = services.meetings.create("Họp giao ban", date(2021, 1, 19))
    services.items.add_conclusion(meeting, "Kết luận về an toàn thực phẩm")
    with services.db.engine.begin() as connection:  # a bulk write that raises no ORM events
        connection.execute(text("UPDATE conclusions SET text = 'Kết luận về trật tự đô thị'"))
    assert services.search.search("trat tu do thi") == []
    assert rebuild(services.db.engine) == 2
    assert [r.kind for r in services.search.search("trat tu do thi")] == ["conclusion"]
    fts_is_consistent(services.db)


def test_upgrading_an_old_database_indexes_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(str(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO meetings (id, title, kind, reference_number, meeting_date, location, status, notes,"
                " search_key, version, created_at, updated_at) VALUES (1, 'Họp bàn giải phóng mặt bằng',"
                " 'working_session', '', '2020-05-04', '', 'draft', '', '', 1, '2020-05-04', '2020-05-04')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO people (id, full_name, title, search_key, version, created_at, updated_at)"
                " VALUES (1, 'Trần Thị Định', '', '', 1, '2020-05-04', '2020-05-04')"
            )
        )
    engine.dispose()
    db = Database(str(path))
    try:
        sv = Services(db, Actor("t"))
        assert [(r.kind, r.entity_id) for r in sv.search.search("dinh")] == [("person", 1)]
        assert [(r.kind, r.entity_id) for r in sv.search.search("mat bang")] == [("meeting", 1)]
        fts_is_consistent(db)
    finally:
        db.close()


def test_rebuild_puts_back_the_index_machinery(any_services: Services) -> None:
    any_services.meetings.create("Họp giao ban", date(2021, 1, 19))
    assert any_services.search.rebuild() == 1
    with any_services.db.engine.connect() as connection:
        if any_services.db.is_sqlite:
            names = (
                connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_entries'"
                )
                .scalars()
                .all()
            )
            assert sorted(names) == ["search_entries_ad", "search_entries_ai", "search_entries_au"]
        else:
            names = (
                connection.exec_driver_sql(
                    "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                    " AND tablename = 'search_entries'"
                )
                .scalars()
                .all()
            )
            assert "ix_search_entries_search_vector" in names
    any_services.meetings.create("Họp chuyên đề", date(2021, 1, 20))
    assert [r.title for r in any_services.search.search("chuyen de")] == ["Họp chuyên đề"]


OLD_0002 = [  # the first version of revision 0002, which some databases were made with
    "DROP TRIGGER search_entries_au",
    "DROP TRIGGER search_entries_ad",
    "DROP TRIGGER search_entries_ai",
    "DROP TABLE search_titles",
    "DROP TABLE search_fts",
    "CREATE VIRTUAL TABLE search_fts USING fts5(folded_title, folded, content='search_entries', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN INSERT INTO search_fts(rowid, "
    "folded_title, folded) VALUES (new.id, new.folded_title, new.folded); END",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    "UPDATE alembic_version SET version_num = '0003'",
]


def test_a_database_made_with_the_first_search_index_is_brought_to_the_final_one(tmp_path: Path) -> None:
    path = tmp_path / "first.sqlite3"
    engine = engine_at(str(path), "0003")  # the revisions after it run on the database
    with engine.begin() as connection:
        person = connection.execute(
            m.Person.__table__.insert().returning(m.Person.__table__.c.id),
            {
                "full_name": "Trần Thị Định",
                "title": "Chủ tịch",
                "search_key": "",
                "version": 1,
                "created_at": m.utcnow(),
                "updated_at": m.utcnow(),
            },
        ).scalar_one()
        upsert(
            connection,
            [entries.person(SimpleNamespace(id=person, full_name="Trần Thị Định", title="Chủ tịch"))],
        )
        for statement in OLD_0002:
            connection.exec_driver_sql(statement)
    engine.dispose()
    db = Database(str(path))
    try:
        sv = Services(db, Actor("t"))
        assert [r.title for r in sv.search.search("dinh")] == ["Trần Thị Định"]
        sv.directory.create_person("Lê Văn Định", "")
        assert len(sv.search.search("dinh")) == 2
        fts_is_consistent(db)
    finally:
        db.close()
