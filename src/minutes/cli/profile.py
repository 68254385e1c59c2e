"""``minutes profile [--unit UNIT | --name PROFILE] list|show|set|import|export|use``: the organisation
profiles documents are issued under (one per organising unit; the default one for meetings without)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from minutes import fileio
from minutes.cli.common import CliContext
from minutes.errors import ImportFormatError, ValidationError
from minutes.export.profile import FIELDS, OrgProfileData, dumps, field_spec, get_value, loads, parse_value
from minutes.services.profile import ProfileRecord, ProfileService


def register(sub: Any) -> None:
    p = sub.add_parser(
        "profile",
        help="show or change the organisation profiles used by documents",
        description="An organisation profile: names, place, codes, numbering, signers and recipients printed on "
        "the official documents. Each organising unit has its own (--unit); a meeting prints under its "
        "organising unit's profile. Keys are dotted (issuing_body, conclusion.party.right, minutes.recipients); "
        "lists take one value per line, ' | ' between values, or a JSON array.",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--unit", metavar="UNIT", help="the profile of this organising unit (name, short name or id)"
    )
    which.add_argument(
        "--name", metavar="PROFILE", help="the profile of this name (default: the default one)"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="list the stored profiles and the units they serve")
    show = actions.add_parser("show", help="print every setting (or one KEY)")
    show.add_argument("key", nargs="?", metavar="KEY")
    show.add_argument("--help-keys", action="store_true", help="print what each key means")
    setter = actions.add_parser("set", help="change one setting (creates the unit's profile if needed)")
    setter.add_argument("key", metavar="KEY")
    setter.add_argument("value", metavar="VALUE")
    importer = actions.add_parser("import", help="replace the profile by a JSON file (checked first)")
    importer.add_argument("file", metavar="FILE")
    exporter = actions.add_parser("export", help="write the profile to a JSON file ('-' for standard output)")
    exporter.add_argument("file", metavar="FILE")
    use = actions.add_parser(
        "use", help="--unit UNIT use PROFILE: the unit's documents use an existing profile"
    )
    use.add_argument("profile", metavar="PROFILE")
    p.set_defaults(handler=cmd_profile)


def _format(value: Any) -> str:
    if isinstance(value, tuple):
        return " | ".join(value)
    return str(value)


def _target(args: argparse.Namespace, service: ProfileService) -> dict[str, Any]:
    """The keyword arguments naming the profile the command works on."""
    if args.unit:
        return {"unit_id": service.find_unit(args.unit).id}
    return {"name": args.name} if args.name else {}


def _current(args: argparse.Namespace, service: ProfileService) -> tuple[ProfileRecord, str]:
    """The profile to show or export, and a note on where it comes from."""
    if args.unit:
        unit = service.find_unit(args.unit)
        found = service.for_unit(unit.id)
        if found is None:
            blank = ProfileRecord(None, unit.name, False, 0, OrgProfileData())
            return blank, f"{unit.name!r} has no profile yet: blank settings shown ('set' creates it)"
        return found, f"profile {found.name!r} of {unit.name!r}, version {found.version}"
    record = service.get(args.name) if args.name else service.get_default()
    stored = "blank built-in settings, not saved yet" if record.id is None else f"version {record.version}"
    return record, f"profile {record.name!r}: {stored}"


def cmd_profile(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.services.profile
    if args.action == "list":
        names = {u.id: u.name for u in ctx.services.directory.list_units()}
        for record in service.list():
            units = ", ".join(names.get(u, str(u)) for u in record.unit_ids)
            mark = " (default)" if record.is_default else ""
            print(f"{record.name}{mark}\t{record.data.family}\t{units or '-'}")
        return 0
    if args.action == "show":
        if args.key:
            field_spec(args.key)  # an unknown key is an error, not an empty answer
        record, note = _current(args, service)
        keys = [args.key] if args.key else [spec.key for spec in FIELDS]
        width = max(len(k) for k in keys)
        for spec in FIELDS:
            if spec.key not in keys:
                continue
            print(f"{spec.key.ljust(width)}  {_format(get_value(record.data, spec.key))}")
            if args.help_keys:
                print(f"{''.ljust(width)}  ({spec.help})")
        print(f"# {note}", file=sys.stderr)
        return 0
    if args.action == "set":
        record = service.set_value(args.key, parse_value(args.key, args.value), **_target(args, service))
        print(
            f"{args.key} = {_format(get_value(record.data, args.key))} (profile {record.name!r})",
            file=sys.stderr,
        )
        return 0
    if args.action == "import":
        path = Path(args.file)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ImportFormatError(path=str(path), detail=str(exc)) from None
        record = service.save(loads(text, strict=True), **_target(args, service))
        print(f"Profile {record.name!r} replaced from {path} (version {record.version}).", file=sys.stderr)
        return 0
    if args.action == "use":
        if not args.unit:
            raise ValidationError(field="use", detail="name the unit with --unit UNIT")
        unit = service.find_unit(args.unit)
        record = service.link(unit.id, service.get(args.profile).id)  # type: ignore[arg-type]
        print(f"{unit.name!r} now prints under profile {record.name!r}.", file=sys.stderr)
        return 0
    record, _note = _current(args, service)
    if args.file == "-":
        print(dumps(record.data))
    else:
        fileio.write_text(args.file, dumps(record.data) + "\n")
        print(f"Profile {record.name!r} written to {args.file}.", file=sys.stderr)
    return 0
