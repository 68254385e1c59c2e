"""Background runners must not drain Python's None, True or False (issue 10).

PySide6 6.12.0 dropped a reference to ``None`` on every ``QThreadPool.start`` and two to ``None`` and one to
``True`` on every queued ``Signal(int, object)`` from a pool thread; on Python 3.11, where these objects
are not immortal, the interpreter aborted (``none_dealloc``) after a few board filter changes. Every
runner the application uses runs a few hundred jobs whose results are full of ``None``, ``True`` and
``False``; the reference counts of the three must not fall over the run (a steady drain of one per job
fails; a few references of noise do not).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pytestqt.qtbot import QtBot

from minutes.services import Services
from minutes.ui.board.background import LatestRunner
from minutes.ui.editor.editor import MeetingLoader
from minutes.ui.export_worker import JobRunner
from minutes.ui.reader import LatestReader
from minutes.ui.search.worker import SearchRunner
from minutes.ui.writer import BackgroundWriter

JOBS = 300
#: A drain of one reference per job over 300 jobs is far beyond this; allocator and cache noise is not.
NOISE = 40


def payload(n: int) -> list[Any]:
    """A result shaped like a page of board rows: many empty fields and flags."""
    return [(n, None, None, True, False, None, "x") for _ in range(5)]


def tag(result: Any) -> int:
    """What a receiver keeps of a result: its number, not the result (held results would hide a drain)."""
    assert result == payload(result[0][0])
    return int(result[0][0])


def counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


@contextmanager
def no_drain(qtbot: QtBot) -> Iterator[None]:
    qtbot.wait(1)  # let queued events from earlier work arrive before counting
    before = counts()
    yield
    qtbot.wait(1)
    after = counts()
    for name, b, a in zip(("None", "True", "False"), before, after, strict=True):
        assert a >= b - NOISE, f"references to {name} fell from {b} to {a} over {JOBS} background jobs"


def test_latest_runner_keeps_none_true_false(qtbot: QtBot) -> None:
    runner = LatestRunner()
    got: list[object] = []
    runner.finished.connect(lambda result: got.append(tag(result)))
    with no_drain(qtbot):
        for n in range(JOBS):
            runner.submit(lambda n=n: payload(n))
            runner.wait()  # each job runs (none superseded) and reports
            qtbot.waitUntil(lambda n=n: bool(got) and got[-1] == n)
        runner.shutdown()
    assert len(got) == JOBS


def test_search_runner_keeps_none_true_false(qtbot: QtBot) -> None:
    def search(query: str, _kinds: object, _limit: int, **_: object) -> list[Any]:  # cancel=...
        return payload(int(query))

    runner = SearchRunner(search)  # type: ignore[arg-type]
    got: list[tuple[str, int]] = []
    runner.finished.connect(lambda q, r: got.append((q, tag(r))))
    with no_drain(qtbot):
        for n in range(JOBS):
            runner.submit(str(n))
            runner.wait()
            qtbot.waitUntil(lambda n=n: bool(got) and got[-1][0] == str(n))
        runner.shutdown()
    assert len(got) == JOBS and got[-1][1] == JOBS - 1


def test_job_runner_keeps_none_true_false(qtbot: QtBot) -> None:
    runner = JobRunner()
    got: list[object] = []
    runner.finished.connect(lambda _tag, result: got.append(tag(result)))
    with no_drain(qtbot):
        for n in range(JOBS):
            runner.submit(n, lambda n=n: payload(n))
        runner.wait()
        qtbot.waitUntil(lambda: len(got) == JOBS)
        runner.shutdown()
    assert got[-1] == JOBS - 1


def test_background_writer_keeps_none_true_false(qtbot: QtBot) -> None:
    writer = BackgroundWriter()
    got: list[object] = []
    writer.finished.connect(lambda _tag, result: got.append(tag(result)))
    with no_drain(qtbot):
        for n in range(JOBS):
            writer.submit(("save", n), lambda n=n: payload(n))
        writer.drain()
        qtbot.waitUntil(lambda: len(got) == JOBS)
        writer.close()
    assert got[-1] == JOBS - 1


def test_latest_reader_keeps_none_true_false(qtbot: QtBot) -> None:
    reader = LatestReader("test-reader")
    got: list[object] = []
    reader.done.connect(lambda result: got.append(tag(result)))
    with no_drain(qtbot):
        for n in range(JOBS):
            reader.request(lambda n=n: payload(n))
            qtbot.waitUntil(lambda n=n: bool(got) and got[-1] == n)
        reader.shutdown()
    assert len(got) == JOBS


def test_meeting_loader_keeps_none_true_false(qtbot: QtBot, services: Services) -> None:
    meeting_id = services.demo.load()
    loader = MeetingLoader(services)
    got: list[tuple[int, int | None]] = []
    loader.loaded.connect(lambda generation, result: got.append((generation, getattr(result, "id", None))))
    with no_drain(qtbot):
        for n in range(JOBS // 3):  # a whole meeting per job: fewer jobs, far more None per result
            loader.load(n, meeting_id)
            qtbot.waitUntil(lambda n=n: bool(got) and got[-1][0] == n)
        loader.shutdown()
    assert got[-1][1] == meeting_id
