"""The secretary records the whole example meeting through the GUI, then the database is read back.

Starting from an empty database, only keys and clicks on the main window (Vietnamese typed as an input
method delivers it, word by word, some of it decomposed as Windows' keyboard sends it): the general
information, the roll call with its groups and roles, the report and every figure, ten contributions
through the speaker queue with Ctrl+Enter, the conclusions, the 13 recommendations in two groups, and the
six tasks created from their conclusion points and recommendations with Ctrl+T. Then a fresh connection
reads the meeting and it must equal the example file (resources/demo), exactly and in NFC; the only
differences allowed are what a live recording adds (the time each contribution was given the floor and
its length) and what the directory holds beyond the meeting (unit short names and hierarchy).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from testkit.compare import comparable
from testkit.qt import type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.services.demo import demo_data
from minutes.services.dto import MeetingDetail
from minutes.ui.app import start
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings
from minutes.ui.task_form import TaskForm

TODAY = date(2021, 3, 1)
USER = Actor("Thư ký")
DEMO = demo_data()
M = DEMO["meeting"]
UNITS = {u["key"]: u for u in DEMO["units"]}
PEOPLE = {p["key"]: p for p in DEMO["people"]}

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# --- typing like a person ---------------------------------------------------------------------------


class Secretary:
    """Hands on the keyboard of one main window. Every tenth text is typed decomposed (NFD)."""

    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.typed = 0

    def type(self, widget: QWidget, text: str) -> None:
        self.typed += 1
        type_vietnamese(widget, text, nfd=self.typed % 10 == 0)

    def key(
        self,
        widget: QWidget,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        QTest.keyClick(widget, key, modifiers)

    def shortcut(self, keys: str) -> None:
        QTest.keySequence(QApplication.focusWidget() or self.window, keys)

    def focused(self, widget: QWidget) -> None:
        self.qtbot.waitUntil(widget.hasFocus, timeout=3000)

    def focus(self, widget: QWidget) -> None:
        """Go there the way a person does when no key leads there: a click."""
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        if not widget.hasFocus():
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
        self.focused(widget)

    def back_to_window(self) -> None:
        """After a dialog closed: the main window is active again (a click on it, if need be)."""
        if not self.window.isActiveWindow():
            self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=3000)

    def settle(self) -> None:
        self.window.writer.drain()
        QCoreApplication.processEvents()


def tab_to(me: Secretary, widget: QWidget, limit: int = 12) -> None:
    """Press Tab until ``widget`` has the focus (the form's tab order decides the way)."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        me.key(QApplication.focusWidget(), Qt.Key.Key_Tab)
    me.focused(widget)


def focused_line_edit(qtbot: Any) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def click_row(view: Any, index: Any) -> None:
    """Click an item of a list, table or tree (scrolled into view first)."""
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.visualRect(index).center(),
    )
    assert view.currentIndex() == index


def vn_number(value: str | None) -> str:
    """A figure as the secretary types it: 19.885.177.001, 98,4."""
    if value is None:
        return ""
    number = Decimal(value)
    integer, _, fraction = format(number, "f").partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


# --- the recording ------------------------------------------------------------------------------------


def record_general(me: Secretary) -> None:
    w = me.window
    me.shortcut("Ctrl+N")
    general = w.editor.general
    me.focused(general.title_edit)
    me.type(general.title_edit, M["title"])
    me.key(general.title_edit, Qt.Key.Key_Tab)
    me.focused(general.kind)  # a working session is what a new meeting is
    me.key(general.kind, Qt.Key.Key_Tab)
    me.focused(general.reference)  # no number yet: the article gives none
    me.key(general.reference, Qt.Key.Key_Tab)
    me.focused(general.date)  # Tab selected the day: type the date's digits
    QTest.keyClicks(general.date, "19012021")
    tab_to(me, general.location)  # on through the date and the (unknown) start and end times
    me.type(general.location, M["location"])
    me.key(general.location, Qt.Key.Key_Tab)
    me.focused(general.organisation)  # chosen once the roll call has created the unit
    for _ in range(3):  # organisation, chair, secretary: set later or by the roll call
        me.key(QApplication.focusWidget(), Qt.Key.Key_Tab)
    me.focused(general.notes)
    me.type(general.notes, M["notes"])


