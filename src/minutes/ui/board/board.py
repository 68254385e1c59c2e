"""The task board: every task of every meeting, filtered, counted and sorted, with the detail of the
chosen one beside the list.

Filters combine (the filter bar, the status chips); counts per state are always in view (counted in
the background: the list never waits for them); clicking a header sorts in the database; the list
loads page by page as it scrolls. Overdue rows are red, rows
due within a week amber. The current list exports to a spreadsheet, a calendar of deadlines and the
status report document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.status import TaskStatus
from minutes.errors import UserError
from minutes.services import ChangeSet
from minutes.services.board import SortKey, TaskFilter
from minutes.services.task_exports import export_ics, export_status_report, export_xlsx, filter_scope
from minutes.ui.board.background import LatestRunner
from minutes.ui.board.cells import BoardDelegate
from minutes.ui.board.chips import StatusChips, with_count
from minutes.ui.board.filters import FilterBar
from minutes.ui.board.model import (
    COL_COORD,
    COL_DEADLINE,
    COL_LEAD,
    COL_MEETING,
    COL_PRIORITY,
    COL_PROGRESS,
    COL_RESP,
    COL_STATUS,
    COL_STT,
    COL_TEXT,
    WATCHED,
    BoardModel,
)
from minutes.ui.context import UiContext
from minutes.ui.editor.base import MessageLine
from minutes.ui.errors_i18n import user_message
from minutes.ui.settings import Settings
from minutes.ui.views import select_row, set_widths, setup_table

if TYPE_CHECKING:  # made when a task is first chosen (see TaskBoard.detail)
    from minutes.ui.board.detail import TaskDetailPanel

WIDTHS = {
    COL_STT: 46,
    COL_STATUS: 170,
    COL_DEADLINE: 150,
    COL_PROGRESS: 76,
    COL_LEAD: 190,
    COL_TEXT: 380,
    COL_RESP: 150,
    COL_COORD: 190,
    COL_PRIORITY: 96,
    COL_MEETING: 260,
}

#: Lines of text a row shows: the task, units, people and meeting wrap over as many, then "…".
TEXT_LINES = 2
WRAPPED_COLUMNS = (COL_TEXT, COL_LEAD, COL_RESP, COL_COORD, COL_MEETING)

#: What the board opens on: open and overdue work first (overdue, in progress, not started), each by
#: deadline, finished work after (issue 15 item 13: not ten years of finished work, oldest first).
DEFAULT_FILTER = TaskFilter(sort=SortKey.STATUS)


class Notice(MessageLine):
    """A line saying something went well (an export written); hides itself like the error line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardNotice")
        self.setStyleSheet("QLabel { color: #1d6b2f; padding: 2px 4px; }")


