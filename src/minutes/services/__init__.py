"""Use cases. No Qt here: the GUI and the CLI call these, each call one unit of work.

Each service's module is imported when the service is first used (:class:`Services` makes it on first
access): the main window opens on the few it needs at start (meetings, drafts, users...), and the board,
the importer, finalising or the search load when first asked for (issue 17 item 1: they were most of the
start's imports). ``from minutes.services import BoardService`` still works (a module ``__getattr__``).
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from minutes.services import base as _base  # noqa: F401  (limits, context, undo_capture)
from minutes.services import finalise as _finalise  # noqa: F401  (finalised minutes refuse changes)

# Modules whose flush hooks must be in place before any write, in this order (they were registered by
# the eager imports before): roles; lengths, the unit of work and the undo capture; finalised minutes.
from minutes.services import permissions as _permissions  # noqa: F401  (roles checked on every flush)
from minutes.services.context import SYSTEM, Actor, ChangeSet, Database

if TYPE_CHECKING:
    from minutes.services.agenda import AgendaService
    from minutes.services.board import BoardService
    from minutes.services.carryover import CarryOverService
    from minutes.services.demo import DemoService
    from minutes.services.directory import DirectoryService
    from minutes.services.drafts import DraftService
    from minutes.services.finalise import FinaliseService
    from minutes.services.history import HistoryService
    from minutes.services.interchange import InterchangeService
    from minutes.services.items import ItemsService
    from minutes.services.meetings import MeetingService
    from minutes.services.profile import ProfileService
    from minutes.services.search import SearchService
    from minutes.services.tasks import NewAttachment, TaskService
    from minutes.services.undo import UndoService
    from minutes.services.users import UsersService

S = TypeVar("S")

#: Name exported by this package -> the module that defines it (imported on first use).
_LAZY: dict[str, str] = {
    "AgendaService": "minutes.services.agenda",
    "BoardService": "minutes.services.board",
    "CarryOverService": "minutes.services.carryover",
    "DemoService": "minutes.services.demo",
    "DirectoryService": "minutes.services.directory",
    "DraftService": "minutes.services.drafts",
    "FinaliseService": "minutes.services.finalise",
    "HistoryService": "minutes.services.history",
    "InterchangeService": "minutes.services.interchange",
    "ItemsService": "minutes.services.items",
    "MeetingService": "minutes.services.meetings",
    "ProfileService": "minutes.services.profile",
    "SearchService": "minutes.services.search",
    "TaskService": "minutes.services.tasks",
    "NewAttachment": "minutes.services.tasks",
    "UndoService": "minutes.services.undo",
    "UsersService": "minutes.services.users",
}

_made = threading.Lock()  # a service is made once, whichever thread asks first (the writer's, the GUI's)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


class _Service(Generic[S]):
    """A :class:`Services` attribute: the service, made (and its module imported) on first access."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    @overload
    def __get__(self, services: None, owner: type) -> _Service[S]: ...

    @overload
    def __get__(self, services: Services, owner: type) -> S: ...

    def __get__(self, services: Services | None, owner: type) -> _Service[S] | S:
        if services is None:
            return self
        with _made:
            made = services.__dict__.get(self.attribute)
            if made is None:
                made = __getattr__(self.name)(services.db, services.actor)
                services.__dict__[self.attribute] = made
        return made  # type: ignore[no-any-return]


class Services:
    """Every service for one acting user on one database (each made when first used)."""

    directory: _Service[DirectoryService] = _Service("DirectoryService")
    meetings: _Service[MeetingService] = _Service("MeetingService")
    items: _Service[ItemsService] = _Service("ItemsService")
    agenda: _Service[AgendaService] = _Service("AgendaService")
    tasks: _Service[TaskService] = _Service("TaskService")
    board: _Service[BoardService] = _Service("BoardService")
    carryover: _Service[CarryOverService] = _Service("CarryOverService")
    drafts: _Service[DraftService] = _Service("DraftService")
    finalise: _Service[FinaliseService] = _Service("FinaliseService")
    users: _Service[UsersService] = _Service("UsersService")
    interchange: _Service[InterchangeService] = _Service("InterchangeService")
    demo: _Service[DemoService] = _Service("DemoService")
    profile: _Service[ProfileService] = _Service("ProfileService")
    search: _Service[SearchService] = _Service("SearchService")
    undo: _Service[UndoService] = _Service("UndoService")
    history: _Service[HistoryService] = _Service("HistoryService")

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The attribute of every service, made yet or not (what enumerates the services: a test checks
        that each write of each one is audited)."""
        return tuple(name for name, member in vars(cls).items() if isinstance(member, _Service))


__all__ = ["SYSTEM", "Actor", "ChangeSet", "Database", "NewAttachment", "Services"]
