"""Deadlines as meetings state them: periods are exact calendar periods, the status date defaults to the
period's last day (the day before, for "before"), and a wrong period is refused."""

from __future__ import annotations

from datetime import date

import pytest

from minutes.domain.deadline import Deadline, DeadlineKind, coerce
from minutes.domain.figures import infer_kind, problems
from minutes.domain.status import TaskStatus, task_status


def test_periods_and_their_status_dates() -> None:
    assert Deadline.month(2018, 12).start == date(2018, 12, 1)
    assert Deadline.month(2024, 2).end == date(2024, 2, 29)
    q1 = Deadline.quarter(2022, 1, "quý I/2022")
    assert (q1.start, q1.end, q1.due, q1.text, q1.number) == (
        date(2022, 1, 1),
        date(2022, 3, 31),
        date(2022, 3, 31),
        "quý I/2022",
        1,
    )
    assert Deadline.half_year(2022, 2).start == date(2022, 7, 1)
    assert Deadline.whole_year(2022).end == date(2022, 12, 31)
    assert Deadline.before(date(2022, 3, 15)).due == date(2022, 3, 14)
    spoken = Deadline.between(date(2022, 3, 25), date(2022, 4, 30), "cuối tháng 3 và trong tháng 4/2022")
    assert spoken.due == date(2022, 4, 30) and spoken.is_period
    assert Deadline.on(date(2021, 3, 31), due=date(2021, 4, 5)).due == date(2021, 4, 5)
    assert [
        d.token()
        for d in (
            Deadline.on(date(2021, 3, 31)),
            Deadline.month(2018, 12),
            q1,
            Deadline.half_year(2022, 1),
            Deadline.whole_year(2022),
            Deadline.before(date(2022, 3, 15)),
            spoken,
        )
    ] == ["2021-03-31", "2018-12", "2022-Q1", "2022-H1", "2022", "<2022-03-15", "2022-03-25..2022-04-30"]
    assert coerce(date(2021, 1, 1)) == Deadline.on(date(2021, 1, 1)) and coerce(None) is None


@pytest.mark.parametrize(
    ("kind", "start", "end"),
    [
        (DeadlineKind.QUARTER, date(2022, 2, 1), date(2022, 4, 30)),  # not a quarter's first day
        (DeadlineKind.MONTH, date(2022, 3, 1), date(2022, 3, 30)),  # not the month's last day
        (DeadlineKind.HALF_YEAR, date(2022, 1, 1), date(2022, 12, 31)),
        (DeadlineKind.RANGE, date(2022, 4, 30), date(2022, 3, 25)),  # backwards
        (DeadlineKind.DATE, date(2022, 1, 1), date(2022, 3, 25)),  # a day has no start
        (DeadlineKind.YEAR, None, date(2022, 12, 31)),  # a period needs its start
        (DeadlineKind.DATE, None, date(1066, 10, 14)),  # an absurd year
    ],
)
def test_wrong_periods_are_refused(kind: DeadlineKind, start: date | None, end: date) -> None:
    with pytest.raises(ValueError):
        Deadline(kind, end, start)


def test_the_status_follows_the_status_date() -> None:
    q1 = Deadline.quarter(2022, 1)
    assert (
        task_status(deadline=q1.due, completed_on=None, cancelled=False, progress=0, today=date(2022, 3, 31))
        is TaskStatus.NOT_STARTED
    )
    assert (
        task_status(deadline=q1.due, completed_on=None, cancelled=False, progress=0, today=date(2022, 4, 1))
        is TaskStatus.OVERDUE
    )


def test_figure_kinds_from_shape_and_what_each_lacks() -> None:
    from decimal import Decimal as D

    assert infer_kind(D(12), None, None) == "amount"
    assert infer_kind(None, None, D("91.95")) == "share"
    assert infer_kind(D("19885177001"), None, D(87)) == "ratio_to_plan"
    assert problems("rank", D(3), D(11), None, None) == ()
    assert problems("rank", D("3.5"), D(11), None, None) == ("rank_numbers",)
    assert problems("rank", D(12), D(11), None, None) == ("rank_order",)
    assert problems("change", None, None, D(12), "") == ("compared_to",)
    assert problems("ratio_to_plan", D(1), D(2), None, None) == ("percent",)