class TaskBoard(QWidget):
    """The leaders' list of tasks across all meetings, with the selected task's detail."""

    open_source = Signal(int, object, object)  # meeting id, source kind, source id: open the minutes there
    filter_changed = Signal(object)  # TaskFilter now shown
    counts_updated = Signal()  # the chips show the counts of the current filter

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        read: bool = True,
        filters: FilterBar | None = None,
    ) -> None:
        """``read=False``: made ahead of its first showing (see :mod:`minutes.ui.board.prepare`); the
        widgets show the default filter and nothing is read until :meth:`read_unread` (the opening).
        ``filters``: its filter bar, made ahead in a step of its own (else made here)."""
        super().__init__(parent)
        self.setObjectName("taskBoard")
        self.ctx = ctx
        self.settings = settings
        if filters is None:
            filters = FilterBar(ctx.services, self)
        else:
            filters.setParent(self)
        self.filters = filters
        self.chips = StatusChips(self)
        self.model = BoardModel(ctx.services, self)
        self.counter = LatestRunner(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "boardTable")
        # Long texts wrap over a fixed few lines, the last ending in "…" (issue 15 item 9): every row
        # has the same height, so nothing is measured up front (pages of up to 100,000 tasks) and a
        # cell is wrapped only when painted.
        self.lines_delegate = BoardDelegate(self.table, self.model, TEXT_LINES, WRAPPED_COLUMNS)
        for column in range(self.model.columnCount()):  # every cell painted from its row (cells.py)
            self.table.setItemDelegateForColumn(column, self.lines_delegate)
        self.table.verticalHeader().setDefaultSectionSize(self.lines_delegate.height_for(TEXT_LINES))
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        set_widths(self.table, WIDTHS)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)  # the user's order is remembered (settings.board_columns)
        self._restore_columns()
        header.setSortIndicator(COL_STATUS, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self._columns_timer = QTimer(self, singleShot=True, interval=400)
        self._columns_timer.timeout.connect(self.save_columns)
        header.sectionMoved.connect(lambda *_args: self._columns_timer.start())
        header.sectionResized.connect(lambda *_args: self._columns_timer.start())
        # The detail of the chosen task (its panel, tabs, tables, dialogs' module and its evidence
        # thread) is made when a task is first chosen: hidden until then, it was a third of the
        # board's first opening.
        self._detail: TaskDetailPanel | None = None

        self.export_button = QToolButton(self)
        self.export_button.setObjectName("boardExport")
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setToolTip(self.tr("Export the tasks shown (this filter, this order)"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_xlsx_action = menu.addAction(self.tr("Spreadsheet (XLSX)…"), self.export_xlsx)
        self.export_ics_action = menu.addAction(
            self.tr("Deadlines as a calendar (iCalendar)…"), self.export_ics
        )
        self.export_report_action = menu.addAction(self.tr("Status report (DOCX)…"), self.export_report)
        self.export_document_action = menu.addAction(
            self.tr("Status report: PDF, print preview, print…"), self.export_document
        )
        self.export_button.setMenu(menu)
        self.message = MessageLine(self)
        self.notice = Notice(self)
        self.open_export = QToolButton(self)  # after an export: open the file just written
        self.open_export.setObjectName("boardOpenExport")
        self.open_export.setText(self.tr("&Open the file"))
        self.open_export.hide()
        self.open_export.clicked.connect(self.open_last_export)
        self.last_export: Path | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("boardSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setChildrenCollapsible(False)
        counts = QHBoxLayout()
        counts.addWidget(self.chips, 1)
        counts.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.filters)
        layout.addLayout(counts)
        layout.addWidget(self.message)
        notice = QHBoxLayout()
        notice.addWidget(self.notice, 1)
        notice.addWidget(self.open_export)
        layout.addLayout(notice)
        layout.addWidget(self.splitter, 1)

        self.counter.finished.connect(self._counted)
        self.counter.failed.connect(lambda exc: self.message.show_message(user_message(exc)))
        self.filters.cleared.connect(lambda: self.chips.set_selected(frozenset()))
        self.filters.changed.connect(self._filters_changed)
        self.chips.toggled.connect(self._statuses_changed)
        self.model.reloaded.connect(self._reselect)
        self.model.modelReset.connect(self._sync_sort_indicator)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.bus.changed.connect(self._on_changed)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filters.text.setFocus)
        self._wanted: int | None = None
        self._pending_counts = False
        self._unread: TaskFilter | None = None  # made ahead: the filter to read when first shown
        if read:
            self.set_filter(DEFAULT_FILTER)
        else:
            self.filters.show_filter(DEFAULT_FILTER)
            self.chips.set_selected(DEFAULT_FILTER.statuses)
            self._unread = DEFAULT_FILTER

    @property
    def unread(self) -> bool:
        """Made ahead and not read yet: the list is empty until :meth:`read_unread`."""
        return self._unread is not None

    def read_unread(self) -> None:
        """Read the list and its counts now (the first showing of a board made ahead): what the
        database holds at this moment, never rows read while the user was doing something else."""
        if self._unread is not None:
            self.set_filter(self._unread)

    @property
    def detail(self) -> TaskDetailPanel:
        """The chosen task's detail beside the list (made when first asked for; hidden until a task is
        chosen: the list takes the width until then)."""
        if self._detail is None:
            from minutes.ui.board.detail import TaskDetailPanel

            panel = TaskDetailPanel(self.ctx, self)
            panel.open_source.connect(self.open_source)
            panel.hide()
            self.splitter.addWidget(panel)
            self.splitter.setStretchFactor(1, 2)
            self._detail = panel
        return self._detail

    def _chosen_id(self) -> int | None:
        """The task whose detail is shown (None: none, or the panel not made yet)."""
        return self._detail.task_id if self._detail is not None else None

    # --- the column layout ---------------------------------------------------------------------------
    def _restore_columns(self) -> None:
        state = self.settings.board_columns if self.settings is not None else b""
        if not state:
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # the order and widths only: the sort is the filter's
        try:
            header.restoreState(state)
        finally:
            header.blockSignals(False)

    def save_columns(self) -> None:
        """Remember the columns' order and widths (moved or resized by the user)."""
        self._columns_timer.stop()
        if self.settings is not None:
            self.settings.board_columns = bytes(self.table.horizontalHeader().saveState().data())
            self.settings.sync()

    # --- the filter ----------------------------------------------------------------------------------
    def current_filter(self) -> TaskFilter:
        return self.model.filter

    def set_filter(self, f: TaskFilter) -> None:
        """Show ``f`` (a chart click, the reminders, the shell): the widgets follow."""
        self.filters.show_filter(f)
        self.chips.set_selected(f.statuses)
        self._show(f)

    def _filters_changed(self, f: TaskFilter) -> None:
        self._show(
            f.replace(
                statuses=self.chips.selected(),
                sort=self.model.filter.sort,
                descending=self.model.filter.descending,
            )
        )

    def _statuses_changed(self, statuses: frozenset[TaskStatus]) -> None:
        self._show(self.model.filter.replace(statuses=statuses))

    def _show(self, f: TaskFilter) -> None:
        self._unread = None
        self.filters.set_base(f)
        self._count(f)  # first: the worker counts while this thread reads the first page
        self.model.set_filter(f)
        self.filter_changed.emit(f)

    def _count(self, f: TaskFilter | None = None) -> None:
        """Count per state in the background (a pass over the filtered tasks); the chips follow."""
        board, everyone = self.ctx.services.board, (f or self.model.filter).without_status
        self.counter.submit(lambda: board.counts_by_status(everyone))

    def _counted(self, counts: dict[TaskStatus, int]) -> None:
        self.chips.set_counts(counts)
        self.counts_updated.emit()

    def shutdown(self) -> None:
        """Wait for a count or an evidence file still being read (before the database closes)."""
        if self._columns_timer.isActive():
            self.save_columns()
        self.counter.shutdown()
        if self._detail is not None:
            self._detail.evidence.shutdown()

    def _on_changed(self, changes: ChangeSet) -> None:
        # Made ahead and never shown: nothing to refresh (the opening reads), and nothing read on the
        # GUI thread for each save while the user types elsewhere.
        if self._unread is None and changes.touches(*WATCHED):
            self._count()  # first: counted in the worker while this thread reads the page shown
            self.model.on_changed(changes)

    # --- selection and detail ------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and row.id != self._chosen_id():
            self._wanted = row.id
            self._show_detail(row.id)

    def _show_detail(self, task_id: int | None) -> None:
        self.detail.show_task(task_id)
        shown = self.detail.task_id is not None
        if shown and self.detail.isHidden():
            self.detail.show()
            width = max(600, self.splitter.width())
            self.splitter.setSizes([width * 3 // 5, width * 2 // 5])
        elif not shown:
            self.detail.hide()

    def _reselect(self) -> None:
        """After a reload keep the chosen task selected when it is still in the list."""
        wanted = self._wanted if self._wanted is not None else self._chosen_id()
        number = self.model.row_of(wanted)
        if number >= 0:
            select_row(self.table, number, max(0, self.table.currentIndex().column()))

    def _sync_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if self.model.filter.descending else Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() != self.model.sort_column() or header.sortIndicatorOrder() != order:
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)

    def show_task(self, task_id: int) -> None:
        """Show one task's detail (from a review line of the minutes, a reminder), selected if listed."""
        self._wanted = task_id
        self._show_detail(task_id)
        number = self.model.row_of(task_id)
        if number >= 0:
            select_row(self.table, number)

    # --- exports -------------------------------------------------------------------------------------
    def choose_file(self, title: str, suggested: str, pattern: str) -> str:
        """Where to save (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        return path

    def _export(self, title: str, suggested: str, pattern: str, run: Callable[[str], int]) -> Path | None:
        path = self.choose_file(title, suggested, pattern)
        if not path:
            return None
        try:
            count = run(path)
        except UserError as exc:
            self.message.show_message(user_message(exc))
            self.open_export.hide()
            return None
        self.message.hide()
        done = with_count(self.tr("Exported %n task(s) to %1", "", int(count)), int(count))
        self.notice.show_message(done.replace("%1", path))
        self.last_export = Path(path)
        self.open_export.show()
        return Path(path)

    def open_last_export(self) -> None:
        if self.last_export is not None and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.last_export))
        ):
            self.message.show_message(
                self.tr("No program is set to open %1.").replace("%1", self.last_export.name)
            )

    def suggested_name(self, stem: str, suffix: str) -> str:
        """A file name that says what and when: "danh-sach-nhiem-vu-2021-03-01.xlsx"."""
        return f"{stem}-{self.ctx.services.db.today():%Y-%m-%d}.{suffix}"

    def export_xlsx(self) -> Path | None:
        board, f = self.ctx.services.board, self.model.filter
        return self._export(
            self.tr("Export the tasks to a spreadsheet"),
            self.suggested_name(self.tr("task-list"), "xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            lambda path: export_xlsx(board, f, path, scope=filter_scope(self.ctx.services, f)),
        )

    def export_ics(self) -> Path | None:
        board, f = self.ctx.services.board, self.model.filter
        return self._export(
            self.tr("Export the deadlines to a calendar"),
            self.suggested_name(self.tr("task-deadlines"), "ics"),
            self.tr("iCalendar (*.ics)"),
            lambda path: export_ics(board, f, path, scope=filter_scope(self.ctx.services, f)),
        )

    def export_report(self) -> Path | None:
        services, f = self.ctx.services, self.model.filter
        unit = self.filters.unit.text() if f.unit_ids else ""
        return self._export(
            self.tr("Export the status report"),
            self.suggested_name(self.tr("task-status-report"), "docx"),
            self.tr("Word document (*.docx)"),
            lambda path: export_status_report(services, f, path, unit_name=unit),
        )

    def export_document(self) -> None:
        """The status report of this filter in the documents' export dialog: PDF or DOCX, print preview,
        print, and "open" once written (its filter stated in the document, as in every export)."""
        from minutes.services.task_exports import status_report_text
        from minutes.ui.export_dialog import open_export_dialog

        services, f = self.ctx.services, self.model.filter
        unit = self.filters.unit.text() if f.unit_ids else ""
        subject, period = status_report_text(f, unit)
        try:
            tasks = services.board.task_dtos(f)
        except UserError as exc:
            self.message.show_message(user_message(exc))
            return
        self.export_dialog = open_export_dialog(
            self, self.ctx, tasks=tasks, subject=subject, period=period, scope=filter_scope(services, f)
        )

    def retranslate(self) -> None:
        self.model.retranslate()
        self.chips.retranslate()
