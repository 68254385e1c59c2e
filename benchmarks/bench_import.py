"""Importing a folder of Word minutes (issue 18): 300 documents read, recognised, checked and saved.

    python benchmarks/bench_import.py [--url URL] [--quick] [--only-doc]

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
  (after, what the application does);
* a folder of old Word files (.doc, Word 97, made from the same documents by LibreOffice beforehand)
  imported with one warm LibreOffice (the PDF export's, :mod:`minutes.export.pdf_warm`), next to one
  soffice started per file (before), the chunks of 20 files per soffice start of the first version in
  the note (skipped where LibreOffice is not installed).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

# As in the application, whose entry point this is: imported before PySide6, it keeps Python's own import
# for the imports that skip PySide6's import hook (minutes.ui.launch.plain_imports).
import minutes.cli  # noqa: E402, F401, I001

import docx  # noqa: E402
from docx.document import Document  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

from benchmarks.common import ROOT, Row, row  # noqa: E402
from benchmarks.import_window import run_in_window  # noqa: E402
from minutes.archive import store  # noqa: E402
from minutes.archive.store import ArchiveService  # noqa: E402
from minutes.db.engine import resolve_url  # noqa: E402
from minutes.export import pdf, pdf_warm  # noqa: E402
from minutes.services import Actor, Database  # noqa: E402

SOURCES = ROOT / "tests" / "data" / "archive"
DOCUMENTS, QUICK_DOCUMENTS = 300, 20
DOC_DOCUMENTS, QUICK_DOC_DOCUMENTS = 12, 4
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


def make_doc_folder(work: Path, count: int) -> Path | None:
    """``count`` documents of :func:`make_folder` saved as Word 97 .doc by one soffice run (None: no
    LibreOffice here)."""
    program = pdf.find_soffice()
    if program is None:
        return None
    sources, folder = work / "doc-sources", work / "doc"
    sources.mkdir()
    paths = make_folder(sources, count)
    subprocess.run([program, f"-env:UserInstallation={(work / 'doc-profile').as_uri()}", "--headless",
                    "--convert-to", "doc:MS Word 97", "--outdir", str(folder), *map(str, paths)],
                   check=True, capture_output=True, timeout=900)  # fmt: skip
    return folder


def doc_rows(db_url: str, work: Path, count: int) -> list[Row]:
    """The .doc folder imported three ways, each into its own copy of the database, one after the other."""
    folder = make_doc_folder(work, count)
    if folder is None:
        return []
    modes = (("per-file", "0", 1), ("chunks", "0", store.CONVERT_CHUNK), ("warm", "1", store.CONVERT_CHUNK))
    took: dict[str, float] = {}
    notes: dict[str, str] = {}
    saved_env, saved_chunk = os.environ.get(pdf_warm.ENV_WARM), store.CONVERT_CHUNK
    try:
        for name, warm, chunk in modes:
            os.environ[pdf_warm.ENV_WARM] = warm
            store.CONVERT_CHUNK = chunk
            pdf_warm.shutdown()  # the warm row pays for starting its LibreOffice
            target = work / f"doc-{name}"
            target.mkdir()
            with private_copy(db_url, target) as (url, _where):
                database = Database(url)
                try:
                    started = time.perf_counter()
                    summary = ArchiveService(database, Actor("benchmark")).import_files([folder])
                    took[name] = (time.perf_counter() - started) * 1000
                finally:
                    database.close()
            notes[name] = f"{len(summary.of('imported'))} imported, {len(summary.of('failed'))} failed"
    finally:
        pdf_warm.shutdown()
        store.CONVERT_CHUNK = saved_chunk
        if saved_env is None:
            os.environ.pop(pdf_warm.ENV_WARM, None)
        else:
            os.environ[pdf_warm.ENV_WARM] = saved_env
    return [row(f"import: a folder of {count} old Word (.doc) files, one warm LibreOffice", [took["warm"]],
                baseline_name="one soffice started per file (before)", baseline=[took["per-file"]],
                note=f"warm: {notes['warm']} (its start included); per file: {notes['per-file']}; "
                     f"chunks of {saved_chunk} files per soffice start (the first version): "
                     f"{took['chunks']:.0f} ms, {notes['chunks']}")]  # fmt: skip


def window_only(db_url: str, count: int) -> list[Row]:
    """Only the folder imported from the window, the batch in its own process (for paired runs of two
    versions of the application with the same driver); no baseline of the import without a window."""
    with tempfile.TemporaryDirectory(prefix="minutes-bench-import-") as work, \
            private_copy(db_url, Path(work)) as (target_url, where):  # fmt: skip
        folder = Path(work) / "documents"
        folder.mkdir()
        make_folder(folder, count)
        return run_in_window(target_url, folder, count, None, where)


def run(db_url: str, quick: bool = False, only_doc: bool = False) -> list[Row]:
    count = QUICK_DOCUMENTS if quick else DOCUMENTS
    if only_doc:
        with tempfile.TemporaryDirectory(prefix="minutes-bench-import-doc-") as work:
            return doc_rows(db_url, Path(work), QUICK_DOC_DOCUMENTS if quick else DOC_DOCUMENTS)
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
        old = Path(work) / "old"
        old.mkdir()
        old_rows = doc_rows(db_url, old, QUICK_DOC_DOCUMENTS if quick else DOC_DOCUMENTS)
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
    ], *window_rows, *old_rows]  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="database to import into (default: a new SQLite file)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only-doc", action="store_true", help="only the rows of the folder of .doc files")
    parser.add_argument("--window-only", action="store_true",
                        help="only the folder imported from the window (MINUTES_BENCH_GUI_STACKS=FILE: where "
                             "the GUI thread spent its CPU)")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = args.url or str(Path(scratch) / "bench.sqlite3")
        count = QUICK_DOCUMENTS if args.quick else DOCUMENTS
        rows = window_only(url, count) if args.window_only else run(url, args.quick, args.only_doc)
        for item in rows:
            print(f"{item['name']}: median {item['median_ms']} ms, p95 {item['p95_ms']} ms, max {item['max_ms']} ms "
                  f"(baseline {item['baseline_median_ms']}); {item.get('note', '')}")  # fmt: skip
