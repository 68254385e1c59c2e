"""A clerk's corrections to a recognised meeting before it is saved (the review screen's operations).

No Qt here: the review screen calls these on a :class:`~minutes.archive.model.RecognisedMeeting` and
redraws. The items a clerk reorganises live in five lists (:data:`SECTIONS`): contributions, conclusions,
recommendations (every group's items, in order), tasks and the notes (text that fits nowhere). An item
can be edited, moved up or down, moved to another list (it keeps the text and where it came from),
split in two at a character, or merged with the next one. Nothing is ever deleted: "remove" is a move to
the notes. Fields of items are typed over too (:class:`FieldRef`: an attendee's name, title and presence,
a contribution's speaker, a conclusion's kind and votes, a task's lead unit, people, deadline, coordinating
units and expected product, a group's title, a report's title, presenter and summary, a report's figure).
A report's figures are added (from a line of the document, or typed) and deleted (:func:`add_figure`,
:func:`remove_figure`: a deleted figure's text goes to the notes, as every removed item); reports the
recogniser missed are made from the document's lines and reports deleted (:func:`add_report`,
:func:`remove_report`), attendees added, moved and deleted (:func:`add_attendee`, :func:`make_attendee`,
:func:`move_attendee`, :func:`remove_attendee`), their text kept in the notes. Every item touched is
marked certain (the clerk has looked at it). Tasks keep pointing at the
conclusion or recommendation they came from while those are reordered, split or merged; when that item
leaves its list the task's source becomes the item's new place when it is a conclusion or a
recommendation, else none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from minutes.archive import vocab
from minutes.archive.directory import person_key
from minutes.archive.items import parse_figure
from minutes.archive.markers import split_text
from minutes.archive.model import (
    Attendee,
    Conclusion,
    Contribution,
    DateValue,
    Deadline,
    Figure,
    Leftover,
    Part,
    PersonRef,
    RecognisedMeeting,
    Recommendation,
    RecommendationGroup,
    Report,
    Signer,
    Span,
    TaskItem,
    Text,
    UnitRef,
)
from minutes.archive.outcomes import parse_votes
from minutes.archive.people import parse_person
from minutes.archive.textutil import afold
from minutes.archive.values import find_date, format_number, parse_deadline
from minutes.domain import figures as figure_rules
from minutes.domain.text import fold, normalize_text

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


# --- fields of an item -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportRef:
    """A report as a whole (its figures are added to it)."""

    index: int


@dataclass(frozen=True)
class FieldRef:
    """One field of an item: an attendee ("attendees", i, "who": name, title and presence on one line), a
    contribution's speaker ("contributions", i, "speaker"), a conclusion's kind or votes ("conclusions", i,
    "kind" / "votes"), a task's lead unit, deadline, coordinating units or expected product ("tasks", i,
    "lead" / "deadline" / "coordinating" / "product"), a recommendation group's title ("groups", g,
    "title"), a report's title, presenter or summary ("reports", r, "title" / "presenter" / "summary"), a
    report's figure ("figures", f, "figure": f counts the figures of every report in order)."""

    section: str
    index: int
    name: str


#: The fields of items a clerk can type over, by list.
ITEM_FIELDS = {"attendees": ("who",), "contributions": ("speaker",), "conclusions": ("kind", "votes"),
               "tasks": ("lead", "deadline", "coordinating", "product"), "groups": ("title",),
               "reports": ("title", "presenter", "summary"), "figures": ("figure",),
               "signers": ("who",)}  # fmt: skip
#: The kinds of a conclusion (the codes of ``minutes.domain.enums.ConclusionKind``) and the words a clerk
#: may type for each, folded (Vietnamese, English, the code).
CONCLUSION_KINDS = {
    "general": ("general", "conclusion", "chung", "ket luan", "ket luan chung"),
    "assessment": ("assessment", "danh gia"),
    "directive": ("directive", "chi dao", "chi dao thuc hien"),
    "decision": ("decision", "quyet dinh"),
    "resolution": ("resolution", "nghi quyet", "bieu quyet", "bieu quyet thong qua"),
}
#: How presence is typed after an attendee, in brackets: "(vắng: ốm)", "(absent: ill)", "(đến muộn)".
_ABSENT = re.compile(r"^(?:vang(?: mat)?|absent|apologies)\s*(?:[:,-]|\bly do\b|\breason\b)?\s*")
_LATE = re.compile(r"^(?:den muon|muon|late)\s*[:,-]?\s*")
_PRESENT = re.compile(r"^(?:co mat|present)\s*$")


