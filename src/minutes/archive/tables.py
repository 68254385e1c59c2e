"""Tables of the body read whole: tasks (STT | Nội dung | Chủ trì | ...), attendees (Họ và tên | Chức vụ |
...), signatures (each column one signature, "Nơi nhận" beside). Any other table is read line by line."""

from __future__ import annotations

import re

from minutes.archive import closing
from minutes.archive.context import Ctx
from minutes.archive.items import State
from minutes.archive.model import Attendee, Span
from minutes.archive.people import split_attendee_notes
from minutes.archive.source import SourceTable
from minutes.archive.tasks import cell_of, columns, read_task_table
from minutes.archive.textutil import afold


def root(ctx: Ctx, table: int) -> int:
    while ctx.doc.tables[table].parent >= 0:
        table = ctx.doc.tables[table].parent
    return table


def read_table(ctx: Ctx, st: State, index: int) -> bool:
    """Read a whole table when it is one of tasks, attendees or signatures; False: read its lines."""
    table = ctx.doc.tables[index]
    cols = columns(ctx, table)
    if "text" in cols and ("lead" in cols or "deadline" in cols):
        read_task_table(ctx, table, cols)
        st.section = "tasks"
        return True
    if "name" in cols:
        attendee_table(ctx, table, cols)
        st.section = "attendance"
        return True
    if closing.is_signature_table(ctx, table) and st.section not in ("preamble",):
        closing.signature_cells(ctx, table)
        st.section = "closing"
        return True
    return False


def attendee_table(ctx: Ctx, table: SourceTable, cols: dict[str, int]) -> None:
    for row in table.rows[1:]:

        def cell(key: str, row: list[list[int]] = row) -> str:
            return cell_of(ctx, row, cols, key)[0].strip()

        name = re.sub(r"^(?:đồng chí|đ/c|ông|bà|mr\.?|ms\.?|mrs\.?)\s+", "", cell("name"), flags=re.I)
        indices = [i for cells in row for i in cells]
        ctx.use(*indices)
        if not name:
            for i in indices:
                ctx.leftover(i)
            continue
        title = ", ".join(x for x in (cell("title"), cell("unit")) if x)
        presence = cell("presence") or cell("note")
        notes = split_attendee_notes(f"x ({presence})" if presence else "x", False)
        absent = notes.presence == "absent" or afold(presence) in ("vang", "absent", "x vang")
        person = ctx.person_named(name, title, indices[0], confidence=0.9)
        if not ctx.phrase(name, at_start=True) and not ctx.known(afold(name)):
            person.confidence = 0.7
        presence_word = afold(presence)
        ctx.rec.attendees.append(Attendee(
            person=person, presence="absent" if absent else notes.presence,
            absence_reason=notes.reason if absent else None,
            note=presence if presence and not absent and presence_word not in ("co mat", "x", "present", "yes") and
            notes.presence != "late" else None,
            spans=[Span(i) for i in indices], confidence=person.confidence,
        ))  # fmt: skip
    ctx.use(*[i for cells in table.rows[0] for i in cells])


# ---------------------------------------------------------------------------------------------- lines
