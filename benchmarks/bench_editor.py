"""The meeting editor at scale: opening the busiest meeting, and typing into a contribution with autosave.

Opening: ``services.meetings.get`` of the meeting with 200 contributions, and the editor showing it:
from ``open_meeting`` to the editor painted with the meeting (the sections in view; an editor that loads
what is in view first gives the others the meeting after that paint), then, apart, to every section
filled and painted, with the longest time the GUI thread was busy meanwhile (a 1 ms probe timer);
baseline: the same rows read by plain Core SELECTs (no ORM objects, no DTOs, no widgets). Target 100 ms
to the editor shown (issue 17 item 4).

Typing: 2,000 scripted keystrokes (Vietnamese, one key event per character, a typist's pauses so the
draft and autosave timers fire) into the contribution text box of the real editor, with the app's
autosave and writer, while a 1 ms probe timer measures the longest time the GUI thread was busy
(target < 16 ms, one frame). Baseline: the same keys into a bare QPlainTextEdit. The writer's save jobs
are timed too (baseline: one Core UPDATE + commit of the same text). The typed text is then read back
through a fresh connection: a benchmark that lost words would be worse than a slow one.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from sqlalchemy import Engine, text

from benchmarks.common import Row, editable_busiest_meeting, query_one, row, timed, unavailable
from benchmarks.gen_text import TextMaker
from benchmarks.qt_probe import StallProbe
from minutes.services import Actor, Database, Services

OPEN_TARGET_MS = 100.0
STALL_TARGET_MS = 16.0
SAVE_TARGET_MS = 250.0  # a save must be done before the next draft is due, or writes queue up

_MEETING_SQL = [
    "SELECT * FROM meetings WHERE id = :m",
    "SELECT a.*, p.full_name, p.title AS person_title FROM attendance a LEFT JOIN people p ON p.id = a.person_id "
    "WHERE a.meeting_id = :m ORDER BY a.position",
    "SELECT * FROM reports WHERE meeting_id = :m ORDER BY position",
    "SELECT f.* FROM report_figures f JOIN reports r ON r.id = f.report_id WHERE r.meeting_id = :m "
    "ORDER BY r.position, f.position",
    "SELECT c.*, p.full_name FROM contributions c LEFT JOIN people p ON p.id = c.speaker_id "
    "WHERE c.meeting_id = :m ORDER BY c.position",
    "SELECT * FROM conclusions WHERE meeting_id = :m ORDER BY position",
    "SELECT * FROM recommendation_groups WHERE meeting_id = :m ORDER BY position",
    "SELECT * FROM recommendations WHERE meeting_id = :m ORDER BY group_id, position",
    "SELECT t.*, u.name, p.full_name FROM tasks t LEFT JOIN units u ON u.id = t.lead_unit_id "
    "LEFT JOIN people p ON p.id = t.responsible_id WHERE t.meeting_id = :m ORDER BY t.position",
    "SELECT tc.* FROM task_coordinators tc JOIN tasks t ON t.id = tc.task_id WHERE t.meeting_id = :m",
]


def core_load(engine: Engine, meeting_id: int) -> Callable[[], int]:
    def call() -> int:
        with engine.connect() as conn:
            return sum(len(conn.execute(text(sql), {"m": meeting_id}).all()) for sql in _MEETING_SQL)

    return call


class Bench:
    """One database, one acting user, the app's UI context and a timed writer."""

    def __init__(self, db_url: str) -> None:
        from benchmarks.qt_probe import TimedWriter, application
        from minutes.ui.bus import DataBus
        from minutes.ui.context import UiContext
        from minutes.ui.undo import ServiceUndo

        self.app = application()
        self.db_url = db_url
        self.db = Database(db_url)
        self.services = Services(self.db, Actor("benchmark"))
        self.ctx = UiContext(self.services, DataBus(self.db), ServiceUndo(self.services))
        self.writer = TimedWriter()
        self.big = editable_busiest_meeting(db_url)
        self.small = int(
            query_one(
                db_url,
                "SELECT meeting_id FROM contributions GROUP BY meeting_id "
                "ORDER BY count(*), meeting_id LIMIT 1",
            )
        )
        self.editor: Any = None
        self.collector: Any = None  # the app's idle collection timer, once settled (minutes.gcpolicy)

    def close(self) -> None:
        """Save, stop the writer, destroy the widgets while Qt and the database are still there."""
        if self.editor is not None:
            self.editor.flush()
            self.writer.drain()
            if hasattr(self.editor, "shutdown"):
                self.editor.shutdown()
            self.editor.close()
            self.editor.deleteLater()
            self.editor = None
        self.app.processEvents()
        self.writer.close()
        self.ctx.bus.close()
        self.app.processEvents()
        self.db.close()

    def make_editor(self) -> Any:
        try:
            from minutes.ui.editor.editor import MeetingEditor
        except ModuleNotFoundError:
            return None
        self.editor = MeetingEditor(self.ctx, self.writer)
        self.editor.resize(1280, 900)
        self.editor.show()
        self.app.processEvents()
        return self.editor


