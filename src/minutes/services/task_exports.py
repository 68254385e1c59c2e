"""The board's current list, exported: a spreadsheet (XLSX) and the deadlines as a calendar (iCalendar).

Both take the same :class:`TaskFilter` as the screen and read every matching row page by page, so
100,000 tasks never sit in memory at once. Column titles, status and priority names are Vietnamese:
the files are documents, in the language of the office. The iCalendar file is written by hand after
RFC 5545 (CRLF line ends, lines folded at 75 octets without splitting a character, TEXT values escaped,
all-day ``VALUE=DATE`` events, a UID stable per task and per database); no extra library is needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes import fileio
from minutes.domain.enums import Priority
from minutes.domain.status import OFFICIAL_VI, TaskStatus
from minutes.domain.text import normalize_text
from minutes.services.board import BoardRow, BoardService, Cursor, TaskFilter, fmt_day

if TYPE_CHECKING:
    from minutes.services import Services

PRIORITY_VI = {Priority.HIGH: "Cao", Priority.MEDIUM: "Trung bình", Priority.LOW: "Thấp"}

#: (title, width in characters) of the spreadsheet's columns.
XLSX_COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 6),
    ("Nội dung nhiệm vụ", 60),
    ("Đơn vị chủ trì", 28),
    ("Đơn vị phối hợp", 32),
    ("Người phụ trách", 22),
    ("Thời hạn", 12),
    ("Mức độ ưu tiên", 14),
    ("Tình trạng", 24),
    ("Tiến độ", 9),
    ("Ngày hoàn thành", 15),
    ("Sản phẩm", 24),
    ("Cuộc họp", 40),
    ("Ngày họp", 12),
)
DATE_FORMAT = "DD/MM/YYYY"


@dataclass(frozen=True)
class ExportRow:
    row: BoardRow
    text: str  # the whole text
    product: str


def export_rows(board: BoardService, f: TaskFilter, batch: int = 1000) -> Iterator[ExportRow]:
    """Every row of the filter, in the board's order, with the whole text of each task."""
    cursor: Cursor | None = None
    while True:
        rows, cursor = board.page(f, cursor, batch)
        texts = board.texts(r.id for r in rows)
        for r in rows:
            text, product = texts.get(r.id, (r.text, ""))
            yield ExportRow(r, text, product)
        if cursor is None:
            return


# --- XLSX -----------------------------------------------------------------------------------------


