"""Use cases. No Qt here: the GUI and the CLI call these, each call one unit of work."""

from __future__ import annotations

from minutes.services import permissions as _permissions  # noqa: F401  (roles checked on every flush)
from minutes.services.agenda import AgendaService
from minutes.services.board import BoardService
from minutes.services.carryover import CarryOverService
from minutes.services.context import SYSTEM, Actor, ChangeSet, Database
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


class Services:
    """Every service for one acting user on one database."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
        self.directory = DirectoryService(db, actor)
        self.meetings = MeetingService(db, actor)
        self.items = ItemsService(db, actor)
        self.agenda = AgendaService(db, actor)
        self.tasks = TaskService(db, actor)
        self.board = BoardService(db, actor)
        self.carryover = CarryOverService(db, actor)
        self.drafts = DraftService(db, actor)
        self.finalise = FinaliseService(db, actor)
        self.users = UsersService(db, actor)
        self.interchange = InterchangeService(db, actor)
        self.demo = DemoService(db, actor)
        self.profile = ProfileService(db, actor)
        self.search = SearchService(db, actor)
        self.undo = UndoService(db, actor)
        self.history = HistoryService(db, actor)


__all__ = ["SYSTEM", "Actor", "ChangeSet", "Database", "NewAttachment", "Services"]