def person_text(person: PersonRef | None) -> str:
    if person is None:
        return ""
    return f"{person.name} - {person.title}" if person.title else person.name


def attendee_text(a: Attendee, words: dict[str, str] | None = None) -> str:
    """ "Nguyễn Văn A - Chủ tịch (vắng: ốm)": what the clerk types over (``words``: the screen's words for
    absent and late)."""
    words = words or {"absent": "vắng", "late": "đến muộn"}
    who = person_text(a.person) if a.person is not None else a.group_name or ""
    if a.presence in ("absent", "late"):
        reason = f": {a.absence_reason}" if a.absence_reason else ""
        return f"{who} ({words[a.presence]}{reason})"
    return who


def item_field_text(rec: RecognisedMeeting, ref: FieldRef) -> str:
    part = _field_owner(rec, ref)
    if isinstance(part, Attendee):
        return attendee_text(part)
    if isinstance(part, Contribution):
        return person_text(part.speaker) if part.speaker is not None else part.speaker_label or ""
    if isinstance(part, Conclusion) and ref.name == "kind":
        return part.kind
    if isinstance(part, Conclusion):
        return votes_text(part, rec.language)
    if isinstance(part, TaskItem) and ref.name == "lead":
        names = [u.directory_name or u.name for u in [part.lead_unit] if u is not None]
        people = ", ".join(person_text(p) for p in part.assignees)
        return " ".join([*names, f"({people})" if people and names else people]).strip()
    if isinstance(part, TaskItem) and ref.name == "coordinating":
        return ", ".join(u.directory_name or u.name for u in part.coordinating_units)
    if isinstance(part, TaskItem) and ref.name == "product":
        return part.expected_product
    if isinstance(part, TaskItem):
        return part.deadline.wording if part.deadline is not None else ""
    if isinstance(part, Figure):
        return "" if figure_is_empty(part) else figure_text(part, rec.language)
    if isinstance(part, RecommendationGroup):
        return part.title
    if isinstance(part, Signer):
        return signer_text(part)
    if isinstance(part, Report) and ref.name == "presenter":
        return person_text(part.presenter)
    if isinstance(part, Report) and ref.name == "summary":
        return "\n".join(part.summary)
    if isinstance(part, Report):
        return part.title
    return ""


def set_item_field(rec: RecognisedMeeting, ref: FieldRef, value: str) -> None:
    """Type over one field of an item (see :class:`FieldRef`). A speaker or a person is written "Name -
    Title"; a speaker who is no person (a group, "Các ban, ngành") is its words alone, unless they name an
    attendee; a lead is a unit, then the people it is assigned to in brackets; a deadline as the
    document would write it ("quý I/2023", "trước ngày 15/4/2023"); a report's presenter as a speaker (a
    name alone that is no attendee's is a person without a title); its summary keeps its lines."""
    part = _field_owner(rec, ref)
    if isinstance(part, Report) and ref.name == "summary":
        lines = (" ".join(line.split()) for line in normalize_text(value).splitlines())
        part.summary = [line for line in lines if line]
        part.confidence = 1.0
        return
    value = " ".join(normalize_text(value).split())
    if isinstance(part, Report):
        _set_report(rec, part, ref.name, value)
    elif isinstance(part, Attendee):
        _set_attendee(rec, part, value)
    elif isinstance(part, Contribution):
        person = _person_typed(rec, value)
        part.speaker, part.speaker_label = (person, None) if person is not None else (None, value or None)
    elif isinstance(part, Conclusion) and ref.name == "kind":
        _set_kind(part, value)
    elif isinstance(part, Conclusion):
        _set_votes(part, value)
    elif isinstance(part, TaskItem) and ref.name == "coordinating":
        old = {fold(u.directory_name or u.name): u for u in part.coordinating_units}
        names = [n.strip(" .") for n in re.split(r"\s*[,;]\s*", value) if n.strip(" .")]
        part.coordinating_units = [
            old.get(fold(n)) or UnitRef(n, spans=list(part.spans)) for n in dict.fromkeys(names)
        ]
    elif isinstance(part, TaskItem) and ref.name == "product":
        part.expected_product = value
    elif isinstance(part, Figure):
        _set_figure(part, value, rec.language)
    elif isinstance(part, TaskItem) and ref.name == "lead":
        named = re.match(r"^(.*?)\s*\(([^()]*)\)$", value)
        unit, people = (named.group(1), named.group(2)) if named else (value, "")
        if not named and " - " in value and _person_typed(rec, value) is not None:
            unit, people = "", value  # only people
        part.lead_unit = (
            UnitRef(unit, spans=list(part.lead_unit.spans) if part.lead_unit else []) if unit else None
        )
        part.assignees = [p for p in (_person_typed(rec, n) for n in re.split(r"\s*[,;]\s*", people)) if p]
    elif isinstance(part, TaskItem):
        if not value:
            part.deadline = None
        else:
            parsed = parse_deadline(value)
            if parsed is None:
                raise ReviewError("bad_deadline")
            spans = list(part.deadline.spans) if part.deadline is not None else []
            part.deadline = Deadline(parsed.kind, value, parsed.due, parsed.start, parsed.end, spans=spans)
    elif isinstance(part, RecommendationGroup):
        part.title = value
    elif isinstance(part, Signer):
        head, colon, name = value.rpartition(":")
        if not colon:  # no capacity typed: the name alone, the capacity kept
            head, name = " - ".join(part.lines), value
        if not name.strip():
            raise ReviewError("name_required")
        part.lines = [line.strip() for line in head.split(" - ") if line.strip()]
        part.name = name.strip()
    part.confidence = 1.0


