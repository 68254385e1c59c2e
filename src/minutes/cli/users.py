"""``minutes users add LOGIN --role ROLE [--person NAME] [--unit NAME]``, ``minutes users list``,
``minutes users set-role LOGIN ROLE [--unit NAME]``: who may do what (minutes.services.users)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from minutes.cli.common import CliContext
from minutes.errors import ValidationError
from minutes.services.permissions import ROLES


def register(sub: Any) -> None:
    p = sub.add_parser("users", help="the users of a shared database and their roles")
    users = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users.add_parser(
        "add", help="register a login in a role (on PostgreSQL: create it and grant its role)"
    )
    add.add_argument("login", metavar="LOGIN", help="the database login (letters a-z, digits, _ . -)")
    add.add_argument("--role", required=True, choices=ROLES, help="what the user may do")
    add.add_argument("--person", metavar="NAME", help="the person in the directory this login is")
    add.add_argument("--unit", metavar="NAME", help="the unit whose tasks a unit member reports on")
    add.set_defaults(handler=cmd_add)
    listing = users.add_parser("list", help="list the users and their roles")
    listing.set_defaults(handler=cmd_list)
    change = users.add_parser("set-role", help="change a user's role")
    change.add_argument("login", metavar="LOGIN")
    change.add_argument("role", choices=ROLES)
    change.add_argument("--unit", metavar="NAME", help="the unit (for the role 'unit')")
    change.set_defaults(handler=cmd_set_role)


def _unit(ctx: CliContext, name: str | None) -> int | None:
    return ctx.services.profile.find_unit(name).id if name else None


def _person(ctx: CliContext, name: str | None) -> int | None:
    if not name:
        return None
    found = ctx.services.directory.find_people(name, limit=2)
    exact = [p for p in found if p.full_name.casefold() == name.strip().casefold()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0].id
    raise ValidationError(field="--person", detail=f"no single person in the directory matches {name!r}")


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    done = ctx.services.users.add(
        args.login, args.role, person_id=_person(ctx, args.person), unit_id=_unit(ctx, args.unit)
    )
    print(f"User {args.login.strip().lower()} added as {args.role}.")
    if done:
        print(done, file=sys.stderr)
    return 0


def cmd_list(_args: argparse.Namespace, ctx: CliContext) -> int:
    for u in ctx.services.users.list_users():
        state = "" if u.active else "\tinactive"
        print(f"{u.login}\t{u.role}\t{u.person_name}\t{u.unit_name}{state}")
    return 0


def cmd_set_role(args: argparse.Namespace, ctx: CliContext) -> int:
    done = ctx.services.users.set_role(args.login, args.role, unit_id=_unit(ctx, args.unit))
    print(f"User {args.login.strip().lower()} is now {args.role}.")
    if done:
        print(done, file=sys.stderr)
    return 0
