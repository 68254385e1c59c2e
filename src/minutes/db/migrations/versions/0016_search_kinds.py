"""search: the index knows each entry's kind, so the count per kind stops at its cap

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

Issue 17 / issue 13 item 6 (search). The search dialog shows every kind that matches with its number of
matches. Counting them meant reading the kind of every match from ``search_entries`` (250,000 rows for
"phường" in the ten-year office: 0.2-0.8 s). The counts now stop at a cap (1,000, shown "1,000+"), and
the index answers "matches of this kind" by itself, newest first, so a kind with a few old matches
behind thousands of newer ones of other kinds costs a few index reads, not a walk of every match.

SQLite: ``search_fts`` gets a second column, ``kind``, holding one token per entry: ``zz`` and the kind
without its underscore (``zzcontribution``, ``zzagendaitem``). No Vietnamese word starts with "zz", so
the tokens do not crowd the prefix lists the typing search reads (a ``kind`` column holding "contribution"
would have put 50,000-300,000 entries in the lists of "co", "con", "ta"...); every text query names its
column (``folded : (...)``) all the same. The FTS5 table takes its content from the view
``search_fts_source`` (the token is computed there), and the triggers give the same values. The index is
rebuilt once (about a minute for a million entries). ``search_vocab`` (fts5vocab) lists the words of the
index: a word being typed longer than the prefix lists (``phuong``) is spelled out as the words it begins,
which FTS5 reads lazily, instead of a prefix whose lists FTS5 would merge in full for every query.

PostgreSQL: nothing (a partial GIN index per kind was tried and was slower than the one pass over the
matches that counts them there: see minutes.search.candidates).
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4'"
_TOKEN = "'zz' || replace({row}.kind, '_', '')"
_DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS search_entries_au",
    "DROP TRIGGER IF EXISTS search_entries_ad",
    "DROP TRIGGER IF EXISTS search_entries_ai",
    "DROP TABLE IF EXISTS search_fts",
]
SQLITE_UP = [
    *_DROP_TRIGGERS,
    "DROP VIEW IF EXISTS search_fts_source",
    "CREATE VIEW search_fts_source AS "
    f"SELECT id, folded, {_TOKEN.format(row='search_entries')} AS kind FROM search_entries",
    "CREATE VIRTUAL TABLE search_fts USING fts5(folded, kind, "
    f"content='search_fts_source', content_rowid='id', {_FTS_OPTIONS})",
    f"""CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
        INSERT INTO search_fts(rowid, folded, kind) VALUES (new.id, new.folded, {_TOKEN.format(row="new")});
        INSERT INTO search_titles(rowid, folded_title) VALUES (new.id, new.folded_title);
    END""",
    f"""CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded, kind)
            VALUES ('delete', old.id, old.folded, {_TOKEN.format(row="old")});
        INSERT INTO search_titles(search_titles, rowid, folded_title) VALUES ('delete', old.id, old.folded_title);
    END""",
    f"""CREATE TRIGGER search_entries_au AFTER UPDATE OF folded_title, folded, kind ON search_entries BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded, kind)
            VALUES ('delete', old.id, old.folded, {_TOKEN.format(row="old")});
        INSERT INTO search_titles(search_titles, rowid, folded_title) VALUES ('delete', old.id, old.folded_title);
        INSERT INTO search_fts(rowid, folded, kind) VALUES (new.id, new.folded, {_TOKEN.format(row="new")});
        INSERT INTO search_titles(rowid, folded_title) VALUES (new.id, new.folded_title);
    END""",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, row)",
]
# Revision 0004's shape: one column, the content straight from search_entries.
SQLITE_DOWN = [
    "DROP TABLE IF EXISTS search_vocab",
    *_DROP_TRIGGERS,
    "DROP VIEW IF EXISTS search_fts_source",
    "CREATE VIRTUAL TABLE search_fts USING fts5(folded, "
    f"content='search_entries', content_rowid='id', {_FTS_OPTIONS})",
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
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
