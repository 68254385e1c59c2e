"""``minutes profile show|set KEY VALUE|import FILE|export FILE``: the organisation documents are issued under."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from minutes import fileio
from minutes.cli.common import CliContext
from minutes.errors import ImportFormatError
from minutes.export.profile import FIELDS, dumps, field_spec, get_value, loads, parse_value


def register(sub: Any) -> None:
    p = sub.add_parser(
        "profile",
        help="show or change the organisation profile used by documents",
        description="The organisation profile: names, place, codes, numbering, signers and recipients printed on "
        "the official documents. Keys are dotted (issuing_body, conclusion.party.right, minutes.recipients); "
        "lists take one value per line, ' | ' between values, or a JSON array.",
    )
    p.add_argument("--name", metavar="PROFILE", help="which profile (default: the default one)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print every setting (or one KEY)")
    show.add_argument("key", nargs="?", metavar="KEY")
    show.add_argument("--help-keys", action="store_true", help="print what each key means")
    setter = actions.add_parser("set", help="change one setting")
    setter.add_argument("key", metavar="KEY")
    setter.add_argument("value", metavar="VALUE")
    importer = actions.add_parser("import", help="replace the profile by a JSON file (checked first)")
    importer.add_argument("file", metavar="FILE")
    exporter = actions.add_parser("export", help="write the profile to a JSON file ('-' for standard output)")
    exporter.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_profile)


def _format(value: Any) -> str:
    if isinstance(value, tuple):
        return " | ".join(value)
    return str(value)


def cmd_profile(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.services.profile
    if args.action == "show":
        if args.key:
            field_spec(args.key)  # an unknown key is an error, not an empty answer
        record = service.get(args.name) if args.name else service.get_default()
        keys = [args.key] if args.key else [spec.key for spec in FIELDS]
        width = max(len(k) for k in keys)
        for spec in FIELDS:
            if spec.key not in keys:
                continue
            value = _format(get_value(record.data, spec.key))
            print(f"{spec.key.ljust(width)}  {value}")
            if args.help_keys:
                print(f"{''.ljust(width)}  ({spec.help})")
        stored = "built-in defaults, not saved yet" if record.id is None else f"version {record.version}"
        print(f"# profile {record.name!r}: {stored}", file=sys.stderr)
        return 0
    if args.action == "set":
        record = service.set_value(args.key, parse_value(args.key, args.value), name=args.name)
        print(f"{args.key} = {_format(get_value(record.data, args.key))}", file=sys.stderr)
        return 0
    if args.action == "import":
        path = Path(args.file)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ImportFormatError(path=str(path), detail=str(exc)) from None
        data = loads(text, strict=True)
        record = service.save(data, name=args.name)
        print(f"Profile {record.name!r} replaced from {path} (version {record.version}).", file=sys.stderr)
        return 0
    record = service.get(args.name) if args.name else service.get_default()
    if args.file == "-":
        print(dumps(record.data))
    else:
        fileio.write_text(args.file, dumps(record.data) + "\n")
        print(f"Profile {record.name!r} written to {args.file}.", file=sys.stderr)
    return 0
