"""The interchange use cases: dump a meeting to a document or a file, import one all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError

from minutes import fileio
from minutes.errors import ImportFormatError
from minutes.services.base import Service
from minutes.services.interchange.dump import dump_meeting
from minutes.services.interchange.formats import validate
from minutes.services.interchange.jsonread import parse
from minutes.services.interchange.load import run_import
from minutes.services.interchange.upgrade import v1_to_v2


def record_if_finalised(session: Any, meeting_id: int, actor: Any) -> None:
    """A meeting imported as finalised gets its version 1 (content and digest) in the same transaction, so
    it is locked and verifiable like one finalised here."""
    from minutes.db import models as m
    from minutes.domain.enums import MeetingStatus
    from minutes.services.finalise import finalise_in
    from minutes.services.permissions import IMPORTING_FINALISED

    meeting = session.get(m.Meeting, meeting_id)
    if meeting is not None and meeting.status == MeetingStatus.FINALISED.value:
        session.info[IMPORTING_FINALISED] = True
        try:
            finalise_in(session, meeting, actor)
        finally:
            session.info.pop(IMPORTING_FINALISED, None)


class InterchangeService(Service):
    def dump(self, meeting_id: int) -> dict[str, Any]:
        """The meeting as a version 2 document (plain JSON values)."""
        with self.read() as s:
            return dump_meeting(s, meeting_id)

    def dump_to_file(self, meeting_id: int, path: str | Path) -> None:
        data = self.dump(meeting_id)
        fileio.write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def import_file(self, path: str | Path) -> int:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ImportFormatError(path=str(path), detail=exc.strerror or str(exc)) from exc
        try:
            content = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ImportFormatError(path=str(path), detail="the file is not UTF-8 text") from exc
        return self.import_text(content, str(path))

    def import_text(self, content: str, source: str = "<text>") -> int:
        """Import a document given as JSON text: duplicate keys, deep nesting, NaN are refused too."""
        return self.import_data(parse(content.removeprefix("\ufeff"), source))

    def import_data(self, data: Any) -> int:
        """Create the meeting in one transaction; returns its id. Nothing is written on any error."""
        version = validate(data)
        if version == 1:
            data = v1_to_v2(data)
        try:
            with self.uow() as s:
                meeting_id = run_import(s, data)
                record_if_finalised(s, meeting_id, self.actor)
                return meeting_id
        except (DataError, IntegrityError) as exc:  # a safety net: the checks above should come first
            first = str(exc.orig).strip().splitlines()[0][:200] if exc.orig else type(exc).__name__
            raise ImportFormatError(path="$", detail=f"the database refused a value ({first})") from exc
