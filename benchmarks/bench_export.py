"""Export of the official documents: the example minutes, a 1,000-task plan, next to naive python-docx.

    python benchmarks/bench_export.py [--url URL] [--quick]

``run(db_url, quick)`` returns these rows (milliseconds):

* the example minutes (the Long Biên meeting, loaded into a private SQLite file): read the meeting, build,
  save the DOCX - what "Export" costs the user;
* the minutes of the busiest meeting of the given database (the office database: 200 contributions);
* both next to the same document built the way python-docx's documentation shows (its template opened
  each time, paragraphs, runs and styles through its setters, tables by ``add_row()``, ``doc.save()``);
* a 1,000-task plan built and saved, next to the same plan whose table is built the way python-docx's
  documentation shows (``table.add_row()`` then ``row.cells`` per row) - the same document otherwise;
* the plan table alone, 1,000 rows: the kit's row cloning against ``add_row()`` + ``row.cells``;
* the plan table alone with ``table.cell(r, c)`` per cell as the baseline: quadratic (it rebuilds the
  cell grid on every call: ~23 s for 200 rows, minutes for 500), so it runs on a few rows only;
* the example minutes converted to PDF through LibreOffice, when it is installed (full mode only): the
  first conversion (the warm LibreOffice starting) next to the following ones (kept warm), with a fresh
  ``soffice --convert-to`` per document as the baseline;
* the print preview of the example minutes: from the request to the preview window painted with the
  pages (build, PDF, page images, dialog), first and following (the meeting edited before each, so
  that every preview converts), and again with nothing changed (the pages made before are reused).

Targets are those of issue 17: the example minutes 150 ms, the busiest meeting's minutes 500 ms, the
plan 1 s, PDF after the first 1.5 s, print preview 2 s (p95).

The given database is only read. Tasks of the plan are made here (deterministic, varied Vietnamese
texts), so the figure does not depend on what the database holds.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from benchmarks.common import Row, busiest_meeting, row, timed, unavailable  # noqa: E402
from minutes.domain.status import task_status  # noqa: E402
from minutes.export import docx_kit as kit  # noqa: E402
from minutes.export import pdf  # noqa: E402
from minutes.export.documents import Options, build, export_meeting, save_docx  # noqa: E402
from minutes.export.plan_doc import PLAN_COLS_MM, PlanText, build_plan  # noqa: E402
from minutes.export.profile import OrgProfileData  # noqa: E402
from minutes.export.text import clean_xml_text  # noqa: E402
from minutes.services import Actor, Database, Services  # noqa: E402
from minutes.services.dto import TaskDTO  # noqa: E402

TODAY = date(2021, 3, 1)
PLAN_TASKS = 1000
MINUTES_TARGET_MS = 150.0
BUSIEST_TARGET_MS = 500.0
PLAN_TARGET_MS = 1000.0
TABLE_TARGET_MS = 1000.0
PDF_TARGET_MS = 1500.0
PREVIEW_TARGET_MS = 2000.0

_UNITS = ("Phòng Quản lý đô thị", "Phòng Tài nguyên và Môi trường", "Phòng Tài chính - Kế hoạch",
          "Ủy ban nhân dân phường Long Biên", "Đảng ủy phường Long Biên", "Ban Quản lý dự án đầu tư xây dựng quận",
          "Trung tâm Phát triển quỹ đất quận", "Công an phường Long Biên")  # fmt: skip
_VERBS = ("Rà soát, xử lý dứt điểm", "Tổng hợp, báo cáo", "Xây dựng kế hoạch", "Kiểm tra, đôn đốc",
          "Tham mưu giải quyết")  # fmt: skip
_SUBJECTS = ("vi phạm trật tự xây dựng trên địa bàn", "kiến nghị của cử tri về vệ sinh môi trường",
             "tiến độ giải phóng mặt bằng các dự án trọng điểm", "hồ sơ cấp giấy chứng nhận quyền sử dụng đất",
             "công tác thu ngân sách nhà nước năm 2021", "tình trạng lấn chiếm vỉa hè, lòng đường")  # fmt: skip


def plan_tasks(n: int) -> list[TaskDTO]:
    """``n`` varied tasks of three priorities, as a big follow-up plan holds them."""
    tasks = []
    for i in range(n):
        deadline = date(2021, 3, 31) + timedelta(days=(i * 7) % 270)
        text = f"{_VERBS[i % 5]} {_SUBJECTS[i % 6]} (nội dung {i + 1}), báo cáo kết quả về Văn phòng Quận ủy."
        tasks.append(TaskDTO(
            id=i + 1, meeting_id=1, meeting_title="", meeting_date=date(2021, 1, 19), position=i, text=text,
            source_kind=None, source_id=None, lead_unit_id=None, lead_unit_name=_UNITS[i % 8],
            coordinating_unit_ids=(), coordinating_unit_names=(_UNITS[(i + 3) % 8], _UNITS[(i + 5) % 8]),
            responsible_id=None, responsible_name="", deadline=deadline, priority=("high", "medium", "low")[i % 3],
            expected_product=f"Báo cáo kết quả {_SUBJECTS[i % 6]}", progress=0, completed_on=None,
            cancelled_on=None, cancel_reason=None, version=1,
            status=task_status(deadline=deadline, completed_on=None, cancelled=False, progress=0, today=TODAY),
        ))  # fmt: skip
    return tasks


def naive_table(container: Any, header: Sequence[str], rows: Any, cols_mm: Sequence[float], *,
                font_size: float, header_bold: bool = True, col_align: Any = None, cell_access: bool = False) -> Any:  # fmt: skip
    """The table as python-docx's documentation builds it: ``add_row()`` then ``row.cells`` (or
    ``table.cell(r, c)`` with ``cell_access``), text set per cell. Same signature as ``kit.fast_table``."""
    table = container.add_table(rows=1, cols=len(cols_mm))
    table.style = None
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for r, values in enumerate(rows, start=1):
        new_row = table.add_row()
        cells = [table.cell(r, c) for c in range(len(cols_mm))] if cell_access else new_row.cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = str(value)
    return table


@contextlib.contextmanager
def naive_tables() -> Iterator[None]:
    """Build every data table of a document through :func:`naive_table` (the rest stays the same)."""
    original = kit.fast_table
    kit.fast_table = naive_table  # type: ignore[assignment]
    try:
        yield
    finally:
        kit.fast_table = original


def naive_new_document(family: Any, *, landscape: bool = False) -> Any:
    """``kit.new_document`` without its kept template: python-docx opens and parses its own each time."""
    return kit._set_up_document(family, landscape=landscape)


def naive_add_run(paragraph: Any, text: str, *, size: float | None = None, bold: bool | None = None,
                  italic: bool | None = None, underline: bool | None = None) -> Any:  # fmt: skip
    """``kit.add_run`` through python-docx's ``paragraph.add_run()`` and font setters."""
    run = paragraph.add_run(clean_xml_text(text))
    kit.set_run_font(run, name=kit.FONT_NAME, size=size, bold=bold, italic=italic, underline=underline)
    return run


