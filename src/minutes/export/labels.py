"""The fixed words of the documents: Vietnamese for the state and Party families, English for plain.

The documents are in the document's language whatever the language of the screens, so these are not Qt
translations: an office printing a Vietnamese biên bản from an English user interface still files a
Vietnamese biên bản. Both tables have the same keys (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping

from minutes.domain.enums import Priority
from minutes.domain.status import OFFICIAL_VI, TaskStatus
from minutes.export.vnformat import Family

VI: Mapping[str, str] = {
    "minutes": "BIÊN BẢN",
    "conclusion": "THÔNG BÁO",
    "plan": "KẾ HOẠCH",
    "report": "BÁO CÁO",
    "nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "motto": "Độc lập - Tự do - Hạnh phúc",
    "party": "ĐẢNG CỘNG SẢN VIỆT NAM",
    "start": "Thời gian bắt đầu: ",
    "place": "Địa điểm: ",
    "attendance": "Thành phần tham dự:",
    "absent": "Vắng mặt:",
    "absent_reason": "lý do: ",
    "late": "đến muộn",
    "chair": "Chủ trì (chủ tọa): ",
    "secretary": "Thư ký (người ghi biên bản): ",
    "content": "Nội dung (theo diễn biến cuộc họp):",
    "reports": "Báo cáo",
    "presents": " trình bày ",
    "figures": "Một số kết quả chủ yếu:",
    "reached": "đạt ",
    "contributions": "Ý kiến phát biểu",
    "spoke": "phát biểu",
    "conclusions": "Kết luận của chủ trì",
    "concludes": " kết luận:",
    "adopted": "Quyết định, nghị quyết:",
    "agenda": "Chương trình:",
    "other_business": "Nội dung khác",
    "agenda_group": "Nội dung {n}: {title}",
    "other_tasks": "Nhiệm vụ khác",
    "done_at_meeting": "Đã thực hiện tại cuộc họp",
    "recommendations": "Kiến nghị, đề xuất",
    "response": "Ý kiến trả lời: ",
    "tasks": "Nhiệm vụ được giao",
    "meeting_word": "Cuộc họp",
    "conference_word": "Hội nghị",
    "ends": " kết thúc vào ",
    "hour": "giờ",
    "end_mark": "./.",
    "recipients": "Nơi nhận:",
    "col_no": "STT",
    "col_task": "Nội dung nhiệm vụ",
    "col_lead": "Đơn vị chủ trì",
    "col_coord": "Đơn vị phối hợp",
    "col_deadline": "Thời hạn",
    "col_due": "Thời gian hoàn thành",
    "col_product": "Sản phẩm",
    "col_priority": "Mức độ ưu tiên",
    "col_note": "Ghi chú",
    "col_total": "Tổng số",
    "col_days_late": "Số ngày quá hạn",
    "col_progress": "Tiến độ (%)",
    "col_meeting": "Giao tại",
    "total_row": "Tổng cộng",
    "no_lead_recorded": "Không ghi đơn vị chủ trì",
    "source_conclusion": "Kết luận {n}",
    "source_recommendation": "Kiến nghị {n}",
    "source_contribution": "Ý kiến {n}",
    "working_session": "buổi làm việc",
    "conference": "hội nghị",
    "regular": "cuộc họp thường kỳ",
    "extraordinary": "cuộc họp bất thường",
    "other": "cuộc họp",
    "priority_high": "Cao",
    "priority_medium": "Trung bình",
    "priority_low": "Thấp",
    "priority_group": "Nhóm {roman}: mức độ ưu tiên {name} ({count} nhiệm vụ)",
}

EN: Mapping[str, str] = {
    "minutes": "MINUTES",
    "conclusion": "CONCLUSION NOTICE",
    "plan": "TASK PLAN",
    "report": "TASK STATUS REPORT",
    "nation": "",
    "motto": "",
    "party": "",
    "start": "Start: ",
    "place": "Venue: ",
    "attendance": "Attendance:",
    "absent": "Absent:",
    "absent_reason": "reason: ",
    "late": "arrived late",
    "chair": "Chair: ",
    "secretary": "Secretary (minute-taker): ",
    "content": "Proceedings:",
    "reports": "Report",
    "presents": " presented ",
    "figures": "Key figures:",
    "reached": "",
    "contributions": "Contributions",
    "spoke": "spoke",
    "conclusions": "Conclusions of the chair",
    "concludes": " concluded:",
    "adopted": "Decisions and resolutions:",
    "agenda": "Agenda:",
    "other_business": "Other business",
    "agenda_group": "Item {n}: {title}",
    "other_tasks": "Other tasks",
    "done_at_meeting": "Done at the meeting",
    "recommendations": "Recommendations",
    "response": "Response: ",
    "tasks": "Tasks assigned",
    "meeting_word": "The meeting",
    "conference_word": "The conference",
    "ends": " closed at ",
    "hour": "",
    "end_mark": ".",
    "recipients": "Distribution:",
    "col_no": "No.",
    "col_task": "Task",
    "col_lead": "Lead unit",
    "col_coord": "Coordinating units",
    "col_deadline": "Deadline",
    "col_due": "Due",
    "col_product": "Product",
    "col_priority": "Priority",
    "col_note": "Notes",
    "col_total": "Total",
    "col_days_late": "Days overdue",
    "col_progress": "Progress (%)",
    "col_meeting": "Assigned at",
    "total_row": "Total",
    "no_lead_recorded": "No lead unit recorded",
    "source_conclusion": "Conclusion {n}",
    "source_recommendation": "Recommendation {n}",
    "source_contribution": "Contribution {n}",
    "working_session": "working session",
    "conference": "conference",
    "regular": "regular meeting",
    "extraordinary": "extraordinary meeting",
    "other": "meeting",
    "priority_high": "High",
    "priority_medium": "Medium",
    "priority_low": "Low",
    "priority_group": "Group {roman}: {name} priority ({count} tasks)",
}

STATUS_EN: Mapping[TaskStatus, str] = {
    TaskStatus.DONE_ON_TIME: "Done on time",
    TaskStatus.DONE_LATE: "Done late",
    TaskStatus.IN_PROGRESS: "In progress, on schedule",
    TaskStatus.OVERDUE: "Overdue",
    TaskStatus.NOT_STARTED: "Not started",
    TaskStatus.CANCELLED: "Cancelled",
}

#: The order of the status columns of the report: the four official states, then the two others.
STATUS_ORDER: tuple[TaskStatus, ...] = (
    TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE,
    TaskStatus.NOT_STARTED, TaskStatus.CANCELLED,
)  # fmt: skip


def words(family: Family) -> Mapping[str, str]:
    return EN if family == "plain" else VI


def status_name(status: TaskStatus, family: Family) -> str:
    return STATUS_EN[status] if family == "plain" else OFFICIAL_VI[status]


def priority_name(priority: str, family: Family) -> str:
    try:
        value = Priority(priority).value
    except ValueError:
        return priority
    return words(family)[f"priority_{value}"]


def roman(n: int) -> str:
    """1 -> I, 4 -> IV, 12 -> XII (section numbers of the documents)."""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)
