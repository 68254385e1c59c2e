"""The review screen of an imported document: the document on the left, the recognised meeting on the
right, each part linked to the text it came from (choose a part: its lines are highlighted; click a
line: the part made from it is chosen). Parts the recogniser is not sure of are marked.

The clerk corrects with the keyboard: F2 edits the chosen item (below the tree; every keystroke is kept):
its text, or a field of it - an attendee ("Name - title (vắng: reason)"), a contribution's speaker, a
conclusion's kind and votes, a task's lead unit with its people, its deadline, coordinating units and
expected product, a group of recommendations' title, a report's title, presenter and summary, a report's
figure - Insert adds a figure to the chosen report (after the chosen figure; read from the chosen line of
the document when that line is a figure, else typed), an attendee on the attendees (from the chosen line),
elsewhere a report made of the chosen lines of the document; Delete deletes the chosen figure, report or
attendee (its text goes to the notes; on a contribution, conclusion, recommendation or task Delete moves
it to the notes, as Alt+5), Alt+6 makes the chosen note an attendee, Ctrl+G starts a new group of
recommendations at the chosen one (Ctrl+J on a group merges the next group into it),
Alt+Up/Alt+Down moves it in its list, Alt+1…Alt+5 moves it to contributions, conclusions,
recommendations, tasks or the notes, Ctrl+Return splits it at the cursor of the editor, Ctrl+J merges it
with the next one; Ctrl+S saves (the meeting, the original file as its attachment, and the record that
it was imported and reviewed). Nothing of the document is dropped: what fits no field is in the notes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from minutes.archive import review as rv
from minutes.archive.mapping import NoMeetingDate
from minutes.archive.markers import split_marker
from minutes.archive.review_store import Review, ReviewService
from minutes.errors import UserError
from minutes.ui.errors_i18n import user_message
from minutes.ui.import_review_model import (
    FIELD_TITLES,
    LINES_ROLE,
    PRESENCE,
    REF_ROLE,
    LinesModel,
    PartsModel,
    describe,
    field_text,
    translate,
)
from minutes.ui.tr import QT_TRANSLATE_NOOP

PROBLEMS = {
    "no_title": QT_TRANSLATE_NOOP("ImportReview", "No title was found: the file name is used."),
    "no_attendees": QT_TRANSLATE_NOOP("ImportReview", "No attendance list was found."),
    "no_organisation": QT_TRANSLATE_NOOP("ImportReview", "No organisation was found in the header."),
    "meeting_date_from_document_date": QT_TRANSLATE_NOOP(
        "ImportReview", "No meeting date was found: the date of the document is used."
    ),
    "meeting_date_guessed": QT_TRANSLATE_NOOP("ImportReview", "The meeting date is a guess: check it."),
    "no_meeting_date": QT_TRANSLATE_NOOP("ImportReview", "No meeting date was found: type it before saving."),
}
ERRORS = {
    "nothing_to_split": QT_TRANSLATE_NOOP(
        "ImportReview", "Put the cursor of the editor where the item should be split, then press Ctrl+Return."
    ),
    "nothing_to_merge": QT_TRANSLATE_NOOP(
        "ImportReview", "There is no next item in this list to merge with."
    ),
    "bad_date": QT_TRANSLATE_NOOP("ImportReview", "Not a date yet: type it as 05/03/2019."),
    "date_required": QT_TRANSLATE_NOOP("ImportReview", "The meeting needs a date."),
    "bad_deadline": QT_TRANSLATE_NOOP(
        "ImportReview", "Not a deadline yet: type it as the document would, e.g. 15/04/2023, quý II/2023."
    ),
    "bad_presence": QT_TRANSLATE_NOOP(
        "ImportReview", "In brackets after the name: (vắng: reason), (đến muộn) or nothing for present."
    ),
    "name_required": QT_TRANSLATE_NOOP("ImportReview", "The attendee needs a name."),
    "bad_kind": QT_TRANSLATE_NOOP(
        "ImportReview",
        "Not a kind of conclusion: type conclusion, assessment, directive, decision or resolution.",
    ),
    "bad_votes": QT_TRANSLATE_NOOP(
        "ImportReview",
        "Not votes yet: type them as the document would, e.g. 17/17 tán thành, 0 không tán thành.",
    ),
    "too_many_votes": QT_TRANSLATE_NOOP("ImportReview", "More votes cast than members who could vote."),
    "not_a_recommendation": QT_TRANSLATE_NOOP(
        "ImportReview", "Choose the recommendation the new group starts with, then press Ctrl+G."
    ),
    "no_line": QT_TRANSLATE_NOOP(
        "ImportReview", "Choose the line of the document the attendee is on first, then press Insert."
    ),
    "no_report": QT_TRANSLATE_NOOP(
        "ImportReview", "Choose a report or one of its figures first: Insert adds a figure to it."
    ),
    "nothing_to_delete": QT_TRANSLATE_NOOP(
        "ImportReview",
        "Delete removes a figure, or moves a contribution, conclusion, recommendation or task "
        "to the notes: choose one first.",
    ),
    "empty_figure": QT_TRANSLATE_NOOP(
        "ImportReview",
        "A figure is empty or not readable yet: type it as Label: value, or delete it (Delete), before saving.",
    ),
    "bad_figure": QT_TRANSLATE_NOOP(
        "ImportReview",
        "Not a figure yet: type it as the document would, e.g. Thu ngân sách: 2.345.600.000 đồng, đạt 18,5%.",
    ),
}
FIELD_HINTS = {
    "attendees.who": QT_TRANSLATE_NOOP("ImportReview", "Name - title (vắng: reason) or (đến muộn)"),
    "contributions.speaker": QT_TRANSLATE_NOOP(
        "ImportReview", "Name - title of the speaker, an attendee's name, or who spoke (Các ban, ngành)"
    ),
    "tasks.lead": QT_TRANSLATE_NOOP("ImportReview", "Lead unit (Name - title, Name - title of its people)"),
    "tasks.deadline": QT_TRANSLATE_NOOP(
        "ImportReview", "Deadline as written: 15/04/2023, trước ngày …, quý II/2023"
    ),
    "groups.title": QT_TRANSLATE_NOOP("ImportReview", "Title of the group of recommendations"),
    "conclusions.kind": QT_TRANSLATE_NOOP(
        "ImportReview", "Kind: conclusion, assessment, directive, decision or resolution"
    ),
    "conclusions.votes": QT_TRANSLATE_NOOP(
        "ImportReview",
        "Votes as written: 17/17 tán thành, 0 không tán thành, 0 không biểu quyết (empty: none)",
    ),
    "tasks.coordinating": QT_TRANSLATE_NOOP("ImportReview", "Coordinating units, separated by commas"),
    "tasks.product": QT_TRANSLATE_NOOP("ImportReview", "Expected product (a report, a plan …)"),
    "figures.figure": QT_TRANSLATE_NOOP(
        "ImportReview", "Label: value unit, đạt percent% (note), e.g. Cấp giấy phép: 14/15 hồ sơ"
    ),
    "signers.who": QT_TRANSLATE_NOOP(
        "ImportReview",
        "Capacity lines separated by - , a colon, the name: T/M ỦY BAN NHÂN DÂN - CHỦ TỊCH: Name",
    ),
    "reports.title": QT_TRANSLATE_NOOP("ImportReview", "Title of the report"),
    "reports.presenter": QT_TRANSLATE_NOOP(
        "ImportReview", "Name - title of the presenter, or an attendee's name (empty: none)"
    ),
    "reports.summary": QT_TRANSLATE_NOOP("ImportReview", "Summary of the report, one paragraph a line"),
}


class ImportReviewWindow(QDialog):
    """``saved(meeting_id, replaced_id)`` once the review is saved (``replaced_id`` -1: a new meeting)."""

    saved = Signal(int, int)

    def __init__(self, service: ReviewService, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReviewWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.service = service
        self.review = review
        self.rec = review.item.meeting
        self.dirty = False
        self.saved_id: int | None = None
        self._syncing = False
        # What was typed over a figure and is no figure yet (by the figure's id): shown again when the
        # figure is chosen again, and the save waits for it (never dropped without a word)
        self._unread: dict[int, str] = {}
        self.setWindowTitle(self.tr("Review the import of %1").replace("%1", review.item.doc.name))
        self.resize(1280, 820)

        self.lines_model = LinesModel(review.item.doc, self)
        self.lines = QListView(self)
        self.lines.setObjectName("reviewDocument")
        self.lines.setModel(self.lines_model)
        self.lines.setUniformItemSizes(True)
        self.lines.setWordWrap(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Shift+arrows choose several lines: Insert makes a report of them
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lines.selectionModel().currentChanged.connect(self._line_chosen)

        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.parts_model = PartsModel(warning, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("reviewMeeting")
        self.tree.setModel(self.parts_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._part_chosen)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("reviewEditor")
        self.editor.setPlaceholderText(self.tr("Choose an item of the meeting to correct its text (F2)"))
        self.editor.setMaximumHeight(150)
        self.editor.textChanged.connect(self._typed)
        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.problems = QLabel(self._problems_text(), self)
        self.problems.setObjectName("reviewProblems")
        self.problems.setWordWrap(True)

        doc_label = QLabel(self.tr("&Document: %1").replace("%1", review.item.doc.name), self)
        doc_label.setBuddy(self.lines)
        meeting_label = QLabel(self.tr("Recognised &meeting (⚠: not sure, check it)"), self)
        meeting_label.setBuddy(self.tree)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(doc_label)
        left_layout.addWidget(self.lines, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(meeting_label)
        right_layout.addWidget(self.tree, 1)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([620, 660])

        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), self)
        self.save_button.setObjectName("reviewSave")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        keys = QLabel(self.tr("F2 edit (an attendee, a speaker, a conclusion's kind or votes, a task's lead, "
                              "deadline, coordinating units or product, a group's title, a report's title, "
                              "presenter or summary, a figure: choose it, F2) · Ins add a figure to the report "
                              "(from the chosen line of the document); elsewhere a report made of the chosen lines · "
                              "Del delete a figure or a report (its text goes to the notes) · Alt+↑/↓ move · Alt+1…5 move to contributions, conclusions, "
                              "recommendations, tasks, notes · Alt+6 make it an attendee (Ins on the attendees: from the chosen "
                              "line; Del deletes one) · Ctrl+G a new group of recommendations from the chosen one (Ctrl+J on a "
                              "group merges it with the next) · Ctrl+Return split at the cursor · Ctrl+J merge "
                              "with the next"), self)  # fmt: skip
        keys.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(keys, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._actions()
        self.rebuild()
        self.lines_model.set_marks(set(), self.parts_model.unsure_lines())
        self.tree.setFocus()

    # --- actions ---------------------------------------------------------------------------------
    def _actions(self) -> None:
        def add(name: str, text: str, key: str, slot: Callable[[], object]) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False: slot())
            self.addAction(action)
            return action

        add("reviewEdit", self.tr("Edit the item"), "F2", self.edit_current)
        add("reviewUp", self.tr("Move up"), "Alt+Up", lambda: self.move_chosen(-1))
        add("reviewDown", self.tr("Move down"), "Alt+Down", lambda: self.move_chosen(1))
        for number, section in enumerate(rv.SECTIONS, start=1):
            add(f"reviewMoveTo{number}", self.tr("Move to list %1").replace("%1", str(number)), f"Alt+{number}",
                self._mover(section))  # fmt: skip
        add("reviewMakeAttendee", self.tr("Make it an attendee"), "Alt+6", self.make_attendee)
        add("reviewSplit", self.tr("Split at the cursor"), "Ctrl+Return", self.split_current)
        add("reviewMerge", self.tr("Merge with the next"), "Ctrl+J", self.merge_chosen)
        add(
            "reviewNewGroup",
            self.tr("A new group of recommendations from this one"),
            "Ctrl+G",
            self.new_group,
        )
        add("reviewSaveAction", self.tr("Save"), "Ctrl+S", self.save)
        add("reviewAddFigure", self.tr("Add a figure to the report, or a report"), "Ins", self.add_figure)
        delete = add("reviewDelete", self.tr("Delete the figure or report (its text goes to the notes)"), "Del",
                     self.delete_current)  # fmt: skip
        # on the tree only: in the editor, Delete deletes a character
        self.removeAction(delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(delete)

    def _mover(self, section: str) -> Callable[[], None]:
        return lambda: self._structural(lambda r: rv.move_to(self.rec, r, section))

    # --- choosing --------------------------------------------------------------------------------
    def rebuild(self, select: object = None) -> None:
        self.parts_model.rebuild(self.rec)
        self.tree.expandAll()
        item = self.parts_model.by_ref.get(select) if select is not None else None
        if item is None:
            item = self.parts_model.item(0)
        if item is not None:
            self.tree.setCurrentIndex(item.index())

    def current_ref(self) -> object:
        index = self.tree.currentIndex()
        return index.data(REF_ROLE) if index.isValid() else None

    def select_path(self, path: str) -> bool:
        item = self.parts_model.item_of_path(path)
        if item is not None:
            self.tree.setCurrentIndex(item.index())
        return item is not None

    @Slot(QModelIndex, QModelIndex)
    def _part_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        lines = current.data(LINES_ROLE) or [] if current.isValid() else []
        self.lines_model.set_marks(set(lines))
        if lines and not self._syncing:
            self._syncing = True
            self.lines.scrollTo(
                self.lines_model.index(lines[0], 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )
            selection = self.lines.selectionModel()
            selection.setCurrentIndex(self.lines_model.index(lines[0], 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)  # fmt: skip
            for line in lines[1:]:  # every line of the part is chosen (Insert makes a report of them)
                selection.select(self.lines_model.index(line, 0), QItemSelectionModel.SelectionFlag.Select)
            self._syncing = False
        self._load_editor(current)

    @Slot(QModelIndex, QModelIndex)
    def _line_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        paths = rv.refs_at_line(self.rec, current.row())
        self._syncing = True
        try:
            for path in paths:
                if self.select_path(path):
                    break
            else:
                self.lines_model.set_marks({current.row()})
        finally:
            self._syncing = False

    # --- editing -------------------------------------------------------------------------------------
    def _load_editor(self, index: QModelIndex) -> None:
        ref = index.data(REF_ROLE) if index.isValid() else None
        self.editor.blockSignals(True)
        if isinstance(ref, rv.Ref):
            self.editor.setPlainText(rv.text_of(rv.items(self.rec, ref.section)[ref.index]))
        elif isinstance(ref, rv.FieldRef) and ref.section == "attendees":
            words = {key: translate(word) for key, word in PRESENCE.items()}
            self.editor.setPlainText(rv.attendee_text(self.rec.attendees[ref.index], words))
        elif (
            isinstance(ref, rv.FieldRef) and ref.section == "figures" and self._figure_id(ref) in self._unread
        ):
            self.editor.setPlainText(self._unread[self._figure_id(ref)])
        elif isinstance(ref, rv.FieldRef):
            self.editor.setPlainText(field_text(self.rec, ref))
        elif isinstance(ref, str) and ref in rv.FIELDS:
            self.editor.setPlainText(rv.field_text(self.rec, ref))
        else:
            self.editor.clear()
        self.editor.setReadOnly(
            not isinstance(ref, rv.Ref | rv.FieldRef) and not (isinstance(ref, str) and ref in rv.FIELDS)
        )
        self.editor.setPlaceholderText(self._hint(ref))
        self.editor.blockSignals(False)
        self.message.clear()
        if isinstance(ref, rv.FieldRef) and ref.section == "figures" and self._figure_id(ref) in self._unread:
            self.message.setText(self._error(rv.ReviewError("bad_figure")))

    def _figure_id(self, ref: rv.FieldRef) -> int:
        found = rv.figures(self.rec)
        return id(found[ref.index]) if 0 <= ref.index < len(found) else -1

    def edit_current(self) -> None:
        if not self.editor.isReadOnly():
            self.editor.setFocus()
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    @Slot()
    def _typed(self) -> None:
        ref = self.current_ref()
        text = self.editor.toPlainText()
        try:
            if isinstance(ref, rv.Ref):
                rv.set_text(self.rec, ref, text)
                label = self.parts_model.item_label(rv.items(self.rec, ref.section)[ref.index])
            elif isinstance(ref, rv.FieldRef):
                rv.set_item_field(self.rec, ref, text)
                label = self.parts_model.field_label(self.rec, ref)
            elif isinstance(ref, str) and ref in rv.FIELDS:
                rv.set_field(self.rec, ref, text)
                label = f"{translate(FIELD_TITLES[ref])}: {describe(getattr(self.rec, ref))}"
            else:
                return
        except rv.ReviewError as exc:
            self.message.setText(self._error(exc))
            if isinstance(ref, rv.FieldRef) and ref.section == "figures":
                self._unread[self._figure_id(ref)] = text
                self.dirty = True
            return
        if isinstance(ref, rv.FieldRef) and ref.section == "figures":
            self._unread.pop(self._figure_id(ref), None)
        self.dirty = True
        self.message.clear()
        item: QStandardItem | None = self.parts_model.itemFromIndex(self.tree.currentIndex())
        if item is not None:
            item.setText(label)
            item.setIcon(QIcon())
            item.setForeground(self.palette().text())
            parent = item.parent()
            owner = parent.data(REF_ROLE) if parent is not None else None
            if isinstance(ref, rv.FieldRef) and isinstance(owner, rv.ReportRef):  # "presenter: title" above
                parent.setText(self.parts_model.report_label(self.rec.reports[owner.index]))
            if isinstance(ref, rv.FieldRef) and isinstance(
                owner, rv.Ref
            ):  # "speaker: text" above the speaker
                parent.setText(self.parts_model.item_label(rv.items(self.rec, owner.section)[owner.index]))
                for row in range(parent.rowCount()):  # votes make a conclusion a resolution: its kind says so
                    sibling = parent.child(row)
                    sibling_ref = sibling.data(REF_ROLE) if sibling is not None else None
                    if isinstance(sibling_ref, rv.FieldRef) and sibling_ref != ref:
                        sibling.setText(self.parts_model.field_label(self.rec, sibling_ref))

    def _hint(self, ref: object) -> str:
        """What to type in the editor for the chosen field."""
        if isinstance(ref, rv.FieldRef):
            return translate(FIELD_HINTS.get(f"{ref.section}.{ref.name}", ""))
        return self.tr("Choose an item of the meeting to correct its text (F2)")

    def add_figure(self) -> None:
        """Insert: a figure in the chosen report, after the chosen figure; read from the chosen line of the
        document when it is one, else empty and the editor ready to type it."""
        ref = self.current_ref()
        if ref == "attendees" or (isinstance(ref, rv.FieldRef) and ref.section == "attendees"):
            self.add_attendee()
            return
        if isinstance(ref, rv.ReportRef) or (isinstance(ref, rv.FieldRef) and ref.section == "reports"):
            report, after = ref.index, None
        elif isinstance(ref, rv.FieldRef) and ref.section == "figures":
            report, after = rv.figure_place(self.rec, ref.index)
        else:
            self.add_report()
            return
        line = self.lines.currentIndex().row() if self.lines.currentIndex().isValid() else None
        marked = split_marker(self.lines_model.doc.lines[line]) if line is not None else None
        text, offset = (marked.text, marked.offset) if marked is not None else ("", 0)
        flat = rv.add_figure(self.rec, report, after, line, text, offset)
        self.dirty = True
        self.rebuild(rv.FieldRef("figures", flat, "figure"))
        self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
        self.edit_current()

    def chosen_lines(self) -> list[tuple[int, str, int]]:
        """The lines chosen in the document (selected, else the current one): (line, its text without a
        list marker, where that text starts)."""
        rows = sorted({i.row() for i in self.lines.selectionModel().selectedRows()})
        if not rows and self.lines.currentIndex().isValid():
            rows = [self.lines.currentIndex().row()]
        chosen = []
        for row in rows:
            marked = split_marker(self.lines_model.doc.lines[row])
            chosen.append((row, marked.text, marked.offset) if marked is not None else (row, "", 0))
        return chosen

    def add_attendee(self) -> None:
        """Insert on the attendees or one of them: an attendee made from the chosen line of the document
        (after the chosen attendee, else at the end), the editor ready to correct it."""
        ref = self.current_ref()
        after = ref.index if isinstance(ref, rv.FieldRef) else None
        lines = self.chosen_lines()[:1]
        if not lines:
            self.message.setText(self._error(rv.ReviewError("no_line")))
            return
        line, text, offset = lines[0]
        try:
            number = rv.add_attendee(self.rec, after, line, text, offset)
        except rv.ReviewError as exc:
            self.message.setText(self._error(exc))
            return
        self.dirty = True
        self.rebuild(rv.FieldRef("attendees", number, "who"))
        self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
        self.edit_current()

    def merge_chosen(self) -> None:
        """Ctrl+J: an item with the next of its list; a group of recommendations with the next group."""
        ref = self.current_ref()
        if isinstance(ref, rv.FieldRef) and ref.section == "groups":
            try:
                group = rv.merge_groups(self.rec, ref.index)
            except rv.ReviewError as exc:
                self.message.setText(self._error(exc))
                return
            self.dirty = True
            self.rebuild(rv.FieldRef("groups", group, "title"))
            return
        self._structural(lambda r: rv.merge_next(self.rec, r))

    def new_group(self) -> None:
        """Ctrl+G: the chosen recommendation and those after it in its group become a new group, whose
        title is typed next (F2)."""
        ref = self.current_ref()
        if not (isinstance(ref, rv.Ref) and ref.section == "recommendations"):
            self.message.setText(self._error(rv.ReviewError("not_a_recommendation")))
            return
        group = rv.split_group(self.rec, ref)
        self.dirty = True
        self.rebuild(rv.FieldRef("groups", group, "title"))
        self.edit_current()

    def make_attendee(self) -> None:
        """Alt+6: the chosen item (a note, a contribution …) is an attendee the recogniser missed."""
        ref = self.current_ref()
        if not isinstance(ref, rv.Ref):
            self.message.setText(self.tr("Choose a note or another item that names an attendee first."))
            return
        try:
            number = rv.make_attendee(self.rec, ref)
        except rv.ReviewError as exc:
            self.message.setText(self._error(exc))
            return
        self.dirty = True
        self.rebuild(rv.FieldRef("attendees", number, "who"))
        self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
        self.tree.setFocus()

    def move_chosen(self, step: int) -> None:
        """Alt+Up / Alt+Down: an attendee in the attendance list, an item in its list."""
        ref = self.current_ref()
        if isinstance(ref, rv.FieldRef) and ref.section == "attendees":
            new = rv.move_attendee(self.rec, ref.index, step)
            if new != ref.index:
                self.dirty = True
                self.rebuild(rv.FieldRef("attendees", new, "who"))
            return
        self._structural(lambda r: rv.move_within(self.rec, r, step))

    def add_report(self) -> None:
        """Insert anywhere but on a report or a figure: a report the recogniser did not find, made from the
        chosen lines of the document (the first its title, or its presenter and title; the others its
        figures or summary), after the chosen report or at the end; a note or contribution made only of
        those lines becomes the report."""
        ref = self.current_ref()
        after = ref.index if isinstance(ref, rv.ReportRef) else None
        lines = self.chosen_lines()
        number = rv.add_report(self.rec, after, lines)
        self.dirty = True
        self.rebuild(rv.ReportRef(number))
        self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
        self.message.setText(
            self.tr("A report was added from %1 line(s) of the document: ↓ to its title, presenter and summary "
                    "(F2), Insert on it adds a figure, Delete deletes it.").replace("%1", str(len(lines)))
        )  # fmt: skip
        self.tree.setFocus()

    def _removed(self, focus: object, message: str) -> None:
        """After a part went to the notes: the tree rebuilt around ``focus``, the document's marks and the message."""
        self.rebuild(focus)
        self.dirty = True
        self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
        self.message.setText(message)
        self.tree.setFocus()

    def delete_current(self) -> None:
        """Delete: the chosen figure leaves its report and its text goes to the notes; a contribution,
        conclusion, recommendation or task goes to the notes (as Alt+5). Nothing of the document is lost."""
        ref = self.current_ref()
        if isinstance(ref, rv.Ref) and ref.section != "leftovers":
            self._structural(lambda r: rv.move_to(self.rec, r, "leftovers"))
            return
        if isinstance(ref, rv.FieldRef) and ref.section == "signers":
            self._removed(rv.remove_signer(self.rec, ref.index),
                          self.tr("The signature was deleted; its words are kept in the notes."))  # fmt: skip
            return
        if isinstance(ref, rv.FieldRef) and ref.section == "attendees":
            self._removed(rv.remove_attendee(self.rec, ref.index),
                          self.tr("The attendee was deleted; the line is kept in the notes."))  # fmt: skip
            return
        if isinstance(ref, rv.ReportRef):
            for f in self.rec.reports[ref.index].figures:  # their text goes to the notes as typed
                self._unread.pop(id(f), None)
            first = rv.remove_report(self.rec, ref.index)
            self.dirty = True
            left = len(self.rec.reports)
            self.rebuild(
                first if first is not None else rv.ReportRef(min(ref.index, left - 1)) if left else None
            )
            self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
            self.message.setText(self.tr("The report was deleted; its text is kept in the notes."))
            self.tree.setFocus()
            return
        if not (isinstance(ref, rv.FieldRef) and ref.section == "figures"):
            self.message.setText(self._error(rv.ReviewError("nothing_to_delete")))
            return
        report, position = rv.figure_place(self.rec, ref.index)
        self._unread.pop(self._figure_id(ref), None)  # the figure's own text goes to the notes
        note = rv.remove_figure(self.rec, ref.index)
        self.dirty = True
        left = len(self.rec.reports[report].figures)
        select: object = (
            rv.FieldRef("figures", ref.index - (position == left), "figure") if left else rv.ReportRef(report)
        )
        self.rebuild(select)
        self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
        if note is not None:
            self.message.setText(self.tr("The figure was deleted; its text is kept in the notes."))
        self.tree.setFocus()

    def split_current(self) -> None:
        at = self.editor.textCursor().position()
        self._structural(lambda r: rv.split(self.rec, r, at))

    def _structural(self, change: Callable[[rv.Ref], rv.Ref]) -> None:
        ref = self.current_ref()
        if not isinstance(ref, rv.Ref):
            self.message.setText(
                self.tr("Choose a contribution, conclusion, recommendation, task or note first.")
            )
            return
        try:
            new = change(ref)
        except rv.ReviewError as exc:
            self.message.setText(self._error(exc))
            return
        self.dirty = True
        focus_editor = self.editor.hasFocus()
        self.rebuild(new)
        self.lines_model.set_marks(self.lines_model.highlighted, self.parts_model.unsure_lines())
        (self.editor if focus_editor else self.tree).setFocus()

    def _error(self, exc: rv.ReviewError) -> str:
        return translate(ERRORS[exc.code]) if exc.code in ERRORS else exc.code

    def _problems_text(self) -> str:
        texts = [translate(PROBLEMS[p]) for p in self.rec.problems if p in PROBLEMS]
        unsure = sum(1 for line in self.rec.needs_review() if line.startswith("unsure:"))
        if unsure:
            texts.append(self.tr("%1 part(s) marked ⚠ are not sure: check them.").replace("%1", str(unsure)))
        if self.review.edited:
            texts.insert(0, self.tr("⚠ Meeting %1 was changed after it was imported: saving the review replaces it "
                                    "with what you see here.").replace("%1", str(self.review.meeting_id)))  # fmt: skip
        return " ".join(texts) or self.tr("Everything was recognised with confidence; check and save.")

    # --- saving ----------------------------------------------------------------------------------------
    def save(self) -> bool:
        waiting = next((i for i, f in enumerate(rv.figures(self.rec))
                        if rv.figure_is_empty(f) or id(f) in self._unread), None)  # fmt: skip
        if waiting is not None:  # a figure not typed yet, or typed and no figure yet: never dropped silently
            ref = rv.FieldRef("figures", waiting, "figure")
            if self.current_ref() != ref:
                self.rebuild(ref)
            self.message.setText(self._error(rv.ReviewError("empty_figure")))
            return False
        if self.review.edited and not self.confirm_replace():
            return False
        try:
            meeting_id = self.service.save_review(self.review)
        except NoMeetingDate:
            self.show_error(self.tr("The meeting needs a date: choose “Meeting date” and type it."))
            return False
        except UserError as exc:
            self.show_error(user_message(exc))
            return False
        replaced = self.review.meeting_id
        self.saved_id = meeting_id
        self.dirty = False
        self.saved.emit(meeting_id, -1 if replaced is None else replaced)
        self.accept()
        return True

    def reject(self) -> None:
        if self.dirty and not self.confirm_discard():
            return
        super().reject()

    # --- small entry points tests replace ----------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.message.setText(text)
        QMessageBox.warning(self, self.windowTitle(), text)

    def confirm_replace(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Meeting %1 was changed after it was imported. Replace it with the reviewed document?")
            .replace("%1", str(self.review.meeting_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("Close without saving your corrections?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Discard
