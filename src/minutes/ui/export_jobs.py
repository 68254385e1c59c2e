"""What the export dialog produces and the work it hands to the background thread.

A :class:`MeetingSource` exports any of the four documents of one meeting; a :class:`TasksSource` (the
task board's current filter) exports the status report of its tasks. The job functions run in the
worker thread: they read through the services (their own sessions) and return plain values.
"""

from __future__ import annotations

import hashlib
import itertools
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docx.document import Document
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes.export import checks, documents, pdf
from minutes.export.html_preview import document_html, page_setup
from minutes.export.profile import DocKind, OrgProfileData
from minutes.export.status_report import ReportText, build_status_report
from minutes.export.vnformat import Family
from minutes.services import Services
from minutes.services.dto import TaskDTO
from minutes.services.profile import ProfileRecord
from minutes.ui.print_preview import Pages
from minutes.ui.tr import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MeetingSource:
    meeting_id: int


@dataclass(frozen=True)
class TasksSource:
    tasks: tuple[TaskDTO, ...]
    subject: str
    period: str
    scope: str = ""  # the board's filter in words, printed under the period ("Phạm vi: ...")


Source = MeetingSource | TasksSource


@dataclass(frozen=True)
class Request:
    source: Source
    kind: DocKind
    family: Family
    number: int | None
    issued_on: date | None
    profile: str | None = None  # a profile by name; None: the meeting's organising unit's (the default's)


def profile_record(services: Services, source: Source, name: str | None = None) -> ProfileRecord:
    """The profile a document of ``source`` is issued under: ``name``, else the meeting's organising
    unit's, else (the board's reports) the default one; :class:`ProfileMissing` when there is none."""
    if name:
        return services.profile.get(name)
    if isinstance(source, TasksSource):
        return services.profile.stored_default()
    return services.profile.for_meeting(services.meetings.get(source.meeting_id))


def profile_for(services: Services, source: Source, name: str | None) -> OrgProfileData:
    return profile_record(services, source, name).data


def build_document(services: Services, request: Request) -> Document:
    profile = profile_for(services, request.source, request.profile)
    if isinstance(request.source, TasksSource):
        day = documents.reference_date(None, request.issued_on)
        text = ReportText(request.source.subject, request.source.period, day, request.source.scope)
        return build_status_report(request.source.tasks, profile, request.family, text, number=request.number,
                                   issued_on=request.issued_on,
                                   progress=documents.report_progress(services, request.source.tasks, day))  # fmt: skip
    meeting, version = documents.printed_meeting(services, request.source.meeting_id, request.kind)
    progress = None
    if request.kind == "report":
        day = documents.reference_date(None, request.issued_on)
        progress = documents.report_progress(services, meeting.tasks, day)
    doc = documents.build(request.kind, meeting, profile, request.family, number=request.number,
                          issued_on=request.issued_on, progress=progress)  # fmt: skip
    if version is not None:
        documents.stamp_version(doc, version, request.family)
    return doc


def export_job(services: Services, request: Request, path: Path, as_pdf: bool) -> Path:
    return documents.write(build_document(services, request), path, as_pdf=as_pdf)


_counter = itertools.count(1)
#: Pages made in a work folder, by the document's content and resolution: previewed again (or printed
#: after the preview) with nothing changed in between, the document is not converted again.
_made: dict[tuple[str, str, int], list[Path]] = {}
_pdfs: dict[tuple[str, str], Path] = {}
_made_lock = threading.Lock()


def document_digest(doc: Document) -> str:
    """What the pages of ``doc`` depend on: every part of the package but its dates (core properties)."""
    digest = hashlib.blake2b(digest_size=16)
    for part in sorted(doc.part.package.iter_parts(), key=lambda p: str(p.partname)):
        name = str(part.partname)
        if name != "/docProps/core.xml":
            digest.update(name.encode())
            digest.update(part.blob)
    return digest.hexdigest()


def pages_job(services: Services, request: Request, workdir: Path, *, dpi: int) -> Pages:
    """The pages to preview or print: exact images when LibreOffice and pdftoppm are here, else HTML.
    The same document at the same resolution in the same work folder: the pages made before."""
    doc = build_document(services, request)
    if pdf.available() and pdf.find_pdftoppm() is not None:
        digest = document_digest(doc)
        with _made_lock:
            made, converted = _made.get((str(workdir), digest, dpi)), _pdfs.get((str(workdir), digest))
        if made is not None and all(p.is_file() for p in made):
            return Pages(images=list(made))
        if converted is None or not converted.is_file():
            folder = Path(tempfile.mkdtemp(prefix=f"pages-{next(_counter)}-", dir=workdir))
            source = documents.save_docx(doc, folder / "document.docx")
            converted = pdf.docx_to_pdf(source, folder / "document.pdf")
        images = pdf.pdf_to_images(
            converted, tempfile.mkdtemp(prefix=f"{dpi}-", dir=converted.parent), dpi=dpi
        )
        with _made_lock:
            _pdfs[(str(workdir), digest)] = converted
            _made[(str(workdir), digest, dpi)] = images
        return Pages(images=list(images))
    return Pages(html=document_html(doc), setup=page_setup(doc))


