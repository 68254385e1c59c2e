"""What the acting role may do in the GUI, and why not (issue 13, item 3).

The services refuse what a role may not do (minutes.services.permissions); the GUI does not offer it in
the first place: the entries are disabled, and their tooltip and status tip say why. One place decides,
:class:`Rights`, from the acting user (``ctx.services.actor``):

- a leader (or the administrator, or the one local user of a SQLite database) may do everything;
- a secretary writes minutes and tasks, and may not restore a backup (it replaces everyone's work);
- a unit member reads, and reports progress (with evidence, up to completion) on the tasks its unit
  leads or coordinates;
- a viewer reads.

:func:`install_roles` applies this to the main window: the entries that write (new, delete, import,
the example meeting, the organisation profile, backups, a follow-up meeting, the editor's section
entries) are put in a disabled action group, so whatever enables them later (a meeting opened) cannot;
entries other parts add later are guarded when the window is shown (an ActionAdded filter would be
more direct, but wrapping each added action in Python broke the main window's undo). The status bar
names who is signed in (on PostgreSQL, the database login; see minutes.services.users.acting_user).
The task board's detail asks :class:`Rights` per task.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QWidget

from minutes.ui.users_page import role_name

if TYPE_CHECKING:
    from minutes.ui.main_window import MainWindow

LEADS = ("leader", "admin")
WRITES = (*LEADS, "secretary")

#: What each main-window entry needs (by object name): "write" minutes and tasks, or "lead".
NEEDS = {
    "newMeeting": "write",
    "deleteMeeting": "write",
    "importMeeting": "write",
    "loadDemo": "write",
    "importMinutes": "write",
    "importMinutesFolder": "write",
    "importsToReview": "write",
    "organisationProfile": "write",
    "startFollowUp": "write",
    "backups": "lead",
}
#: Buttons of the main window that do the same as an entry above.
BUTTONS = {"emptyNewMeeting": "write", "emptyLoadDemo": "write"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Roles", text)


@dataclass(frozen=True)
class Rights:
    """What one acting user may do; each ``why_not_*`` is empty when it may, else the reason, translated."""

    role: str
    unit_id: int | None = None

    @classmethod
    def of(cls, actor: Any) -> Rights:
        return cls(str(getattr(actor, "role", "viewer")), getattr(actor, "unit_id", None))

    @property
    def name(self) -> str:
        return role_name(self.role)

    @property
    def writes(self) -> bool:
        return self.role in WRITES

    @property
    def leads(self) -> bool:
        return self.role in LEADS

    def why_not(self, need: str) -> str:
        """``need`` is "write" (minutes and tasks) or "lead"."""
        if need == "lead":
            if self.leads:
                return ""
            return _t("Only a leader restores backups: your role (%1) does not allow it.").replace(
                "%1", self.name
            )
        if self.writes:
            return ""
        return _t(
            "Only a secretary or a leader changes the minutes: your role (%1) only reads them."
        ).replace("%1", self.name)

    # --- tasks --------------------------------------------------------------------------------------
    def reports_on(self, task: Any) -> bool:
        """May report progress and evidence (up to completion) on ``task`` (a TaskDTO)."""
        if self.writes:
            return True
        if self.role != "unit" or self.unit_id is None:
            return False
        units = {getattr(task, "lead_unit_id", None), *getattr(task, "coordinating_unit_ids", ())}
        return self.unit_id in units

    def why_not_report(self, task: Any) -> str:
        if self.reports_on(task):
            return ""
        if self.role == "unit":
            return _t(
                "Your unit neither leads nor coordinates this task: a unit member reports progress only "
                "on its own unit's tasks."
            )
        return _t("Your role (%1) only reads the tasks: it does not allow reporting progress.").replace(
            "%1", self.name
        )

    def why_not_edit_task(self) -> str:
        """Editing a task itself (its text, deadline, units), cancelling or reopening it."""
        if self.writes:
            return ""
        return _t(
            "Only a secretary or a leader changes a task, its deadline, cancels or reopens it: your role "
            "(%1) does not allow it."
        ).replace("%1", self.name)


def identity_text(actor: Any) -> str:
    """The status bar's "Signed in: login (role)"."""
    return (
        _t("Signed in: %1 (%2)")
        .replace("%1", str(getattr(actor, "name", "")))
        .replace("%2", Rights.of(actor).name)
    )


class RoleGuard(QObject):
    """Keeps the main window's entries a role may not use disabled, with the reason (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("roleGuard")
        self.window = window
        actor = window.ctx.services.actor
        self.rights = Rights.of(actor)
        self.refused = QActionGroup(self)
        self.refused.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.refused.setEnabled(False)  # an action in a disabled group stays disabled whoever enables it
        self.guard_all()
        why = self.rights.why_not("write")
        if why:  # the editor's own entries (Meeting → a section → add, delete...), read-only for this role
            for section in window.editor.sections:
                for action in section.actions():
                    self.refuse(action, why)
        # the entries the other parts add right after the window is built (minutes.ui.parts), once the
        # event loop runs; install_roles() again guards them at once
        QTimer.singleShot(0, self.guard_all)
        window.installEventFilter(self)  # and when the window is shown
        for name, need in BUTTONS.items():
            button = window.findChild(QWidget, name)
            why = self.rights.why_not(need)
            if button is not None and why:
                button.setEnabled(False)
                button.setToolTip(why)
        self.identity = QLabel(identity_text(actor), window.statusBar())
        self.identity.setObjectName("signedIn")
        self.identity.setContentsMargins(16, 0, 4, 0)
        # on SQLite the one local user has every right and is not named; a shared database names its login
        self.identity.setVisible(not window.ctx.services.db.is_sqlite or self.rights.role != "admin")
        window.statusBar().addPermanentWidget(self.identity)

    def guard(self, action: QAction) -> None:
        need = NEEDS.get(action.objectName())
        why = self.rights.why_not(need) if need is not None else ""
        if why:
            self.refuse(action, why)

    def refuse(self, action: QAction, why: str) -> None:
        if action.actionGroup() is self.refused:
            return
        self.refused.addAction(action)
        action.setToolTip(why)
        action.setStatusTip(why)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            self.guard_all()
        return False

    def guard_all(self) -> None:
        for action in self.window.actions():
            self.guard(action)


def install_roles(window: MainWindow) -> RoleGuard:
    existing = window.findChild(RoleGuard)
    if existing is None:
        return RoleGuard(window)
    existing.guard_all()
    return existing
