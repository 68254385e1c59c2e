"""Saving imported documents: the original kept, the meeting marked imported, the directory reused,
duplicates found, batches with progress and cancel, nothing half-saved, both database backends."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select

from minutes.archive.mapping import NoMeetingDate
from minutes.archive.store import ArchiveService
from minutes.db import models as m
from minutes.db.imports import DocumentImport
from minutes.export.documents import build
from minutes.services import Services

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"
GIAO_BAN = DATA / "ubnd-ngoc-thuy-giao-ban-2019-03.docx"
CHI_BO = DATA / "chi-bo-khu-dan-cu-3-2021-01.docx"
KICKOFF = DATA / "bridge-package3-kickoff-2022-03.docx"


def _count(services: Services, model: type) -> int:
    with services.meetings.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_recognising_saves_nothing_and_every_part_points_at_its_text(
    importer: ArchiveService, target_fresh: Services
) -> None:
    item = importer.recognise_file(GIAO_BAN)
    assert _count(target_fresh, m.Meeting) == 0
    parts = item.meeting.parts()
    assert len(parts) > 30
    lines = item.doc.lines
    for path, part in parts:
        assert part.spans, path
        assert 0 < part.confidence <= 1, path
        assert all(0 <= span.line < len(lines) for span in part.spans), path
    chair = item.meeting.chair
    assert chair is not None and "Nguyễn Văn Hùng" in lines[chair.spans[0].line].text


def test_the_original_is_kept_and_the_meeting_marked_imported(
    importer: ArchiveService, target_fresh: Services
) -> None:
    meeting_id = importer.save(importer.recognise_file(GIAO_BAN))
    fresh = ArchiveService(target_fresh.db, target_fresh.actor)
    info = fresh.imported(meeting_id)
    assert info is not None
    assert (info.file_name, info.layout, info.review_status, info.imported_by) == (
        GIAO_BAN.name,
        "state_minutes",
        "needs_review",
        "Văn thư",
    )
    assert info.source_path == str(GIAO_BAN)
    assert fresh.original(meeting_id) == (GIAO_BAN.name, GIAO_BAN.read_bytes())
    assert target_fresh.meetings.get(meeting_id).status == "draft"
    assert [i.meeting_id for i in fresh.pending_review()] == [meeting_id]
    fresh.mark_reviewed(meeting_id)
    assert importer.imported(meeting_id).review_status == "reviewed"  # type: ignore[union-attr]
    assert importer.pending_review() == []


def test_people_and_units_of_the_directory_are_linked_ignoring_accents_and_case(
    target: Services, importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    demo = target.meetings.get(target.demo.load())
    people = len(target.directory.find_people("", limit=1000))
    units = len(target.directory.list_units())
    doc = build("minutes", demo, target.profile.for_meeting(demo).data, "party")
    # typed another way: decomposed accents (the Windows keyboard), "uỷ" for "ủy", capitals
    for paragraph in doc.paragraphs:
        for run in paragraph.runs:
            text = run.text.replace(
                "Nguyễn Mạnh Hà - Phó Bí thư Quận ủy", "NGUYỄN MẠNH HÀ - Phó Bí thư Quận uỷ"
            )
            run.text = text.replace("Phòng họp 1", "Phòng họp 1")
    path = tmp_path / "bien-ban.docx"
    doc.save(str(path))
    meeting_id = importer.save(importer.recognise_file(path))
    back = target_fresh.meetings.get(meeting_id)
    assert len(target_fresh.directory.find_people("", limit=1000)) == people
    assert len(target_fresh.directory.list_units()) == units + 1  # the superior body, new to the directory
    assert back.chair_id == demo.chair_id and back.organisation_id == demo.organisation_id
    ha = next(a for a in demo.attendance if a.person_name == "Nguyễn Mạnh Hà")
    assert ha.person_id in [a.person_id for a in back.attendance]
    assert {t.lead_unit_id for t in back.tasks} == {t.lead_unit_id for t in demo.tasks}


def test_duplicates_by_file_by_words_and_by_number_and_date(
    importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    first = importer.import_files([GIAO_BAN])
    assert [o.status for o in first.outcomes] == ["imported"]
    original = first.outcomes[0].meeting_id
    # the same file again, under another name
    copy = tmp_path / "copy.docx"
    shutil.copy(GIAO_BAN, copy)
    # the same words in other fonts and sizes
    restyled = docx.Document(str(GIAO_BAN))
    for paragraph in restyled.paragraphs:
        for run in paragraph.runs:
            run.font.name, run.font.size = "Arial", docx.shared.Pt(10)
    restyled.save(str(tmp_path / "restyled.docx"))
    # another document with the same number and date
    renumbered = docx.Document(str(GIAO_BAN))
    renumbered.add_paragraph("Biên bản bổ sung: ghi chú của thư ký.")
    renumbered.save(str(tmp_path / "same-number.docx"))
    summary = importer.import_files([tmp_path])
    assert {Path(o.path).name: (o.status, o.duplicate_of) for o in summary.outcomes} == {
        "copy.docx": ("duplicate", original),
        "restyled.docx": ("duplicate", original),
        "same-number.docx": ("duplicate", original),
    }
    assert _count(target_fresh, m.Meeting) == 1
    again = importer.import_files([copy], allow_duplicates=True)
    assert again.outcomes[0].status == "imported"
    assert _count(target_fresh, m.Meeting) == 2


def test_a_folder_imports_with_progress_and_a_bad_file_does_not_stop_the_others(
    importer: ArchiveService, target_fresh: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "archive"
    (folder / "2021").mkdir(parents=True)
    shutil.copy(GIAO_BAN, folder / GIAO_BAN.name)
    shutil.copy(CHI_BO, folder / "2021" / CHI_BO.name)
    shutil.copy(KICKOFF, folder / KICKOFF.name)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a Word file")
    (folder / "notes.txt").write_text("not a document", encoding="utf-8")
    (folder / "~$lock.docx").write_bytes(b"Word's lock file")
    seen: list[tuple[int, int, str]] = []
    summary = importer.import_files(
        [folder], progress=lambda done, total, path: seen.append((done, total, path))
    )
    assert [(d, t) for d, t, _ in seen] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    statuses = {Path(o.path).name: o.status for o in summary.outcomes}
    assert statuses == {"broken.docx": "failed", CHI_BO.name: "imported", GIAO_BAN.name: "imported",
                        KICKOFF.name: "imported"}  # fmt: skip
    failed = summary.of("failed")[0]
    assert "broken.docx cannot be read as a Word document" in failed.message
    assert _count(target_fresh, m.Meeting) == 3
    assert _count(target_fresh, DocumentImport) == 3
    assert all(o.review for o in summary.needs_review)


def test_cancel_stops_between_files(importer: ArchiveService, target_fresh: Services) -> None:
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    summary = importer.import_files([GIAO_BAN, CHI_BO, KICKOFF], cancel=cancel)
    assert summary.cancelled
    assert [o.status for o in summary.outcomes] == ["imported", "cancelled", "cancelled"]
    assert _count(target_fresh, m.Meeting) == 1


def test_nothing_is_half_saved(
    importer: ArchiveService, target_fresh: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no date at all: refused with a clear message, nothing written
    undated = docx.Document()
    undated.add_paragraph("BIÊN BẢN").runs[0].bold = True
    undated.add_paragraph("Họp tổ công tác")
    undated.add_paragraph("Thành phần: đồng chí Nguyễn Văn A - Tổ trưởng.")
    undated.save(str(tmp_path / "undated.docx"))
    with pytest.raises(NoMeetingDate, match="undated.docx: no meeting date"):
        importer.save(importer.recognise_file(tmp_path / "undated.docx"))
    # a failure after the meeting was written (the import record): the meeting goes too
    import minutes.archive.store as store

    def broken(**_kw: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(store, "DocumentImport", broken)
    with pytest.raises(RuntimeError):
        importer.save(importer.recognise_file(GIAO_BAN))
    for model in (m.Meeting, m.Attachment, m.Person, m.Unit, DocumentImport):
        assert _count(target_fresh, model) == 0, model


def test_deleting_an_imported_meeting_removes_its_original_and_record(
    importer: ArchiveService, target_fresh: Services
) -> None:
    meeting_id = importer.save(importer.recognise_file(CHI_BO))
    target_fresh.meetings.delete(meeting_id)
    assert (_count(target_fresh, m.Attachment), _count(target_fresh, DocumentImport)) == (0, 0)


def test_import_on_both_backends(any_services: Services, any_fresh: Services) -> None:
    importer = ArchiveService(any_services.db, any_services.actor)
    summary = importer.import_files([GIAO_BAN, KICKOFF])
    assert [o.status for o in summary.outcomes] == ["imported", "imported"]
    fresh = ArchiveService(any_fresh.db, any_fresh.actor)
    meeting_id = summary.outcomes[0].meeting_id
    assert meeting_id is not None
    assert fresh.original(meeting_id) == (GIAO_BAN.name, GIAO_BAN.read_bytes())
    back = any_fresh.meetings.get(meeting_id)
    assert (back.reference_number, back.meeting_date, back.chair_name) == ("12/BB-UBND", date(2019, 3, 5),
                                                                           "Nguyễn Văn Hùng")  # fmt: skip
    assert [t.deadline for t in back.tasks] == [date(2019, 3, 15), date(2019, 3, 7)]
    assert importer.import_files([GIAO_BAN]).outcomes[0].status == "duplicate"


def test_every_message_of_the_import_is_listed_for_translation() -> None:
    from minutes.archive import convert, mapping, source, store
    from minutes.errors import UserError
    from minutes.ui.errors_i18n import TEMPLATES

    templates = {cls.template for module in (convert, mapping, source, store) for cls in vars(module).values()
                 if isinstance(cls, type) and issubclass(cls, UserError) and cls.__module__ == module.__name__}  # fmt: skip
    assert len(templates) == 6
    assert templates <= set(TEMPLATES)


def test_an_unexpected_failure_stops_only_its_file(
    importer: ArchiveService, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import minutes.archive.store as store

    real = store.recognise

    def flaky(doc: object, directory: object = None) -> object:
        if getattr(doc, "name", "") == CHI_BO.name:
            raise RuntimeError("a bug")
        return real(doc, directory)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "recognise", flaky)
    summary = importer.import_files([CHI_BO, KICKOFF])
    assert [o.status for o in summary.outcomes] == ["failed", "imported"]
    assert summary.outcomes[0].message == "unexpected error (RuntimeError); see the log"
    assert "Traceback" not in capsys.readouterr().err
