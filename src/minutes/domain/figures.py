"""Figures of a report by kind: what each kind needs to be printed correctly, and the kind of a figure
written before kinds existed.

======================  =========================================================  ====================
kind                    printed as                                                 needs
======================  =========================================================  ====================
``amount``              "12 dự án", "18/18 chi bộ" (value, unit, optional total)   value
``ratio_to_plan``       "19.885.177.001 đồng, đạt 87% kế hoạch (22.850.000.000)"   percent
``change``              "tăng 12% so với cùng kỳ năm 2021" (sign = direction)      percent, compared_to
``rank``                "xếp thứ 3/11"                                             value and target,
                                                                                   whole numbers,
                                                                                   1 <= value <= target
``share``               "tỷ lệ 91,95%", "8/12 tổ, chiếm 66,66%"                    percent
======================  =========================================================  ====================

A figure is edited one field at a time, so what a kind still lacks is reported (:func:`problems`) for
the pre-export check, not refused.
"""

from __future__ import annotations

from decimal import Decimal

from minutes.domain.enums import FigureKind


def infer_kind(value: Decimal | None, target: Decimal | None, percent: Decimal | None) -> FigureKind:
    """The kind of a figure that has none (migrated data, version 1 files), conservatively from its shape:
    no percentage: an amount; a percentage alone: a share (a rate, "tỷ lệ 91,95%"); a percentage with a
    value or a target: achieved against the plan, which is how every percentage was printed before."""
    if percent is None:
        return FigureKind.AMOUNT
    if value is None and target is None:
        return FigureKind.SHARE
    return FigureKind.RATIO_TO_PLAN


def _whole(number: Decimal | None) -> bool:
    return number is not None and number == number.to_integral_value()


def problems(
    kind: FigureKind | str,
    value: Decimal | None,
    target: Decimal | None,
    percent: Decimal | None,
    compared_to: str | None,
) -> tuple[str, ...]:
    """What the figure lacks to be printed as its kind says (English codes, empty when complete)."""
    kind = FigureKind(kind)
    out: list[str] = []
    if kind is FigureKind.AMOUNT:
        if value is None:
            out.append("value")
    elif kind is FigureKind.RANK:
        if not (_whole(value) and _whole(target)):
            out.append("rank_numbers")
        elif not (value is not None and target is not None and 1 <= value <= target):
            out.append("rank_order")
    else:
        if percent is None:
            out.append("percent")
        if kind is FigureKind.CHANGE and not (compared_to or "").strip():
            out.append("compared_to")
    return tuple(out)


def percent_of_plan(value: Decimal | None, target: Decimal | None) -> Decimal | None:
    """``value`` as a percentage of ``target`` (2 decimals, trailing zeros dropped); None without both."""
    if value is None or target is None or target == 0:
        return None
    percent = (value * 100 / target).quantize(Decimal("0.01"))
    return percent.normalize() if percent != percent.to_integral_value() else percent.quantize(Decimal(1))
