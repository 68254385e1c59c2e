"""``minutes export`` and ``minutes profile`` as a user runs them: a subprocess, a database file, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from testkit.docx_read import texts

from minutes.export import pdf


def run(
    *args: str, db: Path, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": "cli", **(env or {})}
    environment.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "minutes", "--db", str(db), *args], capture_output=True,
                          text=True, encoding="utf-8", env=environment, check=check, timeout=240)  # fmt: skip


@pytest.fixture
def demo_db(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "cli.sqlite3"
    meeting_id = run("demo", db=db).stdout.strip().splitlines()[-1]
    return db, meeting_id


def test_export_each_document_and_each_style(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    db, meeting_id = demo_db
    expected = {"minutes": "BIÊN BẢN", "conclusion": "THÔNG BÁO", "plan": "KẾ HOẠCH", "status": "BÁO CÁO"}
    runs = [(doc_name, "party") for doc_name in expected] + [("minutes", "state"), ("plan", "plain")]
    for doc_name, style in runs:
        title = expected[doc_name]
        out = tmp_path / f"{doc_name}-{style}.docx"
        dated = ["--date", "2021-03-01"] if doc_name == "status" else []
        result = run("export", meeting_id, "--doc", doc_name, "--style", style, "-o", str(out), *dated, db=db)
        assert result.stdout.strip() == str(out)
        lines = texts(docx.Document(str(out)))
        if style != "plain":
            assert title in lines
        if style == "state":
            assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
        if style == "party":
            assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines
    notes = run("export", meeting_id, "-o", str(tmp_path / "m.docx"), db=db).stderr
    assert "no secretary is recorded" in notes and "recommendation" not in notes  # only what the minutes need
    notice = run("export", meeting_id, "--doc", "conclusion", "-o", str(tmp_path / "tb.docx"), db=db).stderr
    assert notice.count("no task answers recommendation") == 11 and "secretary" not in notice
    assert "coordinating" not in notice and "[Chưa giao]" not in notice


def test_number_and_date_options(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    db, meeting_id = demo_db
    out = tmp_path / "tb.docx"
    run("export", meeting_id, "--doc", "conclusion", "--style", "party", "--number", "15", "--date", "2021-03-05",
        "-o", str(out), db=db)  # fmt: skip
    lines = texts(docx.Document(str(out)))
    assert "Số 15-TB/QU" in lines and "Long Biên, ngày 05 tháng 3 năm 2021" in lines
    bad = run("export", meeting_id, "--date", "5/3/2021", "-o", str(out), db=db, check=False)
    assert bad.returncode == 2 and "--date" in bad.stderr
    missing = run("export", "999", "-o", str(out), db=db, check=False)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_pdf_without_libreoffice_says_so(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    db, meeting_id = demo_db
    result = run("export", meeting_id, "-o", str(tmp_path / "x.pdf"), db=db, check=False,
                 env={pdf.ENV_SOFFICE: str(tmp_path / "nothing-here")})  # fmt: skip
    assert result.returncode == 2 and "LibreOffice" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(pdf.find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_flag_writes_a_pdf(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    db, meeting_id = demo_db
    result = run("export", meeting_id, "--doc", "status", "--date", "2021-03-01", "-o", str(tmp_path / "bc.docx"),
                 "--pdf", db=db)  # fmt: skip
    written = Path(result.stdout.strip())
    assert written.name == "bc.pdf" and written.read_bytes().startswith(b"%PDF-")


def test_profile_show_set_export_import(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    db, meeting_id = demo_db
    unit = ("--unit", "Quận ủy Long Biên")
    shown = run("profile", *unit, "show", db=db)
    assert "issuing_body" in shown.stdout and "QUẬN ỦY LONG BIÊN" in shown.stdout  # the example's own profile
    blank = run("profile", "show", db=db)  # the default profile: nothing built in
    assert "LONG BIÊN" not in blank.stdout and "not saved yet" in blank.stderr
    run("profile", *unit, "set", "issuing_body", "Đảng ủy phường Long Biên", db=db)
    run("profile", *unit, "set", "conclusion.recipients", "Ban Thường vụ Quận ủy | Lưu VP", db=db)
    one = run("profile", *unit, "show", "conclusion.recipients", db=db).stdout
    assert one.split(None, 1)[1].strip() == "Ban Thường vụ Quận ủy | Lưu VP"
    exported = tmp_path / "profile.json"
    run("profile", *unit, "export", str(exported), db=db)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["issuing_body"] == "Đảng ủy phường Long Biên"
    data["place"] = "Gia Lâm"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run("profile", *unit, "import", str(exported), db=db)
    out = tmp_path / "tb.docx"
    run("export", meeting_id, "--doc", "conclusion", "--date", "2021-02-01", "-o", str(out), db=db)
    lines = texts(docx.Document(str(out)))
    assert "ĐẢNG ỦY PHƯỜNG LONG BIÊN" in lines and "Gia Lâm, ngày 01 tháng 02 năm 2021" in lines
    assert "- Lưu VP." in lines
    data["plcae"] = "typo"
    exported.write_text(json.dumps(data), encoding="utf-8")
    refused = run("profile", *unit, "import", str(exported), db=db, check=False)
    assert refused.returncode == 2 and "plcae" in refused.stderr
    bad_key = run("profile", "set", "nope", "x", db=db, check=False)
    assert bad_key.returncode == 2 and "not a profile setting" in bad_key.stderr
    listed = run("profile", "list", db=db).stdout
    assert "Quận ủy Long Biên\tparty\tQuận ủy Long Biên" in listed


def test_each_unit_its_profile_on_the_command_line(demo_db: tuple[Path, str], tmp_path: Path) -> None:
    db, meeting_id = demo_db
    out = tmp_path / "bc.docx"
    # the status report counts to the date it is given, never to the clock's day
    refused = run("export", meeting_id, "--doc", "status", "-o", str(out), db=db, check=False)
    assert refused.returncode == 2 and "--date" in refused.stderr and not out.exists()
    run("export", meeting_id, "--doc", "status", "--date", "2021-01-22", "-o", str(out), db=db)
    lines = texts(docx.Document(str(out)))
    assert "(Kỳ báo cáo: từ ngày 19/01/2021 đến ngày 22/01/2021)" in lines
    assert "Long Biên, ngày 22 tháng 01 năm 2021" in lines
    # another unit has no profile: asked for, with the command that sets it up; then under its own
    run("profile", "--unit", "Ủy ban nhân dân phường Long Biên", "show", db=db)  # blank, nothing saved
    listed = run("profile", "list", db=db).stdout
    assert "Ủy ban nhân dân phường Long Biên" not in listed
    run("profile", "--unit", "Ủy ban nhân dân phường Long Biên", "set", "family", "state", db=db)
    run("profile", "--unit", "Ủy ban nhân dân phường Long Biên", "set", "issuing_body",
        "Ủy ban nhân dân phường Long Biên", db=db)  # fmt: skip
    run("profile", "--unit", "ubnd quan", "use", "Ủy ban nhân dân phường Long Biên", db=db)
    listed = run("profile", "list", db=db).stdout
    assert "Ủy ban nhân dân phường Long Biên\tstate\tỦy ban nhân dân quận Long Biên, Ủy ban nhân dân phường" \
        " Long Biên" in listed  # fmt: skip
    out = tmp_path / "bb.docx"
    run("export", meeting_id, "--profile", "Ủy ban nhân dân phường Long Biên", "-o", str(out), db=db)
    lines = texts(docx.Document(str(out)))
    assert "ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN" in lines and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    missing = run("export", meeting_id, "--profile", "Không có", "-o", str(out), db=db, check=False)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_a_fresh_database_asks_for_the_profile(tmp_path: Path) -> None:
    db = tmp_path / "fresh.sqlite3"
    source = Path(__file__).resolve().parents[2] / "resources/demo/long-bien-2021-01-19.json"
    imported = run("import", str(source), db=db)  # the meeting alone, as any interchange file
    meeting_id = imported.stdout.strip().splitlines()[-1].split()[-1]
    out = tmp_path / "bb.docx"
    asked = run("export", meeting_id, "-o", str(out), db=db, check=False)
    assert asked.returncode == 2 and not out.exists()
    assert 'minutes profile --unit "Quận ủy Long Biên" set issuing_body' in asked.stderr
    assert "Traceback" not in asked.stderr and len(asked.stderr.strip().splitlines()) == 1
