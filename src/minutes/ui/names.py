"""Translated display names of the stored enumeration values (meeting kinds, roles, presence, priorities,
task states, meeting status). The values are stable strings in the database; what the user reads is
chosen here, in the user's language, at the moment it is shown."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from minutes.domain.enums import AttendanceRole, MeetingKind, MeetingStatus, Presence, Priority, SourceKind
from minutes.domain.status import TaskStatus

_C = "names"


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def meeting_kind(value: str) -> str:
    names: dict[str, str] = {
        MeetingKind.WORKING_SESSION: _t("Working session"),
        MeetingKind.CONFERENCE: _t("Conference"),
        MeetingKind.REGULAR: _t("Regular meeting"),
        MeetingKind.EXTRAORDINARY: _t("Extraordinary meeting"),
        MeetingKind.OTHER: _t("Other"),
    }
    return names.get(value, value)


def meeting_status(value: str) -> str:
    names: dict[str, str] = {MeetingStatus.DRAFT: _t("Draft"), MeetingStatus.FINALISED: _t("Finalised")}
    return names.get(value, value)


def role(value: str) -> str:
    names: dict[str, str] = {
        AttendanceRole.CHAIR: _t("Chair"),
        AttendanceRole.SECRETARY: _t("Secretary"),
        AttendanceRole.PRESENTER: _t("Presenter"),
        AttendanceRole.MEMBER: _t("Member"),
        AttendanceRole.GUEST: _t("Guest"),
    }
    return names.get(value, value)


def presence(value: str) -> str:
    names: dict[str, str] = {Presence.PRESENT: _t("Present"), Presence.ABSENT: _t("Absent"), Presence.LATE: _t("Late")}
    return names.get(value, value)


def priority(value: str | int) -> str:
    if isinstance(value, int):
        value = Priority.from_rank(value).value
    names: dict[str, str] = {Priority.HIGH: _t("High"), Priority.MEDIUM: _t("Medium"), Priority.LOW: _t("Low")}
    return names.get(value, value)


def task_status(value: str) -> str:
    names: dict[str, str] = {
        TaskStatus.DONE_ON_TIME: _t("Done on time"),
        TaskStatus.DONE_LATE: _t("Done late"),
        TaskStatus.IN_PROGRESS: _t("In progress, on schedule"),
        TaskStatus.OVERDUE: _t("Overdue"),
        TaskStatus.NOT_STARTED: _t("Not started"),
        TaskStatus.CANCELLED: _t("Cancelled"),
    }
    return names.get(value, value)


def source_kind(value: str | None) -> str:
    names: dict[str, str] = {
        SourceKind.CONCLUSION: _t("Conclusion"),
        SourceKind.RECOMMENDATION: _t("Recommendation"),
        SourceKind.CONTRIBUTION: _t("Contribution"),
    }
    return names.get(value or "", value or "")


def choices(enum: type[StrEnum], namer: Callable[[str], str]) -> list[tuple[str, str]]:
    """(value, translated name) pairs of an enumeration in declaration order, for combo boxes."""
    return [(member.value, namer(member.value)) for member in enum]
