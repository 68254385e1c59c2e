"""The inline "new person" row of the roll call: name, title, unit - all from the keyboard.

Shown when the name typed in the picker matches nobody. Enter in any field adds the person (a unit typed
but not chosen is found or created by name); Escape closes the row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from minutes.domain.text import normalize_line
from minutes.errors import UserError
from minutes.services import Services
from minutes.ui.people_picker import unit_picker


class NewPersonRow(QFrame):
    created = Signal(int)  # the new person's id
    cancelled = Signal()
    failed = Signal(object)  # a UserError

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("newPersonRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLineEdit(self)
        self.name.setObjectName("newPersonName")
        self.name.setPlaceholderText(self.tr("Full name"))
        self.title_ = QLineEdit(self)
        self.title_.setObjectName("newPersonTitle")
        self.title_.setPlaceholderText(self.tr("Title (e.g. Phó Chủ tịch UBND phường)"))
        self.unit = unit_picker(services, placeholder=self.tr("Unit (type to search or create)"), parent=self)
        self.unit.setObjectName("newPersonUnit")
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("newPersonAdd")
        self.add_button.setToolTip(self.tr("Add this person to the directory and to the roll call (Enter)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(QLabel(self.tr("New person:"), self))
        layout.addWidget(self.name, 3)
        layout.addWidget(self.title_, 4)
        layout.addWidget(self.unit, 3)
        layout.addWidget(self.add_button)
        self.name.returnPressed.connect(self.submit)
        self.title_.returnPressed.connect(self.submit)
        self.unit.submitted.connect(self.submit)
        self.unit.create_requested.connect(self._create_unit)
        self.add_button.clicked.connect(self.submit)
        QWidget.setTabOrder(self.name, self.title_)
        QWidget.setTabOrder(self.title_, self.unit)
        QWidget.setTabOrder(self.unit, self.add_button)
        self.hide()

    def start(self, name: str) -> None:
        """Open the row with ``name`` filled in; the cursor goes to the title."""
        self.name.setText(name)
        self.title_.clear()
        self.unit.set_value(None)
        self.show()
        (self.title_ if name else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        name = normalize_line(self.name.text())
        if not name:
            self.name.setFocus()
            return
        try:
            unit_id = self.unit.value()
            unit_text = normalize_line(self.unit.text())
            if unit_id is None and unit_text:
                unit_id = self.services.directory.find_or_create_unit(unit_text)
            person_id = self.services.directory.create_person(name, self.title_.text(), unit_id)
        except UserError as exc:
            self.failed.emit(exc)
            return
        self.hide()
        self.created.emit(person_id)

    def _create_unit(self, name: str) -> None:
        try:
            unit_id = self.services.directory.find_or_create_unit(name)
        except UserError as exc:
            self.failed.emit(exc)
            return
        self.unit.set_value(unit_id, name)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
