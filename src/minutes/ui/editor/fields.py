"""Input widgets the general information needs beyond Qt's own.

* :class:`GrowingTextEdit` - plain text whose height follows its content (notes).
* :class:`LineTextEdit` - a one-line field that wraps long text (a meeting title runs to 150 characters):
  Enter and Tab move on, pasted line breaks become spaces.
* :class:`OptionalTimeEdit` - a time that may be unknown ("--:--"): type "0830", clear to unknown.
* :class:`ValueSaver` - saves a non-text field (combo box, date, time) through the writer as soon as the
  user changes it, with undo; the text fields use :class:`~minutes.ui.autosave.FieldSaver`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from minutes.errors import EditConflict
from minutes.services.context import acting_from
from minutes.services.versions import retry_stale, version_of
from minutes.ui.context import UiContext
from minutes.ui.writer import BackgroundWriter


class GrowingTextEdit(QPlainTextEdit):
    """Plain text whose height follows its content, from ``min_lines`` to ``max_lines`` rows (then it
    scrolls). Tab moves to the next field."""

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 1, max_lines: int = 3) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(3)
        self.textChanged.connect(self._fit)
        self._fit()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        lines = max(self.min_lines, min(self.max_lines, self._visual_lines()))
        height = int(
            lines * self.fontMetrics().lineSpacing()
            + 2 * self.document().documentMargin()
            + 2 * self.frameWidth()
            + 4
        )
        if self.height() != height:
            self.setFixedHeight(height)

    def _visual_lines(self) -> int:
        block = self.document().firstBlock()
        count = 0
        while block.isValid():
            layout = block.layout()
            count += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return count

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(400, self.height())


class LineTextEdit(GrowingTextEdit):
    """One line of text shown wrapped over as many rows as it needs: Enter moves on, pasted line breaks
    become spaces."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)


class OptionalTimeEdit(QLineEdit):
    """A time of day that may be unknown: ``--:--`` until digits are typed ("0830", "830" or "8" for
    08:30, 08:30, 08:00). Clearing it makes the time unknown again; an impossible time ("25:00") is
    put back to the last good one when the field is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("00:00;-")  # every digit optional: leaving always tidies
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") + 28)
        self._last = ""
        self.editingFinished.connect(self._tidy)  # before anyone else reads value()

    def value(self) -> str:
        """``"08:30"``, or ``""`` when unknown (or not a time)."""
        parsed = _parse_time(self.text())
        return parsed if parsed is not None else self._last

    def set_value(self, value: str) -> None:
        self._last = _parse_time(value) or ""
        self.setText(self._last)

    def _tidy(self) -> None:
        parsed = _parse_time(self.text())
        self._last = parsed if parsed is not None else self._last
        if self.text() != self._last and (self._last or self.text().strip("-:")):
            self.setText(self._last)


def _parse_time(text: str) -> str | None:
    """``"08:30"``, ``""`` (no digits) or None (not a time of day)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return ""
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    elif len(digits) == 3:
        hours, minutes = int(digits[0]), int(digits[1:])
    else:
        hours, minutes = int(digits[:2]), int(digits[2:4])
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


_UNKNOWN = object()  # a value saved without knowing what it replaces


