"""The top of an official document: superior and issuing body, number, place and date, family, type and
subject (official-formats.md §1-2), or what a freely typed document has instead.

The type line ("BIÊN BẢN", "THÔNG BÁO", "MINUTES") divides the header from the body. Above it, lines are
told apart by content (Quốc hiệu, Tiêu ngữ, "ĐẢNG CỘNG SẢN VIỆT NAM", "Số ...", a place and a date) and,
for the bodies' names, by position and weight: the bold capitals are the issuing body, the regular ones
above it its superior body. Below it, the subject runs until a rule, a label or the first body text.
"""

from __future__ import annotations

import re

from minutes.archive import vocab
from minutes.archive.context import Ctx
from minutes.archive.model import DateValue, Text
from minutes.archive.textutil import afold
from minutes.archive.values import BLANK_VI_DATE, find_date

_EN_TYPES = ("minutes", "meeting minutes", "conclusion notice", "notice", "notice of conclusions")
_DATE_ONLY = re.compile(
    r"^(?:ngay\s.{1,30}\snam\s.{0,10}|\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{1,2},\s+\d{4})\.?$"
)
_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d][^,]{0,60}),\s*(?P<date>(?:ngay|\d|[a-z]+\s+\d|[.…_]{3}).*)$")


def _is_type_line(ctx: Ctx, index: int) -> re.Match[str] | None:
    line = ctx.lines[index]
    if line.table >= 0 and ctx.doc.tables[line.table].rows and len(ctx.doc.tables[line.table].rows[0]) > 1:
        return None  # the header table's cells hold names, not the type of the document
    m = vocab.DOC_TYPE.match(ctx.folded(index))
    if not m:
        return None
    rest = line.text[len(line.text) - len(m.group("rest")) :] if m.group("rest") else ""
    if line.upper or line.bold or line.align == "center" or (rest and rest.isupper()):
        return m
    return None


def read_header(ctx: Ctx) -> int:
    """Fill the header fields of ``ctx.rec``; return the index of the first body line."""
    rec = ctx.rec
    lines = ctx.lines
    type_at = next((i for i in range(min(len(lines), 40)) if _is_type_line(ctx, i)), -1)
    _language(ctx, type_at)
    zone_end = type_at if type_at >= 0 else _typed_header_end(ctx)
    _header_zone(ctx, zone_end)
    if type_at < 0:
        rec.layout = "typed"
        return zone_end
    m = _is_type_line(ctx, type_at)
    assert m is not None
    kind = m.group("type")
    rec.doc_kind = "conclusion" if kind.startswith(("thong bao", "conclusion", "notice")) else "minutes"
    ctx.use(type_at)
    line = lines[type_at]
    subject: list[tuple[int, str]] = []
    if m.group("rest").strip():
        rest = line.text[len(line.text) - len(m.group("rest")) :].strip(" :.-")
        subject.append((type_at, rest))
    body = type_at + 1
    while body < len(lines) and len(subject) < 4:
        nxt = lines[body]
        folded = ctx.folded(body)
        if vocab.RULE.match(nxt.text):
            ctx.use(body)
            body += 1
            break
        if any(p.match(folded) for _, p in vocab.LABELS) or nxt.label or ctx.marked(body).kind:
            break
        if not (nxt.bold or nxt.align == "center" or nxt.upper) or (subject and nxt.gap_before):
            break
        subject.append((body, nxt.text))
        ctx.use(body)
        body += 1
    if subject:
        text = " ".join(t for _, t in subject).strip()
        text = re.sub(r"^\(|\)$", "", text).strip()
        prefix = vocab.SUBJECT_PREFIX.match(afold(text))
        if prefix and prefix.end() < len(text):
            text = text[prefix.end() :].strip()
        if text.isupper():
            text = ctx.case(text)
            text = text[:1].upper() + text[1:]
        elif ctx.language == "en":
            text = text[:1].upper() + text[1:]
        rec.title = Text(text, spans=[ctx.span(i) for i, _ in subject], confidence=0.95)
    family = rec.family if rec.family != "typed" else "state"
    rec.family = family
    rec.layout = f"{family}_{'minutes' if rec.doc_kind == 'minutes' else 'notice'}"
    return body


