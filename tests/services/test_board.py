"""The task board's SQL agrees with the Python rules: status on the boundaries, combined filters against an
independent computation over every row, keyset paging that returns every row once in order, counts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from benchmarks.synthetic import generate
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from minutes.db import models as m
from minutes.domain.enums import Priority
from minutes.domain.status import TaskStatus, task_status
from minutes.domain.text import fold
from minutes.services import Actor, Database, Services
from minutes.services.board import Cursor, SortKey, TaskFilter

TODAY = date(2021, 3, 1)
D = timedelta(days=1)


# --- status on the boundaries -----------------------------------------------------------------------


def boundary_tasks(sv: Services) -> dict[str, tuple[int, TaskStatus]]:
    unit = sv.directory.create_unit("Phòng Quản lý đô thị")
    meeting = sv.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))

    def task(name: str, deadline: date | None) -> int:
        return sv.tasks.create(meeting, f"Nhiệm vụ {name}", lead_unit_id=unit, deadline=deadline)

    made: dict[str, tuple[int, TaskStatus]] = {}
    t = task("due today", TODAY)
    made["due today"] = (t, TaskStatus.NOT_STARTED)
    t = task("due today, started", TODAY)
    sv.tasks.add_progress(t, TODAY, 30)
    made["due today, started"] = (t, TaskStatus.IN_PROGRESS)
    t = task("due yesterday", TODAY - D)
    made["due yesterday"] = (t, TaskStatus.OVERDUE)
    t = task("due yesterday, 90%", TODAY - D)
    sv.tasks.add_progress(t, TODAY - 2 * D, 90)
    made["due yesterday, 90%"] = (t, TaskStatus.OVERDUE)
    t = task("completed on the deadline", date(2021, 2, 10))
    sv.tasks.complete(t, date(2021, 2, 10))
    made["completed on the deadline"] = (t, TaskStatus.DONE_ON_TIME)
    t = task("completed a day late", date(2021, 2, 10))
    sv.tasks.complete(t, date(2021, 2, 11))
    made["completed a day late"] = (t, TaskStatus.DONE_LATE)
    t = task("completed early, deadline in the future", TODAY + 10 * D)
    sv.tasks.complete(t, TODAY - 5 * D)
    made["completed early"] = (t, TaskStatus.DONE_ON_TIME)
    t = task("no deadline", None)
    made["no deadline"] = (t, TaskStatus.NOT_STARTED)
    t = task("no deadline, started", None)
    sv.tasks.add_progress(t, TODAY, 10)
    made["no deadline, started"] = (t, TaskStatus.IN_PROGRESS)
    t = task("no deadline, completed", None)
    sv.tasks.complete(t, TODAY)
    made["no deadline, completed"] = (t, TaskStatus.DONE_ON_TIME)
    t = task("cancelled after its deadline", date(2021, 2, 1))
    sv.tasks.cancel(t, "Không còn phù hợp", on=date(2021, 2, 20))
    made["cancelled"] = (t, TaskStatus.CANCELLED)
    t = task("completed late, then cancelled", date(2021, 2, 1))
    sv.tasks.complete(t, date(2021, 2, 5))
    sv.tasks.cancel(t, "Trùng nhiệm vụ khác", on=date(2021, 2, 6))
    made["completed then cancelled"] = (t, TaskStatus.CANCELLED)
    t = task("due tomorrow", TODAY + D)
    sv.tasks.add_progress(t, TODAY, 50)
    made["due tomorrow"] = (t, TaskStatus.IN_PROGRESS)
    return made


def test_sql_status_is_the_python_status_on_every_boundary(
    any_services: Services, any_fresh: Services
) -> None:
    made = boundary_tasks(any_services)
    rows, cursor = any_fresh.board.page(TaskFilter(), limit=100)
    assert cursor is None
    by_id = {r.id: r for r in rows}
    for name, (task_id, expected) in made.items():
        python = any_fresh.tasks.get(task_id).task.status  # domain.status.task_status
        assert (name, by_id[task_id].status) == (name, expected)
        assert (name, python) == (name, expected)
    # each status filter (plain date comparisons) selects exactly the tasks of that status
    for status in TaskStatus:
        shown, _ = any_fresh.board.page(TaskFilter(statuses=frozenset({status})), limit=100)
        assert {r.id for r in shown} == {i for i, s in made.values() if s is status}, status
    counts = any_fresh.board.counts_by_status(TaskFilter())
    expected = Counter(s for _, s in made.values())
    assert counts == {s: expected.get(s, 0) for s in TaskStatus}
    # and counting with a filter (one pass computing the status) gives the same numbers
    all_units = tuple(u.id for u in any_fresh.directory.list_units())
    assert any_fresh.board.counts_by_status(TaskFilter(unit_ids=all_units)) == counts


def test_due_today_is_due_soon_and_yesterday_is_overdue(any_services: Services, any_fresh: Services) -> None:
    made = boundary_tasks(any_services)
    overdue, _ = any_fresh.board.page(TaskFilter(overdue_only=True))
    assert {r.id for r in overdue} == {made["due yesterday"][0], made["due yesterday, 90%"][0]}
    soon, _ = any_fresh.board.page(TaskFilter(due_within_days=1))
    assert {r.id for r in soon} == {
        made["due today"][0],
        made["due today, started"][0],
        made["due tomorrow"][0],
    }
    today_only, _ = any_fresh.board.page(TaskFilter(due_within_days=0))
    assert {r.id for r in today_only} == {made["due today"][0], made["due today, started"][0]}
    both, _ = any_fresh.board.page(TaskFilter(overdue_only=True, due_within_days=1))
    assert {r.id for r in both} == {r.id for r in overdue} | {r.id for r in soon}
    by_id = {r.id: r for r in soon + overdue}
    assert by_id[made["due today"][0]].days_left == 0
    assert by_id[made["due tomorrow"][0]].days_left == 1
    assert by_id[made["due yesterday"][0]].days_left == -1
    reminders = any_fresh.board.reminders()
    assert reminders.overdue_total == 2 and reminders.due_soon_total == 3
    assert [r.id for r in reminders.due_soon][:2] == sorted(
        [made["due today"][0], made["due today, started"][0]]
    )


# --- a generated database, and the same questions answered in plain Python ------------------------------


@dataclass(frozen=True)
class Ref:
    """One task as the Python reference sees it, read through the ORM without the board's SQL."""

    id: int
    meeting_id: int
    meeting_date: date
    position: int
    folded: str
    lead: int | None
    lead_key: str
    coordinators: frozenset[int]
    first_coordinator: tuple[str, int] | None
    responsible: int | None
    responsible_key: str
    deadline: date | None
    priority: int
    progress: int
    completed_on: date | None
    cancelled_on: date | None
    status: TaskStatus


