"""Database faults in plain words: what a driver error means for the user, and that nothing was lost.

:func:`user_error` turns an SQLAlchemy or driver exception (a lock held too long, a read-only file, a full
disk, a damaged file, a server that cannot be reached) into a :class:`~minutes.errors.UserError` whose
message is one translatable sentence; the raw text goes to the log, never to the screen. The CLI prints
it, the GUI shows it.
"""

from __future__ import annotations

import logging
import re
import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from minutes.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseDiskError,
    DatabaseFull,
    DatabasePasswordNeeded,
    DatabaseReadOnly,
    DatabaseRefused,
    DatabaseUnavailable,
    UserError,
)

log = logging.getLogger(__name__)

_BUSY = ("database is locked", "database table is locked", "database is busy", "lock timeout", "deadlock")
_READ_ONLY = ("readonly database", "read-only", "read only", "cannot execute", "permission denied")
_FULL = ("database or disk is full", "disk is full", "no space left", "could not extend file", "disk quota")
_DAMAGED = ("malformed", "file is not a database", "not a database")
_IO = ("disk i/o error",)
#: The server wants a password: none was given (libpq: "fe_sendauth: no password supplied"), or it was wrong.
_PASSWORD = ("no password supplied", "password authentication failed")
_PASSWORD_STATES = ("28P01", "28000")
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "connection to server",
    "server closed the connection",
    "password authentication failed",
    "does not exist",
    "timeout expired",
    "unable to open database file",
)


def user_error(exc: BaseException, url: str) -> UserError:
    """The user's view of a database error on ``url`` (its password hidden by the caller)."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(orig).strip()
    first = text.splitlines()[0] if text else type(orig).__name__
    lowered = text.lower()
    log.warning("database error on %s: %s", url, first, exc_info=exc)
    if _has(lowered, _BUSY):
        return DatabaseBusy(url=url)
    if _has(lowered, _FULL):
        return DatabaseFull(url=url)
    if _has(lowered, _READ_ONLY) and not _has(lowered, ("does not exist",)):
        return DatabaseReadOnly(url=url)
    if _has(lowered, _DAMAGED):
        return DatabaseDamaged(path=url, detail=first)
    if _has(lowered, _IO):
        return DatabaseDiskError(url=url)
    if password_needed(exc):
        return DatabasePasswordNeeded(url=url, login=_login(url, text), detail=first)
    if _is_connection_problem(exc) or _has(lowered, _UNREACHABLE):
        return DatabaseUnavailable(url=url, detail=first)
    return DatabaseRefused(url=url, detail=first)


def password_needed(exc: BaseException) -> bool:
    """The server refused the connection for want of the right password."""
    if not is_database_error(exc):
        return False
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    if getattr(orig, "sqlstate", None) in _PASSWORD_STATES:
        return True
    return _has(str(orig).lower(), _PASSWORD)


def _login(url: str, text: str) -> str:
    """The login named by ``url`` (``postgresql://login@server/db``), else by the driver's message."""
    from urllib.parse import urlsplit

    try:
        login = urlsplit(url).username
    except ValueError:
        login = None
    if login:
        return login
    said = re.search(r'for user "([^"]+)"', text)
    return said.group(1) if said else "?"


def is_busy(exc: BaseException) -> bool:
    """A lock held by another writer, or (SQLite) a snapshot another writer made stale: worth a retry.
    PostgreSQL's serialization and deadlock failures are of this kind too."""
    if not is_database_error(exc):
        return False
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    code = getattr(orig, "sqlstate", None)
    return code in ("40001", "40P01") or _has(str(orig).lower(), _BUSY)


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, SQLAlchemyError | sqlite3.Error)


def _has(text: str, needles: tuple[str, ...]) -> bool:
    return any(needle in text for needle in needles)


def _is_connection_problem(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError) and bool(getattr(exc, "connection_invalidated", False))
