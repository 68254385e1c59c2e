"""``minutes list``, ``minutes tasks``, ``minutes demo``."""

from __future__ import annotations

import argparse
from typing import Any

from minutes.cli.common import CliContext, print_table
from minutes.domain.status import OFFICIAL_VI


def register(sub: Any) -> None:
    p = sub.add_parser("list", help="list meetings, newest first")
    p.add_argument("query", nargs="?", default="", help="only meetings whose title/place/number match")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("tasks", help="list tasks with their official status")
    p.add_argument("--meeting", type=int, metavar="ID", help="only the tasks of this meeting")
    p.add_argument("--open", action="store_true", help="only tasks not completed or cancelled")
    p.set_defaults(handler=cmd_tasks)

    p = sub.add_parser("demo", help="load the example meeting (Long Biên, 19/01/2021) into the database")
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


def cmd_demo(_args: argparse.Namespace, ctx: CliContext) -> int:
    meeting_id = ctx.services.demo.load()
    print(f"Loaded the example meeting as meeting {meeting_id}.")
    print(meeting_id)
    return 0


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
