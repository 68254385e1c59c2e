"""The board's PostgreSQL-only statements (services/board_pg.py) show what a plain reading of the tasks
says: a page's coordinating units, people and "extended" mark come with each row; a unit or words with
an open state are found through bitmaps, and the planner setting that takes is put back for the rest of
the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from benchmarks.synthetic import generate
from sqlalchemy import select, text

from minutes.db import models as m
from minutes.domain.status import TaskStatus, task_status
from minutes.services import Actor, Database, Services
from minutes.services.board import SortKey, TaskFilter
from minutes.services.board_query import words_matcher

TODAY = date(2021, 3, 1)


@pytest.fixture
def pg(pg_url: str) -> Iterator[Services]:
    database = Database(pg_url, clock=lambda: TODAY)
    yield Services(database, Actor("Thư ký"))
    database.close()


def test_rows_carry_their_links_and_state_filters_match_a_plain_reading(pg: Services) -> None:
    generate(pg.db.engine, 400, seed=11, today=TODAY, units=6, people=10)
    meeting = pg.meetings.create("Giao ban", date(2021, 1, 19))
    units = [pg.directory.create_unit(n) for n in ("Phòng Y tế", "Ban Quản lý")]
    people = [pg.directory.create_person(n) for n in ("Nguyễn Văn An", "Trần Thị Bình")]
    task = pg.tasks.create(meeting, "Xây dựng trạm y tế", deadline=date(2021, 2, 1),
                           coordinating_unit_ids=units, assignee_ids=people)  # fmt: skip
    pg.tasks.change_deadline(task, date(2021, 2, 20), "lùi hạn")  # moved later: "extended"
    row = next(r for r in pg.board.iter_rows(TaskFilter(text="xay dung tram")) if r.id == task)
    assert row.coordinating == "Ban Quản lý, Phòng Y tế"
    assert row.assignees == ("Nguyễn Văn An", "Trần Thị Bình") and row.extended
    assert row.status is TaskStatus.OVERDUE

    with pg.db.sessions() as s:
        unit = s.scalar(select(m.Task.lead_unit_id).where(m.Task.lead_unit_id.is_not(None)).limit(1))
        links = {
            (t, u) for t, u in s.execute(select(m.task_coordinators.c.task_id, m.task_coordinators.c.unit_id))
        }
        tasks = list(s.scalars(select(m.Task)))

    def state(t: m.Task) -> TaskStatus:
        return task_status(deadline=t.deadline, completed_on=t.completed_on,
                           cancelled=t.cancelled_on is not None, progress=t.progress, today=TODAY)  # fmt: skip

    word = "xay"
    has_word = words_matcher([word])
    other = next(u for u in sorted({u for _, u in links}) if u != unit)
    for f, keep in (
        # two units, one of them only coordinating: the coordinated tasks read before the page
        (TaskFilter(unit_ids=(unit, other), overdue_only=True, text=word),
         lambda t: (t.lead_unit_id in (unit, other) or (t.id, unit) in links or (t.id, other) in links)
         and state(t) is TaskStatus.OVERDUE and has_word(t.search_key)),
        (TaskFilter(unit_ids=(unit,), lead_only=True, overdue_only=True),
         lambda t: t.lead_unit_id == unit and state(t) is TaskStatus.OVERDUE),
        (TaskFilter(unit_ids=(unit,), overdue_only=True, text=word),
         lambda t: (t.lead_unit_id == unit or (t.id, unit) in links) and state(t) is TaskStatus.OVERDUE
         and has_word(t.search_key)),
        (TaskFilter(unit_ids=(unit,), statuses=frozenset({TaskStatus.IN_PROGRESS}), sort=SortKey.PRIORITY),
         lambda t: (t.lead_unit_id == unit or (t.id, unit) in links) and state(t) is TaskStatus.IN_PROGRESS),
    ):  # fmt: skip
        wanted = {t.id for t in tasks if keep(t)}
        assert wanted
        assert {r.id for r in pg.board.iter_rows(f)} == wanted
        assert pg.board.counts_by_status(f)[
            f.statuses and TaskStatus.IN_PROGRESS or TaskStatus.OVERDUE
        ] == len(wanted)
        # inside another use case's unit of work: the planner setting does not outlive the page
        with pg.board.read() as s:
            rows, _ = pg.board.page_in(s, f, None, 50)
            assert rows and s.execute(text("SHOW enable_indexscan")).scalar() == "on"
