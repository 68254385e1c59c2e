"""Labelled fields of the opening: "Thời gian bắt đầu:", "Địa điểm:", "Thành phần tham dự:", "Chủ trì:",
"Thư ký:", "Nội dung:", "Chương trình:", "Cuộc họp tiếp theo:", "Nơi nhận:" (and their English words),
with the value on the same line or, when the label stands alone, on the next."""

from __future__ import annotations

import re

from minutes.archive import closing, items, vocab
from minutes.archive.context import Ctx
from minutes.archive.items import State
from minutes.archive.markers import Marked
from minutes.archive.model import DateValue, NextMeeting, Span, Text, TimeValue
from minutes.archive.textutil import afold
from minutes.archive.values import find_date, find_time

_LOCATION = re.compile(r"\b(?:tai|at)\s+(?P<place>[^,;.]{3,120})")


def label(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    text = marked.text.strip()
    folded = afold(text)
    for name, pattern in vocab.LABELS:
        m = pattern.match(folded)
        if not m:
            continue
        if name in ("content", "agenda") and len(text.split()) > 12:
            continue
        rest = text[m.end() :].strip()
        offset = marked.offset + (len(marked.text) - len(marked.text.lstrip())) + m.end()
        ctx.use(index)
        st.pending_label = ""
        if name == "start":
            if not when(ctx, index, rest, offset):
                st.pending_label = "start" if not rest else ""
                if rest:
                    ctx.leftover(index)
        elif name == "location":
            if rest:
                ctx.rec.location = Text(rest.rstrip("."), spans=[Span(index, offset)], confidence=0.95)
            else:
                st.pending_label = "location"
        elif name in ("attendance", "absent"):
            st.section = name
            if rest:
                items.attendee(ctx, index, rest, offset, absent=name == "absent")
        elif name in ("chair", "secretary"):
            person = ctx.person(rest, index, offset) if rest else None
            if person is None and rest and not set(rest) <= set(". …"):
                person = ctx.person_named(re.split(r"\s[-–]\s|,", rest)[0], "", index, confidence=0.6)
                ctx.leftover(index)
            if person is not None:
                setattr(ctx.rec, name, person)
            elif not rest:
                st.pending_label = name
        elif name == "content":
            st.section = "content"
        elif name == "agenda":
            st.section = "agenda"
            if rest:
                ctx.rec.agenda.append(Text(rest.rstrip("."), spans=[Span(index, offset)], confidence=0.85))
        elif name == "next":
            found = find_date(rest)
            ctx.rec.next_meeting = NextMeeting(rest, DateValue(found.value, found.precision) if found else None,
                                               spans=[Span(index)], confidence=0.8)  # fmt: skip
        elif name == "recipients":
            st.section = "closing"
            if rest:
                closing.recipient(ctx, index, rest)
        else:  # project and other labels the model has no field for
            ctx.leftover(index)
        return True
    return False


def when(ctx: Ctx, index: int, text: str, offset: int) -> bool:
    """Time, date and perhaps the place of "8 giờ 00 phút, ngày 05/3/2019, tại Hội trường ..."."""
    found_time = find_time(text)
    found_date = find_date(text)
    rec = ctx.rec
    if found_time is not None and rec.start_time is None:
        rec.start_time = TimeValue(found_time.value, text[found_time.start : found_time.end],
                                   spans=[Span(index, offset + found_time.start, offset + found_time.end)])  # fmt: skip
    if found_date is not None:
        rec.meeting_date = DateValue(found_date.value, found_date.precision, text[found_date.start : found_date.end],
                                     spans=[Span(index, offset + found_date.start, offset + found_date.end)])  # fmt: skip
    place = _LOCATION.search(afold(text))
    if place and rec.location is None:
        rec.location = Text(text[place.start("place") : place.end("place")].strip(),
                            spans=[Span(index, offset + place.start("place"))], confidence=0.8)  # fmt: skip
    return found_time is not None or found_date is not None


def pending(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    """The value of a label that stood alone on the line before ("Địa điểm:" / "Hội trường A")."""
    label, st.pending_label = st.pending_label, ""
    text = marked.text.strip()
    if label == "start" and when(ctx, index, text, marked.offset):
        ctx.use(index)
        return True
    if label == "location":
        ctx.rec.location = Text(text.rstrip("."), spans=[Span(index, marked.offset)], confidence=0.85)
        ctx.use(index)
        return True
    if label in ("chair", "secretary"):
        person = ctx.person(text, index, marked.offset)
        if person is not None:
            setattr(ctx.rec, label, person)
            ctx.use(index)
            return True
    return False
