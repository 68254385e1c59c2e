"""What the export dialog produces and the work it hands to the background thread.

A :class:`MeetingSource` exports any of the four documents of one meeting; a :class:`TasksSource` (the
task board's current filter) exports the status report of its tasks. The job functions run in the
worker thread: they read through the services (their own sessions) and return plain values.
"""

from __future__ import annotations

import itertools
import tempfile
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

from minutes.export import documents, pdf
from minutes.export.html_preview import document_html, page_setup
from minutes.export.profile import DocKind
from minutes.export.status_report import ReportText, build_status_report
from minutes.export.vnformat import Family
from minutes.services import Services
from minutes.services.dto import TaskDTO
from minutes.ui.print_preview import Pages


@dataclass(frozen=True)
class MeetingSource:
    meeting_id: int


@dataclass(frozen=True)
class TasksSource:
    tasks: tuple[TaskDTO, ...]
    subject: str
    period: str


Source = MeetingSource | TasksSource


@dataclass(frozen=True)
class Request:
    source: Source
    kind: DocKind
    family: Family
    number: int | None
    issued_on: date | None


def build_document(services: Services, request: Request) -> Document:
    profile = services.profile.get_default().data
    today = services.db.today()
    if isinstance(request.source, TasksSource):
        text = ReportText(request.source.subject, request.source.period, today)
        return build_status_report(request.source.tasks, profile, request.family, text, number=request.number,
                                   issued_on=request.issued_on)  # fmt: skip
    meeting = services.meetings.get(request.source.meeting_id)
    return documents.build(request.kind, meeting, profile, request.family, today=today, number=request.number,
                           issued_on=request.issued_on)  # fmt: skip


def export_job(services: Services, request: Request, path: Path, as_pdf: bool) -> Path:
    return documents.write(build_document(services, request), path, as_pdf=as_pdf)


_counter = itertools.count(1)


def pages_job(services: Services, request: Request, workdir: Path, *, dpi: int) -> Pages:
    """The pages to preview or print: exact images when LibreOffice and pdftoppm are here, else HTML."""
    doc = build_document(services, request)
    if pdf.available() and pdf.find_pdftoppm() is not None:
        folder = Path(tempfile.mkdtemp(prefix=f"pages-{next(_counter)}-", dir=workdir))
        source = documents.save_docx(doc, folder / "document.docx")
        rendered = pdf.docx_to_pdf(source, folder / "document.pdf")
        return Pages(images=pdf.pdf_to_images(rendered, folder / "pages", dpi=dpi))
    return Pages(html=document_html(doc), setup=page_setup(doc))


# ------------------------------------------------------------------------------------------ issues list
def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def issue_text(issue: documents.Issue) -> str:
    """One line of "before printing", in the user's language."""

    names = {"lead_unit": _t("lead unit"), "coordinating_units": _t("coordinating units"),
             "deadline": _t("deadline"), "expected_product": _t("product")}  # fmt: skip
    subject = " ".join(issue.text.split())
    if len(subject) > 90:
        subject = subject[:89] + "…"
    if issue.code == "task_incomplete":
        missing = ", ".join(names.get(f, f) for f in issue.fields)
        return _t("Task without %1: %2").replace("%1", missing).replace("%2", subject)
    if issue.code == "recommendation_unassigned":
        return _t("No task answers this recommendation (printed as [Chưa giao]): %1").replace("%1", subject)
    texts = {
        "no_chair": _t("No chair is recorded: the signature name is left blank."),
        "no_secretary": _t("No secretary is recorded: the name is left blank for hand filling."),
        "no_start_time": _t("The start time is unknown: dotted blanks are printed."),
        "no_end_time": _t("The closing time is unknown: dotted blanks are printed."),
    }
    return texts.get(issue.code, issue.code)


def issues_for(services: Services, source: Source, kind: DocKind) -> list[documents.Issue]:
    if isinstance(source, TasksSource):
        return [documents.Issue("task_incomplete", t.text, t.missing) for t in source.tasks if t.missing]
    issues = documents.check(services.meetings.get(source.meeting_id))
    if kind != "minutes":
        issues = [i for i in issues if i.code not in ("no_secretary", "no_start_time", "no_end_time")]
    return issues


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
