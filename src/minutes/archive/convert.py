""".doc and .odt to .docx through LibreOffice (``soffice --headless --convert-to docx``).

The program is found, run (in its own process group, killed on timeout) and given a private profile
exactly as the PDF export does (:mod:`minutes.export.pdf`). Many files are converted by one soffice run:
most of the cost of a conversion is LibreOffice starting (tech-notes.md), so a folder of old .doc files
is converted in chunks rather than one process per file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from minutes.errors import UserError
from minutes.export import pdf

CONVERTED = (".doc", ".odt", ".rtf", ".docm", ".dot", ".dotx", ".ott")
DEFAULT_TIMEOUT_S = 300.0


class ConversionUnavailable(UserError):
    template = (
        "{name} is a {suffix} file: reading it needs LibreOffice, which is not installed on this computer. "
        "Install LibreOffice (https://www.libreoffice.org), or save the file as .docx in Word, and try again."
    )


class ConversionError(UserError):
    template = "LibreOffice could not convert {name} to .docx: {detail}"


def needs_conversion(path: Path) -> bool:
    return path.suffix.lower() in CONVERTED


def to_docx(paths: Sequence[Path], *, timeout: float = DEFAULT_TIMEOUT_S) -> dict[Path, bytes | UserError]:
    """The .docx bytes of each file, or the error that kept it from being converted."""
    out: dict[Path, bytes | UserError] = {}
    if not paths:
        return out
    program = pdf.find_soffice()
    if program is None:
        return {p: ConversionUnavailable(name=p.name, suffix=p.suffix) for p in paths}
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
