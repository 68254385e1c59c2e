"""One entry point for the four documents: build from a meeting (or a list of tasks), save, convert.

The CLI, the export dialog and the benchmarks call :func:`export_meeting` / :func:`export_tasks_report`;
:func:`check` (``minutes.export.checks``) lists what one document will leave blank or out.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from minutes import fileio
from minutes.domain.enums import SourceKind
from minutes.errors import ReferenceDateMissing, ValidationError
from minutes.export import docx_kit as kit
from minutes.export import pdf, phrases, wording
from minutes.export.checks import Issue, check
from minutes.export.conclusion_doc import build_conclusion
from minutes.export.labels import words
from minutes.export.minutes_doc import build_minutes
from minutes.export.plan_doc import PlanText, build_plan
from minutes.export.profile import DOC_KINDS, DocKind, OrgProfileData
from minutes.export.status_report import ReportText, build_status_report
from minutes.export.vnformat import FAMILIES, Family
from minutes.services.dto import MeetingDetail, TaskDTO
from minutes.services.finalise import VersionInfo

if TYPE_CHECKING:
    from minutes.services import Services

__all__ = [
    "FILE_STEMS",
    "Issue",
    "Options",
    "build",
    "check",
    "export_meeting",
    "export_tasks_report",
    "write",
]

FILE_STEMS = {
    "minutes": "bien-ban",
    "conclusion": "thong-bao-ket-luan",
    "plan": "ke-hoach",
    "report": "bao-cao",
}


@dataclass(frozen=True)
class Options:
    """Choices of one export. ``family`` None: the profile's; ``issued_on`` None: the date line left
    blank for the clerk; ``as_of``: the day a status report counts to (None: ``issued_on``);
    ``profile``: a profile by name instead of the meeting's organising unit's; ``version``: an earlier
    finalised version of the minutes (None: the draft, or the last finalised version)."""

    family: Family | None = None
    number: int | None = None
    issued_on: date | None = None
    as_of: date | None = None
    profile: str | None = None
    version: int | None = None


def reference_date(as_of: date | None, issued_on: date | None) -> date:
    """The day a report counts to: the one given, else the document's date; never the clock's (and
    never after the document's date: a report cannot count days still to come)."""
    found = as_of or issued_on
    if found is None:
        raise ReferenceDateMissing()
    if issued_on is not None and found > issued_on:
        raise ValidationError(field="as_of", detail="after the date of the report")
    return found


def build(kind: DocKind, meeting: MeetingDetail, profile: OrgProfileData, family: Family, *,
          as_of: date | None = None, number: int | None = None, issued_on: date | None = None,
          progress: Mapping[int, int] | None = None) -> Document:  # fmt: skip
    """``kind`` of ``meeting`` under ``profile``. A status report needs ``as_of`` or ``issued_on``, and
    counts the ``progress`` recorded on that day (see :func:`report_progress`)."""
    if kind not in DOC_KINDS:
        raise ValueError(f"unknown document {kind!r}")
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    issued_on = issued_on or meeting.document_dates.get(kind)  # the date recorded for this document
    if kind == "minutes":
        return build_minutes(meeting, profile, family, number=number)
    if kind == "conclusion":
        return build_conclusion(meeting, profile, family, number=number, issued_on=issued_on)
    if kind == "plan":
        return build_plan(meeting.tasks, profile, family, plan_text(meeting, profile, family), number=number,
                          issued_on=issued_on, notes=source_notes(meeting, family),
                          signer_name=meeting.chair_name, titles=phrases.people_titles(meeting))  # fmt: skip
    text = report_text(meeting, family, reference_date(as_of, issued_on))
    return build_status_report(meeting.tasks, profile, family, text, number=number, issued_on=issued_on,
                               progress=progress)  # fmt: skip


def report_progress(services: Services, tasks: Sequence[TaskDTO], day: date) -> dict[int, int]:
    """The progress of ``tasks`` recorded on ``day`` (for a report counted to a past day)."""
    from minutes.services.as_of import AsOfService

    return AsOfService(services.db, services.actor).progress_on((t.id for t in tasks), day)


def plan_text(meeting: MeetingDetail, profile: OrgProfileData, family: Family) -> PlanText:
    w = words(family)
    kind = w.get(meeting.kind, w["other"])
    d = wording.meeting_day_short(meeting.meeting_date, meeting.date_precision, family)
    title = " ".join(meeting.title.split()).rstrip(".")
    about = f" ({title})" if title else ""
    chair = phrases.person(
        profile, family, meeting.chair_name, meeting.chair_title, lower=True, with_title=False
    )
    if family == "plain":
        return PlanText(f"Implementing the conclusions of the {kind} of {d}",
                        f"To turn the conclusions of the {kind} of {d}{about} into concrete tasks to be "
                        "carried out.", meeting.meeting_date.year)  # fmt: skip
    who = f" của {chair}" if chair else ""
    return PlanText(f"Thực hiện kết luận tại {kind} {d}",
                    f"Cụ thể hóa kết luận{who} tại {kind} {d}{about} thành các nhiệm vụ cụ thể "
                    "để tổ chức thực hiện.", meeting.meeting_date.year)  # fmt: skip


def report_text(meeting: MeetingDetail, family: Family, as_of: date) -> ReportText:
    """Subject and period of a meeting's status report: from the meeting's date to ``as_of``."""
    w = words(family)
    kind = w.get(meeting.kind, w["other"])
    d = wording.meeting_day_short(meeting.meeting_date, meeting.date_precision, family)
    until = phrases.short_date(as_of, family)
    if family == "plain":
        period = f"from {d} to {until}" if as_of >= meeting.meeting_date else ""
        return ReportText(f"Progress of the tasks assigned at the {kind} of {d}", period, as_of)
    period = f"từ {d} đến ngày {until}" if as_of >= meeting.meeting_date else ""
    return ReportText(f"Tình hình thực hiện nhiệm vụ giao tại {kind} {d}", period, as_of)


def source_notes(meeting: MeetingDetail, family: Family) -> dict[int, str]:
    """Ghi chú of each task: which conclusion, recommendation or contribution it comes from."""
    w = words(family)
    numbers: dict[tuple[str, int], int] = {}
    for index, conclusion in enumerate(meeting.conclusions, start=1):
        numbers[(SourceKind.CONCLUSION, conclusion.id)] = index
    number = 0
    for group in meeting.recommendation_groups:
        for item in group.items:
            number += 1
            numbers[(SourceKind.RECOMMENDATION, item.id)] = number
    for index, contribution in enumerate(meeting.contributions, start=1):
        numbers[(SourceKind.CONTRIBUTION, contribution.id)] = index
    notes = {}
    for task in meeting.tasks:
        if task.source_kind and task.source_id is not None and (task.source_kind, task.source_id) in numbers:
            notes[task.id] = w[f"source_{task.source_kind}"].format(
                n=numbers[(task.source_kind, task.source_id)]
            )
    return notes


# ------------------------------------------------------------------------------------------------ files
def save_docx(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` to ``path`` completely or not at all (minutes.fileio: temporary file, fsync, rename);
    the zip is written by :func:`minutes.export.docx_kit.save` (what ``doc.save`` writes, faster)."""

    def writer(temp: Path) -> None:
        with open(temp, "wb") as out:
            kit.save(doc, out)

    return fileio.write_with(path, writer, parents=True)


def write(doc: Document, path: str | Path, *, as_pdf: bool) -> Path:
    """Save ``doc`` as DOCX, or as PDF through LibreOffice (the DOCX is kept only as a temporary)."""
    path = Path(path)
    if not as_pdf:
        return save_docx(doc, path)
    if not pdf.available():
        raise pdf.LibreOfficeMissing()
    with tempfile.TemporaryDirectory(prefix="minutes-export-") as work:
        source = save_docx(doc, Path(work) / f"{path.stem or 'document'}.docx")
        return pdf.docx_to_pdf(source, path)


def suggested_name(kind: DocKind, meeting_date: date, family: Family, *, as_pdf: bool = False) -> str:
    suffix = "" if family == "party" else f"-{family}"
    return f"{FILE_STEMS[kind]}-{meeting_date:%Y-%m-%d}{suffix}.{'pdf' if as_pdf else 'docx'}"


def export_meeting(services: Services, meeting_id: int, kind: DocKind, path: str | Path, *,
                   options: Options | None = None, as_pdf: bool = False) -> Path:  # fmt: skip
    """Build ``kind`` for the meeting under its organising unit's profile (or ``options.profile``) and
    write it (DOCX or PDF). :class:`~minutes.errors.ProfileMissing` when there is no such profile."""
    options = options or Options()
    if options.version is None:
        # a draft (or a status report) prints the meeting as it is: read once, not once for the
        # profile and again for the document (the busiest meeting takes tens of milliseconds to read)
        meeting, version = printed_meeting(services, meeting_id, kind)
        current = meeting if version is None else services.meetings.get(meeting_id)
        profile = services.profile.for_meeting(current, options.profile).data
    else:
        profile = services.profile.for_meeting(services.meetings.get(meeting_id), options.profile).data
        meeting, version = printed_meeting(services, meeting_id, kind, options.version)
    family = options.family or profile.family
    issued_on = options.issued_on or meeting.document_dates.get(kind)
    progress = None
    if kind == "report":
        progress = report_progress(services, meeting.tasks, reference_date(options.as_of, issued_on))
    doc = build(kind, meeting, profile, family, as_of=options.as_of, number=options.number,
                issued_on=issued_on, progress=progress)  # fmt: skip
    if version is not None:
        stamp_version(doc, version, family)
    return write(doc, path, as_pdf=as_pdf)


def printed_meeting(services: Services, meeting_id: int, kind: DocKind,
                    version: int | None = None) -> tuple[MeetingDetail, VersionInfo | None]:  # fmt: skip
    """What a document of the meeting prints: the minutes, the notice and the plan of finalised minutes
    come from the version that was finalised (``version``: an earlier one), never from records changed
    since; the status report is about the tasks today."""
    if kind == "report":
        return services.meetings.get(meeting_id), None
    return services.finalise.printed_meeting(meeting_id, version)


def stamp_version(doc: Document, version: VersionInfo, family: Family) -> None:
    """A last line saying which version of finalised minutes the document prints, and its digest (no
    date: a meeting imported as finalised was finalised elsewhere, on a day the record does not hold)."""
    digest = (version.digest or "")[:16]
    if family == "plain":
        text = f"Version {version.number}"
        if version.reason:
            text += f" (amended: {version.reason})"
        text += f" of the finalised minutes. SHA-256 {digest}…"
    else:
        text = f"Phiên bản {version.number} của biên bản đã hoàn thiện"
        if version.reason:
            text += f" (sửa đổi: {version.reason})"
        text += f". Mã kiểm tra SHA-256 {digest}…"
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT  # a note, not body text: not justified
    paragraph.paragraph_format.first_line_indent = Pt(0)
    run = paragraph.add_run(text)
    run.italic = True
    run.font.size = Pt(9)


def export_tasks_report(tasks: Sequence[TaskDTO], profile: OrgProfileData, path: str | Path, *, subject: str,
                        period: str, as_of: date, family: Family | None = None, number: int | None = None,
                        issued_on: date | None = None, as_pdf: bool = False,
                        progress: Mapping[int, int] | None = None, scope: str = "") -> Path:  # fmt: skip
    """The status report of any list of tasks (the task board's filter, worded in ``scope``), written to
    ``path``."""
    doc = build_status_report(tasks, profile, family or profile.family, ReportText(subject, period, as_of, scope),
                              number=number, issued_on=issued_on, progress=progress)  # fmt: skip
    return write(doc, path, as_pdf=as_pdf)
