"""Signature headings and the "Nơi nhận" list, each written the way its family's rules say.

* Decree 30/2020 (state): the authority marks are ``TM.`` (on behalf of a collective), ``KT.`` (signing
  for the head), ``TL.`` (by order), ``TUQ.`` (by delegation), ``Q.`` (acting); the recipient list ends
  with ``- Lưu: VT, <codes>.`` (VT, the records office, always first).
* HD 36-HD/VPTW (Party): ``T/M``, ``K/T``, ``T/L``, ``T/UQ``; the list ends with ``- Lưu Văn phòng ...``.

A profile may hold either spelling (profiles saved before this rule said ``T/M BAN THƯỜNG VỤ`` for the
state layout too, and a clerk types what they are used to): the family of the document decides what is
printed. Recipient lines starting with "Lưu" are the file copy: they are taken out of the list and
printed once, last, in the family's form.
"""

from __future__ import annotations

import re

from minutes.domain.text import fold
from minutes.export.profile import DocKind, OrgProfileData, Signers
from minutes.export.vnformat import Family

# "T/M X", "T / M X", "TM. X", "TM.X", "TM X" (a bare "TM" only before a space, so no word is taken).
_AUTHORITY = re.compile(
    r"^(?:(?:T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|T\s*/\s*UQ)\s*|(?:TM|KT|TL|TUQ|Q)\.\s*|(?:TM|KT|TL|TUQ)\s+)(?=\S)",
    re.IGNORECASE,
)
STATE_MARKS = {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q."}
PARTY_MARKS = {"TM": "T/M", "KT": "K/T", "TL": "T/L", "TUQ": "T/UQ", "Q": "Q."}


def authority_line(text: str, family: Family) -> str:
    """``T/M BAN THƯỜNG VỤ`` -> ``TM. BAN THƯỜNG VỤ`` on a state document, and back on a Party one."""
    text = " ".join(text.split())
    match = _AUTHORITY.match(text)
    if match is None or family == "plain":
        return text
    key = re.sub(r"[\s/.]", "", match.group(0)).upper()
    marks = STATE_MARKS if family == "state" else PARTY_MARKS
    return f"{marks[key]} {text[match.end() :]}"


def heading_lines(signers: Signers, family: Family) -> tuple[str, str]:
    """(line above the role, role) of the right-hand signature, marks in the family's form."""
    return authority_line(signers.on_behalf, family), authority_line(signers.right, family)


def is_archive_line(line: str) -> bool:
    folded = fold(line).strip().lstrip("-+ ").strip()
    return folded == "luu" or folded.startswith(("luu ", "luu:"))


def _archive_text(line: str) -> str:
    text = line.strip().lstrip("-+ ").strip()
    return text[3:].lstrip(" :").strip()  # "Lưu" is three letters in NFC


def recipient_lines(profile: OrgProfileData, kind: DocKind, family: Family) -> list[str]:
    """The Nơi nhận lines of ``kind``: the profile's recipients, then the file copy in the family's form.

    The file copy is a "Lưu ..." line typed among the document's recipients, else the profile's
    ``archive``. State: ``Lưu: VT`` plus those codes. Party: ``Lưu`` plus it, or else the office
    (nothing when neither is known). Plain (English): the recipients only.
    """
    listed = [line.strip() for line in profile.document(kind).recipients if line.strip()]
    lines = [line for line in listed if not is_archive_line(line)]
    if family == "plain":
        return lines
    typed = [_archive_text(line) for line in listed if is_archive_line(line)]
    archive = typed[-1] if typed else profile.archive.strip()  # a line typed for this document wins
    if family == "state":
        codes = [code.strip() for code in re.split(r"[,;]", archive) if code.strip()]
        codes = [code for code in codes if fold(code) != "vt"]
        return [*lines, "Lưu: " + ", ".join(["VT", *codes])]
    archive = archive or profile.office.strip()
    return [*lines, f"Lưu {archive}"] if archive else lines
