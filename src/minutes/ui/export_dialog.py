"""The official documents dialog: choose the document, its layout family and the output, then export
(DOCX or PDF), preview or print. All document work runs off the GUI thread (:class:`JobRunner`).

Tests drive it like a person (combo boxes, fields, buttons) and replace :func:`ask_save_path` and
:func:`minutes.ui.print_preview.ask_printer`, the two places that would open a modal system dialog.
"""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.export import documents, pdf
from minutes.export.profile import DocKind
from minutes.export.vnformat import Family
from minutes.services.dto import TaskDTO
from minutes.ui import print_preview
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message
from minutes.ui.export_jobs import (
    IssuesModel,
    MeetingSource,
    Request,
    Source,
    TasksSource,
    export_job,
    forget_pages,
    issues_for,
    pages_job,
)
from minutes.ui.export_worker import JobRunner
from minutes.ui.profile_choice import ProfileChoice
from minutes.ui.profile_setup import ProfileSetupDialog
from minutes.ui.tr import QT_TRANSLATE_NOOP

#: The PDF errors of minutes.export.pdf, listed for translation (context "errors", like minutes.errors).
PDF_ERRORS = (
    QT_TRANSLATE_NOOP("errors", "PDF files are made with LibreOffice, which is not installed on this computer. "
                      "Install LibreOffice (https://www.libreoffice.org) and try again, or export to DOCX."),
    QT_TRANSLATE_NOOP("errors", "LibreOffice could not convert {name} to PDF: {detail}"),
    QT_TRANSLATE_NOOP("errors", "LibreOffice did not finish converting {name} to PDF within {seconds} seconds."),
)  # fmt: skip
KINDS: tuple[DocKind, ...] = ("minutes", "conclusion", "plan", "report")
FAMILIES: tuple[Family, ...] = ("state", "party", "plain")


