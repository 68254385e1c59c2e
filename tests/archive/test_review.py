"""A clerk's corrections before saving (archive/review.py) and saving a review (archive/review_store.py):
read back through a second connection."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from minutes.archive import review as rv
from minutes.archive.model import Span
from minutes.archive.review_store import ReviewService
from minutes.errors import ConflictError, MeetingLocked
from minutes.services import Actor, Services
from minutes.services.finalise import FinaliseService

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"
GIAO_BAN = DATA / "ubnd-ngoc-thuy-giao-ban-2019-03.docx"
TYPED = DATA / "ubnd-bo-de-giao-ban-2023-01.docx"


@pytest.fixture
def reviews(target: Services) -> ReviewService:
    return ReviewService(target.db, target.actor)


def test_moving_a_conclusion_keeps_every_task_on_its_own_conclusion(reviews: ReviewService) -> None:
    rec = reviews.open_file(GIAO_BAN).item.meeting
    assert [t.source for t in rec.tasks] == [("conclusion", 1), ("conclusion", 2)]
    first, second = rec.conclusions[1].text, rec.conclusions[2].text
    ref = rv.move_to(rec, rv.Ref("conclusions", 0), "leftovers")
    assert ref == rv.Ref("leftovers", len(rec.leftovers) - 1)
    assert [rec.conclusions[i].text for _k, i in (t.source for t in rec.tasks if t.source)] == [first, second]
    # a conclusion become a recommendation takes its task with it
    rv.move_to(rec, rv.Ref("conclusions", 0), "recommendations")
    assert rec.tasks[0].source == ("recommendation", 0)
    assert rec.recommendation_groups[0].items[0].text == first


def test_split_and_merge_give_back_the_same_text(reviews: ReviewService) -> None:
    rec = reviews.open_file(GIAO_BAN).item.meeting
    whole = rec.contributions[0].text
    at = whole.index(";") + 1
    ref = rv.split(rec, rv.Ref("contributions", 0), at)
    assert ref == rv.Ref("contributions", 1)
    assert rec.contributions[0].text == whole[:at].strip()
    assert rec.contributions[1].text == whole[at:].strip()
    assert rec.contributions[1].speaker == rec.contributions[0].speaker
    assert len(rec.contributions) == 3
    rv.merge_next(rec, rv.Ref("contributions", 0))
    assert rec.contributions[0].text.split() == whole.split()
    assert len(rec.contributions) == 2
    with pytest.raises(rv.ReviewError) as caught:
        rv.split(rec, rv.Ref("contributions", 0), 0)
    assert caught.value.code == "nothing_to_split"
    with pytest.raises(rv.ReviewError):
        rv.merge_next(rec, rv.Ref("contributions", 1))


def test_split_of_a_conclusion_keeps_its_task_on_the_first_half(reviews: ReviewService) -> None:
    rec = reviews.open_file(GIAO_BAN).item.meeting
    text = rec.conclusions[1].text
    rv.split(rec, rv.Ref("conclusions", 1), text.index(",") + 1)
    assert [t.source for t in rec.tasks] == [("conclusion", 1), ("conclusion", 3)]
    rv.move_within(rec, rv.Ref("conclusions", 3), -1)
    assert [t.source for t in rec.tasks] == [("conclusion", 1), ("conclusion", 2)]


def test_fields_are_typed_over_and_dates_read_as_offices_write_them(reviews: ReviewService) -> None:
    rec = reviews.open_file(GIAO_BAN).item.meeting
    rv.set_field(rec, "meeting_date", "ngày 7 tháng 3 năm 2019")
    assert rec.meeting_date is not None and f"{rec.meeting_date.value:%d/%m/%Y}" == "07/03/2019"
    with pytest.raises(rv.ReviewError) as caught:
        rv.set_field(rec, "meeting_date", "hôm qua")
    assert caught.value.code == "bad_date"
    rv.set_field(rec, "title", "Giao ban UBND phu\u031bo\u031b\u0300ng")  # decomposed, as Windows types it
    assert rec.title is not None and rec.title.value == "Giao ban UBND phường"


def test_a_saved_review_is_marked_reviewed_with_the_corrections(
    reviews: ReviewService, target_fresh: Services
) -> None:
    review = reviews.open_file(GIAO_BAN)
    rec = review.item.meeting
    moved = rec.conclusions[3].text
    rv.move_to(rec, rv.Ref("conclusions", 3), "leftovers")
    meeting_id = reviews.save_review(review)
    meeting = target_fresh.meetings.get(meeting_id)
    assert meeting.status == "draft"  # a secretary's review: a leader finalises the minutes
    assert [c.text for c in meeting.conclusions] == [c.text for c in rec.conclusions]
    assert moved in meeting.notes
    fresh = ReviewService(target_fresh.db, target_fresh.actor)
    info = fresh.imported(meeting_id)
    assert info is not None and info.review_status == "reviewed" and info.review == ()
    assert fresh.original(meeting_id) == (GIAO_BAN.name, GIAO_BAN.read_bytes())


def test_reviewing_an_imported_meeting_replaces_it_unless_it_changed(
    reviews: ReviewService, target: Services, target_fresh: Services
) -> None:
    summary = reviews.import_files([GIAO_BAN])
    old_id = summary.outcomes[0].meeting_id
    assert old_id is not None
    first = reviews.imported(old_id)
    review = reviews.open_imported(old_id)
    assert review.source_path == str(GIAO_BAN)
    rv.set_field(review.item.meeting, "title", "Giao ban tháng 3")
    target.meetings.update(old_id, title="Sửa sau khi nhập")  # someone edits the imported meeting meanwhile
    with pytest.raises(ConflictError):
        reviews.save_review(review)
    assert target_fresh.meetings.get(old_id).title == "Sửa sau khi nhập"  # their change is kept
    review = reviews.open_imported(old_id)  # reopened: the current version
    rv.set_field(review.item.meeting, "title", "Giao ban tháng 3")
    new_id = reviews.save_review(review)
    assert [m.id for m in target_fresh.meetings.list_meetings()] == [new_id]
    assert target_fresh.meetings.get(new_id).title == "Giao ban tháng 3"
    fresh = ReviewService(target_fresh.db, target_fresh.actor)
    info = fresh.imported(new_id)
    assert info is not None and first is not None
    assert (info.review_status, info.source_path, info.imported_at, info.imported_by) == (
        "reviewed", str(GIAO_BAN), first.imported_at, first.imported_by,
    )  # fmt: skip
    assert fresh.pending_review() == []


def test_a_meeting_edited_after_its_import_says_so_and_a_later_change_is_a_conflict(
    reviews: ReviewService, target: Services
) -> None:
    old_id = reviews.import_files([GIAO_BAN]).outcomes[0].meeting_id
    assert old_id is not None
    assert reviews.open_imported(old_id).edited is False
    contribution = target.meetings.get(old_id).contributions[0]
    target.items.update_contribution(contribution.id, text="Sửa trong trình soạn thảo")
    review = reviews.open_imported(old_id)
    assert review.edited is True  # the screen warns that saving replaces that change
    other = target.meetings.get(old_id).conclusions[0]
    target.items.update_conclusion(other.id, text="Sửa lần nữa")  # a part changes while the review is open
    with pytest.raises(ConflictError):
        reviews.save_review(review)


def test_a_review_saved_by_a_leader_finalises_the_meeting_with_its_original(
    target: Services, target_fresh: Services
) -> None:
    """Issue 18 item 3: imported meetings are finalised once reviewed; one saved without review is not."""
    leader = ReviewService(target.db, Actor("Lãnh đạo", role="leader"))
    unreviewed = leader.import_files([TYPED]).outcomes[0].meeting_id
    review = leader.open_file(GIAO_BAN)
    rv.set_field(review.item.meeting, "title", "Giao ban tháng 3")
    meeting_id = leader.save_review(review)
    fresh = ReviewService(target_fresh.db, target_fresh.actor)
    meeting = target_fresh.meetings.get(meeting_id)
    assert (meeting.status, meeting.title) == ("finalised", "Giao ban tháng 3")
    versions = FinaliseService(target_fresh.db, target_fresh.actor).versions(meeting_id)
    assert [(v.number, v.finalised_by) for v in versions] == [(1, "Lãnh đạo")]
    _info, content = FinaliseService(target_fresh.db, target_fresh.actor).version_document(meeting_id, 1)
    sha = hashlib.sha256(GIAO_BAN.read_bytes()).hexdigest()
    assert sha in json.dumps(content)  # the original file is one of the finalised meeting's files
    assert fresh.original(meeting_id) == (GIAO_BAN.name, GIAO_BAN.read_bytes())
    info = fresh.imported(meeting_id)
    assert info is not None and info.review_status == "reviewed"
    # the meeting a batch saved without review stays a draft, marked "needs review"
    assert unreviewed is not None and target_fresh.meetings.get(unreviewed).status == "draft"
    assert [i.meeting_id for i in fresh.pending_review()] == [unreviewed]
    # finalised: nothing changes it any more without an amendment
    with pytest.raises(MeetingLocked):
        target.meetings.update(meeting_id, title="Sửa sau khi hoàn tất")
    assert target_fresh.meetings.get(meeting_id).title == "Giao ban tháng 3"


def test_a_review_that_fails_to_save_finalises_nothing(target: Services, target_fresh: Services) -> None:
    leader = ReviewService(target.db, Actor("Lãnh đạo", role="leader"))
    old_id = leader.import_files([GIAO_BAN]).outcomes[0].meeting_id
    assert old_id is not None
    review = leader.open_imported(old_id)
    target.meetings.update(old_id, title="Sửa sau khi nhập")
    with pytest.raises(ConflictError):
        leader.save_review(review)
    meeting = target_fresh.meetings.get(old_id)
    assert (meeting.status, meeting.title) == ("draft", "Sửa sau khi nhập")
    assert FinaliseService(target_fresh.db, target_fresh.actor).versions(old_id) == []


def test_fields_of_items_are_typed_over_and_saved(reviews: ReviewService, target_fresh: Services) -> None:
    """A group of recommendations renamed and an item moved into the next group (Alt+Down across the
    groups' boundary), a chair's name corrected on the attendance list (the meeting's chair follows), a
    task's lead of people only, a deadline that is none refused."""
    review = reviews.open_file(DATA / "hdnd-thuong-truc-2022-04.docx")
    rec = review.item.meeting
    rv.set_item_field(rec, rv.FieldRef("groups", 1, "title"), "Về đất đai")
    moved = rec.recommendation_groups[0].items[1].text
    rv.move_within(rec, rv.Ref("recommendations", 1), 1)
    assert [i.text for i in rec.recommendation_groups[1].items][0] == moved
    chair = next(i for i, a in enumerate(rec.attendees) if a.role == "chair")
    old_chair = rec.attendees[chair].person
    assert old_chair is not None and rec.chair is not None
    rv.set_item_field(rec, rv.FieldRef("attendees", chair, "who"), f"Nguyễn Văn Chủ - {old_chair.title}")
    assert rec.chair.name == "Nguyễn Văn Chủ"
    rv.set_item_field(
        rec, rv.FieldRef("tasks", 0, "lead"), "Trần Văn Một - Chuyên viên, Lê Thị Hai - Chuyên viên"
    )
    assert rec.tasks[0].lead_unit is None and [p.name for p in rec.tasks[0].assignees] == [
        "Trần Văn Một",
        "Lê Thị Hai",
    ]
    with pytest.raises(rv.ReviewError) as caught:
        rv.set_item_field(rec, rv.FieldRef("tasks", 0, "deadline"), "sớm nhất có thể")
    assert caught.value.code == "bad_deadline"
    meeting = target_fresh.meetings.get(reviews.save_review(review))
    assert [g.title for g in meeting.recommendation_groups][1] == "Về đất đai"
    assert meeting.recommendation_groups[1].items[0].text == moved
    assert meeting.chair_name == "Nguyễn Văn Chủ"
    assert "Nguyễn Văn Chủ" in [a.person_name for a in meeting.attendance]
    assert list(meeting.tasks[0].assignee_names) == ["Trần Văn Một", "Lê Thị Hai"]


def test_a_speaker_who_is_no_person_is_a_label(reviews: ReviewService) -> None:
    rec = reviews.open_file(GIAO_BAN).item.meeting
    rv.set_item_field(rec, rv.FieldRef("contributions", 0, "speaker"), "Đại diện cử tri")
    assert (rec.contributions[0].speaker, rec.contributions[0].speaker_label) == (None, "Đại diện cử tri")
    rv.set_item_field(rec, rv.FieldRef("contributions", 0, "speaker"), "Ngô Văn Mới - Tổ trưởng dân phố")
    speaker = rec.contributions[0].speaker
    assert speaker is not None and (speaker.name, speaker.title) == ("Ngô Văn Mới", "Tổ trưởng dân phố")


def test_a_reports_figures_added_and_deleted_and_its_fields_typed_over_are_saved(
    reviews: ReviewService, target_fresh: Services
) -> None:
    """A figure read from a line of the document, one typed, one deleted (its text to the notes, linked
    to its line), the report's title, presenter (a person of the directory, named as an attendee of an
    imported meeting) and summary typed over; saved over the imported meeting and read back."""
    meeting_id = reviews.import_files([GIAO_BAN]).outcomes[0].meeting_id
    assert meeting_id is not None
    review = reviews.open_imported(meeting_id)
    rec = review.item.meeting
    report = rec.reports[0]
    permits = report.figures.pop(1)  # as if line 43 had not been read as a figure
    line = permits.line_indices[0]
    flat = rv.add_figure(rec, 0, None, line, review.item.doc.lines[line].text[2:], 2)
    assert (
        flat == 2 and report.figures[2].label == permits.label and report.figures[2].spans == [Span(line, 2)]
    )
    flat = rv.add_figure(rec, 0, 0, line, review.item.doc.lines[line].text)  # the line is a figure already
    assert flat == 1 and rv.figure_is_empty(report.figures[1])
    rv.set_item_field(rec, rv.FieldRef("figures", 1, "figure"), "Hộ nghèo giảm: 12 hộ")
    vaccination = rv.figure_text(report.figures[2])
    note = rv.remove_figure(rec, 2)
    assert note == rv.Ref("leftovers", len(rec.leftovers) - 1) and rec.leftovers[-1].text == vaccination
    assert rv.remove_figure(rec, rv.add_figure(rec, 0)) is None  # never typed: nothing to keep
    rv.set_item_field(rec, rv.FieldRef("reports", 0, "title"), "  Báo cáo tháng 02 ")
    rv.set_item_field(rec, rv.FieldRef("reports", 0, "presenter"), "Lê Thị Mai")
    rv.set_item_field(rec, rv.FieldRef("reports", 0, "summary"), "Dòng một.\n\n  Dòng   hai. ")
    assert rv.item_field_text(rec, rv.FieldRef("reports", 0, "summary")) == "Dòng một.\nDòng hai."
    with pytest.raises(rv.ReviewError):
        rv.set_item_field(rec, rv.FieldRef("reports", 3, "title"), "x")
    saved = target_fresh.meetings.get(reviews.save_review(review)).reports[0]
    assert (saved.title, saved.presenter_name, saved.presenter_title, saved.summary) == (
        "Báo cáo tháng 02", "Lê Thị Mai", "Công chức Văn phòng - Thống kê", "Dòng một.\nDòng hai.",
    )  # fmt: skip
    assert [f.label for f in saved.figures] == ["Thu ngân sách trên địa bàn", "Hộ nghèo giảm", permits.label]
    assert vaccination in target_fresh.meetings.get(target_fresh.meetings.list_meetings()[0].id).notes
