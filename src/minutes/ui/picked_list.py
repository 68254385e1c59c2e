"""A picker over an ordered list of ids: type a name in the picker, Enter adds the record to the list
below it (a name that matches nothing is created through :meth:`PickedList.find_or_create`), Delete removes
the selected one, and, where the order matters, Alt+Up/Down move it.

The task form's coordinating units (:class:`~minutes.ui.unit_list.UnitList`) and assigned people
(:class:`~minutes.ui.person_list.PersonList`) are the two kinds; a subclass says which picker, which
record names and how a new one is made. Its texts are ``self.tr`` calls in the subclass, so each keeps
its own translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QSizePolicy, QVBoxLayout, QWidget

from minutes.errors import UserError
from minutes.services import Services
from minutes.ui.models.rows import Row, RowsModel
from minutes.ui.people_picker import Picker
from minutes.ui.views import current_row, select_row

#: (object name, text, keys, slot) of an action on the list.
ListAction = tuple[str, str, QKeySequence, Callable[[], None]]

#: The list grows with its entries up to this many rows, then scrolls.
SHOWN_ROWS = 5


class PickedList(QWidget):
    """The chosen records, ``(id, name)`` in order, under the picker that adds them."""

    changed = Signal()
    failed = Signal(object)  # a UserError from creating a record
    picker_name = ""  # object names of the picker and the list (tests and the form's tab order find them)
    view_name = ""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._chosen: list[tuple[int, str]] = []
        self.picker = self.make_picker()
        self.picker.setObjectName(self.picker_name)
        self.model = RowsModel([self.header()], parent=self)
        self.view = QListView(self)
        self.view.setObjectName(self.view_name)
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        for name, text, keys, slot in self.list_actions():
            action = QAction(text, self.view)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.view.addAction(action)
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

    # --- what a subclass says ----------------------------------------------------------------------
    def make_picker(self) -> Picker:
        raise NotImplementedError

    def header(self) -> str:
        raise NotImplementedError

    def list_actions(self) -> list[ListAction]:
        """The list's actions; at least removing the selected entry (see :meth:`remove_action`)."""
        raise NotImplementedError

    def name_of(self, ident: int) -> str:
        """The name a picked record is listed under."""
        raise NotImplementedError

    def find_or_create(self, name: str) -> tuple[int, str]:
        """The record named ``name`` (found or created) and the name to list it under; may raise
        :class:`UserError`."""
        raise NotImplementedError

    def remove_action(self, name: str, text: str) -> ListAction:
        return (name, text, QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected)

    def move_actions(self, up: tuple[str, str], down: tuple[str, str]) -> list[ListAction]:
        """Alt+Up / Alt+Down move the selected entry, given (object name, text) of each."""
        return [
            (up[0], up[1], QKeySequence("Alt+Up"), lambda: self.move_selected(-1)),
            (down[0], down[1], QKeySequence("Alt+Down"), lambda: self.move_selected(1)),
        ]

    # --- the list ----------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return [i for i, _ in self._chosen]

    def names(self) -> list[str]:
        return [n for _, n in self._chosen]

    def set_chosen(self, chosen: list[tuple[int, str]]) -> None:
        self._chosen = list(chosen)
        self._render()

    def add(self, ident: int, name: str) -> None:
        if ident not in self.ids():
            self._chosen.append((ident, name))
            self._render()

    def remove_selected(self) -> None:
        row = current_row(self.view)
        if 0 <= row < len(self._chosen):
            del self._chosen[row]
            self._render()
            select_row(self.view, min(row, len(self._chosen) - 1))

    def move_selected(self, step: int) -> None:
        row = current_row(self.view)
        target = row + step
        if 0 <= row < len(self._chosen) and 0 <= target < len(self._chosen):
            self._chosen.insert(target, self._chosen.pop(row))
            self._render()
            select_row(self.view, target)

    def _picked(self, ident: int) -> None:
        self.add(ident, self.name_of(ident))

    def _create(self, name: str) -> None:
        try:
            ident, shown = self.find_or_create(name)
        except UserError as exc:
            self.failed.emit(exc)
            return
        self.picker.clear()
        self.add(ident, shown)

    def _render(self) -> None:
        self.model.set_rows([Row(i, (n,), (n,)) for i, n in self._chosen])
        self.view.setVisible(bool(self._chosen))  # no empty box while nothing is chosen
        row = max(self.view.sizeHintForRow(0), self.view.fontMetrics().height() + 4)
        shown = min(SHOWN_ROWS, max(1, len(self._chosen)))
        self.view.setFixedHeight(shown * row + 2 * self.view.frameWidth() + 2)
        self.changed.emit()
