"""Roles on a real PostgreSQL server (issue 13, items 2-3): each role's login does exactly what its role
allows, through the services and directly in SQL; the acting user is the login, not a claimed name."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from minutes.db import models as m
from minutes.errors import NotPermitted
from minutes.services import Database, Services
from minutes.services.users import acting_user

TODAY = date(2021, 3, 1)


@pytest.fixture
def office(pg_url: str) -> Iterator[tuple[Services, dict[str, str]]]:
    """A demo meeting on a private schema, and four logins (one per role) registered as users."""
    admin_db = Database(pg_url, clock=lambda: TODAY)
    admin = Services(admin_db, acting_user(admin_db, "ignored"))
    assert admin.actor.role == "admin"  # no users registered yet: the owner sets the office up
    admin.demo.load()
    tag = uuid.uuid4().hex[:8]
    logins = {role: f"t{tag}_{role}" for role in ("leader", "secretary", "unit", "viewer")}
    ward = admin.profile.find_unit("Đảng ủy phường Long Biên").id
    for role, login in logins.items():
        admin.users.add(login, role, unit_id=ward if role == "unit" else None)
    urls = {role: make_url(pg_url).set(username=login).render_as_string(hide_password=False)
            for role, login in logins.items()}  # fmt: skip
    try:
        yield admin, urls
    finally:
        admin_db.close()
        engine = create_engine(pg_url)
        with engine.begin() as c:
            for login in logins.values():
                c.execute(text(f'DROP OWNED BY "{login}" CASCADE'))
                c.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        engine.dispose()


def _as(url: str, claimed: str = "Chủ tịch UBND") -> Services:
    db = Database(url, clock=lambda: TODAY)
    return Services(db, acting_user(db, claimed))


def _sql_refused(url: str, statement: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.begin() as c:
            c.execute(text(statement))
        return False
    except DBAPIError as exc:
        return "permission denied" in str(exc.orig)
    finally:
        engine.dispose()


def test_each_role_does_what_it_may_and_no_more(office: tuple[Services, dict[str, str]]) -> None:
    admin, urls = office
    meeting = admin.meetings.get(admin.meetings.list_meetings("")[0].id)
    contribution = meeting.contributions[0]
    ward_task = next(t for t in meeting.tasks if t.lead_unit_name == "Đảng ủy phường Long Biên")
    other_task = next(t for t in meeting.tasks if t.lead_unit_name != "Đảng ủy phường Long Biên")

    viewer = _as(urls["viewer"])
    assert viewer.actor.role == "viewer" and viewer.actor.name.endswith("_viewer")
    assert viewer.meetings.get(meeting.id).title == meeting.title  # reads
    with pytest.raises(NotPermitted):
        viewer.items.update_contribution(contribution.id, text="Xem thôi")
    assert _sql_refused(urls["viewer"], f"UPDATE contributions SET text = 'x' WHERE id = {contribution.id}")

    unit = _as(urls["unit"])
    unit.tasks.add_progress(ward_task.id, date(2021, 2, 1), 40, "Đã triển khai")
    with pytest.raises(NotPermitted):
        unit.tasks.add_progress(other_task.id, date(2021, 2, 1), 40, "Không phải việc của đơn vị")
    with pytest.raises(NotPermitted):
        unit.items.update_contribution(contribution.id, text="Đơn vị sửa biên bản")
    assert _sql_refused(urls["unit"], f"UPDATE contributions SET text = 'x' WHERE id = {contribution.id}")

    secretary = _as(urls["secretary"])
    secretary.items.update_contribution(contribution.id, text="Thư ký ghi lại ý kiến.")
    with pytest.raises(NotPermitted):
        secretary.finalise.finalise(meeting.id)
    with pytest.raises(NotPermitted):
        secretary.users.add("someone_else", "leader")
    assert _sql_refused(urls["secretary"], "INSERT INTO users (login, role, active, version, created_at, updated_at) "
                        "VALUES ('x', 'leader', true, 1, now(), now())")  # fmt: skip
    assert _sql_refused(urls["secretary"], "UPDATE audit_log SET actor = 'x'")

    leader = _as(urls["leader"])
    assert leader.finalise.finalise(meeting.id).number == 1
    assert _sql_refused(urls["leader"], "DELETE FROM audit_log")

    # what each did is attributed to its login, whatever name it claimed
    with admin.db.sessions() as s:
        actors = set(s.scalars(select(m.AuditEntry.actor).where(m.AuditEntry.entity == "contributions")))
        assert "Chủ tịch UBND" not in actors
        assert any(a.endswith("_secretary") for a in actors)
        progress = s.scalars(
            select(m.AuditEntry.actor).where(m.AuditEntry.entity == "progress_updates")
        ).all()
        assert progress and all(a.endswith("_unit") for a in progress)
    for services in (viewer, unit, secretary, leader):
        services.db.close()


def test_an_unregistered_login_only_reads_once_users_exist(
    office: tuple[Services, dict[str, str]], pg_url: str
) -> None:
    admin, _urls = office
    assert acting_user(admin.db, "x").role == "admin"  # the server's administrator
    assert len(admin.users.list_users()) == 4
    login = f"t{uuid.uuid4().hex[:8]}_stranger"
    engine = create_engine(pg_url)
    with engine.begin() as c:
        c.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        c.execute(text(f'GRANT minutes_viewer TO "{login}"'))
    try:
        stranger = _as(make_url(pg_url).set(username=login).render_as_string(hide_password=False))
        assert (stranger.actor.name, stranger.actor.role) == (login, "viewer")
        stranger.db.close()
    finally:
        with engine.begin() as c:
            c.execute(text(f'DROP OWNED BY "{login}" CASCADE'))
            c.execute(text(f'DROP ROLE "{login}"'))
        engine.dispose()
