"""``minutes import-document`` as a clerk runs it: a folder of Word files, a summary, exit statuses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from minutes.services import Actor, Database, Services

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": "văn thư"}
    env.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "minutes", "--db", str(db), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)  # fmt: skip


def _meetings(db: Path) -> list[str]:
    database = Database(str(db))
    try:
        return [m.title for m in Services(database, Actor("t")).meetings.list_meetings()]
    finally:
        database.close()


def test_a_folder_is_imported_then_found_to_be_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "luu-tru"
    folder.mkdir()
    for name in ("ubnd-ngoc-thuy-giao-ban-2019-03", "gia-lam-water-plant-2021-11"):
        shutil.copy(DATA / f"{name}.docx", folder)
    db = tmp_path / "m.sqlite3"
    first = run("import-document", str(folder), db=db)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith("imported") for line in lines)
    assert "ubnd-ngoc-thuy-giao-ban-2019-03.docx" in first.stdout
    assert "2 imported" in first.stderr and "0 failed" in first.stderr
    assert sorted(_meetings(db)) == ["Cuộc họp giao ban UBND phường tháng 3 năm 2019",
                                     "Technical meeting on the Gia Lam water plant upgrade"]  # fmt: skip
    second = run("import-document", "--json", str(folder), db=db)
    assert second.returncode == 0
    result = json.loads(second.stdout)
    assert [f["status"] for f in result["files"]] == ["duplicate", "duplicate"]
    assert len(_meetings(db)) == 2


def test_dry_run_saves_nothing_and_a_bad_file_is_one_clear_line(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite3"
    doc = DATA / "quan-uy-thong-bao-phuc-dong-2020-04.docx"
    dry = run("import-document", "--dry-run", str(doc), db=db)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("party_notice") and "2020-04-24" in dry.stdout
    assert _meetings(db) == []
    broken = tmp_path / "hỏng.docx"
    broken.write_bytes(b"not a zip")
    result = run("import-document", str(broken), str(doc), db=db)
    assert result.returncode == 1
    assert "failed     " in result.stdout and "hỏng.docx cannot be read as a Word document" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert len(_meetings(db)) == 1
    missing = run("import-document", str(tmp_path / "bien-ban-khong-co.docx"), db=db)
    assert missing.returncode == 2
    assert "bien-ban-khong-co.docx does not exist." in missing.stdout
    (tmp_path / "empty").mkdir()
    nothing = run("import-document", str(tmp_path / "empty"), db=db)
    assert nothing.returncode == 2
    assert nothing.stderr.strip() == "minutes: no documents found (.docx, .doc, .odt)."
