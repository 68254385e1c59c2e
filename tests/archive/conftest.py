"""Fixtures of the archive import tests: a second, empty database to import into."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from minutes.archive.store import ArchiveService
from minutes.services import Actor, Database, Services

TODAY = date(2021, 3, 1)


@pytest.fixture
def target_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.sqlite3"


@pytest.fixture
def target(target_path: Path) -> Iterator[Services]:
    """The database documents are imported into (empty: nothing is known in advance)."""
    database = Database(str(target_path), clock=lambda: TODAY)
    yield Services(database, Actor("Văn thư"))
    database.close()


@pytest.fixture
def target_fresh(target_path: Path, target: Services) -> Iterator[Services]:
    """A second connection to the target: what was really saved."""
    database = Database(str(target_path), clock=lambda: TODAY)
    yield Services(database, Actor("Kiểm tra"))
    database.close()


@pytest.fixture
def importer(target: Services) -> ArchiveService:
    return ArchiveService(target.db, target.actor)
