"""``minutes import-document FILE...``: Word minutes and notices (folders too) become meetings (issue 18).

Each file is read (.doc and .odt through LibreOffice), recognised, checked for duplicates and saved in
one transaction with the original kept as an attachment; a file that fails does not stop the others.
A progress line is shown on a terminal; Ctrl+C stops after the current file. The summary lists what was
imported, what needs a clerk's review, duplicates and failures. Exit status: 0 when every file was
imported or was a duplicate, 1 when some failed, 2 when nothing could be done.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from typing import Any

from minutes.cli.common import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import-document",
        help="import Word minutes and conclusion notices (.docx, .doc, .odt; folders too) as meetings",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="documents or folders (searched recursively)")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="import a document even when it looks like one imported before")  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="recognise and report, save nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(handler=cmd_import_document)


def cmd_import_document(args: argparse.Namespace, ctx: CliContext) -> int:
    from minutes.archive.store import ArchiveService, collect

    files = collect(args.files)
    if not files:
        print("minutes: no documents found (.docx, .doc, .odt).", file=sys.stderr)
        return 2
    service = ArchiveService(ctx.services.db, ctx.services.actor)
    if args.dry_run:
        return _dry_run(service, files, args.json)
    stop = {"asked": False}
    tty = sys.stderr.isatty()

    def progress(done: int, total: int, path: str) -> None:
        if tty:
            name = path.rsplit("/", 1)[-1][:50]
            print(f"\rImporting {done}/{total} {name}".ljust(78), end="", file=sys.stderr, flush=True)

    def interrupt(_signum: int, _frame: object) -> None:
        if stop["asked"]:
            raise KeyboardInterrupt
        stop["asked"] = True
        print("\nStopping after the current file (Ctrl+C again to stop now).", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        summary = service.import_files(files, progress=progress, cancel=lambda: stop["asked"],
                                       allow_duplicates=args.allow_duplicates)  # fmt: skip
    finally:
        signal.signal(signal.SIGINT, previous)
        if tty:
            print("\r".ljust(79) + "\r", end="", file=sys.stderr)
    if args.json:
        json.dump({"cancelled": summary.cancelled, "files": [o.__dict__ | {"review": list(o.review)}
                                                             for o in summary.outcomes]},
                  sys.stdout, ensure_ascii=False, indent=2)  # fmt: skip
        print()
    else:
        _print_summary(summary)
    if summary.of("failed"):
        return 2 if not summary.of("imported") and not summary.of("duplicate") else 1
    return 0


def _print_summary(summary: Any) -> None:
    for o in summary.outcomes:
        if o.status == "imported":
            check = f"  check: {', '.join(o.review)}" if o.review else ""
            print(f"imported   meeting {o.meeting_id:<6} {o.path}{check}")
        elif o.status == "duplicate":
            print(f"duplicate  of meeting {o.duplicate_of:<3} {o.path}")
        elif o.status == "failed":
            print(f"failed     {o.path}: {o.message}")
    imported, review = summary.of("imported"), summary.needs_review
    print(f"{len(imported)} imported ({len(review)} to review), {len(summary.of('duplicate'))} duplicates, "
          f"{len(summary.of('failed'))} failed" + (f", {len(summary.of('cancelled'))} not imported: stopped"
                                                   if summary.cancelled else "") + ".", file=sys.stderr)  # fmt: skip


def _dry_run(service: Any, files: list[Any], as_json: bool) -> int:
    from minutes.archive.mapping import to_interchange
    from minutes.errors import UserError

    directory = service.directory()
    failed = 0
    results = []
    for path in files:
        try:
            item = service.recognise_file(path, directory)
            data = to_interchange(item.meeting, source_name=item.doc.name)
        except UserError as exc:
            failed += 1
            print(f"failed     {path}: {exc.message}", file=sys.stderr)
            continue
        mt = data["meeting"]
        results.append({"file": str(path), "layout": item.meeting.layout, "review": item.meeting.needs_review(),
                        "interchange": data})  # fmt: skip
        if not as_json:
            print(f"{item.meeting.layout:<14} {mt['date']}  {mt['title'][:60]}  ({len(mt['attendance'])} attendees, "
                  f"{len(mt['contributions'])} contributions, {len(mt['conclusions'])} conclusions, "
                  f"{len(mt['tasks'])} tasks)  {path}")  # fmt: skip
    if as_json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 1 if failed else 0
