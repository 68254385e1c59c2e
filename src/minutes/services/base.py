"""What every service shares: the database, the acting user, input cleaning and small helpers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.domain.text import normalize_line, normalize_text
from minutes.errors import NotFound, ValidationError
from minutes.services import limits as _limits  # noqa: F401  (holds every write to the declared lengths)
from minutes.services.context import Actor, Database, unit_of_work
from minutes.services.undo_capture import RECORDER, RowChange, coalesce

T = TypeVar("T", bound=m.Base)


class Service:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def uow(self) -> AbstractContextManager[Session]:
        """One user action: one transaction, and one undo step (minutes.services.undo)."""
        return recorded(self.db, self.actor)

    def read(self) -> AbstractContextManager[Session]:
        """A read-only unit (nothing to commit, nothing announced)."""
        return unit_of_work(self.db, self.actor)


@contextmanager
def recorded(db: Database, actor: Actor) -> Iterator[Session]:
    """A unit of work whose changes, once committed, become one undo step of the meetings and tasks
    they touched."""
    from minutes.services import undo  # (undo builds on Service)

    history, recorded_step = undo.history_of(db, actor), None
    try:
        with unit_of_work(db, actor) as session:
            changes: list[RowChange] = []
            session.info[RECORDER] = changes
            yield session
            session.flush()
            step = coalesce(changes)
            scopes = undo.scopes_of(session, step) if step else frozenset()
            # kept before the commit, so the views told of it (after the commit) see it undoable
            recorded_step = history.record(undo.label_of(step), step, scopes)
    except BaseException:
        if recorded_step is not None:
            history.forget(recorded_step)
        raise


def get_or_404(session: Session, model: type[T], ident: int | None, entity: str | None = None) -> T:
    obj = session.get(model, ident) if ident is not None else None
    if obj is None:
        raise NotFound(entity=entity or model.__tablename__, ident=ident)
    return obj


def line(value: Any) -> str:
    return normalize_line(value if isinstance(value, str) else ("" if value is None else str(value)))


def optional_line(value: Any) -> str | None:
    return line(value) or None


def text(value: Any) -> str:
    """Free text (a contribution): NFC, breaks unified, control characters removed; kept as typed."""
    if value is None:
        return ""
    return normalize_text(str(value), strip=False)


def whole_number(field: str, low: int, high: int, *, optional: bool = True) -> Any:
    """A cleaner for a whole number between ``low`` and ``high`` (None allowed when ``optional``)."""

    def clean(value: Any) -> int | None:
        if value is None or value == "":
            if optional:
                return None
            raise ValidationError(field=field, detail="must not be empty")
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise ValidationError(field=field, detail=f"not a whole number: {value!r}")
        try:
            number = int(value)
        except ValueError as exc:
            raise ValidationError(field=field, detail=f"not a whole number: {value!r}") from exc
        if not low <= number <= high:
            raise ValidationError(field=field, detail=f"must be between {low} and {high}")
        return number

    return clean


def check_agenda_item(session: Session, meeting_id: int, agenda_item_id: int | None) -> None:
    """An item of the meeting's own agenda, or none."""
    if agenda_item_id is None:
        return
    item = get_or_404(session, m.AgendaItem, agenda_item_id, "agenda item")
    if item.meeting_id != meeting_id:
        raise ValidationError(field="agenda_item", detail="the agenda item belongs to another meeting")


def require(value: str, field: str) -> str:
    if not value:
        raise ValidationError(field=field, detail="must not be empty")
    return value


def apply_fields(obj: Any, fields: Mapping[str, Any], cleaners: Mapping[str, Any]) -> None:
    """Set the allowed fields on ``obj``, each through its cleaner; an unknown field is a bug."""
    for key, value in fields.items():
        if key not in cleaners:
            raise ValueError(f"{type(obj).__name__} has no editable field {key!r}")
        cleaner = cleaners[key]
        setattr(obj, key, cleaner(value) if cleaner is not None else value)


def next_position(session: Session, model: Any, **where: Any) -> int:
    query = select(func.max(model.position))
    for key, value in where.items():
        query = query.where(getattr(model, key) == value)
    current = session.execute(query).scalar()
    return 0 if current is None else int(current) + 1


def move_in_list(items: Iterable[Any], item: Any, new_index: int) -> None:
    """Renumber ``items`` (ordered by position) so that ``item`` lands at ``new_index``."""
    ordered = [x for x in sorted(items, key=lambda x: x.position) if x is not item]
    new_index = max(0, min(new_index, len(ordered)))
    ordered.insert(new_index, item)
    for index, x in enumerate(ordered):
        if x.position != index:
            x.position = index
