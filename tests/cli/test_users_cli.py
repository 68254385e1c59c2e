"""minutes users add / list / set-role, and the acting user on PostgreSQL is the login whatever --user says."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from minutes.db import models as m


def run(*args: str, db: str, user: str = "cli") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": user}
    env.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes", "--db", db, *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
    )  # fmt: skip


def test_users_on_the_embedded_database(tmp_path: Path) -> None:
    db = str(tmp_path / "minutes.sqlite3")
    assert run("demo", db=db).returncode == 0
    assert run("users", "add", "lan.nt", "--role", "secretary", db=db).returncode == 0
    added = run("users", "add", "hung", "--role", "unit", "--unit", "Đảng ủy phường Long Biên", db=db)
    assert added.returncode == 0, added.stderr
    refused = run("users", "add", "hoa", "--role", "unit", db=db)  # a unit member needs its unit
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert run("users", "set-role", "lan.nt", "leader", db=db).returncode == 0
    listing = [line.split("\t")[:2] for line in run("users", "list", db=db).stdout.splitlines()]
    assert listing == [["hung", "unit"], ["lan.nt", "leader"]]


def test_a_claimed_name_is_not_the_acting_user_on_postgresql(pg_url: str) -> None:
    login = f"t{uuid.uuid4().hex[:8]}_lead"
    assert run("demo", db=pg_url).returncode == 0
    added = run("users", "add", login, "--role", "leader", db=pg_url)
    assert added.returncode == 0, added.stderr
    as_login = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    engine = create_engine(pg_url)
    try:
        done = run("finalise", "1", db=as_login, user="Chủ tịch UBND")
        assert done.returncode == 0, done.stderr
        with engine.connect() as c:
            actors = set(
                c.execute(
                    select(m.AuditEntry.actor).where(m.AuditEntry.entity == "meeting_versions")
                ).scalars()
            )
        assert actors == {login}
    finally:
        with engine.begin() as c:
            c.execute(text(f'DROP OWNED BY "{login}" CASCADE'))
            c.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        engine.dispose()
