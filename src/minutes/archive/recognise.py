"""Recognise a meeting in a Word document: :func:`recognise` reads the header, then the body, then fills
what only follows from the whole (the meeting date when only the document date or a title names it, the
kind of meeting, the chair and presenters among the attendees) and lists what a clerk should check.

Nothing is saved here: the result is a :class:`~minutes.archive.model.RecognisedMeeting` a review screen
can show and correct before :mod:`minutes.archive.store` saves it.
"""

from __future__ import annotations

from minutes.archive import vocab
from minutes.archive.body import read_body
from minutes.archive.context import Ctx
from minutes.archive.directory import Directory, person_key
from minutes.archive.header import read_header
from minutes.archive.model import Attendee, DateValue, RecognisedMeeting, Span, Text
from minutes.archive.source import SourceDocument
from minutes.archive.textutil import afold
from minutes.archive.values import find_date

#: Bumped whenever recognition changes what it produces (kept with each imported meeting).
RECOGNISER_VERSION = 1


def recognise(doc: SourceDocument, directory: Directory | None = None) -> RecognisedMeeting:
    rec = RecognisedMeeting(source_name=doc.name)
    ctx = Ctx(doc, rec, directory or Directory())
    start = read_header(ctx)
    read_body(ctx, start)
    for index, line in enumerate(doc.lines):
        if index not in ctx.used and line.text.strip():
            ctx.leftover(index)
    _finish(ctx)
    return rec


def _finish(ctx: Ctx) -> None:
    rec = ctx.rec
    if rec.meeting_date is None:
        _date_fallback(ctx)
    if rec.kind is None:
        sources = [(rec.title.value, rec.title.spans)] if rec.title else []
        sources += [(left.text, left.spans) for left in rec.leftovers[:3]]
        if rec.end_time is not None:
            sources += [(ctx.lines[s.line].text, [s]) for s in rec.end_time.spans]
        found = [(name, spans) for name, pattern in vocab.MEETING_KINDS for text, spans in sources
                 if pattern.search(afold(text))]  # fmt: skip
        if found:
            rec.kind = Text(found[0][0], spans=list(found[0][1]), confidence=0.8)
    _roles(rec)
    rec.leftovers.sort(key=lambda left: left.spans[0].line if left.spans else -1)
    if rec.title is None:
        rec.problems.append("no_title")
    if not rec.attendees and rec.doc_kind == "minutes":
        rec.problems.append("no_attendees")
    if rec.organisation is None:
        rec.problems.append("no_organisation")


def _date_fallback(ctx: Ctx) -> None:
    """The meeting's date from the title ("... ngày 19/01/2021"), else the document's date."""
    rec = ctx.rec
    if rec.title is not None:
        found = find_date(rec.title.value)
        if found is not None:
            rec.meeting_date = DateValue(found.value, found.precision, spans=rec.title.spans, confidence=0.7)
            return
    if rec.document_date is not None:
        rec.meeting_date = DateValue(rec.document_date.value, spans=rec.document_date.spans, confidence=0.5)
        rec.problems.append("meeting_date_from_document_date")
        return
    for index, line in enumerate(ctx.lines[:60]):
        found = find_date(line.text)
        if found is not None:
            rec.meeting_date = DateValue(found.value, found.precision, spans=[Span(index, found.start, found.end)],
                                         confidence=0.4)  # fmt: skip
            rec.problems.append("meeting_date_guessed")
            return
    rec.problems.append("no_meeting_date")


def _roles(rec: RecognisedMeeting) -> None:
    """Chair, secretary and presenters take their role on the attendance list (added when missing)."""
    for ref, role in ((rec.chair, "chair"), (rec.secretary, "secretary"),
                      *((r.presenter, "presenter") for r in rec.reports)):  # fmt: skip
        if ref is None:
            continue
        key = person_key(ref.name)
        for row in rec.attendees:
            if row.person is not None and person_key(row.person.name) == key:
                if row.role == "member":
                    row.role = role
                if not row.person.title and ref.title:
                    row.person.title = ref.title
                if not ref.title and row.person.title:
                    ref.title = row.person.title
                    ref.person_id = ref.person_id or row.person.person_id
                break
        else:
            if rec.doc_kind == "minutes" and rec.attendees:
                rec.attendees.append(Attendee(person=ref, role=role, spans=list(ref.spans), confidence=0.7))
