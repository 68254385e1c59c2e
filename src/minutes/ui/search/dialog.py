"""The global search (Ctrl+K, Ctrl+F): type, see hits grouped by kind, Enter opens the one chosen.

The query runs 250 ms after the last keystroke, in the background (:class:`SearchRunner`); a newer query
makes older results irrelevant and they are dropped. Up/Down move through the hits while the cursor
stays in the box; Enter or a double-click emits :attr:`SearchDialog.open_requested` and closes.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.search import SearchResult
from minutes.services import ChangeSet
from minutes.ui.context import UiContext
from minutes.ui.search.delegate import HitDelegate
from minutes.ui.search.model import RESULT_ROLE, SearchResultsModel
from minutes.ui.search.worker import SearchRunner

DEBOUNCE_MS = 250
SHORTCUTS = ("Ctrl+K", "Ctrl+F")
_NAVIGATION = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}

Index = QModelIndex | QPersistentModelIndex


class SearchDialog(QDialog):
    # kind, meeting id (or None), task id (or None), entity id
    open_requested = Signal(str, object, object, int)

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, debounce_ms: int = DEBOUNCE_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(720, 520)
        self.ctx = ctx

        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr('Words, accents optional; "a phrase"; a beginning*'))
        self.model = SearchResultsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.run_query)
        self.runner = SearchRunner(ctx.services.search.search, parent=self)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.edit.textChanged.connect(self._typed)
        self.edit.returnPressed.connect(self.open_current)
        self.edit.installEventFilter(self)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        ctx.bus.changed.connect(self._data_changed)

    # --- showing -------------------------------------------------------------------------------
    def popup(self) -> None:
        """Show (or bring back) the dialog with the last query selected, ready to type over."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def query(self) -> str:
        return unicodedata.normalize("NFC", self.edit.text())

    # --- searching -----------------------------------------------------------------------------
    @Slot(str)
    def _typed(self, _text: str) -> None:
        self.timer.start()

    @Slot()
    def run_query(self) -> None:
        """Search now for what is in the box (the debounce timer calls this)."""
        self.timer.stop()
        query = self.query()
        if not query.strip():
            self.runner.cancel()
            self.model.clear()
            self.status.clear()
            return
        self.status.setText(self.tr("Searching…"))
        self.runner.submit(query)

    @Slot(str, object)
    def _show(self, query: str, results: list[SearchResult]) -> None:
        if query != self.query():
            return  # the box changed since; its own query is on its way
        self.model.set_results(results)
        self.view.expandAll()
        first = self.model.first_hit()
        if first.isValid():
            self.view.setCurrentIndex(first)
            self.view.scrollTo(first)
        count = self.model.result_count()
        if count:
            self.status.setText(self.tr("%n result(s)", "", count))
        else:
            self.status.setText(self.tr("Nothing found. Try fewer words, or the beginning of a word with *."))

    @Slot(str, object)
    def _failed(self, _query: str, exc: object) -> None:
        self.model.clear()
        if isinstance(exc, UserError):
            self.status.setText(exc.translated(QCoreApplication.translate))
            return
        self.status.setText(self.tr("The search failed: %1").replace("%1", str(exc)))

    @Slot(object)
    def _data_changed(self, changes: ChangeSet) -> None:
        if self.isVisible() and self.query().strip() and changes:
            self.timer.start()

    # --- choosing ------------------------------------------------------------------------------
    def current_result(self) -> SearchResult | None:
        result = self.view.currentIndex().data(RESULT_ROLE)
        return result if isinstance(result, SearchResult) else None

    @Slot()
    def open_current(self) -> None:
        if self.timer.isActive():  # Enter typed before the debounce fired: search first
            self.run_query()
            return
        result = self.current_result()
        if result is not None:
            self.open_requested.emit(result.kind, result.meeting_id, result.task_id, result.entity_id)
            self.accept()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if isinstance(index.data(RESULT_ROLE), SearchResult):
            self.view.setCurrentIndex(index)
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up/Down/PageUp/PageDown in the box move through the hits."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.key() in _NAVIGATION:
                self._step(key_event)
                return True
        return super().eventFilter(watched, event)

    def _step(self, event: QKeyEvent) -> None:
        hits = [
            self.model.index(r, 0, self.model.index(g, 0))
            for g in range(self.model.rowCount())
            for r in range(self.model.rowCount(self.model.index(g, 0)))
        ]
        if not hits:
            return
        current = self.view.currentIndex()
        at = next((i for i, h in enumerate(hits) if h == current), -1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
        target = max(0, min(len(hits) - 1, at + step[Qt.Key(event.key())]))
        self.view.setCurrentIndex(hits[target])
        self.view.scrollTo(hits[target])

    # --- closing -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the debounce and wait for a query still running (call before the database closes)."""
        self.timer.stop()
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.timer.stop()
        self.runner.cancel()
        super().closeEvent(event)


def install_search(main_window: QWidget, ctx: UiContext) -> SearchDialog:
    """Give ``main_window`` the global search: a dialog and an action on Ctrl+K and Ctrl+F.

    The action is ``dialog.action`` (add it to a menu if wanted; it already works as a shortcut).
    Connect ``dialog.open_requested(kind, meeting_id, task_id, entity_id)`` to what opens the meeting or
    task at that item, and call ``dialog.shutdown()`` when the window shuts down.
    """
    dialog = SearchDialog(ctx, main_window)
    action = QAction(QCoreApplication.translate("SearchDialog", "&Search everything…"), main_window)
    action.setObjectName("searchEverything")
    action.setShortcuts([QKeySequence(k) for k in SHORTCUTS])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(
        QCoreApplication.translate(
            "SearchDialog",
            "Find meetings, people, reports, contributions, conclusions, recommendations, tasks "
            "and progress notes, accents optional",
        )
    )
    action.triggered.connect(dialog.popup)
    main_window.addAction(action)
    dialog.action = action  # type: ignore[attr-defined]
    return dialog
