"""The import runner: results and progress back on the GUI thread without draining None/True/False
(PySide6 6.12.0 did, see tests/ui/test_refcounts.py), cancel asked between files."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from minutes.services import Services
from minutes.ui.import_jobs import ImportRunner

JOBS, NOISE = 300, 40


def payload(n: int) -> list[Any]:
    return [(n, None, None, True, False, None, "x") for _ in range(5)]


def counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


@contextmanager
def no_drain(qtbot: QtBot) -> Iterator[None]:
    for _ in range(3):  # windows of earlier tests are deleted later: let that happen before counting
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(20)
    before = counts()
    yield
    qtbot.wait(1)
    for name, b, a in zip(("None", "True", "False"), before, counts(), strict=True):
        assert a >= b - NOISE, f"references to {name} fell from {b} to {a} over {JOBS} background jobs"


def test_import_runner_keeps_none_true_false(qtbot: QtBot, services: Services) -> None:
    runner = ImportRunner(services)
    got: list[object] = []
    steps: list[int] = []
    runner.finished.connect(lambda _what, result: got.append(result[0][0]))
    runner.progress.connect(lambda done, _total, _path: steps.append(done))
    signals = runner._signals

    def job(n: int) -> list[Any]:
        signals.progress.emit(n, JOBS, "")  # as a batch reports each file
        return payload(n)

    with no_drain(qtbot):
        for n in range(JOBS):
            runner._submit("batch", lambda n=n: job(n))
        runner.wait()
        qtbot.waitUntil(lambda: len(got) == JOBS)
        runner.shutdown()
    assert got[-1] == JOBS - 1 and steps == list(range(JOBS))
    assert not runner.busy


def test_a_failing_job_is_reported_not_raised(qtbot: QtBot, services: Services, tmp_path) -> None:
    runner = ImportRunner(services)
    with qtbot.waitSignal(runner.failed, timeout=30_000) as blocker:
        runner.open_file(tmp_path / "missing.docx")
    what, exc = blocker.args
    assert what == "review" and "does not exist" in str(exc)
    runner.shutdown()
