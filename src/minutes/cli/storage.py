"""``minutes backup [-o FILE] [--list]``, ``minutes restore FILE``, ``minutes check``.

These work on the database file or server itself, not through the services: ``check`` must be able to
look at a damaged database and ``restore`` to replace one, both of which the services refuse to open.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from minutes import paths
from minutes.cli.common import CliContext, positive_int, print_table
from minutes.db import archive, backup, links, probe
from minutes.db import tables as db_tables
from minutes.db.engine import make_engine, resolve_url
from minutes.db.migrate import HEAD_REVISION, check_compatible
from minutes.errors import DatabaseCorrupt, ValidationError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "backup",
        help="copy the database into a verified backup file",
        description="SQLite: a copy made with SQLite's backup API, checked with integrity_check, kept in the "
        "backup folder (see --list) or written to FILE. PostgreSQL: a complete archive of every table "
        "that 'minutes restore' loads into an empty database (server administrators: use pg_dump too).",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write the backup here instead of the backup folder"
    )
    p.add_argument(
        "--keep",
        type=positive_int,
        default=backup.DEFAULT_KEEP,
        metavar="N",
        help=f"backups kept in the backup folder, oldest removed first (default {backup.DEFAULT_KEEP})",
    )
    p.add_argument("--list", action="store_true", help="list the backups of this database instead")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="replace the database by a backup (the current one is kept as a backup first)",
        description="A SQLite backup replaces the SQLite database; a damaged or newer backup is refused. An "
        "archive (or a SQLite backup) is loaded into an empty database, SQLite or PostgreSQL.",
    )
    p.add_argument("file", metavar="FILE", help="a backup file (see 'minutes backup --list')")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser(
        "check",
        help="check the whole database; exit status 0 sound, 1 damaged, 2 cannot be checked",
    )
    p.set_defaults(handler=cmd_check)


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    url = resolve_url(ctx.db_url)
    path = ctx.sqlite_path
    if args.list:
        return _list(path if path is not None else _server_folder(url))
    if path is not None:
        _require_file(path)
        made = backup.make_backup(path, target=args.output, keep=None if args.output else args.keep)
        print(f"Backup of {path} written to {made} (checked with integrity_check).", file=sys.stderr)
        print(made)
        return 0
    target = Path(args.output) if args.output else _server_target(url)
    engine = make_engine(url)
    try:
        check_compatible(engine)
        summary = archive.write(engine, target)
    finally:
        engine.dispose()
    if not args.output:
        backup.rotate(target.parent, args.keep)
    print(f"Archive of {ctx.display_url} written to {target}: {summary.total} rows.", file=sys.stderr)
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    url = resolve_url(ctx.db_url)
    source = Path(args.file).expanduser()
    path = ctx.sqlite_path
    if path is not None and not archive.is_archive(source):
        restored = backup.restore(path, source)
        kept = f"; the database it replaced was kept as {restored.kept}" if restored.kept else ""
        print(f"{path} restored from {source} (schema {restored.revision}){kept}.", file=sys.stderr)
        return 0
    engine = make_engine(url)
    try:
        summary = archive.load(engine, source)
    finally:
        engine.dispose()
    print(f"{source} loaded into {ctx.display_url}: {summary.total} rows.", file=sys.stderr)
    return 0


def cmd_check(_args: argparse.Namespace, ctx: CliContext) -> int:
    url = resolve_url(ctx.db_url)
    path = ctx.sqlite_path
    if path is None:
        engine = make_engine(url)
        try:
            revision = check_compatible(engine)
            with engine.connect() as connection:
                counts = {name: 0 for name in db_tables.tables_of(connection)}
                for name, table in db_tables.tables_of(connection).items():
                    counts[name] = db_tables.count(connection, table)
                unlinked = links.unresolved(connection)
        finally:
            engine.dispose()
        print(f"ok: {ctx.display_url}: schema {revision or 'none'}, {sum(counts.values())} rows readable")
        _print_unlinked(unlinked)
        return 0
    _require_file(path)
    try:
        found = probe.inspect_file(path, check=False)
    except DatabaseCorrupt as exc:
        print(f"damaged: {exc.message}")
        return 1
    reader = probe.read_only(path)
    unlinked = []
    try:
        problems = probe.integrity(reader, full=True)
        try:
            problems += [f"foreign key: {row}" for row in reader.execute("PRAGMA foreign_key_check")]
            unlinked = links.unresolved_sqlite(reader)
        except Exception as exc:  # noqa: BLE001 - a check that cannot run is itself a finding
            problems.append(str(exc))
    finally:
        reader.close()
    if problems:
        print(f"damaged: {path}: {len(problems)} problem(s) found by integrity_check:")
        for line in problems[:20]:
            print(f"  {line}")
        good = backup.latest_good(path)
        if good is not None:
            print(f"  the latest good backup is {good.path}: minutes --db {path} restore {good.path}")
        return 1
    state = "current" if found.revision == HEAD_REVISION else f"will be upgraded to {HEAD_REVISION}"
    print(
        f"ok: {path}: integrity_check and foreign_key_check found no problem (schema {found.revision or 'none'}, {state})"
    )
    _print_unlinked(unlinked)
    return 0


def _print_unlinked(unlinked: list[links.Unresolved]) -> None:
    """What the conversion of task sources to real links (migration 0009) could not link: not damage,
    but worth a look (the task's source must be chosen again by hand)."""
    for found in unlinked:
        print(f"note: {found.line()}")


# --- helpers ---------------------------------------------------------------------------------------


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise ValidationError(field=str(path), detail="no such file")


def _list(database: Path) -> int:
    found = backup.list_backups(database, database if database.is_dir() else None)
    rows = [[f"{b.made_at:%d/%m/%Y %H:%M:%S}", b.reason, _size(b.size), str(b.path)] for b in found]
    folder = database if database.is_dir() else backup.folder_for(database)
    print_table(rows, ["MADE", "WHY", "SIZE", "FILE"])
    print(f"# {len(rows)} backup(s) in {folder}", file=sys.stderr)
    return 0


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _server_folder(url: str) -> Path:
    from sqlalchemy.engine import make_url

    shown = make_url(url).render_as_string(hide_password=True)
    key = hashlib.sha256(shown.encode("utf-8")).hexdigest()[:8]
    return paths.data_dir() / "backups" / f"server-{key}"


def _server_target(url: str) -> Path:
    folder = _server_folder(url)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / f"server-{datetime.now():%Y%m%d-%H%M%S}-manual{archive.SUFFIX}"
