"""The meetings list follows another user's changes by reading only the meetings a notice names (issue 18).

Another connection to the same database (a second :class:`Database` on the same SQLite file, or on the
same PostgreSQL schema, as another process or user would) adds, renames and deletes meetings; the list,
told by the notice watcher, shows exactly the right rows in order, keeps the chosen meeting chosen and the
visible rows in place, and never reads the whole list again (the calls of the meetings service are
counted). Notices about what the list does not show read nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from minutes.services import Services
from minutes.ui.app import make_context
from minutes.ui.context import UiContext
from minutes.ui.meeting_list import MeetingListPane

WAIT = 10_000  # ms: the SQLite watcher polls every 0.5 s, a loaded machine is slow


class Reads:
    """Every call of ``meetings.list_meetings`` (the whole list: ``ids`` None) and its helpers."""

    def __init__(self, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
        self.whole = 0
        self.ids: list[set[int]] = []
        self.totals = 0
        self.of: list[tuple[set[int], set[int]]] = []
        meetings = services.meetings
        list_meetings, task_totals, meetings_of = (
            meetings.list_meetings,
            meetings.task_totals,
            meetings.meetings_of,
        )

        def counted_list(query: str = "", limit: int | None = None, ids: Any = None) -> Any:
            if ids is None:
                self.whole += 1
            else:
                self.ids.append(set(ids))
            return list_meetings(query, limit, ids)

        def counted_totals() -> dict[int, int]:
            self.totals += 1
            return task_totals()

        def counted_of(task_ids: Any = (), unit_ids: Any = ()) -> set[int]:
            self.of.append((set(task_ids), set(unit_ids)))
            return meetings_of(task_ids, unit_ids)

        monkeypatch.setattr(meetings, "list_meetings", counted_list)
        monkeypatch.setattr(meetings, "task_totals", counted_totals)
        monkeypatch.setattr(meetings, "meetings_of", counted_of)

    def none(self) -> bool:
        return not (self.whole or self.ids or self.totals or self.of)


@pytest.fixture
def ctx(any_services: Services) -> Iterator[UiContext]:
    context = make_context(any_services)  # starts the notice watcher, as the application does
    yield context
    context.bus.close()


def open_pane(qtbot: Any, ctx: UiContext) -> MeetingListPane:
    pane = MeetingListPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(360, 500)
    pane.show()
    qtbot.waitUntil(lambda: pane.loaded, timeout=WAIT)
    return pane


def titles(pane: MeetingListPane) -> list[str]:
    model = pane.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def chosen(pane: MeetingListPane) -> int | None:
    index = pane.view.currentIndex()
    if not index.isValid() or not pane.view.selectionModel().isSelected(index):
        return None
    return pane.model.id_at(index.row())


def test_another_connection_adds_renames_and_deletes(
    qtbot: Any, ctx: UiContext, any_services: Services, any_fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = any_services.meetings
    old = mine.create("Giao ban tháng 1", date(2021, 1, 5))
    kept = mine.create("Họp chi bộ", date(2021, 1, 10))
    doomed = mine.create("Họp bị hủy", date(2021, 1, 15))
    mine.create("Sơ kết quý", date(2021, 1, 20))
    any_services.tasks.create(doomed, "Việc của cuộc họp bị hủy")
    pane = open_pane(qtbot, ctx)
    assert titles(pane) == ["Sơ kết quý", "Họp bị hủy", "Họp chi bộ", "Giao ban tháng 1"]
    pane.select(kept)
    reads = Reads(any_services, monkeypatch)

    other = any_fresh.meetings
    added = other.create("Làm việc với phường", date(2021, 1, 12))
    other.update(old, title="Giao ban tháng 1 (sửa)")
    other.delete(doomed)  # its task goes with it

    expected = ["Sơ kết quý", "Làm việc với phường", "Họp chi bộ", "Giao ban tháng 1 (sửa)"]
    qtbot.waitUntil(lambda: titles(pane) == expected, timeout=WAIT)
    assert pane.model.index(1, 0).data() == "12/01/2021"
    assert pane.model.id_at(1) == added
    assert chosen(pane) == kept and pane.current_id == kept
    assert pane.count.text() == "Meetings: 4"
    assert reads.whole == 0  # never the whole list again
    assert reads.ids and set().union(*reads.ids) <= {added, old}
    assert all(len(ids) <= 2 for ids in reads.ids)


def test_task_counts_follow_and_other_tables_read_nothing(
    qtbot: Any, ctx: UiContext, any_services: Services, any_fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = any_services.meetings.create("Giao ban", date(2021, 2, 1))
    second = any_services.meetings.create("Họp chuyên đề", date(2021, 2, 2))
    task = any_services.tasks.create(first, "Báo cáo tiến độ")
    pane = open_pane(qtbot, ctx)
    row = pane.model.row_of(first)
    assert pane.model.index(row, 3).data() == "Open tasks: 1/1"
    reads = Reads(any_services, monkeypatch)

    # what the list does not show: a conclusion, the task's text
    with qtbot.waitSignal(ctx.bus.changed, timeout=WAIT, check_params_cb=lambda c: c.touches("conclusions")):
        any_fresh.items.add_conclusion(second, "Thống nhất chủ trương")
    assert not pane._merge.isActive() and pane._reading is None  # nothing scheduled either
    assert reads.none()

    # a task completed and one added: the counts of their meeting, read alone
    any_fresh.tasks.complete(task, date(2021, 2, 3))
    any_fresh.tasks.create(second, "Chuẩn bị tài liệu")
    qtbot.waitUntil(
        lambda: (
            pane.model.index(pane.model.row_of(first), 3).data() == "Open tasks: 0/1"
            and pane.model.index(pane.model.row_of(second), 3).data() == "Open tasks: 1/1"
        ),
        timeout=WAIT,
    )
    assert reads.whole == 0
    assert all(ids <= {first, second} for ids in reads.ids)

    # a task deleted: the totals per meeting find its meeting; no meeting is read but that one
    reads.ids.clear()
    any_fresh.tasks.delete(task)
    qtbot.waitUntil(lambda: pane.model.index(pane.model.row_of(first), 3).data() == "no tasks", timeout=WAIT)
    assert reads.whole == 0 and reads.totals >= 1
    assert all(ids == {first} for ids in reads.ids)


def test_search_stays_right_and_visible_rows_stay_put(
    qtbot: Any, ctx: UiContext, any_services: Services, any_fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [any_services.meetings.create(f"Họp số {n}", date(2020, 1, 1 + n % 28)) for n in range(60)]
    pane = open_pane(qtbot, ctx)
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = pane.view.indexAt(pane.view.rect().topLeft())
    top_id, top_y = pane.model.id_at(top.row()), pane.view.visualRect(top).top()
    reads = Reads(any_services, monkeypatch)

    newest = any_fresh.meetings.create("Họp mới nhất", date(2021, 6, 1))
    qtbot.waitUntil(lambda: pane.model.id_at(0) == newest, timeout=WAIT)
    assert pane.model.rowCount() == 61
    kept = pane.model.index(pane.model.row_of(top_id), 0)
    assert pane.view.visualRect(kept).top() == top_y  # the rows the user looks at did not move
    assert reads.whole == 0

    # a search: renamed out of it, added into it
    pane.search.setText("hop so 1")  # accents optional; each word anywhere: the titles holding a "1"
    matching = [f"Họp số {n}" for n in range(60) if "1" in str(n)]
    qtbot.waitUntil(lambda: pane.count.text() == f"Found: {len(matching)}", timeout=WAIT)
    reads.whole = 0
    any_fresh.meetings.update(ids[1], title="Họp đã đổi tên")
    any_fresh.meetings.create("Họp số 100", date(2021, 7, 1))
    any_fresh.meetings.create("Không khớp", date(2021, 7, 2))
    qtbot.waitUntil(lambda: titles(pane)[0] == "Họp số 100" and "Họp số 1" not in titles(pane), timeout=WAIT)
    expected = ["Họp số 100"] + [t for t in matching if t != "Họp số 1"]
    assert sorted(titles(pane)) == sorted(expected)
    assert pane.count.text() == f"Found: {len(expected)}"
    assert reads.whole == 0


def test_a_renamed_unit_rereads_only_its_meetings(
    qtbot: Any, ctx: UiContext, any_services: Services, any_fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = any_services.directory.create_unit("UBND phường Long Biên")
    held = any_services.meetings.create("Giao ban phường", date(2021, 3, 1), organisation_id=unit)
    any_services.meetings.create("Họp khác", date(2021, 3, 2))
    pane = open_pane(qtbot, ctx)
    reads = Reads(any_services, monkeypatch)

    def organisation() -> str:
        return str(pane.model.index(pane.model.row_of(held), 0).data(Qt.ItemDataRole.ToolTipRole))

    assert organisation().endswith("UBND phường Long Biên")
    any_fresh.directory.update_unit(unit, name="UBND phường Bồ Đề")
    qtbot.waitUntil(lambda: organisation().endswith("UBND phường Bồ Đề"), timeout=WAIT)
    assert reads.whole == 0 and reads.ids == [{held}]
