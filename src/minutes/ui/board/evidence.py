"""Evidence files off the GUI thread: reading the files a user attaches (and saving the progress report
with them), and copying a stored file out of the database to open it. Results come back by signal; a
file larger than the limit (the ``evidence/max_mb`` setting) is refused with a message."""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from minutes import fileio
from minutes.db import faults
from minutes.draft_spool import database_identity
from minutes.errors import UserError
from minutes.services import Services
from minutes.services.tasks import NewAttachment
from minutes.ui.errors_i18n import user_message
from minutes.ui.export_worker import JobRunner

log = logging.getLogger(__name__)

_TEMP: Path | None = None


def evidence_folder() -> Path:
    """A private folder for the copies opened in the system's viewer, removed when the program ends."""
    global _TEMP
    if _TEMP is None or not _TEMP.is_dir():
        _TEMP = Path(tempfile.mkdtemp(prefix="minutes-evidence-"))
        atexit.register(shutil.rmtree, _TEMP, True)
    return _TEMP


def safe_name(name: str) -> str:
    cleaned = Path(name.replace("\\", "/")).name.strip().lstrip(".")
    return cleaned or "file"


def report_progress(
    services: Services,
    task_id: int,
    update_date: date,
    percent: int,
    note: str,
    paths: tuple[Path, ...],
    max_bytes: int,
    expected_version: int | None = None,
    seen: dict[str, Any] | None = None,
) -> int:
    """Read the files (each refused if larger than ``max_bytes``) and save the report with them, naming
    the version of the task the user saw (a task changed meanwhile refuses it: minutes.services.versions)."""
    files = [NewAttachment.from_path(p, max_bytes) for p in paths]
    services.tasks.add_progress(
        task_id, update_date, percent, note, files, expected_version=expected_version, seen=seen
    )
    return task_id


def extract(services: Services, attachment_id: int) -> Path:
    """Copy a stored evidence file into the private folder (written atomically); its path."""
    name, _media, data = services.tasks.attachment(attachment_id)
    folder = evidence_folder() / str(attachment_id)
    folder.mkdir(parents=True, exist_ok=True)
    return fileio.write_bytes(folder / safe_name(name), data)


class EvidenceJobs(QObject):
    """Runs the two evidence jobs one at a time on a worker thread."""

    reported = Signal(int)  # task id: the progress report was saved
    extracted = Signal(object)  # Path of the copy to open
    failed = Signal(str)  # a message for the user (nothing was saved)

    def __init__(self, services: Services, max_bytes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.max_bytes = max_bytes
        self.runner = JobRunner(self, explain=self._explain)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _explain(self, exc: Exception) -> Exception:
        """A database fault (a lock held too long, a full disk) in words; the driver's text to the log."""
        if faults.is_database_error(exc):
            return faults.user_error(exc, database_identity(self.services.db))
        return exc

    def report(
        self,
        task_id: int,
        update_date: date,
        percent: int,
        note: str,
        paths: tuple[Path, ...],
        *,
        expected_version: int | None = None,
        seen: dict[str, Any] | None = None,
    ) -> None:
        services, limit = self.services, self.max_bytes
        self.runner.submit(
            "report",
            lambda: report_progress(
                services, task_id, update_date, percent, note, paths, limit, expected_version, seen
            ),
        )

    def open(self, attachment_id: int) -> None:
        services = self.services
        self.runner.submit("open", lambda: extract(services, attachment_id))

    def shutdown(self) -> None:
        self.runner.shutdown()

    @Slot(object, object)
    def _finished(self, tag: object, result: object) -> None:
        if tag == "report":
            self.reported.emit(result)
        elif tag == "open":
            self.extracted.emit(result)
        # other jobs (a task's write from the detail pane) are answered to whoever waits for them

    @Slot(object, object)
    def _failed(self, tag: object, exc: object) -> None:
        if tag not in ("report", "open"):
            return  # a task's write: its caller gets the exception (minutes.ui.waiting)
        if isinstance(exc, UserError):
            log.info("evidence job refused: %s", exc.message)
            self.failed.emit(user_message(exc))
            return
        if tag == "open" and isinstance(exc, OSError):
            log.warning("an evidence file could not be copied out: %s", exc)
            self.failed.emit(self.tr("The file could not be opened: %1").replace("%1", str(exc)))
            return
        assert isinstance(exc, BaseException)
        raise exc  # a bug: the crash handler reports it
