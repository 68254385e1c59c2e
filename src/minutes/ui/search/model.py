"""The results of a search, grouped by kind: a two-level item model (groups, then their hits).

Holds plain :class:`SearchResult` values plus preformatted text, so ``data()`` does no work. Top-level
rows are the groups (internal id 0); a hit's internal id is its group's row + 1.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes.search import SearchResult, group_by_kind
from minutes.ui.formatting import day

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchResult of a hit; None for a group
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # rich text for the delegate
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # the kind ("meeting", "task"...), for groups and hits

Index = QModelIndex | QPersistentModelIndex
_TAG = re.compile(r"</?b>")


def kind_names() -> dict[str, str]:
    """The name of each group, translated."""
    return {
        "meeting": QCoreApplication.translate("SearchResults", "Meetings"),
        "person": QCoreApplication.translate("SearchResults", "People"),
        "unit": QCoreApplication.translate("SearchResults", "Units"),
        "report": QCoreApplication.translate("SearchResults", "Reports"),
        "figure": QCoreApplication.translate("SearchResults", "Report figures"),
        "contribution": QCoreApplication.translate("SearchResults", "Contributions"),
        "conclusion": QCoreApplication.translate("SearchResults", "Conclusions"),
        "recommendation": QCoreApplication.translate("SearchResults", "Recommendations"),
        "task": QCoreApplication.translate("SearchResults", "Tasks"),
        "progress": QCoreApplication.translate("SearchResults", "Progress updates"),
        "agenda_item": QCoreApplication.translate("SearchResults", "Agenda items"),
    }


def plain(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


@dataclass(frozen=True)
class Hit:
    result: SearchResult
    text: str  # plain, for DisplayRole and accessibility
    rich: str  # HTML, for the delegate


@dataclass(frozen=True)
class Group:
    kind: str
    label: str
    hits: tuple[Hit, ...]


def where(result: SearchResult) -> str:
    """Where a hit belongs: the date and title of its meeting, its task (the date first: titles are long)."""
    parts = []
    if result.meeting_date is not None:
        parts.append(day(result.meeting_date))
    if result.kind == "progress" and result.task_text:
        parts.append(" ".join(result.task_text.split())[:80])
    if result.kind != "meeting" and result.meeting_title:
        parts.append(result.meeting_title)
    return " · ".join(parts)


def make_hit(result: SearchResult) -> Hit:
    """Two lines: the title and where the hit belongs (greyed), then the snippet."""
    context = where(result)
    grey = f'<span style="color:#808080">{html.escape(context)}</span>' if context else ""
    head = " — ".join(x for x in (result.title_html, grey) if x)
    rich = f"{head}<br>{result.snippet_html}" if head else result.snippet_html
    text = " — ".join(x for x in (result.title, context, plain(result.snippet_html)) if x)
    return Hit(result, text, rich)


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []

    def set_results(self, results: Sequence[SearchResult]) -> None:
        names = kind_names()
        groups = []
        for kind, items in group_by_kind(results):
            label = f"{names.get(kind, kind)} ({len(items)})"
            groups.append(Group(kind, label, tuple(make_hit(r) for r in items)))
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def result_count(self) -> int:
        return sum(len(g.hits) for g in self._groups)

    def kinds(self) -> list[str]:
        return [g.kind for g in self._groups]

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].hits):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return group.label
            if role == HTML_ROLE:
                return f"<b>{html.escape(group.label)}</b>"
            if role == KIND_ROLE:
                return group.kind
            return None
        hit = self._groups[int(index.internalId()) - 1].hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.rich
        if role == HTML_ROLE:
            return hit.rich
        if role == RESULT_ROLE:
            return hit.result
        if role == KIND_ROLE:
            return hit.result.kind
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Result")
        return None
