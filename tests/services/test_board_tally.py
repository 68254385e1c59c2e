"""The board's counts come from ``task_tally`` (kept by triggers) and its text filter from the tasks' word
index: after changes through the services, through plain SQL (another program) and deletions by
cascade, both agree with every task read back and classified by the domain rule, on SQLite and
PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date

from benchmarks.synthetic import generate
from sqlalchemy import select, text

from minutes.db import models as m
from minutes.domain.status import TaskStatus, task_status
from minutes.services import Services
from minutes.services.board import TaskFilter

TODAY = date(2021, 3, 1)


def reference(
    sv: Services,
) -> tuple[Counter[TaskStatus], dict[int | None, Counter[TaskStatus]], Counter[tuple]]:
    by_status: Counter[TaskStatus] = Counter()
    by_unit: dict[int | None, Counter[TaskStatus]] = {}
    months: Counter[tuple] = Counter()
    with sv.db.sessions() as s:
        for t in s.scalars(select(m.Task)):
            status = task_status(deadline=t.deadline, completed_on=t.completed_on,
                                 cancelled=t.cancelled_on is not None, progress=t.progress, today=TODAY)  # fmt: skip
            by_status[status] += 1
            by_unit.setdefault(t.lead_unit_id, Counter())[status] += 1
            if t.completed_on is not None and t.cancelled_on is None:
                months[(t.completed_on.replace(day=1), status is TaskStatus.DONE_LATE)] += 1
    return by_status, by_unit, months


def check(sv: Services) -> None:
    by_status, by_unit, months = reference(sv)
    assert sv.board.counts_by_status(TaskFilter()) == {s: by_status.get(s, 0) for s in TaskStatus}
    units = {u.unit_id: dict(u.counts) for u in sv.board.counts_by_unit_and_status(TaskFilter())}
    assert units == {u: {s: c.get(s, 0) for s in TaskStatus} for u, c in by_unit.items()}
    buckets = sv.board.completion_over_time(TaskFilter())
    shown = Counter(
        {(b.start, False): b.on_time for b in buckets} | {(b.start, True): b.late for b in buckets}
    )
    assert +shown == +months
    assert buckets[0].start == min(d for d, _ in months) and buckets[-1].start == max(d for d, _ in months)


def test_the_tally_follows_every_change(any_services: Services, any_fresh: Services) -> None:
    sv = any_services
    generate(sv.db.engine, 300, seed=3, today=TODAY, units=6, people=10)
    check(any_fresh)
    with sv.db.sessions() as s:
        ids = list(s.scalars(select(m.Task.id).order_by(m.Task.id)))
        units = list(s.scalars(select(m.Unit.id).order_by(m.Unit.id)))
    open_ids = [t.id for t in sv.board.iter_rows(TaskFilter(statuses=frozenset({TaskStatus.IN_PROGRESS,
                                                                                  TaskStatus.NOT_STARTED,
                                                                                  TaskStatus.OVERDUE})))]  # fmt: skip
    # through the services, as users do
    sv.tasks.complete(open_ids[0], date(2021, 2, 27))
    sv.tasks.cancel(open_ids[1], "không còn phù hợp", on=date(2021, 2, 1))
    sv.tasks.change_deadline(open_ids[2], date(2020, 1, 1), "lùi hạn")
    sv.tasks.add_progress(open_ids[3], date(2021, 2, 20), 30)
    sv.tasks.update(open_ids[4], lead_unit_id=units[-1])
    sv.tasks.update(open_ids[5], lead_unit_id=None)
    sv.tasks.delete(ids[10])
    sv.tasks.reopen(
        next(t.id for t in sv.board.iter_rows(TaskFilter(statuses=frozenset({TaskStatus.DONE_LATE}))))
    )
    check(any_fresh)
    # another program: plain SQL updates, and a meeting deleted with its tasks (ON DELETE CASCADE)
    with sv.db.engine.begin() as conn:
        conn.execute(text("UPDATE tasks SET completed_on = NULL, progress = 0 WHERE id IN (:a, :b)"),
                     {"a": ids[20], "b": ids[21]})  # fmt: skip
        conn.execute(text("UPDATE tasks SET deadline = NULL WHERE id = :a"), {"a": ids[22]})
        meeting = conn.execute(text("SELECT meeting_id FROM tasks WHERE id = :a"), {"a": ids[30]}).scalar()
        conn.execute(text("DELETE FROM meetings WHERE id = :m"), {"m": meeting})
    check(any_fresh)


def test_the_text_filter_finds_words_by_their_beginning(any_services: Services, any_fresh: Services) -> None:
    sv = any_services
    meeting = sv.meetings.create("Giao ban", date(2021, 1, 19))
    first = sv.tasks.create(
        meeting, "Đẩy nhanh GIẢI PHÓNG mặt bằng dự án đường 40m", deadline=date(2021, 3, 5)
    )
    second = sv.tasks.create(meeting, "Xây dựng kế hoạch năm 2021", expected_product="Kế hoạch 100%")
    sv.tasks.create(meeting, "Kiểm tra trật tự đô thị")

    def found(words: str) -> set[int]:
        return {r.id for r in any_fresh.board.iter_rows(TaskFilter(text=words))}

    assert found("giai phong") == {first} == found("GIẢI phóng MẶT") == found("gia pho")
    assert found("ke hoach") == {second} == found("kế hoạch 100%") == found("100")
    assert found("dinh") == set() and found("hoach xay") == {second}
    assert found("iai") == set()  # a word's middle is not its beginning
    # a task's text changed through the services is found by its new words only
    sv.tasks.update(second, text="Rà soát hồ sơ đất đai")
    assert found("xay dung") == set() and found("ra soat") == {second}
    assert {r.id for r in any_fresh.board.iter_rows(TaskFilter())} == {first, second} | found("kiem tra")
