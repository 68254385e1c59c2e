"""The kind of a report's figure on screen: its translated name, a combo box to choose it in the
figures table (Enter or F2 opens it, Up/Down choose, Enter confirms), and a tooltip saying what the
kind still lacks to be printed (``FigureDTO.problems``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from minutes.domain.enums import FigureKind
from minutes.services.dto import FigureDTO

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("FigureKinds", text)


def kind_names() -> list[tuple[str, str]]:
    return [
        (FigureKind.AMOUNT.value, _t("Amount")),
        (FigureKind.RATIO_TO_PLAN.value, _t("Against the plan")),
        (FigureKind.CHANGE.value, _t("Change")),
        (FigureKind.RANK.value, _t("Rank")),
        (FigureKind.SHARE.value, _t("Share")),
    ]


def kind_name(kind: str) -> str:
    return dict(kind_names()).get(kind, kind)


def problem_names() -> dict[str, str]:
    return {
        "value": _t("a value"),
        "percent": _t("a percentage"),
        "compared_to": _t("the period it is compared to"),
        "rank_numbers": _t("a rank and the number ranked, as whole numbers"),
        "rank_order": _t("a rank between 1 and the number ranked"),
    }


def figure_tips(figure: FigureDTO) -> tuple[str, ...]:
    """Tooltips of a figure's row: on the kind, what it still lacks to be printed as that kind. Always
    the same shape, so a change of the kind's tooltip leaves an editor open in another cell alone."""
    if not figure.problems:
        return ("",) * 9
    names = problem_names()
    lacks = _t("To print it as this kind, it still needs: %1").replace(
        "%1", ", ".join(names.get(p, p) for p in figure.problems)
    )
    return ("", "", "", "", "", "", "", lacks, "")


class KindDelegate(QStyledItemDelegate):
    """A combo box of the figure kinds; the model receives the kind's stored value."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("figureKindEditor")
        for value, name in kind_names():
            combo.addItem(name, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
