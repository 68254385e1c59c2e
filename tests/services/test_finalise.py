"""Finalised minutes (issue 13, item 4): locked, digested, amended with a reason into a new version, every
version readable and printable, and ``verify`` names a meeting changed behind the application's back."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from minutes.errors import MeetingLocked, NotPermitted, ValidationError
from minutes.services import Actor, Services
from minutes.services.finalise import canonical_json, digest_of

LEADER = Actor("Chủ trì", "leader")


def leader_of(services: Services) -> Services:
    return Services(services.db, LEADER)


def test_finalise_records_digest_and_locks(any_services: Services, any_fresh: Services) -> None:
    meeting_id = any_services.demo.load()
    before = any_services.meetings.get(meeting_id)
    info = leader_of(any_services).finalise.finalise(meeting_id, expected_version=before.version)
    assert info.number == 1 and info.finalised_by == "Chủ trì" and len(info.digest or "") == 64

    # read back through another connection
    [stored] = any_fresh.finalise.versions(meeting_id)
    assert stored.digest == info.digest and stored.finalised_at is not None
    again, document = any_fresh.finalise.version_document(meeting_id)
    assert digest_of(canonical_json(document)) == info.digest
    assert any_fresh.meetings.get(meeting_id).status == "finalised"
    assert any_fresh.finalise.verify() == []

    detail = any_fresh.meetings.get(meeting_id)
    contribution = detail.contributions[0]
    with pytest.raises(MeetingLocked):
        any_services.items.update_contribution(contribution.id, text="Sửa sau khi đã ký")
    with pytest.raises(MeetingLocked):
        any_services.meetings.update(meeting_id, location="")
    with pytest.raises(MeetingLocked):
        any_services.items.add_conclusion(meeting_id, "Kết luận thêm")
    with pytest.raises(MeetingLocked):
        any_services.items.remove_recommendation(detail.recommendation_groups[0].items[0].id)
    with pytest.raises(MeetingLocked):
        any_services.meetings.delete(meeting_id)
    task = detail.tasks[0]
    with pytest.raises(MeetingLocked):
        any_services.tasks.update(task.id, text="Nhiệm vụ khác")
    after = any_fresh.meetings.get(meeting_id)
    assert after.contributions[0].text == contribution.text and after.location == before.location
    assert len(after.conclusions) == len(before.conclusions)

    # task tracking goes on after the minutes are finalised
    any_services.tasks.add_progress(task.id, date(2021, 2, 1), 50, "Đang triển khai")
    assert any_fresh.tasks.get(task.id).task.progress == 50
    assert any_fresh.finalise.verify() == []


def test_only_leaders_finalise_and_amend(services: Services) -> None:
    meeting_id = services.demo.load()
    with pytest.raises(NotPermitted):
        services.finalise.finalise(meeting_id)
    leader_of(services).finalise.finalise(meeting_id)
    with pytest.raises(NotPermitted):
        services.finalise.amend(meeting_id, "Sửa chức danh")
    with pytest.raises(ValidationError):
        leader_of(services).finalise.amend(meeting_id, "   ")


def test_amendment_keeps_the_old_version_readable_and_printable(services: Services, fresh: Services) -> None:
    meeting_id = services.demo.load()
    leader = leader_of(services)
    leader.finalise.finalise(meeting_id)
    original = services.meetings.get(meeting_id).contributions[0]
    opened = leader.finalise.amend(meeting_id, "Bổ sung ý kiến của đồng chí Phó Chủ tịch")
    assert opened.number == 2 and opened.open
    services.items.update_contribution(original.id, text="Nội dung đã sửa theo biên bản bổ sung.")
    second = leader.finalise.finalise(meeting_id)
    assert second.number == 2 and second.reason == "Bổ sung ý kiến của đồng chí Phó Chủ tịch"

    versions = fresh.finalise.versions(meeting_id)
    assert [v.number for v in versions] == [1, 2] and versions[0].digest != versions[1].digest
    _, first = fresh.finalise.version_document(meeting_id, 1)
    assert first["meeting"]["contributions"][0]["text"] == original.text
    printed_v1, info = fresh.finalise.printed_meeting(meeting_id, 1)
    assert info is not None and info.number == 1
    assert printed_v1.contributions[0].text == original.text
    printed_now, info = fresh.finalise.printed_meeting(meeting_id)
    assert info is not None and info.number == 2
    assert printed_now.contributions[0].text == "Nội dung đã sửa theo biên bản bổ sung."
    assert fresh.finalise.verify() == []


def test_verify_names_a_meeting_changed_in_the_database(any_services: Services, backend_url: str) -> None:
    meeting_id = any_services.demo.load()
    other = any_services.demo.load()
    leader_of(any_services).finalise.finalise(meeting_id)
    leader_of(any_services).finalise.finalise(other)
    target = any_services.meetings.get(meeting_id).contributions[3].id

    url = backend_url if "://" in backend_url else f"sqlite:///{backend_url}"
    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(
            text("UPDATE contributions SET text = 'Đã bị sửa ngoài ứng dụng' WHERE id = :i"), {"i": target}
        )
    engine.dispose()

    found = any_services.finalise.verify()
    assert [(f.meeting_id, f.kind) for f in found] == [(meeting_id, "records")]
    assert found[0].version == 1

    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(
            text(
                "UPDATE meeting_versions SET content = replace(content, 'Đường Hoài Nam', 'Đường Văn Nam') WHERE meeting_id = :i"
            ),
            {"i": other},
        )
    engine.dispose()
    kinds = {(f.meeting_id, f.kind) for f in any_services.finalise.verify()}
    assert (other, "content") in kinds


def test_a_meeting_imported_as_finalised_is_locked_and_verifiable(
    services: Services, fresh: Services
) -> None:
    data = json.loads(json.dumps(services.interchange.dump(services.demo.load())))
    data["meeting"]["status"] = "finalised"
    copy_id = services.interchange.import_data(data)
    [version] = fresh.finalise.versions(copy_id)
    assert version.number == 1 and version.digest
    assert fresh.finalise.verify(copy_id) == []
    with pytest.raises(MeetingLocked):
        services.meetings.update(copy_id, title="Khác")
