"""Finalised minutes in the main window: Meeting → Finalise minutes…, Amend minutes…, Versions…, and a
banner over the editor of finalised minutes (which are shown read-only: see minutes.services.finalise).
"""

from __future__ import annotations

import logging
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.enums import MeetingStatus
from minutes.errors import UserError
from minutes.services.dto import MeetingDetail
from minutes.services.finalise import VersionInfo
from minutes.ui.errors_i18n import user_message
from minutes.ui.waiting import NotRun, wait_for

if TYPE_CHECKING:
    from minutes.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _when(info: VersionInfo) -> str:
    stamp = info.finalised_at or info.opened_at  # stored in UTC, shown in the computer's time zone
    return stamp.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M") if stamp else ""


class FinaliseBanner(QFrame):
    """Above the editor: the minutes are finalised (version, when, by whom) and how to change them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finaliseBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#finaliseBanner { background: #eef5ea; border: 1px solid #9cc48a; }")
        self.label = QLabel(self)
        self.label.setObjectName("finaliseBannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_role(self, role: str) -> None:
        """The user's role does not allow writing the minutes: say so, and what it allows."""
        texts = {
            "viewer": self.tr("You can read these minutes: your role (viewer) does not allow changing them."),
            "unit": self.tr("You can read these minutes and report progress on your unit's tasks on the task "
                            "board: your role (unit member) does not allow changing the minutes."),
        }  # fmt: skip
        self.label.setText(texts.get(role, ""))
        self.setVisible(role in texts)

    def show_version(self, info: VersionInfo | None) -> None:
        if info is None:
            self.hide()
            return
        text = self.tr("Finalised minutes, version %1, on %2 by %3. They are read-only: to change them, "
                       "choose Meeting → Amend minutes… and give the reason.")  # fmt: skip
        text = (
            text.replace("%1", str(info.number)).replace("%2", _when(info)).replace("%3", info.finalised_by)
        )
        self.label.setText(text)
        self.show()


