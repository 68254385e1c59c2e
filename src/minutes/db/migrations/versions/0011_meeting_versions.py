"""finalised minutes and an audit trail you can trust: meeting versions with digests, chained audit rows

Revision ID: 0011
Revises: 0008 (re-chained after the other open branches' migrations when they are merged)
Create Date: 2026-12-07

Issue 13 (finalised minutes that cannot change unseen). ``meeting_versions``: one row per version of a
meeting's record. Finalising fills a row with the canonical content (the interchange JSON with sorted
keys, attachments by their SHA-256), its digest, when and by whom; amending opens the next row with its
reason, and finalising again closes it. Earlier versions stay readable and printable from their
content. Existing meetings get no row: none was ever finalised (nothing set ``finalised_at``).

``audit_log.chain``: each new audit row's SHA-256 chained to the previous one (minutes.services.audit);
rows written before this revision keep it empty and are counted as "before the chain" by the check.
Triggers make ``audit_log`` append-only on both databases (UPDATE and DELETE are refused).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION minutes_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql
"""
_PG_TRIGGER = """
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION minutes_audit_append_only()
"""
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END",
)


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    if "chain" not in {c["name"] for c in inspector.get_columns("audit_log")}:
        with op.batch_alter_table("audit_log", schema=None) as batch_op:
            batch_op.add_column(sa.Column("chain", sa.String(length=64), nullable=True))
    if bind.dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute(_PG_TRIGGER)
    else:
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
    if inspector.has_table("meeting_versions"):
        return
    op.create_table(
        "meeting_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("opened_by", sa.String(length=200), nullable=False),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("finalised_by", sa.String(length=200), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_versions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_versions")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_meeting_versions_meeting_id")),
    )


def downgrade() -> None:
    op.drop_table("meeting_versions")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS minutes_audit_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("chain")
