"""Reminders at start: the user's units' tasks that are overdue or due within a week, in a window that
does not block (the user keeps working), and the choice of "my units" (kept in the settings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.text import fold
from minutes.services.board import BoardRow, Reminders, TaskFilter
from minutes.services.dto import UnitDTO
from minutes.ui import names
from minutes.ui.board.chips import with_count
from minutes.ui.board.model import deadline_words
from minutes.ui.context import UiContext
from minutes.ui.models.rows import ID_ROLE, Row, RowsModel
from minutes.ui.settings import Settings
from minutes.ui.views import current_id, set_widths, setup_table

Index = QModelIndex | QPersistentModelIndex


class UnitChecklist(QAbstractListModel):
    """Units with a check box each; ``shown`` narrows the list to the units matching a search."""

    def __init__(self, units: list[UnitDTO], chosen: set[int], parent: Any = None) -> None:
        super().__init__(parent)
        self.units = units
        self.chosen = set(chosen)
        self.visible = list(range(len(units)))

    def show_matching(self, query: str) -> None:
        words = fold(query).split()
        self.beginResetModel()
        self.visible = [
            i for i, u in enumerate(self.units) if all(w in fold(f"{u.name} {u.short_name}") for w in words)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.visible):
            return None
        unit = self.units[self.visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if unit.id in self.chosen else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return unit.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        unit = self.units[self.visible[index.row()]]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self.chosen.add if checked else self.chosen.discard)(unit.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class UnitsDialog(QDialog):
    """Which units are "mine": their tasks are the ones reminded of (none chosen: every unit)."""

    def __init__(self, units: list[UnitDTO], chosen: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitsDialog")
        self.setWindowTitle(self.tr("My units"))
        self.model = UnitChecklist(units, set(chosen), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("unitsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a unit (accents optional)…"))
        self.search.textChanged.connect(self.model.show_matching)
        self.list = QListView(self)
        self.list.setObjectName("unitsList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        explain = QLabel(
            self.tr(
                "You are reminded of the tasks these units lead or coordinate. With none "
                "ticked, you are reminded of every unit's tasks."
            ),
            self,
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def value(self) -> tuple[int, ...]:
        return tuple(u.id for u in self.model.units if u.id in self.model.chosen)

    @classmethod
    def ask(
        cls, parent: QWidget | None, units: list[UnitDTO], chosen: tuple[int, ...]
    ) -> tuple[int, ...] | None:
        dialog = cls(units, chosen, parent)
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def when(row: BoardRow) -> str:
    """How late, or how soon: "3 days late", "due today", "in 5 days" (the board's own words)."""
    days = row.days_left
    if days is None:
        return names.task_status(row.status.value)
    return deadline_words(days)


def reminder_rows(rows: list[BoardRow]) -> list[Row]:
    return [
        Row(
            r.id,
            (r.deadline_text, r.text, r.lead_unit, when(r)),
            tips=("", r.text, r.coordinating, names.task_status(r.status.value)),
        )
        for r in rows
    ]


class RemindersDialog(QDialog):
    """Overdue tasks and tasks due soon for the user's units. Shown with ``show()``: never blocks."""

    board_requested = Signal(object)  # TaskFilter: list these on the board
    task_requested = Signal(int)  # show this task on the board

    def __init__(self, ctx: UiContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Reminders"))
        self.setModal(False)
        self.ctx, self.settings = ctx, settings
        self.summary = QLabel(self)
        self.summary.setObjectName("remindersSummary")
        self.summary.setWordWrap(True)
        headers = [self.tr("Deadline"), self.tr("Task"), self.tr("Lead unit"), self.tr("When")]
        self.overdue_model = RowsModel(headers, parent=self)
        self.soon_model = RowsModel(headers, parent=self)
        self.overdue_label, self.soon_label = QLabel(self), QLabel(self)
        self.overdue = self._table(self.overdue_model, "remindersOverdue")
        self.soon = self._table(self.soon_model, "remindersSoon")
        self.at_start = QCheckBox(self.tr("Show these reminders when the program starts"), self)
        self.at_start.setObjectName("remindersAtStart")
        self.at_start.setChecked(settings.reminder_at_start)
        self.at_start.toggled.connect(self._at_start)
        self.units_button = QPushButton(self.tr("My &units…"), self)
        self.units_button.setObjectName("chooseUnits")
        self.units_button.clicked.connect(self.choose_units)
        self.board_button = QPushButton(self.tr("Open on the &board"), self)
        self.board_button.setObjectName("remindersToBoard")
        self.board_button.clicked.connect(self._to_board)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.at_start)
        buttons.addStretch(1)
        buttons.addWidget(self.units_button)
        buttons.addWidget(self.board_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.overdue, 1)
        layout.addWidget(self.soon_label)
        layout.addWidget(self.soon, 1)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.reminders: Reminders | None = None
        self.refresh()

    def _table(self, model: RowsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        setup_table(view, name, stretch=1)
        set_widths(view, {0: 90, 2: 200, 3: 150})
        view.activated.connect(lambda _i, v=view: self._open(v))  # double-click or Enter
        return view

    def unit_ids(self) -> tuple[int, ...]:
        return tuple(self.settings.reminder_unit_ids)

    def refresh(self) -> Reminders:
        days = max(0, self.settings.reminder_days_ahead)
        reminders = self.ctx.services.board.reminders(self.unit_ids(), within_days=days)
        self.reminders = reminders
        self.overdue_model.set_rows(reminder_rows(reminders.overdue))
        self.soon_model.set_rows(reminder_rows(reminders.due_soon))
        self.overdue_label.setText(
            with_count(self.tr("Overdue: %n task(s)", "", reminders.overdue_total), reminders.overdue_total)
        )
        self.soon_label.setText(
            with_count(
                self.tr("Due within %1 days: %n task(s)", "", reminders.due_soon_total),
                reminders.due_soon_total,
            ).replace("%1", str(days))
        )
        units = self._unit_names()
        whose = self.tr("for %1").replace("%1", ", ".join(units)) if units else self.tr("for every unit")
        if reminders:
            self.summary.setText(
                self.tr("%1 overdue and %2 due within %3 days, %4.")
                .replace("%1", str(reminders.overdue_total))
                .replace("%2", str(reminders.due_soon_total))
                .replace("%3", str(days))
                .replace("%4", whose)
            )
        else:
            self.summary.setText(
                self.tr("Nothing overdue or due within %1 days, %2.")
                .replace("%1", str(days))
                .replace("%2", whose)
            )
        return reminders

    def _unit_names(self) -> list[str]:
        wanted = set(self.unit_ids())
        return [u.name for u in self.ctx.services.directory.list_units() if u.id in wanted] if wanted else []

    def choose_units(self) -> None:
        chosen = UnitsDialog.ask(self, self.ctx.services.directory.list_units(), self.unit_ids())
        if chosen is not None:
            self.settings.reminder_unit_ids = chosen
            self.settings.sync()
            self.refresh()

    def board_filter(self) -> TaskFilter:
        return TaskFilter(
            unit_ids=self.unit_ids(),
            overdue_only=True,
            due_within_days=max(0, self.settings.reminder_days_ahead),
        )

    def _to_board(self) -> None:
        self.board_requested.emit(self.board_filter())

    def _open(self, view: QTableView) -> None:
        ident = current_id(view)
        if ident is not None:
            self.task_requested.emit(ident)

    def _at_start(self, on: bool) -> None:
        self.settings.reminder_at_start = on
        self.settings.sync()


def show_reminders_at_start(
    parent: QWidget | None, ctx: UiContext, settings: Settings
) -> RemindersDialog | None:
    """At start: show the reminders (without blocking) when there is something to remind of and the
    user has not turned them off; returns the window shown, or None."""
    if not settings.reminder_at_start:
        return None
    dialog = RemindersDialog(ctx, settings, parent)
    if not dialog.reminders:
        dialog.deleteLater()
        return None
    dialog.show()
    return dialog
