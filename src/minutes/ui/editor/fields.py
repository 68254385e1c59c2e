"""Input widgets the general information needs beyond Qt's own.

* :class:`GrowingTextEdit` - plain text whose height follows its content (notes).
* :class:`LineTextEdit` - a one-line field that wraps long text (a meeting title runs to 150 characters):
  Enter and Tab move on, pasted line breaks become spaces.
* :class:`OptionalTimeEdit` - a time that may be unknown ("--:--"): type "0830", clear to unknown.
* :class:`ValueSaver` - saves a non-text field (combo box, date, time) through the writer as soon as the
  user changes it, with undo; the text fields use :class:`~minutes.ui.autosave.FieldSaver`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

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


class ValueSaver(QObject):
    """Save one non-text field of one record as soon as it changes.

    ``read()`` gets the widget's value, ``show(value)`` puts a value in the widget (without saving it),
    ``save(entity_id, value)`` stores it (run on the writer). Call :meth:`changed` from the widget's
    signal for a finished choice (``activated``, ``editingFinished``); it saves only a real change.
    """

    saved = Signal(object)

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
        save: Callable[[int, object], object],
    ) -> None:
        super().__init__(widget)
        self.ctx, self.writer, self.widget = ctx, writer, widget
        self.entity, self.field, self.label = entity, field, label
        self._read, self._show, self._save = read, show, save
        self.entity_id: int | None = None
        self.stored: object = None
        self._loading = False

    def bind(self, entity_id: int | None, value: object) -> None:
        self.entity_id = entity_id
        self.stored = value
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def refresh(self, entity_id: int | None, value: object) -> None:
        """Show the stored ``value`` unless the user is changing this field right now."""
        if entity_id == self.entity_id and self.widget.hasFocus():
            return
        self.bind(entity_id, value)

    def changed(self, *_args: object) -> None:
        if self._loading or self.entity_id is None:
            return
        new = self._read()
        if new == self.stored:
            return
        entity_id = self.entity_id
        self.stored = new
        self._submit(entity_id, new)  # one undo step of the meeting, in the services
        self.saved.emit(new)

    def _submit(self, entity_id: int, value: object) -> None:
        self.writer.submit(("save", self.entity, entity_id, self.field), lambda: self._save(entity_id, value))
