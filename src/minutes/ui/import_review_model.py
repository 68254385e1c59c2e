"""The two sides of the review screen as Qt models: the document's lines, and the recognised meeting as
a tree (fields, attendees, reports with figures, contributions, conclusions, recommendations in their
groups, tasks, signatures, notes). Every node of the tree knows the lines it came from; nodes the
recogniser is not sure of carry a warning icon, a colour and a tooltip.

Both are rebuilt from the :class:`RecognisedMeeting` after a structural correction (a document has a few
hundred parts at most); a text edit only changes one node's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QStandardItem, QStandardItemModel

from minutes.archive import review as rv
from minutes.archive.model import (
    REVIEW_BELOW,
    Attendee,
    Contribution,
    DateValue,
    Figure,
    Part,
    PersonRef,
    RecognisedMeeting,
    RecommendationGroup,
    Report,
    Signer,
    TaskItem,
    Text,
    TimeValue,
    UnitRef,
)
from minutes.archive.source import SourceDocument
from minutes.ui import names
from minutes.ui.tr import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
LINES_ROLE = Qt.ItemDataRole.UserRole + 1  # list[int]: the document lines of a node
REF_ROLE = Qt.ItemDataRole.UserRole + 2  # rv.Ref of a list item, or the field's name
UNSURE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool

HIGHLIGHT = QColor("#ffe98a")
UNSURE = QColor("#fbd3a6")
UNSURE_TEXT = QColor("#9a4a00")


def translate(text: str) -> str:
    return QCoreApplication.translate("ImportReview", text)


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportReview", text)


SECTION_TITLES = {
    "contributions": QT_TRANSLATE_NOOP("ImportReview", "Contributions"),
    "conclusions": QT_TRANSLATE_NOOP("ImportReview", "Conclusions"),
    "recommendations": QT_TRANSLATE_NOOP("ImportReview", "Recommendations"),
    "tasks": QT_TRANSLATE_NOOP("ImportReview", "Tasks"),
    "leftovers": QT_TRANSLATE_NOOP("ImportReview", "Notes (text that fits no field)"),
}
FIELD_TITLES = {
    "superior_body": QT_TRANSLATE_NOOP("ImportReview", "Superior body"),
    "organisation": QT_TRANSLATE_NOOP("ImportReview", "Organisation"),
    "reference_number": QT_TRANSLATE_NOOP("ImportReview", "Reference number"),
    "place": QT_TRANSLATE_NOOP("ImportReview", "Place"),
    "document_date": QT_TRANSLATE_NOOP("ImportReview", "Document date"),
    "title": QT_TRANSLATE_NOOP("ImportReview", "Title"),
    "kind": QT_TRANSLATE_NOOP("ImportReview", "Kind of meeting"),
    "meeting_date": QT_TRANSLATE_NOOP("ImportReview", "Meeting date"),
    "start_time": QT_TRANSLATE_NOOP("ImportReview", "Start"),
    "end_time": QT_TRANSLATE_NOOP("ImportReview", "End"),
    "location": QT_TRANSLATE_NOOP("ImportReview", "Location"),
    "chair": QT_TRANSLATE_NOOP("ImportReview", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("ImportReview", "Secretary"),
    "contribution_count": QT_TRANSLATE_NOOP("ImportReview", "Contributions stated"),
    "next_meeting": QT_TRANSLATE_NOOP("ImportReview", "Next meeting"),
}
ITEM_FIELD_TITLES = {
    "speaker": QT_TRANSLATE_NOOP("ImportReview", "Speaker"),
    "kind": QT_TRANSLATE_NOOP("ImportReview", "Kind"),
    "votes": QT_TRANSLATE_NOOP("ImportReview", "Votes"),
    "lead": QT_TRANSLATE_NOOP("ImportReview", "Lead"),
    "deadline": QT_TRANSLATE_NOOP("ImportReview", "Deadline"),
    "coordinating": QT_TRANSLATE_NOOP("ImportReview", "Coordinating"),
    "product": QT_TRANSLATE_NOOP("ImportReview", "Expected product"),
    "title": QT_TRANSLATE_NOOP("ImportReview", "Title"),
    "presenter": QT_TRANSLATE_NOOP("ImportReview", "Presenter"),
    "summary": QT_TRANSLATE_NOOP("ImportReview", "Summary"),
}
#: A conclusion's kind as the screen names it (what is typed back is read by ``rv.CONCLUSION_KINDS``, which
#: knows the Vietnamese and English words).
CONCLUSION_KIND_NAMES = {
    "general": QT_TRANSLATE_NOOP("ImportReview", "conclusion"),
    "assessment": QT_TRANSLATE_NOOP("ImportReview", "assessment"),
    "directive": QT_TRANSLATE_NOOP("ImportReview", "directive"),
    "decision": QT_TRANSLATE_NOOP("ImportReview", "decision"),
    "resolution": QT_TRANSLATE_NOOP("ImportReview", "resolution"),
}
PRESENCE = {
    "absent": QT_TRANSLATE_NOOP("ImportReview", "absent"),
    "late": QT_TRANSLATE_NOOP("ImportReview", "late"),
}


class LinesModel(QAbstractListModel):
    """The document, one row per line (a paragraph, or a part of one between manual line breaks)."""

    def __init__(self, doc: SourceDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._texts = [_line_text(doc, i) for i in range(len(doc.lines))]
        self.highlighted: set[int] = set()
        self.unsure: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[row]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row in self.highlighted:
                return QBrush(HIGHLIGHT)
            if row in self.unsure:
                return QBrush(UNSURE)
        return None

    def set_marks(self, highlighted: set[int], unsure: set[int] | None = None) -> None:
        changed = self.highlighted ^ highlighted
        self.highlighted = set(highlighted)
        if unsure is not None:
            changed |= self.unsure ^ unsure
            self.unsure = set(unsure)
        for row in changed:
            if 0 <= row < len(self._texts):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])


def _line_text(doc: SourceDocument, index: int) -> str:
    line = doc.lines[index]
    text = line.display.replace("\t", "    ")
    return f"▦ {text}" if line.table >= 0 else text  # a table cell


@dataclass
class Node:
    label: str
    part: Part | None
    ref: object = None  # rv.Ref, rv.FieldRef, a field name, or None (read only)
    lines: list[int] | None = None  # the lines when they are not the part's (a field that is empty)


def describe(part: Part | None) -> str:
    """A part as one line of the tree."""
    if part is None:
        return ""
    if isinstance(part, PersonRef):
        return f"{part.name} - {part.title}" if part.title else part.name
    if isinstance(part, UnitRef):
        return part.directory_name or part.name
    if isinstance(part, DateValue):
        return f"{part.value:%m/%Y}" if part.precision == "month" else f"{part.value:%d/%m/%Y}"
    if isinstance(part, TimeValue):
        return f"{part.value:%H:%M}"
    if isinstance(part, Text):
        return part.value
    if isinstance(part, Attendee):
        who = describe(part.person) if part.person else part.group_name or ""
        presence = _t(PRESENCE[part.presence]) if part.presence in PRESENCE else ""
        reason = f": {part.absence_reason}" if part.absence_reason else ""
        return f"{who} ({presence}{reason})" if presence else who
    if isinstance(part, Signer):
        return " - ".join([*part.lines, part.name] if part.name else part.lines)
    return " ".join(rv.text_of(part).split()) or getattr(part, "wording", "") or getattr(part, "label", "")


def field_text(rec: RecognisedMeeting, ref: rv.FieldRef) -> str:
    """What the editor shows for a field of an item (a conclusion's kind by its name in the user's
    language, which is also what may be typed back)."""
    if ref.section == "conclusions" and ref.name == "kind":
        code = rv.item_field_text(rec, ref)
        return _t(CONCLUSION_KIND_NAMES.get(code, CONCLUSION_KIND_NAMES["general"]))
    return rv.item_field_text(rec, ref)


class PartsModel(QStandardItemModel):
    """The recognised meeting as a tree; ``item_of`` finds the node of a part path or a list item."""

    def __init__(self, warning: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.warning = warning
        self.rec: RecognisedMeeting | None = None
        self.by_part: dict[int, QStandardItem] = {}
        self.by_ref: dict[object, QStandardItem] = {}

    def rebuild(self, rec: RecognisedMeeting) -> None:
        self.rec = rec
        self.clear()
        self.by_part, self.by_ref = {}, {}
        root = self.invisibleRootItem()
        meeting = self._group(root, _t("Meeting"))
        for name, title in FIELD_TITLES.items():
            part = getattr(rec, name)
            editable = name in rv.FIELDS
            if part is None and not editable:
                continue
            self._add(meeting, Node(f"{_t(title)}: {describe(part)}", part, name if editable else None))
        if rec.kind is not None:  # the kind's value is a code: show its name
            self.by_part[id(rec.kind)].setText(
                f"{_t(FIELD_TITLES['kind'])}: {names.meeting_kind(rec.kind.value)}"
            )
        attendees = self._group(root, f"{_t('Attendees')} ({len(rec.attendees)})", rec.attendees)
        attendees.setData("attendees", REF_ROLE)  # Insert on it adds an attendee
        for i, a in enumerate(rec.attendees):
            self._add(attendees, Node(describe(a), a, rv.FieldRef("attendees", i, "who")))
        if rec.agenda:
            agenda = self._group(root, _t("Agenda"))
            for entry in rec.agenda:
                self._add(agenda, Node(entry.value, entry))
        # always there, empty too: Insert on it adds a report the recogniser did not find
        reports = self._group(root, f"{_t('Reports')} ({len(rec.reports)})")
        reports.setData("reports", REF_ROLE)
        flat = 0
        for number, report in enumerate(rec.reports):
            node = self._add(reports, Node(self.report_label(report), report, rv.ReportRef(number)))
            for name in rv.ITEM_FIELDS["reports"]:
                ref = rv.FieldRef("reports", number, name)
                sub = report.presenter if name == "presenter" else None
                self._add(
                    node, Node(self.field_label(rec, ref), sub, ref, None if sub else report.line_indices)
                )
            for f in report.figures:
                self._add(
                    node,
                    Node(self.figure_label(f, rec.language), f, rv.FieldRef("figures", flat, "figure")),
                )
                flat += 1
        for section in rv.SECTIONS:
            self._section(root, rec, section)
        if rec.signers or rec.recipients:
            closing = self._group(root, _t("Signatures and recipients"))
            for number, s in enumerate(rec.signers):
                self._add(closing, Node(describe(s), s, rv.FieldRef("signers", number, "who")))
            for r in rec.recipients:
                self._add(closing, Node(r.value, r))

    def _section(self, root: QStandardItem, rec: RecognisedMeeting, section: str) -> None:
        parts = rv.items(rec, section)
        group = self._group(root, f"{_t(SECTION_TITLES[section])} ({len(parts)})")
        group.setData(section, REF_ROLE)
        if section == "recommendations":
            flat = 0
            for number, g in enumerate(rec.recommendation_groups):
                parent = self._add(
                    group, Node(self.group_label(g), g, rv.FieldRef("groups", number, "title"))
                )
                for item in g.items:
                    label = item.text + (f" → {item.response}" if item.response else "")
                    self._add(parent, Node(label, item, rv.Ref(section, flat)))
                    flat += 1
            return
        for i, part in enumerate(parts):
            node = self._add(group, Node(self.item_label(part), part, rv.Ref(section, i)))
            for name in rv.ITEM_FIELDS.get(section, ()):
                ref = rv.FieldRef(section, i, name)
                sub = self.field_part(part, name)
                self._add(
                    node, Node(self.field_label(rec, ref), sub, ref, None if sub else part.line_indices)
                )

    @staticmethod
    def field_part(part: Part, name: str) -> Part | None:
        """The part a field of an item is (its lines and confidence), None when the field is empty."""
        if isinstance(part, Contribution):
            return part.speaker
        if isinstance(part, TaskItem) and name in ("lead", "deadline"):
            return part.lead_unit if name == "lead" else part.deadline
        if isinstance(part, TaskItem) and name == "coordinating" and part.coordinating_units:
            return part.coordinating_units[0]
        return None

    @staticmethod
    def field_label(rec: RecognisedMeeting, ref: rv.FieldRef) -> str:
        """ "Speaker: ...", "Lead: ...", "Deadline: ...": a field of an item as its node shows it."""
        if ref.section == "attendees":
            return describe(rec.attendees[ref.index])
        if ref.section == "groups":
            return PartsModel.group_label(rec.recommendation_groups[ref.index])
        if ref.section == "signers":
            return describe(rec.signers[ref.index])
        if ref.section == "figures":
            return PartsModel.figure_label(rv.figures(rec)[ref.index], rec.language)
        title = _t(ITEM_FIELD_TITLES[ref.name])
        return f"{title}: {' '.join(field_text(rec, ref).split()) or _t('(none)')}"

    @staticmethod
    def report_label(report: Report) -> str:
        who = describe(report.presenter)
        title = report.title or _t("(untitled report)")
        return f"{who}: {title}" if who else title

    @staticmethod
    def figure_label(f: Figure, language: str) -> str:
        if rv.figure_is_empty(f):
            return _t("(new figure: press F2 and type it)")
        return rv.figure_text(f, language)

    @staticmethod
    def group_label(group: RecommendationGroup) -> str:
        return group.title or _t("(untitled group)")

    @staticmethod
    def item_label(part: Part) -> str:
        text = " ".join(rv.text_of(part).split())
        speaker = getattr(part, "speaker", None)
        if speaker is not None:
            return f"{describe(speaker)}: {text}"
        label = getattr(part, "speaker_label", None)
        return f"{label}: {text}" if label else text

    def _group(self, root: QStandardItem, title: str, _parts: object = None) -> QStandardItem:
        item = QStandardItem(title)
        item.setEditable(False)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData([], LINES_ROLE)
        root.appendRow(item)
        return item

    def _add(self, parent: QStandardItem, node: Node) -> QStandardItem:
        item = QStandardItem(node.label or "…")
        item.setEditable(False)
        part = node.part
        lines = node.lines if node.lines is not None else part.line_indices if part is not None else []
        item.setData(lines, LINES_ROLE)
        item.setData(node.ref, REF_ROLE)
        unsure = part is not None and part.confidence < REVIEW_BELOW
        item.setData(unsure, UNSURE_ROLE)
        if unsure:
            item.setIcon(self.warning)
            item.setForeground(QBrush(UNSURE_TEXT))
            item.setToolTip(_t("Not sure (%1%): check it against the document.").replace(
                "%1", str(round(part.confidence * 100))) if part is not None else "")  # fmt: skip
        else:
            item.setToolTip(node.label)
        parent.appendRow(item)
        if part is not None:
            self.by_part[id(part)] = item
        if node.ref is not None:
            self.by_ref[node.ref] = item
        return item

    def item_of_path(self, path: str) -> QStandardItem | None:
        """The node of a part named as :meth:`RecognisedMeeting.parts` names it."""
        if self.rec is None:
            return None
        for name, part in self.rec.parts():
            if name == path:
                return self.by_part.get(id(part))
        return None

    def unsure_lines(self) -> set[int]:
        if self.rec is None:
            return set()
        return {
            line
            for _p, part in self.rec.parts()
            if part.confidence < REVIEW_BELOW
            for line in part.line_indices
        }
