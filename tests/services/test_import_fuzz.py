"""Hypothesis fuzzes the JSON import (bounded): documents made from the demo (version 1) and the
realistic meetings (version 2) with values replaced, keys dropped, items duplicated, strange text and
broken JSON text. Whatever comes in, the import either takes all of it (and what it took dumps and
imports again the same) or refuses it with an ImportFormatError and writes nothing; nothing else."""

from __future__ import annotations

import copy
import itertools
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from testkit.interchange import differences, without_stamp

from minutes.db import models as m
from minutes.errors import ImportFormatError
from minutes.services import Actor, Database, Services
from minutes.services.demo import demo_data

DATA = Path(__file__).resolve().parents[1] / "data" / "meetings"
SEEDS = [demo_data()] + [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.json"))]
WEIRD = ["\x00", "\ud800", "\x0b", "\u0301", "\u2028", "đ", "ß", "\ufeff", "\n", "€"]
texts = st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(WEIRD)), max_size=20)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**40), 10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    texts,
    st.from_regex(r"[0-9]{4}-[0-9]{2}(-[0-9]{2})?", fullmatch=True),
    st.from_regex(r"-?[0-9]{1,25}(\.[0-9]{1,8})?", fullmatch=True),
    st.from_regex(r"[a-z][0-9]", fullmatch=True),  # looks like a key
    st.sampled_from(["u1", "p1", "c1", "k1", "t1", "a1", "date", "month", "decision", "amount", "high"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
TABLES = (
    "meetings",
    "people",
    "units",
    "tasks",
    "contributions",
    "conclusions",
    "agenda_items",
    "search_entries",
)


def node_paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from node_paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from node_paths(v, (*prefix, i))


@st.composite
def broken_documents(draw: st.DrawFn) -> dict[str, Any]:
    doc = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from([p for p in node_paths(doc) if p]))
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "duplicate", "text"]))
        if action == "replace":
            parent[last] = draw(values)
        elif action == "text":
            parent[last] = draw(texts)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))  # same keys twice
        elif isinstance(parent[last], list) and parent[last]:
            parent[last].append(copy.deepcopy(parent[last][0]))
    return doc


@st.composite
def broken_texts(draw: st.DrawFn) -> str:
    content = json.dumps(draw(st.sampled_from(SEEDS)), ensure_ascii=draw(st.booleans()))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(content)))
        piece = draw(
            st.sampled_from(['"', "{", "[", "]", "}", ",", ":", "\\", "\\u", "NaN", '"key": 1, ', "1e999"])
            | texts
        )
        cut = draw(st.integers(0, 3))
        content = content[:at] + piece + content[at + cut :]
    return content


def counts(services: Services) -> dict[str, int]:
    with services.meetings.uow() as s:
        return {t: s.scalar(select(func.count()).select_from(m.Base.metadata.tables[t])) or 0 for t in TABLES}


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Services]]:
    """Empty databases (copies of one migrated file), where an accepted document's dump must import again."""
    folder = tmp_path_factory.mktemp("elsewhere")
    template = folder / "empty.sqlite3"
    Database(str(template)).close()
    opened: list[Database] = []
    numbers = itertools.count()

    def make() -> Services:
        path = folder / f"db{next(numbers)}.sqlite3"
        shutil.copy(template, path)
        opened.append(Database(str(path), clock=lambda: date(2021, 3, 1)))
        return Services(opened[-1], Actor("B"))

    yield make
    for db in opened:
        db.close()


def check(
    services: Services, elsewhere: Callable[[], Services], doc: Any = None, content: str | None = None
) -> None:
    before = counts(services)
    try:
        if content is not None:
            meeting_id = services.interchange.import_text(content, "f.json")
        else:
            meeting_id = services.interchange.import_data(doc)
    except ImportFormatError as exc:
        assert "Nothing was imported" in exc.message
        assert counts(services) == before
        return
    first = services.interchange.dump(meeting_id)
    empty = elsewhere()
    second = empty.interchange.dump(empty.interchange.import_data(copy.deepcopy(first)))
    assert without_stamp(second) == without_stamp(first), differences(second, first)


FUZZ = settings(
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # bounded: no shrinking of a 1 s example
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@settings(FUZZ, max_examples=60)
@given(doc=broken_documents())
def test_fuzzed_documents_are_taken_whole_or_refused_cleanly(
    services: Services, elsewhere: Callable[[], Services], doc: dict[str, Any]
) -> None:
    check(services, elsewhere, doc=doc)


@settings(FUZZ, max_examples=40)
@given(content=broken_texts())
def test_fuzzed_json_text_is_taken_whole_or_refused_cleanly(
    services: Services, elsewhere: Callable[[], Services], content: str
) -> None:
    check(services, elsewhere, content=content)


@pytest.fixture
def pg_services(pg_url: str) -> Iterator[Services]:
    """One PostgreSQL database for all the examples of the test (closed before its schema is dropped)."""
    db = Database(pg_url, clock=lambda: date(2021, 3, 1))
    yield Services(db, Actor("Thư ký"))
    db.close()


@settings(FUZZ, max_examples=15)
@given(doc=broken_documents())
def test_fuzzed_documents_on_postgresql(
    pg_services: Services, elsewhere: Callable[[], Services], doc: dict[str, Any]
) -> None:
    check(pg_services, elsewhere, doc=doc)
