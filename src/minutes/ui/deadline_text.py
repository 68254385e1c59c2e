"""A stated deadline in the user's language: "Quý I/2023", "Tháng 03/2023", "Trước 10/03/2023"...
(the documents print the official wording; screens show this short form and the clerk's wording in a
tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes.domain.deadline import Deadline, DeadlineKind
from minutes.ui import formatting as fmt

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Deadline", text)


def short(spec: Deadline | None) -> str:
    """The deadline as the board's column shows it; "" for none."""
    if spec is None:
        return ""
    kind, year = spec.kind, str(spec.end.year)
    if kind is DeadlineKind.DATE:
        return fmt.day(spec.end)
    if kind is DeadlineKind.BEFORE:
        return _tr("Before %1").replace("%1", fmt.day(spec.end))
    if kind is DeadlineKind.RANGE:
        return f"{fmt.day(spec.start)} – {fmt.day(spec.end)}"
    if kind is DeadlineKind.MONTH:
        return _tr("Month %1").replace("%1", f"{spec.number:02d}/{year}")
    if kind is DeadlineKind.QUARTER:
        # %1: the quarter in Roman numerals, as offices write it (quý I/2023); %2: the year
        return _tr("Quarter %1/%2").replace("%1", ROMAN[spec.number]).replace("%2", year)
    if kind is DeadlineKind.HALF_YEAR:
        text = _tr("First half of %1") if spec.number == 1 else _tr("Second half of %1")
        return text.replace("%1", year)
    return _tr("Year %1").replace("%1", year)


def details(spec: Deadline | None) -> str:
    """The clerk's wording and the date the status is counted from, for a tooltip ("" for a plain date)."""
    if spec is None or (spec.kind is DeadlineKind.DATE and not spec.text and spec.due == spec.end):
        return ""
    lines = [f"“{spec.text}”"] if spec.text else []
    lines.append(_tr("Status counted from %1").replace("%1", fmt.day(spec.due)))
    return "\n".join(lines)
