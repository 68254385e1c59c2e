"""Where things live: shipped resources and the user's data folder (platformdirs)."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "minutes"
APP_AUTHOR = "minutes"


def bundle_dir() -> Path | None:
    """The application folder of a PyInstaller bundle (``packaging/minutes.spec``), None elsewhere."""
    root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and root:
        return Path(root)
    return None


def resource_dir() -> Path:
    """The ``resources`` folder: in the application bundle, inside the installed package, or at the root
    of a source checkout."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "minutes" / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[2] / "resources"
    return checkout


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    path = Path(dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)  # owner-only when created: it holds the database
    return path


def default_database_path() -> Path:
    return data_dir() / "minutes.sqlite3"
