"""How the documents word the model's dated and counted facts: deadlines as stated (a day or a period,
with the clerk's wording), meetings known by their month, the next meeting, votes, contributions counted
without their words, and figures by kind. Only what the record holds is said:

* a deadline prints its recorded wording ("cuối tháng 3 và trong tháng 4/2022"), else its kind in the
  official way ("quý I/2022", "6 tháng đầu năm 2022", "trước ngày 10/3/2022"); an English document
  keeps a wording only when it is not Vietnamese (it words the period itself otherwise);
* a meeting known by its month is "tháng 3 năm 2022" / "March 2022", never a day the record lacks;
* a vote prints the counts recorded, a percentage only of a recorded total;
* "Có 02 ý kiến phát biểu": a count, never "no contributions".
"""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

from minutes.domain.deadline import Deadline, DeadlineKind
from minutes.domain.enums import FigureKind
from minutes.domain.text import fold
from minutes.export.vnformat import Family, en_date, en_number, en_time, vn_date, vn_number, vn_time
from minutes.services.dto import FigureDTO, NextMeetingDTO, TaskDTO, VotesDTO

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _plain(family: Family) -> bool:
    return family == "plain"


def _num(value: Decimal | int, family: Family) -> str:
    return en_number(value) if _plain(family) else vn_number(value)


def _day(d: date, family: Family) -> str:
    return en_date(d) if _plain(family) else f"{d.day:02d}/{d.month:02d}/{d.year}"


def count_vi(n: int) -> str:
    """Counts of people and views as offices write them: "02", "17", "1.250"."""
    return f"{n:02d}" if 0 < n < 10 else vn_number(n)


# ------------------------------------------------------------------------------------------- months
def month_long(d: date, family: Family) -> str:
    """ "tháng 3 năm 2022" (January and February padded, as Decree 30 writes them); "March 2022"."""
    if _plain(family):
        return f"{_EN_MONTHS[d.month - 1]} {d.year}"
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"tháng {month} năm {d.year}"


def month_short(d: date, family: Family) -> str:
    """ "tháng 3/2022"; "March 2022"."""
    return f"{_EN_MONTHS[d.month - 1]} {d.year}" if _plain(family) else f"tháng {d.month}/{d.year}"


def meeting_day_long(d: date, precision: str, family: Family) -> str:
    """ "ngày 19 tháng 01 năm 2021" / "tháng 3 năm 2022" (a meeting known by its month)."""
    if precision == "month":
        return month_long(d, family)
    return en_date(d) if _plain(family) else vn_date(d)


def meeting_day_short(d: date, precision: str, family: Family) -> str:
    """ "ngày 19/01/2021" / "tháng 3/2022"; English "19 January 2021" / "March 2022"."""
    if precision == "month":
        return month_short(d, family)
    return en_date(d) if _plain(family) else f"ngày {_day(d, family)}"


# ---------------------------------------------------------------------------------------- deadlines
def spec_of(task: TaskDTO) -> Deadline | None:
    """The deadline as stated (a task written before kinds existed: its date)."""
    if task.deadline_spec is not None:
        return task.deadline_spec
    return Deadline.stored("date", task.deadline, None, task.deadline, "") if task.deadline else None


def _vietnamese(text: str) -> bool:
    return fold(text) != text.casefold() or "đ" in text.casefold()


def _kind_words(spec: Deadline, family: Family) -> str:
    kind, year, n = spec.kind, spec.end.year, spec.number
    plain = _plain(family)
    if kind is DeadlineKind.DATE:
        return _day(spec.end, family)
    if kind is DeadlineKind.BEFORE:
        return f"before {en_date(spec.end)}" if plain else f"trước ngày {_day(spec.end, family)}"
    if kind is DeadlineKind.RANGE:
        start = spec.start or spec.end
        return f"{en_date(start)} to {en_date(spec.end)}" if plain else \
            f"từ ngày {_day(start, family)} đến ngày {_day(spec.end, family)}"  # fmt: skip
    if kind is DeadlineKind.MONTH:
        return month_short(spec.end, family)
    if kind is DeadlineKind.QUARTER:
        return f"Q{n} {year}" if plain else f"quý {ROMAN.get(n, str(n))}/{year}"
    if kind is DeadlineKind.HALF_YEAR:
        if plain:
            return f"{'first' if n == 1 else 'second'} half of {year}"
        return f"6 tháng {'đầu' if n == 1 else 'cuối'} năm {year}"
    return str(year) if plain else f"năm {year}"


def deadline_words(task: TaskDTO, family: Family) -> str:
    """When the task is due, as the meeting stated it ("quý I/2023", "trước ngày 10/3/2023",
    "31/03/2021"); "" when no deadline is recorded."""
    spec = spec_of(task)
    if spec is None:
        return ""
    text = " ".join(spec.text.split())
    if text and not (_plain(family) and _vietnamese(text)):
        return text
    return _kind_words(spec, family)


def is_plain_date(task: TaskDTO) -> bool:
    """A deadline that is one day with no wording of its own ("báo cáo kết quả trước ngày ...")."""
    spec = spec_of(task)
    return spec is not None and spec.kind is DeadlineKind.DATE and not spec.text.strip()


