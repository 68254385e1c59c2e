"""Translated display names of the stored enum values (roles, presence, priorities, statuses, kinds).

The values are stable English strings in the database; what a user reads is translated here, in the UI
layer, so the Vietnamese and English screens share one source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes.domain.enums import AttendanceRole, MeetingKind, Presence, Priority
from minutes.domain.status import TaskStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def role_names() -> dict[str, str]:
    return {
        AttendanceRole.CHAIR.value: _t("Chair"),
        AttendanceRole.SECRETARY.value: _t("Secretary"),
        AttendanceRole.PRESENTER.value: _t("Presenter"),
        AttendanceRole.MEMBER.value: _t("Member"),
        AttendanceRole.GUEST.value: _t("Guest"),
    }


def presence_names() -> dict[str, str]:
    return {
        Presence.PRESENT.value: _t("Present"),
        Presence.ABSENT.value: _t("Absent"),
        Presence.LATE.value: _t("Late"),
    }


def priority_names() -> dict[str, str]:
    return {
        Priority.HIGH.value: _t("High"),
        Priority.MEDIUM.value: _t("Medium"),
        Priority.LOW.value: _t("Low"),
    }


def status_names() -> dict[str, str]:
    return {
        TaskStatus.DONE_ON_TIME.value: _t("Done on time"),
        TaskStatus.DONE_LATE.value: _t("Done late"),
        TaskStatus.IN_PROGRESS.value: _t("In progress"),
        TaskStatus.OVERDUE.value: _t("Overdue"),
        TaskStatus.NOT_STARTED.value: _t("Not started"),
        TaskStatus.CANCELLED.value: _t("Cancelled"),
    }


def kind_names() -> dict[str, str]:
    return {
        MeetingKind.WORKING_SESSION.value: _t("Working session"),
        MeetingKind.CONFERENCE.value: _t("Conference"),
        MeetingKind.REGULAR.value: _t("Regular meeting"),
        MeetingKind.EXTRAORDINARY.value: _t("Extraordinary meeting"),
        MeetingKind.OTHER.value: _t("Other"),
    }


def missing_names() -> dict[str, str]:
    """What a task lacks (``TaskDTO.missing``)."""
    return {
        "lead_unit": _t("lead unit"),
        "coordinating_units": _t("coordinating units"),
        "deadline": _t("deadline"),
        "expected_product": _t("expected product"),
    }


def name_of(names: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    return names.get(value, value)
