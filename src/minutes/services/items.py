"""The body of the minutes: reports and their figures, contributions, conclusions, recommendations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.domain.enums import ConclusionKind, FigureKind
from minutes.domain.figures import infer_kind, percent_of_plan
from minutes.errors import ValidationError
from minutes.services import links, mapping
from minutes.services.base import (
    Service,
    apply_fields,
    check_agenda_item,
    get_or_404,
    line,
    move_in_list,
    next_position,
    optional_line,
    require,
    text,
    whole_number,
)
from minutes.services.dto import ContributionDTO, FigureDTO
from minutes.services.links import LinkedTask
from minutes.services.meetings import _enum, _time
from minutes.services.versions import check_children, check_order, check_unchanged, check_version

#: ``expected_version``/``seen`` of every update: the version and values the user saw (services.versions).
Seen = dict[str, Any] | None

#: The largest figure: 18 digits before the decimal mark, 6 after (exact in the 40-character text column).
MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS = 18, 6
#: A contribution longer than a day, more than 9,999 opinions in one row, a vote of more than a million
#: people: typing errors, refused as the JSON import refuses them.
MAX_DURATION_SECONDS = 86_400
MAX_COUNT = 9_999
MAX_VOTES = 1_000_000


def bounded_decimal(number: Decimal, field: str) -> Decimal:
    """Refuse what cannot be a figure: infinities, NaN, more digits than the column keeps exactly."""
    if not number.is_finite():
        raise ValidationError(field=field, detail=f"not a number: {number}")
    sign, digits, exponent = number.normalize().as_tuple()
    assert isinstance(exponent, int)
    fraction = max(0, -exponent)
    integer = max(0, len(digits) + exponent)
    if integer > MAX_INTEGER_DIGITS or fraction > MAX_FRACTION_DIGITS:
        raise ValidationError(
            field=field,
            detail=f"at most {MAX_INTEGER_DIGITS} digits before the decimal mark and "
            f"{MAX_FRACTION_DIGITS} after",
        )
    return number


def parse_decimal(value: Any, field: str) -> Decimal | None:
    """A figure typed the Vietnamese way or the English way: "19.885.177.001", "98,4", "87%", "1,234.5"."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return bounded_decimal(value, field)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return bounded_decimal(Decimal(str(value)), field)
    raw = str(value).strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if "," in raw and "." in raw:
        # whichever comes last is the decimal mark
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", ".")
    elif raw.count(".") > 1 or (
        raw.count(".") == 1 and len(raw.split(".")[1]) == 3 and raw.lstrip("-").split(".")[0] not in ("", "0")
    ):
        raw = raw.replace(".", "")  # 19.885.177.001 or 11.915 (thousands)
    if len(raw) > 60:
        raise ValidationError(field=field, detail="not a number: too long")
    try:
        return bounded_decimal(Decimal(raw), field)
    except InvalidOperation as exc:
        raise ValidationError(field=field, detail=f"not a number: {value!r}") from exc


REPORT_FIELDS: dict[str, Any] = {"presenter_id": None, "title": line, "summary": text, "agenda_item_id": None}
FIGURE_FIELDS: dict[str, Any] = {
    "label": lambda v: require(line(v), "label"),
    "value": lambda v: parse_decimal(v, "value"),
    "unit": line,
    "target": lambda v: parse_decimal(v, "target"),
    "percent": lambda v: parse_decimal(v, "percent"),
    "note": optional_line,
    "kind": _enum(FigureKind, "kind"),
    "compared_to": optional_line,
}
CONTRIBUTION_FIELDS: dict[str, Any] = {
    "speaker_id": None,
    "speaker_label": optional_line,
    "text": text,
    "spoken_at": _time("spoken_at"),
    "duration_seconds": whole_number("duration_seconds", 0, MAX_DURATION_SECONDS),
    "agenda_item_id": None,
    "count": whole_number("count", 1, MAX_COUNT, optional=False),
}
CONCLUSION_FIELDS: dict[str, Any] = {
    "text": text,
    "kind": _enum(ConclusionKind, "kind"),
    "agenda_item_id": None,
    "votes_for": whole_number("votes_for", 0, MAX_VOTES),
    "votes_against": whole_number("votes_against", 0, MAX_VOTES),
    "votes_abstain": whole_number("votes_abstain", 0, MAX_VOTES),
    "votes_total": whole_number("votes_total", 0, MAX_VOTES),
}


def check_votes(c: m.Conclusion) -> None:
    """The votes cast cannot outnumber those who could vote."""
    cast = sum(v or 0 for v in (c.votes_for, c.votes_against, c.votes_abstain))
    if c.votes_total is not None and cast > c.votes_total:
        raise ValidationError(field="votes_total", detail=f"{cast} votes cast, more than {c.votes_total}")