@pytest.fixture
def generated(backend_url: str) -> Iterator[tuple[Services, list[Ref]]]:
    database = Database(backend_url, clock=lambda: TODAY)
    generate(database.engine, 600, seed=7, today=TODAY, units=9, people=14, tasks_per_meeting=23)
    refs: list[Ref] = []
    with database.sessions() as s:
        for t in s.scalars(
            select(m.Task).options(
                selectinload(m.Task.coordinating_units),
                selectinload(m.Task.lead_unit),
                selectinload(m.Task.responsible),
                selectinload(m.Task.meeting),
            )
        ):
            coordinators = sorted((fold(f"{u.name} {u.short_name}"), u.id) for u in t.coordinating_units)
            refs.append(
                Ref(
                    id=t.id,
                    meeting_id=t.meeting_id,
                    meeting_date=t.meeting.meeting_date,
                    position=t.position,
                    folded=fold(f"{t.text} {t.expected_product}"),
                    lead=t.lead_unit_id,
                    lead_key=fold(f"{t.lead_unit.name} {t.lead_unit.short_name}") if t.lead_unit else "",
                    coordinators=frozenset(u.id for u in t.coordinating_units),
                    first_coordinator=coordinators[0] if coordinators else None,
                    responsible=t.responsible_id,
                    responsible_key=fold(f"{t.responsible.full_name} {t.responsible.title}")
                    if t.responsible
                    else "",
                    deadline=t.deadline,
                    priority=t.priority,
                    progress=t.progress,
                    completed_on=t.completed_on,
                    cancelled_on=t.cancelled_on,
                    status=task_status(
                        deadline=t.deadline,
                        completed_on=t.completed_on,
                        cancelled=t.cancelled_on is not None,
                        progress=t.progress,
                        today=TODAY,
                    ),
                )
            )
    yield Services(database, Actor("Lãnh đạo")), refs
    database.close()


