"""Search latency on 1,000,000 searchable rows, next to a LIKE scan over the same folded text.

    python benchmarks/bench_search.py [--url URL] [--quick]

``run(db_url, quick)`` returns one row per query class (and one over all of them): the median and p95
of ``SearchService.search`` end to end (parse, index query, ranking, context joins, highlighted
snippets), and of the LIKE baseline: ``folded LIKE '%word%'`` for every word (the whole phrase for a
quoted one), newest first, 50 rows, SQL only (no snippets), which is what the lists did before.

The rows: a database already holding records (e.g. made by ``benchmarks/generate.py``) is indexed with
the app's own rebuild if needed and used as it is. An empty database gets ``search_entries`` rows made
here, fast: Vietnamese administrative text drawn from a word bank with Zipf-like frequencies, index
only (no meetings behind them; ``minutes reindex`` on that database would empty the index).
The query classes below say what the figures cover; "one common word" matches about a third of the rows.
"""

from __future__ import annotations

import argparse
import io
import itertools
import random
import statistics
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from minutes.db import models as m  # noqa: E402
from minutes.search.entries import KINDS, search_text  # noqa: E402
from minutes.search.indexer import TABLE, bulk_load, rebuild_on  # noqa: E402
from minutes.search.query import parse  # noqa: E402
from minutes.services import Actor, Database, Services  # noqa: E402

TARGET_MS = 30.0
FULL_ROWS = 1_000_000
QUICK_ROWS = 20_000
DEFAULT_URL = f"sqlite:///{Path(__file__).resolve().parent / 'data' / 'search-1m.sqlite3'}"

# What people type, by class. The GUI searches as they type: the last word counts as a prefix.
QUERIES: dict[str, list[str]] = {
    "words": [
        "giải phóng mặt bằng",
        "ngân sách nhà nước",
        "an toàn thực phẩm",
        "trật tự đô thị",
        "phòng chống dịch",
        "cải cách hành chính",
    ],
    "phrase": ['"giai phong mat bang"', '"trat tu do thi"', '"ho ngheo"', '"xay dung nong thon moi"'],
    "typing prefix": ["giai pho", "ngan sa", "ve sinh moi tr", "thanh t", "kiem tr", "dinh"],
    "rare words": ["Đường Hoài Nam", "19.885.177.001", "kiosk chợ Long Biên", "biển quảng cáo"],
    "one common word": ["phường", "công tác", "UBND"],
}

# --- a word bank with realistic frequencies -----------------------------------------------------------

BANK = """phường|UBND|công tác|triển khai|thực hiện|đề nghị|báo cáo|kế hoạch|nhiệm vụ|năm 2021|đảm bảo|
các đơn vị|trên địa bàn|tổ dân phố|quận|chỉ đạo|kết quả|tăng cường|kiểm tra|rà soát|đồng chí|Đảng ủy|
hoàn thành|tiến độ|giải phóng mặt bằng|trật tự đô thị|xây dựng|quản lý|đất đai|nhân dân|cán bộ|
chính quyền|phối hợp|Mặt trận Tổ quốc|đoàn thể|ngân sách nhà nước|thu ngân sách|chi thường xuyên|
dự án|đầu tư công|giải ngân|vốn|hồ sơ|thủ tục hành chính|cải cách hành chính|một cửa|dịch vụ công|
vệ sinh môi trường|rác thải|cây xanh|chiếu sáng|thoát nước|ngập úng|giao thông|vỉa hè|lòng đường|
lấn chiếm|vi phạm|xử lý|cưỡng chế|biên bản|quyết định|thông báo|kết luận|kiến nghị|đề xuất|
phòng chống dịch|Covid-19|tiêm chủng|y tế|trạm y tế|bảo hiểm y tế|an toàn thực phẩm|chợ|hộ kinh doanh|
giáo dục|trường mầm non|trường tiểu học|học sinh|giáo viên|văn hóa|thể thao|gia đình văn hóa|
hộ nghèo|cận nghèo|chính sách|người có công|an sinh xã hội|trợ cấp|lao động|việc làm|
an ninh trật tự|công an phường|quân sự|tuyển quân|phòng cháy chữa cháy|tội phạm|ma túy|
xây dựng nông thôn mới|quy hoạch|cấp phép xây dựng|giấy chứng nhận|sổ đỏ|bồi thường|hỗ trợ|tái định cư|
thẩm định|phê duyệt|đơn giá|khối lượng|nghiệm thu|bàn giao|quyết toán|tháng 6|quý III|cuối năm|
Long Biên|Bồ Đề|Ngọc Thụy|Gia Thụy|Phúc Đồng|Việt Hưng|Thạch Bàn|Cự Khối|Sài Đồng|Đức Giang|
khẩn trương|nghiêm túc|kịp thời|đúng quy định|chưa đạt|còn chậm|vướng mắc|khó khăn|tồn tại|hạn chế|
nguyên nhân|giải pháp|trách nhiệm|người đứng đầu|chủ trì|phối hợp thực hiện|tham mưu|đôn đốc|
Nguyễn Văn Hùng|Trần Thị Lan|Lê Đức Định|Phạm Minh Tuấn|Đặng Thu Hà|Đinh Quang Thắng|Vũ Ngọc Mai|
hội nghị|giao ban|sơ kết|tổng kết|chuyên đề|thường trực|ban thường vụ|chi bộ|đảng viên|nghị quyết|
kiosk|điểm trông giữ xe|biển quảng cáo|công trình|nhà văn hóa|sân chơi|ao hồ|đê điều|mùa mưa bão"""
WORDS = [w.strip() for w in BANK.replace("\n", "").split("|") if w.strip()]
RARE = ["Đường Hoài Nam", "19.885.177.001", "kiosk chợ Long Biên"]


_ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "p",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
_RHYMES = [
    "a",
    "ai",
    "am",
    "an",
    "ang",
    "anh",
    "ao",
    "au",
    "ay",
    "e",
    "em",
    "en",
    "eo",
    "i",
    "ia",
    "im",
    "in",
    "inh",
    "iu",
    "o",
    "oa",
    "oai",
    "oan",
    "oang",
    "oi",
    "om",
    "on",
    "ong",
    "u",
    "ua",
    "ui",
    "um",
    "un",
    "ung",
    "uy",
    "uyên",
    "ương",
    "ươi",
    "ưa",
    "ư",
    "ên",
    "ênh",
    "ôi",
    "ông",
    "ơi",
    "ăn",
    "ăng",
    "âm",
    "ân",
    "âu",
]
_TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]


def vocabulary(seed: int = 3) -> list[str]:
    """The phrase bank first (the most frequent), then a long tail of Vietnamese-looking syllables."""
    tail: set[str] = set()
    for onset in _ONSETS:
        for rhyme in _RHYMES:
            for tone in _TONES:
                syllable = onset + rhyme[0] + tone + rhyme[1:]
                tail.add(unicodedata.normalize("NFC", syllable))
    rest = sorted(tail - set(WORDS))
    random.Random(seed).shuffle(rest)
    return WORDS + rest


def synthetic_rows(count: int, seed: int = 7) -> Any:
    """``count`` rows for ``search_entries``, spread over the kinds, ids following the table's.

    Words are drawn with Zipf-like frequencies (weight 1/(rank + 10)) from :func:`vocabulary`: the
    commonest phrase is in about a third of the rows, a tail syllable in a few hundred.
    """
    rng = random.Random(seed)
    words = [(w, search_text(w)) for w in vocabulary()]
    cumulative = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(words))))
    rare = [(w, search_text(w)) for w in RARE]
    kind_cycle = [k for k in KINDS for _ in range(3 if k in ("contribution", "task", "progress") else 1)]
    for n in range(count):
        kind = kind_cycle[n % len(kind_cycle)]
        picked = rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 45))
        title_words = picked[:4] if kind in ("meeting", "report", "figure", "recommendation") else []
        if n % 50_000 == 7:
            picked.append(rng.choice(rare))
        yield {
            "kind": kind,
            "entity_id": n + 1,
            "meeting_id": n // 40 + 1,
            "task_id": n // 4 + 1 if kind in ("task", "progress") else None,
            "title": " ".join(w for w, _ in title_words),
            "body": " ".join(w for w, _ in picked),
            "folded_title": " ".join(f for _, f in title_words),
            "folded": " ".join(f for _, f in title_words + picked),
        }


