"""One entry point for the four documents: build from a meeting (or a list of tasks), save, convert.

The CLI, the export dialog and the benchmarks call :func:`export_meeting` / :func:`export_tasks_report`;
:func:`check` lists what a clerk should complete before printing (tasks that are not "rõ",
recommendations no task answers, a missing secretary or closing time).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document

from minutes import fileio
from minutes.domain.enums import SourceKind
from minutes.export import pdf
from minutes.export.conclusion_doc import build_conclusion
from minutes.export.labels import words
from minutes.export.minutes_doc import build_minutes
from minutes.export.plan_doc import PlanText, build_plan
from minutes.export.profile import DOC_KINDS, DocKind, OrgProfileData
from minutes.export.status_report import ReportText, build_status_report
from minutes.export.vnformat import FAMILIES, Family
from minutes.services.dto import MeetingDetail, TaskDTO

if TYPE_CHECKING:
    from minutes.services import Services

FILE_STEMS = {
    "minutes": "bien-ban",
    "conclusion": "thong-bao-ket-luan",
    "plan": "ke-hoach",
    "report": "bao-cao",
}


@dataclass(frozen=True)
class Options:
    """Choices of one export. ``family`` None: the profile's; ``issued_on`` None: date left blank."""

    family: Family | None = None
    number: int | None = None
    issued_on: date | None = None


def build(kind: DocKind, meeting: MeetingDetail, profile: OrgProfileData, family: Family, *, today: date,
          number: int | None = None, issued_on: date | None = None) -> Document:  # fmt: skip
    if kind not in DOC_KINDS:
        raise ValueError(f"unknown document {kind!r}")
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    if kind == "minutes":
        return build_minutes(meeting, profile, family, number=number)
    if kind == "conclusion":
        return build_conclusion(meeting, profile, family, number=number, issued_on=issued_on)
    if kind == "plan":
        return build_plan(meeting.tasks, profile, family, plan_text(meeting, family), number=number,
                          issued_on=issued_on, notes=source_notes(meeting, family),
                          signer_name=meeting.chair_name)  # fmt: skip
    return build_status_report(meeting.tasks, profile, family, report_text(meeting, family, today), number=number,
                               issued_on=issued_on)  # fmt: skip


def plan_text(meeting: MeetingDetail, family: Family) -> PlanText:
    w = words(family)
    kind = w.get(meeting.kind, w["other"])
    d = f"{meeting.meeting_date:%d/%m/%Y}"
    if family == "plain":
        return PlanText(f"Implementing the conclusions of the {kind} of {d}",
                        f"To turn the conclusions of the {kind} of {d} ({meeting.title}) into concrete tasks, "
                        "each with a lead unit, a deadline and a product.", meeting.meeting_date.year)  # fmt: skip
    who = f" của đồng chí {meeting.chair_name}" if meeting.chair_name else ""
    return PlanText(f"Thực hiện kết luận tại {kind} ngày {d}",
                    f"Cụ thể hóa kết luận{who} tại {kind} ngày {d} ({meeting.title}) thành các nhiệm vụ cụ thể "
                    "để tổ chức thực hiện.", meeting.meeting_date.year)  # fmt: skip


def report_text(meeting: MeetingDetail, family: Family, today: date) -> ReportText:
    w = words(family)
    kind = w.get(meeting.kind, w["other"])
    d = f"{meeting.meeting_date:%d/%m/%Y}"
    if family == "plain":
        return ReportText(f"Progress of the tasks assigned at the {kind} of {d}",
                          f"from {d} to {today:%d/%m/%Y}", today)  # fmt: skip
    return ReportText(f"Tình hình thực hiện nhiệm vụ giao tại {kind} ngày {d}",
                      f"từ ngày {d} đến ngày {today:%d/%m/%Y}", today)  # fmt: skip


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
    """Write ``doc`` to ``path`` completely or not at all (minutes.fileio: temporary file, fsync, rename)."""
    return fileio.write_with(path, lambda temp: doc.save(str(temp)), parents=True)


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
    """Build ``kind`` for the meeting with the default profile and write it (DOCX or PDF)."""
    options = options or Options()
    meeting = services.meetings.get(meeting_id)
    profile = services.profile.get_default().data
    family = options.family or profile.family
    doc = build(kind, meeting, profile, family, today=services.db.today(), number=options.number,
                issued_on=options.issued_on)  # fmt: skip
    return write(doc, path, as_pdf=as_pdf)


def export_tasks_report(tasks: Sequence[TaskDTO], profile: OrgProfileData, path: str | Path, *, subject: str,
                        period: str, as_of: date, family: Family | None = None, number: int | None = None,
                        issued_on: date | None = None, as_pdf: bool = False) -> Path:  # fmt: skip
    """The status report of any list of tasks (the task board's filter), written to ``path``."""
    doc = build_status_report(tasks, profile, family or profile.family, ReportText(subject, period, as_of),
                              number=number, issued_on=issued_on)  # fmt: skip
    return write(doc, path, as_pdf=as_pdf)


# ------------------------------------------------------------------------------------------------ checks
@dataclass(frozen=True)
class Issue:
    """Something to complete before printing. ``code``: task_incomplete (``fields`` says what is
    missing), recommendation_unassigned, no_secretary, no_chair, no_start_time, no_end_time."""

    code: str
    text: str = ""
    fields: tuple[str, ...] = ()


def check(meeting: MeetingDetail) -> list[Issue]:
    issues = []
    if not meeting.chair_name:
        issues.append(Issue("no_chair"))
    if not meeting.secretary_name:
        issues.append(Issue("no_secretary"))
    if meeting.start_time is None:
        issues.append(Issue("no_start_time"))
    if meeting.end_time is None:
        issues.append(Issue("no_end_time"))
    answered = {t.source_id for t in meeting.tasks if t.source_kind == SourceKind.RECOMMENDATION}
    for group in meeting.recommendation_groups:
        for item in group.items:
            if item.id not in answered:
                issues.append(Issue("recommendation_unassigned", item.text))
    for task in meeting.tasks:
        if task.missing:
            issues.append(Issue("task_incomplete", task.text, task.missing))
    return issues
