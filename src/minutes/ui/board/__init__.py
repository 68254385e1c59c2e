"""The leaders' view of tasks across all meetings: the board, the task detail, the overview charts, the
reminders and follow-up meetings. The shell calls :func:`install_board` once; :func:`open_board`
opens the board's window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minutes.ui.board.window import BoardInstall, BoardWindow, install_board, open_board

if TYPE_CHECKING:
    from minutes.ui.board.board import TaskBoard


def __getattr__(name: str) -> Any:  # the board's list loads when first used, not with the main window
    if name == "TaskBoard":
        from minutes.ui.board.board import TaskBoard

        return TaskBoard
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BoardInstall", "BoardWindow", "TaskBoard", "install_board", "open_board"]
