"""The leaders' task board: every task of every meeting, filtered, counted and sorted in SQL.

The board never loads all tasks: :meth:`BoardService.page` returns one keyset page (``WHERE (key, id) >
(?, ?) ORDER BY key, id LIMIT n``) and a cursor for the next; counts are one GROUP BY each. Rows are
plain frozen values with their display strings ready, so a view's ``data()`` does no work.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    and_,
    case,
    column,
    extract,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.elements import ColumnElement

from minutes.db import models as m
from minutes.domain.deadline import Deadline
from minutes.domain.enums import Priority, TaskEventKind
from minutes.domain.status import TaskStatus
from minutes.services import board_pg, board_tally, mapping
from minutes.services import board_query as q
from minutes.services.base import Service
from minutes.services.board_query import SortKey
from minutes.services.board_values import (
    BoardRow,
    CompletionBucket,
    Cursor,
    Reminders,
    StatusCounts,
    TaskFilter,
    UnitStatusCounts,
    first_line,
    fmt_day,
)
from minutes.services.dto import TaskDTO

PAGE_SIZE = 200
DATABASE_ID_KEY = "database_id"
#: A text filter matching more tasks than this is "common": its counts per state are those of its
#: newest COUNT_CAP matches, shown as lower bounds ("2.000+"), and on SQLite its pages are found by
#: walking the sort's order (issue 17 item 2: what the board answers must not grow with the office).
COUNT_CAP = 2000
#: Rows read first, and at most per page, when walking the sort's order for a common word.
WALK_CHUNK = 1200
WALK_BUDGET = 20_000
#: A unit (with or without priorities) kept by at least one task in this many is walked like a common
#: word (SQLite).
WALK_SHARE = 50
T = m.Task


class BoardService(Service):
    # --- rows ----------------------------------------------------------------------------------
    def page(
        self, f: TaskFilter, after: Cursor | None = None, limit: int = PAGE_SIZE
    ) -> tuple[list[BoardRow], Cursor | None]:
        """Up to ``limit`` rows after ``after`` (None: the first page) and the cursor of the next page
        (None when there is no more)."""
        with self.read() as s:
            return self._page(s, f, after, limit, self.db.today())

    def page_in(
        self, s: Session, f: TaskFilter, after: Cursor | None = None, limit: int = PAGE_SIZE
    ) -> tuple[list[BoardRow], Cursor | None]:
        """:meth:`page` inside a unit of work the caller already holds (another service's use case)."""
        return self._page(s, f, after, limit, self.db.today())

    def iter_rows(self, f: TaskFilter, batch: int = 1000) -> Iterator[BoardRow]:
        """Every row of the filter in order, fetched page by page (exports)."""
        cursor: Cursor | None = None
        while True:
            rows, cursor = self.page(f, cursor, batch)
            yield from rows
            if cursor is None:
                return

    def count(self, f: TaskFilter) -> int:
        with self.read() as s:
            stmt = select(func.count()).select_from(m.Task).where(*self._where(f, self.db.today()))
            return int(s.scalar(stmt) or 0)

    def counts_by_status(self, f: TaskFilter, cap: int | None = None) -> StatusCounts:
        """How many tasks of the filter are in each of the six states (all six keys present).

        A text alone that matches more than ``cap`` tasks (:data:`COUNT_CAP` unless given; 0: always
        exact) is counted over its ``cap`` newest matches only, and every state is marked as a lower
        bound (:attr:`StatusCounts.at_least`): counting a common word's every match grows with the
        office (issue 17 item 2)."""
        today = self.db.today()
        where = self._where(f, today)
        columns = [func.count().filter(q.status_predicate(status, today)) for status in q.STATUS_ORDER]
        limit = COUNT_CAP if cap is None else cap
        terms = q.text_terms(f.text)
        with self.read() as s:
            if not where:
                return StatusCounts(board_tally.by_status(s, today))
            if limit > 0 and terms and _text_only(f.without_status):
                return self._newest_counts(s, terms, limit, today)
            if f.unit_ids and f == TaskFilter(unit_ids=f.unit_ids, lead_only=f.lead_only, sort=f.sort,
                                              descending=f.descending):  # fmt: skip
                return StatusCounts(self._unit_counts(s, f.unit_ids, f.lead_only, columns, today))
            # One pass over the matching rows, six conditional counts (no grouping to sort).
            with board_pg.bitmaps_for(s, f, terms):
                values = s.execute(select(*columns).select_from(m.Task).where(*where)).one()
            return StatusCounts(
                {status: int(n or 0) for status, n in zip(q.STATUS_ORDER, values, strict=True)}
            )

    def _newest_counts(self, s: Session, terms: list[str], cap: int, today: date) -> StatusCounts:
        """The states of the ``cap`` newest tasks (by id) with the words: exact when there are no more,
        else lower bounds. One index read that stops after ``cap + 1`` matches: FTS5 gives its matches
        by rowid (SQLite); PostgreSQL walks the primary key backwards testing the stored words, or for
        a rarer word reads its few matches from the GIN index and sorts them."""
        t = m.Task
        chosen: ColumnElement[bool]
        if self.db.is_sqlite:
            newest = text(
                "SELECT rowid FROM task_words WHERE task_words MATCH :m ORDER BY rowid DESC LIMIT :n"
            ).bindparams(m=q.fts_match(terms), n=cap + 1)
            chosen = t.id.in_(newest.columns(column("rowid", Integer)))
        else:
            chosen = q.words_predicate(terms, sqlite=False)
        stmt = select(t.id, q.status_code(today)).where(chosen).order_by(t.id.desc()).limit(cap + 1)
        codes = [int(code) for _, code in s.execute(stmt)]
        counts = dict.fromkeys(q.STATUS_ORDER, 0)
        for code in codes[:cap]:
            counts[q.STATUS_BY_CODE[code]] += 1
        return StatusCounts(counts, frozenset(q.STATUS_ORDER) if len(codes) > cap else frozenset())

    @staticmethod
    def _unit_counts(
        s: Session, unit_ids: tuple[int, ...], lead_only: bool, columns: list[Any], today: date
    ) -> dict[TaskStatus, int]:
        """The states of the tasks of units (the unit chosen alone): those they lead from the tally,
        plus those they only coordinate, read by the coordinators' index. Tested as one OR, no index
        serves it and every task is read (56-107 ms on PostgreSQL for a unit of the ten-year office)."""
        postgres = s.get_bind().dialect.name == "postgresql"
        if postgres and not lead_only and len(unit_ids) == 1:
            # Both parts summed from the tallies kept by triggers (migration 0017): 1 ms, where reading
            # the 8,000 tasks a unit of the ten-year office coordinates took 30-60 ms under load.
            return board_tally.taking_part_by_status(s, today, unit_ids[0])
        counts = board_tally.by_status(s, today, unit_ids)
        if lead_only:
            return counts
        if postgres:
            # 8,000 index probes: two parallel workers cost more to start and gather than they save
            # (30 ms against 13-19 ms alone on the loaded 2-CPU machine).
            s.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
        t = m.Task
        coordinated = select(m.task_coordinators.c.task_id).where(
            m.task_coordinators.c.unit_id.in_(list(unit_ids))
        )
        others = or_(t.lead_unit_id.is_(None), t.lead_unit_id.not_in(list(unit_ids)))
        values = s.execute(select(*columns).select_from(t).where(t.id.in_(coordinated), others)).one()
        for status, n in zip(q.STATUS_ORDER, values, strict=True):
            counts[status] += int(n or 0)
        return counts

    def counts_by_unit_and_status(self, f: TaskFilter) -> list[UnitStatusCounts]:
        """Per lead unit, the tasks of the filter in each state; most tasks first."""
        today = self.db.today()
        where = self._where(f, today)
        if not where:
            with self.read() as s:
                return self._named(s, board_tally.by_unit_and_status(s, today))
        # "+ 0": not the indexed column itself, so SQLite reads the small covering index
        # ix_tasks_board_status rather than walking ix_tasks_lead_unit_id and every table row.
        sub = (
            select((m.Task.lead_unit_id + 0).label("u"), q.status_code(today).label("s"))
            .where(*where)
            .subquery()
        )
        stmt = select(sub.c.u, sub.c.s, func.count()).group_by(sub.c.u, sub.c.s)
        by_unit: dict[int | None, dict[TaskStatus, int]] = {}
        with self.read() as s:
            for unit_id, code, n in s.execute(stmt):
                by_unit.setdefault(unit_id, dict.fromkeys(q.STATUS_ORDER, 0))[q.STATUS_BY_CODE[int(code)]] = (
                    int(n)
                )
            return self._named(s, by_unit)

    @staticmethod
    def _named(s: Session, by_unit: dict[int | None, dict[TaskStatus, int]]) -> list[UnitStatusCounts]:
        """The counts per unit with the units' names; most tasks first."""
        ids = [u for u in by_unit if u is not None]
        names = (
            {i: n for i, n in s.execute(select(m.Unit.id, m.Unit.name).where(m.Unit.id.in_(ids)))}
            if ids
            else {}
        )
        result = [
            UnitStatusCounts(u, names.get(u, "") if u is not None else "", c) for u, c in by_unit.items()
        ]
        result.sort(key=lambda r: (-r.total, r.unit_id is None, r.unit_name))
        return result

    def completion_over_time(self, f: TaskFilter, bucket: str = "month") -> list[CompletionBucket]:
        """Tasks of the filter completed in each month (quarter, year), on time and late, with the
        empty periods between the first and the last included."""
        if bucket not in ("month", "quarter", "year"):
            raise ValueError(f"unknown bucket {bucket!r}")
        today = self.db.today()
        t = m.Task
        where = self._where(f, today)
        if not where:
            with self.read() as s:
                tallied = board_tally.completed_by_month(s)
            totals: dict[date, list[int]] = {}
            for (month, is_late), n in tallied.items():
                start = _bucket_start(month.year, month.month, bucket)
                totals.setdefault(start, [0, 0])[1 if is_late else 0] += n
            return _buckets(totals, bucket)
        late = q.status_predicate(TaskStatus.DONE_LATE, today)
        sub = (
            select(
                extract("year", t.completed_on).label("y"),
                extract("month", t.completed_on).label("mo"),
                late.label("late"),
            )
            .where(*where, t.completed_on.is_not(None), t.cancelled_on.is_(None))
            .subquery()
        )
        stmt = select(sub.c.y, sub.c.mo, sub.c.late, func.count()).group_by(sub.c.y, sub.c.mo, sub.c.late)
        counted: dict[date, list[int]] = {}
        with self.read() as s:
            for year, month, is_late, n in s.execute(stmt):
                start = _bucket_start(int(year), int(month), bucket)
                counted.setdefault(start, [0, 0])[1 if is_late else 0] += int(n)
        return _buckets(counted, bucket)

    def reminders(
        self, unit_ids: Iterable[int] = (), today: date | None = None, within_days: int = 7, limit: int = 100
    ) -> Reminders:
        """Tasks of ``unit_ids`` (lead or coordinating; every unit when empty) that are overdue, and
        those due within ``within_days`` days; up to ``limit`` of each, most relevant first: the most
        recently overdue (not tasks of years ago, "3630 days late"), the soonest due."""
        today = today or self.db.today()
        base = TaskFilter(unit_ids=tuple(unit_ids), sort=SortKey.DEADLINE)
        late_f = base.replace(overdue_only=True, descending=True)
        soon_f = base.replace(due_within_days=within_days)
        with self.read() as s:
            overdue, _ = self._page(s, late_f, None, limit, today)
            soon, _ = self._page(s, soon_f, None, limit, today)
            n_late = int(
                s.scalar(select(func.count()).select_from(m.Task).where(*self._where(late_f, today))) or 0
            )
            n_soon = int(
                s.scalar(select(func.count()).select_from(m.Task).where(*self._where(soon_f, today))) or 0
            )
        return Reminders(today, within_days, overdue, soon, n_late, n_soon)

    def responsible_people(self) -> list[tuple[int, str]]:
        """(id, name) of everyone responsible for at least one task, by name (the person filter)."""
        with self.read() as s:
            stmt = (
                select(m.Person.id, m.Person.full_name)
                .where(
                    or_(
                        m.Person.id.in_(
                            select(m.Task.responsible_id).where(m.Task.responsible_id.is_not(None))
                        ),
                        m.Person.id.in_(select(m.TaskAssignee.person_id)),
                    )
                )
                .order_by(m.Person.search_key, m.Person.id)
            )
            return [(int(i), str(n)) for i, n in s.execute(stmt)]

    def task_dtos(self, f: TaskFilter, batch: int = 500) -> list[TaskDTO]:
        """Every task of the filter as the services' full :class:`TaskDTO`, in the board's order (for
        documents such as the status report, which take the same values as a meeting's tasks)."""
        ids = [r.id for r in self.iter_rows(f, 1000)]
        today = self.db.today()
        out: list[TaskDTO] = []
        with self.read() as s:
            for start in range(0, len(ids), batch):
                part = ids[start : start + batch]
                stmt = (
                    select(m.Task)
                    .where(m.Task.id.in_(part))
                    .options(
                        selectinload(m.Task.meeting),
                        selectinload(m.Task.lead_unit),
                        selectinload(m.Task.responsible),
                        selectinload(m.Task.assignee_links).selectinload(m.TaskAssignee.person),
                        selectinload(m.Task.coordinating_units),
                    )
                )
                found = {t.id: mapping.task(t, today) for t in s.scalars(stmt)}
                out.extend(found[i] for i in part if i in found)
        return out

    def texts(self, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """(whole text, expected product) of tasks; the rows keep only the first line (exports)."""
        wanted = list(ids)
        if not wanted:
            return {}
        with self.read() as s:
            stmt = select(m.Task.id, m.Task.text, m.Task.expected_product).where(m.Task.id.in_(wanted))
            return {int(i): (str(t), str(p or "")) for i, t, p in s.execute(stmt)}

    def database_id(self) -> str:
        """A random id given to this database once, so exported calendar events of two databases
        never share a UID (kept in ``app_settings``)."""
        with self.uow() as s:
            setting = s.get(m.AppSetting, DATABASE_ID_KEY)
            if setting is None:
                setting = m.AppSetting(key=DATABASE_ID_KEY, value=uuid.uuid4().hex)
                s.add(setting)
            return setting.value

    # --- internals -----------------------------------------------------------------------------
    def _where(
        self, f: TaskFilter, today: date, per_row: bool = False, words: bool = True
    ) -> list[ColumnElement[bool]]:
        """The filter's conditions. ``per_row``: for a walk that stops at the page (SQLite), the
        coordinating units checked row by row (:func:`board_query.unit_predicate`); ``words`` False:
        all but the words (the walk tests them in Python)."""
        t = m.Task
        # A unit, a person, a meeting or words find the rows; the state, the dates and the priority then
        # only check them (see board_query.not_driving).
        driving = not (f.unit_ids or f.person_ids or f.meeting_ids or q.text_terms(f.text))
        # Overdue is one short range of ix_tasks_status_dates, in deadline order (6,000 of the ten-year
        # office's 100,000 tasks): on SQLite it finds the rows of a unit or of words better than they do
        # (a unit leads or coordinates 16,600, "xây" is in 17,600; unit + overdue + "xây": 20 -> 4 ms).
        # A person's or a meeting's few tasks still lead.
        overdue_drives = driving or (
            self.db.is_sqlite and f.due_within_days is None and not (f.person_ids or f.meeting_ids)
        )
        deadline = t.deadline if driving else q.not_driving(t.deadline)
        where: list[ColumnElement[bool]] = []
        if f.unit_ids:
            where.append(q.unit_predicate(f.unit_ids, f.lead_only, per_row))
        if f.person_ids:
            where.append(q.person_predicate(f.person_ids, self.db.is_sqlite))
        if f.statuses:
            where.append(or_(*[q.status_predicate(st, today, driving) for st in sorted(f.statuses)]))
        urgency = []
        if f.overdue_only:
            urgency.append(q.status_predicate(TaskStatus.OVERDUE, today, overdue_drives))
        if f.due_within_days is not None:
            urgency.append(q.due_within(f.due_within_days, today, driving))
        if urgency:
            where.append(or_(*urgency))
        if f.meeting_ids:
            where.append(t.meeting_id.in_(list(f.meeting_ids)))
        if f.deadline_from is not None:
            where.append(deadline >= q.day(f.deadline_from))
        if f.deadline_to is not None:
            where.append(deadline <= q.day(f.deadline_to))
        if f.priorities:
            priority = t.priority if driving else q.not_driving(t.priority)
            where.append(priority.in_(sorted(Priority(p).rank for p in f.priorities)))
        terms = q.text_terms(f.text)
        if terms and words:
            where.append(q.words_predicate(terms, self.db.is_sqlite))
        return where

    @staticmethod
    def _keys_query(segment: q.Segment) -> Select[Any]:
        """The sort keys of one segment's rows, joined only to what the keys need (display columns are
        fetched afterwards for the page's ids). Sorting by a unit, a person or a meeting walks that
        table's index in order and each one's tasks by id (:class:`~board_query.OuterLoopJoin`)."""
        t = m.Task
        stmt = select(*[k.label(f"k{i}") for i, k in enumerate(segment.keys)])
        if segment.coordinator:
            stmt = stmt.select_from(q.OuterLoopJoin(q.CoordUnit, t, q.FIRST_COORDINATOR == q.CoordUnit.id))
        elif segment.lead:
            stmt = stmt.select_from(q.OuterLoopJoin(q.LeadUnit, t, t.lead_unit_id == q.LeadUnit.id))
        elif segment.responsible:
            stmt = stmt.select_from(q.OuterLoopJoin(q.Responsible, t, t.responsible_id == q.Responsible.id))
        elif segment.meeting:
            stmt = stmt.select_from(q.OuterLoopJoin(m.Meeting, t, t.meeting_id == m.Meeting.id))
        else:
            stmt = stmt.select_from(t)
        return stmt.where(*segment.where)

    def _details(self, s: Session, ids: list[int], today: date) -> dict[int, BoardRow]:
        """The display values of a page's tasks (by id), the status computed by the database."""
        if not ids:
            return {}
        t = m.Task
        stmt = (
            select(
                t.id,
                t.meeting_id,
                func.substr(t.text, 1, 400),
                t.source_kind,
                func.coalesce(t.conclusion_id, t.recommendation_id, t.contribution_id),
                q.LeadUnit.name,
                q.Responsible.full_name,
                t.deadline,
                t.priority,
                t.progress,
                t.completed_on,
                q.status_code(today),
                m.Meeting.title,
                m.Meeting.meeting_date,
                t.assignee_text,
                t.deadline_kind,
                t.deadline_start,
                t.deadline_end,
                t.deadline_text,
                m.Meeting.date_precision,
            )
            .join(m.Meeting, m.Meeting.id == t.meeting_id)
            .outerjoin(q.LeadUnit, q.LeadUnit.id == t.lead_unit_id)
            .outerjoin(q.Responsible, q.Responsible.id == t.responsible_id)
            .where(among(t.id, ids, s))
        )
        if not self.db.is_sqlite:
            return _details_postgres(s, stmt, today)
        coordinators = self._coordinators(s, ids)
        assignees = self._assignees(s, ids)
        extended = self._extended(s, ids)
        rows = {}
        for values in s.execute(stmt):
            rows[values[0]] = _row(
                values,
                coordinators.get(values[0], ()),
                assignees.get(values[0], ()),
                today,
                extended=values[0] in extended,
            )
        return rows

    @staticmethod
    def _extended(s: Session, ids: list[int]) -> set[int]:
        """The tasks whose deadline was moved later at least once (the history's deadline changes)."""
        if not ids:
            return set()
        e = m.TaskEvent
        stmt = select(e.task_id, e.old_value, e.new_value).where(
            among(e.task_id, ids, s),
            e.kind == TaskEventKind.DEADLINE_CHANGED.value,
            e.old_value.is_not(None),
            e.new_value.is_not(None),
        )
        return {task_id for task_id, old, new in s.execute(stmt) if _deadline_end(new) > _deadline_end(old)}

    def _page(
        self, s: Session, f: TaskFilter, after: Cursor | None, limit: int, today: date
    ) -> tuple[list[BoardRow], Cursor | None]:
        if after is not None and (after.sort != f.sort or after.descending != f.descending):
            raise ValueError("the cursor belongs to another sort order")
        segments = q.sort_spec(f.sort, today).ordered(f.descending)
        want = max(1, limit) + 1
        terms = q.text_terms(f.text)
        if self.db.is_sqlite and terms and _text_only(f) and self._common(s, terms):
            found = self._walked(s, f, segments, after, want, T.search_key, q.words_matcher(terms), today)
        elif self.db.is_sqlite and _units_alone(f) and self._plentiful(s, self._where(f, today)):
            # Each row walked says whether it is of the filter (a unit leads or coordinates one task in
            # six of the ten-year office): 60 rows of the sort's order need a few hundred walked, where
            # collecting the unit's 16,600 tasks and sorting them took 32 ms of CPU.
            kept = case((and_(*self._where(f, today, per_row=True)), 1), else_=0)
            found = self._walked(s, f, segments, after, want, kept, bool, today, first=want * 8)
        elif self.db.is_sqlite and _overdue_leads(f) and (f.unit_ids or terms):
            # Overdue's own range read in deadline order (see _selective), the units checked row by row
            # and the words in Python on each row's text: with the lists of the unit's and the word's
            # tasks in the SQL, each page built both first (their size grows with the office: 14 -> 70
            # ms from 1x to 5x for a unit, overdue and a common word).
            tested = T.search_key if terms else literal(1)
            matches = q.words_matcher(terms) if terms else bool
            rest = self._where(f, today, per_row=True, words=False)
            # A first chunk sized by the page, 6 rows per row wanted (a common word is in one overdue task
            # of a unit in six; 1,200 rows read a unit's overdue tasks whole otherwise:
            # 1,000 texts at 1x for a page of 60, 10 ms more than the lists it replaces).
            found = self._walked(s, f, segments, after, want, tested, matches, today, want * 6, rest)
        else:
            with board_pg.bitmaps_for(s, f, terms):
                found = self._found(s, f, segments, after, want, self._where(f, today), [])
        more = len(found) > limit
        found = found[:limit]
        details = self._details(s, [int(values[-1]) for _, values in found], today)
        rows = [details[int(values[-1])] for _, values in found]
        cursor = None
        if more and found:
            number, values = found[-1]
            cursor = Cursor(f.sort, f.descending, number, values)
        return rows, cursor

    def _found(
        self,
        s: Session,
        f: TaskFilter,
        segments: tuple[q.Segment, ...],
        after: Cursor | None,
        want: int,
        where: list[ColumnElement[bool]],
        found: list[tuple[int, tuple[Any, ...]]],
    ) -> list[tuple[int, tuple[Any, ...]]]:
        """``found`` with the (segment number, sort keys) of the next rows of the filter after ``after``,
        up to ``want`` in all, in order."""
        collect = self._selective(f) if self.db.is_sqlite else self._selective_postgres(f)
        for number, segment in enumerate(segments):
            if after is not None and number < after.segment or not _possible(segment, f):
                continue
            keys = segment.keys
            stmt = self._keys_query(segment).where(*where)
            if after is not None and number == after.segment:
                stmt = stmt.where(_beyond(keys, after.values, f.descending))
            if collect:
                # Find the matching rows first (by the filter's own index, or one scan), then sort them:
                # walking the sort's index would look at every task to find a few.
                matching = stmt.cte("matching").prefix_with("MATERIALIZED")
                keys = tuple(matching.c[f"k{i}"] for i in range(len(keys)))
                stmt = select(*keys)
            stmt = stmt.order_by(*[k.desc() if f.descending else k.asc() for k in keys])
            stmt = stmt.limit(want - len(found))
            found.extend((number, tuple(r)) for r in s.execute(stmt))
            if len(found) >= want:
                break
        return found

    def _common(self, s: Session, terms: list[str]) -> bool:
        """Whether the word index finds at least :data:`COUNT_CAP` tasks for ``terms`` (SQLite; it stops
        counting there: under a millisecond for a common word at any office size)."""
        stmt = text(
            "SELECT count(*) FROM (SELECT rowid FROM task_words WHERE task_words MATCH :m LIMIT :cap)"
        ).bindparams(m=q.fts_match(terms), cap=COUNT_CAP)
        return int(s.scalar(stmt) or 0) >= COUNT_CAP

    def _plentiful(self, s: Session, where: list[ColumnElement[bool]]) -> bool:
        """Whether at least one task in :data:`WALK_SHARE` (or :data:`COUNT_CAP` tasks in a larger
        office) is of the filter (SQLite): counted up to that many by the filter's own index, so it
        stops early for a large unit, and costs what a few rows do for a small one."""
        total = int(s.scalar(select(func.max(T.id))) or 0)
        need = max(1, min(COUNT_CAP, total // WALK_SHARE))  # (a count that does not grow either)
        some = select(literal(1)).select_from(T).where(*where).limit(need).subquery()
        return int(s.scalar(select(func.count()).select_from(some)) or 0) >= need

    def _walked(
        self,
        s: Session,
        f: TaskFilter,
        segments: tuple[q.Segment, ...],
        after: Cursor | None,
        want: int,
        tested: Any,
        matches: Callable[[Any], bool],
        today: date,
        first: int = WALK_CHUNK,
        where: list[ColumnElement[bool]] | None = None,
    ) -> list[tuple[int, tuple[Any, ...]]]:
        """The next rows of a filter many tasks pass (SQLite): the sort's own order is walked, a chunk
        of rows at a time, with ``tested`` read for each row, and the rows for which ``matches`` says
        so are kept, so a page costs what it shows and not every match (17,600 tasks for "xây dựng" in
        the ten-year office, five times that at 5×: the words tested in Python on ``search_key``; a
        unit: the filter's own conditions as a 0/1 column). After :data:`WALK_BUDGET`
        rows walked without filling the page (the filter is rare in that part of the order), the rest
        is collected through the filter's indexes from the last row walked. ``first``: the rows read
        first, before the share of matches says how many more the page needs. ``where``: conditions
        the walk asks of SQL (overdue's range, which the sort's index reads in order)."""
        found: list[tuple[int, tuple[Any, ...]]] = []
        walked = 0
        for number, segment in enumerate(segments):
            if after is not None and number < after.segment or not _possible(segment, f):
                continue
            keys = segment.keys
            bound = after.values if after is not None and number == after.segment else None
            while True:
                # As many rows as the share of matches so far says the page still needs, and a quarter
                # more (the first chunk: WALK_CHUNK; a common word is at least 1 row in 10 of most offices).
                need = want - len(found)
                size = (
                    (first if not walked else WALK_CHUNK)
                    if not found
                    else int(need * walked / len(found) * 1.25) + 10
                )
                size = max(50, min(size, WALK_CHUNK * 5))
                stmt = self._keys_query(segment).add_columns(tested).where(*(where or ()))
                if bound is not None:
                    stmt = stmt.where(_beyond(keys, bound, f.descending))
                stmt = stmt.order_by(*[k.desc() if f.descending else k.asc() for k in keys])
                chunk = s.execute(stmt.limit(size)).all()
                for values in chunk:
                    if matches(values[-1]):
                        found.append((number, tuple(values[:-1])))
                        if len(found) >= want:
                            return found
                walked += len(chunk)
                if len(chunk) < size:
                    break  # this segment is done
                bound = tuple(chunk[-1][:-1])
                if walked >= WALK_BUDGET:
                    rest = Cursor(f.sort, f.descending, number, bound)
                    return self._found(s, f, segments, rest, want, self._where(f, today), found)
        return found

    @staticmethod
    def _selective(f: TaskFilter) -> bool:
        """Whether the filter keeps few rows, or needs the text of each: then the page is found by
        collecting the matching rows and sorting them, not by walking the sort's index (SQLite).
        Overdue with a unit or words, sorted by deadline (or by status, whose first rows are the
        overdue ones by deadline), is read in order from overdue's own range (see :meth:`_where`),
        stopping at the page's end: collected, the range is read whole (6,000 tasks in the
        ten-year office, 30,000 at 5×)."""
        if _overdue_leads(f):
            return False
        return bool(
            f.text.strip()
            or f.unit_ids
            or f.person_ids
            or f.meeting_ids
            or f.deadline_from
            or f.deadline_to
            or f.due_within_days is not None
        )

    @staticmethod
    def _selective_postgres(f: TaskFilter) -> bool:
        """PostgreSQL's planner walks the sort's index when it expects the page to fill early; it does
        for one criterion (a unit's 16,000 tasks, a word in 17,000), not for a person's few tasks, a
        meeting's, or two criteria together (a unit, overdue and a word: 181 of 100,000, after walking
        88,000 by deadline, 140 ms; collected, then sorted: 50 ms)."""
        narrowing = [
            bool(f.unit_ids),
            bool(f.text.strip()),
            f.overdue_only or f.due_within_days is not None,
            f.deadline_from is not None or f.deadline_to is not None,
            bool(f.statuses),
            bool(f.priorities),
        ]
        return bool(f.person_ids or f.meeting_ids) or sum(narrowing) >= 2

    @staticmethod
    def _assignees(s: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
        """The names of the people each task is assigned to, in order."""
        if not ids:
            return {}
        ta = m.TaskAssignee
        stmt = (
            select(ta.task_id, m.Person.full_name)
            .join(m.Person, m.Person.id == ta.person_id)
            .where(among(ta.task_id, ids, s))
            .order_by(ta.task_id, ta.position)
        )
        names: dict[int, list[str]] = {}
        for task_id, name in s.execute(stmt):
            names.setdefault(task_id, []).append(name)
        return {k: tuple(v) for k, v in names.items()}

    @staticmethod
    def _coordinators(s: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
        if not ids:
            return {}
        tc = m.task_coordinators
        stmt = (
            select(tc.c.task_id, m.Unit.name)
            .join(m.Unit, m.Unit.id == tc.c.unit_id)
            .where(among(tc.c.task_id, ids, s))
            .order_by(tc.c.task_id, m.Unit.search_key)
        )
        names: dict[int, list[str]] = {}
        for task_id, name in s.execute(stmt):
            names.setdefault(task_id, []).append(name)
        return {k: tuple(v) for k, v in names.items()}


def _units_alone(f: TaskFilter) -> bool:
    """Whether the filter is units, with or without priorities, alone (in any sort order). A priority
    alone is no way in for SQLite's planner already: it walks the sort's index and tests each row."""
    if not f.unit_ids:
        return False
    rest = f.replace(unit_ids=(), lead_only=False, priorities=frozenset(), sort=SortKey.DEADLINE)
    return rest.replace(descending=False) == TaskFilter()


def _overdue_leads(f: TaskFilter) -> bool:
    """Whether overdue's short deadline range leads the page (SQLite), read in deadline order: overdue
    alone or with units, words, states or priorities, sorted by deadline or by status (whose first rows
    are the overdue ones by deadline). See :meth:`BoardService._selective`."""
    return (
        f.overdue_only
        and f.due_within_days is None
        and not (f.person_ids or f.meeting_ids or f.deadline_from or f.deadline_to)
        and f.sort in (SortKey.DEADLINE, SortKey.STATUS)
    )


def _possible(segment: q.Segment, f: TaskFilter) -> bool:
    """Whether ``segment`` can hold a row of ``f`` (:meth:`board_query.Segment.possible`)."""
    needs_deadline = bool(f.overdue_only or f.due_within_days is not None or f.deadline_from or f.deadline_to)
    statuses = f.statuses
    if f.overdue_only and f.due_within_days is None:
        statuses = (
            frozenset({TaskStatus.OVERDUE}) if not statuses or TaskStatus.OVERDUE in statuses else statuses
        )
    return segment.possible(needs_deadline, statuses)


def _text_only(f: TaskFilter) -> bool:
    """Whether the filter is words alone (in any sort order)."""
    return f.replace(text="", sort=SortKey.DEADLINE, descending=False) == TaskFilter()


def _details_postgres(s: Session, stmt: Select[Any], today: date) -> dict[int, BoardRow]:
    """:meth:`BoardService._details` on PostgreSQL: one statement, each task's coordinating units, people
    and deadline changes with its row (:func:`board_pg.with_links`), where SQLite reads four."""
    rows: dict[int, BoardRow] = {}
    for *values, coordinating, assigned, changes in s.execute(board_pg.with_links(stmt)):
        moved_later = any(_deadline_end(new) > _deadline_end(old) for old, new in changes or ())
        rows[values[0]] = _row(
            tuple(values), tuple(coordinating or ()), tuple(assigned or ()), today, extended=moved_later
        )
    return rows


def _beyond(keys: tuple[Any, ...], values: tuple[Any, ...], descending: bool) -> ColumnElement[bool]:
    """The rows after the one whose sort keys are ``values`` (keyset paging)."""
    literals = [literal(v, k.type) for v, k in zip(values, keys, strict=True)]
    bound = tuple_(*literals)
    if len(keys) == 1:
        return keys[0] < literals[0] if descending else keys[0] > literals[0]  # type: ignore[no-any-return]
    # The first key's range said alone as well: SQLite starts an index on an expression (the text's
    # sort key) at a row value's bound only so; without it each next page scanned from the start.
    if descending:
        return and_(keys[0] <= literals[0], tuple_(*keys) < bound)
    return and_(keys[0] >= literals[0], tuple_(*keys) > bound)


def among(column: Any, ids: list[int], s: Session) -> ColumnElement[bool]:
    """``column IN (ids)``; on PostgreSQL ``column = ANY(:ids)`` with the ids as one array parameter: a
    page's 200 ids as 200 placeholders make a statement too long for the driver's cache, parsed again on
    every call (a fifth of a page's time in Python), and a new plan each time. Written
    ``column IN (SELECT unnest(:ids))``: the planner then knows the 200 rows come one by one and joins
    each task to its meeting, units and person by their keys; with ``= ANY(:ids)`` it hashed all 5,000
    meetings for each page (10 ms against 1 ms for the page's details, EXPLAIN ANALYZE)."""
    if s.get_bind().dialect.name == "sqlite":
        return column.in_(ids)  # type: ignore[no-any-return]
    return column.in_(board_pg.unnest_ids(ids))  # type: ignore[no-any-return]


_OPEN_CODES = frozenset(code for code, status in q.STATUS_BY_CODE.items() if status.is_open)
_PRIORITIES = {p.rank: p for p in Priority}


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _deadline_end(token: str | None) -> str:
    """The last day of a deadline's history token (2021-03-31, <2021-03-31, 2021-03-25..2021-04-30), or
    the token itself (2022-Q1, 2022): comparable between two tokens of the same form."""
    days = _ISO_DAY.findall(token or "")
    return days[-1] if days else (token or "")


def _row(
    values: tuple[Any, ...],
    coordinators: tuple[str, ...],
    assignees: tuple[str, ...],
    today: date,
    *,
    extended: bool = False,
) -> BoardRow:
    """A board row from the columns of :meth:`BoardService._details` (plain tuple: 200 per page)."""
    (
        ident,
        meeting_id,
        text,
        source_kind,
        source_id,
        lead,
        responsible,
        deadline,
        priority,
        progress,
        completed_on,
        code,
        meeting_title,
        meeting_date,
        assignee_text,
        deadline_kind,
        deadline_start,
        deadline_end,
        deadline_wording,
        date_precision,
    ) = values
    stated = None
    if deadline is not None:
        stated = Deadline.stored(deadline_kind, deadline_end, deadline_start, deadline, deadline_wording)
    days_left = (deadline - today).days if deadline is not None and code in _OPEN_CODES else None
    return BoardRow(
        id=ident,
        meeting_id=meeting_id,
        source_kind=source_kind,
        source_id=source_id,
        text=first_line(text or ""),
        lead_unit=lead or "",
        coordinating=", ".join(coordinators),
        responsible=responsible or "",
        deadline=deadline,
        deadline_text=fmt_day(deadline),
        priority=_PRIORITIES[priority],
        status=q.STATUS_BY_CODE[code],
        progress=progress,
        progress_text=f"{progress}%",
        meeting=f"{_meeting_day(meeting_date, date_precision)} · {meeting_title}",
        meeting_date=meeting_date,
        completed_on=completed_on,
        days_left=days_left,
        assignees=assignees,
        assignee_text=assignee_text or "",
        deadline_spec=stated,
        extended=extended,
    )


def _buckets(totals: dict[date, list[int]], bucket: str) -> list[CompletionBucket]:
    """The periods from the first to the last with completions, the empty ones between included."""
    if not totals:
        return []
    out: list[CompletionBucket] = []
    current, last = min(totals), max(totals)
    while current <= last:
        on_time, late_n = totals.get(current, [0, 0])
        out.append(CompletionBucket(current, on_time, late_n))
        current = _next_bucket(current, bucket)
    return out


def _bucket_start(year: int, month: int, bucket: str) -> date:
    if bucket == "year":
        return date(year, 1, 1)
    if bucket == "quarter":
        return date(year, 3 * ((month - 1) // 3) + 1, 1)
    return date(year, month, 1)


def _next_bucket(start: date, bucket: str) -> date:
    step = {"month": 1, "quarter": 3, "year": 12}[bucket]
    months = start.year * 12 + start.month - 1 + step
    return date(months // 12, months % 12 + 1, 1)


__all__ = [
    "BoardRow",
    "BoardService",
    "CompletionBucket",
    "Cursor",
    "Reminders",
    "SortKey",
    "StatusCounts",
    "TaskFilter",
    "UnitStatusCounts",
    "first_line",
    "fmt_day",
]


def _meeting_day(day: date, precision: str | None) -> str:
    """The meeting's date on the board: "19/01/2021", or "01/2021" for a meeting known by its month."""
    return f"{day.month:02d}/{day.year}" if precision == "month" else fmt_day(day)
