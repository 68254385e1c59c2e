""".doc and .odt to .docx through LibreOffice.

Most of the cost of a conversion is LibreOffice starting (tech-notes.md). So each file goes through the
LibreOffice the PDF export keeps warm (:mod:`minutes.export.pdf_warm`: one soffice per application
process, driven through its UNO interface, started on first use and again if it dies), one file at a
time under the export's lock, so an export and an import never wait for each other long. Where no warm
LibreOffice can be used (no Python with ``uno``, ``MINUTES_PDF_WARM=0``), ``soffice --headless
--convert-to docx`` converts many files per run, run and given a private profile exactly as the PDF
export does (:mod:`minutes.export.pdf`: its own process group, killed on timeout).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

from minutes.errors import UserError
from minutes.export import pdf, pdf_warm

log = logging.getLogger(__name__)

CONVERTED = (".doc", ".odt", ".rtf", ".docm", ".dot", ".dotx", ".ott")
DEFAULT_TIMEOUT_S = 300.0
#: LibreOffice's export filter for .docx (the name ``--convert-to docx:...`` takes too).
DOCX_FILTER = "MS Word 2007 XML"


class ConversionUnavailable(UserError):
    template = (
        "{name} is a {suffix} file: reading it needs LibreOffice, which is not installed on this computer. "
        "Install LibreOffice (https://www.libreoffice.org), or save the file as .docx in Word, and try again."
    )


class ConversionError(UserError):
    template = "LibreOffice could not convert {name} to .docx: {detail}"


_no_warm = False  # the warm LibreOffice could not be used in this process: convert in chunks


def one_at_a_time() -> bool:
    """Whether a batch should convert each file as it reaches it (the warm LibreOffice is cheap per file:
    progress and Cancel stay per file) rather than a chunk of files per soffice start."""
    return pdf_warm.enabled() and not _no_warm


def needs_conversion(path: Path) -> bool:
    return path.suffix.lower() in CONVERTED


def to_docx(paths: Sequence[Path], *, timeout: float = DEFAULT_TIMEOUT_S,
            warm: bool | None = None) -> dict[Path, bytes | UserError]:  # fmt: skip
    """The .docx bytes of each file, or the error that kept it from being converted. ``warm`` False
    starts soffice for these files (None: the warm LibreOffice when it can be used)."""
    out: dict[Path, bytes | UserError] = {}
    if not paths:
        return out
    program = pdf.find_soffice()
    if program is None:
        return {p: ConversionUnavailable(name=p.name, suffix=p.suffix) for p in paths}
    if warm if warm is not None else pdf_warm.enabled():
        paths = _warm(program, paths, timeout, out)
    if paths:
        out.update(_cold(program, paths, timeout))
    return out


def _warm(
    program: str, paths: Sequence[Path], timeout: float, out: dict[Path, bytes | UserError]
) -> list[Path]:
    """Convert through the warm LibreOffice into ``out``; returns the files left for a fresh soffice
    (all of them when no warm LibreOffice can be used here)."""
    with tempfile.TemporaryDirectory(prefix="minutes-import-") as outdir:
        for number, path in enumerate(paths):
            produced = Path(outdir) / f"{number}.docx"
            with pdf._lock:  # the export's lock: one document at a time through the one LibreOffice
                try:
                    pdf_warm.office(program).convert(path.resolve(), produced.resolve(), timeout, DOCX_FILTER)
                except pdf_warm.WarmUnavailable as exc:
                    global _no_warm
                    _no_warm = True
                    log.info("no warm LibreOffice (%s): fresh processes convert %d file(s)", exc, len(paths))
                    return list(paths[number:])
                except pdf_warm.BridgeTimedOut:
                    out[path] = ConversionError(name=path.name, detail=f"no answer within {int(timeout)} s")
                    continue
                except pdf_warm.BridgeFailed as exc:
                    out[path] = ConversionError(name=path.name, detail=str(exc))
                    continue
            if produced.is_file() and produced.stat().st_size:
                out[path] = produced.read_bytes()
                produced.unlink()
            else:
                out[path] = ConversionError(name=path.name, detail="no .docx was written")
    return []


def _cold(program: str, paths: Sequence[Path], timeout: float) -> dict[Path, bytes | UserError]:
    """``soffice --convert-to docx``, as few runs as the files' names allow."""
    out: dict[Path, bytes | UserError] = {}
    with pdf._lock, tempfile.TemporaryDirectory(prefix="minutes-import-") as outdir:
        # two files of the same stem would overwrite each other's output: convert those separately
        batches: list[list[Path]] = [[]]
        stems: set[str] = set()
        for path in paths:
            if path.stem in stems:
                batches.append([])
                stems = set()
            batches[-1].append(path)
            stems.add(path.stem)
        for batch in batches:
            command = [program, f"-env:UserInstallation={pdf._profile().as_uri()}", "--headless", "--invisible",
                       "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                       "--convert-to", "docx:MS Word 2007 XML", "--outdir", outdir, *map(str, batch)]  # fmt: skip
            try:
                returncode, output = pdf._run(command, batch[0].name, timeout)
            except UserError as exc:
                for path in batch:
                    out[path] = ConversionError(name=path.name, detail=exc.message)
                continue
            for path in batch:
                produced = Path(outdir) / f"{path.stem}.docx"
                if produced.is_file() and produced.stat().st_size:
                    out[path] = produced.read_bytes()
                    produced.unlink()
                else:
                    lines = output.decode("utf-8", "replace").strip().splitlines()
                    detail = lines[-1] if lines else f"exit status {returncode}"
                    out[path] = ConversionError(name=path.name, detail=detail)
    return out