def write_xlsx(
    rows: Iterable[ExportRow], path: str | Path, *, sheet_title: str = "Nhiệm vụ", scope: str = ""
) -> int:
    """Write ``rows`` to an XLSX file; returns how many. Header bold and frozen, real dates, widths set;
    ``scope`` (the board's filter in words) goes on a second sheet "Phạm vi" and in the description."""
    # openpyxl costs ~100 ms to import: loaded when a user exports, not at every start.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title)
    for number, (_, width) in enumerate(XLSX_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(number)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title, _ in XLSX_COLUMNS:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = bold
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        header.append(cell)
    ws.append(header)
    try:
        count = _xlsx_rows(ws, rows)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{count + 1}"
        wb.properties.title = "Danh sách nhiệm vụ"
        if scope:
            wb.properties.description = f"Phạm vi: {scope}"
            about = wb.create_sheet("Phạm vi")
            about.column_dimensions["A"].width = 16
            about.column_dimensions["B"].width = 100
            about.append(["Phạm vi", scope])
            about.append(["Số nhiệm vụ", count])
        _replace(path, lambda part: wb.save(str(part)))
    finally:
        if not ws.closed:  # a failed save leaves the sheet's writer open: close it, not the garbage collector
            ws.close()
    return count


def _xlsx_rows(ws: Any, rows: Iterable[ExportRow]) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    wrap = Alignment(vertical="top", wrap_text=True)
    count = 0
    for count, item in enumerate(rows, start=1):
        r = item.row
        text = WriteOnlyCell(ws, value=_cell_text(item.text))
        text.alignment = wrap
        progress = WriteOnlyCell(ws, value=r.progress / 100)
        progress.number_format = "0%"
        ws.append(
            [
                count,
                text,
                r.lead_unit,
                r.coordinating,
                r.assigned,  # the responsible person, the people assigned, a free-text assignee
                _date_cell(ws, r.deadline),
                PRIORITY_VI[r.priority],
                OFFICIAL_VI[r.status],
                progress,
                _date_cell(ws, r.completed_on),
                _cell_text(item.product),
                _meeting_title(r),
                _date_cell(ws, r.meeting_date),
            ]
        )
    return count


def _date_cell(ws: object, value: date | None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None:
        return None
    cell = WriteOnlyCell(ws, value=value)  # type: ignore[arg-type]
    cell.number_format = DATE_FORMAT
    return cell


def _cell_text(value: str) -> str:
    # openpyxl refuses control characters; the stored text is already clean, this guards old data.
    return normalize_text(value)


def _meeting_title(r: BoardRow) -> str:
    prefix = f"{fmt_day(r.meeting_date)} · "
    return r.meeting[len(prefix) :] if r.meeting.startswith(prefix) else r.meeting


# --- iCalendar ------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \\n."""
    text = normalize_text(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n")


def fold_line(line: str, limit: int = 75) -> str:
    """A content line folded after at most ``limit`` octets (RFC 5545 §3.1): the continuation lines
    start with one space, and a multi-byte UTF-8 character is never cut."""
    parts: list[str] = []
    current: list[str] = []
    size, budget = 0, limit
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > budget:
            parts.append("".join(current))
            current, size, budget = [], 0, limit - 1
        current.append(ch)
        size += octets
    parts.append("".join(current))
    return "\r\n ".join(parts)


def ics_event(item: ExportRow, *, stamp: datetime, uid_domain: str) -> list[str]:
    r = item.row
    assert r.deadline is not None
    status_line = f"{OFFICIAL_VI[r.status]} ({r.progress}%)"
    details = [item.text]
    if r.lead_unit:
        details.append(f"Đơn vị chủ trì: {r.lead_unit}")
    if r.coordinating:
        details.append(f"Đơn vị phối hợp: {r.coordinating}")
    if r.assigned:
        details.append(f"Người phụ trách: {r.assigned}")
    if r.deadline_spec is not None and r.deadline_spec.text:
        details.append(f"Thời hạn: {r.deadline_spec.text}")
    if item.product:
        details.append(f"Sản phẩm: {item.product}")
    details.append(f"Tình trạng: {status_line}")
    details.append(f"Cuộc họp: {r.meeting}")
    return [
        "BEGIN:VEVENT",
        f"UID:{task_uid(r.id, uid_domain)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;VALUE=DATE:{r.deadline.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(r.deadline + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape_text('Hạn: ' + r.text)}",
        f"DESCRIPTION:{escape_text(chr(10).join(details))}",
        f"CATEGORIES:{escape_text(OFFICIAL_VI[r.status])}",
        f"STATUS:{'CANCELLED' if r.status is TaskStatus.CANCELLED else 'CONFIRMED'}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def task_uid(task_id: int, uid_domain: str) -> str:
    return f"task-{task_id}@{uid_domain}"


def ics_text(
    rows: Iterable[ExportRow],
    *,
    stamp: datetime,
    uid_domain: str,
    calendar_name: str = "Hạn nhiệm vụ",
    scope: str = "",
) -> tuple[str, int]:
    """The calendar (tasks without a deadline are left out) and how many events it holds."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Minutes//Task board//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    if scope:
        lines.append(f"X-WR-CALDESC:{escape_text('Phạm vi: ' + scope)}")
    count = 0
    for item in rows:
        if item.row.deadline is None:
            continue
        lines.extend(ics_event(item, stamp=stamp, uid_domain=uid_domain))
        count += 1
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines), count


def write_ics(
    rows: Iterable[ExportRow],
    path: str | Path,
    *,
    uid_domain: str,
    stamp: datetime | None = None,
    scope: str = "",
) -> int:
    text, count = ics_text(rows, stamp=stamp or datetime.now(UTC), uid_domain=uid_domain, scope=scope)
    _replace(path, lambda part: part.write_bytes(text.encode("utf-8")))
    return count


def _replace(path: str | Path, write: Callable[[Path], object]) -> None:
    """Write beside ``path`` then move into place (minutes.fileio): an interrupted export leaves no half
    file and the previous one intact; a disk or permission problem is the user's to fix."""
    fileio.write_with(path, write)


# --- the use cases --------------------------------------------------------------------------------


def export_xlsx(board: BoardService, f: TaskFilter, path: str | Path, *, scope: str = "") -> int:
    """The board's list for ``f`` as a spreadsheet; returns the number of tasks written."""
    return write_xlsx(export_rows(board, f), path, scope=scope)


def export_ics(
    board: BoardService, f: TaskFilter, path: str | Path, stamp: datetime | None = None, *, scope: str = ""
) -> int:
    """The deadlines of the board's list for ``f`` as an iCalendar file; returns the number of events."""
    domain = f"{board.database_id()[:16]}.minutes.invalid"
    return write_ics(export_rows(board, f), path, uid_domain=domain, stamp=stamp, scope=scope)


def filter_scope(services: Services, f: TaskFilter) -> str:
    """The board's filter in the documents' words ("tình trạng: Quá hạn; đơn vị: ..."), so an exported
    list says which tasks it covers; every criterion is named, none left for the reader to guess."""
    from minutes.errors import UserError

    def named(get: Callable[[int], str], ids: tuple[int, ...]) -> str:
        out = []
        for ident in ids:
            try:
                out.append(get(ident))
            except UserError:  # deleted meanwhile: its number still says a filter was on
                out.append(f"#{ident}")
        return ", ".join(out)

    parts: list[str] = []
    if f.statuses:
        order = list(OFFICIAL_VI)
        parts.append("tình trạng: " + ", ".join(OFFICIAL_VI[s] for s in sorted(f.statuses, key=order.index)))
    if f.unit_ids:
        units = named(lambda i: services.directory.get_unit(i).name, f.unit_ids)
        parts.append(f"đơn vị chủ trì: {units}" if f.lead_only else f"đơn vị chủ trì hoặc phối hợp: {units}")
    if f.person_ids:
        parts.append(
            "người phụ trách: " + named(lambda i: services.directory.get_person(i).full_name, f.person_ids)
        )
    if f.meeting_ids:

        def meeting(i: int) -> str:
            mt = services.meetings.get(i)
            return f"{fmt_day(mt.meeting_date)} {mt.title}"

        parts.append("cuộc họp: " + named(meeting, f.meeting_ids))
    if f.priorities:
        parts.append(
            "mức độ ưu tiên: "
            + ", ".join(PRIORITY_VI[p] for p in sorted(f.priorities, key=list(Priority).index))
        )
    if f.overdue_only and f.due_within_days is not None:
        parts.append(f"quá hạn hoặc đến hạn trong {f.due_within_days} ngày")
    elif f.overdue_only:
        parts.append("chỉ nhiệm vụ quá hạn")
    elif f.due_within_days is not None:
        parts.append(f"đến hạn trong {f.due_within_days} ngày")
    if f.deadline_from and f.deadline_to:
        parts.append(f"thời hạn từ ngày {fmt_day(f.deadline_from)} đến ngày {fmt_day(f.deadline_to)}")
    elif f.deadline_from:
        parts.append(f"thời hạn từ ngày {fmt_day(f.deadline_from)}")
    elif f.deadline_to:
        parts.append(f"thời hạn đến ngày {fmt_day(f.deadline_to)}")
    if f.text.strip():
        parts.append(f"nội dung có “{f.text.strip()}”")
    return "; ".join(parts) if parts else "tất cả nhiệm vụ (không lọc)"


def status_report_text(f: TaskFilter, unit_name: str = "") -> tuple[str, str]:
    """(subject, period) of the status report of a board filter, in the document's language."""
    subject = "Tình hình thực hiện nhiệm vụ"
    if unit_name:
        subject += f" {'do' if f.lead_only else 'của'} {unit_name}{' chủ trì' if f.lead_only else ''}"
    period = ""
    if f.deadline_from and f.deadline_to:
        period = f"Nhiệm vụ có thời hạn từ ngày {fmt_day(f.deadline_from)} đến ngày {fmt_day(f.deadline_to)}"
    elif f.deadline_from:
        period = f"Nhiệm vụ có thời hạn từ ngày {fmt_day(f.deadline_from)}"
    elif f.deadline_to:
        period = f"Nhiệm vụ có thời hạn đến ngày {fmt_day(f.deadline_to)}"
    return subject, period


def export_status_report(
    services: Services,
    f: TaskFilter,
    path: str | Path,
    *,
    unit_name: str = "",
    as_pdf: bool = False,
    dated: date | None = None,
) -> int:
    """The documents' task status report (báo cáo tình hình thực hiện nhiệm vụ) of the board's filter,
    under the default organisation profile (:class:`~minutes.errors.NoProfile` when none is set up);
    returns the number of tasks it covers. The report is dated ``dated`` (default: the day it is
    made, the day the board shows) and counts to that same date, which it prints."""
    from minutes.export.documents import export_tasks_report  # python-docx only when a report is asked

    profile = services.profile.stored_default().data
    day = dated or services.db.today()
    tasks = services.board.task_dtos(f)
    subject, period = status_report_text(f, unit_name)
    export_tasks_report(tasks, profile, path, subject=subject, period=period, as_of=day, issued_on=day,
                        as_pdf=as_pdf, scope=filter_scope(services, f))  # fmt: skip
    return len(tasks)


__all__ = [
    "ExportRow",
    "escape_text",
    "export_ics",
    "export_rows",
    "export_status_report",
    "export_xlsx",
    "filter_scope",
    "fold_line",
    "ics_text",
    "status_report_text",
    "write_ics",
    "write_xlsx",
]
