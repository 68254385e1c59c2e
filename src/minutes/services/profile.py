"""The organisation profiles documents are issued under (names, codes, signers, recipients).

Stored in ``org_profiles`` (one JSON object per profile); one of them is the default. Until someone saves
a profile, :meth:`ProfileService.get_default` hands out the built-in defaults (version 0, not stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.errors import ConflictError, NotFound
from minutes.export.profile import OrgProfileData, dumps, loads, with_value
from minutes.services.base import Service, line, require

DEFAULT_NAME = "Mặc định"


@dataclass(frozen=True)
class ProfileRecord:
    """A stored profile. ``id`` is None and ``version`` 0 for the built-in defaults."""

    id: int | None
    name: str
    is_default: bool
    version: int
    data: OrgProfileData


def _record(row: m.OrgProfile) -> ProfileRecord:
    return ProfileRecord(row.id, row.name, row.is_default, row.version, loads(row.data))


class ProfileService(Service):
    def list(self) -> list[ProfileRecord]:
        with self.read() as s:
            rows = s.scalars(select(m.OrgProfile).order_by(m.OrgProfile.is_default.desc(), m.OrgProfile.name))
            return [_record(row) for row in rows]

    def get_default(self) -> ProfileRecord:
        with self.read() as s:
            row = self._default_row(s)
            if row is None:
                return ProfileRecord(None, DEFAULT_NAME, True, 0, OrgProfileData())
            return _record(row)

    def get(self, name: str) -> ProfileRecord:
        with self.read() as s:
            row = s.scalar(select(m.OrgProfile).where(m.OrgProfile.name == line(name)))
            if row is None:
                raise NotFound(entity="profile", ident=name)
            return _record(row)

    def save(
        self, data: OrgProfileData, *, expected_version: int | None = None, name: str | None = None,
        make_default: bool = False,
    ) -> ProfileRecord:  # fmt: skip
        """Store ``data`` as profile ``name`` (default: the default profile), creating it if needed.

        ``expected_version`` is the version the user edited (0 for the built-in defaults): if someone
        saved in between, :class:`ConflictError` is raised and nothing changes.
        """
        with self.uow() as s:
            row = self._row(s, name)
            if expected_version is not None and (row.version if row is not None else 0) != expected_version:
                raise ConflictError(entity="profile")
            if row is None:
                is_first = self._default_row(s) is None
                row = m.OrgProfile(name=require(line(name or DEFAULT_NAME), "name"), is_default=is_first)
                s.add(row)
            row.data = dumps(data)
            if make_default:
                self._make_default(s, row)
            s.flush()
            return _record(row)

    def set_value(self, key: str, value: Any, *, name: str | None = None) -> ProfileRecord:
        """Change one setting (``conclusion.party.right``) of a profile in one unit of work."""
        with self.uow() as s:
            row = self._row(s, name)
            current = loads(row.data) if row is not None else OrgProfileData()
            updated = with_value(current, key, value)
            if row is None:
                row = m.OrgProfile(name=line(name or DEFAULT_NAME), is_default=self._default_row(s) is None)
                s.add(row)
            row.data = dumps(updated)
            s.flush()
            # The field's crash-recovery draft (if the dialog kept one) is replaced by the real save.
            s.execute(delete(m.Draft).where(
                m.Draft.user_name == self.actor.name, m.Draft.entity == "org_profiles",
                m.Draft.entity_id == row.id, m.Draft.field == key,
            ))  # fmt: skip
            return _record(row)

    def reset(self, *, name: str | None = None) -> ProfileRecord:
        """Back to the built-in defaults (the row and its name stay)."""
        return self.save(OrgProfileData(), name=name)

    # --- internals -----------------------------------------------------------------------------
    @staticmethod
    def _default_row(s: Session) -> m.OrgProfile | None:
        return s.scalar(select(m.OrgProfile).where(m.OrgProfile.is_default.is_(True)).limit(1))

    def _row(self, s: Session, name: str | None) -> m.OrgProfile | None:
        if name is None:
            return self._default_row(s)
        return s.scalar(select(m.OrgProfile).where(m.OrgProfile.name == line(name)))

    @staticmethod
    def _make_default(s: Session, row: m.OrgProfile) -> None:
        for other in s.scalars(select(m.OrgProfile).where(m.OrgProfile.is_default.is_(True))):
            if other is not row:
                other.is_default = False
        row.is_default = True