def record_roll_call(me: Secretary) -> None:
    w = me.window
    me.shortcut("Alt+2")
    section = w.editor.sections[1]
    me.focused(section.picker)
    role_keys = {"member": [], "guest": ["R"], "chair": ["R", "R"], "presenter": ["Shift+R"]}
    for number, row in enumerate(M["attendance"]):
        if row["person"] is not None:
            person = PEOPLE[row["person"]]
            me.focus(section.picker)
            me.type(section.picker, person["full_name"])
            me.key(section.picker, Qt.Key.Key_Return, CTRL)  # a new person: name, title, unit
            me.qtbot.waitUntil(section.new_person.isVisible)
            me.focused(section.new_person.title_)
            me.type(section.new_person.title_, person["title"])
            me.key(section.new_person.title_, Qt.Key.Key_Tab)
            unit = section.new_person.unit
            me.focused(unit)
            me.type(unit, UNITS[person["unit"]]["name"])
            me.key(unit, Qt.Key.Key_Return)  # an existing unit is chosen, a new one created
            me.qtbot.waitUntil(lambda u=unit: u.value() is not None)
            me.key(unit, Qt.Key.Key_Return)  # adds the person to the directory and the roll call
        else:
            me.focus(section.group)
            me.type(section.group, row["group_name"])
            me.key(section.group, Qt.Key.Key_Return)
        me.qtbot.waitUntil(lambda n=number: section.model.rowCount() == n + 1)
        if role_keys[row["role"]]:
            click_row(section.table, section.model.index(number, 1))
            me.focused(section.table)
            for keys in role_keys[row["role"]]:
                QTest.keySequence(section.table, keys)
    me.settle()


def record_organisation(me: Secretary) -> None:
    general = me.window.editor.general
    me.shortcut("Alt+1")
    me.focused(general.title_edit)
    tab_to(me, general.organisation)
    type_vietnamese(general.organisation, UNITS[M["organisation"]]["name"], by="keys")  # type-ahead chooses
    assert general.organisation.currentText() == UNITS[M["organisation"]]["name"]


def record_report(me: Secretary, presenter_query: str) -> None:
    report = M["reports"][0]
    me.shortcut("Alt+3")
    section = me.window.editor.sections[2]
    me.focused(section.add_button)  # no report yet: going there adds none (issue 15, item 5)
    me.shortcut("Ctrl+Shift+B")
    me.focused(section.presenter)
    me.type(section.presenter, presenter_query)
    me.key(section.presenter, Qt.Key.Key_Return)  # chosen; the focus stays until Tab (issue 15, item 3)
    me.key(section.presenter, Qt.Key.Key_Tab)
    me.focused(section.title_edit)
    me.type(section.title_edit, report["title"])
    me.key(section.title_edit, Qt.Key.Key_Tab)
    me.focused(section.summary)
    me.type(section.summary, report["summary"])
    me.key(section.summary, Qt.Key.Key_Tab)
    table = section.figures
    me.focused(table)
    for number, figure in enumerate(report["figures"]):
        me.key(table, Qt.Key.Key_Insert)  # the new-figure row, label column
        editor = focused_line_edit(me.qtbot)
        me.type(editor, figure["label"])
        me.key(editor, Qt.Key.Key_Return)
        me.qtbot.waitUntil(lambda n=number: table.model_.rowCount() == n + 2 and table.hasFocus())
        assert table.currentIndex().column() == 2  # ready for the value
        cells = [
            vn_number(figure["value"]),
            figure["unit"],
            vn_number(figure["target"]),
            vn_number(figure["percent"]),
            figure["note"] or "",
        ]
        for column, text in enumerate(cells, start=2):
            if column > 2:
                me.key(table, Qt.Key.Key_Right)
            if not text:
                continue
            me.key(table, Qt.Key.Key_F2)
            editor = focused_line_edit(me.qtbot)
            me.type(editor, text)
            me.key(editor, Qt.Key.Key_Return)
            shown = text + "%" if column == 5 else text  # the table shows a percent with its sign
            me.qtbot.waitUntil(
                lambda n=number, c=column, t=shown: table.hasFocus() and table.model_.index(n, c).data() == t
            )  # saved and shown: next cell
        me.settle()


def record_contributions(me: Secretary, speaker_query: str) -> None:
    me.shortcut("Alt+4")
    section = me.window.editor.sections[3]
    picker = section.queue.picker
    me.focused(picker)
    for row in M["contributions"]:  # hands go up: queue them in order
        assert picker.text() == ""  # whoever was queued last, person or label, left the picker empty
        if row["speaker"] is not None:
            me.type(picker, speaker_query)
            me.key(picker, Qt.Key.Key_Return)
        else:
            me.type(picker, row["speaker_label"])
            me.key(picker, Qt.Key.Key_Return, CTRL)  # not in the directory: queued as a label
    assert len(section.queue.displays()) == 10
    me.key(picker, Qt.Key.Key_F8)  # the first of the queue has the floor
    for number, row in enumerate(M["contributions"]):
        me.focused(section.text)
        me.type(section.text, row["text"])
        if number < len(M["contributions"]) - 1:
            me.key(section.text, Qt.Key.Key_Return, CTRL)  # finished: the next of the queue speaks
    me.key(section.text, Qt.Key.Key_F8, SHIFT)  # the last one finishes
    me.settle()


