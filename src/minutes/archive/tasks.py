"""Tasks: assignment sentences ("Giao Phòng A chủ trì, phối hợp với B ..., báo cáo trước ngày ...",
"Assigned to X (lead), with Y; due ...", "John Smith to ... by 30 June 2022") and task tables (STT | Nội
dung | Đơn vị chủ trì | Phối hợp | Thời hạn | Sản phẩm, in any order and wording).

The lead may be a unit, named people (interchange v2: assigned people) or words that name neither
("2 đồng chí Phó Chủ tịch": a v2 free-text assignee). A deadline keeps its wording; its kind and days
come from :func:`minutes.archive.values.parse_deadline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.archive import vocab
from minutes.archive.context import Ctx
from minutes.archive.model import Deadline, PersonRef, Span, TaskItem, UnitRef
from minutes.archive.source import SourceTable
from minutes.archive.textutil import afold
from minutes.archive.values import parse_deadline

_CLAUSE_END = re.compile(r"[;]|\.(?:\s|$)")
_UNIT_SPLIT = re.compile(r"\s*(?:,|;|\n|\bva\b|\band\b)\s*")


@dataclass
class Assignment:
    lead: UnitRef | None = None
    coordinating: list[UnitRef] = field(default_factory=list)
    people: list[PersonRef] = field(default_factory=list)
    assignee_text: str = ""
    deadline: Deadline | None = None
    product: str = ""
    start: int = 0  # where the assignment starts in the text given


def deadline_of(
    ctx: Ctx, text: str, index: int, offset: int = 0, *, cue_needed: bool = True
) -> Deadline | None:
    """The deadline a text states after a cue ("trước ngày", "thời hạn:", "by", "due"), or in the whole
    text when ``cue_needed`` is off (a deadline column)."""
    folded = afold(text)
    start = 0
    if cue_needed:
        cues = list(vocab.DEADLINE_CUE.finditer(folded))
        if not cues:
            return None
        start = cues[0].start()
        # "báo cáo kết quả trước ngày ..." : the wording starts at the cue
    segment = text[start:]
    end = _CLAUSE_END.search(afold(segment))
    wording = (segment[: end.start()] if end and cue_needed else segment).strip(" ,;.")
    label = _DEADLINE_LABEL.match(afold(wording))
    if label and label.end() < len(wording):  # "thời hạn: quý I/2023": the wording is what follows the label
        start += label.end()
        wording = wording[label.end() :]
    parsed = parse_deadline(wording)
    if parsed is None:
        return None
    return Deadline(parsed.kind, wording, parsed.due, parsed.start, parsed.end,
                    spans=[Span(index, offset + start, offset + start + len(wording))],
                    confidence=0.9 if parsed.kind in ("date", "before") else 0.8)  # fmt: skip


_DEADLINE_LABEL = re.compile(r"^(?:thoi han|han|due|deadline)\s*:?\s+")


def split_units(ctx: Ctx, text: str, index: int) -> list[UnitRef]:
    """ "Phòng Tài nguyên và Môi trường, UBND các phường" -> two units ("và" inside a name is kept when
    the part after it does not start a unit)."""
    pieces: list[str] = []
    for raw in re.split(r"\s*(?:,|;|\n)\s*", text):
        if ctx.directory.find_unit(raw) is not None:
            pieces.append(raw)
            continue
        cuts = [m for m in re.finditer(r"\s+(?:và|and)\s+", raw) if ctx.looks_like_unit(raw[m.end() :])
                and not re.search(r"hdnd$", afold(raw[: m.start()]))]  # "Văn phòng HĐND và UBND quận": one  # fmt: skip
        start = 0
        for m in cuts:
            pieces.append(raw[start : m.start()])
            start = m.end()
        pieces.append(raw[start:])
    return [ctx.unit(p, index) for p in pieces if p.strip(" .;,")]


_NAME_END = re.compile(r"(?:quan|phuong|xa|huyen|tinh|pho|tp|thi tran|ubnd|hdnd|[a-z]+ [a-z]+ uy)$")
#: Verbs that also occur inside units' names ("Ban Quản lý dự án đầu tư xây dựng", "Đội Quản lý trật tự
#: xây dựng đô thị", "Trung tâm Phát triển quỹ đất").
_IN_NAMES = {"xay dung", "quan ly", "phat trien", "kiem tra", "thanh tra", "giam sat", "ho tro", "thu hoi"}


def _verb(ctx: Ctx, text: str) -> int | None:
    """Where the action starts after a list of units ("... Phòng A, Phòng B thực hiện ..."): the first
    action verb written in lower case; a verb that also occurs in names ("xây dựng") only where a name
    can end before it (a capitalised word, "quận", "phường", a unit the directory knows)."""
    folded = afold(text)
    for m in vocab.ACTION_VERB.finditer(" " + folded):
        at = m.start()  # in ``text``: the space before the verb
        verb = m.group().strip()
        word = text[at : at + 1 + len(verb)].strip()
        if not word or word[0].isupper():
            continue
        if verb not in _IN_NAMES:
            return at
        before = text[:at].rstrip(" ,")
        last_word = before.split()[-1] if before.split() else ""
        if (last_word[:1].isupper() or _NAME_END.search(afold(before)) or
                ctx.directory.find_unit(before) is not None):  # fmt: skip
            return at
    return None


def _who(ctx: Ctx, text: str, index: int, out: Assignment) -> None:
    """A lead named by ``text``: people, a unit, or words that name neither."""
    text = text.strip(" ,;:.")
    if not text:
        return
    named = re.match(r"^(.+?)\s*\(([^()]{3,300})\)(?:\s+(?:và|and)\s+(.+)|\s*\n\s*(.+))?$", text)
    if named:  # "Bộ phận Địa chính (đồng chí Nguyễn Đức Thắng)": a unit and the people it is assigned to,
        # then perhaps words naming neither ("... và Thường trực Đảng ủy", "... and all attendees")
        people = [ctx.person(n, index, confidence=0.85) for n in re.split(r"\s*(?:,|;)\s*", named.group(2))]
        if people and all(p is not None for p in people) and not ctx.looks_like_unit(named.group(2)):
            units = split_units(ctx, named.group(1), index)  # people are named after their unit
            if units:
                out.lead, out.coordinating = units[0], units[1:]
            out.people += [p for p in people if p is not None]
            tail = named.group(3) or named.group(4)
            if tail:
                out.assignee_text = tail.strip(" ,;:.")
            return
    folded = afold(text)
    names = [p.strip() for p in re.split(r"\s*(?:;|\n|\s(?:và|and)\s)\s*", text) if p.strip()]
    phrases = [None if ctx.looks_like_unit(n) else ctx.phrase(n) for n in names]
    if phrases and all(
        p is not None and p.end >= len(n.rstrip(" .;,")) for p, n in zip(phrases, names, strict=True)
    ):
        people = [ctx.person(n, index, confidence=0.85) for n in names]
        out.people = [p for p in people if p is not None]
        return
    if re.match(r"^(?:\d+|hai|ba|cac|mot so|nhung)\b", folded) or folded.startswith(("dong chi ", "d/c ")):
        out.assignee_text = text
        return
    units = split_units(ctx, text, index)
    if units:
        out.lead, out.coordinating = units[0], units[1:]


def parse_assignment(ctx: Ctx, text: str, index: int, offset: int = 0) -> Assignment | None:
    """The assignment a sentence makes, or None. ``offset``: where ``text`` starts in the line."""
    folded = afold(text)
    out = Assignment()
    m = vocab.ASSIGN.search(folded)
    lead_end = None
    if m:
        out.start = m.start()
        rest = folded[m.end() :]
        lead = re.search(r"\s*(?:\(lead\)|\bchu tri\b)", rest)
        after = re.match(r"\s*\([^()]{3,300}\)(?:\s+and\s+[^,;]+)?", rest[lead.end() :]) if lead else None
        if lead and lead.start() > 0 and after and lead.group().strip() == "(lead)":
            # "Assigned to Security Office (lead) (Dana Kowalski) and all attendees, with ...": the people
            # and the words after the lead belong to it
            _who(ctx, text[m.end() : m.end() + lead.start()] + text[m.end() + lead.end() :
                                                                     m.end() + lead.end() + after.end()],
                 index, out)  # fmt: skip
            lead_end = m.end() + lead.end() + after.end()
            cut = -1
        elif lead and lead.start() > 0:
            cut = lead.start()
        else:
            verb = _verb(ctx, text[m.end() :])
            stops = [x for x in (verb, rest.find(";") if ";" in rest else None) if x is not None and x > 0]
            if not stops:
                return None
            cut = min(stops)
        if cut >= 0:
            _who(ctx, text[m.end() : m.end() + cut], index, out)
            lead_end = m.end() + cut
    else:
        lead = re.search(r"^(.{3,120}?)\s+chu tri\b", folded)
        owner = re.match(r"^(.{3,60}?)\s+to\s+(?=[a-z])", folded) if ctx.language == "en" else None
        if lead:
            _who(ctx, text[: lead.end(1)], index, out)
            lead_end = lead.end()
        elif owner and ctx.phrase(text[: owner.end(1)]):
            _who(ctx, text[: owner.end(1)], index, out)
            lead_end = owner.end()
        else:
            return None
    coord = vocab.COORDINATE.search(folded, lead_end or 0)
    if coord and coord.start() - (lead_end or 0) < 12:
        rest = folded[coord.end() :]
        verb = _verb(ctx, text[coord.end() :])
        end = min(
            x for x in (verb if verb is not None else len(rest), rest.find(";") if ";" in rest else len(rest))
        )
        out.coordinating += split_units(ctx, text[coord.end() : coord.end() + end], index)
    product = vocab.PRODUCT.search(folded)
    if product:
        out.product = text[product.end() :].strip(" .;")
    tail = text[: product.start()] if product else text
    out.deadline = deadline_of(ctx, tail[lead_end or 0 :], index, offset + (lead_end or 0))
    if out.lead is None and not out.people and not out.assignee_text:
        return None
    return out


#: Where a notice's assignment clause starts after the item it follows ("- Rà soát hồ sơ. Thời hạn: trước
#: ngày 15/04/2021.", "(2) ... . Giao Phòng A chủ trì ...", "- Review the permits. Due 15 April 2021.").
CLAUSE_START = re.compile(
    r"(?<=[.;])\s+(?=(?:giao|assigned to|chua giao don vi chu tri|not yet assigned to a lead unit)\b|"
    r"(?:phoi hop|thoi han|san pham|product)\s*:|(?:with|due)\s)"
)


def clause_assignment(ctx: Ctx, clause: str, index: int, offset: int = 0) -> Assignment | None:
    """The assignment a clause makes: one naming who leads (:func:`parse_assignment`), or - as the notice
    prints a task nobody leads - only coordinating units, a deadline or a product ("Phối hợp: X; thời
    hạn: trước ngày ...", "Thời hạn: trước ngày ...", "Sản phẩm: ...", "With X; due ...", "Due ...")."""
    folded = afold(clause)
    no_lead = vocab.NO_LEAD.match(folded)
    if (
        no_lead
    ):  # the first version's "Chưa giao đơn vị chủ trì; thời hạn trước ngày ...": a task all the same
        return Assignment(deadline=deadline_of(ctx, clause[no_lead.end() :], index, offset + no_lead.end()))
    found = parse_assignment(ctx, clause, index, offset)
    if found is not None:
        return found
    out = Assignment()
    coord = re.match(r"^(?:phoi hop\s*:|with\s)\s*", folded)
    product = vocab.PRODUCT.search(folded)
    if coord:
        end = folded.find(";") if ";" in folded else (product.start() if product else len(folded))
        out.coordinating = split_units(ctx, clause[coord.end() : end], index)
    if product:
        out.product = clause[product.end() :].strip(" .;")
    tail = clause[: product.start()] if product else clause
    out.deadline = deadline_of(ctx, tail, index, offset)
    if not (out.coordinating or out.product or out.deadline):
        return None
    return out


def task_from(ctx: Ctx, text: str, index: int, assignment: Assignment, *, source: tuple[str, int] | None,
              confidence: float = 0.85) -> TaskItem:  # fmt: skip
    return TaskItem(
        text=text.strip(), lead_unit=assignment.lead, coordinating_units=assignment.coordinating,
        assignees=assignment.people, assignee_text=assignment.assignee_text, deadline=assignment.deadline,
        expected_product=assignment.product, source=source, spans=[Span(index)], confidence=confidence,
    )  # fmt: skip


# ------------------------------------------------------------------------------------------------ tables
COLUMNS: dict[str, re.Pattern[str]] = {
    "no": re.compile(r"^(?:stt|tt|so tt|no\.?|#|item)$"),
    "lead": re.compile(
        r"^(?:don vi chu tri|chu tri|don vi thuc hien|nguoi thuc hien|nguoi/don vi thuc hien|"
        r"don vi/nguoi thuc hien|don vi, ca nhan thuc hien|trach nhiem|owner|responsible|lead|"
        r"lead unit|assigned to|phu trach|nguoi phu trach|ca nhan/don vi)"
    ),
    "coord": re.compile(r"^(?:don vi phoi hop|phoi hop|coordinating|support|with|supporting)"),
    "deadline": re.compile(
        r"^(?:thoi han|thoi gian|han|due|deadline|by|target date|tien do|ngay hoan thanh|"
        r"completion)"
    ),
    "product": re.compile(r"^(?:san pham|product|output|deliverable|ket qua)"),
    "note": re.compile(r"^(?:ghi chu|notes?|remarks?|status|muc do uu tien|priority)"),
    "text": re.compile(r"^(?:noi dung|nhiem vu|cong viec|task|action|description|viec can lam)"),
    "name": re.compile(r"^(?:ho va ten|ho ten|name|full name|dai bieu|attendee)"),
    "title": re.compile(r"^(?:chuc vu|chuc danh|title|position|role|designation)"),
    "unit": re.compile(r"^(?:don vi|co quan|organi[sz]ation|company|agency)"),
    "presence": re.compile(r"^(?:co mat|vang|presence|attendance|ly do)"),
}


def columns(ctx: Ctx, table: SourceTable) -> dict[str, int]:
    """Which column holds what, from the header row."""
    if not table.rows:
        return {}
    found: dict[str, int] = {}
    for c, cell in enumerate(table.rows[0]):
        text = afold(" ".join(ctx.lines[i].text for i in cell)).strip(" :")
        for key, pattern in COLUMNS.items():
            if key not in found and pattern.match(text):
                found[key] = c
                break
    return found


def cell_of(ctx: Ctx, row: list[list[int]], cols: dict[str, int], key: str) -> tuple[str, list[int]]:
    """The text of a row's cell in the column holding ``key`` (and its lines)."""
    c = cols.get(key)
    if c is None or c >= len(row):
        return "", []
    return "\n".join(ctx.lines[i].text for i in row[c]), row[c]


def read_task_table(ctx: Ctx, table: SourceTable, cols: dict[str, int]) -> None:
    for row in table.rows[1:]:

        def cell(key: str, row: list[list[int]] = row) -> tuple[str, list[int]]:
            return cell_of(ctx, row, cols, key)

        text, text_lines = cell("text")
        if not text.strip():
            ctx.use(*[i for cells in row for i in cells])
            for i in [i for cells in row for i in cells]:
                ctx.leftover(i)
            continue
        index = text_lines[0]
        out = Assignment()
        lead, lead_lines = cell("lead")
        if lead.strip():
            lead_text = re.sub(r"\s*\((?:chu tri|chủ trì|lead)\)", "", lead, flags=re.I)
            _who(ctx, lead_text, lead_lines[0], out)
        coord, coord_lines = cell("coord")
        if coord.strip():
            out.coordinating += split_units(ctx, coord, coord_lines[0])
        due, due_lines = cell("deadline")
        if due.strip():
            out.deadline = deadline_of(ctx, due.replace("\n", " "), due_lines[0], cue_needed=False)
            if out.deadline is None:
                out.deadline = Deadline("text", due.strip(), spans=[Span(due_lines[0])], confidence=0.5)
        product, _ = cell("product")
        out.product = product.strip()
        task = task_from(ctx, text, index, out, source=None, confidence=0.9)
        task.spans = [Span(i) for cells in row for i in cells]
        task.origin = "table"
        ctx.rec.tasks.append(task)
        note, note_lines = cell("note")
        no, _ = cell("no")
        ctx.use(*[i for cells in row for i in cells])
        if note.strip():
            for i in note_lines:
                ctx.leftover(i, f"{ctx.lines[i].text} ({no.strip() or len(ctx.rec.tasks)})")
    ctx.use(*[i for cells in table.rows[0] for i in cells] if table.rows else [])
