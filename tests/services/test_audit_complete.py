"""Every write service is audited (issue 13, item 5), cascades included.

The write methods are found by reading the services: every public method of every service of
:class:`~minutes.services.Services` that opens a unit of work, itself or through another of its
methods. Each must have a recipe below (a new write method fails the first test until it gets one), and
each recipe is run on the example meeting between two snapshots of every table: every row inserted,
changed or deleted (by the service or by a database cascade) must have its audit row, written by the
same action. Bookkeeping writes (drafts, settings, the search index) are listed apart and must touch
nothing else.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import LargeBinary, func, select

from minutes.db import models as m
from minutes.export.profile import OrgProfileData, with_value
from minutes.services import Actor, Database, NewAttachment, Services
from minutes.services.audit import QUIET_TABLES
from minutes.services.base import Service
from minutes.services.context import AUDITED_SETTINGS

#: What marks a method as one that may write: it opens a unit of work, or hands the engine to code that
#: works on the database outside one (the search index).
WRITE_MARKERS = ("self.uow()", "recorded(", "unit_of_work(", "engine.begin()", "(self.db.engine)")
#: Columns every write moves that the audit trail leaves out on purpose.
IGNORED_COLUMNS = {"version", "updated_at", "search_key"}
#: Writes of bookkeeping only (not audited by design): they may touch only these tables.
BOOKKEEPING = {
    "drafts.save": lambda w: (
        lambda: w.s.drafts.save("contributions", w.meeting().contributions[0].id, "text", "x")
    ),
    "drafts.discard": lambda w: (
        w.s.drafts.save("contributions", w.meeting().contributions[0].id, "text", "x"),
        lambda: w.s.drafts.discard("contributions", w.meeting().contributions[0].id),
    )[1],
    "demo.mark_offered": lambda w: lambda: w.s.demo.mark_offered(),
    "board.database_id": lambda w: lambda: w.s.board.database_id(),
    "search.rebuild": lambda w: lambda: w.s.search.rebuild(),
}


def write_methods(services: Services) -> set[str]:
    """``service.method`` of every public method that writes, found by reading the services' source."""
    found: set[str] = set()
    for attr in Services.names():  # every service, also those not made yet (they are made on first use)
        service = getattr(services, attr)
        assert isinstance(service, Service), attr
        sources: dict[str, str] = {}
        for klass in type(service).__mro__:
            if klass in (Service, object):
                continue
            for name, function in vars(klass).items():
                if inspect.isfunction(function) and name not in sources:
                    sources[name] = inspect.getsource(function)
        writes = {n for n, src in sources.items() if any(mark in src for mark in WRITE_MARKERS)}
        grown = True
        while grown:  # a method that calls a writing method of its service writes too
            grown = False
            for name, src in sources.items():
                if name not in writes and any(re.search(rf"self\.{re.escape(w)}\(", src) for w in writes):
                    writes.add(name)
                    grown = True
        found |= {f"{attr}.{n}" for n in writes if not n.startswith("_") and n not in ("uow", "read")}
    return found


@dataclass
class World:
    s: Services
    mid: int
    tmp: Path

    def meeting(self) -> Any:
        return self.s.meetings.get(self.mid)

    def task(self, index: int = 0) -> Any:
        return self.s.tasks.list_for_meeting(self.mid)[index]

    def unit(self, index: int = 0) -> Any:
        return self.s.directory.list_units("")[index]

    def person(self, index: int = 0) -> Any:
        return self.s.directory.find_people("")[index]

    def report(self) -> Any:
        return self.meeting().reports[0]

    def figure(self) -> Any:
        return self.report().figures[0]

    def group(self) -> Any:
        return self.meeting().recommendation_groups[0]

    def agenda_item(self) -> int:
        return self.s.agenda.add_item(self.mid, "Mục thêm")

    def dump(self) -> dict[str, Any]:
        return self.s.interchange.dump(self.mid)


