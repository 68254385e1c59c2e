"""``minutes connect [--host H] [--port P] [--database D] [--user U]``: connect this computer to a shared
PostgreSQL database. The password is asked (never on the command line), the connection is tried, the
password is kept in the system's keyring (minutes.db.credentials) and the address, without it, is saved
as the database to use (minutes.db.connection). ``minutes connect --local`` goes back to the embedded
database of this computer."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from sqlalchemy.engine import make_url

from minutes.cli.common import CliContext
from minutes.db import connection, credentials


def register(sub: Any) -> None:
    p = sub.add_parser(
        "connect",
        help="connect to a shared PostgreSQL database (the password is asked and kept in the keyring)",
    )
    p.add_argument(
        "--host", metavar="SERVER", help="the server's name or address (default: as saved, else localhost)"
    )
    p.add_argument(
        "--port", type=int, metavar="PORT", help="the server's port (default: as saved, else 5432)"
    )
    p.add_argument("--database", metavar="NAME", help="the database (default: as saved, else minutes)")
    p.add_argument(
        "--user", dest="login", metavar="LOGIN", help="the database login (default: your login name)"
    )
    p.add_argument(
        "--local",
        action="store_true",
        help="forget the saved server: use the database of this computer again",
    )
    p.set_defaults(handler=cmd_connect)


def cmd_connect(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.local:
        previous = connection.parse(connection.saved_url() or "")
        if previous is not None:
            credentials.forget(previous)
        connection.forget_url()
        print("This computer uses its own database again; the saved server and its password were removed.")
        return 0
    saved = connection.parse(connection.saved_url() or "")
    url = connection.postgres_url(
        args.host or (saved.host if saved else None) or "localhost",
        args.port or (saved.port if saved else None) or credentials.DEFAULT_PORT,
        args.database or (saved.database if saved else None) or "minutes",
        args.login or (saved.username if saved else None) or ctx.user,
    )
    shown = url.render_as_string(hide_password=True)
    password = getpass.getpass(f"Password of {url.username} on {shown} (empty: ~/.pgpass): ")
    connection.check(url, password or None)
    if password:
        if credentials.remember(url, password):
            print("The password is kept in the system's keyring.")
        else:
            problem = credentials.keyring_problem() or "the keyring refused it"
            print(credentials.KeyringUnavailable(detail=problem).message, file=sys.stderr)
    path = connection.save_url(make_url(shown))
    print(f"Connected to {shown}. The application and commands use it from now on (saved in {path}).")
    return 0
