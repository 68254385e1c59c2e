"""The leaders' view of tasks across all meetings: the board, the task detail, the overview charts, the
reminders and follow-up meetings. The shell calls :func:`install_board` once; :func:`open_board`
opens the board's window."""

from __future__ import annotations

from minutes.ui.board.board import TaskBoard
from minutes.ui.board.window import BoardInstall, BoardWindow, install_board, open_board

__all__ = ["BoardInstall", "BoardWindow", "TaskBoard", "install_board", "open_board"]
