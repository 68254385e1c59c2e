"""DOCX -> PDF through LibreOffice: a LibreOffice kept warm (:mod:`~minutes.export.pdf_warm`, through its
UNO interface) where a Python with LibreOffice's ``uno`` module is found, else a fresh
``soffice --headless --convert-to pdf`` per document.

* A private user profile (``-env:UserInstallation``) per process, so a conversion works while the user
  has LibreOffice open (a second soffice on the same profile would hand the job to the running one
  and return at once without a file) and two processes never share a profile. Conversions within one
  process are serialised (a profile serves one soffice at a time).
* A timeout: a stuck LibreOffice is killed and reported, never waited on forever.
* A clear, translatable :class:`ExportError` when LibreOffice is not installed.

``MINUTES_SOFFICE`` names the soffice program explicitly (a portable LibreOffice on Windows, tests).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from minutes import fileio
from minutes.errors import ExportError
from minutes.export import pdf_warm

log = logging.getLogger(__name__)

ENV_SOFFICE = "MINUTES_SOFFICE"
DEFAULT_TIMEOUT_S = 180.0
_CANDIDATES = ("soffice", "libreoffice")
_WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                  r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")  # fmt: skip
_MAC_PATH = "/Applications/LibreOffice.app/Contents/MacOS/soffice"

_lock = threading.Lock()
_profile_dir: Path | None = None


class LibreOfficeMissing(ExportError):
    template = (
        "PDF files are made with LibreOffice, which is not installed on this computer. "
        "Install LibreOffice (https://www.libreoffice.org) and try again, or export to DOCX."
    )


class ConversionFailed(ExportError):
    template = "LibreOffice could not convert {name} to PDF: {detail}"


class ConversionTimedOut(ExportError):
    template = "LibreOffice did not finish converting {name} to PDF within {seconds} seconds."


def find_soffice() -> str | None:
    """The LibreOffice program to run, or None when it is not installed."""
    explicit = os.environ.get(ENV_SOFFICE)
    if explicit:
        return explicit if Path(explicit).is_file() or shutil.which(explicit) else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    extra = _WINDOWS_PATHS if sys.platform == "win32" else (_MAC_PATH,) if sys.platform == "darwin" else ()
    return next((p for p in extra if Path(p).is_file()), None)


def available() -> bool:
    return find_soffice() is not None


def _profile() -> Path:
    """This process's private LibreOffice profile (created once, removed at exit)."""
    global _profile_dir
    if _profile_dir is None:
        _profile_dir = Path(tempfile.mkdtemp(prefix="minutes-lo-profile-"))
        atexit.register(shutil.rmtree, _profile_dir, True)
    return _profile_dir


def docx_to_pdf(source: str | Path, target: str | Path, *, timeout: float = DEFAULT_TIMEOUT_S) -> Path:
    """Convert ``source`` (.docx) to ``target`` (.pdf); the target appears only when complete."""
    source, target = Path(source), Path(target)
    program = find_soffice()
    if program is None:
        raise LibreOfficeMissing()
    target.parent.mkdir(parents=True, exist_ok=True)
    with _lock, tempfile.TemporaryDirectory(prefix="minutes-pdf-") as outdir:
        if pdf_warm.enabled() and _convert_warm(program, source, Path(outdir) / "warm.pdf", timeout):
            fileio.write_with(target, lambda temp: shutil.move(str(Path(outdir) / "warm.pdf"), temp))
            return target
        command = [program, f"-env:UserInstallation={_profile().as_uri()}", "--headless", "--invisible",
                   "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   "--convert-to", "pdf", "--outdir", outdir, str(source)]  # fmt: skip
        returncode, output = _run(command, source.name, timeout)
        produced = Path(outdir) / f"{source.stem}.pdf"
        if returncode != 0 or not produced.is_file() or produced.stat().st_size == 0:
            detail = output.decode("utf-8", "replace").strip().splitlines()
            raise ConversionFailed(
                name=source.name, detail=detail[-1] if detail else f"exit status {returncode}"
            )
        fileio.write_with(target, lambda temp: shutil.move(str(produced), temp))
    return target


def _convert_warm(program: str, source: Path, produced: Path, timeout: float) -> bool:
    """Through the warm LibreOffice: True when ``produced`` was written, False when it cannot be used
    here (then the caller starts a fresh soffice); a document it cannot convert is an error."""
    try:
        pdf_warm.office(program).convert(source.resolve(), produced.resolve(), timeout)
    except pdf_warm.WarmUnavailable as exc:
        log.info("no warm LibreOffice (%s): a fresh process converts %s", exc, source.name)
        return False
    except pdf_warm.BridgeTimedOut:
        raise ConversionTimedOut(name=source.name, seconds=int(timeout)) from None
    except pdf_warm.BridgeFailed as exc:
        raise ConversionFailed(name=source.name, detail=str(exc)) from None
    if not produced.is_file() or produced.stat().st_size == 0:
        raise ConversionFailed(name=source.name, detail="no PDF was written")
    return True


def _run(command: list[str], name: str, timeout: float) -> tuple[int, bytes]:
    """Run soffice in its own process group, so a timeout kills soffice.bin too (``soffice`` is a
    wrapper script on Linux). Returns the exit status and stderr (or stdout when stderr is empty)."""
    posix = os.name == "posix"
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   start_new_session=posix)  # fmt: skip
    except OSError as exc:
        raise ConversionFailed(name=name, detail=exc.strerror or str(exc)) from None
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if posix:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.communicate()
        raise ConversionTimedOut(name=name, seconds=int(timeout)) from None
    return process.returncode, stderr or stdout


# ------------------------------------------------------------------------------------------- page images
def find_pdftoppm() -> str | None:
    """Poppler's ``pdftoppm`` (turns PDF pages into images for the print preview), or None."""
    return shutil.which("pdftoppm")


def pdf_to_images(source: str | Path, outdir: str | Path, *, dpi: int = 150, gray: bool = True,
                  timeout: float = DEFAULT_TIMEOUT_S) -> list[Path]:  # fmt: skip
    """One image per page of ``source`` in ``outdir`` (page order), at ``dpi``; grey keeps them small.

    The images are uncompressed PGM/PPM (Qt reads them without a plug-in): pdftoppm's PNG encoder took
    95% of the time (3.0 s for the seven pages of the example minutes at 110 dpi, against 0.09 s for
    the same pages uncompressed); they live in a temporary folder for as long as the preview does."""
    program = find_pdftoppm()
    if program is None:
        raise ConversionFailed(name=Path(source).name, detail="pdftoppm (poppler-utils) is not installed")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    command = [program, "-r", str(dpi), *(["-gray"] if gray else []), str(source), str(outdir / "page")]
    returncode, output = _run(command, Path(source).name, timeout)
    if returncode != 0:
        detail = output.decode("utf-8", "replace").strip().splitlines()
        raise ConversionFailed(
            name=Path(source).name, detail=detail[-1] if detail else f"exit status {returncode}"
        )
    suffix = ".pgm" if gray else ".ppm"
    pages = sorted(outdir.glob(f"page-*{suffix}"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        raise ConversionFailed(name=Path(source).name, detail="no page was rendered")
    return pages
