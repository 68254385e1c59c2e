"""Paint first: the start frame is painted, with the last meeting's title, before the database layer
is imported; the command line decides that the GUI is asked for without importing any command."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from testkit.real_start import start_env

from minutes.cli import gui_asked
from minutes.ui.launch import StartFrame
from minutes.ui.settings import Settings

HEAVY = ("sqlalchemy", "minutes.services", "docx", "minutes.ui.main_window", "minutes.cli.common")


def test_the_gui_path_imports_nothing_heavy_before_the_first_paint() -> None:
    code = (
        "import sys; import minutes.cli, minutes.ui.launch; "
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_main_window_loads_no_document_or_import_code_until_asked() -> None:
    """python-docx, the importer and its screens load when an import or a document is first asked for,
    not with the window (they were about 0.5 s of every start)."""
    code = (
        "import sys; import minutes.ui.main_window, minutes.ui.parts; "
        "print(sorted(m for m in ('docx', 'minutes.archive.store', 'minutes.ui.import_review') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.strip() == "[]"


def test_the_command_line_tells_the_gui_from_a_command() -> None:
    gui = gui_asked(["--db", "x.sqlite3", "--lang", "vi", "--with-demo"])
    assert gui is not None and (gui.db, gui.lang, gui.with_demo) == ("x.sqlite3", "vi", True)
    assert gui_asked([]) is not None
    assert gui_asked(["list"]) is None
    assert gui_asked(["--db", "x.sqlite3", "export", "1"]) is None
    assert gui_asked(["--help"]) is None
    assert gui_asked(["--lang", "fr"]) is None  # the full parser reports the bad value


def test_the_start_frame_shows_the_last_meetings_title(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "s.ini")
    settings.last_meeting_title = "Họp giao ban UBND phường tháng 3"
    frame = StartFrame(settings)
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitUntil(lambda: frame.painted)
    assert frame.heading.text() == "Họp giao ban UBND phường tháng 3"
    assert frame.windowTitle().endswith("— Họp giao ban UBND phường tháng 3")


def test_the_real_start_paints_the_frame_then_opens_the_window(tmp_path: Path) -> None:
    env = start_env(tmp_path, MINUTES_DEMO="1")
    done = subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(tmp_path / "m.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("MINUTES_")]
    assert done.returncode == 0, done.stderr[-2000:]
    # painted, ready (the sections in view), then every section of the editor filled
    assert [line.split()[0] for line in lines] == ["MINUTES_PAINTED", "MINUTES_READY", "MINUTES_FILLED"]
    conf = (tmp_path / "config" / "minutes" / "minutes.conf").read_text(encoding="utf-8")
    assert "last_meeting_title=Ban Thường vụ Quận ủy" in conf  # what the next start's frame shows


def test_the_main_window_loads_no_board_search_or_importer_until_asked() -> None:
    """The board, its service and queries, the search dialog, the interchange format and the backups
    dialog load when first used, not with the main window (issue 17 item 1: they were imported by every
    start)."""
    lazy = (
        "minutes.services.board",
        "minutes.services.board_query",
        "minutes.services.carryover",
        "minutes.services.interchange",
        "minutes.ui.board.board",
        "minutes.ui.board.reminders",
        "minutes.ui.search.dialog",
        "minutes.ui.backups_dialog",
    )
    code = (
        "import sys; import minutes.ui.app, minutes.ui.session, minutes.ui.parts; "
        f"print(sorted(m for m in {lazy!r} if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.strip() == "[]"


def test_services_load_on_first_use_with_every_flush_rule_in_place(tmp_path: Path) -> None:
    """minutes.services imports no service until it is used, yet every rule checked at flush (roles,
    lengths, finalised minutes) is registered with the package: a finalised meeting refuses a change made
    by a freshly started process that never touched the finalising service."""
    from minutes.services import Actor, Database, Services

    path = tmp_path / "m.sqlite3"
    db = Database(str(path))
    services = Services(db, Actor("Chủ trì", "leader"))
    meeting = services.meetings.create("Họp giao ban", date(2021, 3, 1))
    services.finalise.finalise(meeting, expected_version=services.meetings.get(meeting).version)
    db.close()
    script = tmp_path / "change.py"
    script.write_text(
        "import sys\n"
        "from minutes.errors import MeetingLocked\n"
        "from minutes.services import Actor, Database, Services\n"
        f"s = Services(Database({str(path)!r}), Actor('Chủ trì', 'leader'))\n"
        "assert s.meetings is s.meetings\n"
        "print(sorted(m for m in ('minutes.services.board', 'minutes.services.interchange') if m in sys.modules))\n"
        "try:\n"
        f"    s.meetings.update({meeting}, title='Đổi tên')\n"
        "except MeetingLocked:\n"
        "    print('locked')\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["[]", "locked"]


def test_the_start_imports_without_pyside6s_hook_and_gives_it_back() -> None:
    """PySide6's import hook (it reads the source of every module imported after it) is skipped while
    the start imports, on every thread, and is in place again afterwards."""
    code = (
        "import builtins, threading, minutes.cli\n"
        "import PySide6.QtWidgets\n"
        "from minutes.ui.launch import plain_imports\n"
        "hooked = builtins.__import__\n"
        "seen = []\n"
        "with plain_imports():\n"
        "    worker = threading.Thread(target=lambda: seen.append(builtins.__import__ is minutes.cli.PYTHON_IMPORT))\n"
        "    worker.start(); worker.join()\n"
        "    import json\n"
        "print(hooked is not minutes.cli.PYTHON_IMPORT, seen, builtins.__import__ is hooked)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True [True] True"


def test_the_start_imports_without_the_cyclic_collector_and_keeps_what_it_imported() -> None:
    code = (
        "import gc\n"
        "from minutes.ui.launch import modules_kept\n"
        "before = gc.get_freeze_count()\n"
        "with modules_kept():\n"
        "    inside = gc.isenabled()\n"
        "    import json, decimal\n"
        "print(inside, gc.isenabled(), gc.get_freeze_count() > before)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False True True"