def open_meeting(bench: Bench, quick: bool) -> list[Row]:
    repeat = 3 if quick else 20
    baseline = timed(core_load(bench.db.engine, bench.big), repeat)
    data = timed(lambda: bench.services.meetings.get(bench.big), repeat)
    name = f"open meeting ({_contributions(bench)} contributions)"
    rows = [
        row(
            f"{name}: data (meetings.get)",
            data,
            baseline_name="Core SELECTs of the same rows",
            baseline=baseline,
            target=OPEN_TARGET_MS,
        )
    ]
    editor = bench.make_editor()
    if editor is None:
        rows.append(unavailable(f"{name}: editor shown", "minutes.ui.editor.editor is not there yet"))
        return rows

    editor.open_meeting(bench.big)  # the app reopens the last meeting at start, then settles the collector
    wait_filled(editor)
    settle(bench)
    paints = PaintCounter(editor)

    def show() -> None:
        before = paints.count
        editor.open_meeting(bench.big)
        bench.app.processEvents()
        for _turn in range(100):  # to the editor painted with the meeting (the first turn paints it)
            if paints.count != before:
                break
            bench.app.processEvents()

    samples, filled, stalls = [], [], []
    for _ in range(repeat + 1):
        editor.open_meeting(bench.small)
        wait_filled(editor)
        bench.app.processEvents()
        started = time.perf_counter()
        samples += timed(show, 1, warm=0)
        probe = StallProbe()
        probe.start()
        wait_filled(editor)
        bench.app.processEvents()
        probe.stop()
        filled.append((time.perf_counter() - started) * 1000)
        stalls.append(max(probe.gaps, default=0.0))
    rows.append(
        row(
            f"{name}: data + editor shown",
            samples[1:],
            baseline_name="Core SELECTs of the same rows",
            baseline=baseline,
            target=OPEN_TARGET_MS,
            note="open_meeting to the editor painted with the meeting (the sections in view)",
        )
    )
    rows.append(
        row(
            f"{name}: every section filled and painted",
            filled[1:],
            baseline_name="Core SELECTs of the same rows",
            baseline=baseline,
            note="the sections below the view are given the meeting after the first paint",
        )
    )
    rows.append(
        row(
            f"{name}: longest GUI-thread stall while the sections below the view are filled",
            stalls[1:],
            note="1 ms probe timer from the first paint to every section filled (0: all filled at once)",
        )
    )

    detail = bench.services.meetings.get(bench.big)

    def hand_over() -> None:  # what the GUI thread does with a meeting read again after each announced save
        for section in editor.sections:
            section.set_meeting(detail)
        bench.app.processEvents()

    rows.append(
        row(
            "every section given the meeting again (after each announced save), GUI thread",
            timed(hand_over, repeat),
            baseline_name="Core SELECTs of the same rows",
            baseline=baseline,
            target=STALL_TARGET_MS,
        )
    )
    for label, other in _other_saves(detail):
        given = [other, detail]

        def hand_over_other(given: list[Any] = given) -> None:
            given.reverse()  # each turn a meeting that differs from the one shown
            for section in editor.sections:
                section.set_meeting(given[0])
            bench.app.processEvents()

        rows.append(
            row(
                f"every section given the meeting again, {label}, GUI thread",
                timed(hand_over_other, repeat),
                baseline_name="Core SELECTs of the same rows",
                baseline=baseline,
                target=STALL_TARGET_MS,
                note="alternately with and without the change: every turn shows a difference",
            )
        )
    rows.append(_full_collection(repeat))
    return rows


