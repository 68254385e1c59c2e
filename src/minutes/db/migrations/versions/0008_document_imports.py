"""document imports: where a meeting imported from a Word file came from

Revision ID: 0008
Revises: 0006 (0005 once the edit-path migration is merged)
Create Date: 2026-11-26

Issue 18 (bring the archive in). Meetings could already hold attachments (``attachments.meeting_id``),
so the original file needs no new column; this adds ``document_imports``: one row per meeting imported
from a document (file name and path, SHA-256 of the file and hash of its words for finding duplicates,
when and by whom, the layout recognised, the review status and what to check). Existing meetings get no
row: they were not imported from documents. Numbered 0008 and chained after 0004 while branches 0005
(editpath) and 0006 (modelv2) are open; the merge re-chains it after the last of them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Idempotent: a database stamped at an older revision while its tables are newer (tests do this to
    # replay later revisions) may have the table already.
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("document_imports"):
        _create_table()
    if "ix_meetings_reference_date" not in {ix["name"] for ix in inspector.get_indexes("meetings")}:
        op.create_index("ix_meetings_reference_date", "meetings", ["reference_number", "meeting_date"])


def _create_table() -> None:
    op.create_table(
        "document_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("layout", sa.String(length=30), nullable=False),
        sa.Column("recogniser_version", sa.Integer(), nullable=False),
        sa.Column("review_status", sa.String(length=20), nullable=False),
        sa.Column("review_notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_document_imports_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_document_imports_attachment_id_attachments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_imports")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_document_imports_meeting_id")),
    )
    with op.batch_alter_table("document_imports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_imports_file_sha256"), ["file_sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_imports_content_hash"), ["content_hash"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_meetings_reference_date", table_name="meetings")
    with op.batch_alter_table("document_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_imports_content_hash"))
        batch_op.drop_index(batch_op.f("ix_document_imports_file_sha256"))
    op.drop_table("document_imports")
