"""The meeting editor: one scrolling form with the sections in the order a meeting happens.

General information (here), then attendance, the report and its figures, contributions, conclusions,
recommendations and tasks, then the agenda (added later; last so that the
sections' Alt+number keys stay), each a :class:`~minutes.ui.editor.section.Section` imported by name (a
section whose module is not there yet is left out). When the bus announces a change to this meeting's
records the editor reads the meeting again in the background and hands it to every section; sections
keep what the user is typing. Switching meeting saves everything first.

Opening a meeting gives it at once only to the sections that fill the view (the general information and
what follows it down to the bottom of the viewport); the editor is painted, and the sections below are
given the meeting one per turn of the event loop, empty until then (issue 17 item 4: the
busiest meeting's conclusions, recommendations and tasks took most of the 150-400 ms an open cost, for
sections nobody sees yet). A section asked for before its turn (Alt+number, a menu action, a search
result) is filled at once.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from minutes.errors import NotFound
from minutes.services import ChangeSet, Services
from minutes.services.dto import MeetingDetail
from minutes.ui.autosave import FieldSaver
from minutes.ui.context import UiContext
from minutes.ui.editor.conflict_bar import ConflictBar
from minutes.ui.editor.fields import ValueSaver
from minutes.ui.editor.general import GeneralSection
from minutes.ui.editor.section import Section
from minutes.ui.runner import Runner
from minutes.ui.writer import BackgroundWriter

# The sections after the general information, in meeting order: (module, class).
SECTION_CLASSES: tuple[tuple[str, str], ...] = (
    ("minutes.ui.editor.attendance", "AttendanceSection"),
    ("minutes.ui.editor.report", "ReportSection"),
    ("minutes.ui.editor.contributions", "ContributionsSection"),
    ("minutes.ui.editor.conclusions", "ConclusionsSection"),
    ("minutes.ui.editor.recommendations", "RecommendationsSection"),
    ("minutes.ui.editor.tasks", "TasksSection"),
    # last, so the Alt+number of every earlier section stays what users learnt
    ("minutes.ui.editor.agenda", "AgendaSection"),
)

# Records that belong to a meeting: a change to any of them may change what the editor shows.
MEETING_TABLES = (
    "meetings",
    "agenda_items",
    "meeting_documents",
    "attendance",
    "reports",
    "report_figures",
    "contributions",
    "conclusions",
    "recommendation_groups",
    "recommendations",
    "tasks",
    "task_coordinators",
    "people",
    "units",
    "progress_updates",
)

SectionFactory = Callable[[UiContext, BackgroundWriter, QWidget], Section]

# The sections that need no more of a meeting than ``MeetingService.get_head`` reads (its general
# information and attendance): an open reads that much first, shows these, and reads the rest in the
# background for the others.
HEAD_SECTIONS = frozenset({"GeneralSection", "AttendanceSection"})


def head_of(meeting: MeetingDetail) -> MeetingDetail:
    """What ``MeetingService.get_head`` reads of ``meeting``: the same without its lists of records."""
    return dataclasses.replace(
        meeting, reports=[], contributions=[], conclusions=[], recommendation_groups=[], tasks=[]
    )


def own_edit(changes: ChangeSet, origin: str) -> bool:
    """Changes this window's own field saves made (only updates, announced with its origin)."""
    return not changes.external and changes.origin == origin and not changes.inserted and not changes.deleted


#: Tables whose rows belong to tasks: a change to them alone concerns the open meeting only through its
#: own tasks.
TASK_TABLES = frozenset({"tasks", "progress_updates"})


def concerns_meeting(changes: ChangeSet, meeting: MeetingDetail) -> bool:
    """Whether ``changes`` may alter what the editor shows of ``meeting``. A change that touches only
    tasks (and their progress) concerns it when one of its own tasks changed or a task was added (the
    new one may be its); a progress update that did not move its task's progress changes nothing shown."""
    tables = changes.tables & set(MEETING_TABLES)
    if not tables <= TASK_TABLES:
        return True
    if changes.inserted.get("tasks"):
        return True
    changed = changes.updated.get("tasks", set()) | changes.deleted.get("tasks", set())
    return bool(changed & {task.id for task in meeting.tasks})