def python_filter(f: TaskFilter, refs: list[Ref]) -> list[Ref]:
    out = []
    for r in refs:
        if f.unit_ids and not (
            r.lead in f.unit_ids or (not f.lead_only and r.coordinators & set(f.unit_ids))
        ):
            continue
        if f.person_ids and r.responsible not in f.person_ids:
            continue
        if f.statuses and r.status not in f.statuses:
            continue
        if f.overdue_only or f.due_within_days is not None:
            late = r.status is TaskStatus.OVERDUE
            soon = (
                f.due_within_days is not None
                and r.status.is_open
                and r.deadline is not None
                and TODAY <= r.deadline <= TODAY + timedelta(days=f.due_within_days)
            )
            if not ((f.overdue_only and late) or soon):
                continue
        if f.meeting_ids and r.meeting_id not in f.meeting_ids:
            continue
        if f.deadline_from and (r.deadline is None or r.deadline < f.deadline_from):
            continue
        if f.deadline_to and (r.deadline is None or r.deadline > f.deadline_to):
            continue
        if f.priorities and Priority.from_rank(r.priority) not in f.priorities:
            continue
        # each word typed begins a word of the task's text (the word index, migration 0010)
        words = re.findall(r"[^\W_]+", r.folded)
        if not all(any(w.startswith(term) for w in words) for term in re.findall(r"[^\W_]+", fold(f.text))):
            continue
        out.append(r)
    return out


def all_pages(sv: Services, f: TaskFilter, size: int) -> list[int]:
    ids: list[int] = []
    cursor: Cursor | None = None
    for _ in range(10_000):
        rows, cursor = sv.board.page(f, cursor, size)
        assert len(rows) <= size
        ids.extend(r.id for r in rows)
        if cursor is None:
            return ids
        assert len(rows) == size  # a cursor only comes with a full page
    raise AssertionError("paging never ended")


def combined_filters(refs: list[Ref]) -> list[TaskFilter]:
    units = sorted({r.lead for r in refs if r.lead is not None})
    people = sorted({r.responsible for r in refs if r.responsible is not None})
    meetings = sorted({r.meeting_id for r in refs})
    return [
        TaskFilter(),
        TaskFilter(unit_ids=(units[0],)),
        TaskFilter(unit_ids=(units[0],), lead_only=True),
        TaskFilter(
            unit_ids=(units[1], units[2]), statuses=frozenset({TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS})
        ),
        TaskFilter(person_ids=(people[0], people[3]), priorities=frozenset({Priority.HIGH})),
        TaskFilter(statuses=frozenset({TaskStatus.DONE_LATE}), meeting_ids=tuple(meetings[:5])),
        TaskFilter(overdue_only=True, unit_ids=(units[3],)),
        TaskFilter(due_within_days=30),
        TaskFilter(
            due_within_days=30, overdue_only=True, priorities=frozenset({Priority.HIGH, Priority.LOW})
        ),
        TaskFilter(deadline_from=date(2020, 6, 1), deadline_to=date(2020, 12, 31)),
        TaskFilter(text="GIẢI PHÓNG mặt bằng"),
        TaskFilter(text="giai phong mat bang", unit_ids=(units[0], units[4]), deadline_from=date(2020, 1, 1)),
        TaskFilter(text="dinh"),  # matches nothing with an accent-sensitive or đ-blind search... or "định"
        TaskFilter(text="100%_"),  # punctuation is no part of a word: the words beginning with "100"
        TaskFilter(statuses=frozenset({TaskStatus.CANCELLED, TaskStatus.NOT_STARTED}), text="ke hoach"),
    ]


