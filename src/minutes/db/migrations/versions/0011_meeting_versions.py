"""finalised minutes: the versions of a meeting's record, each with its SHA-256 digest

Revision ID: 0011
Revises: 0008 (re-chained after the other open branches' migrations when they are merged)
Create Date: 2026-12-07

Issue 13 (finalised minutes that cannot change unseen). ``meeting_versions``: one row per version of a
meeting's record. Finalising fills a row with the canonical content (the interchange JSON with sorted
keys, attachments by their SHA-256), its digest, when and by whom; amending opens the next row with its
reason, and finalising again closes it. Earlier versions stay readable and printable from their
content. Existing meetings get no row: none was ever finalised (nothing set ``finalised_at``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
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
