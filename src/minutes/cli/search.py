"""``minutes search QUERY`` and ``minutes reindex``."""

from __future__ import annotations

import argparse
import html
import re
import sys
from typing import Any

from minutes.cli.common import CliContext, positive_int
from minutes.search import KINDS, SearchResult, group_by_kind

GROUP_TITLES = {
    "meeting": "Meetings",
    "person": "People",
    "unit": "Units",
    "report": "Reports",
    "figure": "Figures",
    "contribution": "Contributions",
    "conclusion": "Conclusions",
    "recommendation": "Recommendations",
    "task": "Tasks",
    "progress": "Progress updates",
}
_TAG = re.compile(r"</?b>")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="find anything, with or without accents",
        description=(
            'Words must all match as whole words; word* matches a beginning; "quoted words" must appear '
            "together. Accents, đ/d and case are ignored. Exit status 1 when nothing is found."
        ),
    )
    p.add_argument("query", help='what to look for, e.g. "giai phong mat bang" or dinh*')
    p.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        metavar="KIND",
        help=f"only this kind (repeatable): {', '.join(KINDS)}",
    )
    p.add_argument(
        "--limit", type=positive_int, default=50, metavar="N", help="at most N results (default 50)"
    )
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("reindex", help="rebuild the search index from the records")
    p.set_defaults(handler=cmd_reindex)


def plain(fragment: str, bold: bool) -> str:
    """A snippet for the terminal: matches in bold on a terminal, no markup otherwise."""
    marked = _TAG.sub(lambda t: ("\033[1m" if t.group() == "<b>" else "\033[0m") if bold else "", fragment)
    return html.unescape(marked)


def where(result: SearchResult) -> str:
    parts = []
    if result.meeting_id is not None and result.kind != "meeting":
        day = result.meeting_date.strftime("%d/%m/%Y") if result.meeting_date else ""
        parts.append(f"meeting {result.meeting_id} {day}".rstrip())
    if result.task_id is not None and result.kind != "task":
        parts.append(f"task {result.task_id}")
    return ", ".join(parts)


def cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    results = ctx.services.search.search(args.query, kinds=args.kind, limit=args.limit, prefix_last=False)
    bold = sys.stdout.isatty()
    for kind, items in group_by_kind(results):
        print(f"{GROUP_TITLES.get(kind, kind)} ({len(items)})")
        for r in items:
            head = " · ".join(x for x in (plain(r.title_html, bold), where(r)) if x)
            print(f"  #{r.entity_id:<6} {head}")
            if r.snippet_html:
                print(f"          {plain(r.snippet_html, bold)}")
    if not results:
        print("Nothing found.", file=sys.stderr)
        return 1
    return 0


def cmd_reindex(_args: argparse.Namespace, ctx: CliContext) -> int:
    count = ctx.services.search.rebuild()
    print(f"Search index rebuilt: {count} entries.")
    return 0
