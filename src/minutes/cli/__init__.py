"""The ``minutes`` command. No arguments starts the GUI; subcommands work on the same database.

Each subcommand lives in its own module under ``minutes.cli`` that defines
``register(subparsers) -> None``; the parser it adds sets ``handler=function(args, ctx) -> int``.
Add the module's name to :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from minutes import __version__
from minutes.cli.common import CliContext
from minutes.errors import UserError

COMMANDS: tuple[str, ...] = ("meetings", "interchange", "search", "export", "profile", "board", "archive")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes",
        description=(
            "Biên bản: meeting minutes and action tracking. Without a command, starts the application."
        ),
        epilog=(
            "The database is a SQLite file in your user data folder unless --db or MINUTES_DATABASE_URL "
            "names another (a file path or an SQLAlchemy URL such as "
            "postgresql://user@server/minutes)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"minutes {__version__}")
    parser.add_argument("--db", metavar="URL_OR_FILE", help="database to use (SQLite file or SQLAlchemy URL)")
    parser.add_argument("--user", metavar="NAME", help="acting user's name (default: the login name)")
    parser.add_argument("--lang", choices=("vi", "en"), help="language of the application (GUI)")
    parser.add_argument(
        "--with-demo",
        action="store_true",
        help="GUI: load the example meeting without asking when the database is empty",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"minutes.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        from minutes.ui.app import run_gui

        return run_gui(db_url=args.db, user=args.user, lang=args.lang, with_demo=args.with_demo)
    ctx = CliContext(db_url=args.db, user=args.user or _login_name())
    try:
        return int(args.handler(args, ctx))
    except UserError as exc:
        print(f"minutes: {exc.message}", file=sys.stderr)
        return 2
    finally:
        ctx.close()


def _login_name() -> str:
    for key in ("MINUTES_USER", "USER", "USERNAME", "LOGNAME"):
        if os.environ.get(key):
            return os.environ[key]
    return "user"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
