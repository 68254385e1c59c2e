"""What CLI subcommands share: the database opened lazily, the services for the acting user."""

from __future__ import annotations

import argparse
from datetime import date
from functools import cached_property
from pathlib import Path

from minutes.errors import DatabasePasswordNeeded
from minutes.services import Database, Services
from minutes.services.users import acting_user

PASSWORD_HINT = (
    "type it when the command asks (in a terminal), keep it with 'minutes connect', or put it in ~/.pgpass"
)


class CliContext:
    def __init__(self, db_url: str | None, user: str) -> None:
        self.db_url = db_url
        self.user = user
        self._db: Database | None = None

    @cached_property
    def services(self) -> Services:
        try:
            self._db = Database(self.db_url)
        except DatabasePasswordNeeded as exc:
            # As psql does: in a terminal the password is asked, used for this command and not saved.
            if not self._ask_password(exc):
                raise DatabasePasswordNeeded(
                    url=exc.fields["url"],
                    login=exc.fields["login"],
                    detail=exc.fields["detail"] + "; " + PASSWORD_HINT,
                ) from exc
            self._db = Database(self.db_url)
        # On PostgreSQL the acting user is the database login and its role comes from the users table;
        # on SQLite the one local user has every right (minutes.services.users.acting_user).
        return Services(self._db, acting_user(self._db, self.user))

    def _ask_password(self, problem: DatabasePasswordNeeded) -> bool:
        """Ask the password in the terminal and keep it for this run; False where there is no terminal."""
        import getpass
        import sys

        from sqlalchemy.engine import make_url

        from minutes.db import credentials
        from minutes.db.engine import resolve_url

        if not sys.stdin.isatty():
            return False
        url = make_url(resolve_url(self.db_url))
        if url.password is not None:
            return False  # the address carries a password and the server refused it: asking changes nothing
        print(f"minutes: {problem.message}", file=sys.stderr)
        try:
            password = getpass.getpass(f"Password of {url.username} on {self.display_url}: ")
        except EOFError:
            return False
        if not password:
            return False
        credentials.keep_for_this_run(url, password)
        return True

    @property
    def display_url(self) -> str:
        """The database as the user named it (a file path, or an address without its password)."""
        from sqlalchemy.engine import make_url

        from minutes.db.engine import resolve_url

        url = resolve_url(self.db_url)
        try:
            parsed = make_url(url)
        except Exception:  # noqa: BLE001 - an address SQLAlchemy cannot read is shown as given
            return url
        if parsed.get_backend_name() == "sqlite":
            return parsed.database or url
        return parsed.render_as_string(hide_password=True)

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file of the database (None for PostgreSQL)."""
        from minutes.db.engine import sqlite_path

        return sqlite_path(self.db_url)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def positive_int(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {text}")
    return value


def natural_int(text: str) -> int:
    """An argparse type: a whole number of 0 or more."""
    value = _int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


def iso_date(text: str) -> date:
    """An argparse type: a real calendar date written YYYY-MM-DD (2021-02-30 is refused)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date of the calendar (YYYY-MM-DD): {text!r}") from None


def _int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if abs(value) > 10**9:
        raise argparse.ArgumentTypeError(f"too large: {text}")
    return value


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=False)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip())
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())
