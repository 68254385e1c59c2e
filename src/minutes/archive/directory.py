"""Matching the people and units a document names to the directory, ignoring accents and case.

A :class:`Directory` is a plain snapshot (names, titles, ids) read once for a batch; recognising never
touches the database. Units match on the folded name, the name with the usual abbreviations written out
("UBND" = "Ủy ban nhân dân") or a unique short name. People match on the folded full name and, when both
have one, the folded title: "Nguyễn Văn A - Chủ tịch" is not taken for another Nguyễn Văn A who is Phó
Bí thư (interchange matches people by name and title too). What does not match is proposed as new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.archive.model import PersonRef, UnitRef
from minutes.db import models as m
from minutes.domain.text import fold

ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "ttpt": "trung tam phat trien",
    "bql": "ban quan ly",
    "bqlda": "ban quan ly du an",
    "qldt": "quan ly do thi",
    "tnmt": "tai nguyen va moi truong",
    "tc-kh": "tai chinh - ke hoach",
    "tckh": "tai chinh ke hoach",
    "btv": "ban thuong vu",
    "bch": "ban chap hanh",
    "vp": "van phong",
    "ca": "cong an",
    "tdp": "to dan pho",
    "cb": "can bo",
    "ct": "chu tich",
    "pct": "pho chu tich",
}
_WORD = re.compile(r"[\w/-]+")


def unit_key(name: str) -> str:
    """A unit's name for comparison: folded, abbreviations written out, punctuation and spacing unified."""
    words = [ABBREVIATIONS.get(w, w) for w in _WORD.findall(fold(name))]
    return " ".join(" ".join(words).replace("-", " ").split())


def person_key(name: str) -> str:
    return " ".join(fold(name).split())


@dataclass
class DirUnit:
    id: int | None
    name: str
    short_name: str = ""


@dataclass
class DirPerson:
    id: int | None
    full_name: str
    title: str = ""


@dataclass
class Directory:
    units: list[DirUnit] = field(default_factory=list)
    people: list[DirPerson] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._units: dict[str, DirUnit] = {}
        self._short: dict[str, list[DirUnit]] = {}
        self._people: dict[str, list[DirPerson]] = {}
        for unit in self.units:
            self._index_unit(unit)
        for person in self.people:
            self._people.setdefault(person_key(person.full_name), []).append(person)

    def _index_unit(self, unit: DirUnit) -> None:
        self._units.setdefault(unit_key(unit.name), unit)
        if unit.short_name.strip():
            self._short.setdefault(person_key(unit.short_name), []).append(unit)

    @classmethod
    def load(cls, session: Session) -> Directory:
        units = [
            DirUnit(i, n, s) for i, n, s in session.execute(select(m.Unit.id, m.Unit.name, m.Unit.short_name))
        ]
        people = [DirPerson(i, n, t) for i, n, t in session.execute(
            select(m.Person.id, m.Person.full_name, m.Person.title))]  # fmt: skip
        return cls(units, people)

    # --- queries ------------------------------------------------------------------------------------
    def knows_person(self, folded_name: str) -> bool:
        return " ".join(folded_name.split()) in self._people

    def find_unit(self, name: str) -> DirUnit | None:
        found = self._units.get(unit_key(name))
        if found is not None:
            return found
        short = self._short.get(person_key(name), [])
        return short[0] if len(short) == 1 else None

    def match_unit(self, ref: UnitRef) -> UnitRef:
        found = self.find_unit(ref.name)
        if found is not None:
            ref.unit_id, ref.directory_name = found.id, found.name
        else:
            ref.confidence = min(ref.confidence, 0.8)
        return ref

    def match_person(self, ref: PersonRef) -> PersonRef:
        """Fill ``person_id`` when the directory holds this person: the same name and title, or the same
        name when the document gives no title (then the directory's title is used)."""
        candidates = self._people.get(person_key(ref.name), [])
        title = unit_key(ref.title)
        for person in candidates:
            if unit_key(person.title) == title or not title:
                ref.person_id, ref.directory_name, ref.directory_title = (
                    person.id,
                    person.full_name,
                    person.title,
                )
                if not title and len(candidates) > 1:
                    ref.confidence = min(ref.confidence, 0.6)
                return ref
        ref.confidence = min(ref.confidence, 0.85 if not candidates else 0.7)
        return ref

    # --- what a saved document added ---------------------------------------------------------------------
    def add_unit(self, name: str, short_name: str = "") -> None:
        if self.find_unit(name) is None:
            unit = DirUnit(None, name, short_name)
            self.units.append(unit)
            self._index_unit(unit)

    def add_person(self, full_name: str, title: str) -> None:
        key = person_key(full_name)
        if not any(unit_key(p.title) == unit_key(title) for p in self._people.get(key, [])):
            person = DirPerson(None, full_name, title)
            self.people.append(person)
            self._people.setdefault(key, []).append(person)
