"""The shape of a generated database: how many of everything, on which days, and each task's fate.

Planned first (small arrays), then turned into rows meeting by meeting (``gen_rows``), so the totals are
exact at any scale and memory stays flat however big the database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from minutes.domain.status import TaskStatus

#: The office of the benchmarks: ten years of meetings up to this day (the generator's "today").
TODAY = date(2026, 11, 25)
YEARS = 10

#: What the search index holds at scale 1 (one entry per meeting, person, unit, report, figure,
#: contribution, conclusion, recommendation, task and progress note; see minutes.search.entries).
SEARCHABLE = 1_000_000


@dataclass(frozen=True)
class Sizes:
    units: int
    people: int
    meetings: int
    reports: int
    figures: int
    contributions: int
    conclusions: int
    recommendations: int
    tasks: int
    updates: int
    attendance_per_meeting: int = 12

    @property
    def searchable(self) -> int:
        return (
            self.units
            + self.people
            + self.meetings
            + self.reports
            + self.figures
            + self.contributions
            + self.conclusions
            + self.recommendations
            + self.tasks
            + self.updates
        )


def sizes_for(scale: float) -> Sizes:
    """The counts for ``scale`` (1.0: the office of issue 7, about 1,000,000 searchable rows)."""
    if scale <= 0:
        raise ValueError("scale must be positive")

    def n(value: int, least: int) -> int:
        return max(least, round(value * scale))

    meetings = n(5_000, 10)
    fixed = dict(
        units=max(14, round(14 * scale)),
        people=n(500, 40),
        meetings=meetings,
        reports=n(20_000, 2 * meetings),
        figures=n(240_000, 10 * meetings),
        contributions=n(50_000, 250),
        conclusions=n(150_000, 5 * meetings),
        tasks=n(100_000, 200),
        updates=n(300_000, 400),
    )
    rest = round(SEARCHABLE * scale) - sum(fixed.values())
    return Sizes(recommendations=max(rest, 2 * meetings), **fixed)


def allocate(
    rng: random.Random, total: int, weights: list[float], least: list[int] | None = None
) -> list[int]:
    """Split ``total`` into integer shares proportional to ``weights`` (exactly ``total`` in all)."""
    counts = list(least) if least else [0] * len(weights)
    remaining = total - sum(counts)
    if remaining < 0:
        raise ValueError("the minimums exceed the total")
    weight_sum = sum(weights) or 1.0
    shares = [remaining * w / weight_sum for w in weights]
    for i, share in enumerate(shares):
        counts[i] += int(share)
    left = total - sum(counts)
    order = sorted(
        range(len(weights)), key=lambda i: (shares[i] - int(shares[i]), rng.random()), reverse=True
    )
    for i in order[:left]:
        counts[i] += 1
    return counts


@dataclass
class MeetingPlan:
    day: date
    special: str  # "" | "conference" (200 contributions) | "plan" (the big task plan)
    contributions: int = 0
    reports: int = 0
    figures: int = 0
    conclusions: int = 0
    recommendations: int = 0
    tasks: int = 0


def meeting_days(rng: random.Random, count: int, today: date = TODAY) -> list[date]:
    """``count`` working days (a few Saturdays) over the last ten years, oldest first."""
    start = today - timedelta(days=365 * YEARS)
    span = (today - start).days
    days: list[date] = []
    while len(days) < count:
        day = start + timedelta(days=rng.randrange(span + 1))
        if day.weekday() < 5 or (day.weekday() == 5 and rng.random() < 0.1):
            days.append(day)
    return sorted(days)


BIG_CONTRIBUTIONS = 200
PLAN_TASKS = 1000


def plan_meetings(rng: random.Random, sizes: Sizes, today: date = TODAY) -> list[MeetingPlan]:
    """Every meeting with its day and how many items of each kind it holds."""
    days = meeting_days(rng, sizes.meetings, today)
    plans = [MeetingPlan(day, "") for day in days]
    # The year-end conference of each January: 200 contributions each (as many as the total allows).
    conferences = max(1, min(YEARS, sizes.contributions // (2 * BIG_CONTRIBUTIONS), len(plans) // 5))
    januaries = (_first_of_year(plans, year) for year in range(today.year - YEARS + 1, today.year + 1))
    firsts = sorted({index for index in januaries if index is not None}, reverse=True)[:conferences]
    for index in firsts:
        plans[index].special = "conference"
    # The latest of them also sets the big plan (the 1,000-task "kế hoạch theo biểu ngang").
    plan_index = next((i for i in range(len(plans) - 1, -1, -1) if not plans[i].special), len(plans) - 1)
    plans[plan_index].special = "plan"

    big = [p for p in plans if p.special == "conference"]
    rest = [p for p in plans if p.special != "conference"]
    for p in big:
        p.contributions = BIG_CONTRIBUTIONS
    left = sizes.contributions - BIG_CONTRIBUTIONS * len(big)
    for p, c in zip(rest, allocate(rng, left, [rng.uniform(0.2, 1.8) for _ in rest]), strict=True):
        p.contributions = c

    plan_tasks = min(PLAN_TASKS, sizes.tasks // 10)
    others = [p for p in plans if p.special != "plan"]
    weights = [rng.uniform(0.3, 1.7) * (3 if p.special else 1) for p in others]
    for p, c in zip(others, allocate(rng, sizes.tasks - plan_tasks, weights), strict=True):
        p.tasks = c
    plans[plan_index].tasks = plan_tasks

    ones = [1] * len(plans)
    for attr, total, least in (
        ("reports", sizes.reports, ones),
        ("conclusions", sizes.conclusions, ones),
        ("recommendations", sizes.recommendations, ones),
    ):
        weights = [rng.uniform(0.3, 1.7) * (3 if p.special else 1) for p in plans]
        for p, c in zip(plans, allocate(rng, total, weights, least), strict=True):
            setattr(p, attr, c)
    # Every report has at least one figure.
    for p, c in zip(
        plans,
        allocate(
            rng, sizes.figures, [p.reports * rng.uniform(0.5, 1.5) for p in plans], [p.reports for p in plans]
        ),
        strict=True,
    ):
        p.figures = c
    return plans


def _first_of_year(plans: list[MeetingPlan], year: int) -> int | None:
    for index, plan in enumerate(plans):
        if plan.day.year == year and plan.day.month == 1 and plan.day.day >= 10:
            return index
    return None


@dataclass(frozen=True)
class TaskFate:
    status: TaskStatus
    deadline: date | None
    completed_on: date | None
    cancelled_on: date | None
    progress: int


_MIX = {  # status weights by the age of the meeting that set the task
    "old": (0.68, 0.18, 0.03, 0.05, 0.01, 0.05),
    "year": (0.50, 0.12, 0.15, 0.12, 0.07, 0.04),
    "recent": (0.20, 0.03, 0.45, 0.07, 0.23, 0.02),
}
_ORDER = (
    TaskStatus.DONE_ON_TIME,
    TaskStatus.DONE_LATE,
    TaskStatus.IN_PROGRESS,
    TaskStatus.OVERDUE,
    TaskStatus.NOT_STARTED,
    TaskStatus.CANCELLED,
)
_TERMS = (7, 10, 15, 30, 30, 45, 60, 90, 90, 180, 365)


def task_fate(rng: random.Random, meeting_day: date, today: date = TODAY) -> TaskFate:
    """A status drawn by the meeting's age, with dates that make :func:`task_status` agree with it."""
    age = (today - meeting_day).days
    mix = _MIX["old" if age > 365 else "year" if age > 90 else "recent"]
    status = rng.choices(_ORDER, mix)[0]
    deadline: date | None = meeting_day + timedelta(days=rng.choice(_TERMS))
    if rng.random() < 0.05 and status not in (TaskStatus.DONE_LATE, TaskStatus.OVERDUE):
        deadline = None
    if status in (TaskStatus.DONE_LATE, TaskStatus.OVERDUE):
        if age < 2:
            status = TaskStatus.NOT_STARTED
        elif deadline is not None and deadline >= today - timedelta(days=1):
            deadline = meeting_day + timedelta(days=rng.randint(0, age - 2))
    if (
        status in (TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED)
        and deadline is not None
        and deadline < today
    ):
        deadline = today + timedelta(days=rng.randint(0, 240))  # a long-running task, still in time

    def between(first: date, last: date) -> date:
        return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))

    if status is TaskStatus.DONE_ON_TIME:
        last = min(deadline or meeting_day + timedelta(days=180), today)
        return TaskFate(status, deadline, between(meeting_day, last), None, 100)
    if status is TaskStatus.DONE_LATE:
        assert deadline is not None
        done = deadline + timedelta(days=rng.randint(1, max(1, min(120, (today - deadline).days))))
        return TaskFate(status, deadline, done, None, 100)
    if status is TaskStatus.CANCELLED:
        return TaskFate(
            status,
            deadline,
            None,
            between(meeting_day, min(today, meeting_day + timedelta(200))),
            rng.choice((0, 10, 20, 30)),
        )
    if status is TaskStatus.OVERDUE:
        return TaskFate(status, deadline, None, None, rng.choice((0, 10, 20, 30, 40, 50, 60, 70, 80, 90)))
    if status is TaskStatus.IN_PROGRESS:
        return TaskFate(status, deadline, None, None, rng.randint(1, 19) * 5)
    return TaskFate(status, deadline, None, None, 0)


def update_counts(rng: random.Random, fates: list[TaskFate], total: int) -> list[int]:
    """How many dated progress updates each task has: ``total`` in all; none before a task starts."""
    least = [1 if f.progress > 0 or f.completed_on else 0 for f in fates]
    weights = [0.0 if f.status is TaskStatus.NOT_STARTED else rng.uniform(0.4, 1.6) for f in fates]
    if sum(least) > total:  # a tiny database: keep the minimum where the status needs it
        least = [1 if f.status is TaskStatus.IN_PROGRESS else 0 for f in fates]
    return allocate(rng, total, weights, least)
