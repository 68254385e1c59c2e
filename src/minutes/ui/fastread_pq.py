"""The start's read-only reads on PostgreSQL through libpq itself (``ctypes``), without psycopg.

Importing psycopg takes 100-200 ms on a quiet machine (its adapters, ``asyncio``, ``typing_extensions``,
``importlib.metadata``...), and the read-only window (minutes.ui.fastread) waited for it before its first
read. Its reads are a few plain statements whose values are text, numbers, dates and times: libpq's own
functions (the library psycopg's wheel carries, or the system's) read them in a few milliseconds after a
10-20 ms load. The connection is libpq's, with what psycopg would give it: the same keywords, libpq's
password file, ``connect_timeout``, text as UTF-8; every statement runs read-only
(``default_transaction_read_only``), dates come as ISO text.

:func:`connect` gives None where no libpq can be loaded: minutes.ui.fastread then reads through psycopg.
"""

from __future__ import annotations

import ctypes
import glob
import importlib.util
import logging
import sys
from datetime import date, time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CONNECTION_OK = 0
PGRES_TUPLES_OK = 2
PGRES_COMMAND_OK = 1
# type OIDs (pg_type.dat): what the start's statements return
INTEGERS = {20, 21, 23, 26}  # int8, int2, int4, oid
NUMERIC = 1700
DATE = 1082
TIME = 1083
BOOL = 16

_library: ctypes.CDLL | None = None


def _candidates() -> list[str]:
    """libpq as psycopg's binary wheel carries it (beside or inside its package), then the system's."""
    found: list[str] = []
    try:
        spec = importlib.util.find_spec("psycopg_binary")  # located, not imported
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        for folder in (package.parent / "psycopg_binary.libs", package / ".dylibs", package):
            found += sorted(glob.glob(str(folder / "libpq*")))
    if sys.platform == "win32":
        found.append("libpq.dll")
    elif sys.platform == "darwin":
        found.append("libpq.5.dylib")
    else:
        found.append("libpq.so.5")
    return found


def loaded() -> ctypes.CDLL | None:
    """libpq if :func:`library` loaded it already."""
    return _library


def library() -> ctypes.CDLL | None:
    """libpq, loaded once with the signatures used here; None when none loads."""
    global _library
    if _library is not None:
        return _library
    for candidate in _candidates():
        try:
            lib = ctypes.CDLL(candidate)
        except OSError:
            continue
        c_char_pp = ctypes.POINTER(ctypes.c_char_p)
        lib.PQconnectdbParams.restype = ctypes.c_void_p
        lib.PQconnectdbParams.argtypes = [c_char_pp, c_char_pp, ctypes.c_int]
        lib.PQstatus.argtypes = [ctypes.c_void_p]
        lib.PQerrorMessage.restype = ctypes.c_char_p
        lib.PQerrorMessage.argtypes = [ctypes.c_void_p]
        lib.PQfinish.argtypes = [ctypes.c_void_p]
        lib.PQexecParams.restype = ctypes.c_void_p
        lib.PQexecParams.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_void_p,
            c_char_pp,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_int,
        ]
        lib.PQexec.restype = ctypes.c_void_p
        lib.PQexec.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        lib.PQresultStatus.argtypes = [ctypes.c_void_p]
        lib.PQresultErrorMessage.restype = ctypes.c_char_p
        lib.PQresultErrorMessage.argtypes = [ctypes.c_void_p]
        for name in ("PQntuples", "PQnfields"):
            getattr(lib, name).argtypes = [ctypes.c_void_p]
        lib.PQftype.restype = ctypes.c_uint
        lib.PQftype.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.PQgetvalue.restype = ctypes.c_char_p  # text results: NUL-terminated
        lib.PQgetvalue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        lib.PQgetisnull.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        lib.PQclear.argtypes = [ctypes.c_void_p]
        _library = lib
        return lib
    return None


class PqError(RuntimeError):
    """A refused connection or a failed statement (minutes.ui.fastread: no read-only window)."""


class Rows:
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self.rows


