"""The meetings list's view: a change costs what it changes, and the list still behaves as a list.

Over thousands of meetings, a notice inserting one row must not make the view ask the Python model about
every row (a ``QListView`` lays all rows out again after any insert and calls ``rowCount`` and
``columnCount`` twice per row: 40-57 ms of the GUI thread over 5,000 meetings, issue 17/18). The model's
calls are counted, not timed. The keyboard (arrows, Home, End, Page Down, Tab), the chosen meeting and the
rows on screen stay what they were.
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from minutes.ui.meeting_list import MeetingDelegate, MeetingListView
from minutes.ui.meeting_model import MeetingListModel, MeetingRow

Index = QModelIndex | QPersistentModelIndex
FIRST_DAY = datetime.date(2026, 1, 1)


def meeting(ident: int, day: datetime.date) -> MeetingRow:
    return MeetingRow(
        id=ident,
        date=f"{day.day:02d}/{day.month:02d}/{day.year}",
        title=f"Họp giao ban số {ident}",
        status="Draft",
        status_value="draft",
        tasks="no tasks",
        organisation="UBND phường Long Biên",
        kind="Meeting",
        day=day,
    )


def office(count: int) -> list[MeetingRow]:
    """``count`` meetings, one a day, newest first (the list's order)."""
    return [meeting(n, FIRST_DAY - datetime.timedelta(days=n)) for n in range(count)]


class CountingModel(MeetingListModel):
    """The list's model, counting how often the view asks it how many rows and columns it has."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        self.asked += 1
        return super().rowCount(parent)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        self.asked += 1
        return super().columnCount(parent)


def shown(qtbot: Any, model: MeetingListModel) -> MeetingListView:
    view = MeetingListView()
    view.setModel(model)
    view.setItemDelegate(MeetingDelegate(view))
    qtbot.addWidget(view)
    view.resize(360, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_notice_among_thousands_asks_the_model_about_the_rows_it_changes(qtbot: Any) -> None:
    model = CountingModel()
    model.set_rows(office(3000))
    view = shown(qtbot, model)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    view.setCurrentIndex(model.index(1500, 0))
    top = view.indexAt(QPoint(0, 0))
    top_id, top_y = model.id_at(top.row()), view.visualRect(top).top()
    view.viewport().grab()

    model.asked = 0
    model.apply([meeting(10_000, FIRST_DAY + datetime.timedelta(days=1))], [])  # a new meeting on top
    view.doItemsLayout()  # what the event loop would do next: lay out and paint
    view.viewport().grab()
    assert model.asked < 200  # a list view asked ~4 times per row: over 12,000 here
    assert model.id_at(0) == 10_000 and model.rowCount() == 3001

    # the chosen meeting stays chosen; the pane keeps the rows on screen by the scroll bar
    assert model.id_at(view.currentIndex().row()) == 1500
    assert view.selectionModel().isSelected(view.currentIndex())
    kept = model.index(model.row_of(top_id), 0)
    assert view.visualRect(kept).top() == top_y + view.rowHeight(0)  # one row above pushed it down


def test_one_card_per_row_across_the_width_after_a_reset(qtbot: Any) -> None:
    model = MeetingListModel()
    model.set_rows(office(20))
    view = shown(qtbot, model)
    for rows in ([], office(5)):  # emptied, then filled again: still one column of cards
        model.set_rows(rows)
        assert [view.isColumnHidden(c) for c in range(4)] == [False, True, True, True]
    assert view.columnWidth(0) == view.viewport().width()
    card = view.itemDelegate().sizeHint(_option(view), QModelIndex()).height()
    assert all(view.rowHeight(r) == card for r in range(5))
    assert view.visualRect(model.index(1, 0)).top() == card


def _option(view: MeetingListView) -> Any:
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    return option


def test_the_keyboard_moves_through_meetings_as_in_a_list(qtbot: Any) -> None:
    model = MeetingListModel()
    model.set_rows(office(40))
    host = QWidget()
    search = QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(search)
    view = MeetingListView(host)
    view.setModel(model)
    view.setItemDelegate(MeetingDelegate(view))
    layout.addWidget(view)
    qtbot.addWidget(host)
    host.resize(360, 600)
    host.show()
    qtbot.waitExposed(host)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))

    def at() -> int:
        return view.currentIndex().row()

    QTest.keyClick(view, Qt.Key.Key_Down)
    assert at() == 1
    QTest.keyClick(view, Qt.Key.Key_End)
    assert at() == 39
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert at() == 38
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert at() == 0
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert 2 <= at() < 39
    assert view.selectionModel().isSelected(view.currentIndex())
    assert view.currentIndex().column() == 0  # the card's column, never a hidden one
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == 0
    assert not view.tabKeyNavigation()  # Tab leaves the list, as it left the list view


def test_a_card_drawn_before_is_drawn_again_when_its_meeting_changes(qtbot: Any) -> None:
    """Cards are kept drawn between paints: a changed meeting (status, title) is drawn anew, the others
    look exactly as before."""
    model = MeetingListModel()
    rows = office(10)
    model.set_rows(rows)
    view = shown(qtbot, model)
    height = view.rowHeight(0)

    def card(row: int) -> Any:
        return view.viewport().grab().toImage().copy(0, row * height, view.viewport().width(), height)

    first, second = card(0), card(1)
    assert card(0) == first  # drawn again from what was kept: the same
    finalised = MeetingRow(**{**rows[0].__dict__, "status": "Finalised", "status_value": "finalised"})
    model.apply([finalised], [])
    assert card(0) != first  # the chip's colour and text changed
    assert card(1) == second
    renamed = MeetingRow(**{**rows[1].__dict__, "title": "Họp chuyên đề về chuyển đổi số"})
    model.apply([renamed], [])
    assert card(1) != second


def test_the_cards_kept_drawn_are_bounded_however_far_the_list_scrolls(qtbot: Any) -> None:
    model = MeetingListModel()
    model.set_rows(office(600))
    view = shown(qtbot, model)
    delegate = view.itemDelegate()
    assert isinstance(delegate, MeetingDelegate)
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, view.viewport().height())):
        bar.setValue(value)
        view.viewport().grab()  # painted now
    assert 0 < len(delegate._cards) <= MeetingDelegate.KEPT
    bar.setValue(bar.maximum())
    last = view.viewport().grab().toImage()
    delegate._cards.clear()  # drawn from scratch: the same picture
    assert view.viewport().grab().toImage() == last
