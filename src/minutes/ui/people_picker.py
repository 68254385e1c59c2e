"""Pickers over the directory: type any part of a name or title, accents optional, Enter to choose.

``duong hoai nam`` finds ``Đường Hoài Nam``: the services fold the query the same way as the stored
search keys. The popup lists the matches with the first one highlighted, so Enter picks it; arrows
move; when nothing matches, Enter asks to create a new record from the typed text (Ctrl+Enter always
does, even when something matches).

Two uses: an *adder* (the roll call, the speaker queue) emits ``picked`` and clears itself for the next
name; a *field* (a presenter, a lead unit) keeps the choice, shows its name and exposes ``value()``.

A field never drops a typed name silently: leaving it (Tab, a click elsewhere) takes the one record whose
name is exactly the typed text (accents and case as the search folds them); any other typed text stays,
marked, and ``unresolved`` says so, for the owner to ask whether to add it to the directory or keep it as
text (:meth:`Picker.pending_text`, :meth:`Picker.take_exact_match`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from minutes.domain.text import fold, normalize_line
from minutes.services import Services
from minutes.ui.models.rows import ID_ROLE, Row, RowsModel


@dataclass(frozen=True)
class Choice:
    id: int
    display: str  # what the popup lists
    name: str  # what a field shows once chosen
    tip: str = ""


Search = Callable[[str], list[Choice]]


class Picker(QLineEdit):
    picked = Signal(int)  # the chosen id
    create_requested = Signal(str)  # the typed text, NFC, when nothing matches (or on Ctrl+Enter)
    # True while ``create_requested`` is emitted for Ctrl+Enter (the user asked for it), False for an
    # Enter that matched nothing (perhaps a typo).
    create_forced = False
    cleared = Signal()  # a field's choice was removed (its text edited away)
    submitted = Signal()  # Enter on a field that already holds its choice (or is empty)
    unresolved = Signal(str)  # a field was left holding typed text that names no record (NFC)

    def __init__(self, search: Search, *, keep_choice: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._keep = keep_choice
        self._value: int | None = None
        self._choices: dict[int, Choice] = {}
        self._echo = False
        # The matches' model, the completer and its popup are made when first needed (the first search):
        # a window with several pickers (the board's filter bar) no longer builds them all up front.
        self._model: RowsModel | None = None
        self._completer: QCompleter | None = None
        self.installEventFilter(self)
        self.textEdited.connect(self._on_edited)
        self.returnPressed.connect(self._on_return)
        self.setClearButtonEnabled(True)

    @property
    def model(self) -> RowsModel:
        """The matches listed by the popup (made when first asked for)."""
        if self._model is None:
            self._model = RowsModel([""], parent=self)
        return self._model

    @property
    def completer_(self) -> QCompleter:
        """The popup's completer (made when first asked for)."""
        if self._completer is None:
            completer = QCompleter(self.model, self)
            completer.setWidget(self)  # not setCompleter: the line edit must not rewrite the text
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setMaxVisibleItems(10)
            completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
            # A tool-tip window, not a Qt.Popup: the keyboard stays in the line edit (this class moves
            # the highlight), and the popup never takes the window activation away from the form.
            popup = completer.popup()
            assert popup is not None  # a QCompleter always has its popup
            popup.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
            # This picker's own filter must see a focus-out before the completer's (which eats it
            # while its popup shows): the filter installed last runs first.
            self.removeEventFilter(self)
            self.installEventFilter(self)
            self._completer = completer
        return self._completer

    # --- public ----------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def set_value(self, ident: int | None, name: str = "") -> None:
        """Show a stored choice (a field) without emitting ``picked``."""
        self._value = ident
        self.setText(name if ident is not None else "")
        self._mark(False)

    def pending_text(self) -> str:
        """A field's typed text that is not (yet) a chosen record, NFC; "" when there is none."""
        if not self._keep or self._value is not None:
            return ""
        return normalize_line(self.text())

    def take_exact_match(self) -> bool:
        """Choose the one record named exactly as typed (folded). True when nothing typed is pending."""
        text = self.pending_text()
        if not text:
            self._mark(False)
            return True
        return self.choose_exact(text)

    def choose_exact(self, text: str) -> bool:
        """Choose the one record named exactly ``text`` (folded), as if picked; False when none or
        several are."""
        exact = [c for c in self._search(text) if fold(c.name) == fold(text)] if text else []
        if len(exact) == 1:
            self._choices[exact[0].id] = exact[0]
            self._choose(exact[0].id)
            return True
        return False

    def popup_visible(self) -> bool:
        return self._completer is not None and self._popup().isVisible()

    def matches(self) -> list[Choice]:
        """What the popup lists now."""
        return [self._choices[i] for i in self.model.ids() if i in self._choices]

    def refresh(self, text: str | None = None) -> list[Choice]:
        """Search for ``text`` (the typed text by default) and show the matches."""
        query = normalize_line(self.text() if text is None else text)
        found = self._search(query) if query else []
        self._choices = {c.id: c for c in found}
        self.model.set_rows([Row(c.id, (c.display,), (c.tip,)) for c in found])
        if found and self.hasFocus():
            self.completer_.complete(self.rect())
            self._popup().setCurrentIndex(self.completer_.completionModel().index(0, 0))
        else:
            self._hide_popup()
        return found

    # --- internals -------------------------------------------------------------------------------
    def _mark(self, pending: bool) -> None:
        """Show typed text that names no record (a dashed orange frame and a tip on how to resolve it)."""
        if bool(self.property("pending")) == pending:
            return
        self.setProperty("pending", pending)
        self.setStyleSheet("QLineEdit { border: 2px dashed #c2410c; }" if pending else "")
        self.setToolTip(
            self.tr("Not in the directory yet: choose a name from the list, or press Ctrl+Enter to add it")
            if pending
            else ""
        )

    def _left(self) -> None:
        if self.take_exact_match():
            return
        text = self.pending_text()
        self._mark(True)
        self.unresolved.emit(text)

    def _on_edited(self, text: str) -> None:
        self._mark(False)
        if self._keep and self._value is not None:
            self._value = None
            self.cleared.emit()
        self.refresh(text)

    def _on_return(self) -> None:
        popup = self._popup() if self.popup_visible() else None
        if popup is not None and popup.currentIndex().isValid():
            # Enter on the highlighted row. When the key came through the popup, the completer also
            # reports the activation right after this: ignore that one.
            self._echo = True
            QTimer.singleShot(0, self._end_echo)
            self._on_activated(popup.currentIndex(), force=True)
            return
        text = normalize_line(self.text())
        if not text or (self._keep and self._value is not None):
            self.submitted.emit()
            return
        found = self.refresh(text)
        if found:
            self._choose(found[0].id)
        else:
            self._request_create(text, forced=False)

    def _request_create(self, text: str, *, forced: bool) -> None:
        self.create_forced = forced
        try:
            self.create_requested.emit(text)
        finally:
            self.create_forced = False

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a QCompleter always has its popup
        return popup

    def _hide_popup(self) -> None:
        if self._completer is not None:
            self._popup().hide()

    def _end_echo(self) -> None:
        self._echo = False

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex, force: bool = False) -> None:
        if self._echo and not force:
            self._echo = False
            return
        ident = index.data(ID_ROLE)
        if ident is not None:
            self._choose(int(ident))

    def _choose(self, ident: int) -> None:
        choice = self._choices.get(ident)
        self._hide_popup()
        self._mark(False)
        if self._keep:
            self._value = ident
            self.setText(choice.name if choice else self.text())
        else:
            self.clear()
            if self._model is not None:
                self._model.set_rows([])
        self.picked.emit(ident)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self and isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusOut:
            if event.reason() not in (
                Qt.FocusReason.ActiveWindowFocusReason,
                Qt.FocusReason.PopupFocusReason,
            ):
                self._hide_popup()
                if self._keep:
                    self._left()
        return False

    def _move_highlight(self, key: int) -> bool:
        if not self.popup_visible():
            return False
        popup = self._popup()
        model = self.completer_.completionModel()
        count = model.rowCount()
        if count == 0:
            return False
        row = popup.currentIndex().row()
        page = max(1, self.completer_.maxVisibleItems() - 1)
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page, Qt.Key.Key_PageUp: -page}
        if key not in steps:
            return False
        row = max(0, min(count - 1, (row if row >= 0 else -1) + steps[Qt.Key(key)]))
        popup.setCurrentIndex(model.index(row, 0))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = normalize_line(self.text())
            self._hide_popup()
            if text:
                self._request_create(text, forced=True)
            event.accept()
            return
        if not event.modifiers() and self._move_highlight(event.key()):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.popup_visible():
            self._hide_popup()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and not self.popup_visible() and self.text().strip():
            self.refresh()  # show the matches again
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter chooses here; it must not also press a dialog's default button


def people_search(services: Services, limit: int = 30) -> Search:
    def search(query: str) -> list[Choice]:
        return [
            Choice(p.id, p.display, p.full_name, p.unit_name)
            for p in services.directory.find_people(query, limit=limit)
        ]

    return search


def units_search(services: Services, limit: int = 30) -> Search:
    def search(query: str) -> list[Choice]:
        units = services.directory.list_units(query)[:limit]
        return [
            Choice(u.id, f"{u.name} ({u.short_name})" if u.short_name else u.name, u.name, u.name)
            for u in units
        ]

    return search


def person_picker(
    services: Services, *, keep_choice: bool = False, placeholder: str = "", parent: QWidget | None = None
) -> Picker:
    picker = Picker(people_search(services), keep_choice=keep_choice, parent=parent)
    picker.setPlaceholderText(placeholder)
    return picker


def unit_picker(
    services: Services, *, keep_choice: bool = True, placeholder: str = "", parent: QWidget | None = None
) -> Picker:
    picker = Picker(units_search(services), keep_choice=keep_choice, parent=parent)
    picker.setPlaceholderText(placeholder)
    return picker