def naive_add_paragraph(container: Any, text: str, *, size: float | None = None, bold: bool | None = None,
                        italic: bool | None = None, underline: bool | None = None, align: Any = None,
                        indent_first: Any = None, space_before: Any = None, space_after: Any = None,
                        keep_with_next: bool = False, style: str | None = None) -> Any:  # fmt: skip
    """``kit.add_paragraph`` through python-docx's public API: ``add_paragraph()``, ``paragraph.style``,
    the paragraph format setters, then :func:`naive_add_run` (the same XML)."""
    from docx.table import _Cell

    in_cell = isinstance(container, _Cell)
    bare = in_cell and [len(p._p) for p in container.paragraphs] == [0]
    paragraph = container.paragraphs[0] if bare else container.add_paragraph()
    style = style or (kit.CELL_STYLE if in_cell else None)
    if style is not None:
        paragraph.style = style
    pf = paragraph.paragraph_format
    if align is not None:
        pf.alignment = kit._ALIGN[align]
    if indent_first is not None:
        pf.first_line_indent = indent_first
    if space_before is not None:
        pf.space_before = space_before
    if space_after is not None:
        pf.space_after = space_after
    if keep_with_next:
        pf.keep_with_next = True
    if text:
        naive_add_run(paragraph, text, size=size, bold=bold, italic=italic, underline=underline)
    if size is not None:
        kit._mark_size(paragraph, size)
    return paragraph


def naive_save(doc: Any, stream: Any) -> None:
    doc.save(stream)


@contextlib.contextmanager
def naive_python_docx() -> Iterator[None]:
    """Build and save documents the way python-docx's documentation shows (the same document): its
    template opened for each, paragraphs, runs and styles through its public setters, tables by
    ``add_row()`` + ``row.cells``, ``doc.save()``."""
    swaps = {"new_document": naive_new_document, "add_paragraph": naive_add_paragraph, "add_run": naive_add_run,
             "fast_table": naive_table, "save": naive_save}  # fmt: skip
    originals = {name: getattr(kit, name) for name in swaps}
    for name, swap in swaps.items():
        setattr(kit, name, swap)
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(kit, name, original)


