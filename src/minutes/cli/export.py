"""``minutes export MEETING --doc minutes|conclusion|plan|status --style state|party|plain -o FILE [--pdf]``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from minutes.cli.common import CliContext
from minutes.errors import ValidationError
from minutes.export.documents import Options, check, export_meeting
from minutes.export.profile import DocKind

#: Command-line names of the documents ("status" is the task status report).
DOCS: dict[str, DocKind] = {
    "minutes": "minutes",
    "conclusion": "conclusion",
    "plan": "plan",
    "status": "report",
}
ISSUE_TEXT = {
    "no_chair": "no chair is recorded",
    "no_secretary": "no secretary is recorded: the name is left blank",
    "no_start_time": "the start time is unknown: dotted blanks are printed",
    "no_end_time": "the closing time is unknown: dotted blanks are printed",
    "recommendation_unassigned": "no task answers this recommendation: printed as [Chưa giao]",
    "task_incomplete": "this task is not fully assigned (missing: {fields})",
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="write an official document of a meeting (DOCX, or PDF through LibreOffice)",
        description="Write the minutes, the conclusion notice, the landscape task plan or the task status report "
        "of a meeting, in the state (Decree 30/2020), Party (HD 36-HD/VPTW) or plain English layout. "
        "Names, codes, signers and recipients come from the organisation profile ('minutes profile show').",
    )
    p.add_argument("meeting", type=int, metavar="MEETING", help="meeting id (see 'minutes list')")
    p.add_argument("--doc", choices=tuple(DOCS), default="minutes", help="which document (default: minutes)")
    p.add_argument(
        "--style", choices=("state", "party", "plain"), help="layout family (default: the profile's)"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write (.docx or .pdf)")
    p.add_argument("--pdf", action="store_true", help="write PDF (needs LibreOffice); implied by a .pdf name")
    p.add_argument(
        "--number", type=int, metavar="N", help="the document's number (default: blank, numbered by hand)"
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date of issue (default: blank, dated by hand)")
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    output = Path(args.output)
    as_pdf = bool(args.pdf) or output.suffix.lower() == ".pdf"
    if as_pdf and output.suffix.lower() != ".pdf":
        output = output.with_suffix(".pdf")
    issued_on = None
    if args.date:
        try:
            issued_on = date.fromisoformat(args.date)
        except ValueError:
            raise ValidationError(field="--date", detail=f"not a date (YYYY-MM-DD): {args.date!r}") from None
    if args.number is not None and args.number < 1:
        raise ValidationError(field="--number", detail="must be 1 or more")
    kind = DOCS[args.doc]
    meeting = ctx.services.meetings.get(args.meeting)
    options = Options(family=args.style, number=args.number, issued_on=issued_on)
    written = export_meeting(ctx.services, args.meeting, kind, output, options=options, as_pdf=as_pdf)
    for issue in check(meeting):
        if kind != "minutes" and issue.code in ("no_secretary", "no_start_time", "no_end_time"):
            continue
        text = ISSUE_TEXT[issue.code].format(fields=", ".join(issue.fields))
        subject = f" - {_short(issue.text)}" if issue.text else ""
        print(f"note: {text}{subject}", file=sys.stderr)
    print(f"Written {written}.", file=sys.stderr)
    print(written)
    return 0


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
