"""Qt helpers of the benchmarks: a stall probe, a scripted typist, and a writer that times its jobs.

The probe is a 1 ms precise timer: on an idle event loop it fires every millisecond, so the longest gap
between two of its ticks is the longest time the GUI thread was busy (a keystroke, a reload, waiting for
the interpreter lock held by the writer thread...). 16 ms is one frame at 60 Hz.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from minutes.ui.runner import Callback
from minutes.ui.writer import BackgroundWriter


def key(widget: QWidget, char: str) -> None:
    """One keystroke typing ``char``: a key press and release carrying the text, as a keyboard sends it
    (``QTest.keyClick`` would lose ă, đ, ơ, ư and every U+1Exx letter)."""
    if char == " ":
        code = Qt.Key.Key_Space
    elif char.isascii() and char.isalnum():
        code = Qt.Key(ord(char.upper()))
    else:
        code = Qt.Key.Key_unknown
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char))


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication(["minutes-benchmark"])


class StallProbe(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gaps: list[float] = []
        self.ends: list[float] = []  # perf_counter() at the end of each gap
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self.ends.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self.ends.append(now)
        self._last = now


class Typist(QObject):
    """Types a script of (character, pause after it in ms) into a widget, one key event per character."""

    done = Signal()

    def __init__(self, widget: QWidget, script: list[tuple[str, int]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.script = script
        self.index = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        self.index = 0
        self._timer.start(0)

    def _next(self) -> None:
        if self.index >= len(self.script):
            self.done.emit()
            return
        char, pause = self.script[self.index]
        self.index += 1
        key(self.widget, char)
        self._timer.start(pause)


def typing_script(
    text: str,
    keys: int,
    *,
    key_ms: int = 8,
    sentence_ms: int = 400,
    rest_every: int = 250,
    rest_ms: int = 1100,
) -> list[tuple[str, int]]:
    """``keys`` characters of ``text`` (repeated as needed) with a typist's pauses.

    A short pause after each sentence lets the draft timer (250 ms) fire; a longer rest every
    ``rest_every`` keys lets the autosave (1 s) fire, as when the speaker pauses.
    """
    body = (text + " ") * (keys // max(1, len(text)) + 1)
    script: list[tuple[str, int]] = []
    for index, char in enumerate(body[:keys], 1):
        pause = key_ms
        if char == ".":
            pause = sentence_ms
        if index % rest_every == 0:
            pause = rest_ms
        script.append((char, pause))
    return script


@dataclass
class Typed:
    """What the probe saw while the script was typed, and the garbage collections meanwhile."""

    gaps: list[float]
    ends: list[float]
    collections: list[tuple[float, float, int]] = field(default_factory=list)  # (start, end, generation)

    def stalls(self, over_ms: float) -> list[tuple[float, float]]:
        """(start, end) in perf_counter() seconds of every gap longer than ``over_ms``."""
        return [
            (end - gap / 1000, end) for gap, end in zip(self.gaps, self.ends, strict=True) if gap > over_ms
        ]

    def in_collection(self, over_ms: float) -> int:
        """How many stalls over ``over_ms`` overlap a garbage collection."""
        return sum(
            any(start < c_end and c_start < end for c_start, c_end, _ in self.collections)
            for start, end in self.stalls(over_ms)
        )


def type_and_probe(widget: QWidget, script: list[tuple[str, int]]) -> Typed:
    """Type the script into ``widget`` with the event loop running; the probe's gaps in ms."""
    app = application()
    widget.setFocus()
    app.processEvents()
    probe = StallProbe()
    typist = Typist(widget, script)
    loop = QEventLoop()
    typist.done.connect(loop.quit)
    collections: list[tuple[float, float, int]] = []
    started: list[float] = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            collections.append((started[0], time.perf_counter(), info["generation"]))

    gc.callbacks.append(watch)
    try:
        probe.start()
        typist.start()
        loop.exec()
        probe.stop()
    finally:
        gc.callbacks.remove(watch)
    return Typed(list(probe.gaps), list(probe.ends), collections)


def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    app = application()
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the benchmark waited too long")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


class TimedWriter(BackgroundWriter):
    """The app's background writer, timing each job it runs (by the first element of its tag)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.durations: dict[str, list[float]] = {}

    def submit(
        self,
        tag: Any,
        job: Callable[[], Any],
        *,
        done: Callback | None = None,
        failed: Callback | None = None,
        lane: str | None = None,
    ) -> int:
        kind = str(tag[0]) if isinstance(tag, tuple) and tag else str(tag)
        durations = self.durations.setdefault(kind, [])

        def timed() -> Any:
            started = time.perf_counter()
            try:
                return job()
            finally:
                durations.append((time.perf_counter() - started) * 1000)

        return super().submit(tag, timed, done=done, failed=failed, lane=lane)