#: Records that name their meeting (``meeting_id``), and those that reach it through their parent.
_OWN_MEETING = ("agenda_items", "meeting_documents", "attendance", "reports", "contributions", "conclusions",
                "recommendation_groups", "recommendations", "tasks")  # fmt: skip
_THROUGH = {"report_figures": ("reports", "report_id"), "progress_updates": ("tasks", "task_id")}
#: Inserted rows that cannot change what the editor shows of an existing meeting by themselves: a new
#: meeting is another meeting, a new person or unit is shown only once a row of the meeting names it.
_NEVER_OURS = frozenset({"meetings", "people", "units"})


def inserted_only(changes: ChangeSet) -> dict[str, set[int]] | None:
    """The rows ``changes`` inserted into the meeting tables, when it did nothing else to them and named
    every row (a batch import adding other meetings, another user's new meeting); None otherwise."""
    tables = changes.tables & set(MEETING_TABLES)
    if any(changes.updated.get(t) is not None or changes.deleted.get(t) is not None for t in tables):
        return None
    inserted = {t: changes.inserted[t] for t in tables}
    if any(not ids for t, ids in inserted.items() if t not in _NEVER_OURS):
        return None  # a notice without its ids (too long): which rows is not known
    if any(t not in _NEVER_OURS and t not in _OWN_MEETING and t not in _THROUGH for t in inserted):
        return None
    return {t: ids for t, ids in inserted.items() if t not in _NEVER_OURS}


def rows_of_meeting(services: Services, meeting_id: int, rows: dict[str, set[int]]) -> bool:
    """Whether any of ``rows`` (table -> ids) belongs to meeting ``meeting_id`` (a few indexed reads)."""
    from sqlalchemy import column, select, table

    with services.meetings.read() as session:
        for name, ids in rows.items():
            parent, key = _THROUGH.get(name, (name, "id"))
            child = table(name, column("id"), column(key))
            owner = table(parent, column("id"), column("meeting_id"))
            for start in range(0, len(ids), 500):
                chunk = sorted(ids)[start : start + 500]
                query = (select(owner.c.id).where(owner.c.id.in_(chunk)) if parent == name else
                         select(owner.c.id).join(child, child.c[key] == owner.c.id).where(child.c.id.in_(chunk)))  # fmt: skip
                if (
                    session.execute(query.where(owner.c.meeting_id == meeting_id).limit(1)).first()
                    is not None
                ):
                    return True
    return False


#: What :meth:`MeetingLoader.load` brings back when the rows it was told of are not the meeting's.
UNCHANGED = object()


