"""Property (issue 11 item 6): for any meeting the services accept, dump -> import into an empty database
-> dump gives the same document. Hypothesis draws meetings with every kind of v2 content, and text with
the characters that break things (NUL, lone surrogates, controls, NFD marks, đ, ß); each step goes
through the services, and a step they refuse is simply not taken."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from testkit.interchange import differences, without_stamp

from minutes.domain.deadline import Deadline, DeadlineKind
from minutes.errors import UserError
from minutes.services import Actor, Database, NewAttachment, Services

WEIRD = ["\x00", "\ud800", "\x0b", "\x01", "\u0301", "\u2028", "đ", "Đ", "ß", "\n", " ", "ơ", "ệ", "\ufeff"]
texts = st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(WEIRD)), max_size=30)
names = st.text(alphabet=st.sampled_from("abcđêôơưÁẾỘ \x00\u0301"), min_size=1, max_size=12)
decimals = st.one_of(
    st.none(),
    st.decimals(min_value=-(10**17), max_value=10**17, places=3, allow_nan=False, allow_infinity=False),
)
START = date(2021, 1, 19)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    Database(str(path)).close()
    return path


@pytest.fixture(scope="module")
def new_db(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Database]]:
    folder = tmp_path_factory.mktemp("dbs")
    opened: list[Database] = []
    numbers = itertools.count()

    def make() -> Database:
        path = folder / f"db{next(numbers)}.sqlite3"
        shutil.copy(template, path)
        db = Database(str(path), clock=lambda: date(2021, 3, 1))
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


def deadlines(day: date) -> st.SearchStrategy[Deadline]:
    year = day.year

    def build(kind: DeadlineKind, offset: int, number: int, wording: str) -> Deadline:
        later = day + timedelta(days=offset)
        if kind is DeadlineKind.DATE:
            return Deadline.on(later, wording)
        if kind is DeadlineKind.BEFORE:
            return Deadline.before(later + timedelta(days=1), wording)
        if kind is DeadlineKind.RANGE:
            return Deadline.between(later, later + timedelta(days=number), wording)
        if kind is DeadlineKind.MONTH:
            return Deadline.month(year + 1, number % 12 + 1, wording)
        if kind is DeadlineKind.QUARTER:
            return Deadline.quarter(year + 1, number % 4 + 1, wording)
        if kind is DeadlineKind.HALF_YEAR:
            return Deadline.half_year(year + 1, number % 2 + 1, wording)
        return Deadline.whole_year(year + 1, wording)

    return st.builds(build, st.sampled_from(DeadlineKind), st.integers(0, 400), st.integers(1, 40), texts)


def attempt(step: Callable[[], Any]) -> Any:
    """Take a step; one the services refuse (a clean UserError) is not taken."""
    try:
        return step()
    except UserError:
        return None


@st.composite
def meetings(draw: st.DrawFn) -> Callable[[Services], int | None]:
    """A recipe that builds a meeting through the services (None when the services refuse it)."""
    day = draw(st.dates(date(1990, 1, 1), date(2150, 1, 1)))
    precision = draw(st.sampled_from(["day", "month"]))
    steps: list[Callable[[Services, dict[str, Any]], Any]] = []

    def step(fn: Callable[[Services, dict[str, Any]], Any]) -> None:
        steps.append(fn)

    n_people, n_units = draw(st.integers(0, 4)), draw(st.integers(0, 3))
    person_names = [(draw(names), draw(texts)) for _ in range(n_people)]
    unit_names = [draw(names) for _ in range(n_units)]
    for name in unit_names:
        step(
            lambda s, ids, name=name: ids["units"].append(
                attempt(lambda: s.directory.find_or_create_unit(name))
            )
        )
    for full, title in person_names:
        step(
            lambda s, ids, full=full, title=title: ids["people"].append(
                attempt(lambda: s.directory.create_person(full, title))
            )
        )

    def pick(kind: str) -> Callable[[dict[str, Any]], int | None]:
        index = draw(st.integers(0, 5))

        def choose(ids: dict[str, Any]) -> int | None:
            found = [i for i in ids[kind] if i is not None]
            return found[index % len(found)] if found and index < 4 else None

        return choose

    for _ in range(draw(st.integers(0, 3))):
        title = draw(texts)
        step(
            lambda s, ids, title=title: ids["agenda"].append(
                attempt(lambda: s.agenda.add_item(ids["meeting"], title))
            )
        )
    fields = {
        "location": draw(texts),
        "notes": draw(texts),
        "reference_number": draw(texts),
        "start_time": draw(st.none() | st.times().map(lambda t: t.replace(microsecond=0))),
    }
    step(lambda s, ids: attempt(lambda: s.meetings.update(ids["meeting"], **fields)))
    if draw(st.booleans()):
        nm = {
            "next_meeting_date": day + timedelta(days=draw(st.integers(0, 90))),
            "next_meeting_precision": draw(st.sampled_from(["day", "month"])),
            "next_meeting_time": draw(st.none() | st.just(time(8, 30))),
            "next_meeting_location": draw(texts),
            "next_meeting_note": draw(texts),
        }
        step(lambda s, ids: attempt(lambda: s.meetings.update(ids["meeting"], **nm)))
    for kind in draw(st.lists(st.sampled_from(["minutes", "conclusion", "plan", "report"]), max_size=3)):
        when = day + timedelta(days=draw(st.integers(0, 30)))
        step(
            lambda s, ids, kind=kind, when=when: attempt(
                lambda: s.meetings.set_document_date(ids["meeting"], kind, when)
            )
        )
    for _ in range(draw(st.integers(0, 3))):
        who, role = pick("people"), draw(st.sampled_from(["chair", "secretary", "member", "guest"]))
        group = draw(texts)
        note = draw(st.none() | texts)
        step(
            lambda s, ids, who=who, role=role, group=group, note=note: attempt(
                lambda: s.meetings.add_attendee(
                    ids["meeting"],
                    person_id=who(ids),
                    group_name=None if who(ids) else group,
                    role=role,
                    note=note,
                )
            )
        )
    for _ in range(draw(st.integers(0, 2))):
        title, agenda, who = draw(texts), pick("agenda"), pick("people")
        figures = [
            (
                draw(names),
                draw(decimals),
                draw(decimals),
                draw(decimals),
                draw(st.none() | st.sampled_from(["amount", "ratio_to_plan", "change", "rank", "share"])),
                draw(st.none() | texts),
            )
            for _ in range(draw(st.integers(0, 3)))
        ]

        def report(
            s: Services,
            ids: dict[str, Any],
            title: str = title,
            agenda: Any = agenda,
            who: Any = who,
            figures: Any = figures,
        ) -> None:
            rid = attempt(
                lambda: s.items.add_report(
                    ids["meeting"], title=title, presenter_id=who(ids), agenda_item_id=agenda(ids)
                )
            )
            for figure in figures if rid else ():
                attempt(
                    lambda figure=figure: s.items.add_figure(
                        rid, *figure[:2], "đồng", *figure[2:4], None, *figure[4:]
                    )
                )

        step(report)
    for _ in range(draw(st.integers(0, 4))):
        who, label, count, body = (
            pick("people"),
            draw(st.none() | texts),
            draw(st.integers(0, 12)),
            draw(texts),
        )
        seconds, agenda = draw(st.none() | st.integers(-5, 90_000)), pick("agenda")
        step(
            lambda s, ids, who=who, label=label, count=count, body=body, seconds=seconds, agenda=agenda: ids[
                "sources"
            ].append(
                (
                    "contribution",
                    attempt(
                        lambda: s.items.add_contribution(
                            ids["meeting"],
                            speaker_id=who(ids),
                            speaker_label=label,
                            text=body,
                            count=count,
                            duration_seconds=seconds,
                            agenda_item_id=agenda(ids),
                        )
                    ),
                )
            )
        )
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["general", "assessment", "directive", "decision", "resolution"]))
        votes = draw(st.none() | st.tuples(*[st.none() | st.integers(0, 30)] * 4))
        body, agenda = draw(texts), pick("agenda")
        extra = (
            {}
            if votes is None
            else dict(zip(("votes_for", "votes_against", "votes_abstain", "votes_total"), votes, strict=True))
        )
        step(
            lambda s, ids, kind=kind, extra=extra, body=body, agenda=agenda: ids["sources"].append(
                (
                    "conclusion",
                    attempt(
                        lambda: s.items.add_conclusion(
                            ids["meeting"], body, kind=kind, agenda_item_id=agenda(ids), **extra
                        )
                    ),
                )
            )
        )
    for _ in range(draw(st.integers(0, 4))):
        body = draw(st.text(alphabet=st.sampled_from("Giao việc đ\x00 "), min_size=1, max_size=20))
        lead, who, agenda = pick("units"), pick("people"), pick("agenda")
        helpers = [pick("people") for _ in range(draw(st.integers(0, 3)))]
        due = draw(st.none() | deadlines(day))
        spec = {
            "assignee_text": draw(texts),
            "priority": draw(st.sampled_from(["high", "medium", "low"])),
            "expected_product": draw(texts),
            "done_at_meeting": draw(st.booleans()),
        }
        source = draw(st.integers(0, 6))
        then = draw(st.sampled_from(["", "progress", "complete", "cancel", "move"]))
        moved = draw(deadlines(day))

        def task(
            s: Services,
            ids: dict[str, Any],
            body: str = body,
            lead: Any = lead,
            who: Any = who,
            agenda: Any = agenda,
            helpers: Any = helpers,
            due: Any = due,
            spec: Any = spec,
            source: int = source,
            then: str = then,
            moved: Deadline = moved,
        ) -> None:
            sources = [x for x in ids["sources"] if x[1] is not None]
            kind, sid = sources[source % len(sources)] if sources and source < 4 else (None, None)
            tid = attempt(
                lambda: s.tasks.create(
                    ids["meeting"],
                    body,
                    source_kind=kind,
                    source_id=sid,
                    lead_unit_id=lead(ids),
                    responsible_id=who(ids),
                    assignee_ids=[h(ids) for h in helpers if h(ids)],
                    deadline=due,
                    agenda_item_id=agenda(ids),
                    **spec,
                )
            )
            if tid is None:
                return
            if then == "progress":
                attempt(
                    lambda: s.tasks.add_progress(
                        tid,
                        day + timedelta(days=40),
                        30,
                        "ghi chú\x00",
                        [NewAttachment("a.pdf", b"\x00\xff")],
                    )
                )
            elif then == "complete":
                attempt(lambda: s.tasks.complete(tid, day + timedelta(days=3), "xong"))
            elif then == "cancel":
                attempt(lambda: s.tasks.cancel(tid, "không cần", day + timedelta(days=2)))
            elif then == "move":
                attempt(lambda: s.tasks.change_deadline(tid, moved, "lùi hạn"))

        step(task)

    def build(services: Services) -> int | None:
        meeting_id = attempt(lambda: services.meetings.create(draw_title, day, date_precision=precision))
        if meeting_id is None:
            return None
        ids: dict[str, Any] = {"meeting": meeting_id, "people": [], "units": [], "agenda": [], "sources": []}
        for fn in steps:
            fn(services, ids)
        return int(meeting_id)

    draw_title = draw(st.text(alphabet=st.sampled_from("Họp giao ban"), min_size=1, max_size=10)) + draw(
        texts
    )
    return build


@settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking: each example takes ~0.5 s
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(recipe=meetings())
def test_any_meeting_the_services_accept_dumps_and_imports_back_the_same(
    recipe: Callable[[Services], int | None], new_db: Callable[[], Database]
) -> None:
    original = Services(new_db(), Actor("Thư ký\x00"))
    meeting_id = recipe(original)
    if meeting_id is None:
        return  # the services refused the meeting itself: nothing was accepted
    first = original.interchange.dump(meeting_id)
    md = first["meeting"]
    event(f"tasks: {min(len(md['tasks']), 3)}, contributions: {min(len(md['contributions']), 3)}")
    elsewhere = Services(new_db(), Actor("B"))
    copy_id = elsewhere.interchange.import_data(first)
    second = elsewhere.interchange.dump(copy_id)
    assert without_stamp(second) == without_stamp(first), differences(second, first)
