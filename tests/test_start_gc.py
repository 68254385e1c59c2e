"""The start holds the safe-point collections (minutes.gcpolicy.hold) until it is over: the first units
of work no longer walk every young object of the ORM's configuration and the window's widgets."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes import gcpolicy
from minutes.services import Actor, Database, Services

pytestmark = pytest.mark.skipif(not gcpolicy.AFFECTED, reason="Python 3.12+ keeps its automatic collector")


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    db = Database(str(tmp_path / "m.sqlite3"))
    yield Services(db, Actor("Thư ký"))
    gcpolicy.release()
    db.close()


def test_units_of_work_collect_nothing_while_the_start_holds_then_collect_again(services: Services) -> None:
    gc.collect()
    threshold = gc.get_threshold()[0]
    gcpolicy.hold()
    garbage = [Node() for _ in range(threshold * 3)]
    del garbage
    services.meetings.list_meetings()
    assert gc.get_count()[0] >= threshold  # held: the unit of work left it
    assert gcpolicy.collect_if_due() == -1
    gcpolicy.release()
    services.meetings.list_meetings()
    assert gc.get_count()[0] < threshold  # collected at the next safe point


def test_the_end_of_the_start_releases_the_collections(services: Services) -> None:
    from minutes.ui.app import settle_garbage_collector

    gcpolicy.hold()
    assert gcpolicy.held()
    settle_garbage_collector()
    assert not gcpolicy.held()
    assert gc.get_count()[0] < gc.get_threshold()[0]


def test_the_automatic_collector_is_off_while_the_start_holds_and_back_after() -> None:
    """Before the database is opened (a fresh process: nothing installed yet) the hold switches the
    automatic collector off too, and the release gives it back."""
    code = (
        "import gc; from minutes import gcpolicy\n"
        "before = gc.isenabled(); gcpolicy.hold(); inside = gc.isenabled(); gcpolicy.release()\n"
        "print(before, inside, gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False", "True"]
