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


def test_the_oldest_generation_is_collected_only_once_it_grew_by_a_quarter(tmp_path: Path) -> None:
    """CPython walks its oldest generation only when it grew by a quarter since the last full collection;
    collecting it whenever its counter is due walked a large heap (the board scrolled to its end) on the
    GUI's idle timer again and again."""
    db = Database(str(tmp_path / "m.sqlite3"))
    before = gc.get_threshold()
    try:
        gc.set_threshold(100, 2, 2)
        kept = [Node() for _ in range(40_000)]
        gc.collect()
        gcpolicy._measure_long_lived()
        oldest = len(gc.get_objects(2))  # the test run's own modules and objects too
        done = []
        for _ in range(40):  # garbage only: nothing survives into the oldest generation
            make_garbage(150)
            done.append(gcpolicy.collect_if_due())
        assert 1 in done and 2 not in done
        for _ in range(oldest // 4 // 150 + 50):  # survivors: more than a quarter of the oldest generation
            kept.extend(Node() for _ in range(150))
            done.append(gcpolicy.collect_if_due())
            if done[-1] == 2:
                break
        assert done[-1] == 2
        assert len(gc.get_objects(2)) >= len(
            kept
        )  # the survivors are in the oldest generation, measured again
        assert gcpolicy.collect_if_due() in (-1, 0, 1)
    finally:
        gc.set_threshold(*before)
        db.close()
