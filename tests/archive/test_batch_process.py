"""The batch import's own process (minutes.archive.batch_process), started with 'spawn' as the window
starts it, on SQLite and on PostgreSQL: its messages, what it saved read back through another
connection, Cancel between files, and errors that still translate after crossing the pipe."""

from __future__ import annotations

import pickle
import queue
import shutil
from pathlib import Path
from typing import Any

from minutes.archive import batch_process
from minutes.archive.review_store import ReviewService
from minutes.archive.store import MissingFile
from minutes.services import Services

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "LuuTru"
    folder.mkdir()
    for source in sorted(DATA.glob("*.docx"))[:count]:
        shutil.copy(source, folder / source.name)
    (folder / "hong.docx").write_bytes(b"not a word file")
    return folder


def _run(services: Services, paths: list[str], *, cancel_at: int | None = None) -> list[tuple[Any, ...]]:
    ctx = batch_process.context()
    messages, cancel = ctx.Queue(), ctx.Event()
    job = batch_process.job_for(services.db, services.actor, list(paths))
    process = ctx.Process(target=batch_process.run_batch, args=(job, messages, cancel), daemon=True)
    process.start()
    got: list[tuple[Any, ...]] = []
    try:
        while not got or got[-1][0] not in ("done", "failed"):
            try:
                message = messages.get(timeout=120)
            except queue.Empty:
                raise AssertionError(f"no message from the import process; so far {got}") from None
            got.append(message)
            if cancel_at is not None and message[0] == "progress" and message[1] == cancel_at:
                cancel.set()
    finally:
        process.join(60)
    assert process.exitcode == 0
    return got


def test_the_process_imports_and_reports_each_file(
    any_services: Services, any_fresh: Services, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, 3)
    got = _run(any_services, [str(folder)])
    kinds = [m[0] for m in got]
    assert kinds[0] == "files" and kinds[-1] == "done" and got[-1][1] is False
    files = got[0][1]
    assert len(files) == 4 and got[0][2] == 0  # no import record before this batch
    outcomes = [m[1] for m in got if m[0] == "outcome"]
    assert [o.path for o in outcomes] == files
    assert [m[1] for m in got if m[0] == "progress"] == [0, 1, 2, 3, 4]
    assert any(m[0] == "changes" and "meetings" in m[1].inserted for m in got)
    imported = [o for o in outcomes if o.status == "imported"]
    failed = [o for o in outcomes if o.status == "failed"]
    assert len(imported) == 3 and len(failed) == 1
    assert (
        type(failed[0].error).__name__ == "UnreadableDocument" and failed[0].error.template
    )  # still a UserError
    meetings = {m.id for m in any_fresh.meetings.list_meetings()}
    assert meetings == {o.meeting_id for o in imported}
    reviews = ReviewService(any_fresh.db, any_fresh.actor)
    for outcome in imported:
        info = reviews.imported(outcome.meeting_id)  # type: ignore[arg-type]
        assert info is not None and info.source_path == outcome.path
    assert reviews.imported_since(0, files) == {o.path: o.meeting_id for o in imported}
    assert reviews.imported_since(reviews.last_import_id(), files) == {}


def test_cancel_stops_between_files_and_the_rest_is_cancelled(
    any_services: Services, any_fresh: Services, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, 5)
    got = _run(any_services, [str(folder)], cancel_at=1)
    assert got[-1] == ("done", True)
    outcomes = [m[1] for m in got if m[0] == "outcome"]
    assert len(outcomes) == 6
    done = [o for o in outcomes if o.status != "cancelled"]
    assert 1 <= len(done) <= 3 and all(o.status == "cancelled" for o in outcomes[len(done) :])
    assert len(any_fresh.meetings.list_meetings()) == sum(o.status == "imported" for o in done)


def test_a_user_error_crosses_the_pipe_with_its_template_and_fields() -> None:
    error = pickle.loads(pickle.dumps(batch_process.portable_error(MissingFile(name="bien-ban.docx"))))
    assert isinstance(error, MissingFile)
    assert (error.template, error.fields, error.message) == (
        "{name} does not exist.", {"name": "bien-ban.docx"}, "bien-ban.docx does not exist.",
    )  # fmt: skip
