"""Who may do what (issue 13, items 2-3; created by migration 0012).

One row per login: its role (leader, secretary, unit, viewer), and optionally the person it is in the
directory and the unit whose tasks it reports on. On PostgreSQL the acting user is the database login
(checked by the server) and its role is read from here; on SQLite the one local user has every right.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from minutes.db.models import Base, Versioned


class User(Versioned, Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
