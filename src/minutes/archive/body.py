"""The body of the document, line by line: labelled fields, section headings, and each section's items.

A line is tried, in order, as: the closing sentence; a labelled field ("Địa điểm: ..."); a section
heading (short, and bold, capitals, a heading style or a Roman number, naming a known section, or an
agenda item when it names none); an item of the current section; a cue that starts a part anywhere (a
speaker and a colon, "... trình bày báo cáo ...", "... kết luận:", an assignment). What is none of these
is kept in the notes. Tables are read whole when they are task, attendee or signature tables.
"""

from __future__ import annotations

import re

from minutes.archive import closing, fields, items, outcomes, tables, vocab
from minutes.archive.context import Ctx
from minutes.archive.items import State
from minutes.archive.markers import Marked
from minutes.archive.model import (
    Contribution,
    DateValue,
    NextMeeting,
    Report,
    Span,
    TaskItem,
    Text,
)
from minutes.archive.tasks import CLAUSE_START, clause_assignment, parse_assignment, task_from
from minutes.archive.textutil import afold
from minutes.archive.values import find_date, find_time

_ITEM_SECTIONS = {"attendance", "absent", "agenda"}


def read_body(ctx: Ctx, start: int) -> None:
    st = State()
    lines = ctx.lines
    i = start
    while i < len(lines):
        line = lines[i]
        if line.table >= 0:
            root = tables.root(ctx, line.table)
            if root not in st.handled_tables:
                st.handled_tables.add(root)
                if tables.read_table(ctx, st, root):
                    continue
        if i not in ctx.used:
            _line(ctx, st, i)
        i += 1
    closing.apply_signers(ctx)


def _line(ctx: Ctx, st: State, index: int) -> None:
    marked = ctx.marked(index)
    text = marked.text.strip()
    folded = afold(text)
    if st.section in ("closing", "recipients_after") and closing.after_closing(ctx, st, index, marked):
        return
    if st.section == "recipients_after":
        closing.recipient(ctx, index, ctx.lines[index].text)
        return
    if vocab.CLOSING.match(folded):
        closing.closing_sentence(ctx, index, text)
        st.section = "closing"
        return
    if (
        vocab.RECORD_CLOSING.match(folded)
        or vocab.NOTICE_CLOSING.search(folded)
        or vocab.NOTHING_RECORDED.match(folded)
    ):
        ctx.leftover(index)
        return
    if fields.label(ctx, st, index, marked):
        return
    if _heading(ctx, st, index, marked):
        return
    if st.pending_label and fields.pending(ctx, st, index, marked):
        return
    if _in_section(ctx, st, index, marked):
        return
    if _cue(ctx, st, index, marked):
        return
    ctx.leftover(index)


def section_of(text: str) -> str | None:
    folded = re.sub(r"\s*\(.*?\)\s*", " ", afold(text)).strip(" :.")
    for name, pattern in vocab.SECTIONS:
        if pattern.match(folded):
            return name
    return None