def _copy_postgres(connection: Connection, rows: Any) -> None:
    columns = ("kind", "entity_id", "meeting_id", "task_id", "title", "body", "folded_title", "folded")
    raw = connection.connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY search_entries ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row([row[c] for c in columns])


def generate(db: Database, count: int, say: Any = print) -> None:
    started = time.perf_counter()
    with db.engine.begin() as connection, bulk_load(connection):
        connection.execute(TABLE.delete())
        if db.is_sqlite:
            batch: list[dict[str, Any]] = []
            for row in synthetic_rows(count):
                batch.append(row)
                if len(batch) == 50_000:
                    connection.execute(TABLE.insert(), batch)
                    batch = []
            if batch:
                connection.execute(TABLE.insert(), batch)
        else:
            _copy_postgres(connection, synthetic_rows(count))
    if not db.is_sqlite:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE search_entries")
    say(f"generated {count:,} search rows in {time.perf_counter() - started:.1f} s")


def prepare(db: Database, wanted: int, say: Any = print) -> int:
    """Make sure the database has searchable rows; returns how many."""

    def entries() -> int:
        with db.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(TABLE)).scalar_one())

    found = entries()
    if found >= wanted:
        return found
    with db.engine.connect() as connection:
        records = sum(
            int(connection.execute(select(func.count()).select_from(model)).scalar_one())
            for model in (m.Meeting, m.Contribution, m.Task, m.ProgressUpdate, m.Person)
        )
    if records:  # real records (generate.py): index them with the app's own rebuild, use what there is
        if found < records:
            started = time.perf_counter()
            with db.engine.begin() as connection:
                rebuild_on(connection)
            say(f"indexed the records in {time.perf_counter() - started:.1f} s")
        return entries()
    generate(db, wanted, say)
    return entries()


# --- measuring ------------------------------------------------------------------------------------------


def like_baseline(db: Database, query: str) -> Any:
    """The LIKE scan: every word (or quoted phrase) as a substring of the folded text, newest first."""
    terms = [" ".join(t.tokens) for t in parse(query).terms]
    where = " AND ".join(f"folded LIKE :t{i}" for i in range(len(terms)))
    stmt = text(
        f"SELECT id, kind, entity_id, title FROM search_entries WHERE {where} ORDER BY id DESC LIMIT 50"
    )
    params = {f"t{i}": f"%{term}%" for i, term in enumerate(terms)}

    def call() -> int:
        with db.engine.connect() as connection:
            return len(connection.execute(stmt, params).all())

    return call


def _time(call: Any, repeat: int) -> list[float]:
    call()  # warm the caches
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _row(name: str, fast: list[float], slow: list[float], rows: int) -> dict[str, Any]:
    return {
        "name": f"search: {name}",
        "median_ms": round(statistics.median(fast), 2),
        "p95_ms": round(_p95(fast), 2),
        "baseline_name": f"LIKE scan: {name}",
        "baseline_median_ms": round(statistics.median(slow), 2),
        "baseline_p95_ms": round(_p95(slow), 2),
        "target_ms": TARGET_MS,
        "rows": rows,
    }


def run(db_url: str, quick: bool = False) -> list[dict[str, Any]]:
    """Measure; ``quick``: a small dataset and few repetitions (checks the benchmark works)."""
    db = Database(db_url)
    try:
        rows = prepare(db, QUICK_ROWS if quick else FULL_ROWS)
        services = Services(db, Actor("benchmark"))
        service = services.search
        repeat, base_repeat = (3, 2) if quick else (15, 3)
        # on screen first: its first query of each kind is the first this process asks (cold)
        results: list[dict[str, Any]] = on_screen(services, quick)
        every_fast: list[float] = []
        every_slow: list[float] = []
        every_grouped: list[float] = []
        for name, queries in QUERIES.items():
            fast: list[float] = []
            slow: list[float] = []
            grouped: list[float] = []
            for query in queries:
                fast += _time(lambda q=query: service.search(q), repeat)
                slow += _time(like_baseline(db, query), base_repeat)
                grouped += _time(lambda q=query: service.grouped(q), repeat)
            results.append(_row(name, fast, slow, rows))
            # what the dialog runs: every kind counted in the index, the best of each kind
            results.append(_row(f"{name}, grouped by kind with counts", grouped, slow, rows))
            every_fast += fast
            every_slow += slow
            every_grouped += grouped
        results.append(_row("all queries", every_fast, every_slow, rows))
        results.append(_row("all queries, grouped by kind with counts", every_grouped, every_slow, rows))
        return results
    finally:
        db.close()