def _finalised(w: World) -> None:
    w.s.finalise.finalise(w.mid)


Recipe = Callable[[World], Callable[[], object]]

RECIPES: dict[str, Recipe] = {
    "directory.create_person": lambda w: (
        lambda: w.s.directory.create_person("Lê Văn Mới", "Chuyên viên", w.unit().id)
    ),
    "directory.create_unit": lambda w: lambda: w.s.directory.create_unit("Phòng Mới", "PM", w.unit().id),
    "directory.find_or_create_person": lambda w: lambda: w.s.directory.find_or_create_person("Trần Thị Mới"),
    "directory.find_or_create_unit": lambda w: lambda: w.s.directory.find_or_create_unit("Ban Mới"),
    "directory.update_person": lambda w: (
        lambda: w.s.directory.update_person(w.person().id, title="Trưởng phòng")
    ),
    "directory.update_unit": lambda w: lambda: w.s.directory.update_unit(w.unit().id, short_name="ĐV"),
    "meetings.add_attendee": lambda w: (
        lambda: w.s.meetings.add_attendee(w.mid, group_name="Đại diện các phòng")
    ),
    "meetings.assign_role": lambda w: lambda: w.s.meetings.assign_role(w.mid, "secretary", w.person(1).id),
    "meetings.create": lambda w: lambda: w.s.meetings.create("Họp mới", date(2021, 4, 1)),
    "meetings.delete": lambda w: lambda: w.s.meetings.delete(w.mid),
    "meetings.move_attendee": lambda w: lambda: w.s.meetings.move_attendee(w.meeting().attendance[0].id, 3),
    "meetings.remove_attendee": lambda w: lambda: w.s.meetings.remove_attendee(w.meeting().attendance[-1].id),
    "meetings.set_document_date": lambda w: (
        lambda: w.s.meetings.set_document_date(w.mid, "minutes", date(2021, 1, 20))
    ),
    "meetings.update": lambda w: lambda: w.s.meetings.update(w.mid, location="Hội trường B"),
    "meetings.update_attendee": lambda w: (
        lambda: w.s.meetings.update_attendee(w.meeting().attendance[0].id, note="Đến muộn")
    ),
    "items.add_conclusion": lambda w: lambda: w.s.items.add_conclusion(w.mid, "Kết luận thêm"),
    "items.add_contribution": lambda w: lambda: w.s.items.add_contribution(w.mid, text="Ý kiến thêm"),
    "items.add_figure": lambda w: lambda: w.s.items.add_figure(w.report().id, "Chỉ tiêu mới", 5, "%"),
    "items.add_group": lambda w: lambda: w.s.items.add_group(w.mid, "Nhóm mới"),
    "items.add_recommendation": lambda w: lambda: w.s.items.add_recommendation(w.group().id, "Kiến nghị mới"),
    "items.add_report": lambda w: lambda: w.s.items.add_report(w.mid, title="Báo cáo mới"),
    "items.move_conclusion": lambda w: lambda: w.s.items.move_conclusion(w.meeting().conclusions[0].id, 2),
    "items.move_contribution": lambda w: (
        lambda: w.s.items.move_contribution(w.meeting().contributions[0].id, 2)
    ),
    "items.move_figure": lambda w: lambda: w.s.items.move_figure(w.figure().id, 2),
    "items.move_group": lambda w: lambda: w.s.items.move_group(w.group().id, 1),
    "items.move_recommendation": lambda w: lambda: w.s.items.move_recommendation(w.group().items[0].id, 2),
    "items.remove_conclusion": lambda w: lambda: w.s.items.remove_conclusion(w.meeting().conclusions[0].id),
    "items.remove_contribution": lambda w: (
        lambda: w.s.items.remove_contribution(w.meeting().contributions[0].id)
    ),
    "items.remove_figure": lambda w: lambda: w.s.items.remove_figure(w.figure().id),
    "items.remove_group": lambda w: lambda: w.s.items.remove_group(w.group().id),
    "items.remove_recommendation": lambda w: lambda: w.s.items.remove_recommendation(w.group().items[0].id),
    "items.remove_report": lambda w: lambda: w.s.items.remove_report(w.report().id),
    "items.update_conclusion": lambda w: (
        lambda: w.s.items.update_conclusion(w.meeting().conclusions[0].id, text="Mới")
    ),
    "items.update_contribution": lambda w: (
        lambda: w.s.items.update_contribution(w.meeting().contributions[0].id, text="Mới " * 700)
    ),
    "items.update_figure": lambda w: lambda: w.s.items.update_figure(w.figure().id, note="Ghi chú"),
    "items.update_group": lambda w: lambda: w.s.items.update_group(w.group().id, title="Nhóm đổi tên"),
    "items.update_recommendation": lambda w: (
        lambda: w.s.items.update_recommendation(w.group().items[0].id, response="Đã trả lời")
    ),
    "items.update_report": lambda w: lambda: w.s.items.update_report(w.report().id, summary="Tóm tắt"),
    "agenda.add_item": lambda w: lambda: w.s.agenda.add_item(w.mid, "Mục mới"),
    "agenda.move_item": lambda w: (
        w.agenda_item(),
        w.agenda_item(),
        lambda: w.s.agenda.move_item(w.meeting().agenda[0].id, 1),
    )[-1],
    "agenda.remove_item": lambda w: (
        w.agenda_item(),
        lambda: w.s.agenda.remove_item(w.meeting().agenda[0].id),
    )[-1],
    "agenda.rename_item": lambda w: (
        w.agenda_item(),
        lambda: w.s.agenda.rename_item(w.meeting().agenda[0].id, "Đổi"),
    )[-1],
    "tasks.add_progress": lambda w: (
        lambda: w.s.tasks.add_progress(
            w.task().id, date(2021, 3, 1), 30, "Đang làm", [NewAttachment("bao-cao.txt", b"noi dung")]
        )
    ),
    "tasks.cancel": lambda w: lambda: w.s.tasks.cancel(w.task().id, "Không còn cần"),
    "tasks.change_deadline": lambda w: (
        lambda: w.s.tasks.change_deadline(w.task().id, date(2021, 6, 30), "Lùi hạn")
    ),
    "tasks.complete": lambda w: lambda: w.s.tasks.complete(w.task().id, date(2021, 3, 1), "Xong"),
    "tasks.create": lambda w: (
        lambda: w.s.tasks.create(
            w.mid,
            "Nhiệm vụ mới",
            lead_unit_id=w.unit().id,
            coordinating_unit_ids=[w.unit(1).id, w.unit(2).id],
            assignee_ids=[w.person().id],
            deadline=date(2021, 5, 1),
        )
    ),  # fmt: skip
    "tasks.delete": lambda w: lambda: w.s.tasks.delete(w.task().id),
    "tasks.reopen": lambda w: (
        w.s.tasks.complete(w.task().id, date(2021, 3, 1)),
        lambda: w.s.tasks.reopen(w.task().id, "Chưa đạt"),
    )[-1],
    "tasks.update": lambda w: (
        lambda: w.s.tasks.update(
            w.task().id, expected_product="Báo cáo", coordinating_unit_ids=[w.unit(3).id]
        )
    ),
    "carryover.start_follow_up_meeting": lambda w: (
        lambda: w.s.carryover.start_follow_up_meeting(w.mid, "Họp rà soát", date(2021, 4, 1))
    ),
    "finalise.finalise": lambda w: lambda: w.s.finalise.finalise(w.mid),
    "finalise.amend": lambda w: (_finalised(w), lambda: w.s.finalise.amend(w.mid, "Sửa lỗi chính tả"))[-1],
    "users.add": lambda w: lambda: w.s.users.add("nguyenvana", "secretary", person_id=w.person().id),
    "users.set_role": lambda w: (
        w.s.users.add("tranb", "secretary"),
        lambda: w.s.users.set_role("tranb", "viewer"),
    )[-1],
    "interchange.import_data": lambda w: (data := w.dump(), lambda: w.s.interchange.import_data(data))[-1],
    "interchange.import_text": lambda w: (
        text := json.dumps(w.dump(), ensure_ascii=False, default=str),
        lambda: w.s.interchange.import_text(text),
    )[-1],  # fmt: skip
    "interchange.import_file": lambda w: (
        w.s.interchange.dump_to_file(w.mid, w.tmp / "meeting.json"),
        lambda: w.s.interchange.import_file(w.tmp / "meeting.json"),
    )[-1],
    "demo.load": lambda w: lambda: w.s.demo.load(),
    "undo.undo": lambda w: (
        w.s.meetings.update(w.mid, location="Hội trường B"),
        lambda: w.s.undo.undo(("meeting", w.mid)),
    )[-1],
    "undo.redo": lambda w: (
        w.s.meetings.update(w.mid, location="Hội trường B"),
        w.s.undo.undo(("meeting", w.mid)),
        lambda: w.s.undo.redo(("meeting", w.mid)),
    )[-1],
    "profile.save": lambda w: lambda: w.s.profile.save(with_value(OrgProfileData(), "place", "Gia Lâm")),
    "profile.set_value": lambda w: lambda: w.s.profile.set_value("place", "Gia Lâm", unit_id=w.unit().id),
    "profile.link": lambda w: (
        record := w.s.profile.set_value("place", "Gia Lâm", name="Quận"),
        lambda: w.s.profile.link(w.unit().id, record.id),
    )[-1],
    "profile.reset": lambda w: (
        record := w.s.profile.set_value("place", "Gia Lâm", name="Quận"),
        lambda: w.s.profile.reset(profile_id=record.id),
    )[-1],
}


