"""The meeting given again after every announced save (issue 17): a section shows what changed without
measuring the rows that did not, without resetting its list, and with the selection, the current cell
and the scroll position where the user left them."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost

from minutes.services import Services
from minutes.ui.models.rows import Row, RowMemo, RowsModel
from minutes.ui.views import WrappedRows, current_id, measurements, select_id

SPEECH = (
    "Đồng ý với báo cáo. Tổng thu ngân sách trên địa bàn phường năm 2020 đạt 112% kế hoạch; đề nghị các "
    "đơn vị tiếp tục rà soát các khoản thu còn tồn đọng, đôn đốc thu nợ thuế, xử lý dứt điểm các trường "
    "hợp chây ỳ, đồng thời đẩy nhanh tiến độ giải ngân vốn đầu tư công."
)


class Resets:
    """Counts the resets of a model (a reset loses the selection and measures every row again)."""

    def __init__(self, model: RowsModel) -> None:
        self.count = 0
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.count += 1


def settle(qtbot: QtBot, rows: WrappedRows) -> None:
    """Until the table is laid out and painted (its rows measured for the widths it has)."""
    rows.view.viewport().repaint()
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: not rows._later.isActive())


def _contributions_host(qtbot: QtBot, services: Services, count: int) -> tuple[SectionHost, list[int]]:
    from minutes.ui.editor.contributions import ContributionsSection

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    ids = []
    for n in range(count):
        ident = services.items.add_contribution(meeting, speaker_label=f"Đại biểu {n}", spoken_at=time(9))
        services.items.update_contribution(ident, text=f"Ý kiến {n}.")
        ids.append(ident)
    host = SectionHost(services, ContributionsSection, meeting)
    host.section.resize(1100, 760)
    host.section.show()
    qtbot.waitExposed(host.section)
    qtbot.waitUntil(lambda: host.section.model.rowCount() == count)
    return host, ids


def test_a_changed_row_alone_is_measured_and_shows_its_new_text(qtbot: QtBot, services: Services) -> None:
    host, ids = _contributions_host(qtbot, services, 10)
    try:
        table, model = host.section.table, host.section.model
        rows = table.findChild(WrappedRows)
        assert rows is not None
        one_line = table.rowHeight(0)
        assert [table.rowHeight(r) for r in range(10)] == [one_line] * 10
        resets = Resets(model)
        settle(qtbot, rows)

        measured = rows.measured
        host.reload()  # the same meeting again: nothing to measure, nothing formatted again
        settle(qtbot, rows)
        assert rows.measured == measured
        assert resets.count == 0

        services.items.update_contribution(ids[4], text=SPEECH)  # another user's save
        host.reload()
        qtbot.waitUntil(lambda: table.rowHeight(4) > one_line)
        assert model.index(4, 4).data().startswith("Đồng ý với báo cáo.")
        assert [table.rowHeight(r) for r in range(10) if r != 4] == [one_line] * 9
        assert rows.measured - measured == 1  # that row alone
        assert resets.count == 0
    finally:
        host.close()


def test_selection_current_cell_and_scroll_kept_when_a_row_is_added_or_removed(
    qtbot: QtBot, services: Services
) -> None:
    host, ids = _contributions_host(qtbot, services, 40)
    try:
        section = host.section
        table, model = section.table, section.model
        rows = table.findChild(WrappedRows)
        assert rows is not None
        select_id(table, ids[30])
        table.setCurrentIndex(model.index(30, 2))  # the speaker's cell of that row
        qtbot.waitUntil(lambda: section.saver.entity_id == ids[30])
        scrolled = table.verticalScrollBar().value()
        assert scrolled > 0  # the list scrolls (12 rows shown): row 30 was scrolled to
        resets = Resets(model)
        measured = rows.measured

        services.items.remove_contribution(ids[35])  # after the selected row: nothing moves
        host.reload()
        assert model.rowCount() == 39
        assert current_id(table) == ids[30] and table.currentIndex().column() == 2
        assert table.verticalScrollBar().value() == scrolled

        services.items.remove_contribution(ids[2])  # before it: the row moves up one, still current
        host.reload()
        assert model.rowCount() == 38
        assert current_id(table) == ids[30] and table.currentIndex().row() == 29
        assert table.currentIndex().column() == 2
        assert model.index(29, 0).data() == "30"  # numbered again
        assert section.saver.entity_id == ids[30]  # the text box still edits that contribution

        added = services.items.add_contribution(
            host.meeting_id, speaker_label="Đại biểu mới", spoken_at=time(10)
        )
        host.reload()
        assert model.rowCount() == 39 and model.index(38, 2).data() == "Đại biểu mới"
        assert current_id(table) == ids[30]
        assert added in model.ids()
        assert resets.count == 0
        # only the rows that came or were shown and not measured yet were measured: not all 40 again
        assert rows.measured - measured < 12
    finally:
        host.close()


def test_a_reordered_list_keeps_the_current_row(qtbot: QtBot, services: Services) -> None:
    host, ids = _contributions_host(qtbot, services, 6)
    try:
        table = host.section.table
        select_id(table, ids[1])
        services.items.move_contribution(ids[1], 4)
        host.reload()
        assert host.section.model.ids() == [ids[0], ids[2], ids[3], ids[4], ids[1], ids[5]]
        assert current_id(table) == ids[1] and table.currentIndex().row() == 4
        assert host.section.model.index(4, 0).data() == "5"
    finally:
        host.close()


def test_rows_model_changes_in_place(qtmodeltester: object, qtbot: QtBot) -> None:
    """Inserted, removed and moved rows keep the persistent indexes (the selection) on their rows; the
    model stays consistent for Qt's model tester throughout."""
    model = RowsModel(["No.", "Text"])
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    def rows(*ids: int) -> list[Row]:
        return [Row(i, (str(n + 1), f"dòng {i}")) for n, i in enumerate(ids)]

    model.set_rows(rows(1, 2, 3, 4, 5))
    kept = QPersistentModelIndex(model.index(3, 1))  # the row of id 4
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    resets = Resets(model)

    model.set_rows(rows(1, 3, 4, 5))
    assert removed == [(1, 1)] and kept.row() == 2
    model.set_rows(rows(1, 3, 9, 10, 4, 5))
    assert inserted == [(2, 3)] and kept.row() == 4
    model.set_rows(rows(4, 1, 3, 9, 10, 5))
    assert kept.row() == 0 and kept.data() == "dòng 4"
    assert [model.index(r, 0).data() for r in range(6)] == ["1", "2", "3", "4", "5", "6"]
    assert resets.count == 0
    model.set_rows(rows(20, 21))  # nothing in common (another meeting): a reset
    assert resets.count == 1 and not kept.isValid()
    assert model.ids() == [20, 21]
    assert QModelIndex() == model.index(5, 0)


