"""Tools → Users…: the logins of a shared database with their person, unit and role; a leader adds one
or changes a role (issue 13, item 2; :class:`minutes.services.users.UsersService`).

Any other role sees the menu entry disabled with the reason, and the page, if opened, read-only with
the same reason. What the server was told (a login created, a group granted) or must still be told by
its administrator is shown under the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.services import ChangeSet
from minutes.services.permissions import ROLES
from minutes.services.users import UserDTO
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message
from minutes.ui.people_picker import person_picker, unit_picker
from minutes.ui.tr import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    "leader": QT_TRANSLATE_NOOP("UsersPage", "Leader"),
    "secretary": QT_TRANSLATE_NOOP("UsersPage", "Secretary"),
    "unit": QT_TRANSLATE_NOOP("UsersPage", "Unit member"),
    "viewer": QT_TRANSLATE_NOOP("UsersPage", "Viewer"),
    "admin": QT_TRANSLATE_NOOP("UsersPage", "Administrator"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("UsersPage", "Login"),
    QT_TRANSLATE_NOOP("UsersPage", "Person"),
    QT_TRANSLATE_NOOP("UsersPage", "Unit"),
    QT_TRANSLATE_NOOP("UsersPage", "Role"),
)


def role_name(role: str) -> str:
    return QCoreApplication.translate("UsersPage", ROLE_NAMES.get(role, role))


def may_manage(role: str) -> bool:
    return role in ("leader", "admin")


def not_allowed_reason(role: str) -> str:
    return QCoreApplication.translate(
        "UsersPage", "Only a leader manages the users: your role (%1) does not allow it."
    ).replace("%1", role_name(role))


class UsersPage(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.setWindowTitle(self.tr("Users"))
        self.setMinimumSize(680, 440)
        self.ctx = ctx
        self.services = ctx.services
        self.users: list[UserDTO] = []
        role = self.services.actor.role
        self.allowed = may_manage(role)

        self.banner = QLabel(not_allowed_reason(role), self)
        self.banner.setObjectName("usersBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not self.allowed)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.login = QLineEdit(self)
        self.login.setObjectName("usersLogin")
        self.login.setPlaceholderText(self.tr("the database login, e.g. nguyenvana"))
        self.role = QComboBox(self)
        self.role.setObjectName("usersRole")
        for value in ROLES:
            self.role.addItem(role_name(value), value)
        self.person = person_picker(
            self.services, keep_choice=True, placeholder=self.tr("who this login is (optional)"), parent=self
        )
        self.person.setObjectName("usersPerson")
        self.unit = unit_picker(
            self.services,
            placeholder=self.tr("for a unit member: the unit whose tasks it reports on"),
            parent=self,
        )
        self.unit.setObjectName("usersUnit")
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("U&nit:"), self.unit)
        self.add_button = QPushButton(self.tr("&Add the user"), self)
        self.add_button.setObjectName("usersAdd")
        self.add_button.clicked.connect(self.add_user)
        self.set_role_button = QPushButton(self.tr("&Change the role of the selected user"), self)
        self.set_role_button.setObjectName("usersSetRole")
        self.set_role_button.clicked.connect(self.change_role)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.set_role_button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("usersStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        for widget in (self.login, self.role, self.person, self.unit, self.add_button, self.set_role_button):
            widget.setEnabled(self.allowed)
            if not self.allowed:
                widget.setToolTip(not_allowed_reason(role))
        self.table.itemSelectionChanged.connect(self._selected)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("users", "people", "units"):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_user()
        try:
            self.users = self.services.users.list_users()
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            for column, text in enumerate(
                (user.login, user.person_name, user.unit_name, role_name(user.role))
            ):
                if column == 0 and not user.active:
                    text = self.tr("%1 (inactive)").replace("%1", text)
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
            if selected is not None and user.id == selected.id:
                self.table.selectRow(row)

    def selected_user(self) -> UserDTO | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _selected(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.unit.set_value(user.unit_id, user.unit_name)

    def add_user(self) -> None:
        login = self.login.text().strip()
        role = str(self.role.currentData())
        try:
            done = self.services.users.add(
                login, role, person_id=self.person.value(), unit_id=self.unit.value()
            )
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self.login.clear()
        self.person.set_value(None)
        self.refresh()
        self._report(
            self.tr("%1 was added as %2.").replace("%1", login.lower()).replace("%2", role_name(role)), done
        )

    def change_role(self) -> None:
        user = self.selected_user()
        if user is None:
            self.status.setText(self.tr("Choose a user in the list first."))
            return
        role = str(self.role.currentData())
        try:
            done = self.services.users.set_role(
                user.login, role, unit_id=self.unit.value(), expected_version=user.version
            )
        except UserError as exc:
            self.status.setText(user_message(exc))
            self.refresh()  # a conflict: show what the other leader saved
            return
        self.refresh()
        self._report(self.tr("%1 is now %2.").replace("%1", user.login).replace("%2", role_name(role)), done)

    def _report(self, said: str, server: str) -> None:
        # what the server was told is in the server's own words (logins, group names, SQL)
        on_server = self.tr("On the server: %1").replace("%1", server)
        self.status.setText(f"{said}\n{on_server}" if server else said)


def tools_menu(window: QWidget) -> QMenu:
    """The main window's Tools menu (made before Help the first time it is asked for)."""
    from minutes.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    menus = window.actions_.menus
    if "tools" not in menus:
        menu = QMenu(QCoreApplication.translate("UsersPage", "T&ools"), window)
        menu.setObjectName("menuTools")
        window.menuBar().insertMenu(menus["help"].menuAction(), menu)
        menus["tools"] = menu
    menus["tools"].setToolTipsVisible(True)
    return menus["tools"]


def install_users(window: QWidget, ctx: UiContext) -> QAction:
    """Tools → Users…: enabled for leaders; for any other role disabled, the reason as its tip."""
    action = QAction(QCoreApplication.translate("UsersPage", "&Users…"), window)
    action.setObjectName("actionUsers")
    role = ctx.services.actor.role
    if may_manage(role):
        action.setStatusTip(
            QCoreApplication.translate("UsersPage", "The logins of the database and their roles")
        )
    else:
        action.setEnabled(False)
        action.setToolTip(not_allowed_reason(role))
        action.setStatusTip(not_allowed_reason(role))

    def show() -> None:
        page = UsersPage(ctx, window)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.open()

    action.triggered.connect(show)
    tools_menu(window).addAction(action)
    return action
