"""``minutes list``, ``minutes tasks``, ``minutes demo``."""

from __future__ import annotations

import argparse
from typing import Any

from minutes.cli.common import CliContext, positive_int, print_table
from minutes.domain.status import OFFICIAL_VI
from minutes.errors import ValidationError


def register(sub: Any) -> None:
    p = sub.add_parser("list", help="list meetings, newest first")
    p.add_argument("query", nargs="?", default="", help="only meetings whose title/place/number match")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("tasks", help="list tasks with their official status")
    p.add_argument("--meeting", type=positive_int, metavar="ID", help="only the tasks of this meeting")
    p.add_argument("--open", action="store_true", help="only tasks not completed or cancelled")
    p.set_defaults(handler=cmd_tasks)

    p = sub.add_parser("demo", help="load the example meeting (Long Biên, 19/01/2021) into the database")
    p.add_argument("--force", action="store_true", help="load it even when the database already has meetings")
    p.set_defaults(handler=cmd_demo)


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    meetings = ctx.services.meetings.list_meetings(args.query)
    rows = [
        [
            str(mt.id),
            mt.meeting_date.strftime("%d/%m/%Y"),
            mt.status,
            f"{mt.open_task_count}/{mt.task_count}",
            mt.title,
        ]
        for mt in meetings
    ]
    print_table(rows, ["ID", "DATE", "STATUS", "OPEN/TASKS", "TITLE"])
    return 0


def cmd_tasks(args: argparse.Namespace, ctx: CliContext) -> int:
    sv = ctx.services
    if args.meeting:
        sv.meetings.get(args.meeting)  # an unknown meeting is an error, not an empty list
    meeting_ids = [args.meeting] if args.meeting else [mt.id for mt in sv.meetings.list_meetings()]
    rows = []
    for meeting_id in meeting_ids:
        for t in sv.tasks.list_for_meeting(meeting_id):
            if args.open and not t.status.is_open:
                continue
            rows.append(
                [
                    str(t.id),
                    str(t.meeting_id),
                    t.deadline.strftime("%d/%m/%Y") if t.deadline else "-",
                    OFFICIAL_VI[t.status],
                    f"{t.progress}%",
                    t.lead_unit_name or "-",
                    _short(t.text),
                ]
            )
    print_table(rows, ["ID", "MEETING", "DEADLINE", "STATUS", "DONE", "LEAD UNIT", "TASK"])
    return 0


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.force and not ctx.services.demo.is_empty():
        count = len(ctx.services.meetings.list_meetings())
        raise ValidationError(
            field="demo",
            detail=f"the database already holds {count} meeting(s); the example would be a second copy "
            "(add --force to load it anyway)",
        )
    meeting_id = ctx.services.demo.load()
    print(f"Loaded the example meeting as meeting {meeting_id}.")
    print(meeting_id)
    return 0


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