def _other_saves(detail: Any) -> list[tuple[str, Any]]:
    """The meeting as another user's save leaves it: one contribution's and one conclusion's text
    edited; one contribution (in the middle) removed, or added when shown again."""
    import dataclasses

    def edited(items: list[Any]) -> list[Any]:
        if not items:
            return items
        middle = len(items) // 2
        item = items[middle]
        text = item.text + " Đồng chí đề nghị bổ sung số liệu của quý IV vào báo cáo và gửi lại."
        return [*items[:middle], dataclasses.replace(item, text=text), *items[middle + 1 :]]

    contributions = detail.contributions
    middle = len(contributions) // 2
    return [
        (
            "one contribution and one conclusion edited",
            dataclasses.replace(
                detail, contributions=edited(contributions), conclusions=edited(detail.conclusions)
            ),
        ),
        (
            "one contribution removed or added",
            dataclasses.replace(detail, contributions=contributions[:middle] + contributions[middle + 1 :]),
        ),
    ]


class PaintCounter(QObject):
    """Counts the paint events of the editor's page (the scroll area's widget)."""

    def __init__(self, editor: Any) -> None:
        super().__init__(editor)
        self.count = 0
        editor.scroll_area.widget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_filled(editor: Any) -> None:
    """Until every section shows the open meeting (at once for an editor that fills them all at once)."""
    from benchmarks.qt_probe import wait_until

    if hasattr(editor, "filling"):
        wait_until(lambda: not editor.filling())


def settle(bench: Bench) -> bool:
    """What the app does once its window is up (``ui.app.settle_garbage_collector``), if it does."""
    bench.app.processEvents()
    try:
        from minutes.ui.app import settle_garbage_collector, start_collector_timer
    except ImportError:
        return False
    settle_garbage_collector()
    bench.collector = start_collector_timer(bench.app)
    return True


def _full_collection(repeat: int) -> Row:
    """Python's full (generation 2) garbage collection with the editor open, as the app runs it: it
    comes on the GUI thread whenever enough objects were allocated and walks every tracked object, so
    what the app froze after start-up is not walked. Baseline: the same with nothing frozen."""
    import gc

    frozen = gc.get_freeze_count()
    tracked = len(gc.get_objects())
    samples = timed(gc.collect, repeat)
    gc.unfreeze()
    try:
        unfrozen = timed(gc.collect, repeat)
    finally:
        if frozen:
            gc.freeze()
    return row(
        "Python full garbage collection, editor open, as the app runs it (GUI thread)",
        samples,
        baseline_name="the same with nothing frozen",
        baseline=unfrozen,
        target=STALL_TARGET_MS,
        note=f"{tracked:,} objects tracked, {frozen:,} frozen by the app after start-up",
    )


def _contributions(bench: Bench) -> int:
    return int(query_one(bench.db_url, f"SELECT count(*) FROM contributions WHERE meeting_id = {bench.big}"))


def typing(bench: Bench, quick: bool) -> list[Row]:
    from PySide6.QtWidgets import QPlainTextEdit

    from benchmarks.qt_probe import type_and_probe, typing_script, wait_until

    keys = 200 if quick else 2000
    sample = TextMaker(random.Random(11)).contribution(2026, "Phòng Quản lý đô thị")
    script = typing_script(sample, keys, rest_every=80 if quick else 250)
    typed = "".join(char for char, _pause in script)

    bare = QPlainTextEdit()
    bare.resize(700, 300)
    bare.show()
    baseline_gaps = type_and_probe(bare, script).gaps
    bare.close()
    bare.deleteLater()

    widget, saver, contribution_id, where = _typing_target(bench)
    before = widget.toPlainText()
    reads = _count_reads(bench)
    loaded = set(sys.modules)
    seen = type_and_probe(widget, script)
    imported = sorted(set(sys.modules) - loaded)
    gaps = seen.gaps
    saver.flush()
    bench.writer.drain()
    wait_until(lambda: not saver.dirty)
    if bench.editor is not None and hasattr(bench.editor, "reload_pending"):
        wait_until(lambda: not bench.editor.reload_pending())
    bench.app.processEvents()
    _check_saved(bench.db_url, contribution_id, before + typed)

    saves = bench.writer.durations.get("save", [])
    drafts = bench.writer.durations.get("draft", [])
    update = _core_update(bench.db.engine, contribution_id, before + typed)
    baseline = timed(update, 3 if quick else 20)
    label = f"typing {keys:,} keys into a contribution ({where})"
    rows = [
        row(
            f"{label}: longest event-loop stall",
            gaps,
            baseline_name="same keys, bare QPlainTextEdit",
            baseline=baseline_gaps,
            target=STALL_TARGET_MS,
            judge="max",
            note=f"{sum(g > STALL_TARGET_MS for g in gaps)} stalls over {STALL_TARGET_MS:g} ms, "
            f"{seen.in_collection(STALL_TARGET_MS)} of them during a garbage collection "
            f"({len(seen.collections)} collections while typing, "
            f"{sum(1 for c in seen.collections if c[2] == 2)} full); "
            f"bare text box: {sum(g > STALL_TARGET_MS for g in baseline_gaps)} stalls",
        ),
        row(
            "autosave: one field save committed (writer job)",
            saves,
            baseline_name="Core UPDATE + commit",
            baseline=baseline,
            target=SAVE_TARGET_MS,
        ),
    ]
    # A module imported while typing (by the first save on the writer's thread, or by the window) holds
    # the interpreter lock while it is read and run: PostgreSQL's dialect, imported by the search index's
    # first upsert on SQLite, stalled the window 40-120 ms once (issue 17 item 4). Counted, so the row does
    # not depend on the machine's load as the stall does.
    rows.append(
        row(
            "typing: modules first imported while typing (GUI or writer thread)",
            [float(len(imported))],
            baseline_name="none",
            baseline=[0.0],
            unit="modules",
            target=0.0,
            note=", ".join(imported[:8]) + (" …" if len(imported) > 8 else "") if imported else "none",
        )
    )
    if reads is not None:
        rows.append(
            row(
                "autosave: meeting read again after the editor's own saves (reads per save)",
                [reads[0] / max(1, len(saves))],
                baseline_name="one read per announced save",
                baseline=[1.0],
                unit="reads",
                note=f"{reads[0]} reads of the meeting for {len(saves)} saves of the typed text",
            )
        )
    if drafts:
        rows.append(
            row(
                "autosave: one draft upsert committed (writer job)",
                drafts,
                baseline_name="Core UPDATE + commit",
                baseline=baseline,
                target=SAVE_TARGET_MS,
            )
        )
    return rows


