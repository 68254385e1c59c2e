"""The review screen of an imported document, used with keys and clicks; what it saves is read back
through a second connection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from testkit.qt import type_vietnamese

from minutes.archive import review as rv
from minutes.archive.model import Leftover, Span
from minutes.archive.review_store import ReviewService
from minutes.services import Actor, Database, Services
from minutes.ui.import_review import ImportReviewWindow
from minutes.ui.import_review_model import LINES_ROLE, REF_ROLE

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"
GIAO_BAN = DATA / "ubnd-ngoc-thuy-giao-ban-2019-03.docx"
TODAY = date(2021, 3, 1)

Opener = Callable[..., ImportReviewWindow]


@pytest.fixture
def reviews(db: Database) -> ReviewService:
    return ReviewService(db, Actor("Văn thư"))


@pytest.fixture
def open_review(qtbot, reviews: ReviewService) -> Opener:
    screens: list[ImportReviewWindow] = []

    def open_(path: Path = GIAO_BAN, meeting_id: int | None = None) -> ImportReviewWindow:
        review = reviews.open_imported(meeting_id) if meeting_id is not None else reviews.open_file(path)
        screen = ImportReviewWindow(reviews, review)
        screen.show_error = lambda text: screen.message.setText(text)  # type: ignore[method-assign]
        screen.confirm_discard = lambda: True  # type: ignore[method-assign]
        screens.append(screen)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        return screen

    return open_


def _key(widget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def test_a_part_shows_its_text_and_a_line_shows_its_part(open_review: Opener) -> None:
    screen = open_review()
    rec = screen.rec
    task = rec.tasks[0]
    assert screen.select_path("tasks[0]")
    assert screen.lines_model.highlighted == set(task.line_indices)
    line = task.line_indices[0]
    assert "Công an phường chủ trì" in screen.lines_model.index(line, 0).data()
    assert screen.editor.toPlainText() == task.text
    # click the line of the chair in the document: the chair is chosen on the meeting's side
    chair_line = rec.chair.spans[0].line  # type: ignore[union-attr]
    index = screen.lines_model.index(chair_line, 0)
    screen.lines.scrollTo(index)
    QTest.mouseClick(
        screen.lines.viewport(), Qt.MouseButton.LeftButton, pos=screen.lines.visualRect(index).center()
    )
    current = screen.tree.currentIndex()
    assert chair_line in current.data(LINES_ROLE)
    assert "Nguyễn Văn Hùng" in current.data()


def test_unsure_parts_are_marked(open_review: Opener) -> None:
    screen = open_review()
    rec = screen.rec
    rec.conclusions[0].confidence = 0.4
    screen.rebuild()
    item = screen.parts_model.by_part[id(rec.conclusions[0])]
    assert not item.icon().isNull()
    assert "40%" in item.toolTip()
    assert screen.parts_model.by_part[id(rec.conclusions[1])].icon().isNull()


def test_corrections_by_keyboard_then_save(open_review: Opener, fresh: Services, qtbot) -> None:
    screen = open_review()
    rec = screen.rec
    saved: list[tuple[int, int]] = []
    screen.saved.connect(lambda new, old: saved.append((new, old)))
    last_conclusion = rec.conclusions[3].text
    # Alt+5: the last conclusion goes to the notes
    screen.select_path("conclusions[3]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert [c.text for c in rec.conclusions].count(last_conclusion) == 0
    assert rec.leftovers[-1].text == last_conclusion
    # F2 on the first contribution, type at its end (Vietnamese, as an input method sends it)
    screen.select_path("contributions[0]")
    _key(screen.tree, Qt.Key.Key_F2)
    assert screen.editor.hasFocus()
    type_vietnamese(screen.editor, " Đề nghị bổ sung.")
    assert rec.contributions[0].text.endswith("Đề nghị bổ sung.")
    # Ctrl+Return at the cursor placed after the first ";": two contributions
    first = rec.contributions[0].text
    cursor = screen.editor.textCursor()
    cursor.setPosition(screen.editor.toPlainText().index(";") + 1)
    screen.editor.setTextCursor(cursor)
    _key(screen.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(rec.contributions) == 3
    assert rec.contributions[1].text == first[first.index(";") + 1 :].strip()
    # Alt+Up moves the second half back above, Ctrl+J merges the two again
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert screen.current_ref().index == 0  # type: ignore[attr-defined]
    _key(screen.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    screen.select_path("contributions[0]")
    _key(screen.tree, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert len(rec.contributions) == 2
    assert rec.contributions[0].text.split() == first.split()
    # the title typed over
    screen.select_path("title")
    _key(screen.tree, Qt.Key.Key_F2)
    screen.editor.selectAll()
    type_vietnamese(screen.editor, "Giao ban UBND phường Ngọc Thụy tháng 3", nfd=True)
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved and saved[0][1] == -1
    assert not screen.isVisible()

    meeting = fresh.meetings.get(saved[0][0])
    assert meeting.title == "Giao ban UBND phường Ngọc Thụy tháng 3"
    assert meeting.status == "draft"
    assert last_conclusion in meeting.notes
    assert last_conclusion not in [c.text for c in meeting.conclusions]
    assert [c.text for c in meeting.contributions][0].endswith("Đề nghị bổ sung.")
    fresh_reviews = ReviewService(fresh.db, fresh.actor)
    info = fresh_reviews.imported(meeting.id)
    assert info is not None and info.review_status == "reviewed"
    assert fresh_reviews.original(meeting.id) == (GIAO_BAN.name, GIAO_BAN.read_bytes())


def test_a_date_that_is_not_one_is_said_and_nothing_is_lost(open_review: Opener, fresh: Services) -> None:
    screen = open_review()
    screen.select_path("meeting_date")
    _key(screen.tree, Qt.Key.Key_F2)
    screen.editor.selectAll()
    type_vietnamese(screen.editor, "hôm qua")
    assert "05/03/2019" in screen.message.text() or "date" in screen.message.text().lower()
    assert screen.editor.toPlainText() == "hôm qua"  # what was typed stays on screen
    screen.editor.selectAll()
    type_vietnamese(screen.editor, "06/03/2019")
    assert screen.message.text() == ""
    assert screen.save()
    assert [f"{m.meeting_date:%d/%m/%Y}" for m in fresh.meetings.list_meetings()] == ["06/03/2019"]


def test_a_change_made_meanwhile_is_a_conflict_shown_and_the_corrections_stay(
    open_review: Opener, reviews: ReviewService, services: Services, fresh: Services
) -> None:
    meeting_id = reviews.import_files([GIAO_BAN]).outcomes[0].meeting_id
    screen = open_review(meeting_id=meeting_id)
    screen.select_path("title")
    screen.editor.selectAll()
    type_vietnamese(screen.editor, "Tên đã sửa")
    services.meetings.update(meeting_id, title="Người khác sửa")
    assert not screen.save()
    assert "changed" in screen.message.text() or "thay đổi" in screen.message.text()
    assert screen.isVisible() and screen.rec.title is not None and screen.rec.title.value == "Tên đã sửa"
    assert fresh.meetings.get(meeting_id).title == "Người khác sửa"


def test_models_pass_the_model_tester(qtmodeltester, open_review: Opener) -> None:
    screen = open_review()
    qtmodeltester.check(screen.lines_model)
    qtmodeltester.check(screen.parts_model)
    refs = [screen.parts_model.by_ref[r].data(REF_ROLE) for r in screen.parts_model.by_ref]
    assert "title" in refs


def test_screenshot(open_review: Opener, tmp_path: Path) -> None:
    screen = open_review()
    screen.select_path("tasks[0]")
    assert screen.grab().save(str(tmp_path / "review.png"))


def test_closing_with_corrections_asks_and_keeps_them_when_told_to(
    open_review: Opener, fresh: Services
) -> None:
    screen = open_review()
    asked: list[bool] = []
    screen.confirm_discard = lambda: asked.append(True) or False  # type: ignore[method-assign]
    screen.select_path("conclusions[0]")
    _key(screen.tree, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    _key(screen.tree, Qt.Key.Key_Escape)
    assert asked == [True] and screen.isVisible()
    assert screen.rec.leftovers[-1].text.startswith("Cơ bản thống nhất")
    assert fresh.meetings.list_meetings() == []  # nothing saved until Ctrl+S


def _retype(screen: ImportReviewWindow, text: str) -> None:
    """F2 on the chosen node, Ctrl+A, then type ``text`` as a Vietnamese input method sends it."""
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_F2)
    assert screen.editor.hasFocus() and not screen.editor.isReadOnly()
    _key(screen.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(screen.editor, text)


def test_the_recognised_meeting_is_corrected_field_by_field_with_keys_then_saved(
    open_review: Opener, fresh: Services
) -> None:
    """Issue 18 item 2: an attendee (name, title, absent with a reason), a contribution's speaker, a task's
    lead unit with its people and its deadline, a group of recommendations; split and merge; Ctrl+S; the
    database says what the clerk typed."""
    screen = open_review()
    rec = screen.rec
    # an attendee: absent, with the reason, typed over on one line
    screen.select_path("attendees[3]")
    _retype(screen, "Phạm Văn Tiến - Trưởng Công an phường (vắng: đi công tác)")
    assert (rec.attendees[3].presence, rec.attendees[3].absence_reason) == ("absent", "đi công tác")
    assert "đi công tác" in screen.tree.currentIndex().data()
    # the second contribution: Down from it is its speaker; an attendee's name alone is that attendee
    screen.select_path("contributions[1]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Down)
    assert screen.tree.currentIndex().data().startswith("Speaker") or "Người phát biểu" in str(
        screen.tree.currentIndex().data()
    )
    _retype(screen, "Lê Thị Mai")
    speaker = rec.contributions[1].speaker
    assert speaker is not None and (speaker.name, speaker.title) == (
        "Lê Thị Mai",
        "Công chức Văn phòng - Thống kê",
    )
    assert screen.parts_model.by_ref[rv.Ref("contributions", 1)].text().startswith("Lê Thị Mai")
    # the second task: its lead (a unit and its person), then its deadline, one node down each
    screen.select_path("tasks[1]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Down)
    _retype(screen, "Văn phòng - Thống kê (Lê Thị Mai)")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Down)
    _retype(screen, "quý 3/2019")
    assert screen.message.text() == ""
    deadline = rec.tasks[1].deadline
    assert deadline is not None and deadline.kind == "quarter"
    # split the first contribution at its ";" (Ctrl+Return in the editor), merge the first two conclusions
    screen.select_path("contributions[0]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_F2)
    first = rec.contributions[0].text
    cursor = screen.editor.textCursor()
    cursor.setPosition(first.index(";") + 1)
    screen.editor.setTextCursor(cursor)
    _key(screen.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(rec.contributions) == 3
    joined = f"{rec.conclusions[0].text}\n{rec.conclusions[1].text}"
    count = len(rec.conclusions)
    screen.select_path("conclusions[0]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert len(rec.conclusions) == count - 1
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None

    meeting = fresh.meetings.get(screen.saved_id)
    absent = next(a for a in meeting.attendance if a.person_name == "Phạm Văn Tiến")
    assert (absent.presence, absent.absence_reason) == ("absent", "đi công tác")
    assert [(c.speaker_name, c.text) for c in meeting.contributions] == [
        ("Phạm Văn Tiến", first[: first.index(";") + 1].strip()),
        ("Phạm Văn Tiến", first[first.index(";") + 1 :].strip()),
        ("Lê Thị Mai", rec.contributions[2].text),
    ]
    assert meeting.contributions[2].speaker_title == "Công chức Văn phòng - Thống kê"
    assert meeting.conclusions[0].text == joined
    assert len(meeting.conclusions) == count - 1
    task = meeting.tasks[1]
    assert (task.lead_unit_name, list(task.assignee_names)) == ("Văn phòng - Thống kê", ["Lê Thị Mai"])
    assert task.deadline_spec is not None and (task.deadline_spec.kind, task.deadline_spec.text) == (
        "quarter", "quý 3/2019",
    )  # fmt: skip
    assert f"{task.deadline:%d/%m/%Y}" == "30/09/2019"


def test_a_field_typed_wrong_is_said_and_nothing_is_lost(open_review: Opener) -> None:
    screen = open_review()
    rec = screen.rec
    before = rec.tasks[0].deadline
    screen.select_path("tasks[0]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Down)
    _key(screen.tree, Qt.Key.Key_Down)
    _retype(screen, "sớm")
    assert screen.message.text() != "" and screen.editor.toPlainText() == "sớm"
    assert rec.tasks[0].deadline is before  # the deadline stays what it was until a deadline is typed
    screen.select_path("attendees[0]")
    _retype(screen, "Nguyễn Văn Hùng - Chủ tịch UBND phường (ốm)")
    assert screen.message.text() != ""
    assert rec.attendees[0].presence == "present"


def _down(screen: ImportReviewWindow, times: int) -> None:
    screen.tree.setFocus()
    for _ in range(times):
        _key(screen.tree, Qt.Key.Key_Down)


def test_a_conclusions_kind_and_votes_a_tasks_coordination_and_product_and_figures_are_typed_over(
    open_review: Opener, fresh: Services
) -> None:
    """Issue 18 (what was left of the review screen): a conclusion's kind and votes, a task's coordinating
    units and expected product, a report's figures, with F2 as the other fields; Ctrl+S; read back."""
    screen = open_review()
    rec = screen.rec
    # the first conclusion: Down is its kind, typed in Vietnamese
    screen.select_path("conclusions[0]")
    _down(screen, 1)
    assert isinstance(screen.current_ref(), rv.FieldRef) and screen.current_ref().name == "kind"  # type: ignore[union-attr]
    _retype(screen, "đánh giá")
    assert screen.message.text() == "" and rec.conclusions[0].kind == "assessment"
    # the third: its votes (Down twice), as a document writes them; the vote makes it a resolution
    screen.select_path("conclusions[2]")
    _down(screen, 2)
    _retype(screen, "15/17 đồng chí tán thành, 1 không tán thành, 1 không biểu quyết")
    assert screen.message.text() == ""
    assert (rec.conclusions[2].kind, rec.conclusions[2].votes_for, rec.conclusions[2].votes_total) == (
        "resolution", 15, 17,
    )  # fmt: skip
    kind_node = screen.parts_model.by_ref[rv.FieldRef("conclusions", 2, "kind")]
    assert kind_node.text() != screen.parts_model.by_ref[rv.FieldRef("conclusions", 0, "kind")].text()
    # the first task: coordinating units (three nodes down: lead, deadline, coordinating), then its product
    screen.select_path("tasks[0]")
    _down(screen, 3)
    assert screen.current_ref() == rv.FieldRef("tasks", 0, "coordinating")
    assert screen.editor.toPlainText() == "Ban Chỉ huy Quân sự phường"
    _retype(screen, "Ban Chỉ huy Quân sự phường, Trạm Y tế phường")
    _down(screen, 1)
    assert screen.current_ref() == rv.FieldRef("tasks", 0, "product")
    _retype(screen, "Kế hoạch bảo đảm an ninh trật tự")
    # the report's figures: the second typed over as the document would write it, the first's percentage
    screen.select_path("reports[0].figures[1]")
    assert screen.editor.toPlainText() == "Cấp giấy phép xây dựng: 14/15 hồ sơ"
    _retype(screen, "Cấp giấy phép xây dựng mới: 16/18 hồ sơ")
    screen.select_path("reports[0].figures[0]")
    _retype(screen, "Thu ngân sách trên địa bàn: 2.345.600.000 đồng, đạt 19,5% (dự toán)")
    assert screen.message.text() == ""
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None

    meeting = fresh.meetings.get(screen.saved_id)
    assert [c.kind for c in meeting.conclusions][:3] == ["assessment", "general", "resolution"]
    votes = meeting.conclusions[2].votes
    assert votes is not None and (votes.votes_for, votes.against, votes.abstain, votes.total) == (
        15,
        1,
        1,
        17,
    )
    assert meeting.conclusions[0].votes is None
    task = meeting.tasks[0]
    assert list(task.coordinating_unit_names) == ["Ban Chỉ huy Quân sự phường", "Trạm Y tế phường"]
    assert task.expected_product == "Kế hoạch bảo đảm an ninh trật tự"
    figures = meeting.reports[0].figures
    assert [(f.label, f.value, f.unit, f.target, f.percent) for f in figures[:2]] == [
        ("Thu ngân sách trên địa bàn", Decimal("2345600000"), "đồng", None, Decimal("19.5")),
        ("Cấp giấy phép xây dựng mới", Decimal(16), "hồ sơ", Decimal(18), None),
    ]
    assert figures[0].note == "dự toán" and figures[0].kind == "ratio_to_plan"