def ask_save_path(parent: QWidget, suggested: str, as_pdf: bool) -> str:
    """The system "save as" dialog (tests replace this function)."""
    caption = QCoreApplication.translate("ExportDialog", "Save the document as")
    filters = (QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)") if as_pdf
               else QCoreApplication.translate("ExportDialog", "Word documents (*.docx)"))  # fmt: skip
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialog(QDialog):
    exported = Signal(object)  # Path of the written file
    pages_ready = Signal(object)  # Pages, after a preview or print request

    def __init__(self, ctx: UiContext, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Official documents"))
        self.ctx = ctx
        self.source = source
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._job_done)
        self.runner.failed.connect(self._job_failed)
        self.last_written: Path | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.printed_pages = 0
        self._workdir = Path(tempfile.mkdtemp(prefix="minutes-preview-"))
        self._path_edited = False
        self._meeting_date = date.today()
        self._asking = False
        self._build()
        self._load_defaults()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("exportKind")
        names = {"minutes": self.tr("Minutes (biên bản)"), "conclusion": self.tr("Conclusion notice (thông báo kết luận)"),
                 "plan": self.tr("Task plan, landscape (kế hoạch theo biểu ngang)"),
                 "report": self.tr("Task status report (báo cáo tình hình thực hiện)")}  # fmt: skip
        kinds = ("report",) if isinstance(self.source, TasksSource) else KINDS
        for kind in kinds:
            self.kind_combo.addItem(names[kind], kind)
        self.family_combo = QComboBox(self)
        self.family_combo.setObjectName("exportFamily")
        for family, label in zip(FAMILIES, (self.tr("State (Decree 30/2020/NĐ-CP)"),
                                            self.tr("Party (Guidance 36-HD/VPTW)"), self.tr("Plain (English)")), strict=True):  # fmt: skip
            self.family_combo.addItem(label, family)
        self.profile_choice = ProfileChoice(self.ctx, self.source, self)
        self.profile_combo = self.profile_choice.combo
        self.setup_button = self.profile_choice.setup_button
        self.number_spin = QSpinBox(self)
        self.number_spin.setObjectName("exportNumber")
        self.number_spin.setRange(0, 99999)
        self.number_spin.setSpecialValueText(self.tr("blank (numbered by hand)"))
        self.number_spin.setMinimumWidth(220)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_spin)
        number_row.addStretch(1)
        self.date_check = QCheckBox(self.tr("Print the date of issue"), self)
        self.date_check.setObjectName("exportDateCheck")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("exportDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setEnabled(False)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_check)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        self.docx_radio = QRadioButton(self.tr("Word document (DOCX)"), self)
        self.docx_radio.setObjectName("exportDocx")
        self.pdf_radio = QRadioButton(self.tr("PDF"), self)
        self.pdf_radio.setObjectName("exportPdf")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.docx_radio)
        self.format_group.addButton(self.pdf_radio)
        self.docx_radio.setChecked(True)
        format_row = QHBoxLayout()
        format_row.addWidget(self.docx_radio)
        format_row.addWidget(self.pdf_radio)
        format_row.addStretch(1)
        self.pdf_note = QLabel(self.tr("PDF, exact preview and printing need LibreOffice, which is not installed; "
                                       "the preview shows a simplified layout."), self)  # fmt: skip
        self.pdf_note.setObjectName("exportPdfNote")
        self.pdf_note.setWordWrap(True)
        self.pdf_note.setVisible(not pdf.available())
        self.pdf_radio.setEnabled(pdf.available())
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.issues = IssuesModel(self)
        self.issues_view = QListView(self)
        self.issues_view.setObjectName("exportIssues")
        self.issues_view.setModel(self.issues)
        self.issues_view.setUniformItemSizes(True)
        self.issues_view.setWordWrap(False)
        self.issues_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.issues_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.issues_view.setMinimumHeight(110)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Document:"), self.kind_combo)
        profile_label = QLabel(self.tr("&Organisation:"), self)
        profile_label.setBuddy(self.profile_combo)
        form.addRow(profile_label, self.profile_choice)
        form.addRow(self.tr("&Layout:"), self.family_combo)
        number_label = QLabel(self.tr("&Number:"), self)
        number_label.setBuddy(self.number_spin)
        form.addRow(number_label, number_row)
        form.addRow(self.tr("Date:"), date_row)
        form.addRow(self.tr("Format:"), format_row)
        form.addRow("", self.pdf_note)
        path_label = QLabel(self.tr("&Save as:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        self.issues_label = QLabel(self.tr("Before printing, check:"), self)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.open_button = QPushButton(self.tr("&Open file"), self)
        self.open_button.setObjectName("exportOpen")
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_written)
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.preview_button.setObjectName("exportPreview")
        self.preview_button.clicked.connect(self.request_preview)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("exportPrint")
        self.print_button.clicked.connect(self.request_print)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setObjectName("exportRun")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.request_export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in (self.preview_button, self.print_button, self.export_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.issues_label)
        layout.addWidget(self.issues_view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 520)
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.profile_choice.changed.connect(self._profile_chosen)
        self.profile_choice.created.connect(self._profile_created)
        self.family_combo.currentIndexChanged.connect(self._choice_changed)
        self.format_group.buttonToggled.connect(self._choice_changed)

    def _load_defaults(self) -> None:
        services = self.ctx.services
        if isinstance(self.source, MeetingSource):
            self._meeting_date = services.meetings.get(self.source.meeting_id).meeting_date
        else:  # the board's report is of today (the database's day, not the clock's)
            self._meeting_date = services.db.today()
        self.date_edit.setDate(QDate(*services.db.today().timetuple()[:3]))
        self.profile_choice.load()

    # --- profiles ------------------------------------------------------------------------------
    @property
    def profile_name(self) -> str | None:
        return self.profile_choice.name

    @property
    def setup_dialog(self) -> ProfileSetupDialog | None:
        return self.profile_choice.setup_dialog

    def set_up_profile(self) -> ProfileSetupDialog:
        return self.profile_choice.set_up()

    @Slot()
    def _profile_chosen(self) -> None:
        profile = self.profile_choice.profile
        if profile is not None:
            self.family_combo.setCurrentIndex(FAMILIES.index(profile.family))
        self._choice_changed()

    @Slot(str)
    def _profile_created(self, _name: str) -> None:
        self.activateWindow()  # back to the document, ready to export
        self.export_button.setFocus()

    # --- state ---------------------------------------------------------------------------------
    @property
    def kind(self) -> DocKind:
        return self.kind_combo.currentData()  # type: ignore[no-any-return]

    @property
    def family(self) -> Family:
        return self.family_combo.currentData()  # type: ignore[no-any-return]

    @property
    def as_pdf(self) -> bool:
        return self.pdf_radio.isChecked()

    def request(self) -> Request:
        number = self.number_spin.value() or None
        issued = self.date_edit.date().toPython() if self.date_check.isChecked() else None
        return Request(self.source, self.kind, self.family, number, issued, self.profile_name)  # type: ignore[arg-type]

    def _choice_changed(self, *_args: object) -> None:
        report = self.kind == "report"
        if report:  # a status report counts to its date: it always has one
            self.date_check.setChecked(True)
        self.date_check.setEnabled(not report)
        self.date_check.setToolTip(self.tr("A status report is dated the day its figures are counted to.")
                                   if report else "")  # fmt: skip
        if not self._path_edited:
            folder = Path(self.path_edit.text()).parent if self.path_edit.text() else documents_folder()
            name = documents.suggested_name(self.kind, self._meeting_date, self.family, as_pdf=self.as_pdf)
            if isinstance(self.source, TasksSource):  # what and when: the board's status report, today
                name = name.replace(documents.FILE_STEMS["report"], TASKS_REPORT_STEM, 1)
            self.path_edit.setText(str(folder / name))
        elif self.path_edit.text():
            wanted = ".pdf" if self.as_pdf else ".docx"
            self.path_edit.setText(str(Path(self.path_edit.text()).with_suffix(wanted)))
        self.issues.set_issues(
            issues_for(self.ctx.services, self.source, self.kind, self.family, self.profile_choice.profile)
        )
        self.issues_label.setVisible(self.issues.rowCount() > 0)
        self.issues_view.setVisible(self.issues.rowCount() > 0)
        ready = self.profile_choice.profile is not None
        missing = self.profile_choice.missing
        for button in (self.preview_button, self.print_button, self.export_button):
            button.setEnabled(ready)
        if not ready:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(user_message(missing) if missing is not None
                                else self.tr("Choose the organisation the document is issued under."))  # fmt: skip
            self._asking = True
        elif self._asking:
            self.status.setStyleSheet("")
            self.status.setText("")
            self._asking = False

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def browse(self) -> None:
        chosen = ask_save_path(self, self.path_edit.text(), self.as_pdf)
        if chosen:
            self._path_edited = True
            self.path_edit.setText(chosen)

    # --- actions -------------------------------------------------------------------------------
    def _busy(self, message: str) -> None:
        for button in (self.preview_button, self.print_button, self.export_button):
            button.setEnabled(False)
        self.open_button.hide()
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(message)

    def _idle(self) -> None:
        for button in (self.preview_button, self.print_button, self.export_button):
            button.setEnabled(self.profile_choice.profile is not None)
        self.progress.hide()

    def request_export(self) -> None:
        text = unicodedata.normalize("NFC", self.path_edit.text().strip())
        if not text:
            self.browse()
            text = self.path_edit.text().strip()
            if not text:
                return
        path = Path(text).expanduser()
        wanted = ".pdf" if self.as_pdf else ".docx"
        if path.suffix.lower() != wanted:
            path = path.with_suffix(wanted)
            self.path_edit.setText(str(path))
        services, request, as_pdf = self.ctx.services, self.request(), self.as_pdf
        self._busy(self.tr("Writing %1…").replace("%1", path.name))
        self.runner.submit("export", lambda: export_job(services, request, path, as_pdf))

    def request_preview(self) -> None:
        services, request, workdir = self.ctx.services, self.request(), self._workdir
        self._busy(self.tr("Preparing the preview…"))
        self.runner.submit("preview", lambda: pages_job(services, request, workdir, dpi=110))

    def request_print(self) -> None:
        services, request, workdir = self.ctx.services, self.request(), self._workdir
        self._busy(self.tr("Preparing the pages for printing…"))
        self.runner.submit("print", lambda: pages_job(services, request, workdir, dpi=200))

    def open_written(self) -> None:
        if self.last_written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written)))

    @Slot(object, object)
    def _job_done(self, tag: object, result: object) -> None:
        self._idle()
        if tag == "export":
            assert isinstance(result, Path)
            self.last_written = result
            self.status.setText(self.tr("Saved: %1").replace("%1", str(result)))
            self.open_button.show()
            self.exported.emit(result)
            return
        assert isinstance(result, print_preview.Pages)
        note = (
            "" if result.exact else self.tr(" (simplified layout: install LibreOffice for the exact pages)")
        )
        if tag == "preview":
            self.status.setText(self.tr("Preview ready.") + note)
            self.preview = print_preview.open_preview(self, result, self.kind_combo.currentText())
        else:
            self.printed_pages = print_preview.print_pages(self, result)
            done = self.tr("Sent %n page(s) to the printer.", "", self.printed_pages)
            self.status.setText((done if self.printed_pages else self.tr("Printing cancelled.")) + note)
        self.pages_ready.emit(result)

    @Slot(object, object)
    def _job_failed(self, _tag: object, exc: object) -> None:
        self._idle()
        if not isinstance(exc, UserError):
            raise exc  # type: ignore[misc]  # a bug: the crash handler shows and logs it
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(user_message(exc))

    def done(self, result: int) -> None:
        self.runner.shutdown()
        shutil.rmtree(self._workdir, ignore_errors=True)
        forget_pages(self._workdir)
        super().done(result)


#: The file name's stem of the task board's status report ("bao-cao-tinh-hinh-nhiem-vu-2021-03-01.pdf").
TASKS_REPORT_STEM = "bao-cao-tinh-hinh-nhiem-vu"


def open_export_dialog(parent: QWidget | None, ctx: UiContext, *, meeting_id: int | None = None,
                       tasks: Sequence[TaskDTO] | None = None, subject: str = "", period: str = "",
                       scope: str = "") -> ExportDialog:  # fmt: skip
    """Show the dialog for a meeting, or for the status report of ``tasks`` (the task board's filter,
    worded in ``scope``)."""
    if tasks is not None:
        source: Source = TasksSource(tuple(tasks), subject, period, scope)
    elif meeting_id is not None:
        source = MeetingSource(meeting_id)
    else:
        raise ValueError("export needs a meeting or a list of tasks")
    dialog = ExportDialog(ctx, source, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
