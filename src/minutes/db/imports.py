"""Where an imported meeting came from: the Word file it was recognised in (issue 18).

Created by migration 0008. One row per meeting imported from a document: the file's name and path as
given, its SHA-256 and the hash of its words (duplicates are found by either, and by the reference
number and date of the meeting), when and by whom it was imported, the layout recognised, what a clerk
should check, and whether a clerk has reviewed it. The original file itself is kept as an attachment of
the meeting (``attachments.meeting_id``, ``attachment_id`` here).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minutes.db.models import Base, Meeting, Versioned, utcnow


class DocumentImport(Versioned, Base):
    __tablename__ = "document_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), unique=True)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
    file_name: Mapped[str] = mapped_column(String(300), nullable=False)
    source_path: Mapped[str] = mapped_column(Text, nullable=False, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    layout: Mapped[str] = mapped_column(String(30), nullable=False, default="typed")
    recogniser_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    review_status: Mapped[str] = mapped_column(String(20), nullable=False, default="needs_review")
    review_notes: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON list of strings


#: Duplicates by reference number and date (migration 0008).
MEETINGS_REFERENCE_DATE = Index(
    "ix_meetings_reference_date", Meeting.__table__.c.reference_number, Meeting.__table__.c.meeting_date
)
