"""The realistic meetings of tests/data/meetings (written for the tests, see its README): each imports,
every fact in the file is read back through the services, and dump -> import -> dump gives the same
document, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from testkit.interchange import facts, resolve, without_stamp

from minutes.domain.deadline import Deadline
from minutes.services import Actor, Database, Services

DATA = Path(__file__).resolve().parents[1] / "data" / "meetings"
FILES = sorted(p.name for p in DATA.glob("*.json"))


def test_there_are_five_realistic_meetings() -> None:
    assert len(FILES) == 5


@pytest.mark.parametrize("name", FILES)
def test_every_fact_is_read_back_and_the_dump_round_trips(
    name: str, any_services: Services, any_fresh: Services, tmp_path: Path
) -> None:
    document = json.loads((DATA / name).read_text(encoding="utf-8"))
    meeting_id = any_services.interchange.import_file(DATA / name)

    assert facts(any_fresh, meeting_id) == resolve(document)
    first = any_fresh.interchange.dump(meeting_id)
    assert resolve(first) == resolve(document)

    other = Database(str(tmp_path / "other.sqlite3"), clock=any_services.db.today)
    try:
        again = Services(other, Actor("B"))
        second = again.interchange.dump(again.interchange.import_data(json.loads(json.dumps(first))))
    finally:
        other.close()
    assert without_stamp(second) == without_stamp(first)


def _load(services: Services, name: str) -> int:
    return services.interchange.import_file(DATA / name)


def test_ubnd_giao_ban_keeps_counts_assignee_wording_and_figure_kinds(
    services: Services, fresh: Services
) -> None:
    d = fresh.meetings.get(_load(services, "ubnd-giao-ban-2023-02.json"))
    assert [a.title[:20] for a in d.agenda] == [
        "Kết quả thực hiện nh",
        "Công tác quản lý trậ",
        "Công tác chuẩn bị Lễ",
    ]
    counted = d.contributions[0]
    assert (counted.count, counted.text, counted.speaker_label) == (2, "", "Các ban, ngành, đoàn thể phường")
    assert d.tasks[1].assignee_text == "2 đồng chí Phó Chủ tịch UBND phường"
    assert d.tasks[1].deadline_spec == Deadline.quarter(2023, 1, "quý I/2023")
    assert d.tasks[2].assignee_names == ("Lê Thị Ngọc Ánh", "Trần Văn Quý")
    assert d.tasks[2].deadline == date(2023, 3, 9)  # "trước ngày 10/3/2023": the status counts from the 9th
    assert [f.kind for f in d.reports[0].figures] == ["ratio_to_plan", "change", "rank", "share", "amount"]
    assert all(not f.problems for f in d.reports[0].figures)
    assert d.document_dates == {"minutes": date(2023, 2, 28), "conclusion": date(2023, 3, 1)}
    assert d.next_meeting is not None and d.next_meeting.meeting_date == date(2023, 3, 27)


def test_party_session_keeps_the_resolution_and_its_votes(services: Services, fresh: Services) -> None:
    d = fresh.meetings.get(_load(services, "dang-uy-xa-hoi-nghi-bch-2022-12.json"))
    kinds = [c.kind for c in d.conclusions]
    assert kinds == ["assessment", "resolution", "decision", "directive"]
    resolution = d.conclusions[1]
    assert resolution.votes is not None
    assert (resolution.votes.votes_for, resolution.votes.total) == (17, 17)
    assert d.next_meeting is not None and d.next_meeting.precision == "month"
    done = d.tasks[2]
    assert done.done_at_meeting and done.completed_on == date(2022, 12, 20) and done.status.is_done


def test_hdnd_meeting_known_by_its_month(services: Services, fresh: Services) -> None:
    meeting_id = _load(services, "hdnd-thuong-truc-2022-03.json")
    d = fresh.meetings.get(meeting_id)
    assert (d.meeting_date, d.date_precision) == (date(2022, 3, 1), "month")
    assert [s.date_precision for s in fresh.meetings.list_meetings() if s.id == meeting_id] == ["month"]
    assert d.tasks[1].deadline_spec == Deadline.whole_year(2022, "trong năm 2022")
