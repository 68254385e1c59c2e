"""The cyclic collector runs only at safe points on Python 3.11 (minutes.gcpolicy, issue 10)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from minutes import gcpolicy
from minutes.services import Actor, Database, Services

pytestmark = pytest.mark.skipif(not gcpolicy.AFFECTED, reason="Python 3.12+ keeps its automatic collector")


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def make_garbage(n: int) -> None:
    for _ in range(n):
        Node()


def test_opening_a_database_switches_the_automatic_collector_off(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "m.sqlite3"))
    try:
        assert not gc.isenabled() and gcpolicy.manual()
    finally:
        db.close()


def test_a_unit_of_work_collects_what_is_due(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "m.sqlite3"))
    services = Services(db, Actor("Thư ký"))
    try:
        gc.collect()
        threshold = gc.get_threshold()[0]
        make_garbage(threshold * 3)
        assert gc.get_count()[0] >= threshold  # nothing collected by itself
        services.meetings.list_meetings()
        assert gc.get_count()[0] < threshold  # collected when the unit of work ended
    finally:
        db.close()


def test_nothing_is_collected_before_it_is_due(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "m.sqlite3"))
    try:
        gc.collect()
        assert gcpolicy.collect_if_due() == -1
    finally:
        db.close()


def test_the_gui_collects_on_an_idle_timer(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from minutes.ui.app import application, start_collector_timer

    db = Database(str(tmp_path / "m.sqlite3"))
    timer = start_collector_timer(application(), interval_ms=10)
    try:
        assert timer is not None
        gc.collect()
        threshold = gc.get_threshold()[0]
        make_garbage(threshold * 3)
        qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=3000)
    finally:
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        db.close()
    assert sys.version_info < (3, 12)