def test_combined_filters_match_an_independent_python_computation(
    generated: tuple[Services, list[Ref]],
) -> None:
    sv, refs = generated
    assert len(refs) == 600
    for f in combined_filters(refs):
        expected = python_filter(f, refs)
        assert sorted(all_pages(sv, f, 50)) == sorted(r.id for r in expected), f
        assert sv.board.count(f) == len(expected), f
        by_status = Counter(r.status for r in python_filter(f.without_status, refs))
        assert sv.board.counts_by_status(f.without_status) == {s: by_status.get(s, 0) for s in TaskStatus}, f
    # the filters really filter: most keep some rows and drop others
    sizes = [len(python_filter(f, refs)) for f in combined_filters(refs)]
    assert sum(0 < n < 600 for n in sizes) >= 10


def python_order(key: SortKey, descending: bool, refs: list[Ref]) -> list[int]:
    def split(has: list[Ref], rest: list[Ref], sort_key: object) -> list[int]:
        first = sorted(has, key=sort_key, reverse=descending)  # type: ignore[arg-type]
        return [r.id for r in first] + sorted((r.id for r in rest), reverse=descending)

    if key is SortKey.DEADLINE:
        return split(
            [r for r in refs if r.deadline], [r for r in refs if not r.deadline], lambda r: (r.deadline, r.id)
        )
    if key is SortKey.LEAD_UNIT:
        return split(
            [r for r in refs if r.lead], [r for r in refs if not r.lead], lambda r: (r.lead_key, r.lead, r.id)
        )
    if key is SortKey.RESPONSIBLE:
        return split(
            [r for r in refs if r.responsible],
            [r for r in refs if not r.responsible],
            lambda r: (r.responsible_key, r.responsible, r.id),
        )
    if key is SortKey.COORDINATING:
        return split(
            [r for r in refs if r.first_coordinator],
            [r for r in refs if not r.first_coordinator],
            lambda r: (r.first_coordinator, r.id),
        )
    if key is SortKey.TEXT:
        return split(refs, [], lambda r: (r.folded[:60], r.id))
    if key is SortKey.PRIORITY:
        return split(refs, [], lambda r: (r.priority, r.id))
    if key is SortKey.PROGRESS:
        return split(refs, [], lambda r: (r.progress, r.id))
    if key is SortKey.MEETING:
        return split(refs, [], lambda r: (r.meeting_date, r.meeting_id, r.position, r.id))
    if key is SortKey.CREATED:
        return split(refs, [], lambda r: r.id)
    assert key is SortKey.STATUS
    order = [
        TaskStatus.OVERDUE,
        TaskStatus.IN_PROGRESS,
        TaskStatus.NOT_STARTED,
        TaskStatus.DONE_LATE,
        TaskStatus.DONE_ON_TIME,
        TaskStatus.CANCELLED,
    ]

    def status_key(r: Ref) -> tuple[object, ...]:
        within: tuple[object, ...]
        if r.status.is_open:
            within = (0, r.deadline, r.id) if r.deadline else (1, date.min, r.id)
        elif r.status is TaskStatus.CANCELLED:
            within = (0, r.cancelled_on, r.id)
        else:
            within = (0, r.completed_on, r.id)
        return (order.index(r.status), *within)

    return [r.id for r in sorted(refs, key=status_key, reverse=descending)]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_keyset_paging_returns_every_row_once_in_order_for_every_sort(
    generated: tuple[Services, list[Ref]], descending: bool
) -> None:
    sv, refs = generated
    assert any(r.deadline is None for r in refs) and any(r.lead is None for r in refs)
    assert any(r.responsible is None for r in refs) and any(r.first_coordinator is None for r in refs)
    for key in SortKey:
        f = TaskFilter(sort=key, descending=descending)
        ids = all_pages(sv, f, 37)
        assert len(ids) == len(set(ids)) == len(refs), key
        single, cursor = sv.board.page(f, None, 10_000)
        assert cursor is None and [r.id for r in single] == ids, key
        if sv.db.is_sqlite:  # PostgreSQL orders text by its collation, SQLite (and Python) by code point
            assert ids == python_order(key, descending, refs), key
        # and with a selective filter (found by collecting, then sorting), and two criteria together
        # (collected on PostgreSQL too)
        units = sorted({r.lead for r in refs if r.lead is not None})
        for g in (f.replace(text="ke hoach"), f.replace(text="ke hoach", unit_ids=(units[0], units[1]))):
            kept = {r.id for r in python_filter(g, refs)}
            assert kept, g
            assert all_pages(sv, g, 11) == [i for i in ids if i in kept], (key, g)