def _heading(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    line = ctx.lines[index]
    text = marked.text.strip()
    if ctx.rec.agenda and _agenda_heading(ctx, st, index, marked):
        return True
    words = len(text.split())
    if words > 14 or text.endswith((";", ",")) or marked.kind in ("bullet", "plus", "paren"):
        return False
    styled = line.bold or line.upper or line.heading > 0 or marked.kind == "roman"
    kind = section_of(text)
    if kind is None and not (styled and st.section in ("content", "reports", "contributions", "conclusions",
                                                         "attendance", "absent", "preamble")):  # fmt: skip
        return False
    if kind is None and not (
        line.upper or marked.kind == "roman" or line.heading or (line.bold and marked.kind)
    ):
        return False
    if kind is not None and not styled and not text.endswith(":") and marked.kind not in ("number", "letter"):
        return False
    if not styled and (text.endswith(".") or st.section == "agenda"):
        return False  # "1. Đánh giá kết quả ... tháng 12/2022." is an item, not a heading
    if (
        st.section == "recommendations"
        and (marked.kind == "letter" or line.italic)
        and kind == "recommendations"
    ):
        return False  # "a) Kiến nghị về đầu tư:" is a group of recommendations
    if kind == "implementation" and ctx.rec.doc_kind == "minutes":
        kind = "tasks"
    if kind == "attendance":
        st.section = "attendance"
    elif kind is None:
        if st.section == "preamble" and not ctx.rec.attendees:
            ctx.leftover(index)
            return True
        ctx.rec.agenda.append(Text(text.rstrip(":."), spans=[Span(index, marked.offset)], confidence=0.7))
        st.section = "content"
        st.report = None
    else:
        st.section, st.chair_concludes = kind, False
        st.conclusion_kind = {"assessment": "assessment", "directives": "directive", "decisions": "decision",
                              "resolutions": "resolution"}.get(kind, "general")  # fmt: skip
        if kind == "recommendations":
            st.group = None
        if kind == "reports":
            st.report = None
    ctx.use(index)
    return True


def _agenda_heading(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    """ "2. Công tác quản lý trật tự xây dựng" after the agenda listed it: the heading of that item's part of
    the proceedings (the app's minutes print one per agenda item), not a new agenda item."""
    if not marked.kind or marked.kind in ("bullet", "plus", "paren"):
        return False
    key = afold(marked.text).strip().rstrip(":;.").strip()
    if not key or key not in {afold(item.value).strip().rstrip(":;.").strip() for item in ctx.rec.agenda}:
        return False
    st.section, st.report, st.contribution, st.conclusion = "content", None, None, None
    st.chair_concludes = False
    ctx.use(index)
    return True


def _in_section(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    line = ctx.lines[index]
    text = marked.text.strip()
    folded = afold(text)
    section = st.section
    if section in ("attendance", "absent"):
        if (
            len(text.split()) <= 30
            and not vocab.CONCLUDES.search(folded)
            and not vocab.REPORT_CUE.search(folded)
        ):
            return items.attendee(ctx, index, text, marked.offset, absent=section == "absent")
        st.section = "content"
        return False
    if section == "agenda":
        if marked.kind or len(text.split()) <= 25:
            ctx.rec.agenda.append(
                Text(text.rstrip(";."), spans=[Span(index, marked.offset)], confidence=0.85)
            )
            ctx.use(index)
            return True
        st.section = "content"
        return False
    if section == "reports":
        if items.report_line(ctx, st, index, text, marked.offset):
            return True
        if marked.kind and items.figure(ctx, st, index, text, marked.offset):
            return True
        if (line.italic and text.endswith(":") and len(text.split()) <= 6) or re.match(
            r"^(?:mot so ket qua chu yeu|key figures|cac chi tieu chu yeu)\s*:?$", folded
        ):  # fmt: skip
            ctx.use(index)
            return True
        if _cue(ctx, st, index, marked, only_strong=True):
            return True
        if _spoken(ctx, text) and items.contribution(ctx, st, index, marked, in_section=False):
            st.section = "contributions"
            return True
        if not marked.kind and items.report_title(ctx, st, index, text):
            return True
        if st.report is None:
            st.report = Report(spans=[Span(index)], confidence=0.6)
            ctx.rec.reports.append(st.report)
        st.report.summary.append(line.display if marked.kind else text)
        st.report.spans.append(Span(index))
        ctx.use(index)
        return True
    if section == "contributions":
        if vocab.CONCLUDES.search(folded) and len(text.split()) <= 30:  # "Đồng chí X - title kết luận:"
            _concluder(ctx, index, text, marked.offset)
            st.section, st.conclusion_kind, st.chair_concludes = "conclusions", "general", True
            return True
        if items.counted_contribution(ctx, st, index, marked):
            return True
        if len(text.split()) <= 12 and items.contribution_count(ctx, index, text):
            ctx.use(index)
            return True
        if items.contribution(ctx, st, index, marked, in_section=True):
            return True
        if _cue(ctx, st, index, marked, only_strong=True):
            return True
        if st.contribution is not None and not marked.kind:
            st.contribution.text = f"{st.contribution.text}\n{text}".strip()
            st.contribution.spans.append(Span(index))
            ctx.use(index)
            return True
        st.contribution = Contribution(text=line.display, spans=[Span(index)], confidence=0.5)
        ctx.rec.contributions.append(st.contribution)
        ctx.use(index)
        return True
    if section in ("conclusions", "assessment", "directives", "decisions", "resolutions"):
        if vocab.CONCLUDES.search(folded) and len(text.split()) <= 30:
            _concluder(ctx, index, text, marked.offset)
            return True
        return outcomes.conclusion(ctx, st, index, marked)
    if section == "recommendations":
        return outcomes.recommendation(ctx, st, index, marked)
    if section == "tasks":
        label = re.match(r"^(?:action(?: item)?|ai|to ?do|viec)\s*[:\-–]\s*", folded)
        body, at = (text[label.end() :], marked.offset + label.end()) if label else (text, marked.offset)
        clause = CLAUSE_START.search(afold(body))
        assignment = (
            clause_assignment(ctx, body[clause.end() :], index, at + clause.end()) if clause else None
        )
        if assignment is not None and clause is not None:  # "- Rà soát hồ sơ. Thời hạn: trước ngày ..."
            ctx.rec.tasks.append(task_from(ctx, body[: clause.start()].rstrip(" ."), index, assignment,
                                           source=None))  # fmt: skip
        elif (assignment := parse_assignment(ctx, body, index, at)) is not None:
            ctx.rec.tasks.append(task_from(ctx, text, index, assignment, source=None))
        else:
            ctx.rec.tasks.append(TaskItem(text.rstrip(";"), spans=[Span(index)], confidence=0.6))
        ctx.use(index)
        return True
    if section == "votes":
        st.conclusion_kind = "resolution"
        return outcomes.conclusion(ctx, st, index, marked)
    if section == "implementation":
        ctx.leftover(index)
        return True
    if section == "next":
        when = find_date(text)
        ctx.rec.next_meeting = NextMeeting(text, DateValue(when.value, when.precision) if when else None,
                                           spans=[Span(index)], confidence=0.8)  # fmt: skip
        ctx.use(index)
        return True
    return False


def _spoken(ctx: Ctx, text: str) -> bool:
    """A line that starts with a person and what they said ("Ms. Hoa Le said ...")."""
    phrase = ctx.phrase(text)
    if phrase is None:
        return False
    folded = afold(text)
    at = folded.find(afold(phrase.name))
    return at >= 0 and bool(vocab.SPEECH_CUE.match(folded[at + len(phrase.name) :].lstrip(" ,:")))


def _concluder(ctx: Ctx, index: int, text: str, offset: int) -> None:
    """ "Đồng chí X - title kết luận:" : who concluded (the chair when none is named yet)."""
    cut = re.search(r"\s+(?:ket luan|concluded|summed up)", afold(text))
    person = ctx.person(text[: cut.start()] if cut else text, index, offset) if cut else None
    if person is not None and ctx.rec.chair is None:
        ctx.rec.chair = person
    ctx.use(index)
    if person is None and cut and len(text[: cut.start()].split()) > 1:
        ctx.leftover(index)


def _cue(ctx: Ctx, st: State, index: int, marked: Marked, *, only_strong: bool = False) -> bool:
    """Lines that start a part wherever they appear."""
    text = marked.text.strip()
    folded = afold(text)
    if ctx.rec.doc_kind == "conclusion" and not ctx.rec.conclusions and st.section in ("preamble", "content"):
        if closing.notice_opening(ctx, index, text):
            return True
        if closing.heard(ctx, index, text):
            # "... kết luận như sau:": the points that follow are the conclusions (a notice printed
            # without headings numbers each conclusion as a point of its own)
            st.section, st.conclusion_kind = "conclusions", "general"
            return True
    if vocab.CONCLUDES.search(folded) and len(text.split()) <= 40:
        _concluder(ctx, index, text, marked.offset)
        st.section, st.conclusion_kind, st.chair_concludes = "conclusions", "general", True
        return True
    if vocab.RESOLVED.match(folded):
        kind, st.conclusion_kind = st.conclusion_kind, "resolution"
        outcomes.conclusion(ctx, st, index, marked)
        st.conclusion_kind = kind
        return True
    if not only_strong and items.report_line(ctx, st, index, text, marked.offset):
        st.section = "reports"
        return True
    if not only_strong and items.contribution(ctx, st, index, marked, in_section=False):
        st.section = "contributions"
        return True
    if items.contribution_count(ctx, index, text):
        ctx.leftover(index)
        return True
    assignment = parse_assignment(ctx, text, index, marked.offset)
    if assignment is not None and not only_strong:
        ctx.rec.tasks.append(task_from(ctx, text, index, assignment, source=None, confidence=0.75))
        ctx.use(index)
        return True
    if st.section == "preamble" and ctx.rec.meeting_date is None and (find_date(text) or find_time(text)):
        fields.when(ctx, index, text, marked.offset)
        ctx.leftover(index)
        return True
    return False
