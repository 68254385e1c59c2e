"""The meetings list following a change notice (issue 18): one notice naming one new meeting.

During a batch import (and whenever another user of a shared server saves) change notices reach the
window twice a second. The list used to read every meeting again for each (5,300 in the ten-year office)
and replace its rows; it now reads only the meetings a notice names and inserts them in their place.

Each sample: another database handle (as another process) adds a meeting on a date inside the office's
years, then the window's bus announces it, and the sample ends when the list shows the new row, painted.
Measured: the GUI thread's own CPU (``time.thread_time`` on that thread, the event loop waiting in
between), the wall time the cyclic collector ran meanwhile on any thread (what the read left behind), and
the wall time from the notice to the painted row. Baseline, in the same run and alternated
sample by sample: the same kind of notice naming no ids, which the list answers as before, by reading the
whole list in the background and resetting its rows (the old behaviour for every notice). Target: the
GUI thread's work for one notice within one frame (16 ms).

Measured apart (2026-12-07, load 7-8, 5,000 meetings): the model's change itself took 1-2 ms; the rest
was Qt's list view laying out every row again after any insert or reset (22-43 ms: ``QListView`` asked the
Python model for each row's index) and painting (5-10 ms). Since (branch ``window``) the list is a table
view of fixed-height rows (an insert asks the model nothing per row), rows are found by their order, and
cards are kept drawn between paints: what is left is the notice's handling and one paint.
"""

from __future__ import annotations

import gc
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from sqlalchemy import text  # noqa: E402

from benchmarks.common import Row, row  # noqa: E402
from minutes.services import Actor, ChangeSet, Database, Services  # noqa: E402

GUI_TARGET_MS = 16.0


def run(db_url: str, quick: bool = False) -> list[Row]:
    from benchmarks.qt_probe import application
    from minutes.ui.bus import DataBus
    from minutes.ui.context import UiContext
    from minutes.ui.meeting_list import MeetingListPane
    from minutes.ui.undo import ServiceUndo

    app = application()
    db = Database(db_url)
    other = Database(db_url)  # another process's handle: its commits do not reach this one's bus
    services = Services(db, Actor("benchmark"))
    writer = Services(other, Actor("benchmark-other"))
    ctx = UiContext(services, DataBus(db), ServiceUndo(services))
    pane = MeetingListPane(ctx)
    pane.resize(360, 900)
    pane.show()
    try:
        wait_for(app, pane, lambda: pane.loaded)
        shown = pane.model.rowCount()
        with db.engine.connect() as conn:
            first, last = conn.execute(
                text("SELECT min(meeting_date), max(meeting_date) FROM meetings")
            ).one()
        first = date.fromisoformat(str(first)[:10]) if first else date(2016, 1, 1)
        last = date.fromisoformat(str(last)[:10]) if last else date(2026, 1, 1)
        span = max(1, (last - first).days)
        rng = random.Random(18)
        samples = 4 if quick else 20
        gui: dict[bool, list[float]] = {True: [], False: []}
        collecting: dict[bool, list[float]] = {True: [], False: []}
        collector = CollectorClock()
        gc.callbacks.append(collector)
        wall: dict[bool, list[float]] = {True: [], False: []}
        for number in range(samples * 2 + 2):
            named = number % 2 == 0
            day = first + timedelta(days=rng.randrange(span))
            ident = writer.meetings.create(f"Cuộc họp mới {number}", day)
            changes = ChangeSet(external=True)
            changes.add("insert", "meetings", ident if named else None)
            changes.add("insert", "audit_log", None)
            gc.collect()  # each sample starts with nothing left over for the collector
            collector.total = 0.0
            started_cpu, started = time.thread_time(), time.perf_counter()
            ctx.bus.changed.emit(changes)
            wait_for(app, pane, lambda ident=ident: pane.model.row_of(ident) >= 0)  # type: ignore[misc]
            pane.view.viewport().repaint()
            cpu, elapsed = (time.thread_time() - started_cpu) * 1000, (time.perf_counter() - started) * 1000
            if number >= 2:  # the first of each kind warms up
                gui[named].append(cpu)
                wall[named].append(elapsed)
                collecting[named].append(collector.total * 1000)
        gc.callbacks.remove(collector)
        note = (
            f"{shown:,} meetings listed; {samples} samples each, alternated; the GUI figure includes one "
            "repaint of the visible cards (see the module's doc)"
        )
        return [
            row(
                "meetings list: one notice naming one new meeting, GUI thread CPU",
                gui[True],
                baseline_name="the whole list read again and reset (before)",
                baseline=gui[False],
                target=GUI_TARGET_MS,
                note=note,
            ),
            row(
                "meetings list: one notice naming one new meeting, the cyclic collector meanwhile (any thread)",
                collecting[True],
                baseline_name="the whole list read again and reset (before)",
                baseline=collecting[False],
                note=note + "; what the read left for the collector (minutes.gcpolicy: at the end of the "
                "read's unit of work, holding the interpreter lock)",
                judge="median",
            ),
            row(
                "meetings list: one notice naming one new meeting, to the painted row (wall)",
                wall[True],
                baseline_name="the whole list read again and reset (before)",
                baseline=wall[False],
                note=note + "; no target (the read runs in the background)",
                judge="median",
            ),
        ]
    finally:
        pane.shutdown()
        pane.close()
        ctx.bus.close()
        db.close()
        other.close()


class CollectorClock:
    """A ``gc.callbacks`` entry adding up the wall time of the collections (any thread)."""

    def __init__(self) -> None:
        self.total = 0.0
        self._started: dict[int, float] = {}

    def __call__(self, phase: str, _info: dict[str, int]) -> None:
        import threading

        me = threading.get_ident()
        if phase == "start":
            self._started[me] = time.perf_counter()
        elif me in self._started:
            self.total += time.perf_counter() - self._started.pop(me)


def wait_for(app: object, pane: object, condition: object, timeout_s: float = 60.0) -> None:
    """Run the event loop (sleeping, not polling) until ``condition()`` after a change of the list."""
    from typing import Any, cast

    check = cast(Any, condition)
    if check():
        return
    model = cast(Any, pane).model
    loop = QEventLoop()

    def maybe_quit(*_args: object) -> None:
        if check():
            loop.quit()

    model.rowsInserted.connect(maybe_quit)
    model.modelReset.connect(maybe_quit)
    timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
    timer.timeout.connect(loop.quit)
    timer.start()
    try:
        loop.exec()
    finally:
        model.rowsInserted.disconnect(maybe_quit)
        model.modelReset.disconnect(maybe_quit)
        timer.stop()
    if not check():
        raise TimeoutError("the meetings list did not show the change")


if __name__ == "__main__":
    import json

    url = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent / "data" / "work.sqlite3")
    print(json.dumps(run(url, "--quick" in sys.argv), indent=2, default=str))