def _language(ctx: Ctx, type_at: int) -> None:
    if type_at >= 0:
        m = vocab.DOC_TYPE.match(ctx.folded(type_at))
        if m and m.group("type") in _EN_TYPES or (m and m.group("type").startswith("minutes")):
            ctx.language = ctx.rec.language = "en"
            ctx.rec.family = "plain"
            return
    letters = [ch for line in ctx.lines[:200] for ch in line.text if ch.isalpha()]
    marked = sum(1 for ch in letters if not ch.isascii())
    if letters and marked / len(letters) < 0.02:
        ctx.language = ctx.rec.language = "en"
        ctx.rec.family = "plain"


def _typed_header_end(ctx: Ctx) -> int:
    """Without a type line, the header is the capitals, number and place-date before the first label
    or sentence (none at all when the document starts with text)."""
    for i, line in enumerate(ctx.lines[:15]):
        folded = ctx.folded(i)
        if any(p.match(folded) for _, p in vocab.LABELS):
            return i
        if line.table >= 0 or line.upper or vocab.REFERENCE.match(folded) or _PLACE_DATE.match(folded):
            continue
        return i
    return 0


def _header_zone(ctx: Ctx, end: int) -> None:
    rec = ctx.rec
    names: list[tuple[int, str, bool]] = []  # (line, text, bold)
    for i in range(end):
        line = ctx.lines[i]
        folded = afold(line.text.strip())
        if vocab.STATE_NATION.match(folded) or vocab.STATE_MOTTO.match(folded):
            if rec.family != "plain":
                rec.family = "state"
            ctx.use(i)
            continue
        if vocab.PARTY_NAME.match(folded):
            rec.family = "party"
            ctx.use(i)
            continue
        if vocab.RULE.match(line.text):
            ctx.use(i)
            continue
        ref = vocab.REFERENCE.match(folded)
        if ref and len(folded) < 60:
            value = line.text[len(line.text) - len(ref.group(1)) :].strip() if ref.group(1) else ""
            if any(ch.isdigit() for ch in value):
                rec.reference_number = Text(value, spans=[ctx.span(i)], confidence=0.95)
            ctx.use(i)
            continue
        place_date = _PLACE_DATE.match(folded)
        if place_date and (
            find_date(line.text) or BLANK_VI_DATE.search(folded) or re.search(r"\d{4}", folded)
        ):
            place = line.text[: place_date.end("place")].strip()
            rec.place = Text(place, spans=[ctx.span(i, 0, len(place))])
            found = find_date(line.text)
            if found is not None and found.precision == "day":
                rec.document_date = DateValue(found.value, spans=[ctx.span(i, found.start, found.end)])
            ctx.use(i)
            continue
        if _DATE_ONLY.match(folded) and (find_date(line.text) or BLANK_VI_DATE.search(folded)):
            found = find_date(line.text)  # the date line of a profile that names no place
            if found is not None and found.precision == "day":
                rec.document_date = DateValue(found.value, spans=[ctx.span(i, found.start, found.end)])
            ctx.use(i)
            continue
        if line.upper or (line.bold and len(line.text.split()) <= 10):
            names.append((i, line.text.strip(), line.bold))
            ctx.use(i)
            continue
        if line.text.strip():
            ctx.leftover(i)
    _bodies(ctx, names)


def _bodies(ctx: Ctx, names: list[tuple[int, str, bool]]) -> None:
    """Superior and issuing body from the capitals of the header's left column."""
    if not names:
        return
    bold = [n for n in names if n[2]]
    if bold and len(bold) < len(names):
        first_bold = names.index(bold[0])
        superior = names[:first_bold]
        issuing = [n for n in names[first_bold:] if n[2]]
        after = [n for n in names[first_bold:] if not n[2]]
    elif len(names) >= 2:
        superior, issuing, after = names[:-1], names[-1:], []
    else:
        superior, issuing, after = [], names, []
    if superior:
        ctx.rec.superior_body = Text(ctx.case(" ".join(n[1] for n in superior)),
                                     spans=[ctx.span(n[0]) for n in superior], confidence=0.85)  # fmt: skip
    if issuing:
        unit = ctx.unit(" ".join(n[1] for n in issuing), issuing[0][0], confidence=0.9)
        unit.spans = [ctx.span(n[0]) for n in issuing]
        ctx.rec.organisation = unit
    for index, _text, _bold in after:
        ctx.leftover(index)
