"""Vietnamese text rules: store NFC, clean what Word and Qt paste, fold for accent-insensitive search."""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 cannot hold (python-docx refuses them) plus C1 controls. Tab, LF and CR stay.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# Line breaks from Word (\x0b vertical tab), Qt (U+2029 paragraph, U+2028 line separator) and Windows.
_BREAKS = re.compile("\r\n|\r|\u2029|\u2028|\x0b|\x85")


def normalize_text(value: str | None, *, strip: bool = True) -> str:
    """Text as it is stored: NFC, line breaks as \\n, no control characters (trimmed unless told not)."""
    if not value:
        return ""
    text = _BREAKS.sub("\n", value)
    text = _ILLEGAL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text.strip() if strip else text


def normalize_line(value: str | None) -> str:
    """A one-line field (a name, a title): as :func:`normalize_text`, with inner whitespace collapsed."""
    return " ".join(normalize_text(value).split())


def normalize_optional(value: str | None) -> str | None:
    text = normalize_line(value)
    return text or None


_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def fold(value: str | None) -> str:
    """The search key of a text: NFD, combining marks dropped, đ->d, casefolded.

    ``fold("ĐỊNH") == fold("Định") == fold("dinh") == "dinh"``. Apply the same fold to stored text and
    to queries; SQLite's own lower()/LIKE and FTS5's diacritic removal cannot do this (tech-notes.md).
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_FOLD_TABLE).casefold()
