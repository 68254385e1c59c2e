"""What the window shows first, read with the database's own driver before SQLAlchemy is imported.

At start (minutes.ui.launch) the meetings list's first page and the open meeting's head (its general
information, attendance and agenda: what the editor shows in view when it opens a meeting) are read
through plain ``sqlite3`` or libpq (:mod:`minutes.ui.fastread_pq`; psycopg where no libpq loads), read-only, so that a read-only window can show them while
SQLAlchemy, the models and the services are imported and configured. Nothing here writes, and nothing
here imports SQLAlchemy or the services: a test checks it.

Any doubt means no fast read (None), and the start goes the usual way: a database that is not a file of
ours at the schema this code knows (it will be upgraded or refused by the usual path), a server that
cannot be reached without asking for a password, a damaged file, a table missing.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit

log = logging.getLogger(__name__)

#: Rows of the meetings list read at start (the rest is read by the list itself once it opens).
FIRST_PAGE = 40
MIGRATIONS = Path(__file__).resolve().parent.parent / "db" / "migrations" / "versions"
ENV_URL = "MINUTES_DATABASE_URL"


@dataclass(frozen=True)
class ListRow:
    """A meeting as the list shows it (minutes.services.dto.MeetingSummary's shown fields)."""

    id: int
    title: str
    kind: str
    meeting_date: date
    location: str
    status: str
    organisation_name: str
    task_count: int
    open_task_count: int
    date_precision: str = "day"


@dataclass(frozen=True)
class AttendeeRow:
    person_name: str
    person_title: str
    group_name: str | None
    role: str
    presence: str


@dataclass(frozen=True)
class Head:
    """A meeting's head (minutes.services.dto.MeetingDetail's general fields, attendance, agenda)."""

    id: int
    title: str
    kind: str
    reference_number: str
    organisation_name: str
    meeting_date: date
    start_time: time | None
    end_time: time | None
    location: str
    chair_name: str
    chair_title: str
    secretary_name: str
    secretary_title: str
    status: str
    notes: str
    date_precision: str = "day"
    attendance: list[AttendeeRow] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)


class _Connection(Protocol):
    def execute(self, sql: str, params: Any = ...) -> Any: ...
    def close(self) -> None: ...


def head_revision() -> str | None:
    """The newest migration this code carries (its four digits), read from the migrations' file names."""
    try:
        numbers = [p.name[:4] for p in MIGRATIONS.iterdir() if re.match(r"^\d{4}", p.name)]
    except OSError:
        return None
    return max(numbers) if numbers else None


def database_url(url: str | None) -> str:
    """The database the application will open (minutes.db.engine.resolve_url, without SQLAlchemy)."""
    from minutes import paths

    candidate = url or os.environ.get(ENV_URL) or _saved_url()
    if not candidate:
        candidate = f"sqlite:///{paths.default_database_path()}"
    if "://" not in candidate:
        candidate = f"sqlite:///{Path(candidate).expanduser().resolve()}"
    return candidate


def _saved_url() -> str | None:
    from minutes import paths

    try:
        data = json.loads(
            (Path(paths.dirs().user_config_dir) / "connection.json").read_text(encoding="utf-8")
        )
    except (OSError, ValueError):
        return None
    saved = data.get("url") if isinstance(data, dict) else None
    return saved if isinstance(saved, str) and saved else None


class Driver(threading.Thread):
    """Loads libpq (:mod:`minutes.ui.fastread_pq`), else (none found) imports psycopg; :attr:`loaded` is
    set once libpq is loaded or found missing.

    Where libpq loads, psycopg is left to the database layer's import after the read-only window is shown
    (minutes.ui.launch.import_heavy): imported here too it held the GIL while the GUI thread filled and
    painted the window (first start to the read-only window, 10 alternated starts each at load 4.5-5.7:
    858 ms with psycopg imported here after libpq, 686 ms without; editing open at 3,095 and 2,899 ms)."""

    def __init__(self) -> None:
        super().__init__(name="minutes-driver-import", daemon=True)
        self.loaded = threading.Event()

    def run(self) -> None:
        found = None
        try:
            from minutes.ui import fastread_pq  # ctypes: imported here, on this thread

            found = fastread_pq.library()
        except Exception as exc:  # noqa: BLE001 - psycopg reads then
            log.info("loading libpq: %s", exc)
        finally:
            self.loaded.set()
        if found is None:
            _import_driver()

    def wait(self) -> None:
        """Until the read can start: libpq loaded, else (none found) psycopg imported."""
        self.loaded.wait()
        from minutes.ui import fastread_pq

        if fastread_pq.loaded() is None:
            self.join()


