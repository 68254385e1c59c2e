"""The exact pages of the print preview (issue 17: a preview in 2 s): every page of the document, in
order, at the resolution asked; the same document previewed again, or printed after its preview, is
not converted again; a changed meeting is."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from minutes.export import pdf
from minutes.services import Services
from minutes.ui import export_jobs
from minutes.ui.export_jobs import MeetingSource, Request, forget_pages, pages_job

pytestmark = pytest.mark.skipif(
    pdf.find_soffice() is None or pdf.find_pdftoppm() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler is not installed: no exact pages",
)


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_every_page_in_order_and_no_second_conversion_of_the_same_document(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = services.demo.load()
    request = Request(MeetingSource(meeting_id), "minutes", "party", None, None)
    made: list[Path] = []
    convert = pdf.docx_to_pdf

    def counted(source: str | Path, target: str | Path, **kwargs: float) -> Path:
        made.append(convert(source, target, **kwargs))
        return made[-1]

    monkeypatch.setattr(export_jobs.pdf, "docx_to_pdf", counted)
    try:
        pages = pages_job(services, request, tmp_path, dpi=110)
        assert len(made) == 1
        count = _pdf_pages(made[0])
        assert count >= 5 and len(pages.images) == count  # every page of the document
        assert [int(p.stem.rsplit("-", 1)[1]) for p in pages.images] == list(range(1, count + 1))
        first = QImage(str(pages.images[0]))
        assert not first.isNull()
        assert abs(first.width() - round(210 / 25.4 * 110)) <= 2  # an A4 page at 110 dpi
        assert first.height() > first.width()

        again = pages_job(services, request, tmp_path, dpi=110)  # nothing changed since
        assert again.images == pages.images and len(made) == 1
        printed = pages_job(services, request, tmp_path, dpi=200)  # printed after the preview
        assert len(made) == 1 and len(printed.images) == count
        assert abs(QImage(str(printed.images[0])).width() - round(210 / 25.4 * 200)) <= 2

        services.meetings.update(meeting_id, location="Hội trường tầng 3, trụ sở Quận ủy mới")
        changed = pages_job(services, request, tmp_path, dpi=110)
        assert len(made) == 2 and changed.images != pages.images
        assert "Hội trường tầng 3" in " ".join(_pdf_text(made[1]).split())
    finally:
        forget_pages(tmp_path)
    monkeypatch.undo()
    assert not export_jobs._made and not export_jobs._pdfs
