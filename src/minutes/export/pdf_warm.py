"""A LibreOffice kept warm for PDF (and the archive import's old .doc files, :mod:`minutes.archive.convert`):
started on the first conversion, one per application process, converting each document through its UNO
interface, started again if it dies.

A fresh ``soffice --convert-to`` per document spends most of its 1-5 s starting LibreOffice. Here the
first conversion starts :mod:`~minutes.export.pdf_bridge` in a Python that can ``import uno``; the
bridge starts one headless soffice on a private pipe and profile and converts each document the app
sends it (a JSON line each way). A bridge that died or stopped answering is killed and started again
for the next document; soffice itself is restarted by the bridge. Both end when the application does.

Where no Python with ``uno`` is found (``MINUTES_UNO_PYTHON`` names one explicitly), or the warm
LibreOffice cannot be started, :func:`minutes.export.pdf.docx_to_pdf` converts with a fresh process as
before. ``MINUTES_PDF_WARM=0`` turns the warm LibreOffice off.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV_PYTHON = "MINUTES_UNO_PYTHON"
ENV_WARM = "MINUTES_PDF_WARM"
START_TIMEOUT_S = 120.0


class WarmUnavailable(Exception):
    """The warm LibreOffice cannot be used (no ``uno``, soffice does not start): convert the old way."""


class BridgeFailed(Exception):
    """The warm LibreOffice answered that it could not convert the document (the message says why)."""


class BridgeTimedOut(Exception):
    """The warm LibreOffice did not answer in time (it was stopped)."""


_checked: dict[str, bool] = {}


def _has_uno(python: str) -> bool:
    if python not in _checked:
        try:
            done = subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=30)
            _checked[python] = done.returncode == 0
        except (OSError, subprocess.SubprocessError):
            _checked[python] = False
    return _checked[python]


def find_uno_python(soffice: str) -> str | None:
    """A Python that can ``import uno``: ``MINUTES_UNO_PYTHON``, LibreOffice's own, the system's."""
    explicit = os.environ.get(ENV_PYTHON)
    if explicit:
        return explicit if _has_uno(explicit) else None
    program = Path(soffice).resolve().parent
    candidates = [
        program / ("python.exe" if sys.platform == "win32" else "python"),  # Windows, macOS
        program.parent / "Resources" / "python",  # macOS: LibreOffice.app/Contents/Resources/python
    ]
    if sys.platform != "win32":
        candidates += [Path("/usr/bin/python3")]  # Debian, Ubuntu, Fedora with python3-uno
    for candidate in candidates:
        if candidate.is_file() and _has_uno(str(candidate)):
            return str(candidate)
    return None


def enabled() -> bool:
    return os.environ.get(ENV_WARM, "1") != "0"


class WarmOffice:
    """One bridge process (and its soffice); :meth:`convert` is called under the caller's lock."""

    def __init__(self, soffice: str) -> None:
        self.soffice = soffice
        self.profile = Path(tempfile.mkdtemp(prefix="minutes-lo-warm-"))
        self.process: subprocess.Popen[str] | None = None
        self.office_pid: int | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()

    def _start(self, timeout: float) -> None:
        python = find_uno_python(self.soffice)
        if python is None:
            raise WarmUnavailable("no Python with LibreOffice's uno module")
        try:
            source = resources.files("minutes.export").joinpath("pdf_bridge.py").read_text(encoding="utf-8")
        except OSError as exc:
            raise WarmUnavailable(f"the bridge is not installed: {exc}") from None
        self._lines = queue.Queue()
        self.process = subprocess.Popen(
            [python, "-c", source, self.soffice, str(self.profile)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            start_new_session=os.name == "posix",
        )
        threading.Thread(target=self._read, args=(self.process, self._lines), daemon=True).start()
        try:
            reply = self._reply(min(timeout, START_TIMEOUT_S))
        except BridgeTimedOut:
            self._kill()
            raise
        if not reply.get("ready"):
            self.stop()
            raise WarmUnavailable(str(reply.get("error", "the warm LibreOffice did not start")))
        self.office_pid = int(reply["pid"])
        log.info("warm LibreOffice started (soffice pid %s)", self.office_pid)

    @staticmethod
    def _read(process: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
        assert process.stdout is not None
        with process.stdout:
            for line in process.stdout:
                lines.put(line)
        lines.put(None)  # the bridge ended

    def _reply(self, timeout: float) -> dict[str, Any]:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise BridgeTimedOut() from None
        if line is None:
            return {"error": "the warm LibreOffice ended"}
        reply: dict[str, Any] = json.loads(line)
        return reply

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def convert(self, source: Path, target: Path, timeout: float, filter_name: str | None = None) -> None:
        """Convert ``source`` to ``target`` (a path the caller then moves into place): to PDF, or with
        LibreOffice's export filter ``filter_name`` ("MS Word 2007 XML": .docx)."""
        request = {"source": str(source), "target": str(target)}
        if filter_name is not None:
            request["filter"] = filter_name
        for attempt in (1, 2):
            if not self.alive():
                self._start(timeout)
            assert self.process is not None and self.process.stdin is not None
            try:
                self.process.stdin.write(json.dumps(request) + "\n")
                self.process.stdin.flush()
                reply = self._reply(timeout)
            except OSError:
                reply = {"error": "the warm LibreOffice ended"}
            except BridgeTimedOut:
                self._kill()
                raise
            if reply.get("ok"):
                self.office_pid = int(reply.get("pid", self.office_pid or 0)) or None
                return
            if self.alive() or attempt == 2:
                raise BridgeFailed(str(reply.get("error", "unknown error")))
            self.stop()  # the bridge died: once more with a new one

    def stop(self) -> None:
        """End the bridge and its soffice (closing its input ends both; killed if they linger)."""
        process, self.process = self.process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            if process.stdin is not None:
                process.stdin.close()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            _kill_group(process.pid)
            if self.office_pid is not None:
                _kill_group(self.office_pid)  # soffice runs in a session of its own
            process.wait()
        self.office_pid = None

    def _kill(self) -> None:
        """A bridge that stopped answering: killed with its soffice, at once."""
        process, self.process = self.process, None
        if process is not None:
            _kill_group(process.pid)
            if self.office_pid is not None:
                _kill_group(self.office_pid)
            process.wait()
            with contextlib.suppress(OSError):
                if process.stdin is not None:
                    process.stdin.close()
        self.office_pid = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.profile, ignore_errors=True)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "posix":
            os.killpg(pid, signal.SIGKILL)
        else:
            os.kill(pid, signal.SIGTERM)


_office: WarmOffice | None = None


def office(soffice: str) -> WarmOffice:
    """This application's warm LibreOffice (made on first use; its processes start on first convert)."""
    global _office
    if _office is None or _office.soffice != soffice:
        if _office is not None:
            _office.close()
        _office = WarmOffice(soffice)
    return _office


def shutdown() -> None:
    """Stop the warm LibreOffice (at exit; tests)."""
    global _office
    if _office is not None:
        _office.close()
        _office = None


atexit.register(shutdown)
