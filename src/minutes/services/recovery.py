"""Crash recovery: put the text of a draft (typed but not saved before the app stopped) into its record.

A draft names the record by table and id and the field by name (see :mod:`minutes.services.drafts`);
:data:`APPLY` says which service call stores that field. Each call is one unit of work and, because it
changes the field, deletes the draft in the same transaction; a draft whose text is already in the
record, or whose record no longer exists, is discarded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from minutes.errors import UserError
from minutes.services.drafts import DraftDTO

if TYPE_CHECKING:
    from minutes.services import Services

Apply = Callable[[Any, int, str], object]  # (services, entity_id, text)


def _meeting(field: str) -> Apply:
    return lambda services, ident, value: services.meetings.update(ident, **{field: value})


def _call(method: str, field: str) -> Apply:
    def apply(services: Any, ident: int, value: str) -> object:
        group, name = method.split(".")
        return getattr(getattr(services, group), name)(ident, **{field: value})

    return apply


#: (table, field) -> how to store it. Keep in step with the FieldSavers of the editor.
APPLY: dict[tuple[str, str], Apply] = {
    **{
        ("meetings", f): _meeting(f)
        for f in (
            "title",
            "reference_number",
            "location",
            "notes",
            "start_time",
            "end_time",
            "next_meeting_location",
            "next_meeting_note",
        )
    },
    ("attendance", "absence_reason"): _call("meetings.update_attendee", "absence_reason"),
    ("attendance", "note"): _call("meetings.update_attendee", "note"),
    ("reports", "title"): _call("items.update_report", "title"),
    ("reports", "summary"): _call("items.update_report", "summary"),
    **{
        ("report_figures", f): _call("items.update_figure", f)
        for f in ("label", "value", "unit", "target", "percent", "note")
    },
    ("contributions", "text"): _call("items.update_contribution", "text"),
    ("contributions", "speaker_label"): _call("items.update_contribution", "speaker_label"),
    ("conclusions", "text"): _call("items.update_conclusion", "text"),
    ("recommendation_groups", "title"): _call("items.update_group", "title"),
    ("recommendations", "text"): _call("items.update_recommendation", "text"),
    ("recommendations", "response"): _call("items.update_recommendation", "response"),
    ("tasks", "text"): _call("tasks.update", "text"),
    ("tasks", "expected_product"): _call("tasks.update", "expected_product"),
    ("people", "full_name"): _call("directory.update_person", "full_name"),
    ("people", "title"): _call("directory.update_person", "title"),
    ("units", "name"): _call("directory.update_unit", "name"),
    ("units", "short_name"): _call("directory.update_unit", "short_name"),
}


@dataclass(frozen=True)
class Outcome:
    draft: DraftDTO
    restored: bool
    problem: UserError | None = None


def can_apply(draft: DraftDTO) -> bool:
    return (draft.entity, draft.field) in APPLY


def apply_draft(services: Services, draft: DraftDTO) -> Outcome:
    """Store ``draft.text`` in its record; the draft is gone afterwards whatever happened.

    Returns whether the text was stored, and why not: the record no longer exists, the text is not
    acceptable (an empty title), or the field is unknown (``problem`` None). The user is told once; a
    draft that cannot be restored is not offered again at every start.
    """
    apply = APPLY.get((draft.entity, draft.field))
    problem: UserError | None = None
    if apply is not None:
        try:
            apply(services, draft.entity_id, draft.text)
        except UserError as exc:
            problem = exc
    # A save that changed the field removed the draft already; one that changed nothing did not.
    services.drafts.discard(draft.entity, draft.entity_id, draft.field)
    return Outcome(draft, apply is not None and problem is None, problem)


def restore_all(services: Services) -> list[Outcome]:
    return [apply_draft(services, draft) for draft in services.drafts.pending()]


def discard_all(services: Services) -> None:
    for draft in services.drafts.pending():
        services.drafts.discard(draft.entity, draft.entity_id, draft.field)