def on_screen(services: Services, quick: bool) -> list[dict[str, Any]]:
    """What the user waits for in the search dialog: from the last key typed to the end of the first
    paint of the result list that shows its results, the debounce (``DEBOUNCE_MS`` of the dialog, 150
    ms) included. Each query typed key by key into the real dialog; the first time each kind of query is
    typed (nothing of it cached) next to the following times.

    The clock stops in the list's own paint event (an event filter paints the list there and reads the
    clock after it): the first paint once the status says the results are in. Between the keys and the
    paint the benchmark's event loop sleeps until an event comes, as the application's does (a loop
    polling ``processEvents`` would keep one of the machine's CPUs busy, away from the search's thread).
    The counts per kind that follow are not waited for: the next query is typed while they may still run.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtGui import QUndoStack

    from benchmarks.common import row
    from benchmarks.qt_probe import application, key
    from minutes.ui.bus import DataBus
    from minutes.ui.context import UiContext
    from minutes.ui.search.dialog import DEBOUNCE_MS, SearchDialog

    app = application()
    ctx = UiContext(services, DataBus(services.db), QUndoStack())
    dialog = SearchDialog(ctx)
    dialog.resize(720, 520)
    dialog.show()
    searching = dialog.tr("Searching…")
    target = DEBOUNCE_MS + TARGET_MS

    class PaintClock(QObject):
        """Reads the clock at the end of the list's first paint after the results are in."""

        def __init__(self) -> None:
            super().__init__()
            self.armed = False
            self.painted: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if self.armed and event.type() == QEvent.Type.Paint and results_in():
                self.armed = False
                dialog.view.viewportEvent(event)  # the list's own paint, now
                self.painted = time.perf_counter()
                return True
            return False

    def results_in() -> bool:
        return dialog.status.text() not in ("", searching)

    def wait(condition: Any, timeout_s: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the benchmark waited too long")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    clock = PaintClock()
    dialog.view.viewport().installEventFilter(clock)
    heartbeat = QTimer()  # wakes the waiting loop to check its deadline
    heartbeat.start(100)
    out: list[dict[str, Any]] = []
    try:
        for name, every in QUERIES.items():
            queries = every[:1] if quick else every  # quick: one query of each kind (CI checks it works)
            first: list[float] = []
            warm: list[float] = []
            for attempt in range(2 if quick else 4):
                for query in queries:
                    dialog.edit.clear()
                    wait(lambda: not dialog.timer.isActive() and not dialog.status.text())
                    for char in query[:-1]:
                        key(dialog.edit, char)
                    clock.armed, clock.painted = True, None
                    started = time.perf_counter()
                    key(dialog.edit, query[-1])
                    wait(lambda: clock.painted is not None)
                    assert clock.painted is not None
                    (first if attempt == 0 else warm).append((clock.painted - started) * 1000)
            note = f"debounce {DEBOUNCE_MS} ms included"
            out.append(row(f"search on screen: {name}, last key to results painted, first time", first,
                           target=target, note=note))  # fmt: skip
            out.append(row(f"search on screen: {name}, last key to results painted", warm, target=target,
                           note=note))  # fmt: skip
    finally:
        heartbeat.stop()
        dialog.view.viewport().removeEventFilter(clock)
        dialog.shutdown()
        dialog.close()
        ctx.bus.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=DEFAULT_URL, help="database (SQLAlchemy URL or SQLite file)")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows, few repetitions")
    args = parser.parse_args()
    out = io.StringIO()
    rows = run(args.url, args.quick)
    out.write(f"{rows[0]['rows']:,} searchable rows, target p95 {TARGET_MS:g} ms\n")
    out.write(f"{'':28}{'median':>9}{'p95':>9}   {'LIKE median':>11}{'LIKE p95':>10}\n")
    for row in rows:
        out.write(
            f"{row['name']:28}{row['median_ms']:>9.2f}{row['p95_ms']:>9.2f}   "
            f"{row['baseline_median_ms']:>11.2f}{row['baseline_p95_ms']:>10.2f}\n"
        )
    print(out.getvalue(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
