"""Accent-insensitive search through the service, on SQLite and on PostgreSQL."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from minutes.search import SearchResult
from minutes.services import Services

Filler = Callable[[Services, int], None]


def hits(results: list[SearchResult]) -> set[tuple[str, int]]:
    return {(r.kind, r.entity_id) for r in results}


def test_dinh_finds_upper_title_and_lower_case(any_services: Services, corpus: Any) -> None:
    found = hits(any_services.search.search("dinh "))
    assert ("person", corpus.person) in found  # ĐỊNH
    assert ("conclusion", corpus.conclusion) in found  # Định
    assert ("contribution", corpus.contribution) in found  # định
    assert len(found) == 3


def test_with_and_without_accents_find_the_same_rows(any_services: Services, corpus: Any) -> None:
    plain = any_services.search.search("giai phong mat bang")
    accented = any_services.search.search("giải phóng mặt bằng")
    upper = any_services.search.search("GIẢI PHÓNG MẶT BẰNG")
    assert hits(plain) == hits(accented) == hits(upper)
    assert hits(plain) == {("meeting", corpus.meeting), ("contribution", corpus.contribution)}
    assert [r.entity_id for r in plain] == [r.entity_id for r in accented]


def test_nfd_input_is_stored_nfc_and_found(any_services: Services, any_fresh: Services, corpus: Any) -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hường đề nghị bổ sung kinh phí")
    ident = any_services.items.add_contribution(corpus.meeting, text=nfd)
    stored = next(c for c in any_fresh.meetings.get(corpus.meeting).contributions if c.id == ident)
    assert stored.text == unicodedata.normalize("NFC", nfd)
    for query in ("huong kinh phi", unicodedata.normalize("NFD", "Hường kinh phí"), "Hường kinh phí"):
        results = any_fresh.search.search(query)
        assert hits(results) == {("contribution", ident)}
        assert unicodedata.is_normalized("NFC", results[0].snippet_html)
        assert "<b>Hường</b>" in results[0].snippet_html


def test_phrase_needs_the_words_together_and_in_order(any_services: Services, corpus: Any) -> None:
    other = any_services.items.add_contribution(
        corpus.meeting, text="Mặt đường hư hỏng, cần giải tỏa bằng được"
    )
    assert hits(any_services.search.search("mat bang giai")) >= {("contribution", other)}
    phrase = any_services.search.search('"giai phong mat bang"')
    assert ("contribution", other) not in hits(phrase)
    assert ("contribution", corpus.contribution) in hits(phrase)
    assert not any_services.search.search('"mat giai phong"')
    snippet = next(r for r in phrase if r.kind == "contribution").snippet_html
    assert "<b>giải phóng mặt bằng</b>" in snippet


def test_prefixes_explicit_and_while_typing(any_services: Services, corpus: Any) -> None:
    assert ("contribution", corpus.contribution) in hits(any_services.search.search("giai phon"))
    assert not any_services.search.search("giai phon ")  # a finished word matches whole words only
    assert ("contribution", corpus.contribution) in hits(any_services.search.search("phon* giai "))
    assert not any_services.search.search("giai phon", prefix_last=False)
    assert ("contribution", corpus.contribution) in hits(any_services.search.search('"giai phong mat b'))


def test_results_follow_an_edit(any_services: Services, any_fresh: Services, corpus: Any) -> None:
    assert hits(any_fresh.search.search("dinh gia dat"))
    any_services.items.update_contribution(
        corpus.contribution, text="Đề nghị thẩm định lại đơn giá bồi thường"
    )
    assert not any_fresh.search.search("dinh gia dat")
    assert hits(any_fresh.search.search("don gia boi thuong")) == {("contribution", corpus.contribution)}
    any_services.meetings.update(corpus.meeting, title="Họp về đền bù")
    assert ("meeting", corpus.meeting) in hits(any_fresh.search.search("den bu"))
    assert ("meeting", corpus.meeting) not in hits(any_fresh.search.search("giai phong mat bang"))


def test_results_follow_a_delete(any_services: Services, any_fresh: Services, corpus: Any) -> None:
    any_services.items.remove_contribution(corpus.contribution)
    assert ("contribution", corpus.contribution) not in hits(any_fresh.search.search("dinh"))
    assert ("person", corpus.person) in hits(any_fresh.search.search("dinh"))


def test_deleting_a_meeting_removes_everything_filed_under_it(
    any_services: Services, any_fresh: Services, corpus: Any
) -> None:
    assert hits(any_fresh.search.search("phe duyet phuong an")) == {("progress", corpus.progress)}
    any_services.meetings.delete(corpus.other_meeting)
    assert not any_fresh.search.search("phe duyet phuong an")
    assert not any_fresh.search.search("boi thuong")
    assert not any_fresh.search.search("ngan sach")
    any_services.meetings.delete(corpus.meeting)
    assert hits(any_fresh.search.search("dinh")) == {("person", corpus.person)}
    with any_fresh.search.read() as session:
        from minutes.search.models import SearchEntry

        assert {e.kind for e in session.query(SearchEntry)} == {"person"}


def test_a_title_match_ranks_first(any_services: Services, corpus: Any, filler: Filler) -> None:
    sv = any_services
    filler(sv, corpus.meeting)
    said = sv.items.add_contribution(
        corpus.meeting,
        text="Về việc cấp sổ đỏ cho các hộ tái định cư tại khu đất "
        "dịch vụ, đề nghị phường khẩn trương rà soát hồ sơ và báo cáo quận",
    )
    report = sv.items.add_report(corpus.meeting, title="Tái định cư", summary="Báo cáo của phường")
    ranked = sv.search.search("tai dinh cu")
    assert [(r.kind, r.entity_id) for r in ranked] == [("report", report), ("contribution", said)]
    assert ranked[0].rank > ranked[1].rank
    assert ranked[0].title_html == "<b>Tái định cư</b>"


def test_a_denser_match_ranks_first(any_services: Services, corpus: Any, filler: Filler) -> None:
    sv = any_services
    filler(sv, corpus.meeting)
    sparse = sv.items.add_contribution(
        corpus.meeting,
        text="Cần quan tâm đến công tác vệ sinh môi trường và "
        "nhiều nội dung khác như trật tự đô thị, giao thông, an ninh, quốc phòng",
    )
    dense = sv.items.add_contribution(corpus.meeting, text="Vệ sinh môi trường: giữ vệ sinh môi trường ở chợ")
    ranked = sv.search.search("ve sinh moi truong")
    assert [r.entity_id for r in ranked] == [dense, sparse]


def test_kinds_filter_and_limit(any_services: Services, corpus: Any) -> None:
    only = any_services.search.search("dinh", kinds=["person", "conclusion"])
    assert hits(only) == {("person", corpus.person), ("conclusion", corpus.conclusion)}
    assert len(any_services.search.search("dinh", limit=2)) == 2
    assert any_services.search.search("dinh", kinds=[]) == []
    with pytest.raises(ValueError):
        any_services.search.search("dinh", kinds=["nonsense"])


def test_each_result_says_where_it_belongs(any_services: Services, corpus: Any) -> None:
    (progress,) = any_services.search.search("phe duyet")
    assert (progress.kind, progress.meeting_id, progress.task_id) == (
        "progress",
        corpus.other_meeting,
        corpus.task,
    )
    assert progress.meeting_title == "Giao ban tháng 2"
    assert progress.meeting_date == date(2021, 2, 3)
    assert progress.task_text.startswith("Hoàn thành bồi thường")
    (said,) = any_services.search.search("dinh gia dat")
    assert said.title == "ĐỊNH Văn Hùng"  # the speaker
    assert said.snippet_html.endswith("việc <b>định giá đất</b> còn chậm.")


def test_renaming_a_speaker_renames_their_contributions(any_services: Services, corpus: Any) -> None:
    any_services.directory.update_person(corpus.person, full_name="Lê Văn Tám")
    (said,) = any_services.search.search("dinh gia dat")
    assert said.title == "Lê Văn Tám"
    found = hits(any_services.search.search("le van tam"))
    assert found == {("person", corpus.person), ("contribution", corpus.contribution)}


def test_html_in_the_text_is_escaped(any_services: Services, corpus: Any) -> None:
    any_services.items.add_conclusion(corpus.meeting, "Chỉ tiêu <script>alert(1)</script> & doanh thu > 5 tỷ")
    (hit,) = any_services.search.search("doanh thu")
    assert "<script>" not in hit.snippet_html
    assert "&lt;script&gt;" in hit.snippet_html and "&amp;" in hit.snippet_html


def test_figures_tasks_and_recommendations_are_found(any_services: Services, corpus: Any) -> None:
    sv = any_services
    report = sv.items.add_report(corpus.meeting, title="Báo cáo thu chi")
    figure = sv.items.add_figure(report, "Tổng thu ngân sách", "19.885.177.001", "đồng", percent="87")
    group = sv.items.add_group(corpus.meeting, "Kiến nghị với Quận")
    rec = sv.items.add_recommendation(group, "Bố trí vốn cho dự án trường mầm non")
    assert ("figure", figure) in hits(sv.search.search("tong thu ngan sach"))
    (fig,) = sv.search.search('"19.885.177.001"')
    assert fig.meeting_id == corpus.meeting and "<b>19.885.177.001</b>" in fig.snippet_html
    assert hits(sv.search.search("bo tri von")) == {("recommendation", rec)}
    sv.items.update_group(group, title="Kiến nghị với Thành phố")
    (found,) = sv.search.search("bo tri von")
    assert found.title == "Kiến nghị với Thành phố"
    assert ("task", corpus.task) in hits(sv.search.search("boi thuong ho tro"))
    sv.tasks.delete(corpus.task)
    assert not sv.search.search("phe duyet") and not sv.search.search("boi thuong ho tro")


def test_rebuild_gives_the_same_answers(any_services: Services, corpus: Any) -> None:
    before = [(r.kind, r.entity_id) for r in any_services.search.search("dinh")]
    assert any_services.search.rebuild() >= 7
    assert [(r.kind, r.entity_id) for r in any_services.search.search("dinh")] == before
    any_services.items.update_conclusion(corpus.conclusion, text="Không còn từ đó")
    assert ("conclusion", corpus.conclusion) not in hits(any_services.search.search("dinh"))


def test_empty_and_punctuation_only_queries_find_nothing(any_services: Services, corpus: Any) -> None:
    for query in ("", "   ", '"', "*", "-- ,", '""'):
        assert any_services.search.search(query) == []


def test_many_matches_rank_the_newest_and_still_the_title_hits(
    any_services: Services, corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes.search import candidates

    monkeypatch.setattr(candidates, "CANDIDATES", 5)
    monkeypatch.setattr(candidates, "WINDOW", 4)  # PostgreSQL: the newest rows, then the GIN index
    sv = any_services
    report = sv.items.add_report(corpus.meeting, title="An toàn thực phẩm", summary="Báo cáo của phường")
    said = [
        sv.items.add_contribution(corpus.meeting, text=f"Ý kiến {n} về an toàn thực phẩm ở chợ")
        for n in range(8)
    ]
    ranked = sv.search.search("an toan thuc pham", limit=5)
    assert (ranked[0].kind, ranked[0].entity_id) == ("report", report)  # older than the 5 newest matches
    assert len(ranked) == 5 and {r.entity_id for r in ranked[1:]} <= set(said[-5:])


def test_a_long_prefix_while_typing(
    any_services: Services, corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes.search import candidates

    monkeypatch.setattr(candidates, "CANDIDATES", 3)
    sv = any_services
    trade = sv.items.add_conclusion(corpus.meeting, "Khuyến khích thương mại dịch vụ")
    assert hits(sv.search.search("khuye")) == {("conclusion", trade)}  # no word "khuye": the prefix
    words = [sv.items.add_conclusion(corpus.meeting, f"Đường số {n} thông thoáng") for n in range(3)]
    longer = sv.items.add_conclusion(corpus.meeting, "Thông thoáng hơn")
    # "thong" is a whole word in more rows than are ranked: those are the candidates
    assert {r.entity_id for r in sv.search.search("thong")} == {*words, longer}


def test_an_explicit_prefix_reaches_old_rows(
    any_services: Services, corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes.search import candidates

    monkeypatch.setattr(candidates, "WINDOW", 2)  # PostgreSQL reads the 2 newest rows before GIN
    sv = any_services
    old = sv.items.add_conclusion(corpus.meeting, "Khuyến khích thương mại dịch vụ")
    for n in range(4):
        sv.items.add_conclusion(corpus.meeting, f"Kết luận số {n}")
    assert hits(sv.search.search("khuyen* ")) == {("conclusion", old)}
    assert hits(sv.search.search("khuyen")) == {("conclusion", old)}


def test_grouped_search_counts_every_kind_and_ranks_each(
    any_services: Services, corpus: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes.search import candidates, query

    monkeypatch.setattr(candidates, "CANDIDATES", 5)  # the newest matches of all kinds: contributions
    monkeypatch.setattr(query, "KIND_CANDIDATES", 20)
    sv = any_services
    before = sv.search.grouped("an toan thuc pham", prefix_last=False).counts().get("contribution", 0)
    unit = sv.directory.create_unit("Phòng An toàn thực phẩm")
    said = [
        sv.items.add_contribution(corpus.meeting, text=f"Ý kiến {n} về an toàn thực phẩm ở chợ")
        for n in range(30)
    ]
    grouped = sv.search.grouped("an toan thuc pham", per_kind=3, prefix_last=False)
    counts = grouped.counts()
    assert counts["unit"] == 1 and counts["contribution"] == before + 30  # real totals, not the shown

    by_kind = {g.kind: g for g in grouped.groups}
    assert [r.entity_id for r in by_kind["unit"].hits] == [unit]
    assert len(by_kind["contribution"].hits) == 3 and by_kind["contribution"].more == before + 27
    assert len(set(said)) == 30
    more = sv.search.grouped("an toan thuc pham", ["contribution"], per_kind=3, wanted={"contribution": 12})
    assert [g.kind for g in more.groups] == ["contribution"] and len(more.groups[0].hits) == 12
