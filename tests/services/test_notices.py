"""Change notices across connections: what another handle commits is announced here, once."""

from __future__ import annotations

import threading
from datetime import date

from minutes.services import Actor, ChangeSet, Database, Services
from minutes.services.context import acting_from, new_origin
from minutes.services.notices import decode, encode, watch


def test_another_connections_commit_is_announced_and_ours_only_once(backend_url: str) -> None:
    mine, theirs = Database(backend_url), Database(backend_url)
    try:
        heard: list[ChangeSet] = []
        arrived = threading.Event()

        def listen(changes: ChangeSet) -> None:
            heard.append(changes)
            if changes.external:
                arrived.set()

        mine.subscribe(listen)
        watch(mine, interval=0.05)
        origin = new_origin("window")
        own = Services(mine, Actor("Minh"))
        with acting_from(origin):
            meeting = own.meetings.create("Họp", date(2021, 1, 19))
        other = Services(theirs, Actor("Lan"))
        other.meetings.update(meeting, notes="Ghi chú của Lan")
        assert arrived.wait(5)
        external = [c for c in heard if c.external]
        assert [c.updated for c in external] == [{"meetings": {meeting}}]  # our own insert is not repeated
        (local,) = [c for c in heard if not c.external]
        assert local.origin == origin and local.inserted == {"meetings": {meeting}}
    finally:
        mine.close()
        theirs.close()


def test_a_notice_says_what_changed_and_stays_small() -> None:
    changes = ChangeSet(origin="p/w")
    changes.add("update", "meetings", 3)
    sender, back = decode(encode(changes, "db1"))
    assert (sender, back.origin, back.updated, back.external) == ("db1", "p/w", {"meetings": {3}}, True)
    many = ChangeSet()
    for ident in range(5000):
        many.add("insert", "contributions", ident)
    payload = encode(many, "db1")
    assert len(payload.encode()) < 8000
    assert decode(payload)[1].inserted == {"contributions": set()}  # the table, without its ids
