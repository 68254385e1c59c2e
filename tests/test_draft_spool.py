"""Text kept outside the database while it takes no writes: the newest text per field, in one owner-only
file that disappears when the database holds everything, moved into the drafts at the next start."""

from __future__ import annotations

import stat
from pathlib import Path

from minutes.draft_spool import DraftSpool, database_identity, import_into, read, spool_path
from minutes.services import Actor, Services
from minutes.services.recovery import restore_all

KEY = ("meetings", 1, "notes")


def test_the_newest_text_is_kept_and_the_file_goes_when_the_database_has_it(tmp_path: Path) -> None:
    spool = DraftSpool.for_database("/data/minutes.sqlite3", "thuky", tmp_path)
    spool.put(KEY, "Đồng chí", 3)
    spool.put(KEY, "Đồng", 2)  # an older change arriving late does not replace a newer one
    spool.put(("contributions", 7, "text"), "Ý kiến", 4)
    spool.flush()
    assert {d["text"] for d in read(spool.path)} == {"Đồng chí", "Ý kiến"}
    assert stat.S_IMODE(spool.path.stat().st_mode) == 0o600
    spool.discard(KEY, 2)  # the database holds an older text only: kept
    spool.discard(("contributions", 7, "text"), 4)
    spool.flush()
    assert [d["text"] for d in read(spool.path)] == ["Đồng chí"]
    spool.discard(KEY, 5)
    spool.close()
    assert not spool.path.exists()
    assert spool_path("/data/minutes.sqlite3", "thuky", tmp_path) == spool.path
    assert spool_path("/data/minutes.sqlite3", "other", tmp_path) != spool.path


def test_the_next_start_moves_it_into_the_drafts_and_recovery_restores_it(
    tmp_path: Path, services: Services, fresh: Services
) -> None:
    meeting_id = services.meetings.create("Họp giao ban", fresh.db.today())
    user = services.actor.name
    spool = DraftSpool.for_database(database_identity(services.db), user, tmp_path)
    spool.put(("meetings", meeting_id, "notes"), "Đồng chí Bí thư yêu cầu hoàn thành trước 31/3.", 1)
    spool.put(("meetings", meeting_id, "location"), "Phòng họp cũ", 2)
    spool.close()
    services.drafts.save("meetings", meeting_id, "location", "Hội trường tầng 3")  # newer, in the database
    assert import_into(services, database_identity(services.db), user, tmp_path) == 1
    assert not spool.path.exists()
    restore_all(services)
    meeting = fresh.meetings.get(meeting_id)
    assert meeting.notes == "Đồng chí Bí thư yêu cầu hoàn thành trước 31/3."
    assert meeting.location == "Hội trường tầng 3"
    assert Services(services.db, Actor(user)).drafts.pending() == []