def test_a_cursor_of_another_sort_is_refused(generated: tuple[Services, list[Ref]]) -> None:
    sv, _ = generated
    _, cursor = sv.board.page(TaskFilter(), None, 10)
    assert cursor is not None
    with pytest.raises(ValueError):
        sv.board.page(TaskFilter(sort=SortKey.PRIORITY), cursor, 10)


def test_counts_by_unit_and_completion_over_time(generated: tuple[Services, list[Ref]]) -> None:
    sv, refs = generated
    f = TaskFilter(priorities=frozenset({Priority.HIGH, Priority.MEDIUM}))
    kept = python_filter(f, refs)
    per_unit = sv.board.counts_by_unit_and_status(f)
    assert sum(u.total for u in per_unit) == len(kept)
    for unit in per_unit:
        mine = Counter(r.status for r in kept if r.lead == unit.unit_id)
        assert unit.counts == {s: mine.get(s, 0) for s in TaskStatus}
    assert [u.total for u in per_unit] == sorted((u.total for u in per_unit), reverse=True)
    assert any(u.unit_id is None and u.unit_name == "" for u in per_unit)

    months = sv.board.completion_over_time(f)
    done = [r for r in kept if r.status.is_done]
    assert sum(b.total for b in months) == len(done)
    for bucket in months:
        here = [
            r
            for r in done
            if r.completed_on
            and (r.completed_on.year, r.completed_on.month) == (bucket.start.year, bucket.start.month)
        ]
        assert bucket.late == sum(r.status is TaskStatus.DONE_LATE for r in here)
        assert bucket.on_time == sum(r.status is TaskStatus.DONE_ON_TIME for r in here)
    starts = [b.start for b in months]
    assert starts == sorted(starts) and all(b.start.day == 1 for b in months)
    assert len(starts) == (starts[-1].year - starts[0].year) * 12 + starts[-1].month - starts[0].month + 1
    quarters = sv.board.completion_over_time(f, bucket="quarter")
    assert sum(b.total for b in quarters) == len(done) and all(
        b.start.month in (1, 4, 7, 10) for b in quarters
    )


def test_reminders_are_for_the_users_units(generated: tuple[Services, list[Ref]]) -> None:
    sv, refs = generated
    unit = next(r.lead for r in refs if r.lead is not None and r.status is TaskStatus.OVERDUE)
    mine = [r for r in refs if r.lead == unit or unit in r.coordinators]
    reminders = sv.board.reminders([unit], within_days=45, limit=5)
    late = [r for r in mine if r.status is TaskStatus.OVERDUE]
    soon = [
        r
        for r in mine
        if r.status.is_open and r.deadline and TODAY <= r.deadline <= TODAY + timedelta(days=45)
    ]
    assert reminders.overdue_total == len(late) and reminders.due_soon_total == len(soon)
    assert (
        [r.id for r in reminders.overdue]
        == [  # the most recently overdue first (issue 15 item 15)
            r.id for r in sorted(late, key=lambda r: (r.deadline, r.id), reverse=True)
        ][:5]
    )
    assert [r.id for r in reminders.due_soon] == [
        r.id for r in sorted(soon, key=lambda r: (r.deadline, r.id))
    ][:5]
    assert bool(reminders)