def forget_pages(workdir: Path) -> None:
    """The pages made in ``workdir`` are gone (the dialog removed it)."""
    with _made_lock:
        for key in [k for k in _made if k[0] == str(workdir)]:
            del _made[key]
        for pdf_key in [k for k in _pdfs if k[0] == str(workdir)]:
            del _pdfs[pdf_key]


# ------------------------------------------------------------------------------------------ issues list
def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def issue_text(issue: documents.Issue) -> str:
    """One line of "before printing", in the user's language and a clerk's words."""
    subject = " ".join(issue.text.split())
    if len(subject) > 90:
        subject = subject[:89] + "…"
    items = "; ".join(issue.items)
    if issue.code == "recommendation_unanswered":
        return _t(
            "No task answers recommendation (%1): it is printed without who handles it or by when."
        ).replace("%1", items)
    counted = {
        "tasks_without_assignee": QT_TRANSLATE_NOOP(
            "ExportDialog", "Tasks that name no lead unit or person (%1): %2"
        ),
        "tasks_without_deadline": QT_TRANSLATE_NOOP("ExportDialog", "Tasks without a deadline (%1): %2"),
        "tasks_without_product": QT_TRANSLATE_NOOP("ExportDialog", "Tasks that name no product (%1): %2"),
        "figures_incomplete": QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Figures that lack what their kind needs, e.g. the period a change is compared against (%1): %2",
        ),
        "empty_contributions": QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Contributions with neither a speaker nor text (%1): %2. Each is printed as one unnamed "
            "contribution.",
        ),
        "empty_conclusions": QT_TRANSLATE_NOOP(
            "ExportDialog", "Blank conclusion points (%1): %2. They are left out."
        ),
        "empty_recommendations": QT_TRANSLATE_NOOP(
            "ExportDialog", "Blank recommendations (%1): %2. They are left out."
        ),
    }
    if issue.code in counted:
        return _t(counted[issue.code]).replace("%1", str(len(issue.items))).replace("%2", items)
    texts = {
        "no_issuing_body": _t("The profile names no issuing body: the letterhead has no name."),
        "no_chair": _t("No chair is recorded: the signature name is left blank."),
        "no_secretary": _t("No secretary is recorded: the name is left blank to fill in by hand."),
        "no_start_time": _t("The start time is not recorded: dotted blanks are printed to fill in by hand."),
        "no_end_time": _t("The closing time is not recorded: dotted blanks are printed to fill in by hand."),
        "no_location": _t("The place is not recorded: a dotted blank is printed."),
        "no_attendance": _t("Nobody is on the attendance list: a dotted blank is printed."),
        "no_signer_role": _t("The profile gives the signature no role (e.g. BÍ THƯ, CHỦ TỊCH)."),
        "no_report_signer": _t("The profile names no signer of the report: the name is left blank."),
        "no_archive": _t("The profile names no office for the file copy: no “Lưu …” line is printed."),
    }
    if issue.code == "layout_not_the_profiles":
        family = _t("Party") if issue.text == "party" else _t("State")
        return _t("This organisation's profile is in the %1 layout: the chosen layout puts its name under another "
                  "heading.").replace("%1", family)  # fmt: skip
    text = texts.get(issue.code, issue.code)
    return f"{text} {subject}" if subject else text


def issues_for(services: Services, source: Source, kind: DocKind, family: Family,
               profile: OrgProfileData | None) -> list[documents.Issue]:  # fmt: skip
    """What this document will leave blank or out (``profile`` None: not known yet, profile not checked)."""
    if isinstance(source, TasksSource):
        found = checks.task_issues(source.tasks, "report")
        return (checks.profile_issues(profile, "report", family) if profile is not None else []) + found
    return documents.check(services.meetings.get(source.meeting_id), kind, profile, family)


class IssuesModel(QAbstractListModel):
    """What to complete before printing: preformatted lines."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[str] = []

    def set_issues(self, issues: Sequence[documents.Issue]) -> None:
        self.beginResetModel()
        self._lines = [issue_text(i) for i in issues]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._lines[index.row()]
        return None
