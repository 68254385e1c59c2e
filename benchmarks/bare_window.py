"""The baseline of the cold start: a bare PySide6 window with a list and a table, nothing else.

Started like the app (a fresh Python process); prints ``MINUTES_READY rss_mb=<peak MB>`` once the window
is shown and the event loop is idle, then quits. What the app costs beyond this is its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter, QTableView


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    names = QListView(splitter)
    names.setModel(QStringListModel([f"Item {n}" for n in range(50)], names))
    table = QTableView(splitter)
    model = QStandardItemModel(50, 5, table)
    for r in range(50):
        for c in range(5):
            model.setItem(r, c, QStandardItem(f"{r}.{c}"))
    table.setModel(model)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        print(f"MINUTES_READY rss_mb={peak_rss_mb():.1f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
