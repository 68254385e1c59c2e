"""Units and people, reusable across meetings. Found accent-insensitively ("duong hoai nam")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from minutes.db import models as m
from minutes.domain.text import fold
from minutes.errors import ValidationError
from minutes.services import mapping
from minutes.services.base import Service, apply_fields, get_or_404, line, require
from minutes.services.dto import PersonDTO, UnitDTO


def _like_terms(query: str) -> list[str]:
    return [f"%{term}%" for term in fold(query).split()]


class DirectoryService(Service):
    # --- units ---------------------------------------------------------------------------------
    def list_units(self, query: str = "") -> list[UnitDTO]:
        with self.read() as s:
            stmt = select(m.Unit).order_by(m.Unit.name)
            for term in _like_terms(query):
                stmt = stmt.where(m.Unit.search_key.like(term))
            return [mapping.unit(u) for u in s.scalars(stmt)]

    def get_unit(self, unit_id: int) -> UnitDTO:
        with self.read() as s:
            return mapping.unit(get_or_404(s, m.Unit, unit_id, "unit"))

    def create_unit(self, name: str, short_name: str = "", parent_id: int | None = None) -> int:
        name = require(line(name), "name")
        with self.uow() as s:
            if s.scalar(select(m.Unit.id).where(m.Unit.name == name)) is not None:
                raise ValidationError(field="name", detail=f"a unit named {name!r} already exists")
            unit = m.Unit(name=name, short_name=line(short_name), parent_id=parent_id)
            s.add(unit)
            s.flush()
            return unit.id

    def find_or_create_unit(self, name: str, short_name: str = "") -> int:
        name = require(line(name), "name")
        with self.uow() as s:
            existing = s.scalar(select(m.Unit.id).where(m.Unit.name == name))
            if existing is not None:
                return existing
            unit = m.Unit(name=name, short_name=line(short_name))
            s.add(unit)
            s.flush()
            return unit.id

    def update_unit(self, unit_id: int, **fields: Any) -> UnitDTO:
        with self.uow() as s:
            unit = get_or_404(s, m.Unit, unit_id, "unit")
            apply_fields(
                unit,
                fields,
                {"name": lambda v: require(line(v), "name"), "short_name": line, "parent_id": None},
            )
            s.flush()
            return mapping.unit(unit)

    # --- people --------------------------------------------------------------------------------
    def find_people(self, query: str = "", limit: int = 50) -> list[PersonDTO]:
        """People whose name or title contains every word of ``query``, accents and đ ignored."""
        with self.read() as s:
            stmt = select(m.Person).options(selectinload(m.Person.unit)).order_by(m.Person.full_name)
            for term in _like_terms(query):
                stmt = stmt.where(m.Person.search_key.like(term))
            return [mapping.person(p) for p in s.scalars(stmt.limit(limit))]

    def get_person(self, person_id: int) -> PersonDTO:
        with self.read() as s:
            return mapping.person(get_or_404(s, m.Person, person_id, "person"))

    def create_person(self, full_name: str, title: str = "", unit_id: int | None = None) -> int:
        full_name = require(line(full_name), "full_name")
        with self.uow() as s:
            if unit_id is not None:
                get_or_404(s, m.Unit, unit_id, "unit")
            person = m.Person(full_name=full_name, title=line(title), unit_id=unit_id)
            s.add(person)
            s.flush()
            return person.id

    def find_or_create_person(self, full_name: str, title: str = "", unit_id: int | None = None) -> int:
        full_name, title = require(line(full_name), "full_name"), line(title)
        with self.uow() as s:
            existing = s.scalar(
                select(m.Person.id).where(m.Person.full_name == full_name, m.Person.title == title)
            )
            if existing is not None:
                return existing
            person = m.Person(full_name=full_name, title=title, unit_id=unit_id)
            s.add(person)
            s.flush()
            return person.id

    def update_person(self, person_id: int, **fields: Any) -> PersonDTO:
        with self.uow() as s:
            person = get_or_404(s, m.Person, person_id, "person")
            apply_fields(
                person,
                fields,
                {"full_name": lambda v: require(line(v), "full_name"), "title": line, "unit_id": None},
            )
            s.flush()
            return mapping.person(person)
