"""At start, after an unexpected stop: show the text that was typed but not saved, and restore it.

:func:`offer_recovery` asks through :meth:`RecoveryDialog.ask` (tests replace it) and applies the answer
with :mod:`minutes.services.recovery`: Restore puts each text into its record, Discard forgets them,
Later keeps them for the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.services import Services
from minutes.services.drafts import DraftDTO
from minutes.services.recovery import Outcome, discard_all, restore_all
from minutes.ui.errors_i18n import user_message
from minutes.ui.tr import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


ENTITIES: dict[str, str] = {
    "meetings": QT_TRANSLATE_NOOP("RecoveryDialog", "Meeting"),
    "attendance": QT_TRANSLATE_NOOP("RecoveryDialog", "Attendance"),
    "reports": QT_TRANSLATE_NOOP("RecoveryDialog", "Report"),
    "report_figures": QT_TRANSLATE_NOOP("RecoveryDialog", "Report figure"),
    "contributions": QT_TRANSLATE_NOOP("RecoveryDialog", "Contribution"),
    "conclusions": QT_TRANSLATE_NOOP("RecoveryDialog", "Conclusion"),
    "recommendation_groups": QT_TRANSLATE_NOOP("RecoveryDialog", "Recommendation group"),
    "recommendations": QT_TRANSLATE_NOOP("RecoveryDialog", "Recommendation"),
    "tasks": QT_TRANSLATE_NOOP("RecoveryDialog", "Task"),
    "people": QT_TRANSLATE_NOOP("RecoveryDialog", "Person"),
    "units": QT_TRANSLATE_NOOP("RecoveryDialog", "Unit"),
}
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("RecoveryDialog", "Title"),
    "reference_number": QT_TRANSLATE_NOOP("RecoveryDialog", "Reference number"),
    "location": QT_TRANSLATE_NOOP("RecoveryDialog", "Place"),
    "notes": QT_TRANSLATE_NOOP("RecoveryDialog", "Notes"),
    "start_time": QT_TRANSLATE_NOOP("RecoveryDialog", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("RecoveryDialog", "End time"),
    "summary": QT_TRANSLATE_NOOP("RecoveryDialog", "Summary"),
    "text": QT_TRANSLATE_NOOP("RecoveryDialog", "Text"),
    "response": QT_TRANSLATE_NOOP("RecoveryDialog", "Response"),
    "expected_product": QT_TRANSLATE_NOOP("RecoveryDialog", "Expected product"),
    "label": QT_TRANSLATE_NOOP("RecoveryDialog", "Indicator"),
    "value": QT_TRANSLATE_NOOP("RecoveryDialog", "Value"),
    "unit": QT_TRANSLATE_NOOP("RecoveryDialog", "Unit of measure"),
    "target": QT_TRANSLATE_NOOP("RecoveryDialog", "Target"),
    "percent": QT_TRANSLATE_NOOP("RecoveryDialog", "Percent"),
    "note": QT_TRANSLATE_NOOP("RecoveryDialog", "Note"),
    "absence_reason": QT_TRANSLATE_NOOP("RecoveryDialog", "Reason for absence"),
    "speaker_label": QT_TRANSLATE_NOOP("RecoveryDialog", "Speaker"),
    "full_name": QT_TRANSLATE_NOOP("RecoveryDialog", "Full name"),
    "name": QT_TRANSLATE_NOOP("RecoveryDialog", "Name"),
    "short_name": QT_TRANSLATE_NOOP("RecoveryDialog", "Short name"),
}


def entity_name(table: str) -> str:
    return _t(ENTITIES[table]) if table in ENTITIES else table


def field_name(field: str) -> str:
    return _t(FIELDS[field]) if field in FIELDS else field


def local_time(value: datetime) -> str:
    """A draft's UTC time as the user's local ``dd/MM/yyyy HH:mm:ss``."""
    local = value.replace(tzinfo=UTC).astimezone() if value.tzinfo is None else value.astimezone()
    return local.strftime("%d/%m/%Y %H:%M:%S")


def preview(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class DraftsModel(QAbstractTableModel):
    def __init__(self, drafts: list[DraftDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = [
            (
                d.id,
                entity_name(d.entity),
                field_name(d.field),
                preview(d.text),
                local_time(d.updated_at),
                d.text,
            )
            for d in drafts
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column() + 1]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row[5]
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 - Qt API
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 4
        ):
            return (self.tr("Part"), self.tr("Field"), self.tr("Unsaved text"), self.tr("Typed at"))[section]
        return None


class RecoveryDialog(QDialog):
    def __init__(self, drafts: list[DraftDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Restore unsaved text"))
        self.choice = LATER
        intro = QLabel(
            self.tr(
                "The application stopped before this text was saved. Restore it into the "
                "minutes, or discard it?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = DraftsModel(drafts, self)
        self.view = QTableView(self)
        self.view.setObjectName("draftsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreDrafts")
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setObjectName("discardDrafts")
        self.later_button = QPushButton(self.tr("Decide &later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._finish(RESTORE))
        self.discard_button.clicked.connect(lambda: self._finish(DISCARD))
        self.later_button.clicked.connect(lambda: self._finish(LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != LATER else self.reject()

    @staticmethod
    def ask(parent: QWidget | None, drafts: list[DraftDTO]) -> str:
        """Show the dialog and wait: "restore", "discard" or "later"."""
        dialog = RecoveryDialog(drafts, parent)
        dialog.exec()
        return dialog.choice


def offer_recovery(
    services: Services,
    parent: QWidget | None = None,
    ask: Callable[[QWidget | None, list[DraftDTO]], str] | None = None,
) -> list[Outcome]:
    """If unsaved text was left by a previous run, ask what to do with it and do it."""
    drafts = services.drafts.pending()
    if not drafts:
        return []
    choice = (ask or RecoveryDialog.ask)(parent, drafts)
    if choice == RESTORE:
        outcomes = restore_all(services)
        problems = [o for o in outcomes if not o.restored]
        if problems:
            report_problems(parent, problems)
        return outcomes
    if choice == DISCARD:
        discard_all(services)
    return []


def report_problems(parent: QWidget | None, problems: list[Outcome]) -> None:
    lines = []
    for outcome in problems:
        reason = (
            user_message(outcome.problem)
            if outcome.problem is not None
            else QCoreApplication.translate("RecoveryDialog", "unknown field")
        )
        lines.append(
            f"• {entity_name(outcome.draft.entity)} / {field_name(outcome.draft.field)}: "
            f"{preview(outcome.draft.text, 60)} ({reason})"
        )
    title = QCoreApplication.translate("RecoveryDialog", "Some text could not be restored")
    QMessageBox.warning(parent, title, "\n".join(lines))