def figures(rec: RecognisedMeeting) -> list[Figure]:
    """The figures of every report, in order (what ``FieldRef("figures", f, "figure")`` counts)."""
    return [f for report in rec.reports for f in report.figures]


def figure_place(rec: RecognisedMeeting, flat: int) -> tuple[int, int]:
    """(report, position in its figures) of figure ``flat``."""
    for r, report in enumerate(rec.reports):
        if flat < len(report.figures):
            return r, flat
        flat -= len(report.figures)
    raise ReviewError("no_item")


def figure_is_empty(f: Figure) -> bool:
    """A figure added and not typed yet (nothing to save)."""
    return not f.label and f.value is None and f.target is None and f.percent is None


def add_figure(rec: RecognisedMeeting, report: int, after: int | None = None, line: int | None = None,
               line_text: str = "", offset: int = 0) -> int:  # fmt: skip
    """Add a figure to report ``report`` after its figure ``after`` (its position in the report; None: at
    the end); returns the new figure's ``FieldRef("figures", f)`` index. The figure comes from line
    ``line`` of the document (``line_text``, its list marker left out: it starts at ``offset``) when that
    line reads as a figure no report has yet, and is linked to it; otherwise it is empty, to be typed, and
    linked to ``line`` (or to the report's lines)."""
    if not 0 <= report < len(rec.reports):
        raise ReviewError("no_item")
    owner = rec.reports[report]
    spans = [Span(line, offset)] if line is not None else list(owner.spans)
    taken = line is not None and any(s.line == line for f in figures(rec) for s in f.spans)
    found = parse_figure(line_text, rec.language) if line_text and not taken else None
    new = found if found is not None else Figure("")
    new.spans, new.confidence = spans, 1.0
    position = len(owner.figures) if after is None else min(after + 1, len(owner.figures))
    owner.figures.insert(position, new)
    return sum(len(r.figures) for r in rec.reports[:report]) + position


def remove_figure(rec: RecognisedMeeting, flat: int) -> Ref | None:
    """Delete figure ``flat`` from its report: its text goes to the notes with the lines it came from
    (nothing of the document is dropped); returns that note's place, None for a figure never typed."""
    report, position = figure_place(rec, flat)
    f = rec.reports[report].figures.pop(position)
    if figure_is_empty(f):
        return None
    rec.leftovers.append(Leftover(figure_text(f, rec.language), spans=list(f.spans)))
    return Ref("leftovers", len(rec.leftovers) - 1)