class MeetingLoader(QObject):
    """Reads a meeting off the GUI thread on a :class:`~minutes.ui.runner.Runner` lane (a read asked for
    after it supersedes it); ``loaded(generation, result)`` brings the MeetingDetail (None if it is gone,
    or the exception) back to the GUI thread."""

    loaded = Signal(int, object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = Runner("minutes-editor-load", self)

    def load(
        self, generation: int, meeting_id: int, unless_not_of: dict[str, set[int]] | None = None
    ) -> None:
        """Read the meeting; with ``unless_not_of`` (inserted rows, table -> ids) first ask whether any of
        them is the meeting's, and bring :data:`UNCHANGED` back when none is (nothing to read again)."""
        self.runner.submit(
            None,
            lambda: self._read(meeting_id, unless_not_of),
            done=lambda result: self.loaded.emit(generation, result),
            failed=lambda exc: self.loaded.emit(generation, exc),  # the editor raises it (crash handler)
            lane="meeting",
        )

    def _read(self, meeting_id: int, unless_not_of: dict[str, set[int]] | None = None) -> object:
        if unless_not_of is not None and not rows_of_meeting(self.services, meeting_id, unless_not_of):
            return UNCHANGED
        try:
            return self.services.meetings.get(meeting_id)
        except NotFound:
            return None

    def close(self) -> None:
        """Stop delivering: a read in progress finishes and is dropped (the editor is gone)."""
        self.runner.detach()

    def shutdown(self) -> None:
        self.runner.shutdown()


def available_sections() -> list[SectionFactory]:
    """The section classes whose modules exist, in meeting order."""
    found: list[SectionFactory] = []
    for module_name, class_name in SECTION_CLASSES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:  # the module exists but something it imports is missing: a bug
                raise
            continue
        found.append(getattr(module, class_name))
    return found


class SectionFrame(QFrame):
    """A section under its numbered heading."""

    def __init__(self, number: int, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"sectionFrame{number}")
        self.number = number
        self.section = section
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(f"{number}. {section.title()}")
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 16)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(rule)
        layout.addWidget(section)


