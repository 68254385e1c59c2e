"""At start, after an unexpected stop: show the text that was typed but not saved, and restore it.

Each row says where the text belongs: the meeting (title and date) and the item in it ("Contribution 3
— Nguyễn Văn A", "Report figure — Tổng thu ngân sách"), so the user knows what they restore.

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
from minutes.services.drafts import DraftDTO, DraftPlace
from minutes.services.recovery import Outcome, discard_all, restore_all
from minutes.ui import formatting as fmt
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


def meeting_text(place: DraftPlace | None) -> str:
    """ "Họp giao ban tháng 1 (19/01/2021)"; "Directory" for a person or unit; "" when unknown."""
    if place is None or place.gone:
        return ""
    if place.meeting_id is None:
        return _t("Directory")
    title = " ".join(place.meeting_title.split()) or _t("(untitled meeting)")
    return f"{title} ({fmt.day(place.meeting_date)})" if place.meeting_date else title


def item_text(entity: str, place: DraftPlace | None) -> str:
    """ "Contribution 3 — Nguyễn Văn A", "Report figure — Tổng thu ngân sách", "Meeting"."""
    text = entity_name(entity)
    if place is None:
        return text
    if place.gone:
        return _t("%1 (deleted since)").replace("%1", text)
    if place.number:
        text = f"{text} {place.number}"
    return f"{text} — {place.name}" if place.name else text


def local_time(value: datetime) -> str:
    """A draft's UTC time as the user's local ``dd/MM/yyyy HH:mm:ss``."""
    local = value.replace(tzinfo=UTC).astimezone() if value.tzinfo is None else value.astimezone()
    return local.strftime("%d/%m/%Y %H:%M:%S")


def preview(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class DraftsModel(QAbstractTableModel):
    """Meeting, item, field, the unsaved text and when it was typed; each cell's tool tip is its whole
    text (the draft's text unshortened)."""

    COLUMNS = 5

    def __init__(
        self,
        drafts: list[DraftDTO],
        parent: QWidget | None = None,
        places: dict[int, DraftPlace] | None = None,
    ) -> None:
        super().__init__(parent)
        places = places or {}
        self._rows = [
            (
                d.id,
                meeting_text(places.get(d.id)),
                item_text(d.entity, places.get(d.id)),
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
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column() + 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[6] if index.column() == 3 else row[index.column() + 1]
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
            and 0 <= section < self.COLUMNS
        ):
            return (
                self.tr("Meeting"),
                self.tr("Part"),
                self.tr("Field"),
                self.tr("Unsaved text"),
                self.tr("Typed at"),
            )[section]
        return None


class RecoveryDialog(QDialog):
    def __init__(
        self,
        drafts: list[DraftDTO],
        parent: QWidget | None = None,
        places: dict[int, DraftPlace] | None = None,
    ) -> None:
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
        meetings = {meeting_text(p) for p in (places or {}).values()}
        one_meeting = len(meetings) == 1 and all(
            p.meeting_id is not None and not p.gone for p in (places or {}).values()
        )
        if one_meeting:  # the usual case: say it once, above the list
            intro.setText(
                intro.text() + " " + self.tr("It belongs to the meeting “%1”.").replace("%1", meetings.pop())
            )
        intro.setObjectName("recoveryIntro")
        self.intro = intro
        self.model = DraftsModel(drafts, self, places)
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
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text in each cell's tip
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.view.resizeColumnsToContents()
        for column, widest in ((0, 240), (1, 320)):  # long titles and names: shortened, whole in the tip
            header.resizeSection(column, min(header.sectionSize(column), widest))
        # One meeting (the usual case) is named above the list: its column would only repeat it.
        self.view.setColumnHidden(0, one_meeting)
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
        self.resize(900, 360)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != LATER else self.reject()

    @staticmethod
    def ask(
        parent: QWidget | None, drafts: list[DraftDTO], places: dict[int, DraftPlace] | None = None
    ) -> str:
        """Show the dialog and wait: "restore", "discard" or "later"."""
        dialog = RecoveryDialog(drafts, parent, places)
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
    if ask is None:
        choice = RecoveryDialog.ask(parent, drafts, services.drafts.places(drafts))
    else:
        choice = ask(parent, drafts)
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
