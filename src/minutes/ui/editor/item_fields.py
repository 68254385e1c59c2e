"""The fields of the selected contribution or conclusion besides its text: the agenda item it belongs
to; for a contribution, how many opinions it stands for ("02 ý kiến phát biểu" with no words recorded);
for a conclusion, its kind (assessment, directive, decision, resolution) and, for a decision or a
resolution, the vote (for, against, abstaining, of how many).

Each change is saved when made (a combo box chosen, a number confirmed with Enter or Tab) through the
section (:meth:`SectionBase.perform`: one undo step of the services), naming the version of the record
the user saw and the value they saw: a change someone else made meanwhile is refused and said, never
overwritten, and the fields show what is stored. Ctrl+Shift+D in the section puts the cursor here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from minutes.domain.enums import ConclusionKind
from minutes.services.dto import ConclusionDTO, ContributionDTO, MeetingDetail
from minutes.ui.editor.base import SectionBase

#: Stand-in for "not recorded" in a vote box (shown as a dash).
UNKNOWN = -1
MAX_COUNT, MAX_VOTES = 9_999, 1_000_000


def _t(text: str) -> str:
    return QCoreApplication.translate("ItemFields", text)


def conclusion_kind_names() -> list[tuple[str, str]]:
    return [
        (ConclusionKind.GENERAL.value, _t("Conclusion")),
        (ConclusionKind.ASSESSMENT.value, _t("Assessment")),
        (ConclusionKind.DIRECTIVE.value, _t("Directive")),
        (ConclusionKind.DECISION.value, _t("Decision")),
        (ConclusionKind.RESOLUTION.value, _t("Resolution")),
    ]


def conclusion_kind_name(kind: str) -> str:
    return dict(conclusion_kind_names()).get(kind, kind)


class AgendaChoice(QComboBox):
    """The agenda item a record belongs to (or none); lists the meeting's agenda."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def show_agenda(self, meeting: MeetingDetail | None, current: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(_t("(no agenda item)"), None)
        for index, item in enumerate(meeting.agenda if meeting else []):
            self.addItem(f"{index + 1}. {item.title}", item.id)
            self.setItemData(index + 1, item.title, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)


