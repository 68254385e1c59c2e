"""What CLI subcommands share: the database opened lazily, the services for the acting user."""

from __future__ import annotations

from functools import cached_property

from minutes.services import Actor, Database, Services


class CliContext:
    def __init__(self, db_url: str | None, user: str) -> None:
        self.db_url = db_url
        self.user = user
        self._db: Database | None = None

    @cached_property
    def services(self) -> Services:
        self._db = Database(self.db_url)
        return Services(self._db, Actor(self.user))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=False)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip())
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())
