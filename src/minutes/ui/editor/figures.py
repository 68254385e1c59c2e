"""The figures table of a report, edited in place like a spreadsheet, numbers typed the Vietnamese way.

"19.885.177.001" and "98,4" are read by ``services.items.parse_decimal`` and shown back Vietnamese-style.
The last row is a blank "new figure" row: typing a label there adds the figure. Insert jumps to it,
Delete removes the selected figure, Alt+Up/Down move it; every change is one undoable step. The kind
column says how the figure is printed (an amount, against the plan, a change against a period, a rank,
a share: :mod:`.figure_kinds`); a change names the period it is compared to.

Tab and Shift+Tab in a cell go on to the next or previous cell of the figure, also from the new-figure
row, whose row the new figure replaces when the table is shown again: :meth:`FiguresTable.resume` puts
the focus and an open editor back where Tab sent them (the typing went elsewhere before).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from minutes.domain.figures import percent_of_plan
from minutes.errors import UserError, ValidationError
from minutes.services.dto import FigureDTO, ReportDTO
from minutes.ui import formatting as fmt
from minutes.ui.editor.figure_kinds import KindDelegate, figure_tips, kind_name
from minutes.ui.models.rows import Row, RowsModel
from minutes.ui.views import fit_rows, set_widths, setup_table, wrap_columns

NEW_ROW = -1
FIELDS = {
    1: "label",
    2: "value",
    3: "unit",
    4: "target",
    5: "percent",
    6: "note",
    7: "kind",
    8: "compared_to",
}
NUMBERS = {"value", "target", "percent"}


def _t(text: str) -> str:
    return QCoreApplication.translate("FiguresTable", text)


def figure_cells(index: int, f: FigureDTO) -> tuple[str, ...]:
    computed = percent_of_plan(f.value, f.target)
    if f.percent is not None:
        percent = f"{fmt.number(f.percent)}%"
    else:  # value of plan, shown (not stored: "18/18 chi bộ" is a total, not a plan)
        percent = f"≈{fmt.number(computed)}%" if computed is not None else ""
    return (
        str(index + 1),
        f.label,
        fmt.number(f.value),
        f.unit,
        fmt.number(f.target),
        percent,
        f.note or "",
        kind_name(f.kind),
        f.compared_to or "",
    )


class FiguresTable(QTableView):
    """Edits go to ``on_edit(figure_id or NEW_ROW, field, text) -> bool``."""

    def __init__(self, on_edit: Callable[[int, str, str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self.model_ = RowsModel(
            [
                _t("No."),
                _t("Figure"),
                _t("Value"),
                _t("Unit"),
                _t("Target"),
                _t("Percent"),
                _t("Note"),
                _t("Kind"),
                _t("Compared to"),
            ],
            editable=list(FIELDS),
            on_edit=self._edited,
            parent=self,
        )
        self.setModel(self.model_)
        setup_table(self, "figuresTable", stretch=1, wrap=True)
        set_widths(self, {0: 44, 2: 110, 3: 84, 4: 110, 5: 64, 7: 110, 8: 90})
        # the indicator and its note are the long texts: both share the width left, wrapped
        self.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(7, KindDelegate(self))
        wrap_columns(self, [1, 2, 3, 4, 5, 6, 8])  # the kind (7) has its own delegate
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        fit_rows(self, min_rows=3)
        self.figures: list[FigureDTO] = []
        self._resume: tuple[int, int] | None = None  # (figure id or NEW_ROW, column) Tab went to

    def show_report(self, report: ReportDTO | None) -> None:
        self.figures = list(report.figures) if report else []
        rows = [
            Row(f.id, cells, figure_tips(f), edit=(*cells[:7], f.kind, cells[8]))
            for i, f in enumerate(self.figures)
            for cells in (figure_cells(i, f),)
        ]
        if report is not None:
            rows.append(
                Row(
                    NEW_ROW,
                    ("+", "", "", "", "", "", "", "", ""),
                    ("", _t("Type the label of a new figure here")),
                )
            )
        self.model_.set_rows(rows)

    def figure(self, ident: int | None) -> FigureDTO | None:
        return next((f for f in self.figures if f.id == ident), None)

    def edit_new(self) -> None:
        row = self.model_.row_of(NEW_ROW)
        if row is None:
            return
        index = self.model_.index(row, 1)
        self.setCurrentIndex(index)
        self.edit(index)

    def closeEditor(  # noqa: N802 - Qt API
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        index = self.currentIndex()
        ident = self.model_.id_at(index.row())
        Hint = QAbstractItemDelegate.EndEditHint
        step = {Hint.EditNextItem: 1, Hint.EditPreviousItem: -1}.get(hint)
        if step is not None and ident is not None and min(FIELDS) <= index.column() + step <= max(FIELDS):
            self._resume = (ident, index.column() + step)
        super().closeEditor(editor, hint)

    def retarget(self, old: int, new: int) -> None:
        """The row Tab left was the new-figure row: the figure ``new`` made from it takes its place."""
        if self._resume is not None and self._resume[0] == old:
            self._resume = (new, self._resume[1])

    def resume(self) -> None:
        """After the table was shown again: focus and an open editor on the cell Tab went to."""
        if self._resume is None:
            return
        ident, column = self._resume
        row = self.model_.row_of(ident)
        if row is None or ident == NEW_ROW:
            return  # the write has not come back yet (or failed): wait for it
        self._resume = None
        index = self.model_.index(row, column)
        if self.state() == QAbstractItemView.State.EditingState and self.currentIndex() == index:
            return  # the table was not rebuilt: the editor Tab opened is still there
        self.setFocus()
        self.setCurrentIndex(index)
        self.edit(index)

    def _edited(self, ident: int, column: int, value: Any) -> bool:
        # Written once the editor has closed: the write announces a change and the table is rebuilt,
        # which must not happen inside the delegate's setData.
        field, text = FIELDS[column], str(value)
        QTimer.singleShot(0, lambda: self._on_edit(ident, field, text))
        return True


def number_error(exc: UserError, text: str) -> str:
    if isinstance(exc, ValidationError) and exc.fields.get("field") in NUMBERS:
        return _t("“%1” is not a number. Type it the Vietnamese way: 19.885.177.001 or 98,4.").replace(
            "%1", text
        )
    if isinstance(exc, ValidationError) and exc.fields.get("field") == "label":
        return _t("A figure needs a label.")
    return exc.translated(QCoreApplication.translate)


def old_value(figure: FigureDTO, field: str) -> Decimal | str | None:
    return getattr(figure, field)