class VersionsDialog(QDialog):
    """The versions of one meeting's minutes; verify them; save the minutes of any version."""

    def __init__(self, owner: FinaliseActions, meeting: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.owner = owner
        self.meeting = meeting
        self.setWindowTitle(self.tr("Versions of the minutes"))
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("versionsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Finalised"), self.tr("By"), self.tr("Reason"), self.tr("SHA-256")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self.verify)
        self.save_button = QPushButton(self.tr("&Save this version's minutes…"), self)
        self.save_button.setObjectName("saveVersionButton")
        self.save_button.clicked.connect(self.save_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(meeting.title, self))
        layout.addWidget(self.table)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(760, 320)
        self.versions: list[VersionInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.versions = self.owner.services.finalise.versions(self.meeting.id)
        self.table.setRowCount(len(self.versions))
        for row, info in enumerate(self.versions):
            finalised = _when(info) if not info.open else self.tr("amendment in progress")
            digest = f"{info.digest[:16]}…" if info.digest else ""
            values = [str(info.number), finalised, info.finalised_by or info.opened_by, info.reason, digest]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip((info.digest or "") if column == 4 else value)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.versions:
            self.table.selectRow(len(self.versions) - 1)
        self.save_button.setEnabled(any(not v.open for v in self.versions))

    def verify(self) -> None:
        found = self.owner.services.finalise.verify(self.meeting.id)
        if not found:
            self.result_label.setText(
                self.tr("Every version matches its digest, and the minutes match the last one.")
            )
            return
        kinds = {
            "records": self.tr("the minutes were changed outside the application after version %1"),
            "content": self.tr("the stored text of version %1 no longer matches its digest"),
            "digest": self.tr("the meeting names a digest that is not the one of version %1"),
        }
        lines = [kinds[f.kind].replace("%1", str(f.version)) for f in found]
        self.result_label.setText(self.tr("Does not match: %1").replace("%1", "; ".join(lines)))

    def selected_version(self) -> VersionInfo | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.versions):
            return None
        info = self.versions[row]
        return None if info.open else info

    def save_selected(self) -> None:
        info = self.selected_version()
        if info is None:
            return
        from minutes.export.documents import Options, export_meeting, suggested_name

        stem = suggested_name("minutes", self.meeting.meeting_date, "party").removesuffix(".docx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the minutes of version %1").replace("%1", str(info.number)),
            f"{stem}-v{info.number}.docx", self.tr("Word documents (*.docx)"),
        )  # fmt: skip
        if not path:
            return
        try:
            export_meeting(
                self.owner.services,
                self.meeting.id,
                "minutes",
                Path(path),
                options=Options(version=info.number),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            return
        self.result_label.setText(self.tr("Saved %1.").replace("%1", path))


class FinaliseActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("finaliseActions")
        self.window = window
        self.services = window.ctx.services
        self.meeting: MeetingDetail | None = None
        self.finalise_action = self._action(
            self.tr("&Finalise minutes…"), "Ctrl+Alt+F", self.finalise, "finaliseMinutes"
        )
        self.amend_action = self._action(self.tr("&Amend minutes…"), "Ctrl+Alt+A", self.amend, "amendMinutes")
        self.versions_action = self._action(self.tr("&Versions of the minutes…"), "Ctrl+Alt+V", self.show_versions,
                                            "minutesVersions")  # fmt: skip
        menu = window.actions_.menu("meeting")
        anchor = window.actions_.delete_meeting
        listed = menu.actions()
        before = (
            listed[listed.index(anchor) + 1]
            if anchor in listed and listed.index(anchor) + 1 < len(listed)
            else None
        )
        for action in (self.finalise_action, self.amend_action, self.versions_action):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        editor = window.editor
        self.banner = FinaliseBanner(editor)
        layout = editor.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.banner)
        editor.meeting_loaded.connect(self._meeting_loaded)
        self._meeting_loaded(editor.meeting)

    def _action(self, text: str, keys: str, slot: object, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _meeting_loaded(self, detail: MeetingDetail | None) -> None:
        self.meeting = detail
        role = self.services.actor.role
        leads = role in ("leader", "admin")
        writes = leads or role == "secretary"
        finalised = detail is not None and detail.status == MeetingStatus.FINALISED.value
        self.finalise_action.setEnabled(leads and detail is not None and not finalised)
        self.amend_action.setEnabled(leads and finalised)
        self.versions_action.setEnabled(detail is not None)
        if not leads:
            why = self.tr("Only a leader finalises and amends minutes.")
            for action in (self.finalise_action, self.amend_action):
                action.setStatusTip(why)
                action.setToolTip(why)
        for frame in self.window.editor.frames:
            frame.section.setEnabled(writes and not finalised)
        if not writes:
            self.banner.show_role(role)
            return
        info = None
        if finalised and detail is not None:
            try:
                versions = [v for v in self.services.finalise.versions(detail.id) if not v.open]
            except UserError:
                versions = []
            info = versions[-1] if versions else None
        self.banner.show_version(info)

    def _fail(self, exc: UserError) -> None:
        log.warning("finalised minutes: %s", exc.message)
        QMessageBox.warning(self.window, self.tr("Minutes"), user_message(exc))

    def finalise(self) -> None:
        meeting = self.meeting
        if meeting is None or meeting.status == MeetingStatus.FINALISED.value:
            return
        question = self.tr("Finalise the minutes “%1”? They become read-only and their content is recorded "
                           "with a digest; later changes need an amendment with a reason.")  # fmt: skip
        answer = QMessageBox.question(
            self.window, self.tr("Finalise minutes"), question.replace("%1", meeting.title)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.editor.flush()
        services, ident = self.services, meeting.id

        def finalise() -> None:  # behind what was typed: it is saved before the content is recorded
            current = services.meetings.get(ident)
            services.finalise.finalise(ident, expected_version=current.version)

        try:
            wait_for(self.window.writer, ("finalise", ident), finalise)
        except UserError as exc:
            self._fail(exc)
            return
        except NotRun:
            return
        self.window.editor.reload()

    def amend(self) -> None:
        meeting = self.meeting
        if meeting is None or meeting.status != MeetingStatus.FINALISED.value:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Amend minutes"),
            self.tr("Why do the finalised minutes change? The reason is kept with the new version."),
        )  # fmt: skip
        if not ok:
            return
        self.window.editor.flush()
        services, ident = self.services, meeting.id
        try:
            wait_for(self.window.writer, ("amend", ident), lambda: services.finalise.amend(ident, reason))
        except UserError as exc:
            self._fail(exc)
            return
        except NotRun:
            return
        self.window.editor.reload()

    def show_versions(self) -> None:
        if self.meeting is None:
            return
        VersionsDialog(self, self.meeting, self.window).exec()


def install_finalise(window: MainWindow) -> FinaliseActions:
    existing = window.findChild(FinaliseActions)
    return existing if existing is not None else FinaliseActions(window)
