"""Contributions as they happen: a speaker queue, the floor given with one key, a running clock, and a
text box ready at once.

F8 (or Ctrl+Enter in the text) finishes the current speaker - the text is flushed and the duration
stored - and gives the floor to the first of the queue, stamping the time; with nobody queued it starts
an unnamed contribution and puts the cursor in the speaker field (type a name or a label, Enter).
Shift+F8 finishes without starting another. Ctrl+Shift+D goes to the number of opinions the row stands
for (a count with no words recorded) and its agenda item (:mod:`.item_fields`). Text saves itself through the FieldSaver (drafts and the
background writer): typing never waits for the database.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes.domain.enums import SourceKind
from minutes.services.dto import ContributionDTO, MeetingDetail
from minutes.ui import formatting as fmt
from minutes.ui.autosave import FieldSaver
from minutes.ui.context import UiContext
from minutes.ui.editor.base import SectionBase, ok
from minutes.ui.editor.item_fields import ContributionFields, said_cell
from minutes.ui.editor.linked_tasks import confirm_removal
from minutes.ui.editor.speaker_queue import Speaker, SpeakerQueue
from minutes.ui.models.rows import Row, RowMemo, RowsModel
from minutes.ui.people_picker import person_picker
from minutes.ui.views import (
    LinesDelegate,
    WrappedRows,
    current_id,
    current_row,
    fit_rows,
    select_id,
    select_row,
    set_widths,
    setup_table,
)
from minutes.ui.writer import BackgroundWriter

TABLE = "contributions"

#: Lines of the list's cells at most (the rest ends in "…"; the tooltip and the text box have it all).
SPEAKER_LINES, SAID_LINES = 3, 4
#: Rows the list is sized to show at most (it scrolls beyond).
CONTRIB_ROWS = 12


class ContributionsSection(SectionBase):
    def __init__(self, ctx: UiContext, writer: BackgroundWriter, parent: QWidget | None = None) -> None:
        super().__init__(ctx, writer, parent)
        self.setObjectName("contributionsSection")
        self.running_id: int | None = None  # the contribution whose speaker has the floor
        self._rendering = False
        self._clock = QElapsedTimer()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_clock)

        self.queue = SpeakerQueue(ctx.services, self)
        self.now_label = QLabel(self)
        self.now_label.setObjectName("contribNow")
        self.now_label.setStyleSheet("font-weight: 600;")
        self.timer_label = QLabel("", self)
        self.timer_label.setObjectName("contribTimer")
        self.timer_label.setStyleSheet("font-size: 16pt;")
        self.next_button = QPushButton(self.tr("Next speaker"), self)
        self.next_button.setObjectName("contribNextButton")
        self.speaker = person_picker(
            ctx.services,
            keep_choice=True,
            placeholder=self.tr("Speaker: a name from the directory or a label"),
            parent=self,
        )
        self.speaker.setObjectName("contribSpeaker")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("contribText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr(
                "Press F8 to give the floor to the next speaker, then type what "
                "is said. Ctrl+Enter finishes and moves to the next."
            )
        )
        self.saver = FieldSaver(
            ctx,
            writer,
            self.text,
            entity=TABLE,
            field="text",
            save=lambda i, v, **w: ctx.services.items.update_contribution(i, text=v, **w),
            label=self.tr("Edit contribution"),
        )
        self.saver.bind(None, "")
        self._rows = RowMemo(self._row)
        self.model = RowsModel(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Speaker"),
                self.tr("Length"),
                self.tr("What was said"),
            ],
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, "contribTable", stretch=4)
        set_widths(self.table, {0: 44, 1: 60, 2: 240, 3: 64})
        # the speaker and what was said wrap to their columns: a few lines each, the whole when short;
        # each row as tall as its lines, measured again only when it changes (typing saves often)
        self.table.setItemDelegateForColumn(2, LinesDelegate(self.table, SPEAKER_LINES))
        self.table.setItemDelegateForColumn(4, LinesDelegate(self.table, SAID_LINES))
        WrappedRows(self.table, top_rows=CONTRIB_ROWS)
        fit_rows(self.table, min_rows=4, max_rows=CONTRIB_ROWS)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 8)

        bar = QHBoxLayout()
        bar.addWidget(self.now_label, 1)
        bar.addWidget(self.timer_label)
        bar.addWidget(self.next_button)
        speaker_label = QLabel(self.tr("&Speaker:"), self)
        speaker_label.setBuddy(self.speaker)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(speaker_label)
        speaker_row.addWidget(self.speaker, 1)
        main = QWidget(self)
        right = QVBoxLayout(main)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(bar)
        right.addLayout(speaker_row)
        right.addWidget(self.text, 2)
        self.fields = ContributionFields(self)
        right.addWidget(self.fields)
        right.addWidget(self.table, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.queue)
        splitter.addWidget(main)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        for first, second in (
            (self.queue.picker, self.queue.view),
            (self.queue.view, self.speaker),
            (self.speaker, self.text),
            (self.text, self.fields.count),
            (self.fields.count, self.fields.agenda),
            (self.fields.agenda, self.table),
        ):
            QWidget.setTabOrder(first, second)

        self.next_button.clicked.connect(self.next_speaker)
        self.queue.floor_requested.connect(self._give_floor)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._bind_selected())
        self.speaker.picked.connect(self._speaker_picked)
        self.speaker.create_requested.connect(self._speaker_labelled)
        self.speaker.submitted.connect(lambda: self.text.setFocus())
        self._build_actions()
        self._show_clock()

    def title(self) -> str:
        return self.tr("Contributions")

    def _build_actions(self) -> None:
        widget_only = Qt.ShortcutContext.WidgetShortcut
        self.act_next = self.make_action(
            self.tr("&Next speaker"),
            "F8",
            self.next_speaker,
            name="actNextSpeaker",
            tip=self.tr("Finish the current speaker and give the floor to the first of the queue"),
        )
        self.act_finish_next = self.make_action(
            self.tr("Finish and next"),
            ["Ctrl+Return", "Ctrl+Enter"],
            self.next_speaker,
            name="actFinishAndNext",
            widget=self.text,
            context=widget_only,
        )
        self.act_finish = self.make_action(
            self.tr("&Finish speaker"), "Shift+F8", self.finish, name="actFinishSpeaker"
        )
        self.act_queue = self.make_action(
            self.tr("&Queue a speaker"), "Ctrl+Shift+Q", self.queue.focus_picker, name="actQueueSpeaker"
        )
        self.act_speaker = self.make_action(
            self.tr("Change the s&peaker"),
            "Ctrl+Shift+S",
            lambda: self.speaker.setFocus(),
            name="actContribSpeaker",
        )
        self.act_task = self.make_action(
            self.tr("Create a &task from this contribution..."),
            "Ctrl+T",
            self.create_task,
            name="actContribTask",
        )
        view = self.queue.view
        self.make_action(
            self.tr("Give the floor now"),
            ["Return", "Enter"],
            self.queue.give_floor_to_selected,
            name="actQueueFloor",
            widget=view,
            context=widget_only,
        )
        self.make_action(
            self.tr("Move up in the queue"),
            "Alt+Up",
            lambda: self.queue.move_selected(-1),
            name="actQueueUp",
            widget=view,
            context=widget_only,
        )
        self.make_action(
            self.tr("Move down in the queue"),
            "Alt+Down",
            lambda: self.queue.move_selected(1),
            name="actQueueDown",
            widget=view,
            context=widget_only,
        )
        self.make_action(
            self.tr("Remove from the queue"),
            "Delete",
            self.queue.remove_selected,
            name="actQueueRemove",
            widget=view,
            context=widget_only,
        )
        table = self.table
        self.make_action(
            self.tr("Edit the text"),
            ["Return", "Enter"],
            lambda: self.text.setFocus(),
            name="actContribEdit",
            widget=table,
            context=widget_only,
        )
        self.act_up = self.make_action(
            self.tr("Move contribution &up"),
            "Alt+Up",
            lambda: self.move_selected(-1),
            name="actContribUp",
            widget=table,
            context=widget_only,
        )
        self.act_down = self.make_action(
            self.tr("Move contribution &down"),
            "Alt+Down",
            lambda: self.move_selected(1),
            name="actContribDown",
            widget=table,
            context=widget_only,
        )
        self.act_remove = self.make_action(
            self.tr("&Delete contribution"),
            "Delete",
            self.remove,
            name="actContribRemove",
            widget=table,
            context=widget_only,
        )
        self.act_fields = self.make_action(
            self.tr("Number of opinions and agenda item"),
            "Ctrl+Shift+D",
            self.fields.focus_first,
            name="actContribFields",
        )
        self.next_button.setToolTip(self.act_next.toolTip())
        self.next_button.setText(
            self.tr("Next speaker (%1)").replace(
                "%1", self.act_next.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # --- showing ---------------------------------------------------------------------------------
    def set_meeting(self, meeting: MeetingDetail | None) -> None:
        if meeting is None or meeting.id != self.meeting_id:
            self.finish()  # switching meeting: the speaker's time is stored, the text saved
            self.saver.bind(None, "")
            self.queue.clear()
        super().set_meeting(meeting)
        rows = self._rows.rows(meeting.contributions if meeting else [])
        keep = self.saver.entity_id or current_id(self.table)
        self._rendering = True
        try:
            self.model.set_rows(rows)
            if current_id(self.table) != keep:
                select_id(self.table, keep)
        finally:
            self._rendering = False
        bound = self._contribution(self.saver.entity_id)
        if bound is None:
            self._bind_selected()
        else:
            self.saver.refresh(bound.text)
            self.fields.show_record(meeting, bound)
            if not self.speaker.hasFocus():
                self._show_speaker(bound)
        if self.running_id is not None and self._contribution(self.running_id) is None:
            self._stop_clock()
        self._show_clock()

    @staticmethod
    def _row(i: int, c: ContributionDTO) -> Row:
        return Row(
            c.id,
            (
                str(i + 1),
                fmt.clock(c.spoken_at),
                c.speaker_display,
                fmt.duration(c.duration_seconds),
                said_cell(c),
            ),
            ("", "", c.speaker_display, "", c.text[:600]),
        )

    def flush(self) -> None:
        super().flush()
        self.fields.flush()

    def focus_first(self) -> None:
        (self.text if self.running_id is not None else self.queue.picker).setFocus()

    def _contribution(self, ident: int | None) -> ContributionDTO | None:
        if self.meeting is None or ident is None:
            return None
        return next((c for c in self.meeting.contributions if c.id == ident), None)

    def _bind_selected(self) -> None:
        if self._rendering:
            return
        row = self._contribution(current_id(self.table))
        self.saver.bind(row.id if row else None, row.text if row else "")
        self._show_speaker(row)
        self.fields.show_record(self.meeting, row)
        self.speaker.setEnabled(row is not None)

    def _show_speaker(self, row: ContributionDTO | None) -> None:
        if row is None:
            self.speaker.set_value(None)
        elif row.speaker_id is not None:
            self.speaker.set_value(row.speaker_id, row.speaker_name)
        else:
            self.speaker.set_value(None)
            self.speaker.setText(row.speaker_label or "")

    def _show_clock(self) -> None:
        running = self._contribution(self.running_id)
        if running is None:
            self.now_label.setText(self.tr("Nobody has the floor. F8 gives it to the first of the queue."))
            self.timer_label.setText("")
            return
        who = running.speaker_display or self.tr("(speaker not named yet)")
        self.now_label.setText(self.tr("Speaking: %1").replace("%1", who))
        self.timer_label.setText(fmt.duration(self._clock.elapsed() // 1000))

    # --- the floor -------------------------------------------------------------------------------
    def next_speaker(self) -> None:
        """Finish the current speaker and give the floor to the first of the queue (or an unnamed one)."""
        if self.meeting is None:
            return
        self.finish()
        entry = self.queue.take_first()
        if entry is not None:
            self._give_floor(entry)
            return
        if self._start(None, None) is not None:
            self.speaker.setFocus()  # nobody queued: say who speaks (a name or a label), Enter to type

    def _give_floor(self, entry: Speaker) -> None:
        self.finish()
        if self._start(entry.person_id, entry.label) is not None:
            self.text.setFocus()

    def _start(self, person_id: int | None, label: str | None) -> int | None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return None
        items = self.ctx.services.items
        spoken_at = datetime.now().time().replace(microsecond=0)

        def do() -> int:
            return items.add_contribution(
                meeting_id, speaker_id=person_id, speaker_label=label, spoken_at=spoken_at
            )

        ident = self.perform(self.tr("Give the floor"), do)
        if ident is None:
            return None
        self.running_id = ident
        self._clock.start()
        self._tick.start()
        select_id(self.table, ident)
        if self.saver.entity_id != ident:
            self._bind_selected()
        self._show_clock()
        return ident

    def finish(self) -> None:
        """The speaker is done: save the text now and store how long they spoke."""
        ident = self.running_id
        if ident is None:
            return
        seconds = int(self._clock.elapsed() // 1000)
        self._stop_clock()
        if self.saver.entity_id == ident:
            self.saver.flush()
        items = self.ctx.services.items
        self.writer.submit(
            ("save", TABLE, ident, "duration_seconds"),
            lambda: items.update_contribution(ident, duration_seconds=seconds),
        )
        self._show_clock()

    def _stop_clock(self) -> None:
        self.running_id = None
        self._tick.stop()

    # --- the selected contribution ---------------------------------------------------------------
    def _speaker_picked(self, person_id: int) -> None:
        self._set_speaker(person_id, None)
        self.text.setFocus()

    def _speaker_labelled(self, label: str) -> None:
        self._set_speaker(None, label)
        self.text.setFocus()

    def _set_speaker(self, person_id: int | None, label: str | None) -> None:
        row = self._contribution(self.saver.entity_id)
        if row is None:
            return
        items, first = self.ctx.services.items, row.id
        old: dict[str, Any] = {"speaker_id": row.speaker_id, "speaker_label": row.speaker_label}
        new: dict[str, Any] = {"speaker_id": person_id, "speaker_label": label}
        self.perform(
            self.tr("Change speaker"),
            lambda: items.update_contribution(first, expected_version=row.version, seen=old, **new),
        )

    def move_selected(self, step: int) -> None:
        row, ident = current_row(self.table), current_id(self.table)
        target = row + step
        if ident is None or not 0 <= target < self.model.rowCount():
            return
        items = self.ctx.services.items
        order = [c.id for c in self.meeting.contributions] if self.meeting is not None else None
        if self.perform(
            self.tr("Move contribution"), ok(lambda: items.move_contribution(ident, target, seen_order=order))
        ):
            select_id(self.table, ident)

    def remove(self) -> None:
        row_index = current_row(self.table)
        row = self._contribution(current_id(self.table))
        meeting_id = self.meeting_id
        if row is None or meeting_id is None:
            return
        text = self.text.toPlainText() if self.saver.entity_id == row.id else row.text
        self.saver.flush()
        items, first = self.ctx.services.items, row.id
        title = self.tr("Delete contribution")
        if not confirm_removal(self, self.ctx, "contribution", first, title):
            return
        if self.perform(title, ok(lambda: items.remove_contribution(first, seen={"text": text}))):
            select_row(self.table, min(row_index, self.model.rowCount() - 1))

    def create_task(self) -> None:
        row = self._contribution(current_id(self.table) or self.saver.entity_id)
        if row is None or self.meeting is None:
            return
        self.saver.flush()
        from minutes.ui.task_form import TaskForm

        TaskForm.create_from(
            self,
            self.ctx,
            self.writer,
            self.meeting,
            text=self.text.toPlainText() or row.text,
            source_kind=SourceKind.CONTRIBUTION.value,
            source_id=row.id,
        )