def _table_rows(tasks: Sequence[TaskDTO]) -> list[list[str]]:
    return [[str(i), t.text, t.lead_unit_name, "\n".join(t.coordinating_unit_names), f"{t.deadline:%d/%m/%Y}",
             t.expected_product, t.priority, ""] for i, t in enumerate(tasks, start=1)]  # fmt: skip


def _header() -> list[str]:
    return ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm",
            "Mức độ ưu tiên", "Ghi chú"]  # fmt: skip


def run(db_url: str, quick: bool = False) -> list[Row]:
    repeat, base_repeat, cell_rows = (2, 1, 40) if quick else (9, 3, 150)
    rows: list[Row] = []
    profile = OrgProfileData()
    with tempfile.TemporaryDirectory(prefix="minutes-bench-export-") as work_dir:
        work = Path(work_dir)
        example_db = Database(str(work / "example.sqlite3"), clock=lambda: TODAY)
        try:
            services = Services(example_db, Actor("benchmark"))
            meeting_id = services.demo.load()

            def example_minutes() -> None:
                export_meeting(
                    services, meeting_id, "minutes", work / "bien-ban.docx", options=Options(family="party")
                )

            def naive_minutes() -> None:
                with naive_python_docx():
                    example_minutes()

            rows.append(row("export: example minutes (read, build, save DOCX)", timed(example_minutes, repeat),
                            baseline_name="same minutes by python-docx's public API (template, setters, add_row, save)",
                            baseline=timed(naive_minutes, repeat), target=MINUTES_TARGET_MS,
                            note="Long Biên 19/01/2021, party layout"))  # fmt: skip
            if quick or not pdf.available():
                why = "skipped in quick mode" if quick else "LibreOffice is not installed"
                rows.append(unavailable("export: example minutes to PDF (LibreOffice)", why))
            else:
                rows += _pdf_rows(services, meeting_id, work)
                rows += _preview_rows(services, meeting_id, work)
        finally:
            example_db.close()

        rows += _office_minutes(db_url, work, repeat)

        tasks = plan_tasks(PLAN_TASKS)
        text = PlanText("Thực hiện kết luận tại hội nghị ngày 19/01/2021", "Cụ thể hóa kết luận.", 2021)

        def plan(path: Path) -> None:
            save_docx(build_plan(tasks, profile, "party", text), path)

        def naive_plan() -> None:
            with naive_tables():
                plan(work / "ke-hoach-naive.docx")

        rows.append(row(f"export: {PLAN_TASKS:,}-task plan (build, save DOCX)", timed(lambda: plan(work / "kh.docx"), repeat),
                        baseline_name="same plan, table by python-docx add_row() + row.cells",
                        baseline=timed(naive_plan, base_repeat, warm=0), target=PLAN_TARGET_MS))  # fmt: skip

        data = _table_rows(tasks)

        def table_fast(n: int) -> None:
            kit.fast_table(
                kit.new_document("party", landscape=True), _header(), data[:n], PLAN_COLS_MM, font_size=12
            )

        def table_naive(n: int, cell_access: bool) -> None:
            naive_table(kit.new_document("party", landscape=True), _header(), data[:n], PLAN_COLS_MM, font_size=12,
                        cell_access=cell_access)  # fmt: skip

        rows.append(row(f"plan table, {PLAN_TASKS:,} rows: kit.fast_table", timed(lambda: table_fast(PLAN_TASKS), repeat),
                        baseline_name="python-docx add_row() + row.cells",
                        baseline=timed(lambda: table_naive(PLAN_TASKS, False), base_repeat, warm=0),
                        target=TABLE_TARGET_MS))  # fmt: skip
        rows.append(row(f"plan table, {cell_rows} rows: kit.fast_table", timed(lambda: table_fast(cell_rows), repeat),
                        baseline_name=f"python-docx add_row() + table.cell(r, c), {cell_rows} rows",
                        baseline=timed(lambda: table_naive(cell_rows, True), 1, warm=0), target=TABLE_TARGET_MS,
                        note="table.cell() is quadratic: too slow to run at 1,000 rows"))  # fmt: skip
    return rows


