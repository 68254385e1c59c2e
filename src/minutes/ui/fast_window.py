"""How the read-only start window words what minutes.ui.fastread read: a meeting in the list, a meeting's
head (general information, attendance, agenda) as the editor shows them in view when a meeting opens.

Plain text and HTML only: the start frame (minutes.ui.launch.StartFrame) shows them while the database
layer is imported; nothing here imports it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from minutes.ui import names
from minutes.ui.fastread import Head, ListRow
from minutes.ui.formatting import clock, day

CONTEXT = "ReadOnlyStart"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when(value_date: object, precision: str) -> str:
    from datetime import date

    assert isinstance(value_date, date)
    if precision == "month":
        return f"{value_date.month:02d}/{value_date.year}"
    return day(value_date)


def list_text(row: ListRow) -> str:
    """Two lines: the date and status, then the title; the organisation and open tasks on a third."""
    first = f"{when(row.meeting_date, row.date_precision)} · {names.meeting_status(row.status)}"
    third = row.organisation_name
    if row.task_count:
        tasks = (
            _tr("%1 of %2 tasks open")
            .replace("%1", str(row.open_task_count))
            .replace("%2", str(row.task_count))
        )
        third = f"{third} · {tasks}" if third else tasks
    return "\n".join(part for part in (first, row.title, third) if part)


def _person(name: str, title: str) -> str:
    return f"{name} ({title})" if name and title else name


def head_html(head: Head) -> str:
    """The meeting's head as a read-only page."""
    times = " – ".join(clock(t) for t in (head.start_time, head.end_time) if t is not None)
    fields = [
        (_tr("Kind"), names.meeting_kind(head.kind)),
        (_tr("Number"), head.reference_number),
        (_tr("Organisation"), head.organisation_name),
        (_tr("Date"), when(head.meeting_date, head.date_precision) + (f", {times}" if times else "")),
        (_tr("Place"), head.location),
        (_tr("Chair"), _person(head.chair_name, head.chair_title)),
        (_tr("Secretary"), _person(head.secretary_name, head.secretary_title)),
        (_tr("Status"), names.meeting_status(head.status)),
    ]
    parts = [f"<h2>{escape(head.title)}</h2>", "<table cellspacing='4'>"]
    for label, value in fields:
        if value:
            parts.append(f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>")
    parts.append("</table>")
    if head.notes:
        parts.append(f"<p>{escape(head.notes)}</p>")
    parts.append(f"<h3>{escape(_tr('Attendance'))} ({len(head.attendance)})</h3><ol>")
    for person in head.attendance:
        who = _person(person.person_name, person.person_title) or (person.group_name or "")
        extra = ", ".join(x for x in (names.role(person.role), names.presence(person.presence)) if x)
        parts.append(f"<li>{escape(who)}" + (f" — {escape(extra)}" if extra else "") + "</li>")
    parts.append("</ol>")
    if head.agenda:
        parts.append(f"<h3>{escape(_tr('Agenda'))}</h3><ol>")
        parts.extend(f"<li>{escape(item)}</li>" for item in head.agenda)
        parts.append("</ol>")
    return "".join(parts)
