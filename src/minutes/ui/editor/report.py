"""The report and its figures: who presented it, its title and summary (saved as you type), and the
figures table (see :mod:`minutes.ui.editor.figures`).

A meeting usually hears one report; Ctrl+Shift+B adds another, and the chooser switches between them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.services.dto import MeetingDetail, ReportDTO
from minutes.ui.autosave import FieldSaver
from minutes.ui.context import UiContext
from minutes.ui.editor.base import SectionBase, ok
from minutes.ui.editor.figures import NEW_ROW, FiguresTable, number_error, old_value
from minutes.ui.people_picker import person_picker
from minutes.ui.views import current_id, current_row, select_row
from minutes.ui.waiting import NotRun
from minutes.ui.writer import BackgroundWriter

REPORTS, FIGURES = "reports", "report_figures"


#: What deleting a figure is based on (as the table showed it).
FIGURE_SEEN = ("label", "value", "unit", "target", "percent", "note", "kind", "compared_to")


class ReportSection(SectionBase):
    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("reportSection")
        items = ctx.services.items
        self.report_id: int | None = None
        self._select_figure: int | None = None  # a figure just added, to select when it shows
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("reportChooser")
        self.add_button = QPushButton(self.tr("Add report"), self)
        self.add_button.setObjectName("reportAdd")
        self.presenter = person_picker(
            ctx.services,
            keep_choice=True,
            placeholder=self.tr("Who presents it: type a name, accents optional"),
            parent=self,
        )
        self.presenter.setObjectName("reportPresenter")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("reportTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Báo cáo kết quả thực hiện nhiệm vụ năm 2020"))
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("The main points of the report"))
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 7)
        self.title_saver = FieldSaver(
            ctx,
            writer,
            self.title_edit,
            entity=REPORTS,
            field="title",
            save=lambda i, v, **w: items.update_report(i, title=v, **w),
            label=self.tr("Edit report title"),
        )
        self.summary_saver = FieldSaver(
            ctx,
            writer,
            self.summary,
            entity=REPORTS,
            field="summary",
            save=lambda i, v, **w: items.update_report(i, summary=v, **w),
            label=self.tr("Edit report summary"),
        )
        for saver in (self.title_saver, self.summary_saver):
            saver.bind(None, "")
        self.figures = FiguresTable(self._figure_edited, self)
        self.empty = QLabel(self.tr("No report yet. Ctrl+Shift+B adds one."), self)
        self.empty.setObjectName("reportEmpty")
        self.empty.setStyleSheet("color: palette(placeholder-text);")

        chooser_row = QHBoxLayout()
        chooser_row.addWidget(self.chooser, 1)
        chooser_row.addWidget(self.add_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Re&port:"), chooser_row)
        form.addRow(self.tr("Pre&senter:"), self.presenter)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Su&mmary:"), self.summary)
        for field, buddy in (
            (chooser_row, self.chooser),
            (self.presenter, self.presenter),
            (self.title_edit, self.title_edit),
            (self.summary, self.summary),
        ):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(buddy)
        figures_label = QLabel(
            self.tr("&Figures (Insert adds one; numbers like 19.885.177.001 or 98,4):"), self
        )
        figures_label.setBuddy(self.figures)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(figures_label)
        layout.addWidget(self.figures)
        layout.addWidget(self.message)
        order = [self.chooser, self.presenter, self.title_edit, self.summary, self.figures]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.chooser.activated.connect(lambda _i: self._choose(self.chooser.currentData()))
        self.add_button.clicked.connect(self.add_report)
        self.presenter.picked.connect(self._presenter_picked)
        self.presenter.submitted.connect(self.title_edit.setFocus)
        self._build_actions()

    def title(self) -> str:
        return self.tr("Report and figures")

    def _build_actions(self) -> None:
        only = Qt.ShortcutContext.WidgetShortcut
        table = self.figures
        self.act_add = self.make_action(
            self.tr("Add &report"), "Ctrl+Shift+B", self.add_report, name="actReportAdd"
        )
        self.act_figure = self.make_action(
            self.tr("Add a &figure"), "Ctrl+Shift+F", self.add_figure, name="actFigureAdd"
        )
        self.make_action(
            self.tr("New figure row"),
            "Insert",
            self.add_figure,
            name="actFigureInsert",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("Move figure &up"),
            "Alt+Up",
            lambda: self.move_selected(-1),
            name="actFigureUp",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("Move figure &down"),
            "Alt+Down",
            lambda: self.move_selected(1),
            name="actFigureDown",
            widget=table,
            context=only,
        )
        self.make_action(
            self.tr("&Delete figure"),
            "Delete",
            self.remove_figure,
            name="actFigureRemove",
            widget=table,
            context=only,
        )
        self.add_button.setToolTip(self.act_add.toolTip())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # --- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        if meeting is None or meeting.id != self.meeting_id:
            self.report_id = None
        super().set_meeting(meeting)
        reports = meeting.reports if meeting else []
        if self.report_id not in [r.id for r in reports]:
            self.report_id = reports[0].id if reports else None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        untitled = self.tr("(untitled report)")  # not inside an f-string: lupdate must see it
        for index, r in enumerate(reports):
            self.chooser.addItem(f"{index + 1}. {r.title or untitled}", r.id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(self.report_id)))
        self.chooser.blockSignals(False)
        self._show(self.report())

    def report(self) -> ReportDTO | None:
        reports = self.meeting.reports if self.meeting else []
        return next((r for r in reports if r.id == self.report_id), None)

    def _show(self, report: ReportDTO | None) -> None:
        for widget in (self.chooser, self.presenter, self.title_edit, self.summary, self.figures):
            widget.setEnabled(report is not None)
        self.empty.setVisible(report is None and self.meeting is not None)
        if report is None:
            self.title_saver.bind(None, "")
            self.summary_saver.bind(None, "")
            self.presenter.set_value(None)
        elif self.title_saver.entity_id != report.id:
            self.title_saver.bind(report.id, report.title)
            self.summary_saver.bind(report.id, report.summary)
        else:
            self.title_saver.refresh(report.title)
            self.summary_saver.refresh(report.summary)
        if report is not None and not self.presenter.hasFocus():
            self.presenter.set_value(report.presenter_id, report.presenter_name)
        keep_row, keep_col = current_row(self.figures), self.figures.currentIndex().column()
        self.figures.show_report(report)
        if keep_row >= 0 and current_row(self.figures) < 0:
            select_row(self.figures, min(keep_row, self.figures.model_.rowCount() - 1), keep_col)
        self._apply_selection()
        self.figures.resume()

    def _apply_selection(self) -> None:
        row = self.figures.model_.row_of(self._select_figure)
        if row is not None:
            select_row(self.figures, row, 2)
            self._select_figure = None

    def _choose(self, report_id: Any) -> None:
        self.title_saver.flush()
        self.summary_saver.flush()
        self.report_id = report_id
        self._show(self.report())

    def focus_first(self) -> None:
        """No report yet: the "Add report" button (Enter or Ctrl+Shift+B adds one); going to a section
        never adds a blank record by itself."""
        if self.report() is None:
            self.add_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.presenter.setFocus()

    # --- report actions --------------------------------------------------------------------------
    def add_report(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        items = self.ctx.services.items
        ident = self.perform(self.tr("Add report"), lambda: items.add_report(meeting_id))
        if ident is not None:
            self._choose(ident)
            self.presenter.setFocus()

    def _presenter_picked(self, person_id: int) -> None:
        report = self.report()
        if report is None:
            return
        items, first = self.ctx.services.items, report.id
        self.perform(self.tr("Set presenter"), lambda: items.update_report(first, presenter_id=person_id))
        # the focus stays: Tab (or Enter again) goes on to the title, as from any field

    # --- figures ---------------------------------------------------------------------------------
    def add_figure(self) -> None:
        if self.report() is not None:
            self.figures.setFocus()
            self.figures.edit_new()

    def _figure_edited(self, ident: int, field: str, text: str) -> bool:
        report = self.report()
        if report is None:
            return False
        items = self.ctx.services.items
        try:
            if ident == NEW_ROW:
                if field != "label":
                    self.message.show_message(self.tr("Type the label of the new figure first."))
                    return False

                new = self.perform_checked(self.tr("Add figure"), lambda: items.add_figure(report.id, text))
                self.figures.retarget(NEW_ROW, new)  # Tab from the new row goes on in this one
                self._select_figure = new  # carry on with its value once the table shows it
                self._apply_selection()
                self.figures.resume()
                return True
            figure = self.figures.figure(ident)
            if figure is None:
                return False
            if field in ("value", "target") and text.strip().endswith("%"):
                field = "percent"  # "87%" in the value column is the percentage: it keeps its %
            before: dict[str, Any] = {field: old_value(figure, field)}
            self.perform_checked(
                self.tr("Edit figure"),
                lambda: items.update_figure(
                    ident, expected_version=figure.version, seen=before, **{field: text}
                ),
            )
            return True
        except UserError as exc:
            self.message.show_message(number_error(exc, text))
            return False
        except NotRun:  # the editor is closing: nothing was written
            return False

    def move_selected(self, step: int) -> None:
        ident, row = current_id(self.figures), current_row(self.figures)
        figure = self.figures.figure(ident)
        target = row + step
        if figure is None or not 0 <= target < len(self.figures.figures):
            return
        items = self.ctx.services.items
        column = self.figures.currentIndex().column()
        order = [f.id for f in self.figures.figures]
        if self.perform(
            self.tr("Move figure"), ok(lambda: items.move_figure(figure.id, target, seen_order=order))
        ):
            select_row(self.figures, target, column)

    def remove_figure(self) -> None:
        figure = self.figures.figure(current_id(self.figures))
        report = self.report()
        if figure is None or report is None:
            return
        row, column = current_row(self.figures), self.figures.currentIndex().column()
        items = self.ctx.services.items
        seen = {key: getattr(figure, key) for key in FIGURE_SEEN}  # refused if someone changed it since
        if self.perform(self.tr("Delete figure"), ok(lambda: items.remove_figure(figure.id, seen=seen))):
            select_row(self.figures, min(row, self.figures.model_.rowCount() - 1), column)
