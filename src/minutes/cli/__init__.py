"""The ``minutes`` command. No arguments starts the GUI; subcommands work on the same database.

Each subcommand lives in its own module under ``minutes.cli`` that defines
``register(subparsers) -> None``; the parser it adds sets ``handler=function(args, ctx) -> int``.
Add the module's name to :data:`COMMANDS`.

No traceback reaches the user: a usage error, a :class:`~minutes.errors.UserError`, a database fault
(:mod:`minutes.db.faults`) or a file that cannot be read each print one line and exit with status 2; a
bug prints one line naming the log file, where its traceback is (:mod:`minutes.logs`).
"""

from __future__ import annotations

import argparse
import builtins
import importlib
import logging
import os
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from minutes import __version__, logs
from minutes.errors import DatabaseDamaged, UserError

if TYPE_CHECKING:
    from minutes.cli.common import CliContext

log = logging.getLogger(__name__)

#: Python's own ``__import__``, kept before PySide6 is imported: PySide6 replaces it with a hook that
#: reads the source of every module imported afterwards (minutes.ui.launch.plain_imports).
PYTHON_IMPORT = builtins.__import__

COMMANDS: tuple[str, ...] = (
    "meetings",
    "interchange",
    "search",
    "export",
    "profile",
    "board",
    "storage",
    "archive",
    "finalise",
    "users",
    "connect",
)

#: Exit status of a command that could not do what was asked (argparse uses it for usage errors too).
FAILED = 2


class Parser(argparse.ArgumentParser):
    """Reports a usage error in one line, naming the help to read (sub-commands inherit the class)."""

    def error(self, message: str) -> NoReturn:
        log.warning("%s: usage error: %s", self.prog, message)
        self.exit(FAILED, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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


def _global_options() -> argparse.ArgumentParser:
    """The options before a command, and nothing else: enough to tell that the GUI is asked for."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--user")
    parser.add_argument("--lang", choices=("vi", "en"))
    parser.add_argument("--with-demo", action="store_true")
    return parser


def gui_asked(arguments: list[str]) -> argparse.Namespace | None:
    """The global options when ``arguments`` ask for the GUI (no command, no help or version), else
    None. Decided without importing any command's module, the services or SQLAlchemy: the GUI paints
    its window first (minutes.ui.launch)."""
    if any(a in ("-h", "--help", "--version") for a in arguments):
        return None
    try:
        known, rest = _global_options().parse_known_args(arguments)
    except SystemExit:  # a bad value: the full parser reports it in its own words
        return None
    return known if not rest else None


def main(argv: Sequence[str] | None = None) -> int:
    logs.configure()
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = gui_asked(arguments)
    if gui is not None:
        _warn_visible_password(gui.db)
        from minutes.ui.launch import launch

        return launch(db_url=gui.db, user=gui.user, lang=gui.lang, with_demo=gui.with_demo)
    from minutes.cli.common import CliContext

    parser = build_parser()
    args = parser.parse_args(arguments)
    _warn_visible_password(args.db)
    if args.command is None:
        from minutes.ui.launch import launch

        return launch(db_url=args.db, user=args.user, lang=args.lang, with_demo=args.with_demo)
    ctx = CliContext(db_url=args.db, user=args.user or _login_name())
    try:
        return int(args.handler(args, ctx))
    except DatabaseDamaged as exc:
        return _fail(args.command, f"{exc.message} {_restore_hint(ctx)}")
    except UserError as exc:
        return _fail(args.command, exc.message)
    except KeyboardInterrupt:
        print("minutes: interrupted; what was finished is saved, the rest was not done.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output was piped into a program that stopped reading (| head)
        _silence_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        return _fail(args.command, _describe(exc, ctx))
    finally:
        try:
            ctx.close()
        except Exception:  # noqa: BLE001 - closing must not hide the answer already given
            log.exception("closing the database failed")


def _warn_visible_password(db: str | None) -> None:
    """A password written in --db is visible to every user of this computer in the process list."""
    if not db or "://" not in db:
        return
    from urllib.parse import urlsplit  # not SQLAlchemy: the GUI paints before that is imported

    try:
        password = urlsplit(db).password
    except ValueError:
        return
    if password:
        print(
            "minutes: warning: the password in --db is visible to other users in the process list; "
            "use 'minutes connect' (keyring) or ~/.pgpass instead.",
            file=sys.stderr,
        )


def _fail(command: str, message: str) -> int:
    log.warning("minutes %s: %s", command, message)
    line = re.sub(r"\s*\n\s*", " ", message.strip())  # a driver's message may span lines: the user gets one
    print(f"minutes: {line}", file=sys.stderr)
    return FAILED


def _restore_hint(ctx: CliContext) -> str:
    """What to type to get the damaged database back from its latest good backup."""
    from minutes.db import backup

    path = ctx.sqlite_path
    good = backup.latest_good(path) if path is not None else None
    if good is None:
        return "No backup of it was found; 'minutes check' lists what is wrong."
    return f"The latest good backup is from {good.made_at:%d/%m/%Y %H:%M}: minutes --db {path} restore {good.path}"


def _describe(exc: Exception, ctx: CliContext) -> str:
    """One line for an exception that is not a UserError: a database fault, a file, or a bug."""
    from minutes.db import faults

    if faults.is_database_error(exc):
        return faults.user_error(exc, ctx.display_url).message
    if isinstance(exc, OSError) and exc.filename is not None:
        from minutes.fileio import reason

        log.warning("file error", exc_info=exc)
        return f"cannot use the file {exc.filename}: {reason(exc)}."
    log.error("unexpected error", exc_info=exc)
    return (
        f"unexpected error ({type(exc).__name__}); nothing more was done. "
        f"The details are in the log: {logs.log_path()}"
    )


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _login_name() -> str:
    for key in ("MINUTES_USER", "USER", "USERNAME", "LOGNAME"):
        if os.environ.get(key):
            return os.environ[key]
    return "user"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