def _spin(name: str, low: int, high: int, parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(low, high)
    box.setGroupSeparatorShown(False)
    box.setKeyboardTracking(False)
    if low == UNKNOWN:
        box.setSpecialValueText("–")  # not recorded
    return box


class _Fields(QWidget):
    """What the contribution and conclusion panels share: the section, the record, the agenda choice."""

    def __init__(self, section: SectionBase, table: str, agenda_name: str) -> None:
        super().__init__(section)
        self.section, self.table = section, table
        self.record_id: int | None = None
        self.version: int | None = None  # of the record as shown
        self.stored: dict[str, Any] = {}
        self.agenda = AgendaChoice(agenda_name, self)
        self.agenda.activated.connect(lambda _i: self._save("agenda_item_id", self.agenda.currentData()))
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(4)
        self.row = QHBoxLayout()
        self.lines.addLayout(self.row)
        self.row.addWidget(QLabel(_t("Agenda item:"), self))
        self.row.addWidget(self.agenda, 1)

    def update_record(self) -> Callable[..., Any]:
        raise NotImplementedError

    def _save(self, field: str, value: Any) -> None:
        ident, old, version = self.record_id, self.stored.get(field), self.version
        if ident is None or value == old:
            return
        update = self.update_record()
        self.stored[field] = value
        done = self.section.perform(
            _t("Edit %1").replace("%1", self._label(field)),
            lambda: update(ident, expected_version=version, seen={field: old}, **{field: value}),
        )
        if done is None:  # refused (the message says why): show what is stored
            self.stored[field] = old
            self.section.show_stored()
            if self.record_id == ident:
                self._show_stored()
        elif self.record_id == ident and isinstance(done, int) and (self.version or 0) < done:
            self.version = done

    def _show_stored(self) -> None:
        """Put the stored values back in the widgets (after a refused change)."""
        raise NotImplementedError

    def _label(self, field: str) -> str:
        return {"agenda_item_id": _t("agenda item")}.get(field, field)

    def focus_first(self) -> None:
        self.agenda.setFocus()

    def flush(self) -> None:
        """Save a number typed but not confirmed yet (before an undo, a switch of meeting)."""


class ContributionFields(_Fields):
    def __init__(self, section: SectionBase) -> None:
        super().__init__(section, "contributions", "contribAgenda")
        self.count = _spin("contribCount", 1, MAX_COUNT, self)
        self.count.setToolTip(
            _t("How many opinions this row stands for: 2 with no words recorded prints “02 ý kiến”")
        )
        self.count.editingFinished.connect(lambda: self._save("count", self.count.value()))
        self.row.insertWidget(0, QLabel(_t("Opinions:"), self))
        self.row.insertWidget(1, self.count)
        QWidget.setTabOrder(self.count, self.agenda)

    def update_record(self) -> Callable[..., Any]:
        return self.section.ctx.services.items.update_contribution

    def _label(self, field: str) -> str:
        return _t("number of opinions") if field == "count" else super()._label(field)

    def show_record(self, meeting: MeetingDetail | None, row: ContributionDTO | None) -> None:
        self.record_id = row.id if row else None
        self.version = row.version if row else None
        self.stored = {"agenda_item_id": row.agenda_item_id, "count": row.count} if row else {}
        self.agenda.show_agenda(meeting, row.agenda_item_id if row else None)
        if not self.count.hasFocus() or row is None:
            self.count.blockSignals(True)
            self.count.setValue(row.count if row else 1)
            self.count.blockSignals(False)
        self.setEnabled(row is not None)

    def focus_first(self) -> None:
        self.count.setFocus()
        self.count.selectAll()

    def flush(self) -> None:
        if self.count.hasFocus():
            self.count.interpretText()
            self._save("count", self.count.value())

    def _show_stored(self) -> None:
        self.agenda.setCurrentIndex(max(0, self.agenda.findData(self.stored.get("agenda_item_id"))))
        self.count.blockSignals(True)
        self.count.setValue(int(self.stored.get("count") or 1))
        self.count.blockSignals(False)


VOTES = ("votes_for", "votes_against", "votes_abstain", "votes_total")


class ConclusionFields(_Fields):
    def __init__(self, section: SectionBase) -> None:
        super().__init__(section, "conclusions", "conclusionAgenda")
        self.kind = QComboBox(self)
        self.kind.setObjectName("conclusionKind")
        for value, name in conclusion_kind_names():
            self.kind.addItem(name, value)
        self.kind.activated.connect(lambda _i: self._kind_chosen())
        self.votes: dict[str, QSpinBox] = {}
        self.votes_box = QWidget(self)
        votes_row = QHBoxLayout(self.votes_box)
        votes_row.setContentsMargins(0, 0, 0, 0)
        for field, label in zip(VOTES, self._vote_labels(), strict=True):
            box = _spin(f"conclusionVotes_{field.removeprefix('votes_')}", UNKNOWN, MAX_VOTES, self.votes_box)
            box.editingFinished.connect(lambda f=field: self._vote_finished(f))
            votes_row.addWidget(QLabel(label, self.votes_box))
            votes_row.addWidget(box)
            self.votes[field] = box
        votes_row.addStretch(1)
        self.row.insertWidget(0, QLabel(_t("Kind:"), self))
        self.row.insertWidget(1, self.kind)
        # the vote on a line of its own: beside the kind and the agenda item it is wider than a 1366
        # pixel screen leaves the editor
        self.lines.addWidget(self.votes_box)
        order = [self.kind, self.agenda, *self.votes.values()]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _vote_labels(self) -> list[str]:
        return [_t("For:"), _t("Against:"), _t("Abstaining:"), _t("Of:")]

    def update_record(self) -> Callable[..., Any]:
        return self.section.ctx.services.items.update_conclusion

    def _label(self, field: str) -> str:
        names = {"kind": _t("kind of conclusion"), **dict.fromkeys(VOTES, _t("vote"))}
        return names.get(field) or super()._label(field)

    def show_record(self, meeting: MeetingDetail | None, point: ConclusionDTO | None) -> None:
        self.record_id = point.id if point else None
        self.version = point.version if point else None
        votes = point.votes if point else None
        values = {
            "votes_for": votes.votes_for if votes else None,
            "votes_against": votes.against if votes else None,
            "votes_abstain": votes.abstain if votes else None,
            "votes_total": votes.total if votes else None,
        }
        self.stored = {"kind": point.kind, "agenda_item_id": point.agenda_item_id, **values} if point else {}
        self.agenda.show_agenda(meeting, point.agenda_item_id if point else None)
        kind = point.kind if point else ConclusionKind.GENERAL.value
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        for field, box in self.votes.items():
            if not box.hasFocus() or point is None:
                box.blockSignals(True)
                value = values[field]
                box.setValue(UNKNOWN if value is None else value)
                box.blockSignals(False)
        self.votes_box.setVisible(ConclusionKind(kind).takes_votes)
        self.setEnabled(point is not None)

    def _kind_chosen(self) -> None:
        kind = self.kind.currentData()
        self.votes_box.setVisible(ConclusionKind(kind).takes_votes)
        self._save("kind", kind)

    def _vote_finished(self, field: str) -> None:
        value = self.votes[field].value()
        number = None if value == UNKNOWN else value
        if number == self.stored.get(field):
            return
        counts = {f: self.stored.get(f) for f in VOTES}
        counts[field] = number
        cast = sum(counts[f] or 0 for f in VOTES[:3])
        total = counts["votes_total"]
        if total is not None and cast > total:
            self.section.message.show_message(
                _t("%1 votes cast are more than the %2 who could vote. Check the numbers.")
                .replace("%1", str(cast))
                .replace("%2", str(total))
            )
            box = self.votes[field]
            box.blockSignals(True)
            old = self.stored.get(field)
            box.setValue(UNKNOWN if old is None else int(old))
            box.blockSignals(False)
            return
        self._save(field, number)

    def focus_first(self) -> None:
        self.kind.setFocus()

    def flush(self) -> None:
        for field, box in self.votes.items():
            if box.hasFocus():
                box.interpretText()
                self._vote_finished(field)

    def _show_stored(self) -> None:
        self.agenda.setCurrentIndex(max(0, self.agenda.findData(self.stored.get("agenda_item_id"))))
        kind = self.stored.get("kind") or ConclusionKind.GENERAL.value
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        for field, box in self.votes.items():
            value = self.stored.get(field)
            box.blockSignals(True)
            box.setValue(UNKNOWN if value is None else int(value))
            box.blockSignals(False)
        self.votes_box.setVisible(ConclusionKind(kind).takes_votes)


def kind_cell(point: ConclusionDTO) -> str:
    """The kind of a conclusion as its list shows it, with the vote when there is one."""
    if point.kind == ConclusionKind.GENERAL.value:
        return ""
    name = conclusion_kind_name(point.kind)
    votes = point.votes
    if votes is None or votes.votes_for is None:
        return name
    total = f"/{votes.total}" if votes.total is not None else ""
    return f"{name} ({votes.votes_for}{total})"


def said_cell(row: ContributionDTO) -> str:
    """What a contribution's list shows of it: its text (the list wraps it over a few lines), and how
    many opinions a row of several stands for ("(2 opinions) ..."; "(2 opinions, no words recorded)")."""
    words = row.text.strip()
    if row.count <= 1:
        return words
    if not words:
        return _t("(%1 opinions, no words recorded)").replace("%1", str(row.count))
    return _t("(%1 opinions) %2").replace("%1", str(row.count)).replace("%2", words)