class PqConnection:
    """One libpq connection; :meth:`execute` as a DB-API cursor's with ``%s`` placeholders."""

    def __init__(self, lib: ctypes.CDLL, handle: int) -> None:
        self.lib = lib
        self.handle: int | None = handle

    def execute(self, sql: str, params: Any = ()) -> Rows:
        if self.handle is None:
            raise PqError("the connection is closed")
        values = [None if p is None else str(p).encode() for p in params]
        numbered = sql
        for n in range(1, len(values) + 1):
            numbered = numbered.replace("%s", f"${n}", 1)
        array = (ctypes.c_char_p * max(1, len(values)))(*values)
        result = self.lib.PQexecParams(
            self.handle, numbered.encode(), len(values), None, array, None, None, 0
        )
        if not result:
            raise PqError(_text(self.lib.PQerrorMessage(self.handle)))
        try:
            status = self.lib.PQresultStatus(result)
            if status == PGRES_COMMAND_OK:
                return Rows([])
            if status != PGRES_TUPLES_OK:
                raise PqError(_text(self.lib.PQresultErrorMessage(result)))
            return Rows(self._rows(result))
        finally:
            self.lib.PQclear(result)

    def setup(self, sql: str) -> None:
        """Statements without parameters or rows (several, ``;``-separated, in one round trip)."""
        assert self.handle is not None
        result = self.lib.PQexec(self.handle, sql.encode())
        if not result:
            raise PqError(_text(self.lib.PQerrorMessage(self.handle)))
        try:
            if self.lib.PQresultStatus(result) != PGRES_COMMAND_OK:
                raise PqError(_text(self.lib.PQresultErrorMessage(result)))
        finally:
            self.lib.PQclear(result)

    def _rows(self, result: int) -> list[tuple[Any, ...]]:
        lib = self.lib
        columns = [lib.PQftype(result, c) for c in range(lib.PQnfields(result))]
        rows = []
        for r in range(lib.PQntuples(result)):
            row: list[Any] = []
            for c, oid in enumerate(columns):
                if lib.PQgetisnull(result, r, c):
                    row.append(None)
                else:
                    row.append(_value(oid, lib.PQgetvalue(result, r, c).decode("utf-8")))
            rows.append(tuple(row))
        return rows

    def close(self) -> None:
        if self.handle is not None:
            self.lib.PQfinish(self.handle)
            self.handle = None


def _value(oid: int, raw: str) -> Any:
    if oid in INTEGERS:
        return int(raw)
    if oid == NUMERIC:
        return int(raw) if raw.lstrip("-").isdigit() else float(raw)
    if oid == DATE:
        return date.fromisoformat(raw)
    if oid == TIME:
        return time.fromisoformat(raw)
    if oid == BOOL:
        return raw == "t"
    return raw


def _text(message: bytes | None) -> str:
    return (message or b"").decode("utf-8", "replace").strip()


def connect(params: dict[str, Any]) -> PqConnection | None:
    """A read-only connection with libpq's keywords ``params`` (None values left out), or None when no
    libpq loads; :class:`PqError` when the server refuses (no password given where one is asked...)."""
    lib = library()
    if lib is None:
        return None
    given = {k: str(v) for k, v in params.items() if v is not None}
    given["client_encoding"] = "UTF8"
    keys = (ctypes.c_char_p * (len(given) + 1))(*[k.encode() for k in given], None)
    values = (ctypes.c_char_p * (len(given) + 1))(*[v.encode() for v in given.values()], None)
    handle = lib.PQconnectdbParams(keys, values, 0)
    if not handle:
        raise PqError("libpq could not allocate a connection")
    if lib.PQstatus(handle) != CONNECTION_OK:
        message = _text(lib.PQerrorMessage(handle))
        lib.PQfinish(handle)
        raise PqError(message)
    connection = PqConnection(lib, handle)
    try:
        # dates as ISO text; nothing written (psycopg's read_only, here for every statement). Set once
        # connected, not as startup options, which a connection pooler such as PgBouncer refuses.
        connection.setup("SET DateStyle TO ISO; SET default_transaction_read_only TO on")
    except PqError:
        connection.close()
        raise
    return connection
