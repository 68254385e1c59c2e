"""``minutes board-export``: the task board's list, filtered as on screen, to XLSX or iCalendar."""

from __future__ import annotations

import argparse
from typing import Any

from minutes.cli.common import CliContext, iso_date, natural_int, positive_int
from minutes.domain.enums import Priority
from minutes.domain.status import TaskStatus
from minutes.domain.text import fold
from minutes.errors import ValidationError
from minutes.services import Services
from minutes.services.board import SortKey, TaskFilter
from minutes.services.task_exports import export_ics, export_xlsx


def register(sub: Any) -> None:
    p = sub.add_parser(
        "board-export",
        help="export the tasks of every meeting, filtered like the task board, to XLSX or iCalendar",
        description="Export tasks across all meetings. Filters combine (all must match); the values of one "
        "filter are alternatives (--status overdue in_progress: either).",
    )
    p.add_argument(
        "--format",
        choices=("xlsx", "ics"),
        required=True,
        help="xlsx: a spreadsheet of the tasks; ics: their deadlines as all-day calendar events",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    p.add_argument(
        "--status",
        nargs="+",
        action="extend",
        default=[],
        metavar="STATUS",
        choices=[s.value for s in TaskStatus],
        help="official status: %(choices)s",
    )
    p.add_argument(
        "--unit",
        nargs="+",
        action="extend",
        default=[],
        metavar="UNIT",
        help="lead or coordinating unit, by id or name (accents optional)",
    )
    p.add_argument("--lead-only", action="store_true", help="--unit matches the lead unit only")
    p.add_argument(
        "--person",
        nargs="+",
        action="extend",
        default=[],
        type=positive_int,
        metavar="ID",
        help="responsible person's id",
    )
    p.add_argument(
        "--meeting",
        nargs="+",
        action="extend",
        default=[],
        type=positive_int,
        metavar="ID",
        help="only tasks of these meetings",
    )
    p.add_argument("--overdue", action="store_true", help="only overdue tasks")
    p.add_argument(
        "--due-within", type=natural_int, metavar="DAYS", help="only open tasks due within DAYS days"
    )
    p.add_argument(
        "--from",
        dest="deadline_from",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="deadline on or after",
    )
    p.add_argument(
        "--to",
        dest="deadline_to",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="deadline on or before",
    )
    p.add_argument("--priority", nargs="+", action="extend", default=[], choices=[x.value for x in Priority])
    p.add_argument("--text", default="", help="words the task's text must contain (accents optional)")
    p.add_argument("--sort", choices=[k.value for k in SortKey], default=SortKey.DEADLINE.value)
    p.add_argument("--desc", action="store_true", help="sort descending")
    p.set_defaults(handler=cmd_board_export)


def unit_ids(services: Services, names: list[str]) -> tuple[int, ...]:
    """Units named on the command line: an id, an exact name, or words found in one unit's name."""
    units = services.directory.list_units()
    found: list[int] = []
    for name in names:
        if name.isdigit() and any(u.id == int(name) for u in units):
            found.append(int(name))
            continue
        key = fold(name)
        exact = [u.id for u in units if fold(u.name) == key or (u.short_name and fold(u.short_name) == key)]
        partial = [
            u.id for u in units if all(word in fold(f"{u.name} {u.short_name}") for word in key.split())
        ]
        matches = exact or partial
        if len(matches) != 1:
            detail = "no unit has this name" if not matches else "several units match; give its id"
            raise ValidationError(field=f"--unit {name}", detail=detail)
        found.append(matches[0])
    return tuple(found)


def check_ids(args: argparse.Namespace, services: Services) -> None:
    """Meetings and people named on the command line must exist (an unknown id is an error, not an
    empty export)."""
    for meeting_id in args.meeting:
        services.meetings.get(meeting_id)
    for person_id in args.person:
        services.directory.get_person(person_id)
    if args.deadline_from and args.deadline_to and args.deadline_from > args.deadline_to:
        raise ValidationError(field="--from", detail="after --to")


def build_filter(args: argparse.Namespace, services: Services) -> TaskFilter:
    check_ids(args, services)
    return TaskFilter(
        unit_ids=unit_ids(services, args.unit),
        lead_only=args.lead_only,
        person_ids=tuple(args.person),
        statuses=frozenset(TaskStatus(s) for s in args.status),
        overdue_only=args.overdue,
        due_within_days=args.due_within,
        meeting_ids=tuple(args.meeting),
        deadline_from=args.deadline_from,
        deadline_to=args.deadline_to,
        priorities=frozenset(Priority(p) for p in args.priority),
        text=args.text,
        sort=SortKey(args.sort),
        descending=args.desc,
    )


def cmd_board_export(args: argparse.Namespace, ctx: CliContext) -> int:
    services = ctx.services
    f = build_filter(args, services)
    if args.format == "xlsx":
        count = export_xlsx(services.board, f, args.output)
        print(f"Wrote {count} tasks to {args.output}")
    else:
        count = export_ics(services.board, f, args.output)
        print(f"Wrote {count} deadlines to {args.output}")
    return 0