def record_conclusions(me: Secretary) -> None:
    me.shortcut("Alt+5")
    section = me.window.editor.sections[4]
    me.focused(section.add_button)  # an empty list: going there adds no point
    me.shortcut("Ctrl+Shift+K")
    me.focused(section.text)
    for number, row in enumerate(M["conclusions"]):
        me.type(section.text, row["text"])
        if number < len(M["conclusions"]) - 1:
            me.key(section.text, Qt.Key.Key_Return, CTRL)
    me.settle()


def record_recommendations(me: Secretary) -> None:
    me.shortcut("Alt+6")  # none yet: going there adds no group; Ctrl+Shift+U adds the first
    section = me.window.editor.sections[5]
    me.focused(section.tree)
    me.shortcut("Ctrl+Shift+U")
    for number, group in enumerate(M["recommendation_groups"]):
        if number:
            me.focus(section.tree)
            me.key(section.tree, Qt.Key.Key_U, CTRL | SHIFT)  # another group
        me.focused(section.group_title)
        me.type(section.group_title, group["title"])
        me.key(section.group_title, Qt.Key.Key_Return)  # starts the group's first recommendation
        me.focused(section.text)
        for number, item in enumerate(group["items"]):
            me.type(section.text, item["text"])
            if number < len(group["items"]) - 1:
                me.key(section.text, Qt.Key.Key_Return, CTRL)
        me.settle()


def fill_task_form(
    me: Secretary, task: dict[str, Any], unit_query: Callable[[str], str]
) -> Callable[[], None]:
    """What the secretary does in the task form that Ctrl+T opens (run from inside its event loop)."""

    def fill() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, TaskForm)
        try:
            me.focused(form.text)
            me.key(form.text, Qt.Key.Key_A, CTRL)  # the item's words, rewritten as a task
            me.type(form.text, task["text"])
            me.focus(form.lead)
            me.type(form.lead, unit_query(task["lead_unit"]))
            me.key(form.lead, Qt.Key.Key_Return)  # the match, or (none) a new unit of that name
            me.qtbot.waitUntil(lambda: form.lead.value() is not None)
            for key in task["coordinating_units"]:
                me.focus(form.coordinating.picker)
                me.type(form.coordinating.picker, unit_query(key))
                me.key(form.coordinating.picker, Qt.Key.Key_Return)
            me.qtbot.waitUntil(lambda: len(form.coordinating.names()) == len(task["coordinating_units"]))
            QTest.mouseClick(
                form.has_deadline, Qt.MouseButton.LeftButton
            )  # a deadline: the cursor goes to its day
            me.focused(form.deadline)
            deadline = date.fromisoformat(task["deadline"])
            QTest.keyClicks(form.deadline, deadline.strftime("%d%m%Y"))
            tab_to(me, form.priority)
            for _ in range(2):  # medium is preselected: Up for high, Down for low
                if form.priority.currentData() == task["priority"]:
                    break
                me.key(form.priority, Qt.Key.Key_Up if task["priority"] == "high" else Qt.Key.Key_Down)
            assert form.priority.currentData() == task["priority"]
            tab_to(me, form.product)
            me.type(form.product, task["expected_product"])
            me.key(form.product, Qt.Key.Key_Return, CTRL)
        except BaseException:
            form.reject()  # a failed step must not leave the modal form waiting for ever
            raise

    return fill


