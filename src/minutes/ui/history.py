"""Meeting → History… and the History button of a task: who changed what when, from the audit trail
(issue 13, item 5; :class:`minutes.services.history.HistoryService`).

One row per change, newest first: when (local time), who, what (added, changed, deleted, and which kind
of record), and the changes in one line; the selected row's changes are shown in full below the list.
A long text's change shows only the words that changed, with a little context (an autosaved paragraph
is stored as the window that changed: its position and both middles).
"""

from __future__ import annotations

import difflib
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.services import ChangeSet
from minutes.services.history import HistoryEntry
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message
from minutes.ui.models.rows import Row, RowsModel
from minutes.ui.tr import QT_TRANSLATE_NOOP
from minutes.ui.views import setup_table

CONTEXT = "History"
HEADERS = (
    QT_TRANSLATE_NOOP("History", "When"),
    QT_TRANSLATE_NOOP("History", "Who"),
    QT_TRANSLATE_NOOP("History", "What"),
    QT_TRANSLATE_NOOP("History", "Changes"),
)
ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("History", "added"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "delete": QT_TRANSLATE_NOOP("History", "deleted"),
}
ENTITIES = {
    "meetings": QT_TRANSLATE_NOOP("History", "Meeting"),
    "agenda_items": QT_TRANSLATE_NOOP("History", "Agenda item"),
    "attendance": QT_TRANSLATE_NOOP("History", "Attendance"),
    "meeting_documents": QT_TRANSLATE_NOOP("History", "Document"),
    "meeting_versions": QT_TRANSLATE_NOOP("History", "Version of the minutes"),
    "reports": QT_TRANSLATE_NOOP("History", "Report"),
    "report_figures": QT_TRANSLATE_NOOP("History", "Figure"),
    "contributions": QT_TRANSLATE_NOOP("History", "Contribution"),
    "conclusions": QT_TRANSLATE_NOOP("History", "Conclusion"),
    "recommendation_groups": QT_TRANSLATE_NOOP("History", "Group of recommendations"),
    "recommendations": QT_TRANSLATE_NOOP("History", "Recommendation"),
    "tasks": QT_TRANSLATE_NOOP("History", "Task"),
    "progress_updates": QT_TRANSLATE_NOOP("History", "Progress update"),
    "task_events": QT_TRANSLATE_NOOP("History", "Task event"),
    "attachments": QT_TRANSLATE_NOOP("History", "File"),
    "task_coordinators": QT_TRANSLATE_NOOP("History", "Coordinating unit"),
    "carried_tasks": QT_TRANSLATE_NOOP("History", "Carried-over task"),
}
FIELDS = {
    "text": QT_TRANSLATE_NOOP("History", "text"),
    "title": QT_TRANSLATE_NOOP("History", "title"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "deadline": QT_TRANSLATE_NOOP("History", "deadline"),
    "deadline_end": QT_TRANSLATE_NOOP("History", "deadline (end)"),
    "progress": QT_TRANSLATE_NOOP("History", "progress"),
    "priority": QT_TRANSLATE_NOOP("History", "priority"),
    "expected_product": QT_TRANSLATE_NOOP("History", "expected product"),
    "lead_unit_id": QT_TRANSLATE_NOOP("History", "lead unit"),
    "coordinating_units": QT_TRANSLATE_NOOP("History", "coordinating units"),
    "completed_on": QT_TRANSLATE_NOOP("History", "completed on"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "location": QT_TRANSLATE_NOOP("History", "place"),
    "starts_at": QT_TRANSLATE_NOOP("History", "start"),
    "role": QT_TRANSLATE_NOOP("History", "role"),
    "position": QT_TRANSLATE_NOOP("History", "position"),
    "speaker_id": QT_TRANSLATE_NOOP("History", "speaker"),
    "person_id": QT_TRANSLATE_NOOP("History", "person"),
    "value": QT_TRANSLATE_NOOP("History", "value"),
    "label": QT_TRANSLATE_NOOP("History", "label"),
    "cascade": QT_TRANSLATE_NOOP("History", "deleted with"),
}
#: Texts longer than this are shown as the words that changed.
SHORT = 80
#: Words of context kept on each side of a change.
CONTEXT_WORDS = 4


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(key: str) -> str:
    return _t(FIELDS[key]) if key in FIELDS else key.replace("_", " ")


def value_text(value: Any, limit: int = 200) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    text = str(value).replace("\n", " ¶ ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def word_diff(old: str, new: str) -> str:
    """The words that changed, each change with a few words of context: ``… a [-b-] {+c+} d …``."""
    a, b = old.split(), new.split()
    parts: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            words, first, last, n = a[i1:i2], i1 == 0, i2 == len(a), CONTEXT_WORDS
            if first and not last and len(words) > n:
                words = ["…", *words[-n:]]
            elif last and not first and len(words) > n:
                words = [*words[:n], "…"]
            elif not first and not last and len(words) > 2 * n:
                words = [*words[:n], "…", *words[-n:]]
            parts.append(" ".join(words))
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(p for p in parts if p)


def change_text(key: str, change: Any) -> str:
    """One field's change of an update, readable."""
    name = field_name(key)
    if isinstance(change, dict) and "window" in change:
        start, old_middle, new_middle, _end = change["window"]
        return (
            _t("%1: at character %2, «%3» → «%4» (%5 → %6 characters)")
            .replace("%1", name)
            .replace("%2", str(start + 1))
            .replace("%3", value_text(old_middle))
            .replace("%4", value_text(new_middle))
            .replace("%5", str(change.get("old", {}).get("length", "?")))
            .replace("%6", str(change.get("new", {}).get("length", "?")))
        )
    if isinstance(change, list) and len(change) == 2:
        old, new = change
        if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > SHORT:
            return f"{name}: {word_diff(old, new)}"
        return f"{name}: {value_text(old)} → {value_text(new)}"
    return f"{name}: {value_text(change)}"


def changes_lines(entry: HistoryEntry) -> list[str]:
    skip = {"id", "search_key"}
    if entry.action == "update":
        return [change_text(k, v) for k, v in entry.changes.items() if k not in skip]
    # an added or deleted record: what it says, not the ids and places that tie it to others
    return [
        f"{field_name(k)}: {value_text(v)}"
        for k, v in entry.changes.items()
        if k not in skip and k != "position" and not (k.endswith("_id") and k != "cascade")
    ]


def what_text(entry: HistoryEntry) -> str:
    entity = _t(ENTITIES[entry.entity]) if entry.entity in ENTITIES else entry.entity
    action = _t(ACTIONS.get(entry.action, entry.action))
    return _t("%1 %2").replace("%1", entity).replace("%2", action)


def when_text(at: datetime) -> str:
    local = at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()
    return f"{local:%d/%m/%Y %H:%M:%S}"


def entry_row(entry: HistoryEntry) -> Row:
    lines = changes_lines(entry)
    one_line = "; ".join(lines)
    return Row(
        entry.id, (when_text(entry.at), entry.actor, what_text(entry), one_line), tips=("", "", "", one_line)
    )


class HistoryDialog(QDialog):
    """The history of a meeting (``kind`` "meeting") or a task ("task")."""

    def __init__(
        self, ctx: UiContext, kind: str, ident: int, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.ctx = ctx
        self.kind = kind
        self.ident = ident
        self.entries: list[HistoryEntry] = []
        heading = self.tr("History of the meeting") if kind == "meeting" else self.tr("History of the task")
        self.setWindowTitle(heading)
        self.resize(900, 560)
        self.heading = QLabel(f"{heading}: {title}" if title else heading, self)
        self.heading.setWordWrap(True)
        self.model = RowsModel([_t(h) for h in HEADERS], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "historyTable", stretch=3)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 130)
        self.table.setColumnWidth(2, 190)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("historyDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(160)
        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes:
            self.refresh()

    def refresh(self) -> None:
        history = self.ctx.services.history
        try:
            self.entries = (
                history.of_meeting(self.ident) if self.kind == "meeting" else history.of_task(self.ident)
            )
        except UserError as exc:
            self.message.setText(user_message(exc))
            self.message.setVisible(True)
            self.entries = []
        self.model.set_rows([entry_row(e) for e in self.entries])
        if self.entries and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            head = f"{when_text(entry.at)} — {entry.actor} — {what_text(entry)}"
            self.detail.setPlainText("\n".join([head, *changes_lines(entry)]))
        else:
            self.detail.clear()


def show_history(ctx: UiContext, kind: str, ident: int, title: str, parent: QWidget) -> HistoryDialog:
    dialog = HistoryDialog(ctx, kind, ident, title, parent)
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install_history(window: QWidget) -> QAction:
    """Meeting → History… for the open meeting."""
    from minutes.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    action = QAction(QCoreApplication.translate("History", "&History…"), window)
    action.setObjectName("meetingHistory")
    action.setShortcut(QKeySequence("Ctrl+Alt+H"))
    action.setStatusTip(QCoreApplication.translate("History", "Who changed what in this meeting, and when"))

    def show() -> None:
        meeting = window.editor.meeting
        if meeting is not None:
            show_history(window.ctx, "meeting", meeting.id, meeting.title, window)

    action.triggered.connect(show)
    window.addAction(action)
    window.actions_.menu("meeting").addAction(action)
    window.editor.meeting_loaded.connect(lambda detail: action.setEnabled(detail is not None))
    action.setEnabled(window.editor.meeting is not None)
    return action