def test_every_write_method_has_a_recipe(services: Services) -> None:
    found = write_methods(services)
    assert found, "the services were not read"
    missing = sorted(found - set(RECIPES) - set(BOOKKEEPING))
    assert not missing, f"new write methods: add a recipe for each to RECIPES (or BOOKKEEPING): {missing}"
    stale = sorted((set(RECIPES) | set(BOOKKEEPING)) - found)
    assert not stale, f"recipes of methods that no longer write (or exist): {stale}"


def test_the_reading_finds_writes_through_helpers_and_undo(services: Services) -> None:
    found = write_methods(services)
    assert {
        "items.update_contribution",
        "tasks.create",
        "meetings.delete",
        "interchange.import_file",
    } <= found
    assert not {"meetings.get", "tasks.list_for_meeting", "history.of_meeting", "users.list_users"} & found


# --- snapshots of every table --------------------------------------------------------------------------


def _tables() -> list[Any]:
    return [
        t for t in m.Base.metadata.sorted_tables if t.name not in QUIET_TABLES or t.name == "app_settings"
    ]


def snapshot(db: Database) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    result = {}
    with db.engine.connect() as c:
        for table in _tables():
            columns = [
                col
                for col in table.c
                if col.name not in IGNORED_COLUMNS and not isinstance(col.type, LargeBinary)
            ]
            keys = [col.name for col in table.primary_key.columns] or [col.name for col in columns]
            query = select(*columns)
            if table.name == "app_settings":  # only the settings that are a user's choice
                query = query.where(table.c.key.startswith(AUDITED_SETTINGS[0]))
            rows = c.execute(query).mappings().all()
            result[table.name] = {tuple(r[k] for k in keys): tuple(r.values()) for r in rows}
    return result


