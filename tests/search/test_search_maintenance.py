"""The full-text index merged into one segment (after a rebuild, and step by step) finds the same."""

from __future__ import annotations

from datetime import date

from minutes.search import maintenance
from minutes.services import Services

WORDS = ["giải phóng mặt bằng", "trật tự đô thị", "thu ngân sách", "Đường Nguyễn Văn Cừ", "an toàn thực phẩm"]


def _segmented(services: Services) -> int:
    """A meeting whose contributions were saved one transaction each: many segments, as years of saves."""
    meeting = services.meetings.create("Giao ban phường", date(2021, 3, 2))
    for n in range(60):
        services.items.add_contribution(meeting, text=f"{WORDS[n % len(WORDS)]} lần {n}")
    return meeting


def _found(services: Services) -> dict[str, list[int]]:
    return {
        q: sorted(r.entity_id for r in services.search.search(q, limit=200))
        for q in ("trat tu", "đường", "lan")
    }


def _segments(services: Services) -> dict[str, int]:
    with services.db.engine.connect() as connection:
        return maintenance.segments(connection)


def test_steps_merge_every_segment_and_search_finds_the_same(services: Services, fresh: Services) -> None:
    _segmented(services)
    before = _segments(services)
    assert before["search_fts"] > 1  # saved one transaction at a time
    found = _found(fresh)
    assert len(found["lan"]) == 60 and len(found["đường"]) == 12

    steps = [maintenance.merge_step_on(services.db.engine, start=True, pages=2)]
    while steps[-1]:
        steps.append(maintenance.merge_step_on(services.db.engine, start=False, pages=2))
        assert len(steps) < 500
    assert steps[0] is True  # there was work to do
    assert _segments(fresh) == {"search_fts": 1, "search_titles": 1}
    assert _found(fresh) == found
    # nothing left: a new cycle does nothing
    assert maintenance.merge_step_on(services.db.engine, start=True) is False


def test_a_rebuild_leaves_one_segment_per_table(services: Services, fresh: Services) -> None:
    _segmented(services)
    found = _found(fresh)
    assert services.search.rebuild() > 60
    assert _segments(fresh) == {"search_fts": 1, "search_titles": 1}
    assert _found(fresh) == found


def test_postgresql_needs_no_merging(any_services: Services) -> None:
    _segmented(any_services)
    with any_services.db.engine.begin() as connection:
        worked = maintenance.merge_step(connection, start=True)
        shown = maintenance.segments(connection)
    if any_services.db.engine.dialect.name == "sqlite":
        assert worked is True and shown["search_fts"] >= 1
    else:
        assert worked is False and shown == {}
