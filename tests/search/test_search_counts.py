"""The count per kind stops at a cap: "N+" only when there are more matches, the exact count otherwise.

On SQLite and on PostgreSQL (``any_services``). The cap is lowered for the test (the dialog uses
:data:`minutes.search.query.COUNT_CAP`, 1,000); every count is checked against the matches read back
through another connection with a cap no kind reaches.
"""

from __future__ import annotations

from datetime import date

from minutes.search.query import COUNT_CAP
from minutes.services import Services

CAP = 3


def _records(sv: Services) -> dict[str, list[int]]:
    """Matches of "ranh giới": 2 conclusions (under the cap), 3 tasks (at it), 5 contributions (over
    it), 1 unit; and words that begin with "nguye" (a prefix longer than FTS5's prefix lists)."""
    meeting = sv.meetings.create("Giao ban tháng 4", date(2021, 4, 6))
    ids: dict[str, list[int]] = {"conclusion": [], "task": [], "contribution": []}
    ids["unit"] = [sv.directory.create_unit("Tổ xác định RANH GIỚI")]
    for n in range(2):
        ids["conclusion"].append(sv.items.add_conclusion(meeting, f"Giao phường xác định ranh giới {n}"))
    for n in range(3):
        ids["task"].append(sv.tasks.create(meeting, f"Cắm mốc ranh giới khu {n}"))
    for n in range(5):
        ids["contribution"].append(sv.items.add_contribution(meeting, text=f"Ranh giới thửa đất số {n}"))
    sv.items.add_contribution(meeting, text="Ranh con đường, không nói giới hạn")  # not the phrase
    sv.items.add_contribution(meeting, text="Nguyên tắc giao đất")  # nguyen
    sv.items.add_contribution(meeting, text="Ý kiến của ông Nguyễnvăn")  # nguyenvan: one word
    sv.items.add_conclusion(meeting, "Nguyệt san của phường")  # nguyet
    return ids


def test_counts_say_more_only_when_there_are_more(any_services: Services, any_fresh: Services) -> None:
    ids = _records(any_services)
    exact = any_fresh.search.grouped('"ranh giới"', per_kind=2, count_cap=100)
    assert exact.counts() == {"unit": 1, "conclusion": 2, "task": 3, "contribution": 5}
    assert not exact.capped

    capped = any_fresh.search.grouped('"ranh giới"', per_kind=2, count_cap=CAP)
    groups = {g.kind: g for g in capped.groups}
    assert {k: (g.total, g.capped) for k, g in groups.items()} == {
        "unit": (1, False),
        "conclusion": (2, False),
        "task": (3, False),  # exactly the cap: exact, no "+"
        "contribution": (3, True),  # five: "3+"
    }
    assert capped.capped and capped.capped_kinds() == {"contribution"}
    # the hits are the same whatever the cap: the best of each kind
    for kind, group in groups.items():
        assert [h.entity_id for h in group.hits] == [
            h.entity_id for h in {g.kind: g for g in exact.groups}[kind].hits
        ]
        assert {h.entity_id for h in group.hits} <= set(ids[kind])
    assert groups["contribution"].more > 0  # "Show more…" is offered

    # one kind asked for alone is capped the same way
    one = any_fresh.search.grouped('"ranh giới"', ["contribution"], per_kind=2, count_cap=CAP)
    assert [(g.kind, g.total, g.capped) for g in one.groups] == [("contribution", 3, True)]
    one = any_fresh.search.grouped('"ranh giới"', ["task"], per_kind=2, count_cap=CAP)
    assert [(g.kind, g.total, g.capped) for g in one.groups] == [("task", 3, False)]


def test_the_default_cap_leaves_small_counts_exact(any_services: Services, any_fresh: Services) -> None:
    _records(any_services)
    grouped = any_fresh.search.grouped('"ranh giới"')
    assert COUNT_CAP == 1000
    assert grouped.counts() == {"unit": 1, "conclusion": 2, "task": 3, "contribution": 5}
    assert not grouped.capped


def test_a_long_word_being_typed_counts_every_word_it_begins(
    any_services: Services, any_fresh: Services
) -> None:
    _records(any_services)
    # "nguye" is longer than the prefix lists: spelled out as the words of the index that begin with it
    counts = any_fresh.search.grouped("nguye", count_cap=CAP).counts()
    assert counts == {"contribution": 2, "conclusion": 1}
    texts = sorted(r.snippet_html for r in any_fresh.search.search("nguye"))
    assert texts == [
        "<b>Nguyên</b> tắc giao đất",
        "<b>Nguyệt</b> san của phường",
        "Ý kiến của ông <b>Nguyễnvăn</b>",
    ]
    # a whole word (a space typed after it) is only that word
    assert any_fresh.search.grouped("nguyen ", count_cap=CAP).counts() == {"contribution": 1}
    # a beginning no word has: nothing, in every kind
    assert any_fresh.search.grouped("nguyez", count_cap=CAP).counts() == {}
    # accents and đ in the word being typed do not matter
    assert any_fresh.search.grouped("NGUYỆ", count_cap=CAP).counts() == counts


def test_kind_names_in_the_text_are_not_kinds(any_services: Services, any_fresh: Services) -> None:
    """The index holds a token per kind (zzcontribution...): only the text is ever searched."""
    meeting = any_services.meetings.create("Họp", date(2021, 4, 7))
    said = any_services.items.add_contribution(meeting, text="Task force và báo cáo report")
    assert [(r.kind, r.entity_id) for r in any_fresh.search.search("task")] == [("contribution", said)]
    assert any_fresh.search.grouped("contribution ").counts() == {}
    assert any_fresh.search.grouped("zzcontribution").counts() == {}
    assert any_fresh.search.grouped("zz").counts() == {}
    assert any_fresh.search.grouped("report ").counts() == {"contribution": 1}
