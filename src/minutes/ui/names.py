"""Translated display names of the stored enumeration values (meeting kinds, roles, presence, priorities,
task states, meeting status). The values are stable strings in the database; what the user reads is
chosen here, in the user's language, at the moment it is shown.

The English names are marked with ``QT_TRANSLATE_NOOP`` (context "names") so ``pyside6-lupdate``
extracts them; the lookup translates them when called.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from minutes.domain.enums import AttendanceRole, MeetingKind, MeetingStatus, Presence, Priority, SourceKind
from minutes.domain.status import TaskStatus
from minutes.ui.tr import QT_TRANSLATE_NOOP

CONTEXT = "names"

MEETING_KINDS: dict[str, str] = {
    MeetingKind.WORKING_SESSION.value: QT_TRANSLATE_NOOP("names", "Working session"),
    MeetingKind.CONFERENCE.value: QT_TRANSLATE_NOOP("names", "Conference"),
    MeetingKind.REGULAR.value: QT_TRANSLATE_NOOP("names", "Regular meeting"),
    MeetingKind.EXTRAORDINARY.value: QT_TRANSLATE_NOOP("names", "Extraordinary meeting"),
    MeetingKind.OTHER.value: QT_TRANSLATE_NOOP("names", "Other"),
}
MEETING_STATUSES: dict[str, str] = {
    MeetingStatus.DRAFT.value: QT_TRANSLATE_NOOP("names", "Draft"),
    MeetingStatus.FINALISED.value: QT_TRANSLATE_NOOP("names", "Finalised"),
}
ROLES: dict[str, str] = {
    AttendanceRole.CHAIR.value: QT_TRANSLATE_NOOP("names", "Chair"),
    AttendanceRole.SECRETARY.value: QT_TRANSLATE_NOOP("names", "Secretary"),
    AttendanceRole.PRESENTER.value: QT_TRANSLATE_NOOP("names", "Presenter"),
    AttendanceRole.MEMBER.value: QT_TRANSLATE_NOOP("names", "Member"),
    AttendanceRole.GUEST.value: QT_TRANSLATE_NOOP("names", "Guest"),
}
PRESENCE: dict[str, str] = {
    Presence.PRESENT.value: QT_TRANSLATE_NOOP("names", "Present"),
    Presence.ABSENT.value: QT_TRANSLATE_NOOP("names", "Absent"),
    Presence.LATE.value: QT_TRANSLATE_NOOP("names", "Late"),
}
PRIORITIES: dict[str, str] = {
    Priority.HIGH.value: QT_TRANSLATE_NOOP("names", "High"),
    Priority.MEDIUM.value: QT_TRANSLATE_NOOP("names", "Medium"),
    Priority.LOW.value: QT_TRANSLATE_NOOP("names", "Low"),
}
TASK_STATUSES: dict[str, str] = {
    TaskStatus.DONE_ON_TIME.value: QT_TRANSLATE_NOOP("names", "Done on time"),
    TaskStatus.DONE_LATE.value: QT_TRANSLATE_NOOP("names", "Done late"),
    TaskStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("names", "In progress, on schedule"),
    TaskStatus.OVERDUE.value: QT_TRANSLATE_NOOP("names", "Overdue"),
    TaskStatus.NOT_STARTED.value: QT_TRANSLATE_NOOP("names", "Not started"),
    TaskStatus.CANCELLED.value: QT_TRANSLATE_NOOP("names", "Cancelled"),
}
SOURCE_KINDS: dict[str, str] = {
    SourceKind.CONCLUSION.value: QT_TRANSLATE_NOOP("names", "Conclusion"),
    SourceKind.RECOMMENDATION.value: QT_TRANSLATE_NOOP("names", "Recommendation"),
    SourceKind.CONTRIBUTION.value: QT_TRANSLATE_NOOP("names", "Contribution"),
}


def _lookup(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    english = table.get(value)
    return QCoreApplication.translate(CONTEXT, english) if english is not None else value


def meeting_kind(value: str) -> str:
    return _lookup(MEETING_KINDS, value)


def meeting_status(value: str) -> str:
    return _lookup(MEETING_STATUSES, value)


def role(value: str) -> str:
    return _lookup(ROLES, value)


def presence(value: str) -> str:
    return _lookup(PRESENCE, value)


def priority(value: str | int) -> str:
    if isinstance(value, int):
        value = Priority.from_rank(value).value
    return _lookup(PRIORITIES, value)


def task_status(value: str) -> str:
    return _lookup(TASK_STATUSES, value)


def source_kind(value: str | None) -> str:
    return _lookup(SOURCE_KINDS, value)


def choices(enum: type[StrEnum], namer: Callable[[str], str]) -> list[tuple[str, str]]:
    """(value, translated name) pairs of an enumeration in declaration order, for combo boxes."""
    return [(member.value, namer(member.value)) for member in enum]
