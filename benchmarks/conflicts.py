"""Several users edit the same fields at once: every edit is either committed or shown as a conflict.

    python benchmarks/conflicts.py --url URL --processes 4 --edits 1000

Each process is one user with the application's real meeting editor (offscreen), its autosave
(FieldSaver, the background writer), its conflict bar and the change notices of the running app; all
processes edit the same three fields (the meeting's title and notes, one contribution's text) of one
meeting, each edit a new text saved as the editor saves it. A save refused as a conflict must be shown in
the editor's conflict bar with both texts; the user then keeps their text (a new save, counted as an
edit) or takes the other one. At the end the audit trail is read through a new connection:

* committed: the edit's text is in the audit trail as the field's new value;
* lost: a committed edit whose audit entry is missing, or that replaced a text its user had not seen
  (the audit's old value is not the text the save was based on: a silent overwrite), or a refused edit
  that was not shown.

It prints ``E edits: C committed, K conflicts shown, L lost`` and exits with 1 when L > 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

FIELDS = (("meetings", "title"), ("meetings", "notes"), ("contributions", "text"))


def prepare(url: str) -> tuple[int, int]:
    """A meeting with one contribution; (meeting id, contribution id)."""
    from minutes.services import Actor, Database, Services

    db = Database(url)
    try:
        services = Services(db, Actor("setup"))
        meeting = services.meetings.create("Họp giao ban", date(2026, 1, 5), notes="")
        contribution = services.items.add_contribution(meeting, speaker_label="Đại biểu", text="Ý kiến")
        return meeting, contribution
    finally:
        db.close()


# --- one user (a child process) ------------------------------------------------------------------
def worker(url: str, meeting_id: int, contribution_id: int, edits: int, seed: int, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from minutes.errors import EditConflict
    from minutes.services import Actor, Database, Services
    from minutes.ui.app import make_context
    from minutes.ui.editor.editor import MeetingEditor
    from minutes.ui.views import select_id
    from minutes.ui.writer import BackgroundWriter

    app = QApplication.instance() or QApplication(["conflicts"])
    rng = random.Random(seed)
    db = Database(url, migrate=False)
    services = Services(db, Actor(f"user{seed}"))
    ctx = make_context(services)  # as the app does: change notices from the other processes
    writer = BackgroundWriter()
    editor = MeetingEditor(ctx, writer)
    editor.open_meeting(meeting_id)
    editor.fill_now()  # every section, as when the user goes to one (an open fills those below later)
    contributions = next(s for s in editor.sections if type(s).__name__ == "ContributionsSection")
    select_id(contributions.table, contribution_id)  # type: ignore[attr-defined]
    app.processEvents()
    targets = {
        ("meetings", "title"): (editor.general.title_edit, editor.general.text_savers[0]),
        ("meetings", "notes"): (editor.general.notes, editor.general.text_savers[3]),
        ("contributions", "text"): (contributions.text, contributions.saver),  # type: ignore[attr-defined]
    }
    outcomes: list[Any] = []
    writer.finished.connect(lambda tag, _result: outcomes.append(("ok", tag)))
    writer.failed.connect(lambda tag, exc: outcomes.append(("failed", tag, exc)))
    committed: list[dict[str, Any]] = []
    shown = unreported = failures = attempts = 0
    problems: list[str] = []

    def settle() -> list[Any]:
        writer.drain()
        app.processEvents()
        done = [o for o in outcomes if o[1][0] == "save"]
        outcomes.clear()
        return done

    def save(key: tuple[str, str], seen: str, new: str, action: Any) -> None:
        nonlocal shown, unreported, failures, attempts
        widget, saver = targets[key]
        attempts += 1
        action()
        for outcome in settle():
            if outcome[0] == "ok":
                committed.append({"entity": key[0], "field": key[1], "seen": seen, "new": new})
                continue
            exc = outcome[2]
            if not isinstance(exc, EditConflict):
                failures += 1
                problems.append(f"{type(exc).__name__}: {exc}"[:300])
                continue
            bar = editor.conflicts
            if (
                bar.current is saver
                and not bar.isHidden()
                and bar.mine.toPlainText() == new
                and bar.theirs.toPlainText() == exc.theirs
                and widget.toPlainText() == new  # the typed text is still in the field
            ):
                shown += 1
            else:
                unreported += 1
                problems.append(
                    f"not shown: current={bar.current is saver} hidden={bar.isHidden()} "
                    f"mine={bar.mine.toPlainText()!r}/{new!r} theirs={bar.theirs.toPlainText()!r}/{exc.theirs!r} "
                    f"field={widget.toPlainText()!r}"
                )
            theirs = str(exc.theirs)
            if rng.random() < 0.5:  # keep mine: saved over theirs, which the user has now seen
                save(key, theirs, new, saver.keep_mine)
            else:
                saver.take_theirs()
                settle()

    for number in range(edits):
        key = FIELDS[rng.randrange(len(FIELDS))]
        widget, saver = targets[key]
        if rng.random() < 0.3:
            app.processEvents()  # now and then the app gets to show the others' changes
        new = f"user{seed} edit {number} {uuid.uuid4().hex[:6]}"
        seen = saver._stored  # what the save is based on (the text the field showed)

        def type_and_save(widget: Any = widget, saver: Any = saver, new: str = new) -> None:
            widget.setPlainText(new)
            saver.flush()

        save(key, seen, new, type_and_save)
    editor.shutdown()
    writer.close()
    ctx.bus.close()
    db.close()
    out.write_text(
        json.dumps(
            {
                "attempts": attempts,
                "committed": committed,
                "shown": shown,
                "unreported": unreported,
                "failures": failures,
                "problems": problems[:20],
            }
        ),
        encoding="utf-8",
    )


# --- the judge ---------------------------------------------------------------------------------------
def judge(
    url: str, ids: dict[str, int], results: list[dict[str, Any]]
) -> tuple[int, int, int, int, list[str]]:
    """(edits, committed, conflicts shown, lost, why) from the workers' reports and the audit trail."""
    from sqlalchemy import create_engine, text

    from minutes.db.engine import resolve_url

    engine = create_engine(resolve_url(url))
    audit: dict[tuple[str, str, str], Any] = {}
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT entity, entity_id, changes FROM audit_log WHERE action = 'update'")
            ).all()
    finally:
        engine.dispose()
    for entity, entity_id, changes in rows:
        if entity_id != ids.get(entity):
            continue
        for field, (old, new) in json.loads(changes).items():
            audit[(entity, field, str(new))] = old
    edits = committed = shown = 0
    lost: list[str] = []
    for result in results:
        edits += result["attempts"]
        shown += result["shown"]
        if result["unreported"] or result["failures"]:
            lost.append(f"{result['unreported']} refused without being shown, {result['failures']} failed")
            lost += result.get("problems", [])
        for edit in result["committed"]:
            key = (edit["entity"], edit["field"], edit["new"])
            if key not in audit:
                lost.append(f"committed but not in the audit trail: {key}")
                continue
            committed += 1
            if (audit[key] or "").strip() != (edit["seen"] or "").strip():
                lost.append(f"overwrote a text its user had not seen: {key} (was {audit[key]!r})")
    missing = edits - committed - shown
    if missing > 0 and not lost:
        lost.append(f"{missing} edits neither committed nor shown")
    return edits, committed, shown, max(len(lost), missing), lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="database (SQLite file or URL); a new SQLite file by default")
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--edits", type=int, default=1000, help="edits in all (shared by the processes)")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        meeting, contribution = (int(x) for x in args.ids.split(","))
        worker(args.url, meeting, contribution, args.edits, args.worker, Path(args.out))
        return 0
    with tempfile.TemporaryDirectory(prefix="minutes-conflicts-") as tmp:
        url = args.url or str(Path(tmp) / "conflicts.db")
        meeting, contribution = prepare(url)
        per = max(1, args.edits // args.processes)
        started = time.perf_counter()
        children = []
        for number in range(args.processes):
            out = Path(tmp) / f"worker{number}.json"
            command = [sys.executable, __file__, "--url", url, "--worker", str(number + 1),
                       "--ids", f"{meeting},{contribution}", "--edits", str(per), "--out", str(out)]  # fmt: skip
            children.append((subprocess.Popen(command, cwd=ROOT), out))
        results = []
        for child, out in children:
            if child.wait() != 0 or not out.exists():
                print(f"a worker failed (exit {child.returncode})", file=sys.stderr)
                return 2
            results.append(json.loads(out.read_text(encoding="utf-8")))
        seconds = time.perf_counter() - started
        ids = {"meetings": meeting, "contributions": contribution}
        edits, committed, shown, lost, why = judge(url, ids, results)
    print(f"{edits} edits: {committed} committed, {shown} conflicts shown, {lost} lost")
    print(f"({args.processes} processes, {seconds:.1f} s)", file=sys.stderr)
    for line in why[:20]:
        print(f"  {line}", file=sys.stderr)
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