def test_rows_carry_display_strings(any_services: Services, any_fresh: Services) -> None:
    sv = any_services
    lead = sv.directory.create_unit("Phòng Quản lý đô thị")
    other = sv.directory.create_unit("Ban Quản lý dự án")
    third = sv.directory.create_unit("Đội Thanh tra trật tự xây dựng")
    person = sv.directory.create_person("Nguyễn Văn Định", "Trưởng phòng", lead)
    meeting = sv.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    task = sv.tasks.create(
        meeting,
        "Đẩy nhanh giải phóng mặt bằng\ndòng thứ hai",
        lead_unit_id=lead,
        coordinating_unit_ids=[third, other],
        responsible_id=person,
        deadline=date(2021, 3, 5),
        priority="high",
    )
    sv.tasks.add_progress(task, date(2021, 2, 1), 40)
    rows, _ = any_fresh.board.page(TaskFilter(text="DINH"))
    assert rows == []  # the name of the person is not the task's text
    [row] = any_fresh.board.page(TaskFilter(text="giai phong"))[0]
    assert row.text == "Đẩy nhanh giải phóng mặt bằng"
    assert row.lead_unit == "Phòng Quản lý đô thị"
    assert row.coordinating == "Ban Quản lý dự án, Đội Thanh tra trật tự xây dựng"
    assert row.responsible == "Nguyễn Văn Định"
    assert (row.deadline_text, row.progress_text, row.days_left) == ("05/03/2021", "40%", 4)
    assert row.priority is Priority.HIGH and row.status is TaskStatus.IN_PROGRESS
    assert row.meeting == "19/01/2021 · Làm việc với phường Long Biên"
    assert any_fresh.board.responsible_people() == [(person, "Nguyễn Văn Định")]


# --- a common word: pages walk the sort's order, counts are taken over the newest matches ----------


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    """The office of ``generated`` (600 tasks) with a cap its common words pass, and walks short
    enough to end in the collected rest (the budget) on a rarer one."""
    import minutes.services.board as board

    monkeypatch.setattr(board, "COUNT_CAP", 25)
    monkeypatch.setattr(board, "WALK_CHUNK", 30)
    monkeypatch.setattr(board, "WALK_BUDGET", 120)
    return 25


