"""Passwords of shared (PostgreSQL) databases (issue 13, item 1).

A password is kept in the operating system's keyring (the ``keyring`` package: Windows Credential
Manager, macOS Keychain, the Secret Service on Linux desktops), under the service ``minutes`` and an
account naming the login, server, port and database. It is never written into the settings, a file or
a command line. Where no keyring is usable (a Linux machine without a Secret Service, a server), the
password typed is kept in this process's memory only and asked again at the next start.

A database address without a password takes it from here when the engine is made
(:func:`minutes.db.engine.make_engine`); when neither the keyring nor this run knows one, nothing is
passed and libpq reads ``~/.pgpass`` (or ``PGPASSFILE``) itself.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy.engine import URL

from minutes.errors import UserError

log = logging.getLogger(__name__)

SERVICE = "minutes"
DEFAULT_PORT = 5432

_lock = threading.Lock()
#: Passwords typed during this run where no keyring is usable (memory only, never saved).
_typed: dict[str, str] = {}


class KeyringUnavailable(UserError):
    template = (
        "No password store of the system can be used here ({detail}). The password was not saved: "
        "it is asked again each time the application starts."
    )


def account(url: URL) -> str:
    """The keyring account of a database: ``login@server:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}/{url.database or ''}"


def keyring_problem() -> str | None:
    """Why no keyring can be used here, or None when one can."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return "the keyring package is not installed"
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken keyring configuration is reported, not raised
        log.warning("no keyring: %s", exc)
        return str(exc) or type(exc).__name__
    if isinstance(backend, fail.Keyring):
        return "no keyring backend is available"
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return "no keyring backend is available"
    return None


def keyring_usable() -> bool:
    return keyring_problem() is None


def remember(url: URL, password: str) -> bool:
    """Keep ``password`` for ``url``'s login: in the keyring (True), or for this run only (False)."""
    key = account(url)
    with _lock:
        _typed[key] = password
    if keyring_problem() is not None:
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, key, password)
    except Exception as exc:  # noqa: BLE001 - a locked or refusing keyring: the password stays in memory
        log.warning("the keyring refused the password of %s: %s", key, exc)
        return False
    return True


def keep_for_this_run(url: URL, password: str) -> None:
    """Use ``password`` for ``url``'s login until this process ends; nothing is saved (a password typed at
    a command's prompt, as psql does)."""
    with _lock:
        _typed[account(url)] = password


def forget(url: URL) -> None:
    """Remove the password of ``url``'s login from the keyring and from this run."""
    key = account(url)
    with _lock:
        _typed.pop(key, None)
    if keyring_problem() is not None:
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        pass
    except Exception as exc:  # noqa: BLE001
        log.warning("the keyring did not remove the password of %s: %s", key, exc)


def password_for(url: URL) -> str | None:
    """The password kept for ``url``'s login (this run's first, then the keyring's), or None."""
    key = account(url)
    with _lock:
        typed = _typed.get(key)
    if typed is not None:
        return typed
    if keyring_problem() is not None:
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, key)
    except Exception as exc:  # noqa: BLE001 - an unreadable keyring: libpq may still find ~/.pgpass
        log.warning("the keyring could not be read for %s: %s", key, exc)
        return None


def clear_typed() -> None:
    """Forget the passwords typed during this run (tests)."""
    with _lock:
        _typed.clear()
