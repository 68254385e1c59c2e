"""Peak memory (RSS) with the task board showing the whole office: every task, no filter.

Runs in a process of its own (the runner starts one per module): the app's services and UI context, the
task board widget from ``minutes.ui.board`` shown at 1280×900 with no filter, then scrolled to the last
task so every page the view fetches is loaded. The figure is the process's peak resident memory
(``VmHWM``), so the app's imports, Qt and the database connection count too, as a user's would.
Baseline: the same figure of a bare PySide6 window (``bare_window.py``) started in this run. Target
250 MB.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from typing import Any

from benchmarks.common import ROOT, Row, peak_rss_mb, query_one, row, unavailable

TARGET_MB = 250.0
BOARD_MODULES = (
    "minutes.ui.board",
    "minutes.ui.board.board",
    "minutes.ui.board.view",
    "minutes.ui.task_board",
)


def bare_rss() -> float:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    for part in done.stdout.split():
        if part.startswith("rss_mb="):
            return float(part.split("=", 1)[1])
    raise RuntimeError(f"bare_window.py printed no RSS: {done.stderr[-500:]}")


def find_board_class() -> type | None:
    """The board's top widget class: a QWidget subclass named like a board in one of BOARD_MODULES."""
    from PySide6.QtWidgets import QWidget

    for name in BOARD_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        candidates = [
            obj
            for obj in vars(module).values()
            if inspect.isclass(obj)
            and issubclass(obj, QWidget)
            and obj.__module__ == module.__name__
            and "board" in obj.__name__.lower()
        ]
        preferred = sorted(
            candidates,
            key=lambda c: (
                not c.__name__.lower().endswith(("board", "boardview", "boardwidget")),
                c.__name__,
            ),
        )
        if preferred:
            return preferred[0]
    return None


def build(cls: type, ctx: Any, writer: Any) -> Any:
    """Construct the board with what its constructor asks for (ctx, and a writer if it wants one)."""
    params = [
        p
        for p in inspect.signature(cls).parameters.values()
        if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    args: list[Any] = []
    for param in params:
        if param.name in ("ctx", "context", "ui", "ui_context"):
            args.append(ctx)
        elif param.name == "writer":
            args.append(writer)
        elif param.name == "services":
            args.append(ctx.services)
        else:
            raise RuntimeError(f"{cls.__name__}({param.name}=...): the memory benchmark does not know this")
    return cls(*args)


def scroll_to_end(board: Any, app: Any) -> int:
    """Scroll every table of the board to its last row, fetching pages as a user scrolling would."""
    from PySide6.QtWidgets import QAbstractItemView

    shown = 0
    for view in board.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for _ in range(10_000):
            app.processEvents()
            if not model.canFetchMore(view.rootIndex()):
                break
            view.scrollToBottom()
            model.fetchMore(view.rootIndex())
        view.scrollToBottom()
        app.processEvents()
        shown = max(shown, model.rowCount())
    return shown


def run(db_url: str, quick: bool = False) -> list[Row]:
    from benchmarks.qt_probe import application, wait_until
    from minutes.services import Actor, Database, Services
    from minutes.ui.bus import DataBus
    from minutes.ui.context import UiContext
    from minutes.ui.undo import ServiceUndo
    from minutes.ui.writer import BackgroundWriter

    name = "peak RSS, task board showing every task"
    cls = find_board_class()
    if cls is None:
        return [unavailable(name, "no task board widget in minutes.ui.board yet")]
    tasks = int(query_one(db_url, "SELECT count(*) FROM tasks"))
    app = application()
    db = Database(db_url)
    services = Services(db, Actor("benchmark"))
    ctx = UiContext(services, DataBus(db), ServiceUndo(services))
    writer = BackgroundWriter()
    try:
        board = build(cls, ctx, writer)
        board.resize(1280, 900)
        board.show()
        app.processEvents()
        wait_until(lambda: _loaded(board), 120)
        opened = peak_rss_mb()
        shown = scroll_to_end(board, app)
        scrolled = peak_rss_mb()
    finally:
        writer.close()
        db.close()
    baseline = bare_rss()
    return [
        row(
            f"{name} ({tasks:,} tasks), opened",
            [opened],
            baseline_name="bare PySide6 window",
            baseline=[baseline],
            target=TARGET_MB,
            unit="MB",
        ),
        row(
            f"{name}, scrolled to the last ({shown:,} rows fetched)",
            [scrolled],
            baseline_name="bare PySide6 window",
            baseline=[baseline],
            target=TARGET_MB,
            unit="MB",
        ),
    ]


def _loaded(board: Any) -> bool:
    from PySide6.QtWidgets import QAbstractItemView

    return any(
        v.model() is not None and v.model().rowCount() > 0 for v in board.findChildren(QAbstractItemView)
    )
