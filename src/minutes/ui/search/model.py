"""The results of a search, grouped by kind: a two-level item model (groups, then their hits).

Holds plain :class:`SearchResult` values plus preformatted text, so ``data()`` does no work. Top-level
rows are the groups (internal id 0); a hit's internal id is its group's row + 1.

New results that hold the same hits as those shown (the counts per kind arriving after the first page, a
space typed after a word, the data changing elsewhere) do not rebuild the list: only the rows that
changed are updated, added or removed, so the hit chosen and the scroll position stay.
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
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from minutes.search import GroupedResults, KindGroup, SearchResult, group_by_kind
from minutes.ui.formatting import day

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchResult of a hit; None for a group
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # rich text for the delegate
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # the kind ("meeting", "task"...), for groups and hits
MORE_ROLE = Qt.ItemDataRole.UserRole + 4  # the kind of a "more" row (the last row of a group not all shown)

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


def grouped_number(number: int, *, more: bool = False) -> str:
    """``7.986`` in Vietnamese, ``7,986`` in English (the language's own grouping); ``more``: at least
    that many (a count that stopped at its cap), ``1.000+`` / ``1,000+``."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language chosen (a script, a test): English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    text = locale.toString(number)
    return f"{text}+" if more else text


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
    total: int = 0  # matches of this kind in all (the hits are its best); at least this many if capped
    more_text: str = ""  # the text of the "more" row; empty when every match is shown
    capped: bool = False  # more than ``total`` match: counting stopped there

    @property
    def rows(self) -> int:
        return len(self.hits) + (1 if self.more_text else 0)


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

    def set_results(
        self, results: Sequence[SearchResult] | GroupedResults, *, per_kind: int | None = None
    ) -> bool:
        """Show a plain list of hits (grouped here; ``per_kind``: at most this many of each kind) or a
        grouped search with its counts per kind. False when the list was rebuilt (reset), True when
        the same kinds were updated in place."""
        groups = self.groups_of(results, per_kind=per_kind)
        if [g.kind for g in groups] == [g.kind for g in self._groups]:
            self._update(groups)
            return True
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()
        return False

    @staticmethod
    def groups_of(
        results: Sequence[SearchResult] | GroupedResults, *, per_kind: int | None = None
    ) -> list[Group]:
        """The groups :meth:`set_results` would show (nothing is shown)."""
        if not isinstance(results, GroupedResults):  # not counted yet: the total is not known
            results = GroupedResults(
                tuple(
                    KindGroup(kind, -1, tuple(items[:per_kind] if per_kind else items))
                    for kind, items in group_by_kind(results)
                )
            )
        names = kind_names()
        groups = []
        for g in results.groups:
            count = grouped_number(g.total, more=g.capped) if g.total >= 0 else "…"
            label = f"{names.get(g.kind, g.kind)} ({count})"
            more = ""
            if g.more:
                more = (
                    QCoreApplication.translate("SearchResults", "Show more… (%1 of %2 shown)")
                    .replace("%1", grouped_number(len(g.hits)))
                    .replace("%2", grouped_number(g.total, more=g.capped))
                )
            hits = tuple(make_hit(r) for r in g.hits)
            groups.append(Group(g.kind, label, hits, g.total, more, g.capped))
        return groups

    @staticmethod
    def rows_html(groups: list[Group], limit: int) -> list[str]:
        """The rich text of the first ``limit`` rows ``groups`` make, top to bottom (as
        ``data(HTML_ROLE)`` gives them)."""
        out: list[str] = []
        for group in groups:
            out.append(_group_html(group.label))
            out.extend(hit.rich for hit in group.hits)
            if group.more_text:
                out.append(_more_html(group.more_text))
            if len(out) >= limit:
                break
        return out[:limit]

    def _update(self, groups: list[Group]) -> None:
        """The same kinds in the same order: change only the rows that differ."""
        for row, (old, new) in enumerate(zip(self._groups, groups, strict=True)):
            parent = self.index(row, 0)
            if [h.rich for h in old.hits] != [h.rich for h in new.hits]:  # other hits: the group's rows anew
                if old.rows:
                    self.beginRemoveRows(parent, 0, old.rows - 1)
                    self._groups[row] = Group(old.kind, old.label, ())
                    self.endRemoveRows()
                if new.rows:
                    self.beginInsertRows(parent, 0, new.rows - 1)
                    self._groups[row] = new
                    self.endInsertRows()
            else:
                hits = len(new.hits)
                if old.more_text and not new.more_text:
                    self.beginRemoveRows(parent, hits, hits)
                    self._groups[row] = new
                    self.endRemoveRows()
                elif new.more_text and not old.more_text:
                    self.beginInsertRows(parent, hits, hits)
                    self._groups[row] = new
                    self.endInsertRows()
                else:
                    self._groups[row] = new
                    if old.more_text != new.more_text:
                        more = self.index(hits, 0, parent)
                        self.dataChanged.emit(more, more)
                if old.hits != new.hits:  # the same text, other details (a rank): same rows
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(max(0, hits - 1), 0, parent))
            self._groups[row] = new
            if old.label != new.label:
                self.dataChanged.emit(parent, parent)

    def clear(self) -> None:
        self.set_results([])

    def result_count(self) -> int:
        """The hits shown."""
        return sum(len(g.hits) for g in self._groups)

    def total_count(self) -> int:
        """Every match, of the kinds shown (counted in the index; at least this many if
        :meth:`capped`)."""
        return sum(max(g.total, len(g.hits)) for g in self._groups)

    def capped(self) -> bool:
        """Some kind has more matches than were counted (its count says "1,000+")."""
        return any(g.capped for g in self._groups)

    def index_of(self, kind: str, entity_id: int) -> QModelIndex:
        row = self.group_row(kind)
        if row < 0:
            return QModelIndex()
        for number, hit in enumerate(self._groups[row].hits):
            if hit.result.entity_id == entity_id:
                return self.index(number, 0, self.index(row, 0))
        return QModelIndex()

    def group_row(self, kind: str) -> int:
        return next((i for i, g in enumerate(self._groups) if g.kind == kind), -1)

    def shown_of(self, kind: str) -> int:
        row = self.group_row(kind)
        return len(self._groups[row].hits) if row >= 0 else 0

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
        if row >= self._groups[parent.row()].rows:
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
        return self._groups[parent.row()].rows

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
                return _group_html(group.label)
            if role == KIND_ROLE:
                return group.kind
            return None
        group = self._groups[int(index.internalId()) - 1]
        if index.row() >= len(group.hits):  # the "more" row
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return group.more_text
            if role == HTML_ROLE:
                return _more_html(group.more_text)
            if role in (MORE_ROLE, KIND_ROLE):
                return group.kind
            return None
        hit = group.hits[index.row()]
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


def _group_html(label: str) -> str:
    return f"<b>{html.escape(label)}</b>"


def _more_html(text: str) -> str:
    return f'<span style="color:#1f5f99">{html.escape(text)}</span>'
