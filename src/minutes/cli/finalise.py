"""``minutes finalise MEETING``, ``minutes amend MEETING --reason TEXT``, ``minutes versions MEETING``,
``minutes verify [MEETING]``: finalised minutes (see minutes.services.finalise)."""

from __future__ import annotations

import argparse
from typing import Any

from minutes.cli.common import CliContext, positive_int

#: What each finding of ``verify`` means.
FINDINGS = {
    "records": "its records no longer match finalised version {version} (changed outside the application)",
    "content": "the stored content of version {version} no longer matches its digest",
    "digest": "the digest it names is not the one of its last finalised version ({version})",
}


def register(sub: Any) -> None:
    p = sub.add_parser("finalise", help="finalise a meeting's minutes: lock them and record their digest")
    p.add_argument("meeting", type=positive_int, metavar="MEETING", help="meeting id (see 'minutes list')")
    p.set_defaults(handler=cmd_finalise)

    p = sub.add_parser(
        "amend", help="open an amendment of finalised minutes (a new version), with its reason"
    )
    p.add_argument("meeting", type=positive_int, metavar="MEETING", help="meeting id")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why the finalised minutes change")
    p.set_defaults(handler=cmd_amend)

    p = sub.add_parser("versions", help="list the versions of a meeting's minutes")
    p.add_argument("meeting", type=positive_int, metavar="MEETING", help="meeting id")
    p.set_defaults(handler=cmd_versions)

    p = sub.add_parser(
        "verify",
        help="recompute the digests of finalised minutes; exit status 1 names each meeting that no longer matches",
    )
    p.add_argument(
        "meeting", type=positive_int, nargs="?", metavar="MEETING", help="one meeting (default: all)"
    )
    p.add_argument(
        "--audit",
        action="store_true",
        help="also check the audit trail's chain; exit status 1 names each row where it does not hold",
    )
    p.set_defaults(handler=cmd_verify)


def cmd_finalise(args: argparse.Namespace, ctx: CliContext) -> int:
    info = ctx.services.finalise.finalise(args.meeting)
    print(f"Meeting {args.meeting} finalised: version {info.number}, SHA-256 {info.digest}")
    return 0


def cmd_amend(args: argparse.Namespace, ctx: CliContext) -> int:
    info = ctx.services.finalise.amend(args.meeting, args.reason)
    print(
        f"Meeting {args.meeting}: amendment {info.number} opened ({info.reason}). Edit the minutes, then "
        f"'minutes finalise {args.meeting}' records version {info.number}."
    )
    return 0


def cmd_versions(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = ctx.services.finalise.versions(args.meeting)
    if not versions:
        print(f"Meeting {args.meeting} has never been finalised (a draft).")
    for v in versions:
        if v.open:
            print(
                f"{v.number}\tamendment in progress since {v.opened_at:%Y-%m-%d %H:%M} by {v.opened_by}: {v.reason}"
            )
            continue
        when = f"{v.finalised_at:%Y-%m-%d %H:%M}" if v.finalised_at else ""
        reason = f"\t{v.reason}" if v.reason else ""
        print(f"{v.number}\tfinalised {when} by {v.finalised_by}\t{v.digest}{reason}")
    return 0


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    failed = False
    found = ctx.services.finalise.verify(args.meeting)
    for f in found:
        print(f"meeting {f.meeting_id} “{f.title}”: {FINDINGS[f.kind].format(version=f.version)}")
    if found:
        print(f"{len({f.meeting_id for f in found})} meeting(s) no longer match their finalised minutes.")
        failed = True
    else:
        print("Every finalised meeting matches its digest.")
    if args.audit:
        report = ctx.services.finalise.verify_audit()
        for ident in report.broken[:50]:
            print(
                f"audit row {ident}: the chain does not hold (the row was changed, or one before it removed)"
            )
        if len(report.broken) > 50:
            print(f"... and {len(report.broken) - 50} more rows")
        before = (
            f"; {report.before_chain} older rows were written before the chain began"
            if report.before_chain
            else ""
        )
        state = "broken" if report.broken else "intact"
        print(f"Audit trail {state}: {report.checked} chained rows checked{before}; last chain {report.last}")
        failed = failed or bool(report.broken)
    return 1 if failed else 0
