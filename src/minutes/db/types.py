"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal stored as its canonical text ("19885177001", "98.4").

    SQLite has no decimal type (SQLAlchemy's Numeric goes through float there and warns); figures in a
    report must come back exactly as typed, so they are kept as text on every backend.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        text = format(number.normalize(), "f")
        return text

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value)
