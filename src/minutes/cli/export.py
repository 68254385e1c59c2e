"""``minutes export MEETING --doc minutes|conclusion|plan|status --style state|party|plain -o FILE [--pdf]``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from minutes.cli.common import CliContext
from minutes.errors import ProfileMissing, UserError, ValidationError
from minutes.export.documents import Issue, Options, check, export_meeting
from minutes.export.profile import DocKind

#: Command-line names of the documents ("status" is the task status report).
DOCS: dict[str, DocKind] = {
    "minutes": "minutes",
    "conclusion": "conclusion",
    "plan": "plan",
    "status": "report",
}
#: What each pre-export check means, in a clerk's words (see minutes.export.checks).
ISSUE_TEXT = {
    "no_issuing_body": "the profile names no issuing body: the letterhead has no name",
    "layout_not_the_profiles": "this organisation's profile is in the {text} layout: the chosen layout puts its name "
    "under another heading (Quốc hiệu or ĐẢNG CỘNG SẢN VIỆT NAM)",
    "no_chair": "no chair is recorded: the signature name is left blank",
    "no_secretary": "no secretary is recorded: the name is left blank to fill in by hand",
    "no_start_time": "the start time is not recorded: dotted blanks are printed to fill in by hand",
    "no_end_time": "the closing time is not recorded: dotted blanks are printed to fill in by hand",
    "no_location": "the place is not recorded: a dotted blank is printed",
    "no_attendance": "nobody is on the attendance list: a dotted blank is printed",
    "no_signer_role": "the profile gives the signature no role (e.g. BÍ THƯ, CHỦ TỊCH)",
    "no_report_signer": "the profile names no signer of the report: the name is left blank",
    "no_archive": "the profile names no office for the file copy: no 'Lưu ...' line is printed",
    "recommendation_unanswered": "no task answers recommendation ({items}): it is printed without who handles "
    "it or by when",
    "tasks_without_assignee": "tasks that name no lead unit or person ({count}): {items}",
    "tasks_without_deadline": "tasks without a deadline ({count}): {items}",
    "tasks_without_product": "tasks that name no product ({count}): {items}",
    "figures_incomplete": "figures that lack what their kind needs, e.g. the period a change is compared "
    "against ({count}): {items}",
    "empty_contributions": "contributions with neither a speaker nor text ({count}): {items}; each is "
    "printed as one unnamed contribution",
    "empty_conclusions": "blank conclusion points ({count}): {items}; they are left out",
    "empty_recommendations": "blank recommendations ({count}): {items}; they are left out",
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
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help="date of the document (default: blank, dated by hand); for the status report also "
                   "the day its figures are counted to (required there)")  # fmt: skip
    p.add_argument("--profile", metavar="NAME",
                   help="issue under this organisation profile (default: the meeting's organising unit's)")  # fmt: skip
    p.add_argument("--version", dest="minutes_version", type=int, metavar="N",
                   help="an earlier finalised version of the minutes (see 'minutes versions MEETING'); "
                   "default: the last finalised version, or the draft")  # fmt: skip
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
    try:
        profile = ctx.services.profile.for_meeting(meeting, args.profile).data
    except ProfileMissing as exc:
        unit = exc.fields.get("unit", "")
        where = f'--unit "{unit}" ' if unit else ""
        raise UserError(
            "{what} has no organisation profile yet, so its documents would have no letterhead. "
            "Set it up with 'minutes profile {where}set issuing_body \"...\"' (and the other keys, see "
            "'minutes profile show --help-keys'), or export with --profile NAME.",
            what=unit or "This database",
            where=where,
        ) from None
    if kind == "report" and issued_on is None:
        raise ValidationError(field="--date", detail="a status report counts tasks up to a date: give it "
                              "(YYYY-MM-DD); the report is dated that day")  # fmt: skip
    family = args.style or profile.family
    options = Options(family=family, number=args.number, issued_on=issued_on, profile=args.profile,
                      version=args.minutes_version)  # fmt: skip
    written = export_meeting(ctx.services, args.meeting, kind, output, options=options, as_pdf=as_pdf)
    for issue in check(meeting, kind, profile, family):
        print(f"note: {issue_text(issue)}", file=sys.stderr)
    print(f"Written {written}.", file=sys.stderr)
    print(written)
    return 0


def issue_text(issue: Issue) -> str:
    items = "; ".join(issue.items)
    text = ISSUE_TEXT[issue.code].format(count=len(issue.items), items=items, text=issue.text)
    if issue.code == "layout_not_the_profiles":
        return text
    return f"{text} - {_short(issue.text)}" if issue.text else text


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