def test_row_memo_formats_only_changed_records() -> None:
    from minutes.services.dto import ConclusionDTO

    memo: RowMemo[ConclusionDTO] = RowMemo(lambda i, c: Row(c.id, (str(i + 1), c.text)))
    first = [ConclusionDTO(id=n, position=n, text=f"Kết luận {n}", version=1) for n in range(5)]
    shown = memo.rows(first)
    assert memo.built == 5
    again = memo.rows([ConclusionDTO(id=n, position=n, text=f"Kết luận {n}", version=1) for n in range(5)])
    assert memo.built == 5 and all(a is b for a, b in zip(shown, again, strict=True))
    edited = [*first[:2], ConclusionDTO(id=2, position=2, text="Sửa", version=2), *first[3:]]
    rows = memo.rows(edited)
    assert memo.built == 6 and rows[2].cells == ("3", "Sửa")
    rows = memo.rows(edited[1:])  # the first removed: every row after it is numbered again
    assert [r.cells[0] for r in rows] == ["1", "2", "3", "4"]


def test_the_recommendations_tree_measures_nothing_when_given_the_same_texts(
    qtbot: QtBot, services: Services
) -> None:
    from minutes.ui.editor.recommendations import RecommendationsSection

    meeting = services.meetings.create("Tiếp xúc cử tri", date(2021, 3, 1))
    group = services.items.add_group(meeting, "Công tác đầu tư xây dựng cơ bản")
    items = [services.items.add_recommendation(group, f"Kiến nghị {n}") for n in range(6)]
    host = SectionHost(services, RecommendationsSection, meeting)
    host.section.resize(900, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        tree = host.section.tree
        qtbot.waitUntil(lambda: host.section.model.rowCount() == 1)
        host.reload()
        QCoreApplication.processEvents()
        short = tree.height()
        before = measurements()
        host.reload()
        assert measurements() == before  # nothing laid out again
        assert tree.height() == short

        services.items.update_recommendation(items[3], text=SPEECH * 2)
        host.reload()
        assert tree.height() > short  # the tree grew with the wrapped recommendation
        assert measurements() > before
    finally:
        host.close()
