"""What the task detail lists: progress updates, evidence files and the history of events, as the rows of
the shared :class:`~minutes.ui.models.rows.RowsModel` (ids plus preformatted cells)."""

from __future__ import annotations

from datetime import UTC, date

from PySide6.QtCore import QCoreApplication

from minutes.domain.enums import TaskEventKind
from minutes.services.dto import TaskDetail, TaskEventDTO
from minutes.ui import formatting as fmt
from minutes.ui.models.rows import Row
from minutes.ui.tr import QT_TRANSLATE_NOOP

UPDATE_HEADERS = (
    QT_TRANSLATE_NOOP("TaskHistory", "Date"),
    QT_TRANSLATE_NOOP("TaskHistory", "Done"),
    QT_TRANSLATE_NOOP("TaskHistory", "Note"),
    QT_TRANSLATE_NOOP("TaskHistory", "Evidence"),
    QT_TRANSLATE_NOOP("TaskHistory", "By"),
)
FILE_HEADERS = (
    QT_TRANSLATE_NOOP("TaskHistory", "Reported on"),
    QT_TRANSLATE_NOOP("TaskHistory", "File"),
    QT_TRANSLATE_NOOP("TaskHistory", "Size"),
)
EVENT_HEADERS = (
    QT_TRANSLATE_NOOP("TaskHistory", "When"),
    QT_TRANSLATE_NOOP("TaskHistory", "What"),
    QT_TRANSLATE_NOOP("TaskHistory", "Details"),
    QT_TRANSLATE_NOOP("TaskHistory", "Reason / note"),
    QT_TRANSLATE_NOOP("TaskHistory", "By"),
)

EVENT_NAMES = {
    TaskEventKind.CREATED.value: QT_TRANSLATE_NOOP("TaskHistory", "Assigned"),
    TaskEventKind.UPDATED.value: QT_TRANSLATE_NOOP("TaskHistory", "Edited"),
    TaskEventKind.PROGRESS.value: QT_TRANSLATE_NOOP("TaskHistory", "Progress reported"),
    TaskEventKind.COMPLETED.value: QT_TRANSLATE_NOOP("TaskHistory", "Completed"),
    TaskEventKind.REOPENED.value: QT_TRANSLATE_NOOP("TaskHistory", "Reopened"),
    TaskEventKind.CANCELLED.value: QT_TRANSLATE_NOOP("TaskHistory", "Cancelled"),
    TaskEventKind.DEADLINE_CHANGED.value: QT_TRANSLATE_NOOP("TaskHistory", "Deadline changed"),
}


def _t(text: str) -> str:
    """A text of the tables above (extracted there by lupdate), in the user's language."""
    return QCoreApplication.translate("TaskHistory", text)


def headers(names: tuple[str, ...]) -> list[str]:
    return [_t(name) for name in names]


def size(octets: int) -> str:
    """``2 KB``, ``1,5 MB`` (Vietnamese decimal comma, as numbers elsewhere on screen)."""
    if octets < 1024:
        return f"{octets} B"
    for unit, factor in (("KB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        value = octets / factor
        if value < 1024 or unit == "GB":
            text = f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else f"{value:.0f}"
            return f"{text.replace('.', ',')} {unit}"
    return f"{octets} B"  # pragma: no cover


def update_rows(detail: TaskDetail) -> list[Row]:
    rows = []
    for u in sorted(detail.updates, key=lambda u: (u.update_date, u.id), reverse=True):
        files = ", ".join(a.file_name for a in u.attachments)
        rows.append(
            Row(
                u.id,
                (fmt.day(u.update_date), f"{u.percent}%", fmt.first_line(u.note, 200), files, u.author),
                tips=("", "", u.note, files, ""),
            )
        )
    return rows


def file_rows(detail: TaskDetail) -> list[Row]:
    rows = []
    for u in sorted(detail.updates, key=lambda u: (u.update_date, u.id), reverse=True):
        for a in u.attachments:
            rows.append(
                Row(
                    a.id,
                    (fmt.day(u.update_date), a.file_name, size(a.size)),
                    tips=("", a.file_name, f"{a.media_type}, {a.size} B"),
                )
            )
    return rows


def _iso_day(value: str | None) -> str:
    if not value:
        return QCoreApplication.translate("TaskHistory", "none")
    try:
        return fmt.day(date.fromisoformat(value))
    except ValueError:
        return value


def event_details(e: TaskEventDTO) -> str:
    if e.kind == TaskEventKind.DEADLINE_CHANGED.value:
        return f"{_iso_day(e.old_value)} → {_iso_day(e.new_value)}"
    if e.kind in (TaskEventKind.COMPLETED.value, TaskEventKind.CANCELLED.value):
        return _iso_day(e.new_value)
    if e.kind == TaskEventKind.CREATED.value:
        return (
            QCoreApplication.translate("TaskHistory", "deadline %1").replace("%1", _iso_day(e.new_value))
            if e.new_value
            else ""
        )
    if e.kind == TaskEventKind.PROGRESS.value and e.new_value:
        return f"{e.new_value}%"
    if e.kind == TaskEventKind.REOPENED.value and e.old_value:
        return QCoreApplication.translate("TaskHistory", "was closed on %1").replace(
            "%1", _iso_day(e.old_value)
        )
    return ""


def event_rows(detail: TaskDetail) -> list[Row]:
    rows = []
    for e in sorted(detail.events, key=lambda e: (e.at, e.id), reverse=True):
        local = e.at.replace(tzinfo=UTC).astimezone()  # stored in UTC
        when = f"{fmt.day(local.date())} {local.hour:02d}:{local.minute:02d}"
        name = EVENT_NAMES.get(e.kind)
        rows.append(
            Row(
                e.id,
                (when, _t(name) if name else e.kind, event_details(e), e.note or "", e.actor),
                tips=("", "", "", e.note or "", ""),
            )
        )
    return rows
