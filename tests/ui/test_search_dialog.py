"""The global search as a person uses it: Ctrl+K, type Vietnamese (or not), see hits by kind, Enter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget

from minutes.services import Services
from minutes.ui.app import make_context
from minutes.ui.context import UiContext
from minutes.ui.search import SearchDialog, install_search
from minutes.ui.search.model import HTML_ROLE, RESULT_ROLE
from minutes.ui.search.worker import SearchRunner


# Typing as an input method delivers it (QTest.keyClicks loses ă, đ, ơ, ư and U+1Exx letters).
def type_text(widget: QWidget, text: str, *, form: str = "NFC", by: str = "word") -> None:
    """Commit ``text`` into ``widget`` in the given Unicode form, a word (or a character) at a time."""
    text = unicodedata.normalize(form, text)
    if by == "char":
        pieces: list[str] = []
        for ch in text:  # a base letter keeps its combining marks
            if pieces and unicodedata.combining(ch):
                pieces[-1] += ch
            else:
                pieces.append(ch)
    else:
        pieces = [w + " " for w in text.split(" ")]
        pieces[-1] = pieces[-1][:-1]
    for piece in pieces:
        if piece:
            event = QInputMethodEvent("", [])
            event.setCommitString(piece)
            QCoreApplication.sendEvent(widget, event)


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def data(services: Services) -> dict[str, int]:
    sv = services
    meeting = sv.meetings.create(
        "Họp bàn giải phóng mặt bằng", date(2021, 1, 19), location="Phường Long Biên"
    )
    person = sv.directory.create_person("ĐỊNH Văn Hùng", "Chủ tịch UBND phường")
    said = sv.items.add_contribution(
        meeting, speaker_id=person, text="Đề nghị đẩy nhanh tiến độ; việc định giá đất còn chậm."
    )
    task = sv.tasks.create(meeting, "Hoàn thành xác định ranh giới giải phóng mặt bằng")
    return {"meeting": meeting, "person": person, "contribution": said, "task": task}


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    context = make_context(services)
    yield context
    context.bus.close()


@pytest.fixture
def dialog(qtbot, ctx: UiContext, data: dict[str, int]) -> Iterator[SearchDialog]:
    d = SearchDialog(ctx)
    qtbot.addWidget(d)
    d.popup()
    qtbot.waitExposed(d)
    yield d
    d.shutdown()


def results_for(qtbot, dialog: SearchDialog, text: str, form: str = "NFC") -> None:
    dialog.edit.clear()
    type_text(dialog.edit, text, form=form)
    qtbot.waitUntil(
        lambda: (
            dialog.model.result_count() > 0
            and dialog.query() == unicodedata.normalize("NFC", text)
            and not dialog.timer.isActive()
            and dialog.status.text() != dialog.tr("Searching…")
            and not dialog.counting()  # the counts per kind have arrived
        ),
        timeout=5000,
    )


def hits(dialog: SearchDialog) -> list[tuple[str, int]]:
    model = dialog.model
    found = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            result = model.index(r, 0, group).data(RESULT_ROLE)
            found.append((result.kind, result.entity_id))
    return found


def test_typing_vietnamese_shows_hits_grouped_by_kind(
    qtbot, qtmodeltester, dialog: SearchDialog, data: dict[str, int]
) -> None:
    results_for(qtbot, dialog, "định ")
    assert sorted(dialog.model.kinds()) == ["contribution", "person", "task"]
    labels = [dialog.model.index(g, 0).data() for g in range(dialog.model.rowCount())]
    assert "People (1)" in labels and "Tasks (1)" in labels
    person_group = dialog.model.index(dialog.model.kinds().index("person"), 0)
    assert "<b>ĐỊNH</b> Văn Hùng" in dialog.model.index(0, 0, person_group).data(HTML_ROLE)
    said_group = dialog.model.index(dialog.model.kinds().index("contribution"), 0)
    rich = dialog.model.index(0, 0, said_group).data(HTML_ROLE)
    assert "việc <b>định</b> giá đất" in rich and "19/01/2021 · Họp bàn giải phóng mặt bằng" in rich
    assert dialog.status.text() == "3 result(s)"
    qtmodeltester.check(dialog.model)


def test_accents_and_input_forms_do_not_matter(qtbot, dialog: SearchDialog, data: dict[str, int]) -> None:
    results_for(qtbot, dialog, "giải phóng mặt bằng", form="NFD")  # Windows' Vietnamese keyboard
    nfd = hits(dialog)
    results_for(qtbot, dialog, "giai phong mat bang")
    assert hits(dialog) == nfd
    assert set(nfd) == {("meeting", data["meeting"]), ("task", data["task"])}


def test_enter_opens_the_chosen_hit(qtbot, dialog: SearchDialog, data: dict[str, int]) -> None:
    results_for(qtbot, dialog, "dinh ")
    assert dialog.current_result() is not None  # the first hit is preselected
    while dialog.current_result().kind != "task":  # type: ignore[union-attr]
        press(dialog.edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.open_requested, timeout=2000) as blocker:
        press(dialog.edit, Qt.Key.Key_Return)
    assert blocker.args == ["task", data["meeting"], data["task"], data["task"]]
    assert not dialog.isVisible()


def test_double_click_opens_a_contribution(qtbot, dialog: SearchDialog, data: dict[str, int]) -> None:
    results_for(qtbot, dialog, "gia dat")
    group = dialog.model.index(0, 0)
    index = dialog.model.index(0, 0, group)
    qtbot.waitUntil(lambda: dialog.view.visualRect(index).height() > 0, timeout=10_000)
    rect = dialog.view.visualRect(index)
    with qtbot.waitSignal(dialog.open_requested, timeout=2000) as blocker:
        QTest.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["contribution", data["meeting"], None, data["contribution"]]


def test_typing_fast_runs_one_query_after_the_pause(qtbot, dialog: SearchDialog) -> None:
    before = dialog.runner.generation
    type_text(dialog.edit, "giải phóng", by="char")
    assert dialog.runner.generation == before  # nothing yet: the pause (DEBOUNCE_MS) has not passed
    qtbot.waitUntil(lambda: dialog.model.result_count() == 2, timeout=5000)
    assert dialog.runner.generation == before + 1


def test_results_follow_changes_and_clearing(
    qtbot, dialog: SearchDialog, services: Services, data: dict[str, int]
) -> None:
    results_for(qtbot, dialog, "ranh gioi")
    assert hits(dialog) == [("task", data["task"])]
    services.items.add_conclusion(data["meeting"], "Giao phường xác định ranh giới")
    qtbot.waitUntil(lambda: len(hits(dialog)) == 2, timeout=5000)
    services.tasks.delete(data["task"])
    qtbot.waitUntil(lambda: [k for k, _ in hits(dialog)] == ["conclusion"], timeout=5000)
    dialog.edit.clear()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    assert dialog.status.text() == ""


def test_nothing_found_says_so(qtbot, dialog: SearchDialog) -> None:
    type_text(dialog.edit, "không có gì cả ")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Nothing found"), timeout=5000)
    assert dialog.model.rowCount() == 0


def test_stale_results_are_dropped(qtbot, services: Services, data: dict[str, int]) -> None:
    runner = SearchRunner(services.search.search)
    arrived: list[str] = []
    runner.finished.connect(lambda query, _results: arrived.append(query))
    runner.submit("dinh")
    runner.submit("giai phong")
    runner.wait(5000)
    qtbot.waitUntil(lambda: arrived == ["giai phong"], timeout=10_000)
    qtbot.wait(50)
    assert arrived == ["giai phong"]
    runner.shutdown()


def test_install_search_puts_it_on_ctrl_k_and_ctrl_f(qtbot, ctx: UiContext, data: dict[str, int]) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    opened: list[tuple[object, ...]] = []
    dialog = install_search(window, ctx)
    dialog.open_requested.connect(lambda *args: opened.append(args))
    assert [s.toString() for s in dialog.action.shortcuts()] == ["Ctrl+K", "Ctrl+F"]  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    results_for(qtbot, dialog, "mat bang")
    press(dialog.edit, Qt.Key.Key_Return)
    assert opened and opened[0][0] in ("meeting", "task")
    dialog.shutdown()


@pytest.fixture
def crowd(services: Services, data: dict[str, int]) -> dict[str, int]:
    """Many newer contributions that match "long bien", and one older unit that does too."""
    sv = services
    unit = sv.directory.create_unit("Phường Long Biên")
    meeting = sv.meetings.create("Giao ban tháng 3", date(2021, 3, 5))
    speaker = sv.directory.create_person("Trần Văn Nam", "Cán bộ")
    for n in range(560):  # more than the newest candidates ranked (500): the unit is behind them
        sv.items.add_contribution(meeting, speaker_id=speaker, text=f"Ý kiến {n} về địa bàn Long Biên")
    return {"unit": unit, "meeting": meeting}


def test_search_shows_every_kind_with_its_real_count_more_and_a_kind_filter(
    qtbot, qtmodeltester, dialog: SearchDialog, crowd: dict[str, int], fresh: Services
) -> None:
    from minutes.ui.search.model import MORE_ROLE

    results_for(qtbot, dialog, "long bien ")
    model = dialog.model
    kinds = model.kinds()
    # every kind that matches is there (the unit and the meeting of "Phường Long Biên" too), with its
    # real number of matches, read back from the index through a fresh connection
    assert {"contribution", "unit", "meeting"} <= set(kinds)
    real = fresh.search.grouped("long bien ").counts()
    assert real["contribution"] == 560
    labels = {kind: model.index(g, 0).data() for g, kind in enumerate(kinds)}
    assert labels["contribution"] == "Contributions (560)" and labels["unit"] == "Units (1)"
    # the best of each kind first: a title hit ("Phường Long Biên") before the long contributions
    unit_group = model.index(kinds.index("unit"), 0)
    assert model.index(0, 0, unit_group).data(RESULT_ROLE).entity_id == crowd["unit"]
    said = model.index(kinds.index("contribution"), 0)
    assert model.rowCount(said) == 6  # five hits and "Show more…"
    more = model.index(5, 0, said)
    assert more.data(MORE_ROLE) == "contribution" and "5 of 560" in more.data()
    total = sum(real.values())
    assert dialog.status.text() == f"{total} results; 7 shown, the best of each kind"
    qtmodeltester.check(model)

    # "Show more…" by keys: Down to it, Enter: a page more of that kind, the first new one selected
    while dialog.view.currentIndex() != more:
        press(dialog.edit, Qt.Key.Key_Down)
        more = model.index(5, 0, model.index(model.kinds().index("contribution"), 0))
    press(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.shown_of("contribution") == 55, timeout=5000)
    assert dialog.isVisible() and dialog.current_result().kind == "contribution"  # type: ignore[union-attr]

    # the kind box: one kind only, a page of it
    dialog.kind.setFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit"))
    qtbot.waitUntil(lambda: dialog.model.kinds() == ["unit"], timeout=5000)
    dialog.kind.setCurrentIndex(dialog.kind.findData("contribution"))
    qtbot.waitUntil(lambda: dialog.model.kinds() == ["contribution"], timeout=5000)
    assert dialog.model.shown_of("contribution") == 50

    # Enter opens the place of the chosen hit
    dialog.edit.setFocus()
    with qtbot.waitSignal(dialog.open_requested, timeout=2000) as blocker:
        press(dialog.edit, Qt.Key.Key_Return)
    assert blocker.args[0] == "contribution" and blocker.args[1] == crowd["meeting"]


def test_a_count_past_the_cap_says_so(
    qtbot, dialog: SearchDialog, services: Services, data: dict[str, int], monkeypatch
) -> None:
    """A kind with more matches than are counted shows "N+"; a kind at the cap or under it, its count."""
    from minutes.search import query
    from minutes.ui.search.model import MORE_ROLE

    monkeypatch.setattr(query, "COUNT_CAP", 6)  # the dialog counts up to 1,000; six are quicker to make
    for n in range(8):
        services.items.add_contribution(data["meeting"], text=f"Cắm mốc ranh giới thửa {n}")
    for n in range(5):  # with the task of the fixture: six tasks, exactly the cap
        services.tasks.create(data["meeting"], f"Đo đạc ranh giới khu {n}")
    results_for(qtbot, dialog, "ranh giới ")
    model = dialog.model
    labels = {kind: model.index(g, 0).data() for g, kind in enumerate(model.kinds())}
    assert labels == {"contribution": "Contributions (6+)", "task": "Tasks (6)"}
    said = model.index(model.kinds().index("contribution"), 0)
    more = model.index(5, 0, said)
    assert more.data(MORE_ROLE) == "contribution" and more.data() == "Show more… (5 of 6+ shown)"
    assert dialog.status.text() == "12+ results; 10 shown, the best of each kind"


def test_counts_are_written_in_the_language_s_number_format() -> None:
    from PySide6.QtWidgets import QApplication

    from minutes.ui.i18n import language
    from minutes.ui.search.model import grouped_number

    app = QApplication.instance()
    assert app is not None
    with language(app, "vi"):
        assert (grouped_number(1000, more=True), grouped_number(7986), grouped_number(12)) == (
            "1.000+",
            "7.986",
            "12",
        )
    with language(app, "en"):
        assert (grouped_number(1000, more=True), grouped_number(7986)) == ("1,000+", "7,986")


# --- the way to the screen: the query at a brief pause, the answer at the debounce, counts after paint ---


def shown(model) -> list[tuple[str, int]]:  # noqa: ANN001 - the dialog's model
    """The hits on screen, by kind and entity."""
    found = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            result = model.index(r, 0, group).data(RESULT_ROLE)
            if result is not None:
                found.append((result.kind, result.entity_id))
    return found


def test_the_answer_is_ready_before_the_pause_and_shown_at_it(
    qtbot, ctx: UiContext, data: dict[str, int]
) -> None:
    d = SearchDialog(ctx, debounce_ms=1500, query_after_ms=10)
    qtbot.addWidget(d)
    d.popup()
    qtbot.waitExposed(d)
    before = d.runner.generation
    type_text(d.edit, "giải phóng", by="char")
    # the query started at the brief pause and its answer came back while the debounce still runs...
    qtbot.waitUntil(lambda: d.runner.generation == before + 1 and not d.runner.busy, timeout=5000)
    assert d.timer.isActive() and d.model.rowCount() == 0 and d.status.text() == ""
    # ...and it is painted when the pause reaches the debounce, without a second query
    qtbot.waitUntil(lambda: d.model.result_count() == 2, timeout=5000)
    assert set(shown(d.model)) == {("meeting", data["meeting"]), ("task", data["task"])}
    assert d.runner.generation == before + 1
    d.shutdown()


def test_enter_before_the_pause_shows_the_answer_then_opens(
    qtbot, ctx: UiContext, data: dict[str, int]
) -> None:
    d = SearchDialog(ctx, debounce_ms=5000, query_after_ms=10)
    qtbot.addWidget(d)
    d.popup()
    qtbot.waitExposed(d)
    type_text(d.edit, "ranh giới")
    qtbot.waitUntil(lambda: d.runner.generation == 1 and not d.runner.busy, timeout=5000)
    press(d.edit, Qt.Key.Key_Return)  # the first Enter shows what the box asks at once
    assert shown(d.model) == [("task", data["task"])]
    with qtbot.waitSignal(d.open_requested, timeout=2000) as blocker:
        press(d.edit, Qt.Key.Key_Return)
    assert blocker.args == ["task", data["meeting"], data["task"], data["task"]]
    d.shutdown()


def test_escape_closes_the_dialog(qtbot, dialog: SearchDialog) -> None:
    results_for(qtbot, dialog, "dinh ")
    press(dialog.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_d_with_stroke_and_accents_fold_both_ways(qtbot, dialog: SearchDialog, data: dict[str, int]) -> None:
    results_for(qtbot, dialog, "ĐẤT", form="NFD")
    upper = hits(dialog)
    results_for(qtbot, dialog, "dat")
    assert hits(dialog) == upper == [("contribution", data["contribution"])]
    results_for(qtbot, dialog, "đinh ")
    assert {k for k, _ in hits(dialog)} == {"person", "contribution", "task"}


class Gate:
    """Holds the first search call of a runner in its thread until released (the others pass)."""

    def __init__(self, search) -> None:  # noqa: ANN001 - the runner's search function
        import threading

        self.search = search
        self.entered = threading.Event()
        self.release = threading.Event()
        self.calls: list[str] = []

    def __call__(self, query: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN204
        self.calls.append(query)
        if len(self.calls) == 1:
            self.entered.set()
            self.release.wait(10)
        return self.search(query, *args, **kwargs)


def test_a_late_first_page_is_never_shown_over_a_newer_query(
    qtbot, dialog: SearchDialog, data: dict[str, int]
) -> None:
    gate = Gate(dialog.runner.search)
    dialog.runner.search = gate
    seen: list[list[tuple[str, int]]] = []
    for signal in (dialog.model.modelReset, dialog.model.rowsInserted):
        signal.connect(lambda *_: seen.append(shown(dialog.model)))
    type_text(dialog.edit, "dinh ")
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)  # "dinh" is being searched and slow
    dialog.edit.clear()
    type_text(dialog.edit, "ranh giới")
    qtbot.waitUntil(lambda: dialog.timer.isActive() is False, timeout=5000)
    gate.release.set()  # "dinh" answers now, after the box changed
    qtbot.waitUntil(lambda: shown(dialog.model) == [("task", data["task"])], timeout=5000)
    qtbot.waitUntil(lambda: not dialog.counting(), timeout=5000)
    assert gate.calls == ["dinh ", "ranh giới"]
    assert all(state in ([], [("task", data["task"])]) for state in seen)  # "dinh"'s hits never shown
    assert shown(dialog.model) == [("task", data["task"])]


def test_late_counts_are_never_shown_over_a_newer_query(
    qtbot, dialog: SearchDialog, data: dict[str, int]
) -> None:
    gate = Gate(dialog.counter.search)
    dialog.counter.search = gate
    type_text(dialog.edit, "dinh ")
    qtbot.waitUntil(gate.entered.is_set, timeout=5000)  # the first page of "dinh" is shown; counts slow
    assert {k for k, _ in shown(dialog.model)} == {"person", "contribution", "task"}
    dialog.edit.clear()
    type_text(dialog.edit, "ranh giới")
    qtbot.waitUntil(lambda: shown(dialog.model) == [("task", data["task"])], timeout=5000)
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.counting() and "ranh giới" in gate.calls, timeout=5000)
    dialog.counter.wait(5000)
    qtbot.waitUntil(lambda: dialog.model.index(0, 0).data() == "Tasks (1)", timeout=5000)
    assert shown(dialog.model) == [("task", data["task"])]


def test_the_first_page_is_painted_before_the_counts_are_asked(
    qtbot, dialog: SearchDialog, data: dict[str, int]
) -> None:
    from PySide6.QtCore import QEvent, QObject

    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and dialog.model.result_count():
                order.append("painted")
            return False

    paints = Paints()
    dialog.view.viewport().installEventFilter(paints)
    submit = dialog.counter.submit
    dialog.counter.submit = lambda *a: (order.append("counts asked"), submit(*a))[1]  # type: ignore[method-assign]
    results_for(qtbot, dialog, "dinh ")
    assert order[:2] == ["painted", "counts asked"]
    labels = [dialog.model.index(g, 0).data() for g in range(dialog.model.rowCount())]
    assert "People (1)" in labels
    dialog.view.viewport().removeEventFilter(paints)


def test_a_hidden_dialog_still_counts(qtbot, ctx: UiContext, data: dict[str, int]) -> None:
    d = SearchDialog(ctx)  # never shown: nothing is painted, the counts come anyway
    qtbot.addWidget(d)
    type_text(d.edit, "ranh giới")
    qtbot.waitUntil(lambda: d.model.index(0, 0).data() == "Tasks (1)", timeout=5000)
    d.shutdown()


def test_the_list_is_not_rebuilt_when_the_hits_did_not_change(
    qtbot, dialog: SearchDialog, services: Services, data: dict[str, int]
) -> None:
    results_for(qtbot, dialog, "dinh ")
    while dialog.current_result().kind != "task":  # type: ignore[union-attr]
        press(dialog.edit, Qt.Key.Key_Down)
    resets: list[int] = []
    dialog.model.modelReset.connect(lambda: resets.append(1))
    chosen = dialog.current_result()
    # a space more: the same hits; the counts of the new text arrive too
    type_text(dialog.edit, " ")
    qtbot.waitUntil(lambda: dialog.query() == "dinh  " and not dialog.timer.isActive(), timeout=5000)
    qtbot.waitUntil(lambda: not dialog.counting(), timeout=5000)
    assert resets == [] and dialog.current_result() == chosen
    # a change elsewhere that adds a hit of another kind: the hit chosen stays chosen
    services.items.add_conclusion(data["meeting"], "Định hướng quy hoạch")
    qtbot.waitUntil(lambda: "conclusion" in dialog.model.kinds(), timeout=5000)
    qtbot.waitUntil(lambda: not dialog.counting() and not dialog.timer.isActive(), timeout=5000)
    assert dialog.current_result() == chosen
