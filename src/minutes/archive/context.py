"""What every part of the recogniser shares while it reads one document: the source lines, the result
being built, the directory, the document's language, and which lines have been used."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.archive import vocab
from minutes.archive.directory import Directory
from minutes.archive.markers import Marked, split_marker
from minutes.archive.model import Leftover, PersonRef, RecognisedMeeting, Span, UnitRef
from minutes.archive.people import PersonPhrase, parse_person
from minutes.archive.source import Line, SourceDocument
from minutes.archive.textutil import afold

_PLACE_WORDS = ("phuong", "quan", "xa", "huyen", "tinh", "tp.")
_PLACE_PAIRS = {
    ("quan", "uy"),
    ("huyen", "uy"),
    ("tinh", "uy"),
    ("thanh", "uy"),
    ("thanh", "pho"),
    ("thi", "xa"),
    ("thi", "tran"),
}
_KEEP_UPPER = {"ubnd", "hdnd", "mttq", "ubmttq", "tp", "bch", "btv", "qldt", "tnmt", "vp", "bql", "bqlda", "du",
               "qu", "tu", "hu", "ttpt", "gpmb", "xdcb", "ktxh", "kt-xh", "vh-xh", "tn&mt", "tc-kh", "csvn", "ptqd"}  # fmt: skip


def unit_case(name: str) -> str:
    """ "ỦY BAN NHÂN DÂN PHƯỜNG NGỌC THỤY" -> "Ủy ban nhân dân phường Ngọc Thụy" (as a directory spells it):
    the first word and "Đảng" capitalised, place names after phường/quận/xã... capitalised, abbreviations
    kept. A name that is not all capitals is returned as written."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return name
    words = name.lower().split()
    out: list[str] = []
    proper = False
    for i, word in enumerate(words):
        folded = afold(word)
        prev = afold(words[i - 1]) if i else ""
        following = afold(words[i + 1]) if i + 1 < len(words) else ""
        if (folded in _KEEP_UPPER and word.replace("đ", "d").isascii()) or (
            len(folded) >= 2 and not re.search(r"[aeiouy]", folded) and folded.isalpha()
        ):  # "UBND", "ĐU", "QLĐT" (not "TỰ" or "DỰ": words with tones are words)
            out.append(word.upper())
            continue
        if i == 0 or proper or folded == "dang":
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
        if following in ("uy", "pho", "xa", "tran") and folded in ("quan", "huyen", "tinh", "thanh", "thi"):
            continue  # "Quận ủy", "thành phố", "thị xã": the place name comes after the second word
        if folded in _PLACE_WORDS or (prev, folded) in _PLACE_PAIRS:
            proper = True
    return " ".join(out)


@dataclass
class Ctx:
    doc: SourceDocument
    rec: RecognisedMeeting
    directory: Directory
    language: str = "vi"
    used: set[int] = field(default_factory=set)

    @property
    def lines(self) -> list[Line]:
        return self.doc.lines

    def marked(self, index: int) -> Marked:
        return split_marker(self.doc.lines[index])

    def folded(self, index: int) -> str:
        return afold(self.marked(index).text).strip()

    def use(self, *indices: int) -> None:
        self.used.update(indices)

    def span(self, index: int, start: int = 0, end: int | None = None) -> Span:
        return Span(index, start, end)

    def leftover(self, index: int, text: str | None = None) -> None:
        """Keep a line (or the part of it given) in the meeting's notes."""
        line = self.doc.lines[index]
        self.rec.leftovers.append(Leftover(text if text is not None else line.display, spans=[Span(index)]))
        self.used.add(index)

    # --- people and units -----------------------------------------------------------------------------
    def known(self, folded_name: str) -> bool:
        return self.directory.knows_person(folded_name)

    def phrase(self, text: str, *, at_start: bool = True) -> PersonPhrase | None:
        return parse_person(text, language=self.language, known=self.known, at_start=at_start)

    def person(self, text: str, index: int, offset: int = 0, *, confidence: float = 0.95) -> PersonRef | None:
        phrase = self.phrase(text)
        if phrase is None:
            return None
        ref = PersonRef(phrase.name, phrase.title, spans=[Span(index, offset, offset + phrase.end)],
                        confidence=confidence if phrase.honorific or self.known(afold(phrase.name)) else
                        min(confidence, 0.85))  # fmt: skip
        return self.directory.match_person(ref)

    def person_named(self, name: str, title: str, index: int, *, confidence: float = 0.9) -> PersonRef:
        ref = PersonRef(name.strip(), title.strip(), spans=[Span(index)], confidence=confidence)
        return self.directory.match_person(ref)

    def unit(self, name: str, index: int, *, confidence: float = 0.9) -> UnitRef:
        cleaned = name.strip(" ;,.:-–\t")
        cased = self.case(cleaned)
        ref = UnitRef(cased, spans=[Span(index)], confidence=confidence, from_capitals=cased != cleaned)
        return self.directory.match_unit(ref)

    def case(self, name: str) -> str:
        """A name printed in capitals, as a directory writes it."""
        if self.language == "en":
            return name.title() if name.isupper() else name
        return unit_case(name)

    def looks_like_unit(self, text: str) -> bool:
        return (
            bool(vocab.UNIT_HEAD.match(afold(text.strip()) + " "))
            or self.directory.find_unit(text) is not None
        )