def record_tasks(me: Secretary) -> None:
    conclusions, recommendations = me.window.editor.sections[4], me.window.editor.sections[5]
    conclusion_keys = [row["key"] for row in M["conclusions"]]
    recommendation_keys = [item["key"] for g in M["recommendation_groups"] for item in g["items"]]
    known: set[str] = set()

    def unit_query(key: str) -> str:
        """A unit already in the directory is found by its name typed without accents; a new one is
        typed in full (nothing matches it, so Enter creates it)."""
        name = UNITS[key]["name"]
        if key in known:
            words = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
            return "".join(ch for ch in words if not unicodedata.combining(ch)).lower()
        known.add(key)
        return name

    for unit in (M["organisation"], *(p["unit"] for p in PEOPLE.values())):
        known.add(unit)
    for task in M["tasks"]:
        source = task["source"]
        if source["kind"] == "conclusion":
            me.shortcut("Alt+5")
            click_row(conclusions.table, conclusions.model.index(conclusion_keys.index(source["key"]), 1))
            table: QWidget = conclusions.table
        else:
            me.shortcut("Alt+6")
            number = recommendation_keys.index(source["key"])
            first_group = len(M["recommendation_groups"][0]["items"])
            group, row = (0, number) if number < first_group else (1, number - first_group)
            click_row(
                recommendations.tree,
                recommendations.model.index(row, 0, recommendations.model.index(group, 0)),
            )
            table = recommendations.tree
        QTimer.singleShot(0, fill_task_form(me, task, unit_query))
        me.key(table, Qt.Key.Key_T, CTRL)  # a task from this item; the form is modal
        me.settle()
        me.back_to_window()


# --- the comparison -------------------------------------------------------------------------------------


def all_text(value: Any) -> Iterator[str]:
    if is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from all_text(getattr(value, f.name))
    elif isinstance(value, list | tuple):
        for v in value:
            yield from all_text(v)
    elif isinstance(value, str):
        yield value


@pytest.fixture
def expected(tmp_path: Path) -> Iterator[MeetingDetail]:
    """The example meeting as the importer stores it, in a database of its own."""
    database = Database(str(tmp_path / "expected.sqlite3"), clock=lambda: TODAY)
    services = Services(database, USER)
    yield services.meetings.get(services.demo.load())
    database.close()


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    database = Database(str(db_path), clock=lambda: TODAY)
    main = start(
        Services(database, USER),
        Settings.in_file(tmp_path / "settings.ini"),
        ask_demo=lambda _parent: False,
        ask_recovery=lambda _p, _d: pytest.fail("nothing to recover"),
        reminders=False,
    )
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.waitUntil(lambda: main.list_pane.loaded)
    yield main
    main.close()
    database.close()


def test_the_secretary_records_the_example_meeting(
    qtbot, window: MainWindow, fresh: Services, expected: MeetingDetail
) -> None:
    me = Secretary(qtbot, window)
    record_general(me)
    record_roll_call(me)
    record_organisation(me)
    record_report(me, "ngoc phan")
    record_contributions(me, "manh ha")
    record_conclusions(me)
    record_recommendations(me)
    record_tasks(me)
    window.close()  # closing saves whatever is still pending

    (summary,) = fresh.meetings.list_meetings()
    got = fresh.meetings.get(summary.id)
    assert all(unicodedata.is_normalized("NFC", text) for text in all_text(got))

    # What a live recording adds: when each speaker had the floor, and for how long.
    assert all(c.spoken_at is not None for c in got.contributions)
    assert [c.spoken_at for c in got.contributions] == sorted(c.spoken_at for c in got.contributions)
    assert all(c.duration_seconds is not None and c.duration_seconds >= 0 for c in got.contributions)

    want = comparable(expected)
    have = comparable(
        replace(
            got, contributions=[replace(c, spoken_at=None, duration_seconds=None) for c in got.contributions]
        )
    )
    for part in (
        "title",
        "kind",
        "reference_number",
        "organisation_name",
        "meeting_date",
        "start_time",
        "end_time",
        "location",
        "chair_name",
        "chair_title",
        "secretary_name",
        "status",
        "notes",
    ):
        assert have[part] == want[part], part
    for number, (figure, wanted) in enumerate(
        zip(have["reports"][0]["figures"], want["reports"][0]["figures"], strict=True)
    ):
        assert figure == wanted, f"figure {number + 1}"
    for part in ("attendance", "reports", "contributions", "conclusions", "recommendation_groups"):
        assert have[part] == want[part], part
    assert len(have["tasks"]) == len(want["tasks"]) == 6
    for number, (task, wanted) in enumerate(zip(have["tasks"], want["tasks"], strict=True)):
        assert task == wanted, f"task {number + 1}"
    assert have == want

    # Each task is linked to the very item it was created from (ids differ between databases: compare
    # the item's words).
    items = {row["key"]: row["text"] for row in M["conclusions"]}
    items |= {item["key"]: item["text"] for g in M["recommendation_groups"] for item in g["items"]}
    assert [fresh.tasks.get(t.id).source_text for t in got.tasks] == [
        items[t["source"]["key"]] for t in M["tasks"]
    ]
