"""The bar over the editor that shows a conflict: the user's text and the other one, who wrote it and when.

A text field whose save was refused (someone else changed the same field since the user saw it) keeps
the user's text and waits; the bar shows both texts and lets the user choose: keep mine (saved over
theirs, naming the version that holds theirs), take theirs, or merge by editing their own text in the
field and then keeping it. A change someone else stored while the user was typing in the field is
flagged the same way before any save is refused. Several fields wait in turn, the oldest first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import EditConflict
from minutes.ui.autosave import FieldSaver


class ConflictBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#conflictBar { background: #fff4e0; border: 1px solid #d08a00; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.waiting: list[Any] = []  # FieldSaver or ValueSaver
        self.headline = QLabel(self)
        self.headline.setObjectName("conflictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.mine_label = QLabel(self.tr("Your text (still in the field):"), self)
        self.mine = QPlainTextEdit(self)
        self.mine.setObjectName("conflictMine")
        self.theirs_label = QLabel(self)
        self.theirs = QPlainTextEdit(self)
        self.theirs.setObjectName("conflictTheirs")
        for box in (self.mine, self.theirs):
            box.setReadOnly(True)
            box.setFixedHeight(72)
        self.hint = QLabel(
            self.tr("To merge, edit your text in the field, then choose “Keep my text”."), self
        )
        self.hint.setWordWrap(True)
        self.keep = QPushButton(self.tr("&Keep my text"), self)
        self.keep.setObjectName("conflictKeepMine")
        self.take = QPushButton(self.tr("&Take their text"), self)
        self.take.setObjectName("conflictTakeTheirs")
        self.go = QPushButton(self.tr("Show the &field"), self)
        self.go.setObjectName("conflictShowField")
        self.keep.clicked.connect(self._keep)
        self.take.clicked.connect(self._take)
        self.go.clicked.connect(self._go)

        texts = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.mine_label)
        left.addWidget(self.mine)
        right.addWidget(self.theirs_label)
        right.addWidget(self.theirs)
        texts.addLayout(left)
        texts.addLayout(right)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.go)
        buttons.addWidget(self.take)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(texts)
        layout.addLayout(buttons)
        self.hide()

    # --- wiring --------------------------------------------------------------------------------
    def watch(self, saver: Any) -> None:
        """Show ``saver``'s conflicts (a FieldSaver's, or a ValueSaver's for a choice)."""
        saver.conflicted.connect(lambda _exc, s=saver: self._queue(s))
        saver.resolved.connect(lambda s=saver: self._drop(s))
        if isinstance(saver, FieldSaver):
            saver.flagged.connect(lambda _text, s=saver: self._queue(s))
            saver.widget.textChanged.connect(lambda s=saver: self._typed(s))

    @property
    def current(self) -> Any:
        return self.waiting[0] if self.waiting else None

    def _queue(self, saver: Any) -> None:
        if saver not in self.waiting:
            self.waiting.append(saver)
        self._show()

    def _drop(self, saver: Any) -> None:
        if saver in self.waiting:
            self.waiting.remove(saver)
        self._show()

    def _typed(self, saver: Any) -> None:
        if saver is self.current:
            self.mine.setPlainText(saver.shown_mine())

    # --- showing -------------------------------------------------------------------------------
    def _show(self) -> None:
        saver = self.current
        if saver is None:
            self.hide()
            return
        conflict = saver.conflict
        if conflict is not None:
            self.headline.setText(self._headline(saver, conflict))
            self.theirs_label.setText(
                self.tr("Their text (%1, %2):")
                .replace("%1", conflict.who)
                .replace("%2", conflict.fields.get("when", "?"))
            )
        else:
            self.headline.setText(
                self.tr("Someone else changed “%1” while you were typing in it. Nothing was overwritten: "
                        "choose which text to keep.").replace("%1", saver.label)
            )  # fmt: skip
            self.theirs_label.setText(self.tr("Their text:"))
        self.mine.setPlainText(saver.shown_mine())
        self.theirs.setPlainText(saver.shown_theirs())
        more = len(self.waiting) - 1
        self.hint.setText(
            self.tr("To merge, edit your text in the field, then choose “Keep my text”.")
            + (" " + self.tr("%n more field(s) wait after this one.", "", more) if more else "")
        )
        self.show()

    def _headline(self, saver: Any, conflict: EditConflict) -> str:
        return (
            self.tr(
                "%1 changed “%2” at %3 while you were editing it. Your text was not saved and is kept in "
                "the field: choose which text to keep."
            )  # fmt: skip
            .replace("%1", conflict.who)
            .replace("%2", saver.label)
            .replace("%3", conflict.fields.get("when", "?"))
        )

    # --- choices -------------------------------------------------------------------------------
    def _keep(self) -> None:
        saver = self.current
        if saver is not None:
            saver.keep_mine()

    def _take(self) -> None:
        saver = self.current
        if saver is not None:
            saver.take_theirs()

    def _go(self) -> None:
        saver = self.current
        if saver is None:
            return
        child: QWidget | None = saver.widget
        while child is not None:  # bring forward the tab or page that holds the field
            parent = child.parentWidget()
            if isinstance(parent, QStackedWidget):
                parent.setCurrentWidget(child)
            child = parent
        saver.widget.setFocus(Qt.FocusReason.OtherFocusReason)