class MeetingEditor(QWidget):
    """Shows one meeting (or nothing). ``meeting_loaded(MeetingDetail | None)`` after each (re)load."""

    meeting_loaded = Signal(object)
    #: A background read of the open meeting failed with this exception (a database fault: the window
    #: words it; a damaged file: the session offers the latest good backup, as at start).
    read_failed = Signal(object)
    meeting_edited = Signal(object)  # MeetingDetail: a general field of it saved here (no re-read)
    filled = Signal()  # every section shows the open meeting (after an open, once the last one is filled)

    def __init__(
        self,
        ctx: UiContext,
        writer: BackgroundWriter,
        parent: QWidget | None = None,
        *,
        save_ms: int = 1000,
        draft_ms: int = 250,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.ctx = ctx
        self.writer = writer
        self.meeting: MeetingDetail | None = None
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("editorScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = self.body = QWidget(self.scroll_area)
        body.setObjectName("editorBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(24, 8, 24, 24)
        self.body_layout.setSpacing(0)
        self.scroll_area.setWidget(body)
        self.conflicts = ConflictBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.scroll_area, 1)

        self.general = GeneralSection(ctx, writer, body, save_ms=save_ms, draft_ms=draft_ms)
        self.sections: list[Section] = [self.general]
        for factory in available_sections():
            self.sections.append(factory(ctx, writer, body))
        self.frames: list[SectionFrame] = []
        for number, section in enumerate(self.sections, start=1):
            frame = SectionFrame(number, section, body)
            self.frames.append(frame)
            section.reveal_requested.connect(lambda n=number: self.reveal(n))
            self.body_layout.addWidget(frame)
        self.body_layout.addStretch(1)
        for saver in [*body.findChildren(FieldSaver), *body.findChildren(ValueSaver)]:
            self.conflicts.watch(saver)
        for saver in self.general.text_savers:  # what the editor holds follows its own saves
            saver.saved.connect(lambda text, field=saver.field: self._edited(field, text))
        self.reloads = 0  # how many times the meeting was read again after an announced change
        self._checked = False  # the read in progress first asks whether rows added are the meeting's
        self._again_rows: dict[str, set[int]] | None = None  # rows added meanwhile (None: read it all)
        # Sections (their indexes) that have not been given the open meeting yet: filled one per turn of
        # the event loop after an open (see the module's doc); they show no meeting meanwhile, so
        # nothing of the meeting shown before is seen or edited.
        self._unfilled: list[int] = []
        self._whole = True  # the meeting held is the whole of it (not only what get_head reads)
        self._from_head = {
            i for i, section in enumerate(self.sections) if type(section).__name__ in HEAD_SECTIONS
        }
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill_next)
        # the whole meeting is asked for once the event loop runs: after the first paint, which would
        # otherwise share the interpreter with the read (the paint calls the models' Python code)
        self._read_timer = QTimer(self, singleShot=True, interval=0)
        self._read_timer.timeout.connect(self._read_whole)

        # After a change the meeting is read again off the GUI thread (typing never waits for it) and
        # handed to the sections; changes announced meanwhile are gathered into one more read.
        # The loader has no Qt parent: its worker thread holds it while it emits, so a result arriving as
        # the editor is destroyed goes nowhere (the connection dies with the editor) instead of emitting
        # from a deleted object (a segfault seen at a test's teardown).
        self.loader = MeetingLoader(ctx.services)
        self.loader.loaded.connect(self._loaded)
        self.read_failures_handled = False  # the main window handles read_failed (True once connected)
        self.destroyed.connect(self.loader.close)
        self._generation = 0
        self._loading = False
        self._again = False
        # this window's own saves (their notices and the general fields' ``saved``), and how many there
        # were when the read in progress was asked for: a read asked for before a save may have been
        # made before its commit, and shown, it would put back what the save replaced (the window's
        # title went back to the old one while the field and the database held the new)
        self._own_saves = 0
        self._read_saves = 0
        ctx.bus.changed.connect(self._on_changed)
        # Edit → Undo/Redo act on the meeting shown here: what is typed is saved first, and the fields
        # show what the undo put back
        ctx.undo_stack.add_flusher(self._before_undo)
        ctx.undo_stack.done.connect(self._after_undo)
        self.setEnabled(False)

    # --- meetings ------------------------------------------------------------------------------
    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting is not None else None

    def open_meeting(self, meeting_id: int | None) -> None:
        """Save everything pending, then show ``meeting_id`` (None: nothing)."""
        if meeting_id == self.meeting_id and meeting_id is not None:
            return
        self.flush()
        self.writer.drain()
        self._generation += 1
        detail = self._load(meeting_id, head_only=True)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._show(detail, visible_first=True)

    def reload(self) -> None:
        """Read the open meeting again now and give it to every section (no-op when nothing is open)."""
        self._generation += 1  # a read still running is out of date
        if self.meeting is None:
            return
        self._show(self._load(self.meeting.id))
        self.fill_now()  # every section, also those still waiting for their turn after an open

    def shutdown(self) -> None:
        """Stop reading in the background (waits for a read in progress)."""
        self.loader.shutdown()

    def flush(self) -> None:
        """Save at once whatever any section holds unsaved."""
        for section in self.sections:
            section.flush()

    def _load(self, meeting_id: int | None, *, head_only: bool = False) -> MeetingDetail | None:
        if meeting_id is None:
            return None
        meetings = self.ctx.services.meetings
        try:
            return meetings.get_head(meeting_id) if head_only else meetings.get(meeting_id)
        except NotFound:
            return None

    def _before_undo(self) -> None:
        self.flush()
        if self.ctx.undo_stack.runner is self.writer:
            return  # the undo runs on the writer behind these saves; their answers come back first
        self.writer.drain()
        # the saves' results, queued to this thread, reach the fields now: a field still waiting for its
        # own save would take the undone text for a read older than that save and keep showing its own
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)

    def _after_undo(self, _result: object) -> None:
        """Show what the undo put back at once, also in the field that has the focus (nothing is
        unsaved there: it was saved before the undo)."""
        if self.meeting is None:
            return
        focus = QApplication.focusWidget()
        inside = focus is not None and self.isAncestorOf(focus)
        if inside:
            self.setFocus()
        self.reload()
        if inside and focus is not None:
            focus.setFocus()

    def _show(self, detail: MeetingDetail | None, *, visible_first: bool = False) -> None:
        """Give ``detail`` to the sections. With ``visible_first`` (an open; ``detail`` is the meeting's
        head, see ``MeetingService.get_head``): to the sections in view now that need no more than the
        head, the others empty until the whole meeting, read in the background, is given to them one
        per turn of the event loop. Else (the whole meeting read again) to every section showing it; a
        section still waiting gets the newest meeting when its turn comes."""
        self.ctx.undo_stack.set_scope(("meeting", detail.id) if detail is not None else None)
        self.ctx.versions.note_meeting(detail)
        head = self.meeting if not self._whole else None
        self.meeting = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self._whole = True
            was_filling, self._unfilled = bool(self._unfilled), []
            self._fill_timer.stop()
            for section in self.sections:
                section.set_meeting(None)
            if was_filling:
                self.filled.emit()  # nothing left to fill: whoever waits for it is not kept waiting
        elif visible_first:
            self._whole = False
            self._show_visible_first(detail)
            self._read_timer.start()
        else:
            self._whole = True
            # the whole meeting after its head: the sections that show the head keep it when it is the
            # same (given again, the chair and secretary lists would be rebuilt under a user's typing)
            same_head = head is not None and head_of(detail) == head
            queued = set(self._unfilled)
            for index, section in enumerate(self.sections):
                if index not in queued and not (same_head and index in self._from_head):
                    section.set_meeting(detail)
            if self._unfilled:
                self._fill_timer.start()
        self.meeting_loaded.emit(detail)

    def _show_visible_first(self, head: MeetingDetail) -> None:
        """The sections from the top down to the bottom of the viewport that need only the head; the
        rest emptied and queued: nothing of the meeting shown before is seen, and an action of theirs
        (a menu entry) finds no meeting rather than the previous one. (Not hidden: showing a frame
        again laid out and measured its long lists once more, 50-200 ms a section.)"""
        room = max(self.scroll_area.viewport().height(), 1)
        top = self.body_layout.contentsMargins().top()
        body = self.body
        body.setUpdatesEnabled(False)  # one layout and one paint for the whole change, not one per section
        try:
            self._unfilled = []
            for index, (frame, section) in enumerate(zip(self.frames, self.sections, strict=True)):
                if not self._unfilled and top < room and index in self._from_head:
                    section.set_meeting(head)
                    top += frame.sizeHint().height()
                else:
                    section.set_meeting(None)  # (cheap) nothing of another meeting seen or acted on
                    self._unfilled.append(index)
        finally:
            body.setUpdatesEnabled(True)
        if self._unfilled:
            self._fill_timer.start()
        else:
            self.filled.emit()

    def _read_whole(self) -> None:
        """Read the whole open meeting in the background (after one in progress, if any)."""
        if self.meeting is None or self._whole:
            return
        if self._loading:
            self._again, self._again_rows = True, None
            return
        self._loading = True
        self._generation += 1
        self._read_saves = self._own_saves
        self.loader.load(self._generation, self.meeting.id)

    def _fill_next(self) -> None:
        """Give the open meeting to the next section waiting for it (one per turn of the event loop),
        if what is held is enough for it (else the whole meeting's arrival starts the next turn)."""
        if self._unfilled and (self._whole or self._unfilled[0] in self._from_head):
            self._fill(self._unfilled[0])
        if self._unfilled and (self._whole or self._unfilled[0] in self._from_head):
            self._fill_timer.start()

    def _fill(self, index: int) -> None:
        if index not in self._unfilled:
            return
        self._unfilled.remove(index)
        self.sections[index].set_meeting(self.meeting)
        if not self._unfilled:
            self._fill_timer.stop()
            self.filled.emit()

    def fill_now(self, through: int | None = None) -> None:
        """Give the open meeting at once to every section still waiting for it (up to section index
        ``through``), reading the whole meeting now if it is not here yet, and lay the page out so that
        their places are known (to scroll to one)."""
        waiting = [i for i in self._unfilled if through is None or i <= through]
        if not waiting:
            return
        if not self._whole and any(i not in self._from_head for i in waiting):
            self.reload()  # a read in the background is dropped when it comes (its generation is old)
        for index in waiting:
            self._fill(index)
        self.body_layout.activate()

    def filling(self) -> bool:
        """True while some section has not been given the open meeting yet."""
        return bool(self._unfilled)

    def _edited(self, field: str, text: str) -> None:
        self._own_saves += 1
        if self.meeting is not None:
            change: dict[str, Any] = {field: text}
            self.meeting = dataclasses.replace(self.meeting, **change)
            self.meeting_edited.emit(self.meeting)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.meeting is None or not changes.touches(*MEETING_TABLES):
            return
        if self._whole and not concerns_meeting(changes, self.meeting):
            return  # another meeting's tasks (the board, another user): nothing shown here changed
        if own_edit(changes, self.ctx.origin):
            self._own_saves += 1  # a read in progress may be older than it: read again (_loaded)
            return  # this window's own autosave: its fields already show what was saved
        if self.meeting.id in changes.deleted.get("meetings", set()):
            self._generation += 1
            self._show(None)
            return
        # rows only added (a batch import's new meetings, another user's): read the meeting again only if
        # one of them is its own - not the whole meeting, read and shown again, for each of them
        self._request_reload(inserted_only(changes))

    def _request_reload(self, unless_not_of: dict[str, set[int]] | None = None) -> None:
        if self.meeting is None:
            return
        if self._loading:
            if not self._again:
                self._again_rows = unless_not_of
            elif self._again_rows is not None and unless_not_of is not None:
                for name, ids in unless_not_of.items():
                    self._again_rows = {**self._again_rows, name: self._again_rows.get(name, set()) | ids}
            else:
                self._again_rows = None  # one change needs the whole meeting read again
            self._again = True
            return
        self._loading = True
        self._generation += 1
        self._checked = unless_not_of is not None  # counted as a reload once the meeting is read
        if unless_not_of is None:
            self.reloads += 1
        self._read_saves = self._own_saves
        self.loader.load(self._generation, self.meeting.id, unless_not_of)

    @Slot(int, object)
    def _loaded(self, generation: int, result: object) -> None:
        self._loading = False
        stale = self._read_saves != self._own_saves and isinstance(result, MeetingDetail)
        if self._again or stale:  # changed again while this was read (or saved here meanwhile): it may be
            self._again = False  # older than what the sections already did (a point just added), so read
            self._request_reload(None if stale else self._again_rows)  # once more instead
            return
        if generation != self._generation or self.meeting is None or result is UNCHANGED:
            return
        if self._checked:
            self.reloads += 1
        if isinstance(result, Exception):
            if not self.read_failures_handled:
                raise result  # an editor on its own: the crash handler words it
            self.read_failed.emit(result)
            return
        if isinstance(result, MeetingDetail) and result.id == self.meeting.id:
            self._show(result)

    def reload_pending(self) -> bool:
        """True while a background read of the meeting is running or due."""
        return self._loading or self._again

    # --- navigation ----------------------------------------------------------------------------
    def go_to(self, number: int) -> bool:
        """Scroll to section ``number`` (1-based) and put the focus where typing starts."""
        if not 1 <= number <= len(self.frames) or self.meeting is None:
            return False
        self.fill_now(through=number - 1)
        frame = self.frames[number - 1]
        self.scroll_area.ensureWidgetVisible(frame, 0, 0)
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(min(frame.y(), bar.maximum()))
        frame.section.focus_first()
        return True

    def reveal(self, number: int) -> None:
        """Scroll section ``number`` (1-based) into view, leaving the focus where it is."""
        if 1 <= number <= len(self.frames):
            self.fill_now(through=number - 1)
            frame = self.frames[number - 1]
            bar = self.scroll_area.verticalScrollBar()
            bar.setValue(min(frame.y(), bar.maximum()))

    def section_titles(self) -> list[str]:
        return [section.title() for section in self.sections]

    def retranslate_headings(self) -> None:
        for frame in self.frames:
            frame.heading.setText(f"{frame.number}. {frame.section.title()}")