def add_report(rec: RecognisedMeeting, after: int | None = None,
               lines: list[tuple[int, str, int]] | None = None) -> int:  # fmt: skip
    """Add a report the recogniser did not find, after report ``after`` (None: at the end); returns its
    index. It is made from the chosen lines of the document (``lines``: (line, text without its list
    marker, where that text starts)): the first is its title ("Đồng chí X - title trình bày báo cáo …":
    the presenter and the title, the presenter matched as a speaker is), each other line a figure when it
    reads as one no report has yet, else a paragraph of its summary; every line is linked to the report.
    A note or a contribution made only of those lines leaves its list: its text is the report's now."""
    lines = sorted(lines or [])
    taken = {s.line for f in figures(rec) for s in f.spans}
    report = Report(spans=[Span(line, offset) for line, _text, offset in lines], confidence=1.0)
    for number, (line, text, offset) in enumerate(lines):
        text = " ".join(normalize_text(text).split())
        if not text:
            continue
        if number == 0:
            report.presenter, report.title = _report_heading(rec, text, line, offset)
            continue
        found = parse_figure(text, rec.language) if line not in taken else None
        if found is not None:
            found.spans, found.confidence = [Span(line, offset)], 1.0
            report.figures.append(found)
        else:
            report.summary.append(text)
    position = len(rec.reports) if after is None else min(after + 1, len(rec.reports))
    rec.reports.insert(position, report)
    chosen = {line for line, _text, _offset in lines}
    for section in ("leftovers", "contributions"):
        made = [
            i for i, part in enumerate(items(rec, section)) if part.spans and set(part.line_indices) <= chosen
        ]
        for index in reversed(made):
            _keeping_sources(rec, _remover(rec, Ref(section, index)))
    return position


def _remover(rec: RecognisedMeeting, ref: Ref) -> Callable[[], None]:
    return lambda: _remove(rec, ref)


def _report_heading(
    rec: RecognisedMeeting, text: str, line: int, offset: int
) -> tuple[PersonRef | None, str]:
    """(presenter, title) of a report's first line: "Đồng chí X - title trình bày Báo cáo …" names both,
    any other line is the title alone."""
    folded = afold(text)
    cue = vocab.REPORT_CUE.search(folded)
    if cue is None or cue.start() == 0:
        return None, text.rstrip(".").strip()
    phrase = parse_person(text[: cue.start()].rstrip(" ,"), language=rec.language)
    if phrase is None:
        return None, text.rstrip(".").strip()
    typed = f"{phrase.name} - {phrase.title}" if phrase.title else phrase.name
    person = _person_typed(rec, typed) or PersonRef(phrase.name, phrase.title, confidence=1.0)
    person.spans = [Span(line, offset, offset + cue.start())]
    verb = folded[cue.start() : cue.end()]
    title = (
        text[cue.start() if verb in ("bao cao", "reported on") else cue.end() :].strip().rstrip(".").strip()
    )
    title = title[:1].upper() + title[1:]
    if afold(title) in ("bao cao", "a report", "the report", "report"):
        title = ""
    return person, title


def report_text(report: Report) -> str:
    """ "Presenter - title: Title" then the summary's paragraphs: a report (without its figures) as the
    notes keep it when it is deleted."""
    who = person_text(report.presenter)
    head = f"{who}: {report.title}" if who and report.title else who or report.title
    return "\n".join(line for line in [head, *report.summary] if line)


def remove_report(rec: RecognisedMeeting, index: int) -> Ref | None:
    """Delete report ``index``: its title, presenter and summary go to the notes as one note, each typed
    figure as another, all still linked to their lines of the document (nothing of the document is
    dropped); returns the first note's place, None when the report had nothing typed."""
    if not 0 <= index < len(rec.reports):
        raise ReviewError("no_item")
    report = rec.reports.pop(index)
    first = len(rec.leftovers)
    figure_lines = {s.line for f in report.figures for s in f.spans}
    if text := report_text(report):
        spans = [s for s in report.spans if s.line not in figure_lines] or list(report.spans)
        if report.presenter is not None:
            spans += [s for s in report.presenter.spans if s not in spans]
        rec.leftovers.append(Leftover(text, spans=spans))
    for f in report.figures:
        if not figure_is_empty(f):
            rec.leftovers.append(Leftover(figure_text(f, rec.language), spans=list(f.spans)))
    return Ref("leftovers", first) if len(rec.leftovers) > first else None


