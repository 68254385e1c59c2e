"""Vietnamese (and plain English) formatting of dates, times, numbers and reference numbers.

Rules from docs/official-formats.md section 4 and the header rows of sections 1-2:

* dates: ``ngày 19 tháng 01 năm 2021`` - the day is padded below 10, the month only for January and
  February (``tháng 01``, ``tháng 02``, but ``tháng 3`` ... ``tháng 12``);
* numbers: ``.`` groups thousands, ``,`` marks decimals (``19.885.177.001``, ``91,95``);
* times: ``14 giờ 30 phút`` or ``14h30``. Choice made here: the hour is NOT padded and the minute always
  has two digits, so 08:00 is ``8 giờ 00 phút`` / ``8h00`` and 08:05 is ``8 giờ 05 phút`` / ``8h05``
  (the usual way minutes write "Vào lúc 8 giờ 00 phút"). Pass ``pad_hour=True`` for ``08 giờ 00 phút``;
* reference numbers: state ``Số: 05/BB-UBND``, party ``Số 15-TB/QU``; numbers below 10 get a leading
  zero; an unnumbered document leaves a blank for the clerk to number by hand.

Nothing here depends on the data model or on Qt.
"""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from typing import Literal

Family = Literal["state", "party", "plain"]
FAMILIES: tuple[Family, ...] = ("state", "party", "plain")
TimeStyle = Literal["long", "short"]

#: Stands for the number when the document is numbered by hand: with the space after "Số:" it leaves
#: six spaces, ``Số:      /BB-UBND`` (regular spaces; runs are written with xml:space="preserve").
NUMBER_BLANK = " " * 5

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def vn_date(d: date) -> str:
    """``ngày 19 tháng 01 năm 2021``; ``ngày 05 tháng 3 năm 2020``; ``ngày 31 tháng 12 năm 2024``."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def vn_place_date(place: str, d: date) -> str:
    """``Long Biên, ngày 05 tháng 3 năm 2020`` (the italic line under the Quốc hiệu / party name)."""
    place = place.strip()
    return f"{place}, {vn_date(d)}" if place else vn_date(d)


def vn_time(t: time, style: TimeStyle = "long", *, pad_hour: bool = False) -> str:
    """``14 giờ 30 phút`` (long) or ``14h30`` (short); 08:00 is ``8 giờ 00 phút`` (see module doc)."""
    hour = f"{t.hour:02d}" if pad_hour else str(t.hour)
    if style == "long":
        return f"{hour} giờ {t.minute:02d} phút"
    if style == "short":
        return f"{hour}h{t.minute:02d}"
    raise ValueError(f"unknown time style {style!r}")


def _to_decimal(value: Decimal | int | float | str) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a bool is not a number to format")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # 15 significant digits drop binary artefacts: 0.1 + 0.2 -> 0.3, 1.1 * 3 -> 3.3.
        result = Decimal(format(value, ".15g"))
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip().replace("_", ""))
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    else:
        raise TypeError(f"cannot format {type(value).__name__} as a number")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def _format_number(value: Decimal | int | float | str, decimals: int | None, group: str, point: str) -> str:
    number = _to_decimal(value)
    if decimals is not None:
        if decimals < 0:
            raise ValueError("decimals must be >= 0")
        digits = max(number.adjusted(), 0) + decimals + 2
        number = number.quantize(
            Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP, context=Context(prec=max(28, digits))
        )
    sign = "-" if number < 0 else ""  # -0 and -0,00 print without a sign
    integer, _, fraction = format(abs(number), "f").partition(".")
    grouped = f"{int(integer):,}".replace(",", group)
    return f"{sign}{grouped}{point}{fraction}" if fraction else f"{sign}{grouped}"


def vn_number(value: Decimal | int | float | str, decimals: int | None = None) -> str:
    """``19885177001 -> "19.885.177.001"``, ``Decimal("91.95") -> "91,95"``, ``-1234.5 -> "-1.234,5"``.

    ``decimals=None`` keeps the digits the value has (a Decimal keeps its trailing zeros, a float is
    read to 15 significant digits so no binary artefacts show); an int rounds half up to that many.
    """
    return _format_number(value, decimals, ".", ",")


def en_number(value: Decimal | int | float | str, decimals: int | None = None) -> str:
    """The plain family's number: ``19,885,177,001``, ``91.95``."""
    return _format_number(value, decimals, ",", ".")


def en_date(d: date) -> str:
    """``19 January 2021`` (month names fixed in English, independent of the system locale)."""
    return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def en_place_date(place: str, d: date) -> str:
    """``Hanoi, 19 January 2021``."""
    place = place.strip()
    return f"{place}, {en_date(d)}" if place else en_date(d)


def en_time(t: time) -> str:
    """``14:30``."""
    return f"{t.hour:02d}:{t.minute:02d}"


def ref_number(
    number: int | None, type_code: str, issuer_code: str, family: Family, *, blank: str = NUMBER_BLANK
) -> str:
    """The "Số, ký hiệu" line.

    * state: ``Số: 05/BB-UBND`` (colon, slash, hyphen between type code and issuer);
    * party: ``Số 15-TB/QU`` (no colon, hyphen before the type code, slash before the issuer);
    * ``number=None`` leaves ``blank`` for hand numbering: ``Số:      /BB-UBND``, ``Số      -TB/QU``.

    An empty ``type_code`` gives ``Số: 05/UBND`` / ``Số 05/QU``; an empty ``issuer_code`` ``Số: 05/BB`` /
    ``Số 05-TB`` (no dangling hyphen or slash). The plain family has no reference
    convention of its own and uses the state form.
    """
    if number is not None and number < 1:
        raise ValueError(f"a document number is positive, got {number}")
    num = blank if number is None else f"{number:02d}"
    type_code, issuer_code = type_code.strip(), issuer_code.strip()
    if family == "party":
        code = (f"-{type_code}" if type_code else "") + (f"/{issuer_code}" if issuer_code else "")
        return f"Số {num}{code}"
    if family in ("state", "plain"):
        code = "-".join(part for part in (type_code, issuer_code) if part)
        return f"Số: {num}/{code}" if code else f"Số: {num}"
    raise ValueError(f"unknown document family {family!r}")
