"""Windows fit a 1366×768 laptop and remember their geometry (issue 15, item 18).

The application runs in a child process on an offscreen screen of 1366×768 (the platform's config
file), as a user would start it there; it reports where its windows are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSize

from minutes.ui.screen_fit import fit_inside

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QRect
from minutes.services import Actor, Database, Services
from minutes.ui.app import application, start
from minutes.ui.settings import Settings

work, resize = Path(sys.argv[1]), sys.argv[2]
app = application()
database = Database(str(work / "db.sqlite3"))
window = start(Services(database, Actor("Thư ký")), Settings.in_file(work / "settings.ini"), with_demo=True,
               ask_demo=lambda _p: False, ask_recovery=lambda _p, _d: "later", reminders=False)
window.show()
board = window.findChild(object, "openTaskBoard")
board.trigger()
app.processEvents()
board_window = next(w for w in app.topLevelWidgets() if w.objectName() == "boardWindow")
if resize == "resize":
    window.setGeometry(QRect(100, 80, 1000, 600))
    board_window.setGeometry(QRect(60, 50, 1200, 640))
    app.processEvents()
def rect(w):
    g = w.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height(), w.width(), w.height()]
report = {"main": rect(window), "board": rect(board_window),
          "screen": list(app.primaryScreen().availableGeometry().getRect())}
board_window.close()
window.close()
database.close()
print(json.dumps(report))
"""


def run_app(tmp_path: Path, resize: str) -> dict[str, list[int]]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), resize],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(rect: list[int], screen: list[int]) -> bool:
    x, y, w, h = rect[:4]
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def test_the_windows_open_within_a_1366x768_screen_and_come_back_as_left(tmp_path: Path) -> None:
    first = run_app(tmp_path, "resize")
    assert first["screen"] == [0, 0, 1366, 768]
    for name in ("main", "board"):
        assert inside(first[name], first["screen"]), (name, first[name])
    again = run_app(tmp_path, "keep")
    assert again["main"][4:] == [1000, 600]  # the size the user left it at
    assert again["board"][4:] == [1200, 640]


def test_a_geometry_from_a_larger_monitor_is_brought_on_screen() -> None:
    area = QRect(0, 0, 1366, 728)
    fitted = fit_inside(QRect(1500, 900, 1920, 1080), area, QSize(16, 40))
    assert area.contains(fitted.adjusted(-8, -32, 8, 8))
    assert fitted.size() == QSize(1350, 688)
