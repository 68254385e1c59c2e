"""Shared fixtures. GUI tests run headless; Python warnings are errors (pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MINUTES_NO_CRASH_DIALOG", "1")

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from minutes.services import Actor, Database, Services  # noqa: E402

TODAY = date(2021, 3, 1)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(str(db_path), clock=lambda: TODAY)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db, Actor("Thư ký"))


@pytest.fixture
def fresh(db_path: Path) -> Iterator[Services]:
    """A second, independent connection to the same file: what was really saved."""
    database = Database(str(db_path), clock=lambda: TODAY)
    yield Services(database, Actor("Kiểm tra"))
    database.close()
