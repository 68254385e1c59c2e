"""The board shows who a task is assigned to (people, a free-text assignee) and deadlines that are
periods, and the person filter finds what a person is assigned to: driven through the filter bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from testkit.qt import type_vietnamese

from minutes.services import Services
from minutes.ui.app import make_context
from minutes.ui.board import TaskBoard
from minutes.ui.board.model import COL_DEADLINE, COL_RESP, COL_TEXT
from minutes.ui.context import UiContext

DATA = Path(__file__).resolve().parents[1] / "data" / "meetings"


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    services.interchange.import_file(DATA / "khoi-dong-du-an-2022-03.json")
    services.interchange.import_file(DATA / "ubnd-giao-ban-2023-02.json")
    context = make_context(services)
    yield context
    context.bus.close()


def shown(board: TaskBoard) -> dict[str, tuple[str, str, str]]:
    """Task text -> (assigned column, deadline column, deadline tooltip), as the table shows them."""
    model = board.model
    out = {}
    for row in range(model.rowCount()):
        out[model.index(row, COL_TEXT).data()] = (
            model.index(row, COL_RESP).data(),
            model.index(row, COL_DEADLINE).data(),
            model.index(row, COL_DEADLINE).data(Qt.ItemDataRole.ToolTipRole) or "",
        )
    return out


def test_assigned_people_and_period_deadlines_on_the_board(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    board = TaskBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 820)
    board.show()
    qtbot.waitExposed(board)
    rows = shown(board)
    survey = rows["Khảo sát quy trình nghiệp vụ tại 12 cơ quan thử nghiệm"]
    assert survey[0] == "Đinh Quang Huy; Bùi Thị Mai"
    assert survey[1] == "25/03/2022 – 30/04/2022"
    assert "cuối tháng 3 và trong tháng 4/2022" in survey[2] and "30/04/2022" in survey[2]
    assert rows["Hoàn thiện tài liệu đặc tả yêu cầu phần mềm"][1] == "Quarter II/2022"
    assert rows["Triển khai chính thức hệ thống tại các cơ quan, đơn vị của tỉnh"][1] == "Second half of 2022"
    assert rows["Gửi danh sách đầu mối của 12 cơ quan thử nghiệm cho nhà thầu"][1] == "Month 03/2022"
    review = rows["Chỉ đạo các bộ phận chuyên môn rà soát chỉ tiêu thu ngân sách quý I"]
    assert review[0] == "2 đồng chí Phó Chủ tịch UBND phường"
    assert rows["Xây dựng kế hoạch tổ chức Lễ hội truyền thống đình Phúc Đồng"][1] == "Before 10/03/2023"

    # pick a person who is only ever assigned (never "responsible"), by typing her name without accents
    board.filters.person.setFocus()
    type_vietnamese(board.filters.person, "dinh quang huy")
    qtbot.waitUntil(lambda: bool(board.filters.person.matches()))
    QTest.keyClick(board.filters.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(board.model.filter.person_ids))
    assert sorted(shown(board)) == [
        "Khảo sát quy trình nghiệp vụ tại 12 cơ quan thử nghiệm",
        "Triển khai chính thức hệ thống tại các cơ quan, đơn vị của tỉnh",
    ]


def test_period_deadlines_read_the_vietnamese_way(qapp) -> None:  # noqa: ANN001
    from datetime import date

    from minutes.domain.deadline import Deadline
    from minutes.ui import deadline_text, i18n

    with i18n.language(qapp, "vi"):
        assert deadline_text.short(Deadline.quarter(2022, 1, "quý I/2022")) == "Quý I/2022"
        assert deadline_text.short(Deadline.half_year(2022, 2)) == "6 tháng cuối năm 2022"
        assert deadline_text.short(Deadline.month(2018, 12)) == "Tháng 12/2018"
        assert deadline_text.short(Deadline.before(date(2023, 3, 10))) == "Trước ngày 10/03/2023"
        assert deadline_text.short(Deadline.whole_year(2022)) == "Năm 2022"
        tip = deadline_text.details(Deadline.between(date(2022, 3, 25), date(2022, 4, 30), "cuối tháng 3"))
        assert tip == "“cuối tháng 3”\nTrạng thái tính theo ngày 30/04/2022"
    assert deadline_text.details(Deadline.on(date(2022, 4, 30))) == ""
