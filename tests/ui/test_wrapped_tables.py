"""The editor's tables show their content the way a page of minutes would (issue 15 item 9): every row
on the page (no list scrolling inside the scrolling editor) and long texts wrapped, not cut off."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost

from minutes.services import Services
from minutes.ui.editor.report import ReportSection
from minutes.ui.editor.tasks import TasksSection

LONG = (
    "Tổng thu ngân sách trên địa bàn phường năm 2020 (bao gồm thu cân đối, thu bổ sung có mục tiêu và "
    "thu chuyển nguồn từ năm trước sang)"
)


def test_figures_show_every_row_with_long_labels_wrapped(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    report = services.items.add_report(meeting, title="Báo cáo kết quả năm 2020")
    for n in range(25):  # more than the 20 rows the table used to show before scrolling
        services.items.add_figure(report, LONG if n == 0 else f"Chỉ tiêu {n}", str(n))
    host = SectionHost(services, ReportSection, meeting)
    host.section.resize(1000, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        table = host.section.figures
        qtbot.waitUntil(lambda: table.model_.rowCount() >= 25)
        assert table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        body = sum(table.rowHeight(r) for r in range(table.model_.rowCount()))
        assert table.viewport().height() >= body  # every row on the page
        assert table.wordWrap()
        assert table.rowHeight(0) > table.rowHeight(1)  # the long label takes several lines
        assert table.textElideMode() == Qt.TextElideMode.ElideNone
    finally:
        host.close()


def test_tasks_show_every_task(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    for n in range(15):
        services.tasks.create(meeting, f"{LONG} — nhiệm vụ {n}")
    host = SectionHost(services, TasksSection, meeting)
    host.section.resize(1000, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        table = host.section.table
        qtbot.waitUntil(lambda: table.model().rowCount() == 15)
        body = sum(table.rowHeight(r) for r in range(15))
        assert table.viewport().height() >= body
        assert table.verticalScrollBar().isHidden() or not table.verticalScrollBar().isVisible()
    finally:
        host.close()


def test_a_long_recommendation_wraps_in_the_tree(qtbot: QtBot, services: Services) -> None:
    from minutes.ui.editor.recommendations import RecommendationsSection
    from minutes.ui.views import WrapDelegate

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    group = services.items.add_group(meeting, "Công tác quản lý đô thị")
    services.items.add_recommendation(group, LONG * 2)
    services.items.add_recommendation(group, "Ngắn")
    host = SectionHost(services, RecommendationsSection, meeting)
    host.section.resize(900, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        tree = host.section.tree
        delegate = tree.itemDelegate()
        assert isinstance(delegate, WrapDelegate)
        group_index = tree.model().index(0, 0)
        qtbot.waitUntil(lambda: tree.model().rowCount(group_index) == 2)
        long_item, short_item = (tree.model().index(r, 0, group_index) for r in range(2))
        assert tree.visualRect(long_item).height() >= 1.5 * tree.visualRect(short_item).height()  # wrapped
        assert tree.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    finally:
        host.close()


def test_an_empty_response_column_gives_its_width_to_the_recommendations(
    qtbot: QtBot, services: Services
) -> None:
    from minutes.ui.editor.recommendations import RESPONSE_WIDTH, RecommendationsSection

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    group = services.items.add_group(meeting, "Công tác quản lý đô thị")
    first = services.items.add_recommendation(group, LONG * 2)
    services.items.add_recommendation(group, "Ngắn")
    for n in range(3):
        services.items.add_recommendation(group, f"{n}. {LONG}")
    host = SectionHost(services, RecommendationsSection, meeting)
    host.section.resize(640, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        tree = host.section.tree
        long_item = tree.model().index(0, 0, tree.model().index(0, 0))
        qtbot.waitUntil(lambda: long_item.isValid() and tree.visualRect(long_item).height() > 0)
        # no response anywhere: no response column, the recommendation wraps in the whole width
        assert tree.isColumnHidden(1)
        assert tree.header().sectionSize(0) >= tree.viewport().width() - 2
        lines_without = tree.visualRect(long_item).height()

        services.items.update_recommendation(first, response="Giao UBND phường chủ trì, báo cáo trong quý II")
        host.reload()
        qtbot.waitUntil(lambda: not tree.isColumnHidden(1))
        assert tree.header().sectionSize(1) == RESPONSE_WIDTH
        assert tree.header().sectionSize(0) <= tree.viewport().width() - RESPONSE_WIDTH + 2
        response = long_item.siblingAtColumn(1)
        assert response.data() == "Giao UBND phường chủ trì, báo cáo trong quý II"
        # the narrower text column wraps the long recommendation over more lines
        qtbot.waitUntil(lambda: tree.visualRect(long_item).height() > lines_without)

        services.items.update_recommendation(first, response="")
        host.reload()
        qtbot.waitUntil(lambda: tree.isColumnHidden(1))
        assert tree.header().sectionSize(0) >= tree.viewport().width() - 2
        body = tree.minimumHeight()
        assert body == tree.maximumHeight()  # the tree stays as tall as its rows, the page scrolls
        rows = sum(tree.visualRect(tree.model().index(r, 0, long_item.parent())).height() for r in range(2))
        host.section.resize(360, 700)  # a narrow window: the rows wrap over more lines, the tree grows
        qtbot.waitUntil(lambda: tree.minimumHeight() > body)
        assert tree.minimumHeight() == tree.maximumHeight()
        assert (
            sum(tree.visualRect(tree.model().index(r, 0, long_item.parent())).height() for r in range(2))
            > rows
        )
    finally:
        host.close()


SPEECH = (
    "Đồng ý với báo cáo. " + LONG + " đạt 112% kế hoạch; đề nghị các đơn vị tiếp tục rà soát các khoản thu "
    "còn tồn đọng, đôn đốc thu nợ thuế, xử lý dứt điểm các trường hợp chây ỳ, đồng thời đẩy nhanh tiến "
    "độ giải ngân vốn đầu tư công. Về giải phóng mặt bằng dự án đường vành đai 2,5: phường cần phối hợp "
    "chặt chẽ với Ban quản lý dự án quận, hoàn thành kiểm đếm trong tháng 4. Cuối cùng: hết."
)
SPEAKER = "Nguyễn Mạnh Hà - Chủ tịch UBND quận Long Biên kiêm Bí thư Đảng ủy quận"


def test_contributions_show_speaker_and_text_wrapped_a_few_lines(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from minutes.ui.editor.contributions import SAID_LINES, ContributionsSection
    from minutes.ui.views import LinesDelegate

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    person = services.directory.find_or_create_person(SPEAKER)
    short_text = "Về thu ngân sách:\nĐã hoàn thành chỉ tiêu quý I."
    for speaker, label, text in (
        (person, None, SPEECH),
        (None, "Mặt trận", "Nhất trí."),
        (None, "Bà Lan", short_text),
    ):
        ident = services.items.add_contribution(
            meeting, speaker_id=speaker, speaker_label=label, spoken_at=time(9)
        )
        services.items.update_contribution(ident, text=text)
    host = SectionHost(services, ContributionsSection, meeting)
    host.section.resize(1100, 760)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        table = host.section.table
        qtbot.waitUntil(lambda: table.model().rowCount() == 3)
        said = table.itemDelegateForColumn(4)
        speaker = table.itemDelegateForColumn(2)
        assert isinstance(said, LinesDelegate) and isinstance(speaker, LinesDelegate)

        def shown(delegate: LinesDelegate, row: int, column: int) -> tuple[str, ...]:
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.rect = table.visualRect(table.model().index(row, column))
            return delegate.lines(option, table.model().index(row, column))

        line = table.fontMetrics().lineSpacing()
        # the rows fit once the window is laid out (the stretching column takes its width)
        qtbot.waitUntil(lambda: table.rowHeight(2) < 3 * line + 10)
        long_lines = shown(said, 0, 4)
        assert len(long_lines) == SAID_LINES  # a few lines of the long one, then "…"
        assert long_lines[0].startswith("Đồng ý với báo cáo.")
        assert long_lines[-1].endswith("…") and "hết." not in long_lines[-1]
        assert shown(said, 2, 4) == ("Về thu ngân sách:", "Đã hoàn thành chỉ tiêu quý I.")  # short: whole
        assert shown(said, 1, 4) == ("Nhất trí.",)
        speaker_lines = shown(speaker, 0, 2)
        assert len(speaker_lines) >= 2 and " ".join(speaker_lines).startswith("Nguyễn Mạnh Hà - Chủ tịch")
        # rows as tall as what they show: the long one four lines, the one-line row one
        assert table.rowHeight(0) >= SAID_LINES * line
        assert table.rowHeight(1) < 2 * line
        assert 2 * line <= table.rowHeight(2) < 3 * line + 10
        # a narrower window wraps the text over more lines: the short one grows, the long stays at four
        before = table.rowHeight(2)
        host.section.resize(700, 760)
        qtbot.waitUntil(lambda: table.rowHeight(2) > before)
        assert len(shown(said, 0, 4)) == SAID_LINES
    finally:
        host.close()


def test_board_rows_show_two_lines_of_the_task_then_an_ellipsis(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem

    from minutes.ui.app import make_context
    from minutes.ui.board import TaskBoard
    from minutes.ui.board.board import TEXT_LINES
    from minutes.ui.board.model import COL_LEAD, COL_TEXT
    from minutes.ui.views import LinesDelegate

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    lead = services.directory.find_or_create_unit("Phòng Quản lý đô thị quận Long Biên")
    texts = {f"{LONG} — nhiệm vụ {n}" if n % 2 else f"Báo cáo {n}" for n in range(6)}
    for text in texts:
        services.tasks.create(meeting, text, lead_unit_id=lead, deadline=date(2021, 4, 15))
    ctx = make_context(services)
    board = TaskBoard(ctx)
    board.resize(1366, 700)
    board.show()
    qtbot.waitExposed(board)
    try:
        table = board.table
        qtbot.waitUntil(lambda: table.model().rowCount() == 6)
        delegate = table.itemDelegateForColumn(COL_TEXT)
        assert isinstance(delegate, LinesDelegate)
        assert table.itemDelegateForColumn(COL_LEAD) is delegate
        # one fixed height for every row, TEXT_LINES lines: nothing measured row by row
        assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
        height = delegate.height_for(TEXT_LINES)
        assert height >= TEXT_LINES * table.fontMetrics().lineSpacing()
        assert {table.rowHeight(r) for r in range(6)} == {height}

        def shown(row: int, column: int) -> tuple[str, ...]:
            index = table.model().index(row, column)
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.rect = table.visualRect(index)
            return delegate.lines(option, index)

        seen = set()
        for row in range(6):
            text = str(table.model().index(row, COL_TEXT).data())
            seen.add(text)
            lines = shown(row, COL_TEXT)
            if text.startswith("Báo cáo"):
                assert lines == (text,)
            else:  # the long task: two lines, its beginning, then "…"
                assert len(lines) == TEXT_LINES
                assert lines[0] == text[: len(lines[0])]
                assert lines[-1].endswith("…")
                assert table.model().index(row, COL_TEXT).data(Qt.ItemDataRole.ToolTipRole) == text
        assert seen == texts
        assert " ".join(shown(0, COL_LEAD)) == "Phòng Quản lý đô thị quận Long Biên"  # wrapped, not cut
    finally:
        board.shutdown()
        board.close()
        ctx.bus.close()


def test_contribution_rows_scrolled_to_are_wrapped_too(qtbot: QtBot, services: Services) -> None:
    from minutes.ui.editor.contributions import CONTRIB_ROWS, SAID_LINES, ContributionsSection

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    count = 8 * CONTRIB_ROWS  # more than the first rows and the last screenful measured up front
    for n in range(count):
        ident = services.items.add_contribution(meeting, speaker_label=f"Đại biểu {n}", spoken_at=time(9))
        services.items.update_contribution(ident, text=f"{n}. {SPEECH}")
    host = SectionHost(services, ContributionsSection, meeting)
    host.section.resize(1100, 760)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        table = host.section.table
        line = table.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda: table.model().rowCount() == count)
        qtbot.waitUntil(lambda: table.rowHeight(0) >= SAID_LINES * line)
        middle = table.model().index(count // 2, 4)
        table.scrollTo(middle, table.ScrollHint.PositionAtTop)
        qtbot.waitUntil(lambda: table.rowHeight(count // 2) >= SAID_LINES * line)
        table.scrollToBottom()
        qtbot.waitUntil(lambda: table.rowHeight(count - 1) >= SAID_LINES * line)
        assert table.rowAt(table.viewport().height() - 1) in (count - 1, -1)  # scrolled to the end
    finally:
        host.close()


def test_section_rows_follow_their_texts_one_changed_row_alone(qtbot: QtBot, services: Services) -> None:
    """The agenda (like the conclusions, tasks, attendance and figures) sizes each row by its wrapped
    lines; a changed title resizes its own row and the table grows with it (every row on the page)."""
    from minutes.ui.editor.agenda import AgendaSection
    from minutes.ui.views import LinesDelegate

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    items = [services.agenda.add_item(meeting, f"Mục {n}") for n in range(8)]
    host = SectionHost(services, AgendaSection, meeting)
    host.section.resize(900, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        table = host.section.table
        assert isinstance(table.itemDelegateForColumn(1), LinesDelegate)
        qtbot.waitUntil(lambda: table.model().rowCount() == 8)
        one_line = table.rowHeight(0)
        assert all(table.rowHeight(r) == one_line for r in range(8))
        tall = table.height()

        services.agenda.rename_item(items[3], LONG * 3)
        host.reload()
        qtbot.waitUntil(lambda: table.rowHeight(3) > 2 * one_line)
        assert [table.rowHeight(r) for r in range(8) if r != 3] == [one_line] * 7
        body = sum(table.rowHeight(r) for r in range(8))
        assert table.viewport().height() >= body  # the table grew with the row: nothing cut off
        assert table.height() > tall
        delegate = table.itemDelegateForColumn(1)
        lines = delegate.wrap(str(table.model().index(3, 1).data()), table.columnWidth(1))
        assert len(lines) >= 3
        assert "".join(lines).replace(" ", "") == (LONG * 3).replace(" ", "")  # the whole title shown
    finally:
        host.close()


def test_a_recommendation_shows_whole_up_to_a_few_lines(qtbot: QtBot, services: Services) -> None:
    """No cut at 160 characters: a recommendation shows whole, wrapped; only one longer than
    RECOMMENDATION_LINES lines ends in "…"."""
    from minutes.ui.editor.recommendations import RECOMMENDATION_LINES, RecommendationsSection

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    group = services.items.add_group(meeting, "Công tác quản lý đô thị")
    medium = f"{LONG} {LONG} {LONG}"  # about 390 characters: cut at 160 before
    huge = " ".join([LONG] * 30)
    services.items.add_recommendation(group, medium, response=f"Đã tiếp thu. {LONG}")
    services.items.add_recommendation(group, huge)
    host = SectionHost(services, RecommendationsSection, meeting)
    host.section.resize(1000, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        tree = host.section.tree
        delegate = tree.itemDelegate()
        group_index = tree.model().index(0, 0)
        qtbot.waitUntil(lambda: tree.model().rowCount(group_index) == 2)
        first, second = (tree.model().index(r, 0, group_index) for r in range(2))

        shown = delegate.shown_text(first).split("\n")
        assert len(shown) >= 2  # wrapped
        assert " ".join(shown).split() == f"1. {medium}".split()  # every word, nothing cut off
        assert "…" not in "".join(shown)
        response = delegate.shown_text(first.siblingAtColumn(1))
        assert " ".join(response.split("\n")).split() == f"Đã tiếp thu. {LONG}".split()

        shown = delegate.shown_text(second).split("\n")
        assert len(shown) == RECOMMENDATION_LINES
        assert shown[-1].endswith("…")
        assert " ".join(shown[:-1]).split() == f"2. {huge}".split()[: len(" ".join(shown[:-1]).split())]
        line = tree.fontMetrics().lineSpacing()
        assert tree.visualRect(second).height() >= RECOMMENDATION_LINES * line  # rows sized to the lines
        assert tree.visualRect(first).height() < tree.visualRect(second).height()
    finally:
        host.close()


def test_a_conclusion_of_several_paragraphs_shows_them_all(qtbot: QtBot, services: Services) -> None:
    """A point is no longer cut to its first line at 160 characters: its paragraphs show, wrapped."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from minutes.ui.editor.conclusions import ConclusionsSection
    from minutes.ui.views import LinesDelegate

    meeting = services.meetings.create("Giao ban tháng 3", date(2021, 3, 1))
    text = f"Giao UBND phường:\n- {LONG}\n- Hoàn thành trước ngày 30/6/2021."
    services.items.add_conclusion(meeting, text)
    host = SectionHost(services, ConclusionsSection, meeting)
    host.section.resize(1000, 700)
    host.section.show()
    qtbot.waitExposed(host.section)
    try:
        table = host.section.table
        qtbot.waitUntil(lambda: table.model().rowCount() == 1)
        delegate = table.itemDelegateForColumn(1)
        assert isinstance(delegate, LinesDelegate)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = table.visualRect(table.model().index(0, 1))
        lines = delegate.lines(option, table.model().index(0, 1))
        assert lines[0] == "Giao UBND phường:"
        assert " ".join(lines).split() == text.split()  # every word of every paragraph
        assert table.rowHeight(0) >= len(lines) * table.fontMetrics().lineSpacing()
    finally:
        host.close()