def add_attendee(
    rec: RecognisedMeeting, after: int | None, line: int, line_text: str, offset: int = 0
) -> int:
    """Add an attendee the recogniser did not find, after attendee ``after`` (None: at the end), from line
    ``line`` of the document (``line_text``, its list marker left out): "Đồng chí Name - title (vắng: …)"
    as an attendee is typed (the honorific left out), linked to that line; returns its index. A note made
    only of that line leaves the notes: it is the attendee now."""
    marked = split_text(normalize_text(line_text).strip())  # "3. Đồng chí …", "- Đ/c …"
    text, offset = " ".join(marked.text.split()).rstrip(" ;,."), offset + marked.offset
    if not text:
        raise ReviewError("no_line")
    bracket = text.find("(")
    who, rest = (text[:bracket].strip(), text[bracket:]) if bracket > 0 else (text, "")
    phrase = parse_person(who, language=rec.language)
    if phrase is not None and phrase.name:
        who = f"{phrase.name} - {phrase.title}" if phrase.title else phrase.name
    new = Attendee(person=PersonRef("", ""), spans=[Span(line, offset)], confidence=1.0)
    try:
        _set_attendee(rec, new, f"{who} {rest}".strip())
    except ReviewError:  # what is in brackets is no presence: the whole line is the name, to be typed over
        _set_attendee(rec, new, who)
    if new.person is not None:
        new.person.spans = [Span(line, offset)]
    position = len(rec.attendees) if after is None else min(after + 1, len(rec.attendees))
    rec.attendees.insert(position, new)
    made = [i for i, n in enumerate(rec.leftovers) if n.spans and set(n.line_indices) <= {line}]
    for index in reversed(made):
        del rec.leftovers[index]
    return position


def make_attendee(rec: RecognisedMeeting, ref: Ref) -> int:
    """An item (a note, a contribution …) that is an attendee the recogniser missed leaves its list and
    becomes one (read as :func:`add_attendee` reads a line, linked to the same line); returns its index."""
    part = _get(rec, ref)
    text = text_of(part)
    line, offset = (part.spans[0].line, part.spans[0].start) if part.spans else (-1, 0)
    if not " ".join(text.split()):
        raise ReviewError("no_line")
    _keeping_sources(rec, _remover(rec, ref))
    index = add_attendee(rec, None, line, text, offset)
    if line < 0:
        rec.attendees[index].spans = []
    return index


def remove_attendee(rec: RecognisedMeeting, index: int) -> Ref:
    """Delete attendee ``index``: the attendee as typed ("Name - title (vắng: reason)") goes to the notes,
    still linked to its line of the document; returns that note's place."""
    if not 0 <= index < len(rec.attendees):
        raise ReviewError("no_item")
    a = rec.attendees.pop(index)
    rec.leftovers.append(Leftover(attendee_text(a), spans=list(a.spans)))
    return Ref("leftovers", len(rec.leftovers) - 1)


def move_attendee(rec: RecognisedMeeting, index: int, step: int) -> int:
    """Up (-1) or down (+1) in the attendance list; returns the attendee's new place."""
    target = index + step
    if not 0 <= index < len(rec.attendees) or not 0 <= target < len(rec.attendees):
        return index
    seq = rec.attendees
    seq[index], seq[target] = seq[target], seq[index]
    return target


def signer_text(signer: Signer) -> str:
    """ "T/M BAN THƯỜNG VỤ - BÍ THƯ: Nguyễn Văn A": a signature as the clerk types it (its capacity lines
    separated by " - ", a colon, the name)."""
    head = " - ".join(signer.lines)
    return f"{head}: {signer.name}" if head and signer.name else head or signer.name


def remove_signer(rec: RecognisedMeeting, index: int) -> Ref:
    """Delete signature ``index``: its words go to the notes, still linked to its lines."""
    if not 0 <= index < len(rec.signers):
        raise ReviewError("no_item")
    signer = rec.signers.pop(index)
    rec.leftovers.append(Leftover(signer_text(signer), spans=list(signer.spans)))
    return Ref("leftovers", len(rec.leftovers) - 1)