def test_kind_votes_and_figures_typed_wrong_are_said_and_change_nothing(open_review: Opener) -> None:
    screen = open_review()
    rec = screen.rec
    screen.select_path("conclusions[1]")
    _down(screen, 1)
    _retype(screen, "quan trọng")
    assert screen.message.text() != "" and rec.conclusions[1].kind == "general"
    _down(screen, 1)
    _retype(screen, "18/17 tán thành")  # more votes than voters
    assert screen.message.text() != "" and rec.conclusions[1].votes_for is None
    _retype(screen, "nhiều")
    assert screen.message.text() != "" and screen.editor.toPlainText() == "nhiều"
    before = (rec.reports[0].figures[1].value, rec.reports[0].figures[1].target)
    screen.select_path("reports[0].figures[1]")
    _retype(screen, "Cấp giấy phép xây dựng: nhiều")
    assert screen.message.text() != ""
    assert (rec.reports[0].figures[1].value, rec.reports[0].figures[1].target) == before


def test_a_reports_figures_are_added_and_deleted_and_its_title_presenter_and_summary_typed_over(
    open_review: Opener, reviews: ReviewService, fresh: Services
) -> None:
    """Issue 18 (what was left of the review screen): a document imported by a batch is reviewed; with
    the keyboard a figure of its report is deleted (its text goes to the notes), one is added and typed,
    the report's title, presenter and summary are typed over; Ctrl+S; read back through a new connection."""
    meeting_id = reviews.import_files([GIAO_BAN]).outcomes[0].meeting_id
    assert meeting_id is not None
    screen = open_review(meeting_id=meeting_id)
    rec = screen.rec
    report = rec.reports[0]
    assert [f.label for f in report.figures] == [
        "Thu ngân sách trên địa bàn", "Cấp giấy phép xây dựng", "Tỷ lệ trẻ em được tiêm chủng mở rộng",
    ]  # fmt: skip
    vaccination = rv.figure_text(report.figures[2])
    # Delete on the third figure: it leaves the report, its text is in the notes, the second is chosen
    screen.select_path("reports[0].figures[2]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Delete)
    assert [f.label for f in report.figures] == ["Thu ngân sách trên địa bàn", "Cấp giấy phép xây dựng"]
    assert rec.leftovers[-1].text == vaccination
    assert rec.leftovers[-1].line_indices == [44]  # still linked to its line of the document
    assert screen.current_ref() == rv.FieldRef("figures", 1, "figure")
    assert screen.message.text() != ""
    # Insert on the report (its first line is no figure): an empty figure at its end, the editor ready
    screen.select_path("reports[0]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Insert)
    assert len(report.figures) == 3 and rv.figure_is_empty(report.figures[2])
    assert screen.current_ref() == rv.FieldRef("figures", 2, "figure")
    assert screen.editor.hasFocus() and screen.editor.toPlainText() == ""
    type_vietnamese(screen.editor, "Số hộ được cấp nước sạch: 120/150 hộ")
    assert screen.message.text() == ""
    assert (report.figures[2].label, report.figures[2].value, report.figures[2].target) == (
        "Số hộ được cấp nước sạch", Decimal(120), Decimal(150),
    )  # fmt: skip
    assert screen.tree.currentIndex().data(LINES_ROLE)  # linked to the document
    # the report's own fields: Down from the report is its title, then its presenter, then its summary
    screen.select_path("reports[0]")
    _down(screen, 1)
    assert screen.current_ref() == rv.FieldRef("reports", 0, "title")
    _retype(screen, "Báo cáo kinh tế - xã hội tháng 02/2019")
    _down(screen, 1)
    assert screen.current_ref() == rv.FieldRef("reports", 0, "presenter")
    assert screen.editor.toPlainText() == "Trần Minh Đức - Phó Chủ tịch UBND phường"
    _retype(screen, "Lê Thị Mai")  # an attendee's name: that attendee, with her title
    _down(screen, 1)
    assert screen.current_ref() == rv.FieldRef("reports", 0, "summary")
    assert screen.tree.currentIndex().data(LINES_ROLE) == [39, 40]
    _retype(screen, "Thu ngân sách đạt khá.")
    _key(screen.editor, Qt.Key.Key_Return)
    type_vietnamese(screen.editor, "An ninh trật tự được giữ vững.")
    report_node = screen.parts_model.by_ref[rv.ReportRef(0)]
    assert (
        report_node.text()
        == "Lê Thị Mai - Công chức Văn phòng - Thống kê: Báo cáo kinh tế - xã hội tháng 02/2019"
    )
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None

    meeting = fresh.meetings.get(screen.saved_id)
    saved = meeting.reports[0]
    assert (saved.title, saved.presenter_name, saved.presenter_title) == (
        "Báo cáo kinh tế - xã hội tháng 02/2019", "Lê Thị Mai", "Công chức Văn phòng - Thống kê",
    )  # fmt: skip
    assert saved.summary == "Thu ngân sách đạt khá.\nAn ninh trật tự được giữ vững."
    assert [(f.label, f.value, f.unit, f.target) for f in saved.figures] == [
        ("Thu ngân sách trên địa bàn", Decimal("2345600000"), "đồng", None),
        ("Cấp giấy phép xây dựng", Decimal(14), "hồ sơ", Decimal(15)),
        ("Số hộ được cấp nước sạch", Decimal(120), "hộ", Decimal(150)),
    ]
    assert vaccination in meeting.notes  # the deleted figure's text is kept
    assert [m.id for m in fresh.meetings.list_meetings()] == [meeting.id]  # the imported meeting replaced
    info = ReviewService(fresh.db, fresh.actor).imported(meeting.id)
    assert info is not None and info.review_status == "reviewed"


def test_a_figure_the_recogniser_missed_is_added_from_its_line_and_an_unread_one_is_never_dropped(
    open_review: Opener, fresh: Services
) -> None:
    screen = open_review()
    rec = screen.rec
    report = rec.reports[0]
    # as if the recogniser had not read line 43 as a figure: a line of the report's summary
    missed = report.figures.pop(1)
    report.summary.append(screen.lines_model.doc.lines[43].text)
    report.spans.append(Span(43))
    screen.rebuild()
    # the clerk clicks the line in the document (the report is chosen on the other side), then Insert
    index = screen.lines_model.index(43, 0)
    screen.lines.scrollTo(index)
    QTest.mouseClick(
        screen.lines.viewport(), Qt.MouseButton.LeftButton, pos=screen.lines.visualRect(index).center()
    )
    _key(screen.lines, Qt.Key.Key_Insert)
    assert screen.current_ref() == rv.FieldRef("figures", 2, "figure")  # at the end of the chosen report
    added = report.figures[2]
    assert (added.label, added.value, added.target, added.unit) == (
        missed.label,
        Decimal(14),
        Decimal(15),
        "hồ sơ",
    )
    assert added.line_indices == [43] and screen.lines_model.highlighted == {43}  # linked to its line
    # another figure added and typed wrong: the save waits, what was typed stays on screen
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Insert)
    type_vietnamese(screen.editor, "Hộ nghèo giảm nhiều")
    assert screen.message.text() != ""
    screen.select_path("title")
    screen.select_path(f"reports[0].figures[{len(report.figures) - 1}]")
    assert screen.editor.toPlainText() == "Hộ nghèo giảm nhiều"
    assert not screen.save()
    assert screen.editor.toPlainText() == "Hộ nghèo giảm nhiều" and screen.message.text() != ""
    assert fresh.meetings.list_meetings() == []
    screen.editor.selectAll()
    type_vietnamese(screen.editor, "Hộ nghèo giảm: 12 hộ")
    assert screen.save()
    figures = fresh.meetings.get(screen.saved_id).reports[0].figures
    assert [(f.label, f.value) for f in figures] == [
        ("Thu ngân sách trên địa bàn", Decimal("2345600000")), ("Tỷ lệ trẻ em được tiêm chủng mở rộng", None),
        ("Cấp giấy phép xây dựng", Decimal(14)), ("Hộ nghèo giảm", Decimal(12)),
    ]  # fmt: skip


def _missed_report(screen: ImportReviewWindow) -> list[int]:
    """As if the recogniser had not found the report: its lines are notes, one per line (the text that
    fits no field); the lines."""
    rec = screen.rec
    report = rec.reports.pop(0)
    lines = sorted({*report.line_indices, *(i for f in report.figures for i in f.line_indices)})
    rec.leftovers[:0] = [Leftover(screen.lines_model.doc.lines[i].text, spans=[Span(i)]) for i in lines]
    screen.rebuild()
    return lines


def test_a_report_the_recogniser_missed_is_added_from_the_chosen_lines_typed_over_and_saved(
    open_review: Opener, fresh: Services
) -> None:
    """Issue 18: Insert makes a report where none was recognised, from the lines the clerk chooses in the
    document (presenter and title from the first, figures and summary from the others); its notes leave
    the notes; F2 types its summary; a figure is added to it; Ctrl+S; read back through a new connection."""
    screen = open_review()
    rec = screen.rec
    lines = _missed_report(screen)
    assert lines == [39, 40, 42, 43, 44] and rec.reports == []
    group = screen.parts_model.findItems("Reports (0)")
    assert group and group[0].data(REF_ROLE) == "reports"  # an empty list is there to add to
    # the note made of line 39 is chosen; in the document Shift+Down chooses the lines down to 44
    screen.select_path("leftovers[0]")
    assert screen.lines.currentIndex().row() == 39
    screen.lines.setFocus()
    for _ in range(5):
        _key(screen.lines, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    _key(screen.lines, Qt.Key.Key_Insert)
    assert len(rec.reports) == 1
    report = rec.reports[0]
    assert screen.current_ref() == rv.ReportRef(0)
    assert report.presenter is not None
    assert (report.presenter.name, report.presenter.title) == ("Trần Minh Đức", "Phó Chủ tịch UBND phường")
    assert report.title == "Báo cáo tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2019"
    assert report.summary == [screen.lines_model.doc.lines[i].text for i in (40, 41)]
    assert [(f.label, f.line_indices) for f in report.figures] == [
        ("Thu ngân sách trên địa bàn", [42]), ("Cấp giấy phép xây dựng", [43]),
        ("Tỷ lệ trẻ em được tiêm chủng mở rộng", [44]),
    ]  # fmt: skip
    assert report.line_indices == list(range(39, 45))
    assert not any(set(n.line_indices) & set(lines) for n in rec.leftovers)  # the notes became the report
    # its summary typed over (↓ title, presenter, summary), a figure added and typed
    _down(screen, 3)
    assert screen.current_ref() == rv.FieldRef("reports", 0, "summary")
    _retype(screen, "Trong tháng 02, phường tổ chức tốt các hoạt động mừng Đảng, mừng Xuân.")
    screen.select_path("reports[0]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Insert)
    assert screen.current_ref() == rv.FieldRef("figures", 3, "figure") and screen.editor.hasFocus()
    type_vietnamese(screen.editor, "Hộ nghèo giảm: 12 hộ")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None

    meeting = fresh.meetings.get(screen.saved_id)
    [saved] = meeting.reports
    assert (saved.title, saved.presenter_name, saved.presenter_title, saved.summary) == (
        report.title, "Trần Minh Đức", "Phó Chủ tịch UBND phường",
        "Trong tháng 02, phường tổ chức tốt các hoạt động mừng Đảng, mừng Xuân.",
    )  # fmt: skip
    assert [(f.label, f.value, f.target) for f in saved.figures] == [
        ("Thu ngân sách trên địa bàn", Decimal("2345600000"), None), ("Cấp giấy phép xây dựng", Decimal(14), Decimal(15)),
        ("Tỷ lệ trẻ em được tiêm chủng mở rộng", None, None), ("Hộ nghèo giảm", Decimal(12), None),
    ]  # fmt: skip
    assert "Thu ngân sách trên địa bàn" not in (meeting.notes or "")  # a figure now, not a note as well


def test_delete_on_a_report_keeps_its_text_in_the_notes_linked_to_its_lines(
    open_review: Opener, fresh: Services
) -> None:
    """Issue 18: Del on a report deletes it; its title, presenter, summary and figures go to the notes,
    still linked to their lines of the document; saved and read back through a new connection."""
    screen = open_review()
    rec = screen.rec
    report = rec.reports[0]
    figures = [rv.figure_text(f) for f in report.figures]
    notes_before = len(rec.leftovers)
    screen.select_path("reports[0]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Delete)
    assert rec.reports == []
    added = rec.leftovers[notes_before:]
    assert added[0].text.splitlines() == [
        "Trần Minh Đức - Phó Chủ tịch UBND phường: "
        "Báo cáo tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2019",
        *report.summary,
    ]
    assert added[0].line_indices == [39, 40]
    assert [n.text for n in added[1:]] == figures
    assert [n.line_indices for n in added[1:]] == [[42], [43], [44]]
    assert screen.current_ref() == rv.Ref("leftovers", notes_before)  # the note is chosen, its lines shown
    assert screen.lines_model.highlighted == {39, 40}
    assert screen.message.text() != ""
    assert screen.parts_model.findItems("Reports (0)")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None
    meeting = fresh.meetings.get(screen.saved_id)
    assert meeting.reports == []
    for text in [*report.summary, "Báo cáo tình hình kinh tế - xã hội tháng 02", *figures]:
        assert text in meeting.notes


CHI_BO = DATA / "chi-bo-khu-dan-cu-3-2021-01.docx"


def test_attendees_are_added_from_the_document_moved_and_deleted_with_keys_then_saved(
    open_review: Opener, fresh: Services
) -> None:
    """Issue 18: an attendee the recogniser missed (its line in the notes) is made an attendee with Alt+6,
    another is added with Insert from the chosen line of the document, one is moved with Alt+Up and one
    deleted with Del (the line goes to the notes); Ctrl+S; the attendance read back through a new
    connection."""
    screen = open_review(CHI_BO)
    rec = screen.rec
    missed = rec.attendees.pop(2)  # as if line 7 had not been read: "3. Đồng chí Trương Văn Lợi - Đảng viên."
    rec.leftovers.append(Leftover(screen.lines_model.doc.lines[7].text, spans=[Span(7)]))
    screen.rebuild()
    assert screen.parts_model.findItems("Attendees (3)")
    # click line 7 in the document: its note is chosen; Alt+6 makes it an attendee
    index = screen.lines_model.index(7, 0)
    screen.lines.scrollTo(index)
    QTest.mouseClick(
        screen.lines.viewport(), Qt.MouseButton.LeftButton, pos=screen.lines.visualRect(index).center()
    )
    assert screen.current_ref() == rv.Ref("leftovers", len(rec.leftovers) - 1)
    _key(screen.lines, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert screen.current_ref() == rv.FieldRef("attendees", 3, "who")
    added = rec.attendees[3]
    assert added.person is not None and missed.person is not None
    assert (added.person.name, added.person.title, added.line_indices) == (
        missed.person.name, missed.person.title, [7],
    )  # fmt: skip
    assert not any(n.line_indices == [7] for n in rec.leftovers)  # the note is the attendee now
    # Alt+Up: back above the absent member
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert screen.current_ref() == rv.FieldRef("attendees", 2, "who")
    assert [a.person.name for a in rec.attendees if a.person] == [
        "Ngô Văn Bình", "Lý Thị Thu", "Trương Văn Lợi", "Đinh Thị Hoa",
    ]  # fmt: skip
    # F2: late
    _retype(screen, "Trương Văn Lợi - Đảng viên (đến muộn)")
    assert rec.attendees[2].presence == "late"
    # Insert on an attendee: a new one after it, from the chosen line (the chosen attendee's, line 8),
    # typed over in the editor
    screen.select_path("attendees[3]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Insert)
    assert screen.current_ref() == rv.FieldRef("attendees", 4, "who") and screen.editor.hasFocus()
    _key(screen.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_vietnamese(screen.editor, "Bùi Văn Nam - Trưởng ban công tác Mặt trận")
    assert rec.attendees[4].person is not None and rec.attendees[4].person.name == "Bùi Văn Nam"
    assert rec.attendees[4].line_indices == [8] and rec.attendees[4].presence == "present"
    # Del on the absent member: deleted, the line kept in the notes
    screen.select_path("attendees[3]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Delete)
    assert [a.person.name for a in rec.attendees if a.person] == [
        "Ngô Văn Bình", "Lý Thị Thu", "Trương Văn Lợi", "Bùi Văn Nam",
    ]  # fmt: skip
    assert rec.leftovers[-1].text == "Đinh Thị Hoa - Đảng viên (vắng: ốm)"
    assert rec.leftovers[-1].line_indices == [8]
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None

    meeting = fresh.meetings.get(screen.saved_id)
    assert [(a.person_name, a.person_title, a.presence) for a in meeting.attendance] == [
        ("Ngô Văn Bình", "Bí thư Chi bộ", "present"), ("Lý Thị Thu", "Phó Bí thư Chi bộ", "present"),
        ("Trương Văn Lợi", "Đảng viên", "late"), ("Bùi Văn Nam", "Trưởng ban công tác Mặt trận", "present"),
    ]  # fmt: skip
    assert "Đinh Thị Hoa - Đảng viên (vắng: ốm)" in meeting.notes


def test_a_signature_is_typed_over_and_one_deleted_then_saved(open_review: Opener, fresh: Services) -> None:
    """Issue 18: the signers are corrected with F2 ("capacity: name") and deleted with Del (their words go
    to the notes, linked to their lines); saved and read back through a new connection."""
    screen = open_review()
    rec = screen.rec
    assert [(s.lines, s.name) for s in rec.signers] == [
        (["THƯ KÝ"], "Lê Thị Mai"),
        (["CHỦ TỌA"], "Nguyễn Văn Hùng"),
    ]
    assert screen.select_path("signers[0]")
    assert screen.current_ref() == rv.FieldRef("signers", 0, "who")
    assert screen.editor.toPlainText() == "THƯ KÝ: Lê Thị Mai"
    _retype(screen, "NGƯỜI GHI BIÊN BẢN: Lê Thị Mai")
    assert (rec.signers[0].lines, rec.signers[0].name) == (["NGƯỜI GHI BIÊN BẢN"], "Lê Thị Mai")
    chair_lines = rec.signers[1].line_indices
    screen.select_path("signers[1]")
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_Delete)
    assert len(rec.signers) == 1
    assert (
        rec.leftovers[-1].text == "CHỦ TỌA: Nguyễn Văn Hùng" and rec.leftovers[-1].line_indices == chair_lines
    )
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None
    notes = fresh.meetings.get(screen.saved_id).notes
    assert "NGƯỜI GHI BIÊN BẢN: Lê Thị Mai" in notes and "CHỦ TỌA: Nguyễn Văn Hùng" in notes
    assert "THƯ KÝ: Lê Thị Mai" not in notes


HDND = DATA / "hdnd-thuong-truc-2022-04.docx"


def test_a_group_of_recommendations_is_split_titled_and_merged_with_keys_then_saved(
    open_review: Opener, fresh: Services
) -> None:
    """Issue 18 (recommendations in groups): Ctrl+G starts a new group at the chosen recommendation, F2
    types its title, Ctrl+J on a group merges the next group into it (that group's title goes to the
    notes); saved and read back through a new connection."""
    screen = open_review(HDND)
    rec = screen.rec
    assert [(g.title, len(g.items)) for g in rec.recommendation_groups] == [
        ("Lĩnh vực đô thị", 2), ("Lĩnh vực đất đai", 1),
    ]  # fmt: skip
    second, third = (r.text for r in rv.items(rec, "recommendations")[1:])
    screen.select_path("recommendation_groups[0].items[1]")
    assert screen.current_ref() == rv.Ref("recommendations", 1)
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_ref() == rv.FieldRef("groups", 1, "title") and screen.editor.hasFocus()
    type_vietnamese(screen.editor, "Lĩnh vực giao thông")
    assert [(g.title, len(g.items)) for g in rec.recommendation_groups] == [
        ("Lĩnh vực đô thị", 1), ("Lĩnh vực giao thông", 1), ("Lĩnh vực đất đai", 1),
    ]  # fmt: skip
    screen.tree.setFocus()
    _key(screen.tree, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert [(g.title, len(g.items)) for g in rec.recommendation_groups] == [
        ("Lĩnh vực đô thị", 1), ("Lĩnh vực giao thông", 2),
    ]  # fmt: skip
    assert rec.leftovers[-1].text == "Lĩnh vực đất đai"
    _key(screen.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert screen.saved_id is not None
    meeting = fresh.meetings.get(screen.saved_id)
    assert [(g.title, [r.text for r in g.items]) for g in meeting.recommendation_groups][1:] == [
        ("Lĩnh vực giao thông", [second, third])
    ]
    assert meeting.recommendation_groups[0].title == "Lĩnh vực đô thị"
    assert "Lĩnh vực đất đai" in meeting.notes