def prepare(url: str | None) -> threading.Thread | None:
    """Start loading the server's client library on a thread of its own; :meth:`FastReader.open` waits
    for it. None for a SQLite file (``sqlite3`` is imported already).

    The read-only window reads through libpq itself (10-20 ms to load), not psycopg (100-200 ms to
    import, much of it while the GUI thread waited for it)."""
    try:
        scheme = database_url(url).split("://", 1)[0]
    except Exception:  # noqa: BLE001 - FastReader.open decides
        return None
    if not scheme.startswith("postgresql"):
        return None
    worker = Driver()
    worker.start()
    return worker


def _import_driver() -> None:
    try:
        importlib.import_module("psycopg")
    except Exception as exc:  # noqa: BLE001 - imported again (and reported) by whoever needs it
        log.info("importing psycopg ahead: %s", exc)


class FastReader:
    """Read-only reads of the list's first page and a meeting's head; :meth:`open` or None."""

    def __init__(self, connection: _Connection, *, postgres: bool) -> None:
        self.connection = connection
        self.postgres = postgres

    @classmethod
    def open(cls, url: str | None, prepared: threading.Thread | None = None) -> FastReader | None:
        """A reader of the database ``url`` names, or None when the usual start should decide; ``prepared``
        is :func:`prepare`'s thread for the same address."""
        if isinstance(prepared, Driver):
            prepared.wait()
        elif prepared is not None:
            prepared.join()
        try:
            resolved = database_url(url)
            scheme = resolved.split("://", 1)[0]
            if scheme == "sqlite":
                reader = cls._sqlite(resolved)
            elif scheme.startswith("postgresql"):
                reader = cls._postgres(resolved)
            else:
                return None
            if reader is None:
                return None
            if not reader._current():
                reader.close()
                return None
            return reader
        except Exception as exc:  # noqa: BLE001 - any doubt: the usual start decides and reports
            log.info("no read-only first window: %s", exc)
            return None

    @classmethod
    def _sqlite(cls, url: str) -> FastReader | None:
        name = url.split("://", 1)[1]
        if not name.startswith("/") or name == "/" or name.startswith("/:memory:"):
            return None
        path = Path(unquote(name[1:].split("?", 1)[0]))
        if not path.is_file() or path.stat().st_size == 0:
            return None  # a new database: created by the usual path
        from minutes.db import probe

        return cls(probe.read_only(path), postgres=False)

    @classmethod
    def _postgres(cls, url: str) -> FastReader | None:
        parts = urlsplit(url)
        options = dict(parse_qsl(parts.query))
        # without a password in the address, libpq's own (~/.pgpass): one kept in the keyring is the
        # usual path's (a refused login here means that path, which asks if it must)

        params: dict[str, Any] = {
            "host": parts.hostname or options.pop("host", None),
            "port": parts.port or options.pop("port", None),
            "user": unquote(parts.username) if parts.username else options.pop("user", None),
            "password": unquote(parts.password) if parts.password else options.pop("password", None),
            "dbname": unquote(parts.path.lstrip("/")) or None,
            "connect_timeout": 5,
            **options,
        }
        from minutes.ui import fastread_pq

        try:
            fast = fastread_pq.connect(params)
        except fastread_pq.PqError as exc:  # refused: the usual path decides (and asks if it must)
            log.info("no read-only first window: %s", exc)
            return None
        if fast is not None:
            return cls(fast, postgres=True)
        import psycopg  # no libpq of its own to load: psycopg's (the same library, through its bindings)

        connection = psycopg.connect(autocommit=True, **{k: v for k, v in params.items() if v is not None})
        connection.read_only = True
        return cls(connection, postgres=True)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return list(self.connection.execute(self._sql(sql), params).fetchall())

    def _current(self) -> bool:
        rows = self._rows("SELECT version_num FROM alembic_version")
        head = head_revision()
        return bool(rows) and head is not None and str(rows[0][0])[:4] == head

    def meetings(self, limit: int = FIRST_PAGE) -> list[ListRow]:
        """The list's first rows: newest first, as minutes.services.meetings.MeetingService.list_meetings."""
        rows = self._rows(
            "SELECT m.id, m.title, m.kind, m.meeting_date, m.location, m.status, u.name, m.date_precision "
            "FROM meetings m LEFT JOIN units u ON u.id = m.organisation_id "
            "ORDER BY m.meeting_date DESC, m.id DESC LIMIT ?",
            (limit,),
        )
        counts: dict[int, tuple[int, int]] = {}
        if rows:
            marks = ", ".join("?" for _ in rows)
            for meeting_id, total, open_ in self._rows(
                "SELECT meeting_id, COUNT(id), "
                "SUM(CASE WHEN completed_on IS NULL AND cancelled_on IS NULL THEN 1 ELSE 0 END) "
                f"FROM tasks WHERE meeting_id IN ({marks}) GROUP BY meeting_id",
                tuple(r[0] for r in rows),
            ):
                counts[int(meeting_id)] = (int(total or 0), int(open_ or 0))
        return [
            ListRow(
                id=int(r[0]),
                title=r[1],
                kind=r[2],
                meeting_date=_day(r[3]),
                location=r[4],
                status=r[5],
                organisation_name=r[6] or "",
                task_count=counts.get(int(r[0]), (0, 0))[0],
                open_task_count=counts.get(int(r[0]), (0, 0))[1],
                date_precision=r[7] or "day",
            )
            for r in rows
        ]

    def head(self, meeting_id: int) -> Head | None:
        """The meeting's head, or None when there is no such meeting."""
        rows = self._rows(
            "SELECT m.id, m.title, m.kind, m.reference_number, u.name, m.meeting_date, m.start_time, "
            "m.end_time, m.location, c.full_name, c.title, s.full_name, s.title, m.status, m.notes, "
            "m.date_precision FROM meetings m LEFT JOIN units u ON u.id = m.organisation_id "
            "LEFT JOIN people c ON c.id = m.chair_id LEFT JOIN people s ON s.id = m.secretary_id "
            "WHERE m.id = ?",
            (meeting_id,),
        )
        if not rows:
            return None
        r = rows[0]
        attendance = [
            AttendeeRow(
                person_name=a[0] or "", person_title=a[1] or "", group_name=a[2], role=a[3], presence=a[4]
            )
            for a in self._rows(
                "SELECT p.full_name, p.title, a.group_name, a.role, a.presence FROM attendance a "
                "LEFT JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ? ORDER BY a.position, a.id",
                (meeting_id,),
            )
        ]
        agenda = [
            str(a[0])
            for a in self._rows(
                "SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
            )
        ]
        return Head(
            id=int(r[0]),
            title=r[1],
            kind=r[2],
            reference_number=r[3],
            organisation_name=r[4] or "",
            meeting_date=_day(r[5]),
            start_time=_clock(r[6]),
            end_time=_clock(r[7]),
            location=r[8],
            chair_name=r[9] or "",
            chair_title=r[10] or "",
            secretary_name=r[11] or "",
            secretary_title=r[12] or "",
            status=r[13],
            notes=r[14],
            date_precision=r[15] or "day",
            attendance=attendance,
            agenda=agenda,
        )

    def first_meeting(self, last_id: int) -> Head | None:
        """The meeting the window opens at start (minutes.ui.main_window.MainWindow.open_last_meeting): the
        one open at the last exit, else the newest."""
        if last_id:
            head = self.head(last_id)
            if head is not None:
                return head
        newest = self._rows("SELECT id FROM meetings ORDER BY meeting_date DESC, id DESC LIMIT 1")
        return self.head(int(newest[0][0])) if newest else None

    def close(self) -> None:
        try:
            self.connection.close()
        except Exception as exc:  # noqa: BLE001 - a read-only connection: nothing to lose
            log.info("closing the read-only connection: %s", exc)


def _day(value: Any) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _clock(value: Any) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value))