def follow_shape(fig: m.ReportFigure, before: FigureKind) -> None:
    """A figure whose kind is the one its shape implied (never chosen otherwise) keeps following its
    shape as fields are edited one at a time: typing a percentage into an amount makes it a ratio."""
    if FigureKind(fig.kind) is before:
        fig.kind = infer_kind(fig.value, fig.target, fig.percent).value


GROUP_FIELDS: dict[str, Any] = {"title": line}
RECOMMENDATION_FIELDS: dict[str, Any] = {"text": text, "response": lambda v: text(v) or None}


class ItemsService(Service):
    # --- reports and figures ---------------------------------------------------------------------
    def add_report(
        self,
        meeting_id: int,
        *,
        presenter_id: int | None = None,
        title: str = "",
        summary: str = "",
        agenda_item_id: int | None = None,
    ) -> int:
        with self.uow() as s:
            get_or_404(s, m.Meeting, meeting_id, "meeting")
            check_agenda_item(s, meeting_id, agenda_item_id)
            report = m.Report(
                meeting_id=meeting_id, position=next_position(s, m.Report, meeting_id=meeting_id)
            )
            apply_fields(
                report,
                {
                    "presenter_id": presenter_id,
                    "title": title,
                    "summary": summary,
                    "agenda_item_id": agenda_item_id,
                },
                REPORT_FIELDS,
            )
            s.add(report)
            s.flush()
            return report.id

    def update_report(
        self, report_id: int, *, expected_version: int | None = None, seen: Seen = None, **fields: Any
    ) -> int:
        return self._update(m.Report, report_id, fields, REPORT_FIELDS, expected_version, seen)

    def remove_report(
        self, report_id: int, *, seen: Seen = None, seen_figures: Sequence[int] | None = None
    ) -> None:
        """Delete a report with its figures; refused when its title or figures are not as the user saw."""
        self._remove(
            m.Report,
            report_id,
            lambda r: _loaded(r.figures) and r.meeting.reports,
            seen=seen,
            cleaners=REPORT_FIELDS,
            children=lambda r: r.figures,
            seen_children=seen_figures,
        )

    def add_figure(
        self,
        report_id: int,
        label: str,
        value: Any = None,
        unit: str = "",
        target: Any = None,
        percent: Any = None,
        note: str | None = None,
        kind: str | None = None,
        compared_to: str | None = None,
    ) -> int:
        """A figure; without ``kind`` the kind follows its shape (minutes.domain.figures.infer_kind)."""
        with self.uow() as s:
            get_or_404(s, m.Report, report_id, "report")
            fig = m.ReportFigure(
                report_id=report_id, position=next_position(s, m.ReportFigure, report_id=report_id)
            )
            apply_fields(
                fig,
                {
                    "label": label,
                    "value": value,
                    "unit": unit,
                    "target": target,
                    "percent": percent,
                    "note": note,
                    "compared_to": compared_to,
                },
                FIGURE_FIELDS,
            )
            apply_fields(fig, {"kind": kind or infer_kind(fig.value, fig.target, fig.percent)}, FIGURE_FIELDS)
            s.add(fig)
            s.flush()
            return fig.id

    def update_figure(
        self, figure_id: int, *, expected_version: int | None = None, seen: Seen = None, **fields: Any
    ) -> FigureDTO:
        with self.uow() as s:
            fig = get_or_404(s, m.ReportFigure, figure_id, "figure")
            check_version(s, fig, expected_version, fields, seen=seen, cleaners=FIGURE_FIELDS)
            implied = infer_kind(fig.value, fig.target, fig.percent)
            computed = percent_of_plan(fig.value, fig.target)
            apply_fields(fig, fields, FIGURE_FIELDS)
            if (
                "percent" not in fields
                and FigureKind(fig.kind) is FigureKind.RATIO_TO_PLAN
                and fig.percent is not None
                and fig.percent == computed
            ):  # a computed percentage of plan follows value and plan (one the user typed stays)
                fig.percent = percent_of_plan(fig.value, fig.target) or fig.percent
            if "kind" not in fields:
                follow_shape(fig, implied)
            s.flush()
            return mapping.figure(fig)

    def remove_figure(self, figure_id: int, *, seen: Seen = None) -> None:
        """Delete; refused (DeleteConflict) when a field in ``seen`` was changed since the user saw it."""
        self._remove(m.ReportFigure, figure_id, lambda f: f.report.figures, seen=seen, cleaners=FIGURE_FIELDS)

    def move_figure(self, figure_id: int, new_index: int, *, seen_order: Sequence[int] | None = None) -> None:
        self._move(m.ReportFigure, figure_id, new_index, lambda f: f.report.figures, seen_order)

    # --- contributions ---------------------------------------------------------------------------
    def add_contribution(
        self,
        meeting_id: int,
        *,
        speaker_id: int | None = None,
        speaker_label: str | None = None,
        text: str = "",
        spoken_at: time | None = None,
        duration_seconds: int | None = None,
        count: int = 1,
        agenda_item_id: int | None = None,
    ) -> int:
        with self.uow() as s:
            get_or_404(s, m.Meeting, meeting_id, "meeting")
            check_agenda_item(s, meeting_id, agenda_item_id)
            if speaker_id is not None:
                get_or_404(s, m.Person, speaker_id, "person")
            row = m.Contribution(
                meeting_id=meeting_id, position=next_position(s, m.Contribution, meeting_id=meeting_id)
            )
            apply_fields(
                row,
                {
                    "speaker_id": speaker_id,
                    "speaker_label": speaker_label,
                    "text": text,
                    "spoken_at": spoken_at,
                    "duration_seconds": duration_seconds,
                    "count": count,
                    "agenda_item_id": agenda_item_id,
                },
                CONTRIBUTION_FIELDS,
            )
            s.add(row)
            s.flush()
            return row.id

    def update_contribution(
        self, contribution_id: int, *, expected_version: int | None = None, seen: Seen = None, **fields: Any
    ) -> ContributionDTO:
        with self.uow() as s:
            row = get_or_404(s, m.Contribution, contribution_id, "contribution")
            check_version(s, row, expected_version, fields, seen=seen, cleaners=CONTRIBUTION_FIELDS)
            apply_fields(row, fields, CONTRIBUTION_FIELDS)
            check_agenda_item(s, row.meeting_id, row.agenda_item_id)
            s.flush()
            return mapping.contribution(row)

    def remove_contribution(self, contribution_id: int, *, seen: Seen = None) -> None:
        """Delete; refused (DeleteConflict) when a field in ``seen`` was changed since the user saw it."""
        self._remove(
            m.Contribution,
            contribution_id,
            lambda c: c.meeting.contributions,
            "contribution",
            seen=seen,
            cleaners=CONTRIBUTION_FIELDS,
        )

    def move_contribution(
        self, contribution_id: int, new_index: int, *, seen_order: Sequence[int] | None = None
    ) -> None:
        self._move(m.Contribution, contribution_id, new_index, lambda c: c.meeting.contributions, seen_order)

    # --- conclusions -----------------------------------------------------------------------------
    def add_conclusion(self, meeting_id: int, text: str = "", **fields: Any) -> int:
        """A conclusion; ``fields``: kind, agenda_item_id, votes_for/against/abstain/total."""
        with self.uow() as s:
            get_or_404(s, m.Meeting, meeting_id, "meeting")
            row = m.Conclusion(
                meeting_id=meeting_id, position=next_position(s, m.Conclusion, meeting_id=meeting_id)
            )
            apply_fields(row, {"text": text, "kind": ConclusionKind.GENERAL, **fields}, CONCLUSION_FIELDS)
            check_agenda_item(s, meeting_id, row.agenda_item_id)
            check_votes(row)
            s.add(row)
            s.flush()
            return row.id

    def update_conclusion(
        self, conclusion_id: int, *, expected_version: int | None = None, seen: Seen = None, **fields: Any
    ) -> int:
        return self._update(
            m.Conclusion, conclusion_id, fields, CONCLUSION_FIELDS, expected_version, seen, check=check_votes
        )

    def remove_conclusion(self, conclusion_id: int, *, seen: Seen = None) -> None:
        self._remove(
            m.Conclusion,
            conclusion_id,
            lambda c: c.meeting.conclusions,
            "conclusion",
            seen=seen,
            cleaners=CONCLUSION_FIELDS,
        )

    def move_conclusion(
        self, conclusion_id: int, new_index: int, *, seen_order: Sequence[int] | None = None
    ) -> None:
        self._move(m.Conclusion, conclusion_id, new_index, lambda c: c.meeting.conclusions, seen_order)

    # --- recommendations -------------------------------------------------------------------------
    def add_group(self, meeting_id: int, title: str) -> int:
        with self.uow() as s:
            get_or_404(s, m.Meeting, meeting_id, "meeting")
            row = m.RecommendationGroup(
                meeting_id=meeting_id,
                position=next_position(s, m.RecommendationGroup, meeting_id=meeting_id),
            )
            apply_fields(row, {"title": title}, GROUP_FIELDS)
            s.add(row)
            s.flush()
            return row.id

    def update_group(
        self, group_id: int, *, expected_version: int | None = None, seen: Seen = None, **fields: Any
    ) -> int:
        return self._update(m.RecommendationGroup, group_id, fields, GROUP_FIELDS, expected_version, seen)

    def remove_group(
        self, group_id: int, *, seen: Seen = None, seen_items: Sequence[int] | None = None
    ) -> None:
        """Delete a group with its recommendations; refused when its title or its recommendations are
        not those the user saw (someone added one since)."""
        self._remove(
            m.RecommendationGroup,
            group_id,
            lambda g: _loaded(g.items) and g.meeting.recommendation_groups,
            "recommendation_group",
            seen=seen,
            children=lambda g: g.items,
            seen_children=seen_items,
        )

    def add_recommendation(self, group_id: int, text: str = "", response: str | None = None) -> int:
        with self.uow() as s:
            group = get_or_404(s, m.RecommendationGroup, group_id, "recommendation group")
            row = m.Recommendation(
                group_id=group_id,
                meeting_id=group.meeting_id,
                position=next_position(s, m.Recommendation, group_id=group_id),
            )
            apply_fields(row, {"text": text, "response": response}, RECOMMENDATION_FIELDS)
            s.add(row)
            s.flush()
            return row.id

    def update_recommendation(
        self, recommendation_id: int, *, expected_version: int | None = None, seen: Seen = None, **fields: Any
    ) -> int:
        return self._update(
            m.Recommendation, recommendation_id, fields, RECOMMENDATION_FIELDS, expected_version, seen
        )

    def remove_recommendation(self, recommendation_id: int, *, seen: Seen = None) -> None:
        self._remove(
            m.Recommendation,
            recommendation_id,
            lambda r: r.group.items,
            "recommendation",
            seen=seen,
            cleaners=RECOMMENDATION_FIELDS,
        )

    def move_recommendation(
        self, recommendation_id: int, new_index: int, *, seen_order: Sequence[int] | None = None
    ) -> None:
        self._move(m.Recommendation, recommendation_id, new_index, lambda r: r.group.items, seen_order)

    def move_group(self, group_id: int, new_index: int, *, seen_order: Sequence[int] | None = None) -> None:
        self._move(
            m.RecommendationGroup, group_id, new_index, lambda g: g.meeting.recommendation_groups, seen_order
        )

    # --- shared ----------------------------------------------------------------------------------
    def tasks_from(self, kind: str, ident: int) -> list[LinkedTask]:
        """The tasks that came from an item (``kind``: conclusion, recommendation, contribution, or
        recommendation_group for any of a group's items): the user is told before it is removed."""
        with self.read() as s:
            item_kind, ids = links.item_ids(s, kind, ident)
            return [LinkedTask(t.id, t.position, t.text) for t in links.linked_tasks(s, item_kind, ids)]

    def _update(
        self,
        model: Any,
        ident: int,
        fields: dict[str, Any],
        cleaners: dict[str, Any],
        expected_version: int | None = None,
        seen: Seen = None,
        check: Any = None,
    ) -> int:
        """Apply ``fields`` (refused as a conflict when stale); returns the record's new version."""
        with self.uow() as s:
            row = get_or_404(s, model, ident)
            check_version(s, row, expected_version, fields, seen=seen, cleaners=cleaners)
            apply_fields(row, fields, cleaners)
            if "agenda_item_id" in fields:
                check_agenda_item(s, row.meeting_id, row.agenda_item_id)
            if check is not None:
                check(row)
            s.flush()
            return int(row.version)

    def _remove(self, model: Any, ident: int, siblings: Any, source_kind: str | None = None, *,
                seen: Seen = None, cleaners: Any = None, children: Any = None,
                seen_children: Sequence[int] | None = None) -> None:  # fmt: skip
        """Delete; refused when a field in ``seen`` changed, or the record's ``children(row)`` are not
        those the user saw (``seen_children``, their ids)."""
        with self.uow() as s:
            row = get_or_404(s, model, ident)
            check_unchanged(s, row, seen, cleaners=cleaners)
            if children is not None:
                check_children(s, row, children(row), seen_children, "items")
            if source_kind == "recommendation_group":
                links.release(s, "recommendation", row.items)
            elif source_kind is not None:
                links.release(s, source_kind, [row])
            items = siblings(row)
            items.remove(row)
            s.delete(row)
            _renumber(s, items)

    def _move(self, model: Any, ident: int, new_index: int, siblings: Any,
              seen_order: Sequence[int] | None = None) -> None:  # fmt: skip
        """Move; refused (OrderConflict) when the list is not in the order the user saw (its ids)."""
        with self.uow() as s:
            row = get_or_404(s, model, ident)
            items = siblings(row)
            check_order(items, seen_order, row.__tablename__)
            move_in_list(items, row, new_index)


def _loaded(children: list[Any]) -> bool:
    """Load a record's children before deleting it: the delete cascades to them, and SQLAlchemy cannot add
    rows it first meets in the middle of the flush ("Failed to add object to the flush context")."""
    len(children)
    return True


def _renumber(_session: Session, items: list[Any]) -> None:
    for index, item in enumerate(items):
        if item.position != index:
            item.position = index


__all__ = ["ItemsService", "parse_decimal"]
