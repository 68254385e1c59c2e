"""The parts of the proceedings, one line at a time: attendees, reports and their figures, contributions
with their speakers (conclusions, votes and recommendations: :mod:`.outcomes`).

Each function gets the recogniser's state and one line (its marker already split off) and returns True
when it used the line. They never guess silently: what they are less sure of gets a lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from minutes.archive import vocab
from minutes.archive.context import Ctx
from minutes.archive.markers import Marked
from minutes.archive.model import (
    Attendee,
    Conclusion,
    Contribution,
    Figure,
    PersonRef,
    Recommendation,
    RecommendationGroup,
    Report,
    Span,
    Text,
)
from minutes.archive.people import split_attendee_notes, split_people
from minutes.archive.textutil import afold
from minutes.archive.values import NUMBER, parse_number

_FIGURE = re.compile(
    rf"^(?P<value>{NUMBER})(?:\s*/\s*(?P<target>{NUMBER}))?(?P<pct_only>\s*%)?(?P<unit>[^\d,;()%]*?)"
    rf"(?:,\s*(?:(?:dat|bang|chiem|reached|dat duoc)\s+)?(?P<pct>{NUMBER})\s*%(?P<tail>[^(]*?))?"
    rf"\s*(?:\((?P<note>.*)\))?\s*[;.]?$"
)
_COUNT = re.compile(
    r"^(?:co mat:?\s*)?\d+(?:/\d+)?\s+(?:dong chi|dai bieu|thanh vien|nguoi|members?|people)\b"
)
#: "Đồng chí X phát biểu: ..." - the verb only says that X spoke.
_JUST_SPOKE = re.compile(
    r"^(?:phat bieu|neu y kien|co y kien|y kien|said|spoke)(?: tai (?:hoi nghi|cuoc hop))?$"
)
_SPEECH_SPLIT = re.compile(
    r"\s+(?=(?:phat bieu|neu y kien|y kien|de nghi|cho rang|dong y|thong nhat|bo sung|said|noted|asked|"
    r"suggested|proposed|agreed|raised|commented|explained|reported|spoke)\b)"
)


@dataclass
class State:
    """What the recogniser is in the middle of."""

    section: str = "preamble"
    report: Report | None = None
    contribution: Contribution | None = None
    conclusion: Conclusion | None = None
    group: RecommendationGroup | None = None
    recommendation: Recommendation | None = None
    conclusion_kind: str = "general"
    chair_concludes: bool = (
        False  # under "Đồng chí X kết luận:": the chair's conclusions, not adopted decisions
    )
    pending_label: str = ""  # a label whose value is on the next line(s)
    handled_tables: set[int] = field(default_factory=set)


# ------------------------------------------------------------------------------------------------ attendees
def attendee(ctx: Ctx, index: int, text: str, offset: int, *, absent: bool, confidence: float = 0.9) -> bool:
    for piece in split_people(text):
        if _COUNT.match(afold(piece)):  # "có mặt 17/19 đồng chí": a count, not an attendee
            ctx.leftover(index)
            continue
        notes = split_attendee_notes(piece, absent)
        body = notes.body.strip()
        if not body:
            continue
        person = ctx.person(body, index, offset)
        note = notes.note
        if person is not None and person.title == "" and ctx.language == "vi":
            person.confidence = min(person.confidence, 0.85)
        if person is not None and person.title.endswith(")") and "(" in person.title.rstrip(")"):
            # "Phó Chủ tịch UBND quận (dự, trả lời kiến nghị)": a note after the title
            cut = person.title.rindex("(")
            if person.title[:cut].strip():
                note = person.title[cut + 1 : -1].strip() or note
                person.title = person.title[:cut].strip()
                person.person_id = person.directory_name = person.directory_title = None
                ctx.directory.match_person(person)
        row = Attendee(
            person=person, group_name=None if person else body, presence=notes.presence,
            absence_reason=notes.reason, note=note, spans=[Span(index)],
            confidence=confidence if person else min(confidence, 0.8),
        )  # fmt: skip
        ctx.rec.attendees.append(row)
    ctx.use(index)
    return True


# ------------------------------------------------------------------------------------------------ reports
def report_line(ctx: Ctx, st: State, index: int, text: str, offset: int) -> bool:
    """ "Đồng chí X - title trình bày Báo cáo ..." starts a report (the presenter and its title)."""
    folded = afold(text)
    cue = vocab.REPORT_CUE.search(folded)
    if not cue or cue.start() == 0:
        return False
    who = ctx.phrase(text[: cue.start()].rstrip(" ,"))
    if who is None:
        return False
    presenter = ctx.person_named(who.name, who.title, index, confidence=0.9 if who.honorific else 0.8)
    presenter.spans = [Span(index, offset, offset + cue.start())]
    verb = folded[cue.start() : cue.end()]
    title = text[cue.end() :].strip().rstrip(".").strip()
    if verb in ("bao cao", "reported on"):
        title = text[cue.start() :].strip().rstrip(".")
    title = title[:1].upper() + title[1:]
    if afold(title) in ("bao cao", "a report", "the report", "report"):
        title = ""  # "trình bày báo cáo.": a report, which one the document does not say
    st.report = Report(presenter=presenter, title=title, spans=[Span(index)], confidence=0.85)
    ctx.rec.reports.append(st.report)
    ctx.use(index)
    return True


def report_title(ctx: Ctx, st: State, index: int, text: str) -> bool:
    """A report no one is named presenting, its title alone on a line ("Báo cáo tình hình trật tự xây
    dựng tháng 2."): the first line of the section, or a line that starts with "Báo cáo" after a report
    that has nothing under it yet. One short sentence; anything else is a report's summary."""
    sentence = text.rstrip(".").strip()
    if not sentence or len(sentence.split()) > 30 or re.search(r"[.;:!?]\s", sentence):
        return False
    first = st.report is None
    empty = st.report is not None and not st.report.summary and not st.report.figures
    if not (first or (empty and afold(sentence).startswith("bao cao "))):
        return False
    st.report = Report(title=sentence, spans=[Span(index)], confidence=0.75)
    ctx.rec.reports.append(st.report)
    ctx.use(index)
    return True


def parse_figure(text: str, language: str = "vi") -> Figure | None:
    """ "Tổng thu ngân sách: 19.885.177.001 đồng, đạt 87% (ước đạt)" as a figure (no spans), None when the
    line is no figure. The recogniser reads a report's lines with it, the review screen what a clerk types."""
    m = re.search(r":\s+(?=[-+]?\d)", text)
    if not m or m.start() > 160:
        return None
    label, rest = text[: m.start()].strip(), text[m.end() :].strip()
    f = _FIGURE.match(afold(rest))
    if not f or not label:
        return None

    def num(group: str) -> Decimal | None:
        value = f.group(group)
        return parse_number(value, language) if value else None

    value, target = num("value"), num("target")
    percent = num("pct")
    unit = rest[f.start("unit") : f.end("unit")].strip() if f.group("unit") else ""
    if f.group("pct_only"):
        if (
            target is None and percent is None and not f.group("pct_only")[0].isspace()
        ):  # "... văn hóa: 91,95%"
            value, percent = None, value
        else:  # "Tỷ lệ hồ sơ đúng hạn: 90/85 %, đạt 105,9%", "... : 100 %": values in per cent
            unit = f"%{unit}".strip()
    note_parts = []
    if f.group("tail") and f.group("tail").strip():
        note_parts.append(rest[f.start("tail") : f.end("tail")].strip())
    if f.group("note"):
        note_parts.append(rest[f.start("note") : f.end("note")].strip())
    if value is None and percent is None:
        return None
    folded = afold(text)
    kind = "amount"
    if percent is not None:
        kind = "share" if value is None and target is None else "ratio_to_plan"
        if re.search(r"\b(?:tang|giam|increase|decrease)\b.*\b(?:so voi|compared|against|over)\b", folded):
            kind = "change"
    if re.search(r"\b(?:xep thu|rank)\b", folded):
        kind = "rank"
    return Figure(label=label, value=value, unit=unit, target=target, percent=percent,
                  note="; ".join(note_parts) or None, kind=kind)  # fmt: skip


def figure(ctx: Ctx, st: State, index: int, text: str, offset: int) -> bool:
    """ "Tổng thu ngân sách: 19.885.177.001 đồng, đạt 87% (ước đạt)" under a report."""
    found = parse_figure(text, ctx.language)
    if found is None:
        return False
    report = st.report
    if report is None:
        report = st.report = Report(spans=[Span(index)], confidence=0.6)
        ctx.rec.reports.append(report)
    found.spans, found.confidence = [Span(index, offset)], 0.85
    report.figures.append(found)
    ctx.use(index)
    return True


# ------------------------------------------------------------------------------------------- contributions
def contribution(ctx: Ctx, st: State, index: int, marked: Marked, *, in_section: bool) -> bool:
    """A speaker and what they said: "- Đồng chí X - title: text", "Đ/c X (title) phát biểu: ..."."""
    line = ctx.lines[index]
    text = marked.text
    speaker_part, said, split_at = "", "", -1
    lead = line.bold_lead
    if lead and lead.rstrip().endswith(":") and len(lead.split()) < 40:
        # the app's own minutes: the speaker in bold before the colon
        lead_text = lead.strip()
        if lead_text.startswith(marked.marker) and marked.marker:
            lead_text = lead_text[len(marked.marker) :].strip()
        if text.startswith(lead_text):
            split_at = len(lead_text)
    if split_at < 0:
        m = re.search(r":\s", text[:200] + " ")
        if m:
            split_at = m.end()
    if split_at > 0:
        speaker_part = text[:split_at].strip().rstrip(":").strip()
        said = text[split_at:].strip()
    person: PersonRef | None = None
    label: str | None = None
    if speaker_part:
        cut = _speech(speaker_part)
        who = speaker_part[: cut.start()] if cut else speaker_part
        verb = speaker_part[cut.start() :].strip() if cut else ""
        if verb and not _JUST_SPOKE.match(afold(verb)):  # "X đề nghị: ...": the request is what was said
            said = f"{verb}: {said}".strip()
        person = ctx.person(who, index, marked.offset)
        if person is None and in_section and len(who.split()) <= 14 and said:
            label = who
    if person is None and label is None:
        phrase = ctx.phrase(text)
        if phrase is not None:
            cut = _speech(text, len(phrase.name))
            if cut:
                person = ctx.person(text[: cut.start()], index, marked.offset)
                said = text[cut.start() :].strip()
                if _JUST_SPOKE.match(afold(said).rstrip(" .")):  # "- X phát biểu.": the words not recorded
                    said = ""
    if person is None and label is None:
        return False
    if not said or re.fullmatch(r"[.…_\s]+", said):  # the first version's dotted blank: no words recorded
        said = ""
    st.contribution = Contribution(speaker=person, speaker_label=label, text=said, spans=[Span(index)],
                                   confidence=0.9 if person else 0.75)  # fmt: skip
    ctx.rec.contributions.append(st.contribution)
    ctx.use(index)
    return True


def _speech(text: str, start: int = 0) -> re.Match[str] | None:
    """Where a verb of speech starts ("đề nghị", "said"): written in lower case ("Phòng Nội vụ" is a name)."""
    for m in _SPEECH_SPLIT.finditer(afold(text), start):
        if text[m.end() : m.end() + 1].islower():
            return m
    return None


def contribution_count(ctx: Ctx, index: int, text: str) -> bool:
    m = vocab.CONTRIBUTION_COUNT.search(afold(text))
    if not m:
        return False
    ctx.rec.contribution_count = Text(m.group(1) or m.group(2), spans=[Span(index, m.start(), m.end())],
                                      confidence=0.8)  # fmt: skip
    return True


#: "02 ý kiến phát biểu", "3 contributions" (the whole of what follows the speaker).
_COUNTED = re.compile(
    r"^(?:co\s+)?(\d{1,3})\s+(?:y kien phat bieu|y kien|contributions?)(?:\s+(?:were|was) made)?\s*\.?$"
)
#: "- Công an phường phát biểu.", "- Security Office spoke." (the words not recorded).
_SPOKE_ONLY = re.compile(r"^(.{2,120}?)\s+(?:phat bieu|spoke)\s*\.?$")


def counted_contribution(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    """The contributions the app prints without words: "- Các ban, ngành: 02 ý kiến phát biểu.", "- Công an
    phường phát biểu.", "- Có 02 ý kiến phát biểu.", "- X (02 ý kiến phát biểu): text" - a speaker (a
    person, else a label) with how many contributions."""
    text = marked.text.strip()
    folded = afold(text)
    who, count, said = "", 1, ""
    m = re.match(r"^(.{2,160}?)\s*\((\d{1,3})\s+(?:y kien phat bieu|contributions?)\)\s*:\s*", folded)
    if m:
        who, count, said = text[: len(m.group(1))], int(m.group(2)), text[m.end() :].strip()
    elif (whole := _COUNTED.match(folded)) is not None:
        count = int(whole.group(1))
    elif ":" in text and (after := _COUNTED.match(afold(text[text.index(":") + 1 :].strip()))) is not None:
        who, count = text[: text.index(":")].strip(), int(after.group(1))
    elif (spoke := _SPOKE_ONLY.match(folded)) is not None and ":" not in text:
        who = text[: len(spoke.group(1))].strip()
    else:
        return False
    person = ctx.person(who, index, marked.offset) if who else None
    label = who if who and person is None else None
    if who and person is None and len(who.split()) > 14:
        return False
    st.contribution = Contribution(speaker=person, speaker_label=label, text=said, count=max(count, 1),
                                   spans=[Span(index)], confidence=0.85)  # fmt: skip
    ctx.rec.contributions.append(st.contribution)
    ctx.use(index)
    return True
