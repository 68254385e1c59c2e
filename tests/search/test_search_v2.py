"""What model v2 added is found by the global search: agenda items, free-text assignees and the wording of
deadlines, accents optional, on SQLite and PostgreSQL; renaming or removing an agenda item follows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from minutes.services import Services

DATA = Path(__file__).resolve().parents[1] / "data" / "meetings"


def kinds(services: Services, query: str) -> list[tuple[str, str]]:
    return [(r.kind, r.title or r.snippet_html) for r in services.search.search(query)]


def test_agenda_assignees_and_deadline_wording_are_searchable(
    any_services: Services, any_fresh: Services
) -> None:
    any_services.interchange.import_file(DATA / "ubnd-giao-ban-2023-02.json")
    any_services.interchange.import_file(DATA / "khoi-dong-du-an-2022-03.json")
    agenda = [k for k, _ in kinds(any_fresh, "le hoi truyen thong dinh")]
    assert "agenda_item" in agenda
    assert "task" in [k for k, _ in kinds(any_fresh, "2 dong chi pho chu tich")]
    wording = any_fresh.search.search("cuoi thang 3 va trong thang 4")
    assert [r.kind for r in wording] == ["task"]
    assert "Khảo sát" in (wording[0].snippet_html + wording[0].title) or wording[0].task_id is not None


def test_an_agenda_item_renamed_or_removed_is_reindexed(any_services: Services, any_fresh: Services) -> None:
    meeting = any_services.meetings.create("Giao ban", date(2023, 2, 27))
    item = any_services.agenda.add_item(meeting, "Công tác phòng cháy chữa cháy")
    task = any_services.tasks.create(meeting, "Kiểm tra bình chữa cháy", agenda_item_id=item)
    assert [r.entity_id for r in any_fresh.search.search("phong chay") if r.kind == "agenda_item"] == [item]
    any_services.agenda.rename_item(item, "An toàn giao thông")
    assert not [r for r in any_fresh.search.search("phong chay") if r.kind == "agenda_item"]
    assert [r.entity_id for r in any_fresh.search.search("an toan giao thong")] == [item]
    any_services.agenda.remove_item(item)
    assert any_fresh.search.search("an toan giao thong") == []
    assert any_fresh.tasks.get(task).task.agenda_item_id is None  # the task stays, under no item


def task_hits(services: Services, query: str) -> list[int]:
    return [r.entity_id for r in services.search.search(query) if r.kind == "task"]


def test_a_task_is_found_by_the_people_it_is_assigned_to(any_services: Services, any_fresh: Services) -> None:
    meeting = any_services.meetings.create("Khởi động dự án", date(2022, 3, 14))
    directory = any_services.directory
    lan = directory.create_person("Trần Thị Lan", "Phó Chủ tịch")
    dung = directory.create_person("Đặng Văn Dũng", "Trưởng phòng")
    task = any_services.tasks.create(meeting, "Rà soát hồ sơ thiết kế", assignee_ids=[lan])
    other = any_services.tasks.create(meeting, "Lập kế hoạch khảo sát")
    assert task_hits(any_fresh, "tran thi lan") == [task]  # accents optional
    assert task_hits(any_fresh, "dang van dung") == []

    any_services.tasks.update(task, assignee_ids=[lan, dung])  # a second person, the text unchanged
    assert task_hits(any_fresh, "dang van dung") == [task]
    any_services.tasks.update(task, assignee_ids=[dung])
    assert task_hits(any_fresh, "tran thi lan") == []
    assert task_hits(any_fresh, "dung") == [task]

    directory.update_person(dung, full_name="Đặng Văn Dũng Anh")  # renamed: the task follows
    assert task_hits(any_fresh, "dung anh") == [task]
    any_services.search.rebuild()  # and a rebuilt index has them too
    assert task_hits(any_fresh, "dang van dung anh") == [task]
    assert other not in task_hits(any_fresh, "dang van dung")
