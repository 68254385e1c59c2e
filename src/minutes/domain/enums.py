"""Enumerations shared by the database, services, documents and screens.

Values are stable strings (they are stored and written to JSON); display names live in the UI layer so
they can be translated.
"""

from __future__ import annotations

from enum import StrEnum


class MeetingKind(StrEnum):
    WORKING_SESSION = "working_session"
    CONFERENCE = "conference"
    REGULAR = "regular"
    EXTRAORDINARY = "extraordinary"
    OTHER = "other"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINALISED = "finalised"


class AttendanceRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    PRESENTER = "presenter"
    MEMBER = "member"
    GUEST = "guest"


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    LATE = "late"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 1, "medium": 2, "low": 3}[self.value]

    @classmethod
    def from_rank(cls, rank: int) -> Priority:
        return {1: cls.HIGH, 2: cls.MEDIUM, 3: cls.LOW}[rank]


class SourceKind(StrEnum):
    CONCLUSION = "conclusion"
    RECOMMENDATION = "recommendation"
    CONTRIBUTION = "contribution"


class TaskEventKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    PROGRESS = "progress"
    COMPLETED = "completed"
    REOPENED = "reopened"
    CANCELLED = "cancelled"
    DEADLINE_CHANGED = "deadline_changed"