# -------------------------------------------------------------------------------------- next meeting
def next_meeting(nm: NextMeetingDTO, family: Family, meeting_word: str) -> tuple[str, str]:
    """(lead, text): ("Cuộc họp tiếp theo: ", "8 giờ 00 phút, ngày 27 tháng 3 năm 2023, tại Hội trường tầng
    2. Giao ban tháng 3/2023."); a meeting known by its month: "tháng 01 năm 2023"."""
    plain = _plain(family)
    when = meeting_day_long(nm.meeting_date, nm.precision, family)
    if nm.start_time is not None and nm.precision != "month":
        when = (
            f"{_time(nm.start_time, family)}, {when}"
            if not plain
            else f"{when}, {_time(nm.start_time, family)}"
        )
    items = [when]
    if nm.location.strip():
        place = nm.location.strip().rstrip(".")
        items.append(place if plain else f"tại {place}")
    lead = "Next meeting: " if plain else f"{meeting_word} tiếp theo: "
    text = ", ".join(items) + "."
    if nm.note.strip():
        text += f" {nm.note.strip().rstrip('.')}."
    return lead, text


def _time(t: time, family: Family) -> str:
    return en_time(t) if _plain(family) else vn_time(t)


# --------------------------------------------------------------------------------------------- votes
def percent_of(part: int, whole: int, family: Family) -> str:
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    value = value.normalize() if value != value.to_integral_value() else value.quantize(Decimal(1))
    return f"{_num(value, family)}%"


def votes(v: VotesDTO, family: Family) -> str:
    """ "Kết quả biểu quyết: 16/17 đại biểu tán thành (94,12%); 01 đại biểu không biểu quyết." from the
    counts recorded ("" when none is)."""
    plain = _plain(family)
    items = []
    if v.votes_for is not None:
        share = f" ({percent_of(v.votes_for, v.total, family)})" if v.total else ""
        if plain:
            of = f" of {en_number(v.total)}" if v.total else ""
            items.append(f"{en_number(v.votes_for)}{of} in favour{share}")
        else:
            of = f"/{count_vi(v.total)}" if v.total else ""
            items.append(f"{count_vi(v.votes_for)}{of} đại biểu tán thành{share}")
    elif v.total:
        items.append(f"{en_number(v.total)} voting" if plain else f"{count_vi(v.total)} đại biểu biểu quyết")
    # no "0 against" when the counts given already make up the total ("17/17 tán thành" says it)
    implied = v.total is not None and sum(c or 0 for c in (v.votes_for, v.against, v.abstain)) == v.total
    for count, en, vi in (
        (v.against, "against", "không tán thành"),
        (v.abstain, "abstaining", "không biểu quyết"),
    ):
        if count is not None and not (count == 0 and implied):
            items.append(f"{en_number(count)} {en}" if plain else f"{count_vi(count)} đại biểu {vi}")
    if not items:
        return ""
    return ("Vote: " if plain else "Kết quả biểu quyết: ") + "; ".join(items) + "."


# ------------------------------------------------------------------------------------- contributions
def counted(count: int, family: Family) -> str:
    """ "02 ý kiến phát biểu"; "2 contributions"."""
    if _plain(family):
        return f"{en_number(count)} contribution{'s' if count != 1 else ''}"
    return f"{count_vi(count)} ý kiến phát biểu"


# ------------------------------------------------------------------------------------------- figures
def _with_unit(amount: str, unit: str) -> str:
    """ "186 hộ"; a percentage as written: "87%", never "87 %"."""
    unit = unit.strip()
    return f"{amount}%" if unit == "%" else f"{amount} {unit}".strip()


def figure(f: FigureDTO, family: Family) -> str:
    """A figure as its kind states it: "4.350.000.000 đồng, đạt 17,4%" (against the plan), "tăng 12% so
    với cùng kỳ năm 2022", "xếp thứ 3/14", "412/415 hồ sơ, tỷ lệ 99,28%", "186 hộ"."""
    plain = _plain(family)
    n = lambda value: _num(value, family)  # noqa: E731
    amount = ""
    if f.value is not None:
        amount = n(f.value) + (f"/{n(f.target)}" if f.target is not None else "")
        amount = _with_unit(amount, f.unit)
    pct = f"{n(f.percent)}%" if f.percent is not None else ""
    kind = f.kind
    values: list[str] = []
    if kind == FigureKind.RANK and f.value is not None:
        of = f"/{n(f.target)}" if f.target is not None else ""
        values.append(f"ranked {n(f.value)}{' of ' + n(f.target) if f.target is not None else ''}" if plain
                      else f"xếp thứ {n(f.value)}{of}")  # fmt: skip
    elif kind == FigureKind.CHANGE and f.percent is not None:
        if f.value is not None:
            values.append(_with_unit(n(f.value), f.unit))
        up = f.percent >= 0
        size = f"{n(abs(f.percent))}%"
        against = (f.compared_to or "").strip()
        if plain:
            text = f"{'up' if up else 'down'} {size}" + (f" on {against}" if against else "")
        else:
            text = f"{'tăng' if up else 'giảm'} {size}" + (f" so với {against}" if against else "")
        values.append(text)
    elif kind == FigureKind.SHARE and f.percent is not None and amount:
        values += [amount, f"share {pct}" if plain else f"tỷ lệ {pct}"]
    else:  # amount, ratio to plan, a share given as a rate alone: as before kinds existed
        if amount:
            values.append(amount)
        if pct:
            reached = "" if plain else "đạt "
            values.append(f"{reached}{pct}" if values else pct)
    text = f"{f.label}: {', '.join(values)}" if values else f.label
    return f"{text} ({f.note.strip()})" if f.note and f.note.strip() else text
