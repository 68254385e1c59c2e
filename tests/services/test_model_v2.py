"""The model v2 fields through the services, read back through a fresh connection: the agenda, counts,
votes, month-precise dates, document dates, the next meeting, tasks done at the meeting, figure kinds."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from minutes.domain.deadline import Deadline
from minutes.errors import ValidationError
from minutes.services import Services


def test_agenda_items_and_what_belongs_to_them(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Giao ban", date(2023, 2, 27))
    first = services.agenda.add_item(meeting, "Kinh tế - xã hội")
    second = services.agenda.add_item(meeting, "Trật tự xây dựng")
    services.agenda.move_item(second, 0)
    contribution = services.items.add_contribution(
        meeting, speaker_label="Các ban, ngành", count=2, agenda_item_id=first
    )
    conclusion = services.items.add_conclusion(
        meeting, "Xử lý dứt điểm", kind="directive", agenda_item_id=second
    )
    d = fresh.meetings.get(meeting)
    assert [a.title for a in d.agenda] == ["Trật tự xây dựng", "Kinh tế - xã hội"]
    assert (d.contributions[0].count, d.contributions[0].text, d.contributions[0].agenda_item_id) == (
        2,
        "",
        first,
    )
    assert (d.conclusions[0].kind, d.conclusions[0].agenda_item_id) == ("directive", second)
    other = services.meetings.create("Khác", date(2023, 2, 28))
    other_item = services.agenda.add_item(other, "Khác")
    with pytest.raises(ValidationError, match="another meeting"):
        services.items.update_contribution(contribution, agenda_item_id=other_item)
    with pytest.raises(ValidationError, match="count"):
        services.items.update_contribution(contribution, count=0)
    assert fresh.meetings.get(meeting).contributions[0].agenda_item_id == first
    services.agenda.remove_item(second)
    assert fresh.meetings.get(meeting).conclusions[0].agenda_item_id is None
    assert conclusion


def test_votes_of_a_resolution(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Hội nghị Ban Chấp hành", date(2022, 12, 20))
    resolution = services.items.add_conclusion(
        meeting,
        "Thông qua Nghị quyết",
        kind="resolution",
        votes_for=17,
        votes_against=0,
        votes_abstain=0,
        votes_total=17,
    )
    votes = fresh.meetings.get(meeting).conclusions[0].votes
    assert votes is not None and (votes.votes_for, votes.total) == (17, 17)
    with pytest.raises(ValidationError, match="votes cast"):
        services.items.update_conclusion(resolution, votes_against=2)
    assert fresh.meetings.get(meeting).conclusions[0].votes == votes


def test_a_meeting_known_by_its_month_its_documents_and_the_next_meeting(
    services: Services, fresh: Services
) -> None:
    meeting = services.meetings.create("Phiên họp tháng 3", date(2022, 3, 17), date_precision="month")
    services.meetings.update(
        meeting,
        next_meeting_date=date(2022, 4, 12),
        next_meeting_time=time(8, 0),
        next_meeting_location="Phòng họp",
        next_meeting_note="Thường kỳ tháng 4",
    )
    services.meetings.set_document_date(meeting, "minutes", date(2022, 3, 31))
    d = fresh.meetings.get(meeting)
    assert (d.meeting_date, d.date_precision) == (date(2022, 3, 1), "month")
    assert d.next_meeting is not None and (d.next_meeting.meeting_date, d.next_meeting.start_time) == (
        date(2022, 4, 12),
        time(8, 0),
    )
    assert d.document_dates == {"minutes": date(2022, 3, 31)}
    with pytest.raises(ValidationError, match="before the meeting"):
        services.meetings.set_document_date(meeting, "plan", date(2022, 2, 28))
    with pytest.raises(ValidationError, match="next_meeting_date"):
        services.meetings.update(meeting, next_meeting_date=date(2022, 2, 1))
    services.meetings.set_document_date(meeting, "minutes", None)
    assert fresh.meetings.get(meeting).document_dates == {}


def test_tasks_assigned_to_people_with_period_deadlines_and_done_at_the_meeting(
    services: Services, fresh: Services
) -> None:
    meeting = services.meetings.create("Khởi động dự án", date(2022, 3, 15))
    huy = services.directory.create_person("Đinh Quang Huy", "Giám đốc dự án")
    mai = services.directory.create_person("Bùi Thị Mai", "Trưởng nhóm")
    survey = services.tasks.create(
        meeting,
        "Khảo sát",
        assignee_ids=[huy, mai, huy],
        assignee_text="nhóm khảo sát",
        deadline=Deadline.between(date(2022, 3, 25), date(2022, 4, 30), "cuối tháng 3 và trong tháng 4/2022"),
    )
    done = services.tasks.create(meeting, "Thống nhất danh sách", done_at_meeting=True)
    t = fresh.tasks.get(survey).task
    assert t.assignee_names == ("Đinh Quang Huy", "Bùi Thị Mai") and t.assignee_text == "nhóm khảo sát"
    assert t.deadline == date(2022, 4, 30) and t.deadline_spec is not None and t.deadline_spec.kind == "range"
    assert "lead_unit" not in t.missing  # assigned to people: someone is charged with it
    services.tasks.update(survey, assignee_ids=[mai])
    assert fresh.tasks.get(survey).task.assignee_names == ("Bùi Thị Mai",)
    services.tasks.update(survey, deadline=date(2022, 4, 30))  # the same status date: the period stays
    assert fresh.tasks.get(survey).task.deadline_spec.kind == "range"  # type: ignore[union-attr]
    services.tasks.change_deadline(survey, Deadline.quarter(2022, 2, "quý II/2022"), "Mở rộng phạm vi")
    history = fresh.tasks.get(survey).events
    assert (history[-1].old_value, history[-1].new_value) == ("2022-03-25..2022-04-30", "2022-Q2")
    d = fresh.tasks.get(done).task
    assert d.done_at_meeting and d.completed_on == date(2022, 3, 15) and d.status.is_done
    services.meetings.update(meeting, meeting_date=date(2022, 3, 16))  # a task done at the meeting follows it
    assert fresh.tasks.get(done).task.completed_on == date(2022, 3, 16)
    services.tasks.reopen(done)
    assert not fresh.tasks.get(done).task.done_at_meeting


def test_figure_kinds(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Giao ban", date(2023, 2, 27))
    report = services.items.add_report(meeting, title="Báo cáo")
    amount = services.items.add_figure(report, "Hộ được hỗ trợ", 186, "hộ")
    rank = services.items.add_figure(report, "Chỉ số cải cách hành chính", 3, "", 14, kind="rank")
    change = services.items.add_figure(
        report, "Thu ngân sách", None, "", None, 12, kind="change", compared_to="cùng kỳ"
    )
    services.items.update_figure(amount, percent="87")  # typed into an amount: it follows its shape
    figures = {f.id: f for f in fresh.meetings.get(meeting).reports[0].figures}
    assert figures[amount].kind == "ratio_to_plan" and figures[amount].percent == Decimal(87)
    assert (figures[rank].kind, figures[rank].problems) == ("rank", ())
    assert (figures[change].kind, figures[change].compared_to) == ("change", "cùng kỳ")
    services.items.update_figure(rank, value="3,5")  # a chosen kind stays; what it lacks is reported
    assert fresh.meetings.get(meeting).reports[0].figures[1].problems == ("rank_numbers",)
