"""The application's log: standard :mod:`logging` into a rotating file in the user's log folder.

:func:`configure` is called once at start by the GUI and the CLI (calling it again is harmless). Modules
log through ``logging.getLogger(__name__)``: warnings and errors with their context (which database,
which file, which record), never the text a user typed. The file is ``minutes.log`` in platformdirs'
``user_log_dir`` (``~/.local/state/minutes/log`` on Linux), or in ``$MINUTES_LOG_DIR`` when set; it
rotates at 1 MB and keeps five old files. A folder that cannot be written costs the log, never the start.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from logging.handlers import RotatingFileHandler
from pathlib import Path

from minutes import paths

ENV_LOG_DIR = "MINUTES_LOG_DIR"
LOG_NAME = "minutes.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d %(threadName)s] %(message)s"

_handler: RotatingFileHandler | None = None


def log_dir() -> Path:
    explicit = os.environ.get(ENV_LOG_DIR)
    return Path(explicit) if explicit else Path(paths.dirs().user_log_dir)


def log_path() -> Path:
    """Where the log is written (the configured file, else where it would be)."""
    if _handler is not None:
        return Path(_handler.baseFilename)
    return log_dir() / LOG_NAME


def configure(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send the application's records (``minutes.*`` from ``level``, everyone's warnings) to the log file.

    Returns the file, or None when its folder cannot be created or written (the application runs on).
    """
    global _handler
    logging.raiseExceptions = False  # a log that cannot be written (full disk) must not print tracebacks
    folder = folder or log_dir()
    path = (folder / LOG_NAME).absolute()
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        root = logging.getLogger()
        if not root.handlers:  # else logging's last resort would print every warning on stderr
            root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(min(level, logging.WARNING))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger("minutes").setLevel(level)
    return path


def unconfigure() -> None:
    """Stop writing the log file (tests)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def tail(count: int = 20, path: Path | None = None) -> list[str]:
    """The last ``count`` lines of the log (empty when there is none yet)."""
    path = path or log_path()
    if _handler is not None and path == Path(_handler.baseFilename):
        _handler.flush()
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            return [line.rstrip("\n") for line in deque(stream, maxlen=count)]
    except OSError:
        return []