def split_group(rec: RecognisedMeeting, ref: Ref) -> int:
    """A new group of recommendations from recommendation ``ref`` on: it and the items after it in its
    group form an untitled group after that one (its title typed next); returns the new group's index.
    Tasks stay on their recommendations (the flat order does not change)."""
    if ref.section != "recommendations":
        raise ReviewError("not_a_recommendation")
    group, position = _rec_place(rec, ref.index)
    if position == 0 and not rec.recommendation_groups[group].title:
        return group  # already the first of an untitled group
    old = rec.recommendation_groups[group]
    moved, old.items = old.items[position:], old.items[:position]
    rec.recommendation_groups.insert(group + 1, RecommendationGroup("", items=moved, spans=[]))
    if not old.items and not old.title:
        del rec.recommendation_groups[group]
        return group
    return group + 1


def merge_groups(rec: RecognisedMeeting, group: int) -> int:
    """Join group ``group + 1`` into group ``group`` (its items after this one's); a title it had goes to
    the notes, linked to its lines. Returns ``group``."""
    groups = rec.recommendation_groups
    if not 0 <= group < len(groups) - 1:
        raise ReviewError("nothing_to_merge")
    second = groups.pop(group + 1)
    groups[group].items.extend(second.items)
    if second.title:
        rec.leftovers.append(Leftover(second.title, spans=list(second.spans)))
    return group


def votes_text(c: Conclusion, language: str = "vi") -> str:
    """ "17/17 tán thành, 0 không tán thành, 0 không biểu quyết" (en: "17 of 17 for, 0 against, 0
    abstentions"): a conclusion's votes as a document writes them, empty when none were recorded."""
    if c.votes_for is None:
        return ""
    en = language == "en"
    total = "" if c.votes_total is None else f"{' of ' if en else '/'}{c.votes_total}"
    words = [f"{c.votes_for}{total} {'for' if en else 'tán thành'}"]
    if c.votes_against is not None:
        words.append(f"{c.votes_against} {'against' if en else 'không tán thành'}")
    if c.votes_abstain is not None:
        words.append(f"{c.votes_abstain} {'abstentions' if en else 'không biểu quyết'}")
    return ", ".join(words)


def figure_text(f: Figure, language: str = "vi") -> str:
    """ "Thu ngân sách: 2.345.600.000 đồng, đạt 18,5% (dự toán)": a figure as :func:`parse_figure` reads it
    back (numbers written the document's way)."""

    def num(value: Decimal) -> str:
        return format_number(value, language)

    if f.value is None and f.target is None:
        body = f"{num(f.percent)}%" if f.percent is not None else ""
    else:
        body = num(f.value) if f.value is not None else "0"
        if f.target is not None:
            body += f"/{num(f.target)}"
        if f.unit:
            body += f" {f.unit}"
        if f.percent is not None:
            body += f", {'reached' if language == 'en' else 'đạt'} {num(f.percent)}%"
    if f.note:
        body += f" ({f.note})"
    return f"{f.label}: {body}"


def _set_report(rec: RecognisedMeeting, report: Report, name: str, value: str) -> None:
    if name == "title":
        report.title = value
        return
    if not value:
        report.presenter = None
        return
    spans = list(report.presenter.spans) if report.presenter is not None else list(report.spans)
    person = _person_typed(rec, value)
    if person is None:  # a name no attendee has: a person of its own, without a title
        person = PersonRef(value, "", confidence=1.0)
    person.spans = spans
    report.presenter = person


def _set_kind(c: Conclusion, value: str) -> None:
    folded = fold(value).strip(" .")
    if not folded:
        c.kind = "general"
        return
    kind = next((code for code, words in CONCLUSION_KINDS.items() if folded in words), None)
    if kind is None:
        raise ReviewError("bad_kind")
    c.kind = kind


def _set_votes(c: Conclusion, value: str) -> None:
    if not value.strip():
        c.votes_for = c.votes_against = c.votes_abstain = c.votes_total = None
        return
    votes = parse_votes(fold(value))
    if votes is None:
        raise ReviewError("bad_votes")
    cast = sum(votes.get(k, 0) for k in ("for", "against", "abstain"))
    if votes.get("total") is not None and cast > votes["total"]:
        raise ReviewError("too_many_votes")
    c.votes_for, c.votes_total = votes["for"], votes.get("total")
    c.votes_against, c.votes_abstain = votes.get("against"), votes.get("abstain")
    if c.kind not in ("decision", "resolution"):  # a vote is taken on a decision or a resolution
        c.kind = "resolution"