def _office_minutes(db_url: str, work: Path, repeat: int) -> list[Row]:
    name = "export: minutes of the busiest meeting (office database)"
    try:
        meeting_id = busiest_meeting(db_url)
    except RuntimeError as exc:
        return [unavailable(name, str(exc))]
    db = Database(db_url, migrate=False, clock=lambda: TODAY)
    try:
        services = Services(db, Actor("benchmark"))
        meeting = services.meetings.get(meeting_id)
        profile = services.profile.get_default().data

        def minutes() -> None:
            detail = services.meetings.get(meeting_id)
            save_docx(build("minutes", detail, profile, "party", as_of=TODAY), work / "busiest.docx")

        def naive_minutes() -> None:
            with naive_python_docx():
                minutes()

        note = f"{len(meeting.contributions)} contributions, {len(meeting.tasks)} tasks"
        return [row(name, timed(minutes, repeat), target=BUSIEST_TARGET_MS, note=note,
                    baseline_name="same minutes by python-docx's public API (template, setters, add_row, save)",
                    baseline=timed(naive_minutes, 3 if repeat > 2 else 1))]  # fmt: skip
    finally:
        db.close()


def _pdf_rows(services: Services, meeting_id: int, work: Path) -> list[Row]:
    """The first conversion (the warm LibreOffice starts), then the following ones, next to a fresh
    soffice process per document (``MINUTES_PDF_WARM=0``)."""
    import importlib
    import os
    import time

    try:
        pdf_warm: Any = importlib.import_module("minutes.export.pdf_warm")
    except ImportError:  # an app without the warm LibreOffice (the figures before issue 17)
        pdf_warm = None

    def to_pdf() -> None:
        export_meeting(services, meeting_id, "minutes", work / "bien-ban.pdf", as_pdf=True)

    if pdf_warm is not None:
        pdf_warm.shutdown()
    started = time.perf_counter()
    to_pdf()
    first = [(time.perf_counter() - started) * 1000]
    warm = pdf_warm is not None and pdf_warm._office is not None and pdf_warm._office.alive()
    following = timed(to_pdf, 7, warm=0)
    os.environ["MINUTES_PDF_WARM"] = "0"
    try:
        fresh = timed(to_pdf, 3, warm=0)
    finally:
        os.environ.pop("MINUTES_PDF_WARM", None)
    how = "LibreOffice kept warm (UNO)" if warm else "no Python with uno: a fresh soffice each time"
    base = {"baseline_name": "a fresh soffice --convert-to per document", "baseline": fresh}
    return [
        row("export: example minutes to PDF, first (LibreOffice starting)", first, **base, note=how),
        row(
            "export: example minutes to PDF, after the first",
            following,
            **base,
            target=PDF_TARGET_MS,
            note=how,
        ),
    ]


def _preview_rows(services: Services, meeting_id: int, work: Path) -> list[Row]:
    """Print preview of the example minutes: the document built, converted, its pages rendered and the
    preview window painted (what the user waits for after choosing Print preview)."""
    import importlib
    import time

    from benchmarks.qt_probe import application
    from minutes.ui.export_jobs import MeetingSource, Request, pages_job
    from minutes.ui.print_preview import open_preview

    if pdf.find_pdftoppm() is None:
        return [unavailable("print preview of the example minutes", "poppler's pdftoppm is not installed")]
    app = application()
    request = Request(MeetingSource(meeting_id), "minutes", "party", None, None)

    def show(pages: Any) -> None:
        dialog = open_preview(None, pages, "preview")
        dialog.repaint()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()
        app.processEvents()

    edits = iter(range(1, 1000))

    def preview() -> None:
        # the meeting changed since the last preview (an app that keeps the pages of an unchanged
        # document would otherwise not convert it again): the whole path, every time
        services.meetings.update(meeting_id, location=f"Hội trường số {next(edits)}, trụ sở Quận ủy")
        show(pages_job(services, request, work, dpi=110))

    def preview_again() -> None:
        show(pages_job(services, request, work, dpi=110))

    try:
        importlib.import_module("minutes.export.pdf_warm").shutdown()
    except ImportError:
        pass
    started = time.perf_counter()
    preview()
    first = [(time.perf_counter() - started) * 1000]
    return [
        row("print preview of the example minutes, first (LibreOffice starting)", first),
        row(
            "print preview of the example minutes, after the first",
            timed(preview, 5, warm=0),
            target=PREVIEW_TARGET_MS,
            note="the meeting edited before each preview: built, converted and rendered every time",
        ),
        row(
            "print preview of the example minutes again, nothing changed since",
            timed(preview_again, 5, warm=0),
            target=PREVIEW_TARGET_MS,
            note="the document is built; its pages, made before, are shown again",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="database (SQLAlchemy URL or SQLite file) with meetings")
    parser.add_argument("--quick", action="store_true", help="few repetitions, no PDF")
    args = parser.parse_args()
    for item in run(args.url, args.quick):
        base = (
            f"   vs {item['baseline_name']}: {item['baseline_median_ms']} ms"
            if item.get("baseline_name")
            else ""
        )
        print(f"{item['name']}: median {item['median_ms']} ms, p95 {item['p95_ms']} ms{base}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
