"""Recommendations in groups, typed from the keyboard; reorder and delete are undoable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.recommendations import RecommendationsSection
from minutes.ui.models.tree import ITEM

GROUPS = {
    "Công tác đầu tư xây dựng cơ bản": [f"Kiến nghị số {i} về đầu tư xây dựng cơ bản." for i in range(1, 6)],
    "Công tác quản lý đô thị, vệ sinh môi trường": [
        f"Kiến nghị số {i} về quản lý đô thị." for i in range(6, 14)
    ],
}


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, RecommendationsSection, meeting_id)
    h.section.resize(900, 600)
    h.section.show()
    qtbot.waitExposed(h.section)
    h.section.activateWindow()
    yield h
    h.close()


def stored(fresh: Services, meeting_id: int) -> dict[str, list[str]]:
    return {g.title: [r.text for r in g.items] for g in fresh.meetings.get(meeting_id).recommendation_groups}


def test_thirteen_recommendations_in_two_groups_by_keys(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    section = host.section
    section.tree.setFocus()
    qtbot.waitUntil(section.tree.hasFocus)
    for nfd, (title, items) in enumerate(GROUPS.items()):
        QTest.keyClick(
            section.tree,
            Qt.Key.Key_U,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(section.group_title.hasFocus)
        type_vietnamese(section.group_title, title, nfd=bool(nfd))
        QTest.keyClick(section.group_title, Qt.Key.Key_Return)  # starts the group's first recommendation
        qtbot.waitUntil(section.text.hasFocus)
        for index, item in enumerate(items):
            type_vietnamese(section.text, item, nfd=bool(nfd))
            if index < len(items) - 1:
                QTest.keyClick(section.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(section.text, Qt.Key.Key_Tab)  # to the response
        assert section.response.hasFocus()
        type_vietnamese(section.response, "Giao UBND quận xem xét, trả lời.")
        section.tree.setFocus()
    host.settle()
    assert stored(fresh, meeting_id) == GROUPS
    groups = fresh.meetings.get(meeting_id).recommendation_groups
    assert [g.items[-1].response for g in groups] == ["Giao UBND quận xem xét, trả lời."] * 2
    assert section.model.index(1, 0).data() == "II. Công tác quản lý đô thị, vệ sinh môi trường"
    last = section.model.index(7, 0, section.model.index(1, 0))
    assert last.data() == "13. Kiến nghị số 13 về quản lý đô thị."


def test_reorder_and_delete_items_and_groups_with_undo(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    items = host.services.items
    for title, texts in GROUPS.items():
        group = items.add_group(meeting_id, title)
        for text in texts[:3]:
            items.add_recommendation(group, text)
    host.reload()
    section = host.section
    tree = section.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    first_group = section.model.index(0, 0)
    tree.setCurrentIndex(section.model.index(0, 0, first_group))
    QTest.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    a, b, c = list(GROUPS.values())[0][:3]
    assert stored(fresh, meeting_id)["Công tác đầu tư xây dựng cơ bản"] == [b, a, c]
    assert section.current() == (ITEM, fresh.meetings.get(meeting_id).recommendation_groups[0].items[1].id)
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert stored(fresh, meeting_id)["Công tác đầu tư xây dựng cơ bản"] == [b, c]
    host.undo_stack.undo()
    assert stored(fresh, meeting_id)["Công tác đầu tư xây dựng cơ bản"] == [b, a, c]
    host.undo_stack.undo()
    assert stored(fresh, meeting_id)["Công tác đầu tư xây dựng cơ bản"] == [a, b, c]

    tree.setCurrentIndex(section.model.index(1, 0))  # the second group
    QTest.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert list(stored(fresh, meeting_id)) == list(GROUPS)[::-1]
    QTest.keyClick(tree, Qt.Key.Key_Delete)  # the whole group goes
    assert list(stored(fresh, meeting_id)) == [list(GROUPS)[0]]
    host.undo_stack.undo()
    assert list(stored(fresh, meeting_id)) == list(GROUPS)[::-1]
    assert stored(fresh, meeting_id)[list(GROUPS)[1]] == list(GROUPS.values())[1][:3]


def test_recommendations_model_passes_the_model_tester(
    qtmodeltester: ModelTester, host: SectionHost, meeting_id: int
) -> None:
    items = host.services.items
    for title, texts in GROUPS.items():
        group = items.add_group(meeting_id, title)
        for text in texts[:2]:
            items.add_recommendation(group, text, "Đồng ý")
    items.add_group(meeting_id, "Nhóm trống")
    host.reload()
    assert host.section.model.rowCount() == len(GROUPS) + 1  # groups at the top level, items below
    qtmodeltester.check(host.section.model)


def test_deleting_a_group_names_its_tasks_first_and_they_keep_its_words(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minutes.ui.editor import linked_tasks

    items = host.services.items
    group = items.add_group(meeting_id, "Công tác đầu tư xây dựng cơ bản")
    first = items.add_recommendation(group, "Kiến nghị hỗ trợ kinh phí giải phóng mặt bằng")
    items.add_recommendation(group, "Kiến nghị bổ sung biên chế")
    task = host.services.tasks.create(
        meeting_id, "Xem xét hỗ trợ kinh phí", source_kind="recommendation", source_id=first
    )
    host.reload()
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(linked_tasks, "ask", lambda _p, _title, text: asked.append(text) or next(answers))
    section = host.section
    section.tree.setFocus()
    qtbot.waitUntil(section.tree.hasFocus)
    section.tree.setCurrentIndex(section.model.index(0, 0))

    QTest.keyClick(section.tree, Qt.Key.Key_Delete)  # asked, and the answer is no: nothing changes
    assert "1. Xem xét hỗ trợ kinh phí" in asked[0] and "1 task" in asked[0]
    assert list(stored(fresh, meeting_id)) == ["Công tác đầu tư xây dựng cơ bản"]

    QTest.keyClick(section.tree, Qt.Key.Key_Delete)  # yes: the group goes, the task stays with its words
    assert stored(fresh, meeting_id) == {}
    detail = fresh.tasks.get(task)
    assert detail.source_text == "Kiến nghị hỗ trợ kinh phí giải phóng mặt bằng"
    assert (detail.task.source_kind, detail.task.source_id) == ("recommendation", None)
    assert len(asked) == 2