def _set_figure(f: Figure, value: str, language: str) -> None:
    """The figure as typed; a rank or a change stays one while it has what that kind needs (the typed
    text may not say "xếp thứ" or "so với" again), as the editor's figures follow their shape."""
    typed = parse_figure(value, language)
    if typed is None:
        raise ReviewError("bad_figure")
    kind = typed.kind
    if f.kind in ("rank", "change") and kind in ("amount", "ratio_to_plan", "share"):
        if not figure_rules.problems(f.kind, typed.value, typed.target, typed.percent, f.compared_to):
            kind = f.kind
    f.label, f.value, f.unit, f.target = typed.label, typed.value, typed.unit, typed.target
    f.percent, f.note, f.kind = typed.percent, typed.note, kind


def _field_owner(rec: RecognisedMeeting, ref: FieldRef) -> Part:
    if ref.name not in ITEM_FIELDS.get(ref.section, ()):
        raise ReviewError("unknown_field")
    seq: list[Any] = (
        rec.attendees if ref.section == "attendees"
        else rec.reports if ref.section == "reports"
        else rec.recommendation_groups if ref.section == "groups"
        else figures(rec) if ref.section == "figures"
        else rec.signers if ref.section == "signers" else items(rec, ref.section)
    )  # fmt: skip
    if not 0 <= ref.index < len(seq):
        raise ReviewError("no_item")
    return seq[ref.index]  # type: ignore[no-any-return]


def _person_typed(rec: RecognisedMeeting, value: str) -> PersonRef | None:
    """ "Name - Title" is a person; a name alone is one when an attendee (or the chair, the secretary)
    has it (with that attendee's title); other words are not a person."""
    value = value.strip()
    if not value:
        return None
    known = [a.person for a in rec.attendees if a.person is not None] + [
        p for p in (rec.chair, rec.secretary) if p is not None
    ]
    if " - " in value:
        name, title = (x.strip() for x in value.split(" - ", 1))
        if not name:
            return None
        same = next((p for p in known if person_key(p.name) == person_key(name)
                     and person_key(p.title) == person_key(title)), None)  # fmt: skip
        if same is None:
            return PersonRef(name, title, confidence=1.0)
        return _same_person(same, name, title)
    same = next((p for p in known if person_key(p.name) == person_key(value)), None)
    if same is None:
        return None
    return _same_person(same)


def _same_person(known: PersonRef, name: str | None = None, title: str | None = None) -> PersonRef:
    """An attendee named again (as typed, or by the attendee's own words): the same person, matched to the
    directory as that attendee is."""
    return PersonRef(known.name if name is None else name, known.title if title is None else title,
                     person_id=known.person_id, directory_name=known.directory_name,
                     directory_title=known.directory_title, confidence=1.0)  # fmt: skip


def _set_attendee(rec: RecognisedMeeting, a: Attendee, value: str) -> None:
    m = re.match(r"^(.*?)\s*(?:\(([^()]*)\))?$", value)
    who, note = (m.group(1).strip(), (m.group(2) or "").strip()) if m else (value, "")
    if not who:
        raise ReviewError("name_required")
    folded = fold(note)
    presence, reason = "present", None
    if (absent := _ABSENT.match(folded)) is not None:
        presence, reason = "absent", note[absent.end() :].strip() or None
    elif (late := _LATE.match(folded)) is not None:
        presence, reason = "late", note[late.end() :].strip() or None
    elif note and not _PRESENT.match(folded):
        raise ReviewError("bad_presence")
    old = a.person
    if a.person is None and " - " not in who and a.group_name is not None:
        a.group_name = who
    else:
        name, _, title = who.partition(" - ")
        person = PersonRef(name.strip(), title.strip(), spans=list(old.spans) if old else [], confidence=1.0)
        a.person, a.group_name = person, None
        for role in ("chair", "secretary"):  # the chair on the list is the meeting's chair
            ref = getattr(rec, role)
            if (
                old is not None
                and ref is not None
                and a.role == role
                and person_key(ref.name) == person_key(old.name)
            ):
                setattr(
                    rec, role, PersonRef(person.name, person.title, spans=list(ref.spans), confidence=1.0)
                )
    a.presence, a.absence_reason = presence, reason


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
