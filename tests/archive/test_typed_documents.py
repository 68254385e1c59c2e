"""Documents typed the way offices type them (tests/data/archive, see its README): at least 95% of the
facts a clerk reads in them land in the right fields, and 100% of their text is kept in the meeting.

The right field is the saved meeting's (read back through a fresh connection) for what interchange
version 1 holds, and the recognised document's for what only version 2 will hold (the agenda, counts of
contributions, deadline wording and periods, assigned people, votes, the next meeting, the document
date, signatures): those are written into the notes until then, which the text check sees.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from minutes.archive.mapping import to_interchange
from minutes.archive.model import RecognisedMeeting
from minutes.archive.reader import read_docx
from minutes.archive.recognise import recognise
from minutes.archive.store import ArchiveService
from minutes.domain.text import fold
from minutes.export.vnformat import en_number, vn_number
from minutes.services import Services
from minutes.services.dto import MeetingDetail
from minutes.services.interchange import validate

DATA = Path(__file__).resolve().parents[1] / "data" / "archive"
DOCUMENTS = sorted(p.stem for p in DATA.glob("*.docx"))


def norm(value: Any) -> str:
    text = unicodedata.normalize("NFC", "" if value is None else str(value))
    return " ".join(text.split()).strip(" .;,:").casefold()


def same(a: Any, b: Any) -> bool:
    return norm(a) == norm(b)


class Score:
    def __init__(self) -> None:
        self.results: list[tuple[str, bool]] = []

    def check(self, name: str, ok: bool) -> None:
        self.results.append((name, bool(ok)))

    @property
    def missed(self) -> list[str]:
        return [name for name, ok in self.results if not ok]


def _person(name: str, title: str, fact: list[str] | None) -> bool:
    return fact is not None and same(name, fact[0]) and same(title, fact[1])


def check_facts(
    facts: dict[str, Any], mt: MeetingDetail, rec: RecognisedMeeting, services: Services
) -> Score:
    s = Score()
    if "organisation" in facts:
        s.check("organisation", same(mt.organisation_name, facts["organisation"]))
    if "superior_body" in facts:
        parent = None
        if mt.organisation_id is not None:
            unit = services.directory.get_unit(mt.organisation_id)
            parent = services.directory.get_unit(unit.parent_id).name if unit.parent_id else None
        s.check("superior_body", same(parent, facts["superior_body"]))
    for key, value in (
        ("reference_number", mt.reference_number),
        ("title", mt.title),
        ("location", mt.location),
    ):
        if key in facts:
            s.check(key, same(value, facts[key]))
    if "date" in facts:
        s.check("date", mt.meeting_date == date.fromisoformat(facts["date"]))
    if "date_precision" in facts:
        s.check(
            "date_precision",
            rec.meeting_date is not None and rec.meeting_date.precision == facts["date_precision"],
        )
    if "document_date" in facts:
        s.check("document_date", rec.document_date is not None and
                rec.document_date.value == date.fromisoformat(facts["document_date"]))  # fmt: skip
    for key, value in (("start_time", mt.start_time), ("end_time", mt.end_time)):
        if key in facts:
            s.check(key, value == time.fromisoformat(facts[key]))
    if "chair" in facts:
        s.check("chair", _person(mt.chair_name, mt.chair_title, facts["chair"]))
    if "secretary" in facts:
        s.check("secretary", _person(mt.secretary_name, mt.secretary_title, facts["secretary"]))
    rows = [(a.person_name or None, a.person_title or None, a.group_name, a.presence, a.absence_reason)
            for a in mt.attendance]  # fmt: skip
    for fact in facts.get("attendees", []):
        s.check(f"attendee {fact[0] or fact[2]}", any(all(same(x, y) for x, y in zip(row, fact, strict=True))
                                                       for row in rows))  # fmt: skip
    agenda = [a.value for a in rec.agenda]
    for item in facts.get("agenda", []):
        s.check(f"agenda {item[:30]}", any(same(a, item) for a in agenda))
    for i, report in enumerate(facts.get("reports", [])):
        got = mt.reports[i] if i < len(mt.reports) else None
        s.check(f"report {i} presenter", got is not None and
                _person(got.presenter_name, got.presenter_title, report["presenter"]))  # fmt: skip
        if report.get("title") is not None:
            s.check(f"report {i} title", got is not None and same(got.title, report["title"]))
        figures = [(f.label, f.value, f.unit, f.target, f.percent) for f in got.figures] if got else []
        for fact in report["figures"]:
            expected = (fact[0], *(Decimal(v) if v is not None else None for v in (fact[1],)), fact[2],
                        *(Decimal(v) if v is not None else None for v in fact[3:]))  # fmt: skip
            s.check(f"figure {fact[0][:30]}", any(same(f[0], expected[0]) and f[1] == expected[1] and
                                                  same(f[2], expected[2]) and f[3] == expected[3] and
                                                  f[4] == expected[4] for f in figures))  # fmt: skip
    contributions = [(c.speaker_name or None, c.speaker_label, c.text) for c in mt.contributions]
    for fact in facts.get("contributions", []):
        s.check(f"contribution {fact[0]}", any(same(c[0], fact[0]) and same(c[1], fact[1]) and same(c[2], fact[2])
                                               for c in contributions))  # fmt: skip
    if "contribution_count" in facts:
        s.check("contribution_count", rec.contribution_count is not None and
                int(rec.contribution_count.value) == facts["contribution_count"])  # fmt: skip
    for text in facts.get("conclusions", []):
        s.check(f"conclusion {text[:30]}", any(same(c.text, text) for c in mt.conclusions))
    for fact in facts.get("votes", []):
        found = [c for c in rec.conclusions if norm(c.text).startswith(norm(fact[0]))]
        s.check("votes", bool(found) and (found[0].votes_for, found[0].votes_against, found[0].votes_abstain,
                                          found[0].votes_total) == tuple(fact[1:]))  # fmt: skip
    recommendations = [(g.title, r.text, r.response) for g in mt.recommendation_groups for r in g.items]
    for fact in facts.get("recommendations", []):
        s.check(f"recommendation {fact[1][:30]}", any(all(same(x, y) for x, y in zip(r, fact, strict=True))
                                                      for r in recommendations))  # fmt: skip
    for spec in facts.get("tasks", []):
        _task(s, spec, mt, rec)
    if "next_meeting" in facts:
        nm = rec.next_meeting
        s.check("next_meeting", nm is not None and nm.when is not None and
                nm.when.value == date.fromisoformat(facts["next_meeting"]))  # fmt: skip
    signers = [(x.lines[0] if x.lines else "", x.name) for x in rec.signers]
    for fact in facts.get("signers", []):
        s.check(f"signer {fact[1]}", any(same(a, fact[0]) and same(b, fact[1]) for a, b in signers))
    recipients = [r.value for r in rec.recipients]
    for fact in facts.get("recipients", []):
        s.check(f"recipient {fact[:20]}", any(same(r, fact) for r in recipients))
    return s


def _task(s: Score, spec: dict[str, Any], mt: MeetingDetail, rec: RecognisedMeeting) -> None:
    start = norm(spec["text"])
    saved = [t for t in mt.tasks if norm(t.text).startswith(start)]
    recognised = [t for t in rec.tasks if norm(t.text).startswith(start)]
    name = f"task {spec['text'][:25]}"
    s.check(name, bool(saved))
    t = saved[0] if saved else None
    r = recognised[0] if recognised else None
    if "lead" in spec:
        s.check(f"{name} lead", t is not None and same(t.lead_unit_name, spec["lead"]))
    if "coord" in spec:
        s.check(f"{name} coord", t is not None and sorted(map(norm, t.coordinating_unit_names)) ==
                sorted(map(norm, spec["coord"])))  # fmt: skip
    if "people" in spec:
        s.check(f"{name} responsible", t is not None and same(t.responsible_name, spec["people"][0]))
        s.check(f"{name} people", r is not None and [norm(p.name) for p in r.assignees] ==
                [norm(p) for p in spec["people"]])  # fmt: skip
    if "assignee_text" in spec:
        s.check(f"{name} assignee", r is not None and same(r.assignee_text, spec["assignee_text"]))
    if "deadline" in spec:
        s.check(f"{name} deadline", t is not None and t.deadline == date.fromisoformat(spec["deadline"]))
    if "deadline_kind" in spec:
        s.check(f"{name} deadline kind", r is not None and r.deadline is not None and
                r.deadline.kind == spec["deadline_kind"])  # fmt: skip
    if "deadline_wording" in spec:
        s.check(f"{name} wording", r is not None and r.deadline is not None and
                same(r.deadline.wording, spec["deadline_wording"]))  # fmt: skip
    if "source" in spec:
        kind, text = spec["source"]
        ok = False
        if t is not None and t.source_kind == kind:
            items = (mt.conclusions if kind == "conclusion" else
                     [i for g in mt.recommendation_groups for i in g.items])  # fmt: skip
            ok = any(i.id == t.source_id and norm(i.text).startswith(norm(text)) for i in items)
        s.check(f"{name} source", ok)


# ------------------------------------------------------------------------------------------- text kept
#: The words of the forms themselves (Quốc hiệu, labels, headings): the fields stand for them.
STRUCTURE = set(
    fold("""
cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc đảng cộng sản số biên bản thông báo ngày tháng năm
giờ phút hồi lúc thời gian bắt đầu địa điểm thành phần tham dự chủ trì chủ tọa thư ký người ghi nội dung cuộc
họp hội nghị kết luận của ý kiến phát biểu thảo luận kiến nghị đề xuất nhiệm vụ được giao stt họ và tên chức vụ
ghi chú vắng đồng chí đ/c kết thúc vào cùng nơi nhận giao phối hợp với trước thời hạn công việc người thực hiện
chương trình về tổ chức trình bày báo cáo minutes of meeting date time venue chair minute taker attendees
apologies agenda discussion decisions action actions items no owner due next the closed at location present
absent with chair mr ms đánh giá chung trọng tâm tới mr. ms. hoặc t/m tl bí thư phó chánh văn phòng lưu vt
trả lời một số chỉ tiêu chủ yếu đạt sau khi nghe như place presented reported points
""").split()
)
#: A list marker or a table's row number is the form's, not text ("a)", "II.", "(3)", "-", "1").
MARKER = re.compile(
    r"^\s*(?:\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-zđ][.)]|[IVX]+\.|[-+•*–])\s+|^\s*\d{1,3}\s*$", re.I
)


def corpus(mt: MeetingDetail, services: Services) -> set[str]:
    parts: list[str] = [mt.title, mt.reference_number, mt.location, mt.notes, mt.organisation_name,
                        mt.chair_name, mt.chair_title, mt.secretary_name, mt.secretary_title]  # fmt: skip
    if mt.organisation_id is not None:
        unit = services.directory.get_unit(mt.organisation_id)
        if unit.parent_id:
            parts.append(services.directory.get_unit(unit.parent_id).name)
    days = [mt.meeting_date, *mt.document_dates.values()]  # v2: the documents' dates have a field
    nm = mt.next_meeting  # v2: the next meeting has its fields
    if nm is not None:
        days.append(nm.meeting_date)
        parts += [nm.location, nm.note]
        if nm.start_time is not None:
            t = nm.start_time
            parts.append(f"{t.hour} {t:%H %M} {t.hour % 12} pm am {t.hour}h{t:%M} {t:%H}h{t:%M}")
    for d in days:
        parts.append(f"{d.day} {d.month} {d.year} {d:%d %m %B %b %A}")
    for t in (mt.start_time, mt.end_time):
        if t is not None:
            parts.append(f"{t.hour} {t:%H %M} {t.hour % 12} pm am {t.hour}h{t:%M} {t:%H}h{t:%M}")
    for a in mt.attendance:
        parts += [a.person_name, a.person_title, a.group_name or "", a.absence_reason or "", a.note or ""]
    for r in mt.reports:
        parts += [r.presenter_name, r.presenter_title, r.title, r.summary]
        for f in r.figures:
            parts += [f.label, f.unit, f.note or ""]
            for v in (f.value, f.target, f.percent):
                if v is not None:
                    parts += [str(v), vn_number(v), en_number(v)]
    for c in mt.contributions:
        parts += [c.speaker_name, c.speaker_title, c.speaker_label or "", c.text]
    parts += [c.text for c in mt.conclusions]
    for g in mt.recommendation_groups:
        parts.append(g.title)
        parts += [f"{i.text} {i.response or ''}" for i in g.items]
    for t in mt.tasks:
        parts += [
            t.text,
            t.lead_unit_name,
            *t.coordinating_unit_names,
            t.responsible_name,
            t.expected_product,
        ]
        if t.deadline is not None:
            parts.append(f"{t.deadline.day} {t.deadline.month} {t.deadline.year} {t.deadline:%d %m}")
        # interchange version 2: assigned people, a free-text assignee and the deadline's wording
        parts += [*t.assignee_names, *t.assignee_titles, t.assignee_text]
        if t.deadline_spec is not None:
            parts.append(t.deadline_spec.text)
    parts += [a.title for a in mt.agenda]
    return set(re.findall(r"\w+", fold(" ".join(p for p in parts if p))))


def lost_lines(path: Path, mt: MeetingDetail, services: Services) -> list[str]:
    words = corpus(mt, services) | STRUCTURE
    lost = []
    for line in read_docx(path).lines:
        text = MARKER.sub("", line.display).replace("Đ/c", "Đồng chí").replace("đ/c", "đồng chí")
        missing = [w for w in re.findall(r"\w+", fold(text)) if w not in words]
        if missing:
            lost.append(f"{line.display!r}: {missing}")
    return lost


# ------------------------------------------------------------------------------------------------ tests
@pytest.fixture
def imported(importer: ArchiveService, target_fresh: Services) -> Iterator[dict[str, Any]]:
    results: dict[str, Any] = {}
    directory = importer.directory()
    for name in DOCUMENTS:
        item = importer.recognise_file(DATA / f"{name}.docx", directory)
        meeting_id = importer.save(item)
        results[name] = (item.meeting, target_fresh.meetings.get(meeting_id))
    yield results


def test_every_document_maps_to_a_valid_interchange_document() -> None:
    """The saving path does not check the schema (its documents come from the mapper): this does."""
    for name in DOCUMENTS:
        item = recognise(read_docx(DATA / f"{name}.docx"))
        assert validate(to_interchange(item), name) in (1, 2), name  # raises naming the bad field otherwise


def test_the_documents_and_their_facts_are_there() -> None:
    assert len(DOCUMENTS) >= 9
    for name in DOCUMENTS:
        assert (DATA / f"{name}.facts.json").is_file(), name
    languages = {read_docx(DATA / f"{n}.docx").lines[0].text.isascii() for n in DOCUMENTS}
    assert languages == {True, False}  # Vietnamese and English


def test_at_least_95_percent_of_the_facts_land_in_the_right_fields(
    imported: dict[str, Any], target_fresh: Services
) -> None:
    total = 0
    missed: list[str] = []
    per_document = {}
    for name in DOCUMENTS:
        facts = json.loads((DATA / f"{name}.facts.json").read_text(encoding="utf-8"))
        rec, mt = imported[name]
        score = check_facts(facts, mt, rec, target_fresh)
        assert len(score.results) >= 10, name  # every document states a fair number of facts
        total += len(score.results)
        missed += [f"{name}: {m}" for m in score.missed]
        per_document[name] = 1 - len(score.missed) / len(score.results)
    rate = 1 - len(missed) / total
    print(f"\n{total} facts, {len(missed)} missed, {rate:.1%} in the right fields")
    for line in missed:
        print("  missed", line)
    assert rate >= 0.95, missed
    assert min(per_document.values()) >= 0.85, per_document  # no layout left behind


def test_all_of_the_text_is_kept_somewhere_in_the_meeting(
    imported: dict[str, Any], target_fresh: Services
) -> None:
    lost = []
    for name in DOCUMENTS:
        _rec, mt = imported[name]
        lost += [f"{name}: {line}" for line in lost_lines(DATA / f"{name}.docx", mt, target_fresh)]
    assert lost == []
