"""The board model keeps a window of pages: memory stays flat however far the user scrolls, a reload
reads one page, and after other people's changes every row is shown once, in the database's order."""

from __future__ import annotations

from datetime import date

import pytest
from benchmarks.synthetic import generate
from sqlalchemy import text

from minutes.services import Services
from minutes.services.board import TaskFilter
from minutes.ui.board.model import KEPT_PAGES, BoardModel

TODAY = date(2021, 3, 1)
PAGE = 25


@pytest.fixture
def generated(services: Services) -> Services:
    generate(services.db.engine, 600, seed=7, today=TODAY, units=8, people=20)
    return services


def truth(sv: Services, f: TaskFilter) -> list[int]:
    """The filter's rows in order, read straight from the service in one pass."""
    return [r.id for r in sv.board.iter_rows(f, 5000)]


def scroll_to_end(model: BoardModel) -> None:
    while model.canFetchMore():
        model.fetchMore()


def shown(model: BoardModel) -> list[int]:
    """Every row from the top, as a user scrolling down would see them (fetching more at the end)."""
    ids: list[int] = []
    while len(ids) < model.rowCount() or model.canFetchMore():
        if len(ids) == model.rowCount():
            model.fetchMore()
            continue
        row = model.row_at(len(ids))
        assert row is not None
        ids.append(row.id)
    return ids


class PageCounter:
    """Counts the pages the model reads from the service (the real service does the reading)."""

    def __init__(self, sv: Services) -> None:
        self.calls = 0
        self._page = sv.board.page

        def page(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self.calls += 1
            return self._page(*args, **kwargs)

        sv.board.page = page  # type: ignore[method-assign]


def test_scrolling_to_the_end_keeps_only_a_window_of_pages(generated: Services) -> None:
    model = BoardModel(generated, page_size=PAGE)
    model.set_filter(TaskFilter())
    scroll_to_end(model)
    assert model.rowCount() == 600
    assert model.in_memory() <= KEPT_PAGES * PAGE
    # every row can still be shown, in the database's order, its page read again when needed
    assert shown(model) == truth(generated, model.filter)
    assert model.in_memory() <= KEPT_PAGES * PAGE
    assert model.index(0, 1).data() and model.index(599, 1).data()


def test_a_reload_after_scrolling_reads_one_page(generated: Services) -> None:
    model = BoardModel(generated, page_size=PAGE)
    model.set_filter(TaskFilter())
    scroll_to_end(model)
    last = model.row_at(599)
    counter = PageCounter(generated)
    model.reload()
    assert counter.calls == 1
    assert model.rowCount() == 600 and model.row_at(599) == last


def test_after_changes_elsewhere_every_row_is_shown_once_in_order(qtmodeltester, generated: Services) -> None:  # noqa: ANN001
    model = BoardModel(generated, page_size=PAGE)
    model.set_filter(TaskFilter())
    scroll_to_end(model)
    before = shown(model)
    qtmodeltester.check(model)  # the rows removed and changed below are announced as Qt expects
    # another user: the last task gets the earliest deadline (it moves to the first page), and two
    # tasks of the third page are deleted (the boundaries of every later page move)
    with generated.db.engine.begin() as conn:
        conn.execute(text("UPDATE tasks SET deadline = '2000-01-01' WHERE id = :i"), {"i": before[-1]})
        conn.execute(text("DELETE FROM tasks WHERE id IN (:a, :b)"), {"a": before[60], "b": before[61]})
    model.reload()
    scroll_to_end(model)
    after = shown(model)
    assert after == truth(generated, model.filter)
    assert len(after) == len(set(after)) == 598
    assert after[0] == before[-1]
