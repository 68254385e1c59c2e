"""Deadlines as meetings state them: a day, or a period (a month, a quarter, a half-year, a year, "before"
a day, a range), with the wording the clerk wrote kept as written, and the day the official status is
computed from (:attr:`Deadline.due`).

``due`` is what ``tasks.deadline`` stores, so the official status (:mod:`minutes.domain.status`), the
board's SQL and every report keep working on one date: by default the last day of the period (the day
itself for a date, the day before for "before"). A clerk may set another one ("cuối tháng 3 và trong
tháng 4/2022": a range, counted from 30/4).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class DeadlineKind(StrEnum):
    DATE = "date"  # ngày 31/3/2021
    MONTH = "month"  # tháng 12/2018
    QUARTER = "quarter"  # quý I/2022
    HALF_YEAR = "half_year"  # 6 tháng đầu năm 2022
    YEAR = "year"  # năm 2022
    BEFORE = "before"  # trước ngày 15/3/2022
    RANGE = "range"  # từ 25/3 đến 30/4/2022


_KINDS = {k.value: k for k in DeadlineKind}
#: Kinds whose ``start`` is the first day of a calendar period.
PERIODS = (DeadlineKind.MONTH, DeadlineKind.QUARTER, DeadlineKind.HALF_YEAR, DeadlineKind.YEAR)
#: The earliest and latest years a date the services check may have (an absurd year is a typing error).
MIN_YEAR, MAX_YEAR = 1900, 2199
TEXT_LIMIT = 300


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _period_months(kind: DeadlineKind) -> int:
    return {DeadlineKind.MONTH: 1, DeadlineKind.QUARTER: 3, DeadlineKind.HALF_YEAR: 6, DeadlineKind.YEAR: 12}[
        kind
    ]


def check_year(value: date, what: str = "date") -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"{what} {value.isoformat()} is not between {MIN_YEAR} and {MAX_YEAR}")


@dataclass(frozen=True)
class Deadline:
    """A validated deadline. Build one with the class methods; invalid parts raise ``ValueError``."""

    kind: DeadlineKind
    end: date  # the day named (date, before) or the last day of the period or range
    start: date | None = None  # the first day of the period or range; None for date and before
    due: date = field(default=date.min)  # the day the official status is computed from
    text: str = ""  # the wording as written, "" when the structured value says it all

    def __post_init__(self) -> None:
        kind = DeadlineKind(self.kind)
        object.__setattr__(self, "kind", kind)
        check_year(self.end, "deadline")
        if kind in (DeadlineKind.DATE, DeadlineKind.BEFORE):
            if self.start is not None:
                raise ValueError(f"a {kind.value} deadline has no start")
        else:
            if self.start is None:
                raise ValueError(f"a {kind.value} deadline needs its start")
            check_year(self.start, "deadline start")
            if kind is DeadlineKind.RANGE:
                if self.start >= self.end:
                    raise ValueError("a range must start before it ends")
            else:
                self._check_period(kind, self.start, self.end)
        if self.due == date.min:
            object.__setattr__(self, "due", self.default_due)
        check_year(self.due, "status date")
        if len(self.text) > TEXT_LIMIT:
            raise ValueError(f"the wording has more than {TEXT_LIMIT} characters")

    @staticmethod
    def _check_period(kind: DeadlineKind, start: date, end: date) -> None:
        months = _period_months(kind)
        if start.day != 1 or (start.month - 1) % months != 0:
            raise ValueError(f"{start.isoformat()} does not start a {kind.value.replace('_', '-')}")
        last_month = start.month + months - 1
        if end != last_day(start.year, last_month):
            raise ValueError(
                f"a {kind.value.replace('_', '-')} starting {start.isoformat()} ends on "
                f"{last_day(start.year, last_month).isoformat()}, not {end.isoformat()}"
            )

    # --- constructors ------------------------------------------------------------------------------
    @classmethod
    def on(cls, day: date, text: str = "", due: date | None = None) -> Deadline:
        return cls(DeadlineKind.DATE, day, None, due or date.min, text)

    @classmethod
    def before(cls, day: date, text: str = "", due: date | None = None) -> Deadline:
        return cls(DeadlineKind.BEFORE, day, None, due or date.min, text)

    @classmethod
    def between(cls, start: date, end: date, text: str = "", due: date | None = None) -> Deadline:
        return cls(DeadlineKind.RANGE, end, start, due or date.min, text)

    @classmethod
    def period(
        cls, kind: DeadlineKind | str, year: int, number: int = 1, text: str = "", due: date | None = None
    ) -> Deadline:
        """The ``number``-th month (1-12), quarter (1-4) or half-year (1-2) of ``year``; a year: number 1."""
        kind = DeadlineKind(kind)
        if kind not in PERIODS:
            raise ValueError(f"{kind.value} is not a period")
        months = _period_months(kind)
        if not 1 <= number <= 12 // months:
            raise ValueError(f"there is no {kind.value.replace('_', '-')} number {number}")
        first_month = (number - 1) * months + 1
        start = date(year, first_month, 1)
        return cls(kind, last_day(year, first_month + months - 1), start, due or date.min, text)

    @classmethod
    def month(cls, year: int, month: int, text: str = "", due: date | None = None) -> Deadline:
        return cls.period(DeadlineKind.MONTH, year, month, text, due)

    @classmethod
    def quarter(cls, year: int, quarter: int, text: str = "", due: date | None = None) -> Deadline:
        return cls.period(DeadlineKind.QUARTER, year, quarter, text, due)

    @classmethod
    def half_year(cls, year: int, half: int, text: str = "", due: date | None = None) -> Deadline:
        return cls.period(DeadlineKind.HALF_YEAR, year, half, text, due)

    @classmethod
    def whole_year(cls, year: int, text: str = "", due: date | None = None) -> Deadline:
        return cls.period(DeadlineKind.YEAR, year, 1, text, due)

    @classmethod
    def stored(
        cls, kind: str | None, end: date | None, start: date | None, due: date, text: str | None
    ) -> Deadline:
        """The deadline a task row holds (``due`` is its ``deadline`` column), read without checking again
        (it was checked when written; a row written before kinds existed is a date deadline, and an old
        row that breaks a rule checked today is shown as it is rather than refused). The board builds
        200 of these per page."""
        deadline = object.__new__(cls)
        set_ = object.__setattr__
        set_(deadline, "kind", _KINDS.get(kind or "date") or DeadlineKind(kind or "date"))
        set_(deadline, "end", end or due)
        set_(deadline, "start", start)
        set_(deadline, "due", due)
        set_(deadline, "text", text or "")
        return deadline

    # --- reading ----------------------------------------------------------------------------------
    @property
    def default_due(self) -> date:
        return self.end - timedelta(days=1) if self.kind is DeadlineKind.BEFORE else self.end

    @property
    def is_period(self) -> bool:
        return self.kind is not DeadlineKind.DATE

    @property
    def number(self) -> int:
        """The month (1-12), quarter (1-4) or half (1-2) of a period; 1 for a year, 0 otherwise."""
        if self.kind not in PERIODS or self.start is None:
            return 0
        return (self.start.month - 1) // _period_months(self.kind) + 1

    @property
    def earliest(self) -> date:
        """The first day the deadline names (for "before" and a date: the day itself)."""
        return self.start or self.end

    def token(self) -> str:
        """A short, language-neutral form for the task history: 2021-03-31, 2018-12, 2022-Q1, 2022-H1,
        2022, <2022-03-15, 2022-03-25..2022-04-30."""
        kind = self.kind
        if kind is DeadlineKind.DATE:
            return self.end.isoformat()
        if kind is DeadlineKind.BEFORE:
            return f"<{self.end.isoformat()}"
        if kind is DeadlineKind.RANGE:
            assert self.start is not None
            return f"{self.start.isoformat()}..{self.end.isoformat()}"
        year = self.end.year
        if kind is DeadlineKind.MONTH:
            return f"{year}-{self.number:02d}"
        if kind is DeadlineKind.QUARTER:
            return f"{year}-Q{self.number}"
        if kind is DeadlineKind.HALF_YEAR:
            return f"{year}-H{self.number}"
        return str(year)


def coerce(value: Deadline | date | None) -> Deadline | None:
    """What the services accept for a deadline: a :class:`Deadline`, a plain date (a date deadline), None."""
    if value is None or isinstance(value, Deadline):
        return value
    if isinstance(value, date):
        return Deadline.on(value)
    raise TypeError(f"not a deadline: {value!r}")
