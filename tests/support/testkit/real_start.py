"""The environment of a real start of the app in a process of its own (``python -m minutes``): a private
home and settings, headless, exiting once its window is ready."""

from __future__ import annotations

import os
from pathlib import Path


def start_env(home: Path, **extra: str) -> dict[str, str]:
    """``os.environ`` with the user's folders under ``home``, offscreen, and ``extra`` variables."""
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "MINUTES_EXIT_WHEN_READY": "1",
        **extra,
    }
