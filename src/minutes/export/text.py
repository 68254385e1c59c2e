"""Text cleaning at the export boundary: NFC, no XML-illegal characters, one paragraph per line.

python-docx raises "All strings must be XML compatible" on control characters; Word pastes carry \\x0b as
a manual line break and Qt uses U+2029/U+2028 as paragraph/line separators (tech-notes.md). A justified
paragraph must never contain a line break (Word stretches the line), so:

* :func:`clean_xml_text` is for text that becomes ONE paragraph or run: every break becomes a space;
* :func:`split_paragraphs` is for multi-line text: it splits on every break, then cleans each part.

Both work with compiled regexes over the whole string, so a 50,000-word text takes milliseconds.
"""

from __future__ import annotations

import re
import unicodedata

# Line and paragraph breaks: CRLF, CR, LF, VT (Word's manual break), FF (Word's page break), NEL,
# U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
# What XML 1.0 cannot hold (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) plus the C1
# controls (legal but never meant as text: they come from mis-decoded cp1252). Tab stays: Word renders it.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _strip_illegal_nfc(text: str) -> str:
    text = _ILLEGAL.sub("", text)
    # Surrogates are gone, so normalisation is safe; is_normalized avoids a copy of clean text.
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def clean_xml_text(s: str) -> str:
    """``s`` as one XML-safe NFC line: breaks become spaces, illegal characters are removed."""
    if not s:
        return ""
    return _strip_illegal_nfc(_BREAKS.sub(" ", s))


def split_paragraphs(s: str) -> list[str]:
    """Split on \\n, \\r\\n, \\r, \\x0b, \\x0c, U+0085, U+2028, U+2029; each part cleaned.

    Empty parts are kept (``"a\\n\\nb" -> ["a", "", "b"]``) so callers decide about blank lines; an empty
    string gives ``[]``.
    """
    if not s:
        return []
    return _strip_illegal_nfc(_BREAKS.sub("\n", s)).split("\n")
