"""Old .doc and .odt files are read through LibreOffice (skipped where it is not installed)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from minutes.archive import convert
from minutes.archive.store import ArchiveService
from minutes.export import pdf, pdf_warm
from minutes.services import Services

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"
SOURCE = DATA / "dang-uy-ngoc-lam-hoi-nghi-2018-12.docx"


@pytest.fixture(scope="module")
def old_formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Party minutes saved as .odt and as Word 97 .doc, as an office's old files are."""
    program = pdf.find_soffice()
    if program is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("old")
    out: dict[str, Path] = {}
    for target, suffix in (("odt", ".odt"), ("doc:MS Word 97", ".doc")):
        subprocess.run([program, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--convert-to", target, "--outdir", str(folder / suffix[1:]), str(SOURCE)],
                       check=True, capture_output=True, timeout=180)  # fmt: skip
        out[suffix] = folder / suffix[1:] / f"{SOURCE.stem}{suffix}"
        assert out[suffix].is_file()
    return out


def test_odt_and_doc_are_recognised_like_the_docx(
    old_formats: dict[str, Path], importer: ArchiveService, target_fresh: Services
) -> None:
    summary = importer.import_files([old_formats[".odt"], old_formats[".doc"]])
    odt, doc = summary.outcomes
    assert odt.status == "imported", odt.message
    # the same words as the .odt: the .doc is found to be the same document
    assert (doc.status, doc.duplicate_of) == ("duplicate", odt.meeting_id)
    assert odt.meeting_id is not None
    back = target_fresh.meetings.get(odt.meeting_id)
    assert (back.reference_number, back.chair_name, back.title) == (
        "45-BB/ĐU",
        "Đỗ Thị Hương",
        "hội nghị Ban Chấp hành Đảng bộ phường tháng 12 năm 2018",
    )
    assert [a.absence_reason for a in back.attendance if a.presence == "absent"] == [
        "đi học lớp Trung cấp lý luận chính trị",
        "ốm",
    ]
    name, data = ArchiveService(target_fresh.db, target_fresh.actor).original(odt.meeting_id) or ("", b"")
    assert (name, data) == (old_formats[".odt"].name, old_formats[".odt"].read_bytes())
    info = importer.imported(odt.meeting_id)
    assert info is not None and info.layout == "party_minutes"


def test_without_libreoffice_the_file_fails_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, importer: ArchiveService, tmp_path: Path
) -> None:
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(tmp_path / "no-such-soffice"))
    old = tmp_path / "bien-ban-2009.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    outcome = importer.import_files([old]).outcomes[0]
    assert outcome.status == "failed"
    assert "needs LibreOffice" in outcome.message and "bien-ban-2009.doc" in outcome.message
    assert convert.needs_conversion(old)


@pytest.fixture
def old_docs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three different minutes of the test set saved as Word 97 .doc (one soffice run, beforehand)."""
    program = pdf.find_soffice()
    if program is None or pdf_warm.find_uno_python(program) is None:
        pytest.skip("LibreOffice with a Python that can import uno (python3-uno) is not installed")
    folder = tmp_path_factory.mktemp("docs")
    sources = sorted(DATA.glob("*.docx"))[:3]
    subprocess.run([program, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc:MS Word 97", "--outdir", str(folder / "doc"), *map(str, sources)],
                   check=True, capture_output=True, timeout=300)  # fmt: skip
    return sorted((folder / "doc").glob("*.doc"))


def test_a_folder_of_doc_files_goes_through_one_warm_libreoffice(
    old_docs: list[Path], importer: ArchiveService, target_fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18 leftovers item 3: no soffice is started per file (nor per chunk): the LibreOffice the PDF
    export keeps warm converts each .doc, and stays the same process from the first file to the last."""
    pdf_warm.shutdown()
    monkeypatch.delenv(pdf_warm.ENV_WARM, raising=False)
    started: list[str] = []

    def no_fresh_soffice(command: list[str], name: str, timeout: float) -> tuple[int, bytes]:
        started.append(name)
        raise AssertionError("a fresh soffice was started")

    monkeypatch.setattr(pdf, "_run", no_fresh_soffice)
    pids: list[int | None] = []
    summary = importer.import_files(
        [old_docs[0].parent],
        progress=lambda *_: pids.append(pdf_warm._office.office_pid if pdf_warm._office else None),
    )
    try:
        assert started == []
        assert [o.status for o in summary.outcomes] == ["imported"] * 3, [o.message for o in summary.outcomes]
        office_pids = {pid for pid in pids if pid is not None}
        assert len(office_pids) == 1 and sum(pid is not None for pid in pids) >= 3  # one, warm from file 2 on
        titles = sorted(target_fresh.meetings.get(o.meeting_id).title for o in summary.outcomes)  # type: ignore[arg-type]
        expected = sorted(
            ArchiveService(target_fresh.db, target_fresh.actor).recognise_file(p).meeting.title.value  # type: ignore[union-attr]
            for p in sorted(DATA.glob("*.docx"))[:3]
        )
        assert titles == expected  # the .doc files read as their .docx
    finally:
        pdf_warm.shutdown()
