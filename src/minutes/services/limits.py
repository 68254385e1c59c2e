"""Length limits: what the schema declares is what every write is held to, on every backend.

SQLite does not enforce ``VARCHAR(n)``, so without this a service would store a 440-character location
that PostgreSQL, the JSON Schema and the importer all refuse (a dump that cannot be restored). A
``before_flush`` hook checks every new or changed text column against its declared length, whichever
service or import wrote it, and refuses the whole unit of work with a :class:`ValidationError` naming
the field. Services and the importer check the same limits earlier, to name the field or JSON path.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.errors import ValidationError

#: Columns computed from others (never typed): a fold may be longer than its text.
_DERIVED = frozenset({"search_key"})


def column_limit(model: type[m.Base], column: str) -> int | None:
    """The declared length of ``model.column`` (None: unlimited text)."""
    col = model.__table__.c[column]  # type: ignore[attr-defined]
    return col.type.length if isinstance(col.type, String) else None


def check_length(value: str | None, limit: int | None, field: str) -> str | None:
    if value is not None and limit is not None and len(value) > limit:
        raise ValidationError(field=field, detail=f"at most {limit} characters ({len(value)} given)")
    return value


@event.listens_for(Session, "before_flush")
def _check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in _DERIVED:
                continue
            column = attr.columns[0]
            length = getattr(column.type, "length", None)
            if not isinstance(column.type, String) or length is None:
                continue
            value = getattr(obj, attr.key, None)
            if isinstance(value, str) and len(value) > length:
                raise ValidationError(
                    field=attr.key, detail=f"at most {length} characters ({len(value)} given)"
                )