class ValueSaver(QObject):
    """Save one non-text field of one record as soon as it changes.

    ``read()`` gets the widget's value, ``show(value)`` puts a value in the widget (without saving it),
    ``save(entity_id, value, expected_version=..., seen={field: value})`` stores it (run on the writer,
    naming the version the choice was based on). Call :meth:`changed` from the widget's signal for a
    finished choice (``activated``, ``editingFinished``); it saves only a real change. A choice refused
    because someone else changed the field meanwhile stays shown and is announced by :attr:`conflicted`
    (the editor's conflict bar); :meth:`keep_mine` and :meth:`take_theirs` resolve it.
    """

    saved = Signal(object)
    conflicted = Signal(object)  # EditConflict
    resolved = Signal()

    def __init__(
        self,
        ctx: UiContext,
        writer: BackgroundWriter,
        widget: QWidget,
        *,
        entity: str,
        field: str,
        label: str,
        read: Callable[[], object],
        show: Callable[[object], None],
        save: Callable[..., object],
        describe: Callable[[object], str] | None = None,
    ) -> None:
        super().__init__(widget)
        self.ctx, self.writer, self.widget = ctx, writer, widget
        self.entity, self.field, self.label = entity, field, label
        self._read, self._show, self._save = read, show, save
        self._describe = describe or (lambda value: "" if value is None else str(value))
        self.entity_id: int | None = None
        self.stored: object = None
        self._loading = False
        self._versions: dict[int, int] = {}
        self._pending: deque[int] = deque()  # entity ids of saves whose outcome has not come back
        self.conflict: EditConflict | None = None
        self.flagged_text: str | None = None  # (a choice is never "being typed": nothing to flag)
        writer.finished.connect(self._on_finished)
        writer.failed.connect(self._on_failed)

    def bind(self, entity_id: int | None, value: object) -> None:
        self.entity_id = entity_id
        self.stored = value
        version = self.ctx.versions.get(self.entity, entity_id)
        if entity_id is not None and version is not None:
            self._versions[entity_id] = max(version, self._versions.get(entity_id, 0))
        self._clear_conflict()
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def refresh(self, entity_id: int | None, value: object) -> None:
        """Show the stored ``value`` unless the user is changing this field right now (or a choice of
        theirs is not confirmed saved, or waits in a conflict)."""
        if entity_id == self.entity_id and (self.widget.hasFocus() or self._pending or self.conflict):
            return
        version = self.ctx.versions.get(self.entity, entity_id)
        mine = self._versions.get(entity_id) if entity_id is not None else None
        if entity_id == self.entity_id and version is not None and mine is not None and version < mine:
            return  # read before this field's own save
        self.bind(entity_id, value)

    def changed(self, *_args: object) -> None:
        if self._loading or self.entity_id is None:
            return
        new = self._read()
        if new == self.stored and self.conflict is None:
            return
        entity_id, old = self.entity_id, self.stored
        seen = old
        if self.conflict is not None:  # a new choice over a conflict: made knowing theirs
            self._versions[entity_id] = self.conflict.version
            seen = self.conflict.theirs
            self._clear_conflict()
        self.stored = new
        self._submit(entity_id, new, seen)  # one undo step of the meeting, in the services
        self.saved.emit(new)

    # --- a conflict ------------------------------------------------------------------------------
    def shown_mine(self) -> str:
        return self._describe(self.conflict.mine if self.conflict is not None else self._read())

    def shown_theirs(self) -> str:
        return self._describe(self.conflict.theirs) if self.conflict is not None else ""

    def keep_mine(self) -> None:
        if self.conflict is None or self.entity_id is None:
            return
        conflict = self.conflict
        self._versions[self.entity_id] = conflict.version
        self._clear_conflict()
        self._submit(self.entity_id, self.stored, conflict.theirs)

    def take_theirs(self) -> None:
        if self.conflict is None or self.entity_id is None:
            return
        conflict = self.conflict
        self._versions[self.entity_id] = conflict.version
        self.bind(self.entity_id, conflict.theirs)

    # --- internals -------------------------------------------------------------------------------
    def _submit(self, entity_id: int, value: object, seen: object = _UNKNOWN) -> None:
        self._pending.append(entity_id)
        known = seen is not _UNKNOWN

        def save() -> object:
            return self._save(
                entity_id,
                value,
                expected_version=self._versions.get(entity_id) if known else None,
                seen={self.field: seen} if known else None,
            )

        def job() -> object:
            with acting_from(self.ctx.origin):
                result = retry_stale(save)
            version = version_of(result)
            if version is not None and version > self._versions.get(entity_id, 0):
                self._versions[entity_id] = version
            return result

        self.writer.submit(("save", self.entity, entity_id, self.field), job)

    def _mine(self, tag: object) -> int | None:
        if isinstance(tag, tuple) and len(tag) == 4 and tag[0] == "save" and tag[1] == self.entity:
            if tag[3] == self.field and self._pending:
                return self._pending.popleft()
        return None

    def _on_finished(self, tag: object, _result: object) -> None:
        self._mine(tag)

    def _on_failed(self, tag: object, exc: object) -> None:
        entity_id = self._mine(tag)
        if entity_id is not None and entity_id == self.entity_id and isinstance(exc, EditConflict):
            self.conflict = exc
            self.conflicted.emit(exc)

    def _clear_conflict(self) -> None:
        if self.conflict is not None:
            self.conflict = None
            self.resolved.emit()
