import unicodedata

from minutes.domain.text import fold, normalize_line, normalize_text


def test_fold_handles_d_with_stroke_and_every_tone() -> None:
    assert fold("ĐỊNH") == fold("Định") == fold("định") == "dinh"
    assert fold("Giải phóng mặt bằng") == "giai phong mat bang"
    assert fold("Đường Hoài Nam") == "duong hoai nam"
    assert fold("ế ộ ặ ư ơ ă â ữ ỹ") == "e o a u o a a u y"


def test_fold_of_nfd_equals_fold_of_nfc() -> None:
    text = "Nguyễn Ngọc Phan – Quận ủy viên"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


def test_normalize_text_makes_nfc_and_removes_what_word_pastes() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn")
    assert len(nfd) == 8
    assert normalize_text(nfd) == "Nguyễn" and len(normalize_text(nfd)) == 6
    assert normalize_text("dòng 1\x0bdòng 2\u2029dòng 3\r\nx\x00\x07") == "dòng 1\ndòng 2\ndòng 3\nx"


def test_normalize_line_collapses_whitespace() -> None:
    assert normalize_line("  Đường   Hoài\tNam \n") == "Đường Hoài Nam"
    assert normalize_text("  giữ  ", strip=False) == "  giữ  "