def _count_reads(bench: Bench) -> list[int] | None:
    """Count the editor's background reads of the meeting from now on (None without an editor)."""
    loader = getattr(bench.editor, "loader", None)
    if loader is None:
        return None
    count = [0]
    load = loader.load

    def counted(*args: Any) -> None:
        count[0] += 1
        load(*args)

    loader.load = counted
    return count


def _typing_target(bench: Bench) -> tuple[Any, Any, int, str]:
    """(text widget, its FieldSaver, contribution id, what it is): the real editor's box if there is one."""
    from PySide6.QtGui import QTextCursor

    last = int(
        query_one(
            bench.db_url,
            f"SELECT id FROM contributions WHERE meeting_id = {bench.big} ORDER BY position DESC LIMIT 1",
        )
    )
    editor = bench.editor or bench.make_editor()
    section = None
    if editor is not None:
        editor.open_meeting(bench.big)
        wait_filled(editor)
        section = next((s for s in editor.sections if type(s).__name__ == "ContributionsSection"), None)
    if section is not None:
        from minutes.ui.views import select_id

        select_id(section.table, last)
        bench.app.processEvents()
        widget, saver, where = section.text, section.saver, "meeting editor"
    else:
        from PySide6.QtWidgets import QPlainTextEdit

        from minutes.ui.autosave import FieldSaver

        widget = QPlainTextEdit()
        widget.resize(700, 300)
        widget.show()
        items = bench.services.items
        saver = FieldSaver(
            bench.ctx,
            bench.writer,
            widget,
            entity="contributions",
            field="text",
            save=lambda i, v, **w: items.update_contribution(i, text=v, **w),
        )
        detail = bench.services.meetings.get(bench.big)
        saver.bind(last, next(c.text for c in detail.contributions if c.id == last))
        where = "FieldSaver on a QPlainTextEdit"
    if saver.entity_id != last:
        raise RuntimeError(f"the text box is bound to {saver.entity_id}, not contribution {last}")
    widget.moveCursor(QTextCursor.MoveOperation.End)
    return widget, saver, last, where


def _check_saved(db_url: str, contribution_id: int, expected: str) -> None:
    """Read the text back through a new connection (not the app's engine)."""
    stored = query_one(db_url, f"SELECT text FROM contributions WHERE id = {contribution_id}")
    if stored != expected:
        raise RuntimeError(
            f"typed text not saved: {len(stored or '')} characters stored, {len(expected)} typed"
        )


def _core_update(engine: Engine, ident: int, value: str) -> Callable[[], None]:
    def call() -> None:
        with engine.begin() as conn:
            conn.execute(text("UPDATE contributions SET text = :t WHERE id = :i"), {"t": value, "i": ident})

    return call


def run(db_url: str, quick: bool = False) -> list[Row]:
    bench = Bench(db_url)
    try:
        return open_meeting(bench, quick) + typing(bench, quick)
    finally:
        bench.close()
