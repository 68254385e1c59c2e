"""How many tasks of the current filter are in each state, always in view; a click filters by it.

One checkable chip per state (the official four, not started, cancelled). The counts are taken over
every state, so a chip keeps its number when others are chosen; no chip chosen means every state.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from minutes.domain.status import TaskStatus
from minutes.services.board_query import STATUS_ORDER
from minutes.ui import names

#: (border/text colour, background when chosen) per state.
COLOURS: dict[TaskStatus, tuple[str, str]] = {
    TaskStatus.OVERDUE: ("#9a1c1c", "#fdecea"),
    TaskStatus.IN_PROGRESS: ("#1f5f99", "#e6f0fa"),
    TaskStatus.NOT_STARTED: ("#555555", "#eeeeee"),
    TaskStatus.DONE_LATE: ("#8a5a00", "#fff4d6"),
    TaskStatus.DONE_ON_TIME: ("#1d6b2f", "#e5f4e8"),
    TaskStatus.CANCELLED: ("#6b6b6b", "#f0f0f0"),
}


CHIPS_STYLE = "".join(
    f"QToolButton#chip_{status.value} {{ border: 1px solid {fg}; border-radius: 11px; padding: 2px 10px; "
    f"color: {fg}; }}"
    f"QToolButton#chip_{status.value}:checked {{ background: {bg}; font-weight: bold; border-width: 2px; }}"
    for status, (fg, bg) in COLOURS.items()
)


def grouped(number: int) -> str:
    """``1.604``: thousands grouped with dots, as Vietnamese numbers are written elsewhere on screen."""
    return f"{number:,}".replace(",", ".")


def with_count(text: str, number: int) -> str:
    """``text`` (a translation whose ``%n`` Qt replaced by ``number``) with that number grouped:
    "10000 nhiệm vụ" -> "10.000 nhiệm vụ"."""
    return text.replace(str(number), grouped(number), 1) if abs(number) >= 1000 else text


class StatusChips(QWidget):
    toggled = Signal(object)  # frozenset[TaskStatus] now chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChips")
        self.counts: dict[TaskStatus, int] = dict.fromkeys(STATUS_ORDER, 0)
        self.at_least: frozenset[TaskStatus] = frozenset()  # counts that are lower bounds ("2.000+")
        self.chips: dict[TaskStatus, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # One style sheet for the six chips (by object name), parsed once: six sheets of their own were
        # parsed one by one on the board's first opening.
        self.setStyleSheet(CHIPS_STYLE)
        for status in STATUS_ORDER:
            chip = QToolButton(self)
            chip.setObjectName(f"chip_{status.value}")
            chip.setCheckable(True)
            chip.toggled.connect(self._emit)
            self.chips[status] = chip
            layout.addWidget(chip)
        self.total = QLabel(self)
        self.total.setObjectName("boardTotal")
        layout.addSpacing(12)
        layout.addWidget(self.total)
        layout.addStretch(1)
        self._quiet = False
        self.retranslate()

    def selected(self) -> frozenset[TaskStatus]:
        return frozenset(s for s, chip in self.chips.items() if chip.isChecked())

    def set_selected(self, statuses: frozenset[TaskStatus]) -> None:
        self._quiet = True
        try:
            for status, chip in self.chips.items():
                chip.setChecked(status in statuses)
        finally:
            self._quiet = False
        self._show_total()

    def set_counts(self, counts: dict[TaskStatus, int]) -> None:
        self.counts = dict(counts)
        # A common word is counted over its newest matches only (services.board.COUNT_CAP): those
        # numbers are lower bounds, shown "2.000+" (issue 17 item 2).
        self.at_least = frozenset(getattr(counts, "at_least", frozenset()))
        self.retranslate()

    def shown(self) -> int:
        """Tasks of the filter in the chosen states (all states when none is chosen)."""
        chosen = self.selected() or set(self.counts)
        return sum(n for s, n in self.counts.items() if s in chosen)

    def retranslate(self) -> None:
        tip = self.tr("Show only these tasks (click again to show all); several can be chosen")
        for status, chip in self.chips.items():
            more = "+" if status in self.at_least else ""
            chip.setText(f"{names.task_status(status.value)}  {grouped(self.counts.get(status, 0))}{more}")
            chip.setToolTip(f"{tip}\n{self._at_least_tip()}" if more else tip)
        self._show_total()

    def _at_least_tip(self) -> str:
        counted = sum(self.counts.values())
        return with_count(
            self.tr(
                "These words are in more tasks than the board counts: the numbers are those of the newest "
                "%n matching tasks, so each state has at least that many.",
                "",
                counted,
            ),
            counted,
        )

    def _show_total(self) -> None:
        shown = self.shown()
        chosen = self.selected() or set(self.counts)
        if self.at_least & chosen:
            self.total.setText(with_count(self.tr("at least %n task(s) shown", "", shown), shown))
            self.total.setToolTip(self._at_least_tip())
        else:
            self.total.setText(with_count(self.tr("%n task(s) shown", "", shown), shown))
            self.total.setToolTip("")

    def _emit(self) -> None:
        self._show_total()
        if not self._quiet:
            self.toggled.emit(self.selected())
