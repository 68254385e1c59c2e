"""The mapping of the search index table (created by migration 0002).

The dialect-specific parts live only in the database: on SQLite the FTS5 table ``search_fts`` and the
triggers that feed it, on PostgreSQL the generated ``search_vector`` column and its GIN index.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from minutes.db.models import Base


class SearchEntry(Base):
    """One searchable record: ``kind`` + ``entity_id`` name it, ``meeting_id``/``task_id`` say where it is.

    ``title``/``body`` keep the original NFC text for display and snippets; ``folded_title``/``folded``
    are their search keys (:func:`minutes.search.entries.search_text`), ``folded`` covering title + body.
    """

    __tablename__ = "search_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    task_id: Mapped[int | None] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    folded_title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    folded: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (UniqueConstraint("kind", "entity_id"),)
