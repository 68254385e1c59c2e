"""The versions of a finalised meeting's record (issue 13; created by migration 0011).

Version 1 is written when a meeting is first finalised: its canonical content (the interchange JSON,
sorted keys) and that content's SHA-256. An amendment opens version 2 with its reason (``opened_at``,
``opened_by``); finalising again closes it with its own content and digest. A version whose
``finalised_at`` is empty is the amendment in progress. Rows are never changed once finalised.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from minutes.db.models import Base


class MeetingVersion(Base):
    __tablename__ = "meeting_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    opened_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    finalised_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    digest: Mapped[str | None] = mapped_column(String(64))
    content: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("meeting_id", "number", name="uq_meeting_versions_meeting_id"),)
