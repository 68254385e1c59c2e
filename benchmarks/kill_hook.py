"""Driver of the real application for ``benchmarks/kill.py``, loaded only through ``MINUTES_TEST_HOOK``.

``minutes.ui.app.run_gui`` calls :func:`install` with the session before the window opens. The start-up
questions are answered as a user would after a crash (restore the unsaved text, no example meeting).
Once the window is up, in mode ``type`` the driver gives the floor to a new speaker in the open meeting
and types into the contribution with one key event per character, without pauses, until the process
is killed; in mode ``recover`` it only lets the recovery happen and quits. Everything is logged, one JSON
object a line, into ``MINUTES_KILL_LOG`` (written through at once, so it survives SIGKILL):
``ready``, ``typing`` (the contribution id), ``key`` (index and ``time.monotonic()``), ``committed`` (a
save or a draft the writer reported done, with the length of its text).
"""

from __future__ import annotations

import json
import os
import random
import time
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent

TEXT = (
    "Đồng chí Bí thư Quận ủy đề nghị phường Long Biên tập trung hoàn thành giải phóng mặt bằng "
    "dự án đường ven sông trước ngày 30 tháng 6; rà soát từng hộ chưa bàn giao, công khai phương án "
    "bồi thường, hỗ trợ và tái định cư; báo cáo kết quả về Thường trực Quận ủy hằng tháng. "
)
INTERVAL_MS = (40, 110)  # between two keys: a fast typist who never pauses


class Driver:
    def __init__(self, session: Any, log: TextIO, mode: str) -> None:
        self.session = session
        self.log = log
        self.mode = mode
        self.typed = 0
        self.section: Any = None
        self.timer: QTimer | None = None
        self.rng = random.Random(os.getpid())

    def write(self, **record: Any) -> None:
        self.log.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.log.flush()

    def go(self) -> None:
        from minutes.ui.editor.contributions import ContributionsSection

        window = self.session.window
        self.write(event="ready", t=time.monotonic())
        if self.mode != "type":
            QTimer.singleShot(0, window.close)
            return
        window.editor.fill_now()  # as going to the section does (an open fills the lower sections later)
        section = next(s for s in window.editor.sections if isinstance(s, ContributionsSection))
        section.next_speaker()  # a new contribution of an unnamed speaker
        section.text.setFocus()
        ident = section.saver.entity_id
        self.section = section
        pending = getattr(window.writer, "pending", None)  # (absent before issue 11: nothing reported)
        if pending is not None:
            pending.committed.connect(self._committed)
        if hasattr(section.saver, "draft_kept"):
            section.saver.draft_kept.connect(lambda text: self._kept("draft", text))
        self.write(event="typing", id=ident, t=time.monotonic())
        self.timer = QTimer(window, singleShot=True)
        self.timer.timeout.connect(self._key)
        self.timer.start(self.rng.randint(*INTERVAL_MS))

    def _committed(self, key: object, text: str) -> None:
        if isinstance(key, tuple) and key == ("contributions", self.section.saver.entity_id, "text"):
            self._kept("save", text)

    def _kept(self, kind: str, text: str) -> None:
        self.write(event="committed", kind=kind, len=len(text), t=time.monotonic())

    def _key(self) -> None:
        char = TEXT[self.typed % len(TEXT)]
        widget = self.section.text
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        self.write(event="key", i=self.typed, t=time.monotonic())
        self.typed += 1
        assert self.timer is not None
        self.timer.start(self.rng.randint(*INTERVAL_MS))


def typed_text(count: int) -> str:
    """The first ``count`` characters the driver types."""
    return "".join(TEXT[i % len(TEXT)] for i in range(count))


def install(session: Any) -> None:
    log = open(os.environ["MINUTES_KILL_LOG"], "a", encoding="utf-8")  # noqa: SIM115 - open until killed
    driver = Driver(session, log, os.environ.get("MINUTES_KILL_MODE", "type"))
    session.start_options.update(
        ask_recovery=lambda _parent, _drafts: "restore", ask_demo=lambda _parent: False, reminders=False
    )
    session.driver = driver
    QTimer.singleShot(0, driver.go)  # once the event loop runs: the window is open
