"""The shared database this computer connects to: its address without a password, saved by
``minutes connect`` and the connection dialog, used when neither ``--db`` nor ``MINUTES_DATABASE_URL``
names one (:func:`minutes.db.engine.resolve_url`).

It lives in ``connection.json`` in the user's configuration folder, beside the application's settings,
so the command line (which does not load Qt) and the application read the same one. The password is
never written there: it is kept by :mod:`minutes.db.credentials`.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from minutes import fileio, paths

log = logging.getLogger(__name__)

FILE_NAME = "connection.json"


def settings_file() -> Path:
    return Path(paths.dirs().user_config_dir) / FILE_NAME


def without_password(url: URL) -> str:
    return url.set(password=None).render_as_string(hide_password=False)


def postgres_url(host: str, port: int, database: str, user: str) -> URL:
    return URL.create(
        "postgresql+psycopg", username=user or None, host=host or None, port=port or None, database=database
    )


def saved_url() -> str | None:
    """The saved address, or None (no file, or one that cannot be read: logged, then ignored)."""
    path = settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("the saved connection %s cannot be read: %s", path, exc)
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url else None


def save_url(url: URL) -> Path:
    """Save ``url`` (its password, if any, is dropped) as the database to connect to."""
    text = json.dumps({"url": without_password(url)}, ensure_ascii=False, indent=2) + "\n"
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return fileio.write_text(path, text)


def forget_url() -> None:
    """Go back to the embedded database of this computer."""
    settings_file().unlink(missing_ok=True)


def parse(url: str) -> URL | None:
    try:
        return make_url(url)
    except Exception:  # noqa: BLE001 - an address SQLAlchemy cannot read
        return None


def check(url: URL, password: str | None, *, timeout: int = 10) -> None:
    """Connect once to ``url`` (with ``password``, else the keyring's or ~/.pgpass), or raise the
    :class:`~minutes.errors.UserError` that says why not. Nothing is written."""
    from sqlalchemy import create_engine, text

    from minutes.db import faults
    from minutes.errors import DatabaseUnavailable

    connect_args: dict[str, object] = {"connect_timeout": timeout}
    if password:
        connect_args["password"] = password
    elif url.password is None:
        from minutes.db import credentials

        kept = credentials.password_for(url)
        if kept is not None:
            connect_args["password"] = kept
    shown = url.render_as_string(hide_password=True)
    try:
        engine = create_engine(url, connect_args=connect_args, poolclass=_null_pool())
    except ImportError as exc:
        raise DatabaseUnavailable(url=shown, detail="its driver is not installed") from exc
    try:
        with engine.connect() as c:
            c.execute(text("SELECT 1"))
    except Exception as exc:
        if faults.is_database_error(exc):
            raise faults.user_error(exc, shown) from exc
        raise
    finally:
        engine.dispose()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool
