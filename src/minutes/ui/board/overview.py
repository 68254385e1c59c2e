"""The leaders' overview: the four official states of the tasks per lead unit, and tasks completed per
month (on time, late). Both follow the board's filter; clicking a bar of the first chart filters the
board to that unit and state (:attr:`OverviewPanel.filter_requested`)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QToolTip, QVBoxLayout, QWidget

from minutes.domain.status import TaskStatus
from minutes.services.board import CompletionBucket, TaskFilter, UnitStatusCounts
from minutes.ui import names
from minutes.ui.board.background import LatestRunner
from minutes.ui.board.chips import grouped, with_count
from minutes.ui.context import UiContext

#: Every state the chips count, each its own colour, so a unit's bars add up to what the chips say
#: (issue 15 item 15: "not started" and "cancelled" were left out and the totals did not match).
OFFICIAL: tuple[tuple[TaskStatus, frozenset[TaskStatus], str], ...] = (
    (TaskStatus.DONE_ON_TIME, frozenset({TaskStatus.DONE_ON_TIME}), "#2e8b57"),
    (TaskStatus.DONE_LATE, frozenset({TaskStatus.DONE_LATE}), "#e0a526"),
    (TaskStatus.IN_PROGRESS, frozenset({TaskStatus.IN_PROGRESS}), "#4a86c5"),
    (TaskStatus.NOT_STARTED, frozenset({TaskStatus.NOT_STARTED}), "#9db8d9"),
    (TaskStatus.OVERDUE, frozenset({TaskStatus.OVERDUE}), "#c0392b"),
    (TaskStatus.CANCELLED, frozenset({TaskStatus.CANCELLED}), "#a0a0a0"),
)
MAX_UNITS = 12
MONTHS = 18


def charted(unit: UnitStatusCounts) -> int:
    """The unit's tasks in the chart (every state, as the chips count them)."""
    return sum(unit.counts.values())


