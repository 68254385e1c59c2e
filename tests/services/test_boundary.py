"""Text is stored NFC and clean whatever the input method sent; every change is audited and versioned."""

import json
import unicodedata
from datetime import date

import pytest
from sqlalchemy import select

from minutes.db import models as m
from minutes.errors import ConflictError, ValidationError
from minutes.services import Services


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_nfd_and_control_characters_are_stored_as_clean_nfc(services: Services, fresh: Services) -> None:
    unit = services.directory.create_unit(nfd("Đảng ủy phường Long Biên"))
    person = services.directory.create_person(
        nfd("Nguyễn Ngọc Phan"), nfd("Quận ủy viên, Bí thư Đảng ủy phường"), unit
    )
    meeting = services.meetings.create(
        nfd("Làm việc với phường"), date(2021, 1, 19), location=nfd("Phòng họp 1")
    )
    contribution = services.items.add_contribution(
        meeting, speaker_id=person, text=nfd("Ý kiến thứ nhất\x0bdòng hai\x00") + "\u2029" + nfd("đoạn ba")
    )
    detail = fresh.meetings.get(meeting)
    assert detail.title == "Làm việc với phường"
    assert unicodedata.is_normalized("NFC", detail.title)
    assert detail.location == "Phòng họp 1"
    c = detail.contributions[0]
    assert c.id == contribution
    assert c.text == "Ý kiến thứ nhất\ndòng hai\nđoạn ba"
    assert c.speaker_name == "Nguyễn Ngọc Phan" and len(c.speaker_name) == len("Nguyễn Ngọc Phan")
    # and it is found without accents
    assert [p.full_name for p in fresh.directory.find_people("nguyen ngoc phan")] == ["Nguyễn Ngọc Phan"]
    assert [p.full_name for p in fresh.directory.find_people("DANG UY")] == ["Nguyễn Ngọc Phan"]


def test_nfc_guard_also_covers_writes_that_bypass_the_cleaners(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    with services.meetings.uow() as s:  # e.g. an importer or a migration writing directly
        s.get(m.Meeting, meeting).notes = nfd("Ghi chú có dấu: Đường Hoài Nam")  # type: ignore[union-attr]
    assert fresh.meetings.get(meeting).notes == "Ghi chú có dấu: Đường Hoài Nam"


def test_every_change_is_in_the_audit_trail_with_the_actor(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    services.meetings.update(meeting, location="Phòng họp 2")
    services.meetings.delete(meeting)
    with fresh.meetings.uow() as s:
        rows = s.scalars(select(m.AuditEntry).where(m.AuditEntry.entity == "meetings")).all()
    assert [r.action for r in rows] == ["insert", "update", "delete"]
    assert {r.actor for r in rows} == {"Thư ký"}
    assert json.loads(rows[1].changes) == {"location": ["", "Phòng họp 2"]}


def test_a_stale_version_is_a_conflict_and_nothing_is_written(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    version = services.meetings.get(meeting).version
    fresh.meetings.update(meeting, title="Sửa bởi người khác")
    with pytest.raises(ConflictError):
        services.meetings.update(meeting, expected_version=version, title="Sửa của tôi")
    assert fresh.meetings.get(meeting).title == "Sửa bởi người khác"


def test_a_deadline_before_the_meeting_is_refused_with_a_clear_message(services: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    with pytest.raises(ValidationError) as info:
        services.tasks.create(meeting, "Việc", deadline=date(2021, 1, 18))
    assert "before the meeting" in info.value.message
    assert services.tasks.list_for_meeting(meeting) == []


def test_task_lifecycle_and_history(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    lead = services.directory.create_unit("UBND phường Long Biên")
    other = services.directory.create_unit("Phòng Quản lý đô thị")
    conclusion = services.items.add_conclusion(meeting, "Tập trung giải phóng mặt bằng")
    task = services.tasks.create(
        meeting,
        "Giải phóng mặt bằng dự án A",
        source_kind="conclusion",
        source_id=conclusion,
        lead_unit_id=lead,
        coordinating_unit_ids=[other, lead],
        deadline=date(2021, 2, 28),
        priority="high",
        expected_product="Báo cáo",
    )
    services.tasks.add_progress(
        task,
        date(2021, 2, 1),
        40,
        "Đã kiểm đếm",
        attachments=[
            __import__("minutes.services", fromlist=["NewAttachment"]).NewAttachment(
                "bien-ban.pdf", b"%PDF-1.4 test"
            )
        ],
    )
    with pytest.raises(ValidationError):
        services.tasks.change_deadline(task, date(2021, 3, 31), "")
    services.tasks.change_deadline(task, date(2021, 3, 31), "Chờ phê duyệt phương án")
    services.tasks.complete(task, date(2021, 4, 1))
    detail = fresh.tasks.get(task)
    assert detail.task.status.value == "done_late"
    assert detail.task.coordinating_unit_names == (
        "Phòng Quản lý đô thị",
    )  # the lead is not also a coordinator
    assert detail.source_text == "Tập trung giải phóng mặt bằng"
    assert [e.kind for e in detail.events] == ["created", "progress", "deadline_changed", "completed"]
    assert detail.events[2].note == "Chờ phê duyệt phương án" and detail.events[2].old_value == "2021-02-28"
    (update,) = detail.updates
    assert update.percent == 40 and update.attachments[0].file_name == "bien-ban.pdf"
    name, media, data = fresh.tasks.attachment(update.attachments[0].id)
    assert (name, media, data) == ("bien-ban.pdf", "application/pdf", b"%PDF-1.4 test")
    reopened = services.tasks.reopen(task, "Chưa đạt yêu cầu")
    assert reopened.status.value == "in_progress" and reopened.progress == 40  # deadline 31/3, today 1/3
