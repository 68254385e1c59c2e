"""The organisation profiles documents are issued under (names, codes, signers, recipients).

Stored in ``org_profiles`` (one JSON object per profile). Each organising unit can have its own profile:
the link is an ``app_settings`` row ``profile.unit.<unit id>`` holding the profile's id (no schema change;
a unit has at most one profile, a profile may serve several units). A meeting prints under its
organising unit's profile (:meth:`ProfileService.for_meeting`); a meeting without an organising unit,
and the task board's reports, under the default profile. Nothing is invented: with no such profile,
:class:`~minutes.errors.ProfileMissing` asks the user to set one up. :meth:`ProfileService.get_default`
still hands out the blank built-in settings (version 0, not stored) for the profile dialog to start from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.domain.text import fold
from minutes.errors import ConflictError, NoProfile, NotFound, ProfileMissing, ValidationError
from minutes.export.profile import OrgProfileData, dumps, get_value, loads, with_value
from minutes.services.base import Service, line, require
from minutes.services.dto import MeetingDetail, UnitDTO
from minutes.services.versions import check_version

DEFAULT_NAME = "Mặc định"
UNIT_KEY = "profile.unit."


@dataclass(frozen=True)
class ProfileRecord:
    """A stored profile. ``id`` is None and ``version`` 0 for the built-in defaults; ``unit_ids`` are the
    organising units it serves."""

    id: int | None
    name: str
    is_default: bool
    version: int
    data: OrgProfileData
    unit_ids: tuple[int, ...] = ()


def _links(s: Session) -> dict[int, int]:
    """unit id -> profile id."""
    rows = s.scalars(select(m.AppSetting).where(m.AppSetting.key.startswith(UNIT_KEY)))
    out = {}
    for row in rows:
        try:
            out[int(row.key[len(UNIT_KEY) :])] = int(row.value)
        except ValueError:
            continue
    return out


def _record(row: m.OrgProfile, links: dict[int, int] | None = None) -> ProfileRecord:
    units = tuple(sorted(unit for unit, profile in (links or {}).items() if profile == row.id))
    return ProfileRecord(row.id, row.name, row.is_default, row.version, loads(row.data), units)


class ProfileService(Service):
    def list(self) -> list[ProfileRecord]:
        with self.read() as s:
            links = _links(s)
            rows = s.scalars(select(m.OrgProfile).order_by(m.OrgProfile.is_default.desc(), m.OrgProfile.name))
            return [_record(row, links) for row in rows]

    def get_default(self) -> ProfileRecord:
        """The default profile, or the blank built-in settings (id None) when none is stored."""
        with self.read() as s:
            row = self._default_row(s)
            if row is None:
                return ProfileRecord(None, DEFAULT_NAME, True, 0, OrgProfileData())
            return _record(row, _links(s))

    def stored_default(self) -> ProfileRecord:
        """The default profile to issue documents under; :class:`NoProfile` when none is stored."""
        record = self.get_default()
        if record.id is None:
            raise NoProfile()
        return record

    def get(self, name: str) -> ProfileRecord:
        with self.read() as s:
            row = s.scalar(select(m.OrgProfile).where(m.OrgProfile.name == line(name)))
            if row is None:
                raise NotFound(entity="profile", ident=name)
            return _record(row, _links(s))

    def get_id(self, profile_id: int) -> ProfileRecord:
        with self.read() as s:
            row = s.get(m.OrgProfile, profile_id)
            if row is None:
                raise NotFound(entity="profile", ident=profile_id)
            return _record(row, _links(s))

    # --- organising units ----------------------------------------------------------------------
    def for_unit(self, unit_id: int) -> ProfileRecord | None:
        """The profile of an organising unit, or None."""
        with self.read() as s:
            links = _links(s)
            row = s.get(m.OrgProfile, links[unit_id]) if unit_id in links else None
            return _record(row, links) if row is not None else None

    def for_meeting(self, meeting: MeetingDetail, name: str | None = None) -> ProfileRecord:
        """The profile ``meeting``'s documents are issued under: ``name`` when given, else its organising
        unit's, else (no organising unit) the default one. Never another unit's letterhead:
        :class:`ProfileMissing` when the unit has none."""
        if name:
            return self.get(name)
        if meeting.organisation_id is not None:
            found = self.for_unit(meeting.organisation_id)
            if found is None:
                raise ProfileMissing(unit=meeting.organisation_name or str(meeting.organisation_id))
            return found
        return self.stored_default()

    def find_unit(self, name: str) -> UnitDTO:
        """A unit named on the command line: its id, its exact name or short name, or words of one name."""
        with self.read() as s:
            units = list(s.scalars(select(m.Unit)))
            found = self._match_unit(units, name)
            return UnitDTO(found.id, found.name, found.short_name, found.parent_id, found.version)

    @staticmethod
    def _match_unit(units: Sequence[m.Unit], name: str) -> m.Unit:
        if name.strip().isdigit():
            by_id = [u for u in units if u.id == int(name)]
            if by_id:
                return by_id[0]
        key = fold(name)
        exact = [u for u in units if fold(u.name) == key or (u.short_name and fold(u.short_name) == key)]
        partial = [u for u in units if all(word in fold(f"{u.name} {u.short_name}") for word in key.split())]
        matches = exact or partial
        if len(matches) != 1:
            detail = "no unit has this name" if not matches else "several units match; give its id"
            raise ValidationError(field=f"unit {name}", detail=detail)
        return matches[0]

    def link(self, unit_id: int, profile_id: int) -> ProfileRecord:
        """Make ``profile_id`` the profile of ``unit_id`` (replacing the unit's previous link)."""
        with self.uow() as s:
            if s.get(m.Unit, unit_id) is None:
                raise NotFound(entity="unit", ident=unit_id)
            row = s.get(m.OrgProfile, profile_id)
            if row is None:
                raise NotFound(entity="profile", ident=profile_id)
            self._link(s, unit_id, row.id)
            s.flush()
            return _record(row, _links(s))

    @staticmethod
    def _link(s: Session, unit_id: int, profile_id: int) -> None:
        key = f"{UNIT_KEY}{unit_id}"
        setting = s.get(m.AppSetting, key)
        if setting is None:
            s.add(m.AppSetting(key=key, value=str(profile_id)))
        else:
            setting.value = str(profile_id)

    # --- writing -------------------------------------------------------------------------------
    def save(
        self, data: OrgProfileData, *, expected_version: int | None = None, name: str | None = None,
        make_default: bool = False, unit_id: int | None = None, profile_id: int | None = None,
    ) -> ProfileRecord:  # fmt: skip
        """Store ``data`` as the profile named ``name`` / of ``unit_id`` / with ``profile_id`` (default:
        the default profile), creating it if needed. A unit's new profile is named after the unit and
        linked to it; the first profile that serves no unit becomes the default one.

        ``expected_version`` is the version the user edited (0 for a profile not stored yet): if someone
        saved in between, :class:`ConflictError` is raised and nothing changes.
        """
        with self.uow() as s:
            row = self._row(s, name, unit_id, profile_id)
            if expected_version is not None and (row.version if row is not None else 0) != expected_version:
                raise ConflictError(entity="profile")
            if row is None:
                row = self._new_row(s, name, unit_id)
            row.data = dumps(data)
            if make_default:
                self._make_default(s, row)
            s.flush()
            if unit_id is not None:
                self._link(s, unit_id, row.id)
            return _record(row, _links(s))

    def set_value(self, key: str, value: Any, *, name: str | None = None, unit_id: int | None = None,
                  profile_id: int | None = None, expected_version: int | None = None,
                  seen: dict[str, Any] | None = None) -> ProfileRecord:  # fmt: skip
        """Change one setting (``conclusion.party.right``) of a profile in one unit of work. With
        ``expected_version`` and ``seen`` ({key: the value the user saw}), a value someone else changed
        since is not written over (EditConflict)."""
        with self.uow() as s:
            row = self._row(s, name, unit_id, profile_id)
            if row is not None:  # compared as the dialog shows them (a list as its lines)
                check_version(s, row, expected_version, {key: _shown(value)},
                              seen={k: _shown(v) for k, v in seen.items()} if seen is not None else None,
                              current=lambda r, k: _shown(get_value(loads(r.data), k)))  # fmt: skip
            current = loads(row.data) if row is not None else OrgProfileData()
            updated = with_value(current, key, value)
            if row is None:
                row = self._new_row(s, name, unit_id)
            row.data = dumps(updated)
            s.flush()
            if unit_id is not None:
                self._link(s, unit_id, row.id)
            # The field's crash-recovery draft (if the dialog kept one) is replaced by the real save.
            s.execute(delete(m.Draft).where(
                m.Draft.user_name == self.actor.name, m.Draft.entity == "org_profiles",
                m.Draft.entity_id == row.id, m.Draft.field == key,
            ))  # fmt: skip
            return _record(row, _links(s))

    def reset(self, *, name: str | None = None, profile_id: int | None = None) -> ProfileRecord:
        """Back to the built-in blank settings (the row, its name and its units stay)."""
        return self.save(OrgProfileData(), name=name, profile_id=profile_id)

    # --- internals -----------------------------------------------------------------------------
    @staticmethod
    def _default_row(s: Session) -> m.OrgProfile | None:
        return s.scalar(select(m.OrgProfile).where(m.OrgProfile.is_default.is_(True)).limit(1))

    def _row(self, s: Session, name: str | None, unit_id: int | None = None,
             profile_id: int | None = None) -> m.OrgProfile | None:  # fmt: skip
        if profile_id is not None:
            row = s.get(m.OrgProfile, profile_id)
            if row is None:
                raise NotFound(entity="profile", ident=profile_id)
            return row
        if unit_id is not None and name is None:
            links = _links(s)
            if unit_id in links:
                found = s.get(m.OrgProfile, links[unit_id])
                if found is not None:
                    return found
            unit = s.get(m.Unit, unit_id)
            if unit is None:
                raise NotFound(entity="unit", ident=unit_id)
            name = unit.name
        if name is None:
            return self._default_row(s)
        return s.scalar(select(m.OrgProfile).where(m.OrgProfile.name == line(name)))

    def _new_row(self, s: Session, name: str | None, unit_id: int | None) -> m.OrgProfile:
        if name is None and unit_id is not None:
            unit = s.get(m.Unit, unit_id)
            name = unit.name if unit is not None else None
        is_default = unit_id is None and self._default_row(s) is None
        row = m.OrgProfile(name=require(line(name or DEFAULT_NAME), "name"), is_default=is_default)
        s.add(row)
        return row

    @staticmethod
    def _make_default(s: Session, row: m.OrgProfile) -> None:
        for other in s.scalars(select(m.OrgProfile).where(m.OrgProfile.is_default.is_(True))):
            if other is not row:
                other.is_default = False
        row.is_default = True


def _shown(value: Any) -> str:
    """A profile value as one text (a list of lines joined), for comparing what the user saw."""
    if isinstance(value, (tuple, list)):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)
