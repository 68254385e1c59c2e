"""The global search (Ctrl+K, Ctrl+F): type, see hits grouped by kind, Enter opens the one chosen.

Every kind that matches is shown with its real number of matches (counted in the index up to 1,000; a
kind with more says "1,000+", in the language's number format) and its best hits first; the last row of a group not all shown is "Show more…" (Enter or a click adds a page of that
kind); the kind box (Alt+K) searches one kind only.

The results are shown 150 ms after the last keystroke (:data:`DEBOUNCE_MS`: a pause in the typing, not
every key). The query itself starts as soon as the typing pauses briefly (:data:`QUERY_AFTER_MS`), in the
background (:class:`SearchRunner`, a lane where a newer query supersedes and stops older ones), so that
its answer is usually ready, and held, when the pause reaches :data:`DEBOUNCE_MS`; it is painted then (or
as soon as it arrives, if later). An answer is shown only if it is for what the box holds now: an older
answer never replaces a newer one. The first page of hits is painted before the counts per kind, which
follow from a second query; when the counts arrive, the hits already shown stay (only the counts and the
"Show more…" rows change) unless the hits themselves differ. Up/Down move through the hits while the
cursor stays in the box; Enter or a double-click emits :attr:`SearchDialog.open_requested` and closes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

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
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.search import GroupedResults, SearchResult
from minutes.search.cancel import Cancel, Cancelled
from minutes.search.query import MORE_STEP, PER_KIND
from minutes.services import ChangeSet
from minutes.ui.context import UiContext
from minutes.ui.search.delegate import HitDelegate
from minutes.ui.search.model import MORE_ROLE, RESULT_ROLE, SearchResultsModel, grouped_number, kind_names
from minutes.ui.search.worker import SearchRunner

#: The pause in the typing after which the results are shown (the benchmark's target is this + 30 ms).
DEBOUNCE_MS = 150
#: The pause in the typing after which the query starts (its answer is held until :data:`DEBOUNCE_MS`).
QUERY_AFTER_MS = 30
#: The counts per kind start once the first page is painted, or after this long if it is not.
COUNT_AT_LATEST_MS = 50
#: Rows laid out per turn of the event loop while an answer waits for the pause.
LAID_OUT_AT_ONCE = 4
#: Hits of the one kind chosen in the kind box, at first.
ONE_KIND_FIRST = 50
SHORTCUTS = ("Ctrl+K", "Ctrl+F")
_NO_SUCH_WORD = "zzwarmup"  # no Vietnamese word begins with "zz"
_NAVIGATION = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}

Index = QModelIndex | QPersistentModelIndex


class SearchDialog(QDialog):
    # kind, meeting id (or None), task id (or None), entity id
    open_requested = Signal(str, object, object, int)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        query_after_ms: int = QUERY_AFTER_MS,
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
        self.kind = QComboBox(self)
        self.kind.setObjectName("searchKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        self._wanted: dict[str, int] = {}  # kind -> hits asked for with "Show more…"
        self._focus_kind: str | None = None  # after "more": select the first new hit of this kind
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
        self.delegate = HitDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # never before the pause (a coarse one may)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.run_query)
        # the query starts at a brief pause; its answer waits for the debounce (``_held``)
        self.early = QTimer(self)
        self.early.setSingleShot(True)
        self.early.setInterval(min(query_after_ms, debounce_ms))
        self.early.timeout.connect(self._start_query)
        self._asked: tuple[str, str | None] | None = None  # what the last first pass submitted is for
        self._held: tuple[tuple[str, str | None], list[SearchResult]] | None = None  # arrived early
        self._shown: tuple[str, str | None] | None = None  # what the results shown answer
        self._warmed = False
        self._to_lay_out: list[str] = []  # rows of the answer held, laid out before it is shown
        self.lay_out = QTimer(self)
        self.lay_out.setInterval(0)
        self.lay_out.timeout.connect(self._lay_out_some)
        self.runner = SearchRunner(self._search, parent=self)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self._failed)
        # the second pass: counts per kind and the best of each kind (reads every match's kind)
        self.counter = SearchRunner(self._grouped, parent=self)
        self.counter.finished.connect(self._show_grouped)
        self.counter.failed.connect(self._failed)
        self._counting = False
        self._count_waiting: str | None = None  # counted once the first page is painted
        self.count_later = QTimer(self)
        self.count_later.setSingleShot(True)
        self.count_later.setInterval(COUNT_AT_LATEST_MS)
        self.count_later.timeout.connect(self._count_now)
        self.view.viewport().installEventFilter(self)
        self.edit.textChanged.connect(self._typed)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """The first time the dialog shows, the search's thread gets ready while the user starts typing:
        the query code is imported and a connection opened, by a search for a word no entry has (the
        first query in a process took twice as long as the next ones), and the letters are drawn once
        off screen (the first paint of results took 20-50 ms under load, later ones 2-3)."""
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            search = self.ctx.services.search.search
            self.runner.runner.submit(None, lambda: search(_NO_SUCH_WORD, None, 1))
            self.delegate.warm(self.view.font())

    def query(self) -> str:
        return unicodedata.normalize("NFC", self.edit.text())

    # --- searching -----------------------------------------------------------------------------
    def chosen_kind(self) -> str | None:
        data = self.kind.currentData()
        return str(data) if data else None

    def _key(self) -> tuple[str, str | None]:
        """What the results shown must answer: the text in the box and the kind chosen."""
        return self.query(), self.chosen_kind()

    def _search(
        self, query: str, kinds: Iterable[str] | None, limit: int, *, cancel: Cancel | None = None
    ) -> list[SearchResult]:
        """Run in the worker thread: the best hits among the newest matches (of the kind chosen, given
        by the GUI thread when it submitted the query)."""
        return self.ctx.services.search.search(query, kinds, limit, cancel=cancel)

    def _grouped(
        self, query: str, kinds: Iterable[str] | None, _limit: int, *, cancel: Cancel | None = None
    ) -> GroupedResults:
        """Run in the worker thread: every kind with its count and best hits (or one kind, a page)."""
        chosen = list(kinds) if kinds is not None else None
        wanted = dict(self._wanted)
        search = self.ctx.services.search
        if chosen:
            return search.grouped(query, chosen, per_kind=ONE_KIND_FIRST, wanted=wanted, cancel=cancel)
        return search.grouped(query, per_kind=PER_KIND, wanted=wanted, cancel=cancel)

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._wanted.clear()
        self._stop_counting()  # the counts of what the box held are of no use any more
        self.timer.start()
        self.early.start()

    @Slot(int)
    def _kind_chosen(self, _index: int) -> None:
        self._wanted.clear()
        self._requery()
        if self.query().strip():
            self.run_query()

    def show_more(self, kind: str) -> None:
        """A page more of ``kind`` (the "Show more…" row)."""
        first = ONE_KIND_FIRST if self.chosen_kind() == kind else PER_KIND
        self._wanted[kind] = max(self._wanted.get(kind, first), self.model.shown_of(kind)) + MORE_STEP
        self._focus_kind = kind
        self.timer.stop()
        self.early.stop()
        self._count(self.query())

    def counting(self) -> bool:
        """The counts per kind of the query shown are still being read."""
        return self._counting

    def _count(self, query: str) -> None:
        self._counting = True
        kind = self.chosen_kind()
        self.counter.submit(query, [kind] if kind else None)

    def _stop_counting(self) -> None:
        self.count_later.stop()
        self._count_waiting = None
        self.counter.cancel()
        self._counting = False

    @Slot()
    def _start_query(self) -> None:
        """The typing paused briefly: start the first pass now (its answer waits for the debounce)."""
        self.early.stop()
        query, kind = key = self._key()
        if not query.strip() or key == self._asked or (self._held and self._held[0] == key):
            return
        self._held = None
        self._asked = key
        self.runner.submit(query, [kind] if kind else None)

    @Slot()
    def run_query(self) -> None:
        """Show the results for what is in the box now (the debounce timer calls this): the answer held
        if it arrived already, else as soon as it does."""
        self.timer.stop()
        self.early.stop()
        key = self._key()
        if not key[0].strip():
            self.runner.cancel()
            self._stop_counting()
            self._asked = self._held = self._shown = None
            self.model.clear()
            self.status.clear()
            return
        self._stop_counting()
        if self._held is not None and self._held[0] == key:
            held, self._held = self._held[1], None
            self._present(held)
            return
        self.status.setText(self.tr("Searching…"))
        self._start_query()

    def _requery(self) -> None:
        """Forget any answer held or on its way: the data changed, or the kind chosen did."""
        self._asked = self._held = None
        self.runner.cancel()

    @Slot(str, object)
    def _show(self, query: str, results: list[SearchResult]) -> None:
        """The first pass arrived: held until the debounce, or painted now; the counts follow."""
        key, self._asked = self._asked, None
        if key is None or key[0] != query or key != self._key():
            return  # the box changed since; its own query is on its way
        if self.timer.isActive():  # the typing has not paused long enough yet
            self._held = (key, results)
            groups = self.model.groups_of(results, per_kind=ONE_KIND_FIRST if key[1] else PER_KIND)
            self._to_lay_out = self.model.rows_html(groups, self._rows_on_screen())
            self.lay_out.start()
            return
        self._present(results)

    def _rows_on_screen(self) -> int:
        """About how many rows the list shows (every hit row is two lines, a group title one)."""
        line = self.view.fontMetrics().lineSpacing() + 8
        return self.view.viewport().height() // line + 1

    @Slot()
    def _lay_out_some(self) -> None:
        """While the answer waits for the pause: lay out a few of the rows it will show (a few at a
        time, so that a key typed meanwhile is not kept waiting)."""
        some, self._to_lay_out = self._to_lay_out[:LAID_OUT_AT_ONCE], self._to_lay_out[LAID_OUT_AT_ONCE:]
        self.delegate.prepare(some, self.view.font())
        if not self._to_lay_out or self._held is None:
            self._to_lay_out = []
            self.lay_out.stop()

    def _present(self, results: list[SearchResult]) -> None:
        """The first page: as many hits of each kind as the counts will show (so that they do not
        rebuild the list when they arrive); the hit chosen stays if the same query is shown again."""
        key = self._key()
        same = key == self._shown
        self._shown = key
        per_kind = ONE_KIND_FIRST if key[1] else PER_KIND
        self._show_results(results, keep=self.current_result(), per_kind=per_kind, keep_if_new=same)
        if results:
            shown = self.model.result_count()
            self.status.setText(self.tr("%n result(s) so far; counting every kind…", "", shown))
            self._count_after_paint(key[0])

    def _count_after_paint(self, query: str) -> None:
        """Count once the first page is painted: the count's thread would otherwise contend with the
        paint for the interpreter (a worker running Python makes each of the paint's calls into Python
        wait). A dialog not painted (hidden) counts after :data:`COUNT_AT_LATEST_MS` anyway."""
        self._counting = True
        self._count_waiting = query
        self.count_later.start()

    @Slot()
    def _count_now(self) -> None:
        self.count_later.stop()
        query, self._count_waiting = self._count_waiting, None
        if query is not None and query == self.query():
            self._count(query)

    @Slot(str, object)
    def _show_grouped(self, query: str, results: GroupedResults) -> None:
        if query != self.query():
            return
        self._counting = False
        chosen = self.current_result()
        self._show_results(results, keep=chosen)

    def _show_results(
        self,
        results: GroupedResults | list[SearchResult],
        keep: SearchResult | None = None,
        per_kind: int | None = None,
        *,
        keep_if_new: bool = True,
    ) -> None:
        """``keep``: the hit to keep chosen if it is still there; when the list was rebuilt (other
        hits), only if ``keep_if_new`` (else the best hit is chosen: the results of a new query)."""
        before = self.model.shown_of(self._focus_kind) if self._focus_kind else 0
        if not self.model.set_results(results, per_kind=per_kind) and not keep_if_new:
            keep = None
        self.view.expandAll()
        first = self.model.first_hit()
        if keep is not None:  # the hit the user was on stays chosen when the counts arrive
            found = self.model.index_of(keep.kind, keep.entity_id)
            first = found if found.isValid() else first
        if self._focus_kind is not None and self.model.group_row(self._focus_kind) >= 0:
            group = self.model.index(self.model.group_row(self._focus_kind), 0)
            first = self.model.index(min(before, self.model.rowCount(group) - 1), 0, group)
        self._focus_kind = None
        if first.isValid():
            self.view.setCurrentIndex(first)
            self.view.scrollTo(first)
        count, total = self.model.result_count(), self.model.total_count()
        if count and (total > count or self.model.capped()):
            self.status.setText(
                self.tr("%1 results; %2 shown, the best of each kind")
                .replace("%1", grouped_number(total, more=self.model.capped()))
                .replace("%2", grouped_number(count))
            )
        elif count:
            self.status.setText(self.tr("%n result(s)", "", count))
        else:
            self.status.setText(self.tr("Nothing found. Try fewer words, or the beginning of a word with *."))

    @Slot(str, object)
    def _failed(self, _query: str, exc: object) -> None:
        self._counting = False
        self._asked = None
        if isinstance(exc, Cancelled):  # stopped for a newer query (its answer is normally dropped)
            return
        self._shown = None
        self.model.clear()
        if isinstance(exc, UserError):
            self.status.setText(exc.translated(QCoreApplication.translate))
            return
        self.status.setText(self.tr("The search failed: %1").replace("%1", str(exc)))

    @Slot(object)
    def _data_changed(self, changes: ChangeSet) -> None:
        if self.isVisible() and self.query().strip() and changes:
            self._requery()
            self.timer.start()
            self.early.start()

    # --- choosing ------------------------------------------------------------------------------
    def current_result(self) -> SearchResult | None:
        result = self.view.currentIndex().data(RESULT_ROLE)
        return result if isinstance(result, SearchResult) else None

    @Slot()
    def open_current(self) -> None:
        if self.timer.isActive():  # Enter typed before the debounce fired: search first
            self.run_query()
            return
        more = self.view.currentIndex().data(MORE_ROLE)
        if more:
            self.show_more(str(more))
            return
        result = self.current_result()
        if result is not None:
            self.open_requested.emit(result.kind, result.meeting_id, result.task_id, result.entity_id)
            self.accept()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if isinstance(index.data(RESULT_ROLE), SearchResult) or index.data(MORE_ROLE):
            self.view.setCurrentIndex(index)
            self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up/Down/PageUp/PageDown in the box move through the hits; the counts wait for a paint."""
        if event.type() == QEvent.Type.Paint and self._count_waiting is not None:
            if watched is self.view.viewport():
                QTimer.singleShot(0, self, self._count_now)  # right after this paint
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
        self.early.stop()
        self.runner.shutdown()
        self.counter.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.timer.stop()
        self.early.stop()
        self._asked = self._held = None
        self.runner.cancel()
        self.counter.cancel()
        self._counting = False
        super().closeEvent(event)


def install_search(main_window: QWidget, ctx: UiContext) -> SearchDialog:
    """Give ``main_window`` the global search: a dialog and an action on Ctrl+K and Ctrl+F.

    The action is ``dialog.action`` (add it to a menu if wanted; it already works as a shortcut).
    Connect ``dialog.open_requested(kind, meeting_id, task_id, entity_id)`` to what opens the meeting or
    task at that item, and call ``dialog.shutdown()`` when the window shuts down.
    """
    from minutes.ui.parts import search_action  # the main window's start makes the same action

    dialog = SearchDialog(ctx, main_window)
    action = search_action(main_window)
    action.triggered.connect(dialog.popup)
    main_window.addAction(action)
    dialog.action = action  # type: ignore[attr-defined]
    return dialog
