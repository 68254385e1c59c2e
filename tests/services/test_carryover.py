"""A follow-up meeting of the same body starts with the review of the tasks still open from earlier ones."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from minutes.db.carryover import CarriedTask
from minutes.errors import ValidationError
from minutes.services import Services
from minutes.services.carryover import REVIEW_TITLE


def history(sv: Services) -> dict[str, int]:
    """Two earlier meetings of the Quận ủy, one of another body, one of the Quận ủy after the new date."""
    body = sv.directory.create_unit("Ban Thường vụ Quận ủy Long Biên")
    other_body = sv.directory.create_unit("UBND phường Bồ Đề")
    lead = sv.directory.create_unit("Phòng Quản lý đô thị")
    first = sv.meetings.create(
        "Làm việc với phường Long Biên",
        date(2021, 1, 19),
        organisation_id=body,
        kind="working_session",
        location="Hội trường Quận ủy",
    )
    second = sv.meetings.create("Giao ban tháng 2", date(2021, 2, 15), organisation_id=body)
    elsewhere = sv.meetings.create("Họp UBND phường Bồ Đề", date(2021, 2, 1), organisation_id=other_body)
    later = sv.meetings.create("Giao ban tháng 4", date(2021, 4, 5), organisation_id=body)
    ids = {"body": body, "first": first, "second": second, "elsewhere": elsewhere, "later": later}
    ids["overdue"] = sv.tasks.create(
        first, "Đẩy nhanh giải phóng mặt bằng dự án đường 40m", lead_unit_id=lead, deadline=date(2021, 2, 15)
    )
    ids["progress"] = sv.tasks.create(first, "Rà soát hồ sơ cấp giấy chứng nhận", deadline=date(2021, 6, 30))
    sv.tasks.add_progress(ids["progress"], date(2021, 2, 20), 40, "Đã rà soát 120/300 hồ sơ")
    ids["done"] = sv.tasks.create(first, "Báo cáo thu ngân sách", deadline=date(2021, 2, 1))
    sv.tasks.complete(ids["done"], date(2021, 2, 1))
    ids["cancelled"] = sv.tasks.create(first, "Khảo sát bãi đỗ xe", deadline=date(2021, 3, 1))
    sv.tasks.cancel(ids["cancelled"], "Không còn phù hợp")
    ids["not started"] = sv.tasks.create(second, "Xây dựng kế hoạch\nchỉnh trang đô thị")
    ids["elsewhere task"] = sv.tasks.create(elsewhere, "Việc của phường Bồ Đề")
    ids["later task"] = sv.tasks.create(later, "Việc giao sau")
    return ids


def test_open_tasks_of_the_meeting_itself_or_of_its_series(services: Services, fresh: Services) -> None:
    ids = history(services)
    # by default the earlier meeting's own open tasks, not the whole organisation's
    own = fresh.carryover.open_tasks_for(ids["body"], date(2021, 3, 10), ids["second"])
    assert [r.id for r in own] == [ids["not started"]]
    rows = fresh.carryover.open_tasks_for(ids["body"], date(2021, 3, 10), ids["second"], series=True)
    assert [r.id for r in rows] == [ids["overdue"], ids["progress"], ids["not started"]]
    assert (
        fresh.carryover.open_tasks_for(ids["body"], date(2021, 2, 1), ids["first"], series=True) == rows[:2]
    )
    assert fresh.carryover.open_tasks_for(None, date(2021, 3, 10)) == []


def test_the_proposed_title_is_the_next_one() -> None:
    from minutes.services.carryover import next_title

    assert next_title("Giao ban tháng 2", date(2021, 3, 10)) == "Giao ban tháng 3"
    assert next_title("Giao ban tháng 02/2021", date(2021, 3, 10)) == "Giao ban tháng 3/2021"
    assert next_title("Họp tổ công tác lần 2", date(2021, 3, 10)) == "Họp tổ công tác lần 3"
    assert next_title("Làm việc với phường Long Biên", date(2021, 3, 10)) == (
        "Làm việc với phường Long Biên ngày 10/03/2021"
    )


def test_follow_up_meeting_reviews_the_chosen_open_tasks_in_a_section_of_text(
    services: Services, fresh: Services
) -> None:
    ids = history(services)
    chosen = [ids["overdue"], ids["progress"], ids["not started"]]
    new = services.carryover.start_follow_up_meeting(
        ids["second"], "Giao ban tháng 3", date(2021, 3, 10), chosen, series=True
    )

    meeting = fresh.meetings.get(new)
    assert (meeting.title, meeting.meeting_date) == ("Giao ban tháng 3", date(2021, 3, 10))
    assert meeting.organisation_name == "Ban Thường vụ Quận ủy Long Biên"
    [report] = meeting.reports
    assert report.title == REVIEW_TITLE == "Rà soát việc thực hiện các kết luận trước"
    assert report.figures == []  # a review, not rows of a figures table
    assert report.summary.split("\n") == [
        "Đến ngày 01/03/2021, còn 3 nhiệm vụ được giao tại các cuộc họp trước chưa hoàn "
        "thành: 1 nhiệm vụ quá hạn, 1 nhiệm vụ đang thực hiện trong hạn, 1 nhiệm vụ chưa "
        "thực hiện.",
        "1. Đẩy nhanh giải phóng mặt bằng dự án đường 40m (Chủ trì: Phòng Quản lý đô thị; thời hạn: "
        "15/02/2021; Quá hạn; tiến độ 0%; giao tại cuộc họp ngày 19/01/2021).",
        "2. Rà soát hồ sơ cấp giấy chứng nhận (thời hạn: 30/06/2021; Đang thực hiện trong hạn; tiến độ 40%; "
        "giao tại cuộc họp ngày 19/01/2021).",
        "3. Xây dựng kế hoạch chỉnh trang đô thị (chưa có thời hạn; Chưa thực hiện; tiến độ 0%; giao tại "
        "cuộc họp ngày 15/02/2021).",
    ]

    links = fresh.carryover.links(new)
    assert [(link.report_id, link.figure_id, link.task_id, link.position) for link in links] == [
        (report.id, None, ids["overdue"], 0),
        (report.id, None, ids["progress"], 1),
        (report.id, None, ids["not started"], 2),
    ]
    [seen] = fresh.carryover.reviewed_at(ids["overdue"])
    assert (seen.meeting_id, seen.meeting_title, seen.report_id) == (new, "Giao ban tháng 3", report.id)
    assert fresh.carryover.reviewed_at(ids["done"]) == []
    # the earlier tasks themselves are untouched: they stay with the meeting that assigned them
    assert fresh.tasks.get(ids["overdue"]).task.meeting_id == ids["first"]


def test_only_the_ticked_tasks_are_carried_and_the_title_must_change(
    services: Services, fresh: Services
) -> None:
    ids = history(services)
    with pytest.raises(ValidationError):
        services.carryover.start_follow_up_meeting(
            ids["first"], "Làm việc với phường Long Biên", date(2021, 3, 10)
        )
    new = services.carryover.start_follow_up_meeting(
        ids["first"], "Làm việc lần 2", date(2021, 3, 10), [ids["progress"], ids["elsewhere task"]]
    )
    assert [link.task_id for link in fresh.carryover.links(new)] == [ids["progress"]]  # not another body's


def test_removing_a_review_line_removes_its_link(services: Services, fresh: Services) -> None:
    ids = history(services)
    new = services.carryover.start_follow_up_meeting(
        ids["first"], "Giao ban tháng 3", date(2021, 3, 10), series=True
    )
    assert [link.task_id for link in fresh.carryover.links(new)] == [
        ids["overdue"],
        ids["progress"],
        ids["not started"],
    ]
    services.tasks.delete(ids["progress"])
    assert [link.task_id for link in fresh.carryover.links(new)] == [ids["overdue"], ids["not started"]]
    [report] = fresh.meetings.get(new).reports
    services.items.remove_report(report.id)
    assert fresh.carryover.links(new) == []


def test_a_meeting_without_a_body_carries_its_own_open_tasks(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp tổ công tác", date(2021, 1, 5))
    other = services.meetings.create("Họp tổ khác", date(2021, 1, 6))
    mine = services.tasks.create(meeting, "Chuẩn bị tài liệu")
    services.tasks.create(other, "Việc của tổ khác")
    new = services.carryover.start_follow_up_meeting(meeting, "Họp tổ công tác lần 2", date(2021, 2, 1))
    assert [link.task_id for link in fresh.carryover.links(new)] == [mine]
    assert fresh.meetings.get(new).organisation_name == ""


def test_nothing_open_says_so(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp tổ công tác", date(2021, 1, 5))
    task = services.tasks.create(meeting, "Chuẩn bị tài liệu")
    services.tasks.complete(task, date(2021, 1, 10))
    new = services.carryover.start_follow_up_meeting(meeting, "Họp lần 2", date(2021, 2, 1))
    [report] = fresh.meetings.get(new).reports
    assert report.figures == [] and "đều đã hoàn thành" in report.summary


def test_a_follow_up_before_the_previous_meeting_is_refused_and_nothing_is_written(
    services: Services, fresh: Services
) -> None:
    ids = history(services)
    before = len(fresh.meetings.list_meetings())
    with pytest.raises(ValidationError):
        services.carryover.start_follow_up_meeting(ids["second"], "Giao ban", date(2021, 2, 15))
    with pytest.raises(ValidationError):
        services.carryover.start_follow_up_meeting(ids["second"], "   ", date(2021, 3, 15))
    assert len(fresh.meetings.list_meetings()) == before
    with fresh.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(CarriedTask)) == 0
