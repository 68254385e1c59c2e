"""People as documents name them: "Đồng chí Nguyễn Văn A - Chủ tịch UBND phường", "đ/c Trần Thị B, Phó
Bí thư", "Ông Lê Văn C (Trưởng Công an phường)", "Mr John Smith, Project Manager", and groups ("Các đồng
chí Ủy viên Ban Thường vụ"). A name is a run of capitalised words after an honorific, or one that starts
with a Vietnamese surname, or one the directory knows; nothing else is taken for a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from minutes.archive import vocab
from minutes.archive.textutil import afold

_WORD = re.compile(r"[^\s]+")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")
_TRAIL = " ;,.:"
_GROUP_WORDS = frozenset(
    "team group department office committee representatives staff board unit members ltd company "
    "consultants contractor council division section secretariat".split()
)


@dataclass(frozen=True)
class PersonPhrase:
    name: str
    title: str
    start: int  # where the phrase starts (the honorific included)
    end: int  # where the title ends
    honorific: bool


def _words(text: str, start: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start))


def _capitalised(word: str) -> bool:
    core = word.rstrip(",:;)")
    return bool(core) and core[0].isupper() and bool(_NAME_WORD.match(core))


def _name_run(text: str, start: int, limit: int = 6) -> tuple[int, int, int]:
    """(start, end, count) of the run of capitalised words at ``start`` (punctuation ends it)."""
    words = _words(text, start)
    end = start
    count = 0
    for m in words[:limit]:
        if m.start() != start and text[end : m.start()].strip():
            break
        word = m.group()
        if not _capitalised(word):
            break
        core = word.rstrip(",:;)")
        count += 1
        end = m.start() + len(core)
        if core != word or (word.endswith(".") and len(word) > 3):
            break
        if m.end() < len(text) and text[m.end() : m.end() + 3] in (" - ", " – ", " — "):
            break
    return start, end, count


def looks_like_name(name: str, language: str, known: Callable[[str], bool] | None = None) -> bool:
    words = name.split()
    if known is not None and known(afold(name)):
        return True
    if not 2 <= len(words) <= 6 or not all(_capitalised(w) for w in words):
        return False
    if afold(words[0]) in vocab.VN_SURNAMES:
        return True
    if any(afold(w) in _GROUP_WORDS for w in words):
        return False
    return language == "en" and len(words) <= 3 and all(w.isalpha() for w in words)


def parse_person(text: str, *, language: str = "vi", known: Callable[[str], bool] | None = None,
                 at_start: bool = True) -> PersonPhrase | None:  # fmt: skip
    """The person ``text`` starts with (name, then title after " - ", ", ", "(" or ":"), or None.

    ``text`` should be cut by the caller where the title ends (before ": " of a contribution, before
    "trình bày" of a report). A group ("Các đồng chí ...", "Đại diện ...") is not a person."""
    folded = afold(text)
    if folded.startswith(("cac ", "nhung ", "dai dien ", "toan the ")):
        return None
    pos = 0
    honorific = False
    m = vocab.HONORIFIC.match(folded)
    if m:
        pos, honorific = m.end(), True
    elif not at_start:
        return None
    s, e, count = _name_run(text, pos)
    name = text[s:e].strip()
    title_before = ""
    if honorific and count and afold(name.split()[0]) not in vocab.VN_SURNAMES and language == "vi":
        # "đồng chí Phó Chủ tịch UBND phường Nguyễn Văn A": the title first, the name last
        found = _trailing_name(text, pos)
        if found is not None:
            title_before, s, e = found
            name = text[s:e].strip()
            count = len(name.split())
    if not count:
        return None
    if not honorific and not looks_like_name(name, language, known):
        return None
    if honorific and count == 1 and not (known and known(afold(name))) and language == "vi":
        return None
    rest = text[e:]
    title = title_before
    end = e
    sep = re.match(r"\s*(?:[-–—]|,|\(|:)\s*", rest)
    if sep and not title_before:
        body = rest[sep.end() :]
        closing = body.find(")") if sep.group().strip() == "(" else -1
        title_text = body[:closing] if closing >= 0 else body
        title = title_text.strip().rstrip(_TRAIL).strip()
        end = e + sep.end() + (closing + 1 if closing >= 0 else len(title_text))
    elif title_before:
        end = e
    return PersonPhrase(name=name.rstrip(_TRAIL), title=title.strip(), start=0, end=end, honorific=honorific)


def _trailing_name(text: str, pos: int) -> tuple[str, int, int] | None:
    """In "Phó Chủ tịch UBND phường Nguyễn Văn A", the title and where the name is."""
    words = _words(text, pos)
    for i, m in enumerate(words):
        if afold(m.group()) in vocab.VN_SURNAMES and m.group()[0].isupper() and i > 0:
            s, e, count = _name_run(text, m.start())
            if count >= 2 and not text[e:].strip(" ;,.:"):
                return text[pos : m.start()].strip(" ,-–"), s, e
    return None


def split_people(text: str) -> list[str]:
    """ "đồng chí A - X; đồng chí B - Y; các đồng chí Z" -> one piece per person or group."""
    pieces = [p.strip(" ;.") for p in re.split(r";\s*|\n", text)]
    return [p for p in pieces if p]


ABSENT = re.compile(r"\b(?:vang mat|vang|absent|apologies|xin phep vang)\b")
LATE = re.compile(r"\b(?:den muon|di muon|arrived late|late)\b")
REASON = re.compile(r"\b(?:ly do|reason|vi|because)\b\s*:?\s*")


@dataclass(frozen=True)
class AttendeeText:
    body: str  # the person or group
    presence: str
    reason: str | None
    note: str | None


def _reason(inner: str) -> str | None:
    """The reason in "vắng, lý do: ốm" / "vắng mặt có lý do" / "apologies - travelling"."""
    folded = afold(inner)
    r = REASON.search(folded)
    if r and inner[r.end() :].strip(" ;.:,"):
        return inner[r.end() :].strip(" ;.:,")
    m = re.match(r"\s*(?:xin phep vang|vang mat|vang|absent|apologies)\s*[,;:\-–]?\s*", folded)
    rest = inner[m.end() :] if m else inner
    return rest.strip(" ;.:,") or None


def split_attendee_notes(text: str, absent_section: bool) -> AttendeeText:
    """ "Đồng chí A - X (vắng, lý do: ốm)" -> body "Đồng chí A - X", absent, reason "ốm"."""
    text = text.strip().rstrip(";,.").strip()
    presence = "absent" if absent_section else "present"
    reason: str | None = None
    note: str | None = None
    tail = re.search(r"\)\s+[-–]\s+([^()]+)$", text)
    if absent_section and tail:  # "Mr. Lucas Ng (Director) - overseas": the reason after the title
        reason, text = tail.group(1).strip(), text[: tail.start() + 1]
    m = re.search(r"\s*\(([^()]*)\)\s*$", text)
    if m:
        inner = m.group(1).strip()
        folded = afold(inner)
        if LATE.search(folded):
            presence, note, text = "late", None, text[: m.start()].rstrip()
        elif ABSENT.search(folded) or REASON.match(folded):
            presence, reason, text = "absent", _reason(inner), text[: m.start()].rstrip()
        elif absent_section and not (inner[:1].isupper() and not re.search(r"\s[-–]\s|,", text[: m.start()])):
            # "(đi học)" is a reason; "Mai Dang (Procurement Officer)" is a title
            reason, text = inner, text[: m.start()].rstrip()
    folded = afold(text)
    m2 = re.search(r"\s*[,;]\s*(?:vang mat|vang|absent|xin phep vang)\b", folded)
    if m2:
        presence = "absent"
        reason = _reason(text[m2.start() :].lstrip(" ,;")) or reason
        text = text[: m2.start()].rstrip(" ,;-")
    return AttendeeText(text.strip(), presence, reason, note)
