"""search index: the FTS5 tables in their final shape

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Revision 0002 was changed after some databases had been made with its first version (one FTS5 table
``search_fts`` over ``folded_title`` and ``folded``, prefix lists for 2 and 3 letters). The query now
needs ``search_fts`` over ``folded`` and a separate ``search_titles`` over ``folded_title``, both with
prefix lists for 2, 3 and 4 letters. On SQLite, a database whose FTS tables are not in that shape gets
them re-created and rebuilt from ``search_entries`` (which did not change); a database already in that
shape is left alone. Nothing to do on PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FTS_OPTIONS = (
    "content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3 4'"
)
DROP = [
    "DROP TRIGGER IF EXISTS search_entries_au",
    "DROP TRIGGER IF EXISTS search_entries_ad",
    "DROP TRIGGER IF EXISTS search_entries_ai",
    "DROP TABLE IF EXISTS search_titles",
    "DROP TABLE IF EXISTS search_fts",
]
CREATE = [
    f"CREATE VIRTUAL TABLE search_fts USING fts5(folded, {_FTS_OPTIONS})",
    f"CREATE VIRTUAL TABLE search_titles USING fts5(folded_title, {_FTS_OPTIONS})",
    """CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
        INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded);
        INSERT INTO search_titles(rowid, folded_title) VALUES (new.id, new.folded_title);
    END""",
    """CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO search_titles(search_titles, rowid, folded_title) VALUES ('delete', old.id, old.folded_title);
    END""",
    """CREATE TRIGGER search_entries_au AFTER UPDATE OF folded_title, folded ON search_entries BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO search_titles(search_titles, rowid, folded_title) VALUES ('delete', old.id, old.folded_title);
        INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded);
        INSERT INTO search_titles(rowid, folded_title) VALUES (new.id, new.folded_title);
    END""",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    "INSERT INTO search_titles(search_titles) VALUES ('rebuild')",
]


def _in_final_shape() -> bool:
    rows = (
        op.get_bind()
        .exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE name IN ('search_fts', 'search_titles')")
        .all()
    )
    tables = {name: sql or "" for name, sql in rows}
    fts = " ".join(tables.get("search_fts", "").split())
    return "search_titles" in tables and "fts5(folded," in fts and "prefix='2 3 4'" in fts


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite" or _in_final_shape():
        return
    for statement in DROP + CREATE:
        op.execute(statement)


def downgrade() -> None:
    pass  # the final shape serves revision 0002's readers too