def short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class OverviewPanel(QWidget):
    filter_requested = Signal(object)  # TaskFilter: a unit and the states of the clicked bar
    drawn = Signal()  # the charts show the current filter

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardOverview")
        self.ctx = ctx
        self._filter = TaskFilter()
        self._stale = True
        self.runner = LatestRunner(self)
        self.runner.finished.connect(self._arrived)
        self.units: list[UnitStatusCounts] = []
        self.buckets: list[CompletionBucket] = []
        self.unit_chart = QChart()
        self.unit_chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.unit_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.unit_chart.setMargins(QMargins(4, 4, 4, 4))
        self.unit_view = QChartView(self.unit_chart, self)
        self.unit_view.setObjectName("unitChart")
        self.unit_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.time_chart = QChart()
        self.time_chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.time_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.time_chart.setMargins(QMargins(4, 4, 4, 4))
        self.time_view = QChartView(self.time_chart, self)
        self.time_view.setObjectName("timeChart")
        self.time_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.hint = QLabel(self.tr("Click a bar to list those tasks on the board."), self)
        self.hint.setStyleSheet("QLabel { color: #6b6b6b; }")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.unit_view)
        splitter.addWidget(self.time_view)
        splitter.setSizes([520, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)

    # --- data ----------------------------------------------------------------------------------------
    def set_filter(self, f: TaskFilter) -> None:
        """Follow the board's filter (the states are the charts' own): recomputed when shown."""
        self._filter = f.without_status
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Count again in the background (a pass over every task of the filter); drawn on arrival."""
        board, f = self.ctx.services.board, self._filter
        self._stale = False
        if not self.unit_chart.series():  # nothing drawn yet: say why the charts are empty
            self.unit_chart.setTitle(self.tr("Counting the tasks…"))
            self.time_chart.setTitle(self.tr("Counting the tasks…"))
        self.runner.submit(lambda: (board.counts_by_unit_and_status(f), board.completion_over_time(f)))

    def _arrived(self, result: tuple[list[UnitStatusCounts], list[CompletionBucket]]) -> None:
        per_unit, buckets = result
        units = [u for u in per_unit if charted(u)]
        self.units = sorted(units, key=lambda u: (-charted(u), u.unit_id is None, u.unit_name))[:MAX_UNITS]
        self.buckets = buckets[-MONTHS:]
        self._draw_units()
        self._draw_time()
        self.drawn.emit()

    def shutdown(self) -> None:
        self.runner.shutdown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- charts --------------------------------------------------------------------------------------
    def _draw_units(self) -> None:
        chart = self.unit_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not self.units:  # an empty chart says so
            chart.setTitle(self.tr("Tasks by lead unit and state: no task matches the filter"))
            return
        chart.setTitle(self.tr("Tasks by lead unit and state"))
        units = list(reversed(self.units))  # the biggest at the top of a horizontal chart
        series = QHorizontalStackedBarSeries()
        for status, members, colour in OFFICIAL:
            bar = QBarSet(names.task_status(status.value))
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            bar.setLabelColor(
                QColor("#ffffff") if status is not TaskStatus.NOT_STARTED else QColor("#1f1f1f")
            )
            bar.append([float(sum(u.counts[s] for s in members)) for u in units])
            bar.clicked.connect(lambda index, st=members: self._clicked(units, index, st))
            bar.hovered.connect(
                lambda on, index, st=status: self._hover(on, units, index, st)  # type: ignore[misc]
            )
            series.append(bar)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)  # the number on each bar
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsCenter)
        chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.append(
            [short(u.unit_name) if u.unit_id is not None else self.tr("(no lead unit)") for u in units]
        )
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setMin(0)
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(labels)
        series.attachAxis(values)
        values.applyNiceNumbers()

    def _draw_time(self) -> None:
        chart = self.time_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not any(b.on_time or b.late for b in self.buckets):
            chart.setTitle(self.tr("Tasks completed per month: none completed in this period"))
            return
        chart.setTitle(self.tr("Tasks completed per month"))
        series = QStackedBarSeries()
        for label, pick, colour in (
            (names.task_status(TaskStatus.DONE_ON_TIME.value), "on_time", "#2e8b57"),
            (names.task_status(TaskStatus.DONE_LATE.value), "late", "#e0a526"),
        ):
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            bar.append([float(getattr(b, pick)) for b in self.buckets])
            bar.hovered.connect(
                lambda on, index, name=label, key=pick: self._hover_month(on, index, name, key)
            )  # type: ignore[misc]
            series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([f"{b.start.month:02d}/{b.start.year % 100:02d}" for b in self.buckets])
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setMin(0)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(values)
        values.applyNiceNumbers()

    def tip(self, units: list[UnitStatusCounts], index: int, status: TaskStatus) -> str:
        """The tooltip of a bar: its unit, its state and its number of tasks (grouped the Vietnamese way)."""
        unit = units[index]
        count = unit.counts.get(status, 0)
        name = unit.unit_name if unit.unit_id is not None else self.tr("(no lead unit)")
        text = self.tr("%1 · %2: %n task(s)", "", count)
        return with_count(text, count).replace("%1", name).replace("%2", names.task_status(status.value))

    def _hover(self, on: bool, units: list[UnitStatusCounts], index: int, status: TaskStatus) -> None:
        if on and 0 <= index < len(units):
            QToolTip.showText(QCursor.pos(), self.tip(units, index, status), self.unit_view)
        else:
            QToolTip.hideText()

    def _hover_month(self, on: bool, index: int, name: str, key: str) -> None:
        if on and 0 <= index < len(self.buckets):
            b = self.buckets[index]
            count = int(getattr(b, key))
            text = f"{b.start.month:02d}/{b.start.year} · {name}: {grouped(count)}"
            QToolTip.showText(QCursor.pos(), text, self.time_view)
        else:
            QToolTip.hideText()

    def _clicked(self, units: list[UnitStatusCounts], index: int, statuses: frozenset[TaskStatus]) -> None:
        if not 0 <= index < len(units) or units[index].unit_id is None:
            return  # the board has no "without a lead unit" filter: the bar only informs
        unit = units[index]
        f = self._filter.replace(statuses=statuses, unit_ids=(unit.unit_id,), lead_only=True)
        self.filter_requested.emit(f)

    def bar_position(self, unit_id: int | None, status: TaskStatus) -> tuple[int, int] | None:
        """Where the bar of ``unit_id`` in ``status`` is drawn, in the chart view's coordinates (tests)."""
        units = list(reversed(self.units))
        row = next((i for i, u in enumerate(units) if u.unit_id == unit_id), None)
        series = self.unit_chart.series()
        if row is None or not series:
            return None
        done = 0.0
        for st, members, _ in OFFICIAL:
            width = float(sum(units[row].counts[s] for s in members))
            if st is status:
                if width == 0:
                    return None
                point = self.unit_chart.mapToPosition(QPointF(done + width / 2, row), series[0])
                view = self.unit_view.mapFromScene(point)
                return view.x(), view.y()
            done += width
        return None
