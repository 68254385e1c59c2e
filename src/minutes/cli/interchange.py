"""``minutes dump MEETING -o file.json`` and ``minutes import file.json`` (format: docs/interchange.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from minutes.cli.common import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("dump", help="write a meeting with everything attached to a JSON file")
    p.add_argument("meeting", type=int, metavar="MEETING", help="meeting id (see 'minutes list')")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: standard output)")
    p.set_defaults(handler=cmd_dump)

    p = sub.add_parser("import", help="import a meeting from a JSON file (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_import)


def cmd_dump(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.output:
        ctx.services.interchange.dump_to_file(args.meeting, args.output)
        print(f"Meeting {args.meeting} written to {args.output}.", file=sys.stderr)
    else:
        json.dump(ctx.services.interchange.dump(args.meeting), sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    meeting_id = ctx.services.interchange.import_file(args.file)
    print(f"Imported as meeting {meeting_id}.", file=sys.stderr)
    print(meeting_id)
    return 0
