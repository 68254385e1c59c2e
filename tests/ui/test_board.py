"""The task board driven like a leader uses it: typing a filter (Vietnamese, NFC and NFD), ticking boxes,
picking a unit, clicking chips, headers and chart bars, scrolling; what it shows is checked against the
database, and it never holds more rows than it shows plus one page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from benchmarks.synthetic import generate
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from testkit.qt import type_vietnamese

from minutes.db import models as m
from minutes.domain.status import TaskStatus, task_status
from minutes.domain.text import fold
from minutes.export.profile import OrgProfileData, with_value
from minutes.services import Services
from minutes.services.board import SortKey, TaskFilter
from minutes.ui.app import make_context
from minutes.ui.board import BoardWindow, TaskBoard
from minutes.ui.board.model import COL_LEAD, COL_STATUS, COL_TEXT, BoardModel
from minutes.ui.board.reminders import UnitChecklist
from minutes.ui.context import UiContext

TODAY = date(2021, 3, 1)


@dataclass(frozen=True)
class Ref:
    id: int
    folded: str
    lead: int | None
    lead_name: str
    coordinators: frozenset[int]
    deadline: date | None
    status: TaskStatus


def everything(sv: Services) -> list[Ref]:
    """Every task read back through a fresh session, its status computed by the domain rule in Python."""
    refs = []
    with sv.db.sessions() as s:
        for t in s.scalars(
            select(m.Task).options(selectinload(m.Task.coordinating_units), selectinload(m.Task.lead_unit))
        ):
            refs.append(
                Ref(
                    t.id,
                    fold(f"{t.text} {t.expected_product}"),
                    t.lead_unit_id,
                    t.lead_unit.name if t.lead_unit else "",
                    frozenset(u.id for u in t.coordinating_units),
                    t.deadline,
                    task_status(
                        deadline=t.deadline,
                        completed_on=t.completed_on,
                        cancelled=t.cancelled_on is not None,
                        progress=t.progress,
                        today=TODAY,
                    ),
                )
            )
    return refs


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    context = make_context(services)
    yield context
    context.bus.close()


@pytest.fixture
def generated(services: Services) -> Services:
    generate(services.db.engine, 900, seed=11, today=TODAY, units=10, people=20)
    return services


def has_words(ref: Ref, *terms: str) -> bool:
    """Each term begins a word of the task's text (the board's text filter)."""
    words = ref.folded.split()
    return all(any(w.startswith(term) for w in words) for term in terms)


def all_rows(model: BoardModel) -> list[int]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(i).id for i in range(model.rowCount())]  # type: ignore[union-attr]


def counted(board: TaskBoard) -> None:
    """Let the counts computed in the background reach the chips."""
    board.counter.wait()
    QApplication.processEvents()


def open_board(qtbot, ctx: UiContext) -> TaskBoard:  # noqa: ANN001 - pytest-qt's fixture
    board = TaskBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 820)
    board.show()
    qtbot.waitExposed(board)
    return board


def test_the_models_pass_the_model_tester(qtmodeltester, generated: Services) -> None:  # noqa: ANN001
    # One tester per model: it stays attached and checks every signal of what follows (several testers
    # on one fetch-more model would fetch from inside each other's notifications).
    model = BoardModel(generated)
    model.set_filter(TaskFilter())
    qtmodeltester.check(model)
    model.fetchMore()
    model.sort(COL_LEAD, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    model.set_filter(TaskFilter(text="không có nhiệm vụ nào như thế"))
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.set_filter(TaskFilter(statuses=frozenset({TaskStatus.OVERDUE})))
    model.reload()
    checklist = UnitChecklist(generated.directory.list_units(), {1}, None)
    qtmodeltester.check(checklist)
    checklist.show_matching("phong")
    checklist.setData(checklist.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_filters_combine_and_rows_and_counts_match_the_database(
    qtbot, ctx: UiContext, generated: Services, fresh: Services, form: str
) -> None:  # noqa: ANN001
    board = open_board(qtbot, ctx)
    refs = everything(fresh)
    assert board.model.rowCount() == board.model.page_size and len(refs) == 900

    # free text, typed as an input method sends it (accents, NFC or NFD), applied after the debounce
    board.filters.text.setFocus()
    type_vietnamese(board.filters.text, "giải phóng", nfd=form == "NFD")
    qtbot.waitUntil(lambda: fold(board.model.filter.text) == "giai phong", timeout=10_000)
    expect = [r for r in refs if has_words(r, "giai", "phong")]
    assert sorted(all_rows(board.model)) == sorted(r.id for r in expect)

    # tick "Overdue": combined with the text
    qtbot.mouseClick(board.filters.overdue, Qt.MouseButton.LeftButton)
    expect = [r for r in expect if r.status is TaskStatus.OVERDUE]
    assert sorted(all_rows(board.model)) == sorted(r.id for r in expect)

    # pick a unit by typing part of its name, accents left out, Enter takes the first match
    unit = Counter(r.lead for r in expect if r.lead).most_common(1)[0][0]
    name = next(r.lead_name for r in refs if r.lead == unit)
    board.filters.unit.setFocus()
    type_vietnamese(board.filters.unit, fold(name))
    qtbot.waitUntil(board.filters.unit.popup_visible)
    QTest.keyClick(board.filters.unit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.model.filter.unit_ids == (unit,))
    expect = [r for r in expect if r.lead == unit or unit in r.coordinators]
    shown = all_rows(board.model)
    assert sorted(shown) == sorted(r.id for r in expect) and shown
    for row in range(board.model.rowCount()):
        assert board.model.index(row, COL_STATUS).data() == "Overdue"

    # the counts per state are those of the filter over every state, the total those listed
    board.filters.overdue.click()
    counted(board)
    kept = [r for r in refs if has_words(r, "giai", "phong") and (r.lead == unit or unit in r.coordinators)]
    by_state = Counter(r.status for r in kept)
    for state, chip in board.chips.chips.items():
        assert chip.text().endswith(f"  {by_state.get(state, 0)}"), state
    assert board.chips.total.text() == f"{len(kept)} task(s) shown"

    # a chip filters by its state; a second one adds its state
    qtbot.mouseClick(board.chips.chips[TaskStatus.DONE_LATE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(board.chips.chips[TaskStatus.CANCELLED], Qt.MouseButton.LeftButton)
    counted(board)
    assert board.model.filter.statuses == {TaskStatus.DONE_LATE, TaskStatus.CANCELLED}
    expect = [r for r in kept if r.status in (TaskStatus.DONE_LATE, TaskStatus.CANCELLED)]
    assert sorted(all_rows(board.model)) == sorted(r.id for r in expect)
    assert board.chips.total.text() == f"{len(expect)} task(s) shown"

    # clearing brings every task back, the state chips cleared too (issue 15 item 12)
    qtbot.mouseClick(board.filters.clear, Qt.MouseButton.LeftButton)
    assert board.filters.text.text() == "" and board.model.filter.unit_ids == ()
    assert not any(chip.isChecked() for chip in board.chips.chips.values())
    assert sorted(all_rows(board.model)) == sorted(r.id for r in refs)


def test_clicking_headers_sorts_in_the_database(qtbot, ctx: UiContext, generated: Services) -> None:  # noqa: ANN001
    board = open_board(qtbot, ctx)
    header = board.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(COL_LEAD)
    assert (board.model.filter.sort, board.model.filter.descending) == (SortKey.LEAD_UNIT, False)
    names = [board.model.index(r, COL_LEAD).data() for r in range(board.model.rowCount())]
    assert names == sorted(names, key=fold) and names[0]
    click(COL_LEAD)
    assert board.model.filter.descending
    names = [board.model.index(r, COL_LEAD).data() for r in range(board.model.rowCount())]
    assert names == sorted(names, key=fold, reverse=True)
    click(COL_TEXT)
    texts = [fold(board.model.index(r, COL_TEXT).data())[:60] for r in range(board.model.rowCount())]
    assert board.model.filter.sort is SortKey.TEXT and texts == sorted(texts)  # by the first 60 letters
    assert header.sortIndicatorSection() == COL_TEXT


def test_the_board_never_holds_more_rows_than_it_shows_plus_a_page(
    qtbot, ctx: UiContext, services: Services
) -> None:  # noqa: ANN001
    generate(services.db.engine, 5000, seed=5, today=TODAY)
    board = open_board(qtbot, ctx)
    table, model = board.table, board.model
    page = model.page_size  # the board's own pages (a window's worth), not the services' default

    def last_visible() -> int:
        row = table.rowAt(table.viewport().height() - 1)
        return model.rowCount() - 1 if row < 0 else row

    def check() -> None:
        assert model.rowCount() <= last_visible() + 1 + page

    QApplication.processEvents()
    check()
    assert model.rowCount() == page
    table.setFocus()
    table.selectRow(0)
    loads = []
    for _ in range(40):
        QTest.keyClick(table, Qt.Key.Key_PageDown)
        QApplication.processEvents()
        check()
        loads.append(model.rowCount())
    assert loads[-1] > page  # scrolling did fetch more, page by page
    assert all(n % page == 0 for n in loads)  # whole pages, one at a time
    assert all(b - a in (0, page) for a, b in zip(loads, loads[1:], strict=False))
    assert model.rowCount() < 5000
    # sorting starts over with one page (the board opens sorted by state)
    board.model.sort(COL_LEAD, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == page


def test_overdue_rows_are_red_and_due_soon_rows_amber(qtbot, ctx: UiContext, services: Services) -> None:  # noqa: ANN001
    meeting = services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    late = services.tasks.create(meeting, "Quá hạn rồi", deadline=TODAY - timedelta(days=3))
    soon = services.tasks.create(meeting, "Sắp đến hạn", deadline=TODAY + timedelta(days=5))
    later = services.tasks.create(meeting, "Còn lâu", deadline=TODAY + timedelta(days=40))
    board = open_board(qtbot, ctx)
    colours = {
        board.model.row_at(r).id: board.model.index(r, COL_TEXT).data(Qt.ItemDataRole.BackgroundRole)
        for r in range(board.model.rowCount())
    }
    assert colours[late].color().name() == "#fdecea"
    assert colours[soon].color().name() == "#fff4d6"
    assert colours[later] is None
    assert board.table.verticalHeader().sectionResizeMode(0).name == "Fixed"


def test_clicking_a_bar_of_the_chart_filters_the_board(qtbot, ctx: UiContext, generated: Services) -> None:  # noqa: ANN001
    window = BoardWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.overview)
    qtbot.waitUntil(lambda: bool(window.overview.units))
    unit = next(
        u
        for u in reversed(window.overview.units)
        if u.unit_id is not None and u.counts[TaskStatus.OVERDUE] > 0
    )
    where = window.overview.bar_position(unit.unit_id, TaskStatus.OVERDUE)
    assert where is not None
    qtbot.mouseClick(
        window.overview.unit_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(where[0]), int(where[1])),
    )
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.board)
    f = window.board.model.filter
    assert (f.unit_ids, f.lead_only, f.statuses) == ((unit.unit_id,), True, {TaskStatus.OVERDUE})
    assert len(all_rows(window.board.model)) == unit.counts[TaskStatus.OVERDUE]
    assert window.board.filters.unit.text() == unit.unit_name
    assert window.board.chips.chips[TaskStatus.OVERDUE].isChecked()


def test_exports_of_the_current_list(qtbot, ctx: UiContext, generated: Services, tmp_path: Path) -> None:  # noqa: ANN001
    board = open_board(qtbot, ctx)
    qtbot.mouseClick(board.filters.overdue, Qt.MouseButton.LeftButton)
    shown = all_rows(board.model)
    paths = iter(
        [
            str(tmp_path / "a.xlsx"),
            str(tmp_path / "b.ics"),
            str(tmp_path / "c.docx"),
            str(tmp_path / "c.docx"),
        ]
    )
    board.choose_file = lambda *_args: next(paths)  # type: ignore[method-assign]
    board.export_xlsx_action.trigger()
    rows = list(load_workbook(tmp_path / "a.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(shown) and {r[7] for r in rows} == {"Quá hạn"}
    assert f"{len(shown)} task(s)" in board.notice.text() and board.notice.isVisible()
    board.export_ics_action.trigger()
    assert (tmp_path / "b.ics").read_bytes().count(b"BEGIN:VEVENT") == len(shown)
    board.export_report_action.trigger()  # no profile to head it yet: said, nothing written
    assert not (tmp_path / "c.docx").exists() and "No organisation profile" in board.message.text()
    generated.profile.save(with_value(OrgProfileData(), "issuing_body", "VĂN PHÒNG ỦY BAN NHÂN DÂN QUẬN"))
    board.export_report_action.trigger()
    from docx import Document

    text = "\n".join(p.text for p in Document(str(tmp_path / "c.docx")).paragraphs)
    assert "TÌNH HÌNH THỰC HIỆN" in text.upper()


def test_only_the_latest_background_count_is_shown(qtbot) -> None:  # noqa: ANN001
    import threading

    from minutes.ui.board.background import LatestRunner

    runner = LatestRunner()
    started, gate = threading.Event(), threading.Event()
    shown: list[str] = []
    ran: list[str] = []
    runner.finished.connect(shown.append)

    def job(name: str, wait: bool = False) -> str:
        if wait:
            started.set()
            gate.wait(5)
        ran.append(name)
        return name

    runner.submit(lambda: job("typed 'g'", wait=True))  # running while the user types on
    assert started.wait(5)
    runner.submit(lambda: job("typed 'gi'"))  # superseded before its turn: never run
    runner.submit(lambda: job("typed 'giai'"))
    gate.set()
    runner.wait()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["typed 'giai'"] and ran == ["typed 'g'", "typed 'giai'"]
    runner.shutdown()
    runner.submit(lambda: job("after shutdown"))
    assert runner.wait(1000) and "after shutdown" not in ran
