"""Snippets: the original text, matches found on the fold and highlighted where the user wrote them."""

from __future__ import annotations

import unicodedata

from minutes.search.query import parse
from minutes.search.snippet import highlight, match_spans, snippet


def test_the_match_is_highlighted_in_the_original_spelling() -> None:
    assert highlight("Xác ĐỊNH ranh giới", parse("dinh ").terms) == "Xác <b>ĐỊNH</b> ranh giới"
    assert highlight("việc định giá đất", parse("dinh gia").terms) == "việc <b>định giá</b> đất"
    assert highlight("giải phóng", parse("giai phongx").terms) == "<b>giải</b> phóng"


def test_text_whose_fold_changes_length_still_maps_back() -> None:
    nfd = unicodedata.normalize("NFD", "Tổng thu ngân sách")
    ((start, end),) = match_spans(nfd, parse("ngan ").terms)
    assert unicodedata.normalize("NFC", nfd[start:end]) == "ngân"
    assert highlight("Straße ngân sách", parse("ngan ").terms) == "Straße <b>ngân</b> sách"


def test_a_long_text_is_cut_around_the_first_match_at_word_boundaries() -> None:
    text = " ".join(["Ủy ban nhân dân phường"] * 20) + " giải phóng mặt bằng " + " ".join(["kết thúc"] * 40)
    cut = snippet(text, parse('"giai phong mat bang"').terms, width=120)
    assert cut.startswith("…") and cut.endswith("…")
    assert "<b>giải phóng mặt bằng</b>" in cut
    assert len(cut.replace("<b>", "").replace("</b>", "")) <= 122
    assert not cut.startswith("…ân") and " " not in cut[1:2]


def test_html_is_escaped_and_lines_are_joined() -> None:
    assert (
        snippet("a < b &\n<b>định</b>", parse("dinh ").terms)
        == "a &lt; b &amp; &lt;b&gt;<b>định</b>&lt;/b&gt;"
    )


def test_no_match_gives_the_beginning() -> None:
    assert snippet("Nội dung họp", parse("xyz").terms) == "Nội dung họp"
    assert snippet("", parse("xyz").terms) == ""


def test_the_cut_is_around_the_words_found_together() -> None:
    text = "Thay mặt phường " + "báo cáo kết quả " * 20 + "công tác giải phóng mặt bằng"
    cut = snippet(text, parse("giai phong mat").terms, width=80)
    assert "<b>giải phóng mặt</b>" in cut and "Thay" not in cut