def word_counts(refs: list[Ref]) -> Counter[str]:
    """In how many tasks each word appears (once per task)."""
    return Counter(w for r in refs for w in set(re.findall(r"[^\W_]+", r.folded)))


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_a_common_word_pages_exactly_in_every_sort(
    generated: tuple[Services, list[Ref]], small_cap: int, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes.services.board import BoardService

    sv, refs = generated
    counts = word_counts(refs)
    common = [w for w, n in counts.most_common() if len(w) > 2][:2]  # hundreds of tasks each
    sparse = next(w for w, n in sorted(counts.items()) if small_cap < n <= 2 * small_cap and len(w) > 2)
    words = [*common, sparse, common[0][:2], f"{common[0]} {common[1]}"]
    rested: list[int] = []  # the walks that went over their budget and collected the rest
    real = BoardService._found

    def spy(self: BoardService, *args: object) -> object:
        rested.append(len(args[-1]))  # type: ignore[arg-type]
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(BoardService, "_found", spy)
    for key in SortKey:
        f = TaskFilter(sort=key, descending=descending)
        ids = all_pages(sv, f, 10_000)
        for word in words:
            g = f.replace(text=word)
            kept = {r.id for r in python_filter(g, refs)}
            assert len(kept) > small_cap, (key, word)  # common: over the cap
            assert all_pages(sv, g, 11) == [i for i in ids if i in kept], (key, word)
            if sv.db.is_sqlite:
                assert [i for i in ids if i in kept] == [
                    i for i in python_order(key, descending, refs) if i in kept
                ]
    if sv.db.is_sqlite:
        assert any(n > 0 for n in rested), "no walk reached its budget: the collected rest is untested"


def test_a_common_words_counts_are_those_of_its_newest_matches(
    generated: tuple[Services, list[Ref]], small_cap: int
) -> None:
    sv, refs = generated
    counts = word_counts(refs)
    common = next(w for w, n in counts.most_common() if len(w) > 2)
    # the generator's words are all common; each task carries its number
    rare = next(
        w for w in sorted(counts) if len(w) == 3 and 0 < len(python_filter(TaskFilter(text=w), refs)) < 9
    )
    for word in (common, f"{common} {rare}", rare, "khong co nhiem vu nao nhu the"):
        f = TaskFilter(text=word)
        matching = sorted(python_filter(f, refs), key=lambda r: r.id, reverse=True)
        every = Counter(r.status for r in matching)
        exact = sv.board.counts_by_status(f, cap=0)
        assert exact == {s: every.get(s, 0) for s in TaskStatus} and exact.exact, word
        shown = sv.board.counts_by_status(f)
        if len(matching) > small_cap:
            newest = Counter(r.status for r in matching[:small_cap])
            assert shown == {s: newest.get(s, 0) for s in TaskStatus}, word
            assert shown.at_least == frozenset(TaskStatus) and sum(shown.values()) == small_cap, word
            assert all(shown[s] <= exact[s] for s in TaskStatus), word  # a lower bound of each
        else:
            assert shown == exact and shown.exact, word
    # a chip chosen does not change what is counted; other criteria are counted exactly as before
    chosen = TaskFilter(text=common, statuses=frozenset({TaskStatus.OVERDUE}))
    assert sv.board.counts_by_status(chosen.without_status).at_least == frozenset(TaskStatus)
    unit = next(r.lead for r in refs if r.lead is not None)
    g = TaskFilter(text=common, unit_ids=(unit,))
    by_status = Counter(r.status for r in python_filter(g, refs))
    assert sv.board.counts_by_status(g) == {s: by_status.get(s, 0) for s in TaskStatus}
    assert sv.board.counts_by_status(g).exact


def test_walking_for_a_word_finds_what_the_word_index_finds(
    services: Services, fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Python test of a word (walking the sort's order) and FTS5's index agree on punctuation,
    underscores, digits, letters of other scripts and the accents folded away (SQLite)."""
    import minutes.services.board as board

    meeting = services.meetings.create("Giao ban", date(2021, 1, 19))
    texts = [
        "Xây dựng trường học",
        "xây_dựng nhà văn hoá",
        "a_xay b_dung",
        "xaydung liền",
        "(xây) [dựng]",
        "XÂY-DỰNG đường",
        "100%_xay 2dung",
        "x xay2dung",
        "ĐƯỜNG xá; dựng lại",
        "xay\u00a0dung cách không ngắt",
        "xay·dung",
        "Ⅻxay ²dung",
        "①xay dung",
        "Дом xay строить dung",
        "bản đồ xây dựng",
        "không có gì",
        "dựng xây",
        "xa ydung",
    ]
    made = {services.tasks.create(meeting, value, deadline=date(2021, 2, 1) + i * D): value
            for i, value in enumerate(texts)}  # fmt: skip
    for query in ("xay dung", "xay", "dung", "xa", "duong", "100", "2dung", "Ⅻ", "дом", "1", "y"):
        monkeypatch.setattr(board, "COUNT_CAP", 10_000)  # the word index collects every match
        collected = [r.id for r in fresh.board.page(TaskFilter(text=query))[0]]
        monkeypatch.setattr(board, "COUNT_CAP", 1)  # every word is common: the order is walked
        walked = [r.id for r in fresh.board.page(TaskFilter(text=query))[0]]
        assert walked == collected, query
        expected = [i for i, t in made.items() if all(re.search(r"(?<![^\W_])" + re.escape(w), fold(t))
                                                      for w in re.findall(r"[^\W_]+", fold(query)))]  # fmt: skip
        assert sorted(walked) == sorted(expected) and walked, query


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_a_unit_or_a_priority_walked_pages_exactly_in_every_sort(
    generated: tuple[Services, list[Ref]], descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A unit many tasks have (with or without priorities) is found by walking the sort's order and
    testing each row (SQLite); a rarer one, and a walk over its budget, by collecting: the same rows, in
    order, and the same counts either way."""
    import minutes.services.board as board
    from minutes.services.board import BoardService

    sv, refs = generated
    monkeypatch.setattr(board, "WALK_CHUNK", 30)
    monkeypatch.setattr(board, "WALK_BUDGET", 120)
    walks: list[int] = []
    real = BoardService._walked

    def spy(self: BoardService, *args: object, **kwargs: object) -> object:
        walks.append(1)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BoardService, "_walked", spy)
    by_lead = Counter(r.lead for r in refs if r.lead is not None).most_common()
    big, small = by_lead[0][0], by_lead[-1][0]
    filters = [
        TaskFilter(unit_ids=(big,)),
        TaskFilter(unit_ids=(big,), lead_only=True),
        TaskFilter(unit_ids=(small,)),
        TaskFilter(priorities=frozenset({Priority.HIGH})),
        TaskFilter(priorities=frozenset({Priority.LOW, Priority.MEDIUM}), unit_ids=(big, small)),
    ]
    for share in (board.WALK_SHARE, 10**9):  # walked (when plentiful), then always collected
        monkeypatch.setattr(board, "WALK_SHARE", share)
        walks.clear()
        for key in SortKey:
            everything = all_pages(sv, TaskFilter(sort=key, descending=descending), 10_000)
            for f in filters:
                g = f.replace(sort=key, descending=descending)
                kept = {r.id for r in python_filter(g, refs)}
                assert kept and len(kept) < len(refs), g
                assert all_pages(sv, g, 25) == [i for i in everything if i in kept], g
                by_status = Counter(r.status for r in python_filter(g, refs))
                assert sv.board.counts_by_status(g) == {s: by_status.get(s, 0) for s in TaskStatus}, g
        if sv.db.is_sqlite and share == board.WALK_SHARE:
            assert walks, "no unit or priority was walked"
        else:
            assert not walks


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_overdue_with_units_or_words_pages_exactly_and_asks_no_empty_segment(
    generated: tuple[Services, list[Ref]], descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Overdue with a unit or words is read in deadline order from overdue's own range, the units
    checked row by row and the words in Python (SQLite): the same rows, in order, as the filter's plain
    answer, across chunks and past the walk's budget; and no segment that cannot hold an overdue task
    (no deadline, another state) is asked, on either database."""
    import minutes.services.board as board
    from minutes.services.board import BoardService
    from minutes.services.board_query import Segment

    sv, refs = generated
    monkeypatch.setattr(board, "WALK_CHUNK", 30)
    monkeypatch.setattr(board, "WALK_BUDGET", 60)
    walks: list[int] = []
    asked: list[Segment] = []
    real_walk, real_keys = BoardService._walked, BoardService._keys_query

    def walk_spy(self: BoardService, *args: object, **kwargs: object) -> object:
        walks.append(1)
        return real_walk(self, *args, **kwargs)  # type: ignore[arg-type]

    def keys_spy(segment: Segment) -> object:
        asked.append(segment)
        return real_keys(segment)

    monkeypatch.setattr(BoardService, "_walked", walk_spy)
    monkeypatch.setattr(BoardService, "_keys_query", staticmethod(keys_spy))
    big = Counter(r.lead for r in refs if r.lead is not None).most_common()[0][0]
    word = next(w for w, _ in word_counts(refs).most_common() if len(w) > 2)
    late = frozenset({TaskStatus.OVERDUE})
    filters = [
        TaskFilter(overdue_only=True, unit_ids=(big,)),
        TaskFilter(overdue_only=True, text=word),
        TaskFilter(overdue_only=True, unit_ids=(big,), text=word[:2]),
        TaskFilter(overdue_only=True, unit_ids=(big,), lead_only=True, text=word),
        TaskFilter(overdue_only=True, unit_ids=(big,), priorities=frozenset({Priority.HIGH, Priority.LOW})),
        TaskFilter(overdue_only=True, unit_ids=(big,), statuses=late, text=word),
    ]
    for key in (SortKey.DEADLINE, SortKey.STATUS):
        everything = all_pages(sv, TaskFilter(sort=key, descending=descending), 10_000)
        for f in filters:
            g = f.replace(sort=key, descending=descending)
            kept = {r.id for r in python_filter(g, refs)}
            assert kept and len(kept) < len(python_filter(TaskFilter(overdue_only=True), refs)), g
            walks.clear()
            asked.clear()
            assert all_pages(sv, g, 7) == [i for i in everything if i in kept], g
            assert asked and all(not s.undated and s.status in (None, TaskStatus.OVERDUE) for s in asked), g
            assert bool(walks) == sv.db.is_sqlite, g