def _changed(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(table, action, the row's values) of every row that differs."""
    out = []
    for table in _tables():
        old, new = before[table.name], after[table.name]
        names = [
            c.name for c in table.c if c.name not in IGNORED_COLUMNS and not isinstance(c.type, LargeBinary)
        ]
        for key in old.keys() | new.keys():
            if key not in old:
                out.append((table.name, "insert", dict(zip(names, new[key], strict=True))))
            elif key not in new:
                out.append((table.name, "delete", dict(zip(names, old[key], strict=True))))
            elif old[key] != new[key]:
                out.append((table.name, "update", dict(zip(names, new[key], strict=True))))
    return out


def audit_rows_after(db: Database, first: int) -> list[tuple[str, str, int | None, str]]:
    a = m.AuditEntry
    with db.engine.connect() as c:
        return [
            tuple(r)
            for r in c.execute(select(a.action, a.entity, a.entity_id, a.changes).where(a.id > first))
        ]  # type: ignore[misc]


def _last_audit_id(db: Database) -> int:
    with db.engine.connect() as c:
        return int(c.execute(select(func.coalesce(func.max(m.AuditEntry.id), 0))).scalar() or 0)


def unaudited(db: Database, changed: list[tuple[str, str, dict[str, Any]]], first: int) -> list[str]:
    rows = audit_rows_after(db, first)
    by_entity = {(entity, ident) for _action, entity, ident, _changes in rows}
    entities = {entity for _action, entity, _ident, _changes in rows}
    problems = []
    for table_name, action, values in changed:
        table = m.Base.metadata.tables[table_name]
        if "id" in table.c:
            if (table_name, values["id"]) not in by_entity:
                problems.append(f"{action} {table_name} {values['id']}")
            continue
        # a link row (no id of its own): audited as itself, or in the change of a record it links
        linked = [(fk.column.table.name, values[col.name]) for col in table.c for fk in col.foreign_keys]
        if table_name not in entities and not any(key in by_entity for key in linked):
            problems.append(f"{action} {table_name} {values}")
    return problems


@pytest.fixture
def world(db: Database, tmp_path: Path) -> World:
    services = Services(db, Actor("Kiểm toán", "admin"))
    return World(services, services.demo.load(), tmp_path)


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_each_write_is_audited_cascades_included(name: str, world: World, db: Database) -> None:
    action = RECIPES[name](world)
    before, first = snapshot(db), _last_audit_id(db)
    action()
    changed = _changed(before, snapshot(db))
    assert changed, f"{name} changed nothing: its recipe does not exercise it"
    assert unaudited(db, changed, first) == []
    assert {r[0] for r in audit_rows_after(db, first)} <= {"insert", "update", "delete"}


@pytest.mark.parametrize("name", sorted(BOOKKEEPING))
def test_bookkeeping_writes_touch_no_user_data(name: str, world: World, db: Database) -> None:
    action = BOOKKEEPING[name](world)
    before = snapshot(db)
    action()
    assert _changed(before, snapshot(db)) == []


def test_the_check_would_catch_a_write_that_skips_the_audit(world: World, db: Database) -> None:
    """A row changed behind the unit of work's back (a raw UPDATE) is reported."""
    from sqlalchemy import update

    before, first = snapshot(db), _last_audit_id(db)
    with db.engine.begin() as c:
        c.execute(update(m.Meeting).where(m.Meeting.id == world.mid).values(location="Nơi khác"))
    problems = unaudited(db, _changed(before, snapshot(db)), first)
    assert problems == [f"update meetings {world.mid}"]


def test_a_deleted_task_carried_into_a_follow_up_meeting_audits_its_carried_row(
    world: World, db: Database
) -> None:
    """carried_tasks rows go with their task (ON DELETE CASCADE): each gets its audit row."""
    world.s.carryover.start_follow_up_meeting(world.mid, "Họp rà soát", date(2021, 4, 1))
    task = world.task()
    before, first = snapshot(db), _last_audit_id(db)
    world.s.tasks.delete(task.id)
    changed = _changed(before, snapshot(db))
    assert ("carried_tasks", "delete") in {(t, a) for t, a, _ in changed}
    assert unaudited(db, changed, first) == []
    cascaded = [r for r in audit_rows_after(db, first) if r[1] == "carried_tasks"]
    assert cascaded and all(r[0] == "delete" for r in cascaded)
