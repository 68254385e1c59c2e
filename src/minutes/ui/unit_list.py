"""Coordinating units: a picker to add units (Enter), and the chosen ones listed (Delete removes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QSizePolicy, QVBoxLayout, QWidget

from minutes.errors import UserError
from minutes.services import Services
from minutes.ui.models.rows import Row, RowsModel
from minutes.ui.people_picker import unit_picker
from minutes.ui.views import current_row, select_row


class UnitList(QWidget):
    changed = Signal()
    failed = Signal(object)  # a UserError

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._units: list[tuple[int, str]] = []
        self.picker = unit_picker(
            services,
            keep_choice=False,
            placeholder=self.tr("Type a unit, Enter adds it (a new name is created)"),
            parent=self,
        )
        self.picker.setObjectName("taskCoordPicker")
        self.model = RowsModel([self.tr("Coordinating units")], parent=self)
        self.view = QListView(self)
        self.view.setObjectName("taskCoordList")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        remove = QAction(self.tr("Remove unit"), self.view)
        remove.setObjectName("actCoordRemove")
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.view.addAction(remove)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.picker)
        layout.addWidget(self.view)
        self.picker.picked.connect(self._picked)
        self.picker.create_requested.connect(self._create)
        self._render()

    def ids(self) -> list[int]:
        return [i for i, _ in self._units]

    def names(self) -> list[str]:
        return [n for _, n in self._units]

    def set_units(self, units: list[tuple[int, str]]) -> None:
        self._units = list(units)
        self._render()

    def add(self, unit_id: int, name: str) -> None:
        if unit_id not in self.ids():
            self._units.append((unit_id, name))
            self._render()

    def remove_selected(self) -> None:
        row = current_row(self.view)
        if 0 <= row < len(self._units):
            del self._units[row]
            self._render()
            select_row(self.view, min(row, len(self._units) - 1))

    def _picked(self, unit_id: int) -> None:
        self.add(unit_id, self.services.directory.get_unit(unit_id).name)

    def _create(self, name: str) -> None:
        try:
            unit_id = self.services.directory.find_or_create_unit(name)
        except UserError as exc:
            self.failed.emit(exc)
            return
        self.picker.clear()
        self.add(unit_id, self.services.directory.get_unit(unit_id).name)

    def _render(self) -> None:
        self.model.set_rows([Row(i, (n,), (n,)) for i, n in self._units])
        self.view.setVisible(bool(self._units))  # no empty box while none is chosen
        row = max(self.view.sizeHintForRow(0), self.view.fontMetrics().height() + 4)
        self.view.setFixedHeight(min(5, max(1, len(self._units))) * row + 2 * self.view.frameWidth() + 2)
        self.changed.emit()
