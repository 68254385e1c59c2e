"""Migration 0015 (each task's first coordinating unit stored, kept by triggers), on SQLite and PostgreSQL:
a database made at 0014 gets the column filled; later changes through the services (links added,
removed, a unit renamed, a unit's tasks moved to another) keep it equal to the first unit by name; the
board's sort by coordinating unit follows it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text
from testkit.migrations import copy_rows, engine_at

from minutes.db.migrate import HEAD_REVISION, current_revision
from minutes.services import Actor, Database, Services
from minutes.services.board import SortKey, TaskFilter

TODAY = date(2021, 3, 1)


def stored(db: Database) -> dict[int, int | None]:
    with db.engine.connect() as c:
        return {int(i): u for i, u in c.execute(text("SELECT id, first_coordinator_id FROM tasks"))}


def first_by_name(db: Database) -> dict[int, int | None]:
    """What the column must hold, computed in Python from the links and the units' names."""
    with db.engine.connect() as c:
        keys = {int(i): (k, int(i)) for i, k in c.execute(text("SELECT id, search_key FROM units"))}
        out: dict[int, int | None] = {int(i): None for (i,) in c.execute(text("SELECT id FROM tasks"))}
        links: dict[int, list[int]] = {}
        for task, unit in c.execute(text("SELECT task_id, unit_id FROM task_coordinators")):
            links.setdefault(int(task), []).append(int(unit))
    for task, units in links.items():
        out[task] = min(units, key=lambda u: keys[u])
    return out


def board_order(sv: Services, descending: bool = False) -> list[int]:
    return [r.id for r in sv.board.iter_rows(TaskFilter(sort=SortKey.COORDINATING, descending=descending))]


def test_0015_fills_the_first_coordinator_of_existing_tasks(tmp_path: Path, backend_url: str) -> None:
    source = Database(str(tmp_path / "head.sqlite3"), clock=lambda: TODAY)
    original = Services(source, Actor("Thư ký"))
    units = {n: original.directory.create_unit(n) for n in ("Phòng Y tế", "Công an quận", "Ban Quản lý")}
    meeting = original.meetings.create("Giao ban", date(2021, 1, 19))
    both = original.tasks.create(
        meeting, "A", coordinating_unit_ids=[units["Phòng Y tế"], units["Công an quận"]]
    )
    one = original.tasks.create(meeting, "B", coordinating_unit_ids=[units["Phòng Y tế"]])
    none = original.tasks.create(meeting, "C")
    three = original.tasks.create(meeting, "D", coordinating_unit_ids=list(units.values()))
    old = engine_at(backend_url, "0014")
    copy_rows(source.engine, old)
    old.dispose()
    source.close()

    migrated = Database(backend_url, clock=lambda: TODAY)
    try:
        assert current_revision(migrated.engine) == HEAD_REVISION
        assert stored(migrated) == {
            both: units["Công an quận"],
            one: units["Phòng Y tế"],
            none: None,
            three: units["Ban Quản lý"],
        }
        sv = Services(migrated, Actor("Thư ký"))
        # Ban Quản lý < Công an quận < Phòng Y tế; tasks without a coordinator last in both directions
        assert board_order(sv) == [three, both, one, none]
        assert board_order(sv, descending=True) == [one, both, three, none]
    finally:
        migrated.close()


def test_the_first_coordinator_follows_every_change(any_services: Services, any_fresh: Services) -> None:
    sv = any_services
    d = sv.directory
    y_te, cong_an, ban = (d.create_unit(n) for n in ("Phòng Y tế", "Công an quận", "Ban Quản lý"))
    meeting = sv.meetings.create("Giao ban", date(2021, 1, 19))
    a = sv.tasks.create(meeting, "A", coordinating_unit_ids=[y_te, cong_an])
    b = sv.tasks.create(meeting, "B", coordinating_unit_ids=[y_te])
    c = sv.tasks.create(meeting, "C")
    db = any_fresh.db
    assert stored(db) == first_by_name(db) == {a: cong_an, b: y_te, c: None}
    assert board_order(any_fresh) == [a, b, c]

    sv.tasks.update(c, coordinating_unit_ids=[ban, y_te])  # links added
    sv.tasks.update(a, coordinating_unit_ids=[y_te])  # the first one removed
    assert stored(db) == first_by_name(db) == {a: y_te, b: y_te, c: ban}
    assert board_order(any_fresh) == [c, a, b]

    d.update_unit(ban, name="Văn phòng HĐND-UBND")  # renamed: now sorts after Phòng Y tế
    assert stored(db) == first_by_name(db) == {a: y_te, b: y_te, c: y_te}
    d.update_unit(y_te, name="Ban Y tế")
    assert stored(db) == first_by_name(db)
    assert board_order(any_fresh) == [a, b, c]

    sv.tasks.update(b, coordinating_unit_ids=[])  # every link removed
    assert stored(db) == first_by_name(db) == {a: y_te, b: None, c: y_te}
    assert board_order(any_fresh) == [a, c, b]
    assert board_order(any_fresh, descending=True) == [c, a, b]
