"""A clerk's corrections to a recognised meeting before it is saved (the review screen's operations).

No Qt here: the review screen calls these on a :class:`~minutes.archive.model.RecognisedMeeting` and
redraws. The items a clerk reorganises live in five lists (:data:`SECTIONS`): contributions, conclusions,
recommendations (every group's items, in order), tasks and the notes (text that fits nowhere). An item
can be edited, moved up or down, moved to another list (it keeps the text and where it came from),
split in two at a character, or merged with the next one. Nothing is ever deleted: "remove" is a move to
the notes. Every item touched is marked certain (the clerk has looked at it). Tasks keep pointing at the
conclusion or recommendation they came from while those are reordered, split or merged; when that item
leaves its list the task's source becomes the item's new place when it is a conclusion or a
recommendation, else none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from minutes.archive.model import (
    Conclusion,
    Contribution,
    DateValue,
    Leftover,
    Part,
    RecognisedMeeting,
    Recommendation,
    RecommendationGroup,
    Span,
    TaskItem,
    Text,
)
from minutes.archive.values import find_date
from minutes.domain.text import normalize_text

#: The lists a clerk moves items between, in the order the review screen shows them.
SECTIONS = ("contributions", "conclusions", "recommendations", "tasks", "leftovers")
#: Single fields a clerk can type over.
FIELDS = ("title", "reference_number", "meeting_date", "location")


class ReviewError(ValueError):
    """A correction that cannot be made (the screen says why in the user's language by ``code``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Ref:
    section: str
    index: int


# --- reading -------------------------------------------------------------------------------------------
def items(rec: RecognisedMeeting, section: str) -> list[Part]:
    if section == "recommendations":
        return [item for group in rec.recommendation_groups for item in group.items]
    if section not in SECTIONS:
        raise ReviewError("unknown_section")
    return list(getattr(rec, section))


def text_of(part: Part) -> str:
    if isinstance(part, Contribution):
        return part.text
    if isinstance(part, Conclusion | Recommendation | TaskItem | Leftover):
        return part.text
    if isinstance(part, Text):
        return part.value
    if isinstance(part, DateValue):
        return part.wording or f"{part.value:%d/%m/%Y}"
    return ""


def field_text(rec: RecognisedMeeting, name: str) -> str:
    part = getattr(rec, name)
    if part is None:
        return ""
    if isinstance(part, DateValue):
        return f"{part.value:%d/%m/%Y}"
    return text_of(part)


# --- single fields --------------------------------------------------------------------------------------
def set_field(rec: RecognisedMeeting, name: str, value: str) -> None:
    """Type over a field; a date is read as offices write it ("05/3/2019", "ngày 5 tháng 3 năm 2019")."""
    if name not in FIELDS:
        raise ReviewError("unknown_field")
    value = normalize_text(value).strip()
    old = getattr(rec, name)
    spans = list(old.spans) if old is not None else []
    if name == "meeting_date":
        if not value:
            raise ReviewError("date_required")
        found = find_date(value)
        if found is None:
            raise ReviewError("bad_date")
        rec.meeting_date = DateValue(found.value, precision=found.precision, spans=spans, wording=value)
        return
    setattr(rec, name, Text(value, spans=spans) if value else None)


# --- list items -----------------------------------------------------------------------------------------
def set_text(rec: RecognisedMeeting, ref: Ref, value: str) -> None:
    part = _get(rec, ref)
    value = normalize_text(value).strip()
    if isinstance(part, Contribution):
        part.text = value
    elif isinstance(part, Conclusion | Recommendation | TaskItem | Leftover):
        part.text = value
    part.confidence = 1.0


def move_within(rec: RecognisedMeeting, ref: Ref, step: int) -> Ref:
    """Up (-1) or down (+1) in its list; a recommendation stays in the group list order."""
    target = ref.index + step
    if not 0 <= target < len(items(rec, ref.section)):
        return ref

    def change() -> None:
        if ref.section == "recommendations":
            place_a, place_b = _rec_place(rec, ref.index), _rec_place(rec, target)
            a = rec.recommendation_groups[place_a[0]].items
            b = rec.recommendation_groups[place_b[0]].items
            a[place_a[1]], b[place_b[1]] = b[place_b[1]], a[place_a[1]]
        else:
            seq = getattr(rec, ref.section)
            seq[ref.index], seq[target] = seq[target], seq[ref.index]

    _keeping_sources(rec, change)
    return Ref(ref.section, target)


def move_to(rec: RecognisedMeeting, ref: Ref, section: str) -> Ref:
    """Move an item to another list (appended at its end), keeping its text and where it came from."""
    if section not in SECTIONS:
        raise ReviewError("unknown_section")
    if section == ref.section:
        return ref
    part = _get(rec, ref)
    new = _convert(part, section)
    renamed: dict[int, Part] = {id(part): new}

    def change() -> None:
        _remove(rec, ref)
        _append(rec, section, new)

    _keeping_sources(rec, change, renamed)
    return Ref(section, len(items(rec, section)) - 1)


def split(rec: RecognisedMeeting, ref: Ref, at: int) -> Ref:
    """Split an item's text at character ``at``: the rest becomes the next item of the same list."""
    part = _get(rec, ref)
    whole = text_of(part)
    head, tail = whole[:at].rstrip(), whole[at:].strip()
    if not head or not tail:
        raise ReviewError("nothing_to_split")
    second = _convert(part, ref.section, tail)
    set_text(rec, ref, head)
    if isinstance(part, TaskItem) and isinstance(second, TaskItem):
        second.source = part.source

    def change() -> None:
        if ref.section == "recommendations":
            group, position = _rec_place(rec, ref.index)
            rec.recommendation_groups[group].items.insert(position + 1, second)  # type: ignore[arg-type]
        else:
            getattr(rec, ref.section).insert(ref.index + 1, second)

    _keeping_sources(rec, change)
    return Ref(ref.section, ref.index + 1)


def merge_next(rec: RecognisedMeeting, ref: Ref) -> Ref:
    """Join an item with the one after it in the same list (texts joined, both sources kept)."""
    seq = items(rec, ref.section)
    if ref.index + 1 >= len(seq):
        raise ReviewError("nothing_to_merge")
    first, second = seq[ref.index], seq[ref.index + 1]
    set_text(rec, ref, f"{text_of(first)}\n{text_of(second)}".strip())
    first.spans = sorted({*first.spans, *second.spans}, key=lambda s: (s.line, s.start))
    renamed: dict[int, Part] = {id(second): first}
    _keeping_sources(rec, lambda: _remove(rec, Ref(ref.section, ref.index + 1)), renamed)
    return ref


def refs_at_line(rec: RecognisedMeeting, line: int) -> list[str]:
    """The paths of the recognised parts made from line ``line`` of the document (most specific first)."""
    found = [path for path, part in rec.parts() if any(s.line == line for s in part.spans)]
    return sorted(found, key=lambda p: -p.count("."))


# --- helpers -----------------------------------------------------------------------------------------
def _get(rec: RecognisedMeeting, ref: Ref) -> Part:
    seq = items(rec, ref.section)
    if not 0 <= ref.index < len(seq):
        raise ReviewError("no_item")
    return seq[ref.index]


def _rec_place(rec: RecognisedMeeting, flat: int) -> tuple[int, int]:
    for g, group in enumerate(rec.recommendation_groups):
        if flat < len(group.items):
            return g, flat
        flat -= len(group.items)
    raise ReviewError("no_item")


def _remove(rec: RecognisedMeeting, ref: Ref) -> None:
    if ref.section == "recommendations":
        group, position = _rec_place(rec, ref.index)
        del rec.recommendation_groups[group].items[position]
        if not rec.recommendation_groups[group].items and not rec.recommendation_groups[group].title:
            del rec.recommendation_groups[group]
    else:
        del getattr(rec, ref.section)[ref.index]


def _append(rec: RecognisedMeeting, section: str, part: Part) -> None:
    if section == "recommendations":
        if not rec.recommendation_groups:
            rec.recommendation_groups.append(RecommendationGroup(""))
        rec.recommendation_groups[-1].items.append(part)  # type: ignore[arg-type]
    else:
        getattr(rec, section).append(part)


def _convert(part: Part, section: str, text: str | None = None) -> Part:
    """``part`` as an item of ``section`` (a copy when it already is one and ``text`` is given)."""
    words = text_of(part) if text is None else text
    spans: list[Span] = list(part.spans)
    if section == "contributions":
        if isinstance(part, Contribution):
            return Contribution(
                speaker=part.speaker, speaker_label=part.speaker_label, text=words, spans=spans
            )
        return Contribution(text=words, spans=spans)
    if section == "conclusions":
        kind = part.kind if isinstance(part, Conclusion) else "general"
        return Conclusion(words, kind=kind, spans=spans)
    if section == "recommendations":
        response = part.response if isinstance(part, Recommendation) and text is None else None
        return Recommendation(words, response=response, spans=spans)
    if section == "tasks":
        if isinstance(part, TaskItem):
            return TaskItem(words, lead_unit=part.lead_unit, coordinating_units=list(part.coordinating_units),
                            assignees=list(part.assignees), assignee_text=part.assignee_text,
                            deadline=part.deadline, expected_product=part.expected_product, spans=spans)  # fmt: skip
        return TaskItem(words, spans=spans)
    return Leftover(words, spans=spans)


def _keeping_sources(rec: RecognisedMeeting, change: Callable[[], None],
                     renamed: dict[int, Part] | None = None) -> None:  # fmt: skip
    """Run ``change`` and point every task at the same conclusion or recommendation as before."""
    renamed = renamed or {}
    before: list[tuple[TaskItem, Part | None]] = []
    for task in rec.tasks:
        target: Part | None = None
        if task.source is not None:
            kind, index = task.source
            seq = items(rec, "conclusions" if kind == "conclusion" else "recommendations")
            target = seq[index] if 0 <= index < len(seq) else None
        before.append((task, target))
    change()
    conclusions = {id(p): i for i, p in enumerate(rec.conclusions)}
    recommendations = {id(p): i for i, p in enumerate(items(rec, "recommendations"))}
    for task, target in before:
        if target is None:
            continue
        target = renamed.get(id(target), target)
        if id(target) in conclusions:
            task.source = ("conclusion", conclusions[id(target)])
        elif id(target) in recommendations:
            task.source = ("recommendation", recommendations[id(target)])
        else:
            task.source = None
