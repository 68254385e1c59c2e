"""The LibreOffice kept warm for PDF: one soffice serves every conversion, is started again when it
dies, and ends with the application."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes.export import pdf, pdf_warm
from minutes.export.documents import Options, export_meeting
from minutes.services import Services

SOFFICE = pdf.find_soffice()
pytestmark = pytest.mark.skipif(
    SOFFICE is None or pdf_warm.find_uno_python(SOFFICE) is None,
    reason="LibreOffice with a Python that can import uno (python3-uno) is not installed",
)


@pytest.fixture(autouse=True)
def fresh_office() -> Iterator[None]:
    pdf_warm.shutdown()
    yield
    pdf_warm.shutdown()


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by its parent) is not running either
    status = Path(f"/proc/{pid}/status")
    return not status.exists() or "State:\tZ" not in status.read_text()


def text_of(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed: text of the PDF not checked")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout
    return "".join(out.decode("utf-8").split())


def test_one_warm_soffice_converts_every_document_and_is_restarted_when_it_dies(
    services: Services, tmp_path: Path
) -> None:
    meeting_id = services.demo.load()
    first = export_meeting(services, meeting_id, "minutes", tmp_path / "a.pdf", as_pdf=True,
                           options=Options(family="party"))  # fmt: skip
    office = pdf_warm._office
    assert office is not None and office.office_pid is not None
    pid = office.office_pid
    second = export_meeting(services, meeting_id, "plan", tmp_path / "b.pdf", as_pdf=True)
    assert office.office_pid == pid and running(pid)  # the same LibreOffice, kept warm
    assert "BIÊNBẢN" in text_of(first) and "Nộidungnhiệmvụ" in text_of(second)

    os.killpg(pid, signal.SIGKILL)  # LibreOffice crashed (or a user killed it)
    third = export_meeting(services, meeting_id, "minutes", tmp_path / "c.pdf", as_pdf=True)
    assert "BIÊNBẢN" in text_of(third)
    assert office.office_pid is not None and office.office_pid != pid and running(office.office_pid)

    restarted = office.office_pid
    pdf_warm.shutdown()  # the application quits: no LibreOffice is left behind
    assert not running(restarted)


def test_a_document_it_cannot_read_is_a_clear_error_and_the_office_stays_warm(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    good = tmp_path / "good.docx"
    from docx import Document

    document = Document()
    document.add_paragraph("Kết luận của đồng chí Bí thư")
    document.save(str(good))
    pdf.docx_to_pdf(good, tmp_path / "good.pdf")
    office = pdf_warm._office
    assert office is not None
    pid = office.office_pid
    with pytest.raises(pdf.ConversionFailed):
        pdf.docx_to_pdf(broken, tmp_path / "broken.pdf")
    assert not (tmp_path / "broken.pdf").exists()
    pdf.docx_to_pdf(good, tmp_path / "again.pdf")
    assert office.office_pid == pid
    assert "KếtluậncủađồngchíBíthư" in text_of(tmp_path / "again.pdf")
