"""Importing a folder of Word minutes (issue 18): 300 documents read, recognised, checked and saved.

    python benchmarks/bench_import.py [--url URL] [--quick]

The 300 documents are made from the hand-typed test set (tests/data/archive) with variations, so each
is a different meeting: the years, the reference numbers and one line of text differ, and people's
names rotate through a pool (the directory grows as an office's does). They are imported into the
given database (the runner's working copy of the office database: its directory holds thousands of
people) with :meth:`ArchiveService.import_files`, one transaction per document. The given database is
never written: a SQLite file is copied first, a PostgreSQL server gets a schema of its own for the run.

Rows (milliseconds):

* the whole folder, target under a minute (issue 18), next to the same files only opened and read by
  python-docx (the floor: what any import must pay to read them);
* one document, from the batch's progress callback (the median: a folder is judged as a whole);
* the same folder imported from the main window (File → Import a folder of minutes…, into a second
  copy), next to the import without a window, and the longest event-loop stall meanwhile (a 1 ms probe
  timer; baseline: the same window idle), :mod:`benchmarks.import_window` - twice in the same run: the
  batch on a thread of the window's process (before, issue 18's first version) and in its own process
  (after, what the application does).
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import docx  # noqa: E402
from docx.document import Document  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

from benchmarks.common import ROOT, Row, row  # noqa: E402
from benchmarks.import_window import run_in_window  # noqa: E402
from minutes.archive.store import ArchiveService  # noqa: E402
from minutes.db.engine import resolve_url  # noqa: E402
from minutes.services import Actor, Database  # noqa: E402

SOURCES = ROOT / "tests" / "data" / "archive"
DOCUMENTS, QUICK_DOCUMENTS = 300, 20
FOLDER_TARGET_MS = 60_000.0
DOCUMENT_TARGET_MS = 200.0
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")


def make_folder(folder: Path, count: int) -> list[Path]:
    """``count`` documents varied from the test set (deterministic)."""
    sources = sorted(SOURCES.glob("*.docx"))
    paths = []
    for i in range(count):
        source = sources[i % len(sources)]
        variant = i // len(sources) + 1
        document = docx.Document(str(source))
        surname = _SURNAMES[variant % len(_SURNAMES)]
        for paragraph in _paragraphs(document):
            for run in paragraph.runs:
                text = run.text
                for year in ("2018", "2019", "2020", "2021", "2022", "2023"):
                    text = text.replace(year, str(int(year) - variant % 15))
                number = re.match(r"^(Số:?\s*)(\d+)", text)  # every variant its own reference number
                if number:
                    text = f"{number.group(1)}{int(number.group(2)) + 100 * variant}{text[number.end() :]}"
                for name in _SURNAMES:
                    text = text.replace(f"{name} ", f"{surname} ")
                run.text = text
        document.add_paragraph(f"Ghi chú lưu trữ: bản số {i + 1} của tập hồ sơ.")
        path = folder / f"{i + 1:03d}-{source.stem}.docx"
        document.save(str(path))
        paths.append(path)
    return paths


def _paragraphs(document: Document) -> list[Paragraph]:
    out = list(document.paragraphs)
    for table in document.tables:
        for tr in table.rows:
            for cell in tr.cells:
                out += cell.paragraphs
    return out


@contextlib.contextmanager
def private_copy(db_url: str, work: Path) -> Iterator[tuple[str, str]]:
    """A database to import into that is not the one given: a copy of a SQLite file (its directory of
    people and units included), or a new schema on a PostgreSQL server (dropped afterwards, empty)."""
    url = resolve_url(db_url)
    if url.startswith("sqlite"):
        source = Path(make_url(url).database or "")
        target = work / "import.sqlite3"
        if source.is_file():
            shutil.copyfile(source, target)
            yield str(target), "into a copy of the given database"
        else:
            yield str(target), "into a new SQLite database"
        return
    schema = f"bench_import_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        sep = "&" if "?" in url else "?"
        yield f"{url}{sep}options=-csearch_path%3D{schema}", "into a new schema on the given server"
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def run(db_url: str, quick: bool = False) -> list[Row]:
    count = QUICK_DOCUMENTS if quick else DOCUMENTS
    with tempfile.TemporaryDirectory(prefix="minutes-bench-import-") as work, \
            private_copy(db_url, Path(work)) as (target_url, where):  # fmt: skip
        folder = Path(work) / "documents"
        folder.mkdir()
        paths = make_folder(folder, count)
        started = time.perf_counter()
        for path in paths:
            document = docx.Document(str(path))
            _ = [p.text for p in _paragraphs(document)]
        read_ms = (time.perf_counter() - started) * 1000
        database = Database(target_url)
        try:
            importer = ArchiveService(database, Actor("benchmark"))
            stamps: list[float] = []
            started, cpu = time.perf_counter(), time.process_time()
            summary = importer.import_files([folder], progress=lambda *_: stamps.append(time.perf_counter()))
            total_ms = (time.perf_counter() - started) * 1000
            cpu_s = time.process_time() - cpu
        finally:
            database.close()
        window_rows: list[Row] = []
        for in_process in (False, True):  # before (the import thread), after (its own process): same run
            window_work = Path(work) / f"window-{'process' if in_process else 'thread'}"
            window_work.mkdir()
            with private_copy(db_url, window_work) as (window_url, _where):
                window_rows += run_in_window(
                    window_url, folder, count, total_ms, where, in_process=in_process
                )
    imported = len(summary.of("imported"))
    per_document = [(b - a) * 1000 for a, b in zip(stamps, stamps[1:], strict=False)]
    note = (f"{imported} imported {where}, {len(summary.of('duplicate'))} duplicates, "
            f"{len(summary.of('failed'))} failed; {len(summary.needs_review)} to review; "
            f"{cpu_s:.1f} s of CPU")  # fmt: skip
    return [*[
        row(f"import: a folder of {count} Word documents", [total_ms], baseline_name="python-docx only reads them",
            baseline=[read_ms], target=FOLDER_TARGET_MS, note=note),
        row("import: one document (read, recognise, check, save)", per_document, target=DOCUMENT_TARGET_MS,
            judge="median", note="from the batch's progress callback; the folder's minute allows 200 ms each"),
    ], *window_rows]  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="database to import into (default: a new SQLite file)")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = args.url or str(Path(scratch) / "bench.sqlite3")
        for item in run(url, args.quick):
            print(f"{item['name']}: median {item['median_ms']} ms, p95 {item['p95_ms']} ms, max {item['max_ms']} ms "
                  f"(baseline {item['baseline_median_ms']}); {item.get('note', '')}")  # fmt: skip
