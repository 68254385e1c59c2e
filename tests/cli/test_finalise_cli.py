"""minutes finalise / amend / versions / verify and export --version, as a clerk types them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import docx
from testkit.docx_read import texts


def run(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": "Chủ trì"}
    env.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes", "--db", db, *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
    )  # fmt: skip


def test_finalise_verify_amend_and_print_an_earlier_version(tmp_path: Path) -> None:
    db = str(tmp_path / "minutes.sqlite3")
    assert run("demo", db=db).returncode == 0
    done = run("finalise", "1", db=db)
    assert done.returncode == 0 and "version 1" in done.stdout
    assert run("verify", db=db).returncode == 0
    audited = run("verify", "--audit", db=db)
    assert audited.returncode == 0 and "Audit trail intact" in audited.stdout

    with sqlite3.connect(db) as c:  # someone edits the finalised minutes behind the application's back
        c.execute("UPDATE contributions SET text = 'Đã sửa' WHERE id = (SELECT min(id) FROM contributions)")
    found = run("verify", db=db)
    assert found.returncode == 1 and "meeting 1 " in found.stdout and "version 1" in found.stdout
    assert "Traceback" not in found.stderr

    refused = run("amend", "1", "--reason", "  ", db=db)
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert run("amend", "1", "--reason", "Sửa lỗi chính tả", db=db).returncode == 0
    assert run("finalise", "1", db=db).returncode == 0
    listing = run("versions", "1", db=db).stdout.splitlines()
    assert [line.split("\t")[0] for line in listing] == ["1", "2"] and "Sửa lỗi chính tả" in listing[1]
    assert run("verify", "1", db=db).returncode == 0

    out = tmp_path / "v1.docx"
    assert run("profile", "show", db=db).returncode == 0
    written = run("export", "1", "--version", "1", "-o", str(out), db=db)
    assert written.returncode == 0, written.stderr
    lines = texts(docx.Document(str(out)))
    assert any(line.startswith("Phiên bản 1 của biên bản đã hoàn thiện") for line in lines)
    assert not any("Đã sửa" == line.strip() for line in lines)
    latest = tmp_path / "v2.docx"
    assert run("export", "1", "-o", str(latest), db=db).returncode == 0
    lines = texts(docx.Document(str(latest)))
    assert any(
        line.startswith("Phiên bản 2 của biên bản đã hoàn thiện") and "Sửa lỗi chính tả" in line
        for line in lines
    )
