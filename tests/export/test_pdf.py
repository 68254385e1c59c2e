"""DOCX -> PDF through LibreOffice: the real conversion when it is installed, and every way it can fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minutes.export import pdf
from minutes.export.documents import Options, export_meeting
from minutes.services import Services

needs_libreoffice = pytest.mark.skipif(
    pdf.find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: no real PDF conversion to test",
)


@needs_libreoffice
def test_demo_minutes_and_plan_convert_to_pdf(services: Services, tmp_path: Path) -> None:
    meeting_id = services.demo.load()
    out = tmp_path / "out"
    target = export_meeting(services, meeting_id, "minutes", out / "bien-ban.pdf", as_pdf=True,
                            options=Options(family="party"))  # fmt: skip
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.count(b"/Type /Page") + data.count(b"/Type/Page") >= 2
    assert [p.name for p in out.iterdir()] == ["bien-ban.pdf"]  # no DOCX or partial file left
    plan = export_meeting(services, meeting_id, "plan", tmp_path / "ke-hoach.pdf", as_pdf=True)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed: text of the PDF not checked")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True).stdout
    # Justified lines come out of pdftotext with spaces inside words ("đ ồng"): compare without spaces.
    decoded = "".join(text.decode("utf-8").split())
    assert "BIÊNBẢN" in decoded and "ĐườngHoàiNam" in decoded and "19.885.177.001đồng" in decoded
    plan_text = subprocess.run(["pdftotext", str(plan), "-"], capture_output=True, check=True).stdout.decode()
    assert plan_text.count("Nội dung nhiệm vụ") >= 2  # the header row repeated on the second page


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text(
        f"#!{sys.executable}\nimport sys, pathlib, time\nargs = sys.argv[1:]\n{body}\n", encoding="utf-8"
    )
    script.chmod(0o755)
    return script


def test_missing_libreoffice_is_a_clear_user_error(monkeypatch: pytest.MonkeyPatch, services: Services,
                                                   tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(tmp_path / "no-such-soffice"))
    assert not pdf.available()
    meeting_id = services.demo.load()
    with pytest.raises(pdf.LibreOfficeMissing) as caught:
        export_meeting(services, meeting_id, "minutes", tmp_path / "x.pdf", as_pdf=True)
    assert "LibreOffice" in caught.value.message and "DOCX" in caught.value.message
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the fake soffice is a POSIX script")
def test_private_profile_and_output_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    log = tmp_path / "args.txt"
    fake = _fake_soffice(
        tmp_path,
        f"""
pathlib.Path({str(log)!r}).write_text("\\n".join(args))
out = pathlib.Path(args[args.index("--outdir") + 1])
(out / (pathlib.Path(args[-1]).stem + ".pdf")).write_bytes(b"%PDF-1.7 fake")""",
    )
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(fake))
    source = tmp_path / "in.docx"
    source.write_bytes(b"docx")
    result = pdf.docx_to_pdf(source, tmp_path / "out" / "result.pdf")
    assert result.read_bytes() == b"%PDF-1.7 fake"
    args = log.read_text().splitlines()
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    assert "minutes-lo-profile-" in profile  # never the user's own LibreOffice profile
    assert "--headless" in args and args[-1] == str(source)


@pytest.mark.skipif(sys.platform == "win32", reason="the fake soffice is a POSIX script")
def test_failure_and_timeout_are_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = tmp_path / "in.docx"
    source.write_bytes(b"docx")
    failing = _fake_soffice(
        tmp_path, "print('Error: source file could not be loaded', file=sys.stderr)\nsys.exit(1)"
    )
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(failing))
    with pytest.raises(pdf.ConversionFailed, match="could not be loaded"):
        pdf.docx_to_pdf(source, tmp_path / "a.pdf")
    hanging = _fake_soffice(tmp_path, "time.sleep(30)")
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(hanging))
    with pytest.raises(pdf.ConversionTimedOut):
        pdf.docx_to_pdf(source, tmp_path / "b.pdf", timeout=0.5)
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "b.pdf").exists()
