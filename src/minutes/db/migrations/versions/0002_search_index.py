"""search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

``search_entries`` holds one row per searchable record (see minutes.search.entries), with the original
text (``title``, ``body``) and its fold (``folded_title``, ``folded``: accents, đ and case removed, words
separated by single spaces).

SQLite: two FTS5 tables over ``search_entries`` as external content: ``search_fts`` on ``folded`` (title and
body) and ``search_titles`` on ``folded_title`` (small; finds title hits among many matches). Tokenizer
``unicode61 remove_diacritics 0``: the fold has already removed the marks, and unicode61's own removal
leaves đ alone. Prefix indexes for 2, 3 and 4 letters (the query reads longer prefixes differently, see
minutes.search.query). Three triggers keep both in step with every insert, update and delete of
``search_entries``. NOTE for later migrations: a batch ("move and copy") alteration of
``search_entries`` drops these triggers; re-create them after.

PostgreSQL: a stored generated ``search_vector`` (``simple`` configuration, no stemming: Vietnamese
words are syllables; the title weighted A, the whole text D) with a GIN index. No extension needed.

Existing records are indexed at the end of the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS_OPTIONS = (
    "content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3 4'"
)
SQLITE_UP = [
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
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_entries_au",
    "DROP TRIGGER IF EXISTS search_entries_ad",
    "DROP TRIGGER IF EXISTS search_entries_ai",
    "DROP TABLE IF EXISTS search_titles",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_UP = [
    """ALTER TABLE search_entries ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, folded_title), 'A')
        || setweight(to_tsvector('simple'::regconfig, folded), 'D')
    ) STORED""",
    "CREATE INDEX ix_search_entries_search_vector ON search_entries USING gin (search_vector)",
]


def upgrade() -> None:
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("folded_title", sa.Text(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entries")),
        sa.UniqueConstraint("kind", "entity_id", name=op.f("uq_search_entries_kind")),
    )
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_entries_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_search_entries_task_id"), ["task_id"], unique=False)

    dialect = op.get_bind().dialect.name
    for statement in SQLITE_UP if dialect == "sqlite" else POSTGRES_UP:
        op.execute(statement)

    # Index what is already there (a database created by an earlier version).
    from minutes.search.indexer import rebuild_on

    rebuild_on(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_entries_task_id"))
        batch_op.drop_index(batch_op.f("ix_search_entries_meeting_id"))
    op.drop_table("search_entries")
