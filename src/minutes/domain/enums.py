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


class DatePrecision(StrEnum):
    """How much of a meeting's date is known: the day, or only the month ("tháng 01/2023")."""

    DAY = "day"
    MONTH = "month"


class ConclusionKind(StrEnum):
    """What a conclusion of the meeting is; the conclusion notice is structured by these."""

    GENERAL = "general"  # not classified (every conclusion made before kinds existed)
    ASSESSMENT = "assessment"  # đánh giá: strengths, shortcomings
    DIRECTIVE = "directive"  # chỉ đạo: what is to be done
    DECISION = "decision"  # quyết định (may carry a vote)
    RESOLUTION = "resolution"  # nghị quyết, biểu quyết thông qua (may carry a vote)

    @property
    def takes_votes(self) -> bool:
        return self in (ConclusionKind.DECISION, ConclusionKind.RESOLUTION)


class FigureKind(StrEnum):
    """How a report's figure is stated, which decides how it is printed (see minutes.domain.figures)."""

    AMOUNT = "amount"  # 12 dự án; 18/18 chi bộ
    RATIO_TO_PLAN = "ratio_to_plan"  # 19.885.177.001 đồng, đạt 87% (kế hoạch)
    CHANGE = "change"  # tăng 12% so với cùng kỳ
    RANK = "rank"  # xếp thứ 3/11
    SHARE = "share"  # tỷ lệ / chiếm 91,95%


class DocumentKind(StrEnum):
    """The documents exported for a meeting (each may carry its own document date)."""

    MINUTES = "minutes"  # biên bản
    CONCLUSION = "conclusion"  # thông báo kết luận
    PLAN = "plan"  # kế hoạch theo biểu ngang
    REPORT = "report"  # báo cáo tình hình thực hiện
