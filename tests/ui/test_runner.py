"""The one background runner: jobs in order, answers on the GUI thread, lanes where the latest wins."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from minutes.ui.runner import Runner


def test_jobs_run_in_order_off_the_gui_thread_and_answer_on_it(qtbot) -> None:  # noqa: ANN001
    runner = Runner("test-order")
    ran: list[tuple[int, bool]] = []
    answered: list[tuple[int, bool]] = []
    gui = QThread.currentThread()
    for n in range(20):
        runner.submit(
            n,
            lambda n=n: ran.append((n, threading.current_thread() is threading.main_thread())) or n,
            done=lambda value: answered.append((value, QThread.currentThread() is gui)),
        )
    qtbot.waitUntil(lambda: len(answered) == 20)
    assert [n for n, _ in ran] == list(range(20)) and not any(main for _, main in ran)
    assert answered == [(n, True) for n in range(20)]
    assert not runner.busy
    runner.shutdown()


def test_a_failure_comes_back_to_its_own_callback_and_the_signal(qtbot) -> None:  # noqa: ANN001
    runner = Runner("test-fail")
    seen: list[object] = []
    signalled: list[tuple[object, object]] = []
    runner.failed.connect(lambda tag, exc: signalled.append((tag, exc)))

    def boom() -> None:
        raise ValueError("không được")

    runner.submit("job", boom, failed=seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ValueError) and str(seen[0]) == "không được"
    assert signalled == [("job", seen[0])]
    runner.shutdown()


def test_on_a_lane_only_the_latest_request_is_run_and_answered(qtbot) -> None:  # noqa: ANN001
    runner = Runner("test-lane")
    started, gate = threading.Event(), threading.Event()
    ran: list[str] = []
    shown: list[str] = []

    def job(name: str, wait: bool = False) -> str:
        if wait:
            started.set()
            gate.wait(5)
        ran.append(name)
        return name

    runner.submit(None, lambda: job("g", wait=True), done=shown.append, lane="search")
    assert started.wait(5)
    runner.submit(None, lambda: job("gi"), done=shown.append, lane="search")  # superseded before its turn
    runner.submit(None, lambda: job("other"), done=shown.append, lane="count")  # another lane: kept
    last = runner.submit(None, lambda: job("giai"), done=shown.append, lane="search")
    gate.set()
    qtbot.waitUntil(lambda: "giai" in shown and "other" in shown)
    assert ran == ["g", "other", "giai"]  # "g" ran (it had started) but its answer was dropped
    assert shown == ["other", "giai"]
    assert runner.generation("search") == last
    qtbot.waitUntil(lambda: not runner.busy)
    runner.shutdown()


def test_close_runs_what_is_queued_and_later_writes_run_at_once() -> None:
    runner = Runner("test-close", run_after_close=True)
    gate = threading.Event()
    written: list[int] = []
    runner.submit(1, lambda: gate.wait(5) and written.append(1))
    runner.submit(2, lambda: written.append(2))
    gate.set()
    runner.close()
    assert written == [1, 2]
    runner.submit(3, lambda: written.append(3))  # nothing is dropped after close
    assert written == [1, 2, 3]


def test_shutdown_drops_what_has_not_started(qtbot) -> None:  # noqa: ANN001
    runner = Runner("test-shutdown")
    started, gate = threading.Event(), threading.Event()
    ran: list[int] = []
    runner.submit(1, lambda: (started.set(), gate.wait(5), ran.append(1)))
    assert started.wait(5)
    for n in range(2, 6):
        runner.submit(n, lambda n=n: ran.append(n))
    threading.Timer(0.05, gate.set).start()
    runner.shutdown()
    assert ran == [1]
