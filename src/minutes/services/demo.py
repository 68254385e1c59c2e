"""The example meeting (the seed article: Ban Thường vụ Quận ủy Long Biên works with phường Long Biên,
19/01/2021) as demo data, loaded through the same importer as any interchange file. It brings its own
organisation profile (``long-bien-profile.json``: Quận ủy Long Biên's letterhead, Party layout), linked
to its organising unit: the application itself names no real organisation."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from minutes import paths
from minutes.db import models as m
from minutes.services.base import Service

if TYPE_CHECKING:
    from minutes.export.profile import OrgProfileData

DEMO_FILE = "long-bien-2021-01-19.json"
DEMO_PROFILE_FILE = "long-bien-profile.json"
_OFFERED_KEY = "demo_offered"


def demo_data() -> dict[str, Any]:
    return json.loads(paths.resource("demo", DEMO_FILE).read_text(encoding="utf-8"))


def demo_profile() -> OrgProfileData:
    from minutes.export.profile import loads

    return loads(paths.resource("demo", DEMO_PROFILE_FILE).read_text(encoding="utf-8"), strict=True)


class DemoService(Service):
    def load(self) -> int:
        """Import the example meeting and, unless its organising unit has one already, that unit's
        profile; returns the meeting's id."""
        from minutes.services.interchange import InterchangeService  # (the importer: not at every start)
        from minutes.services.profile import ProfileService

        meeting_id = InterchangeService(self.db, self.actor).import_data(demo_data())
        with self.read() as s:
            unit_id = s.scalar(select(m.Meeting.organisation_id).where(m.Meeting.id == meeting_id))
        profiles = ProfileService(self.db, self.actor)
        if unit_id is not None and profiles.for_unit(unit_id) is None:
            profiles.save(demo_profile(), unit_id=unit_id)
        self.mark_offered()
        return meeting_id

    def is_empty(self) -> bool:
        with self.read() as s:
            return not s.scalar(select(func.count()).select_from(m.Meeting))

    def should_offer(self) -> bool:
        """True on a first start with an empty database (asked once)."""
        with self.read() as s:
            offered = s.get(m.AppSetting, _OFFERED_KEY)
            return offered is None and not s.scalar(select(func.count()).select_from(m.Meeting))

    def mark_offered(self) -> None:
        with self.uow() as s:
            if s.get(m.AppSetting, _OFFERED_KEY) is None:
                s.add(m.AppSetting(key=_OFFERED_KEY, value="1"))
