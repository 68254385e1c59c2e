"""The proceedings of the minutes: reports with their figures, contributions (with their words, or only
how many there were), the chair's conclusions, decisions and resolutions with their votes.

Each block takes the items to print and a ``heading``: a numbered section heading ("2. Ý kiến phát
biểu"), or None inside an agenda item, where a short italic label stands for it. Nothing is printed for
an empty list (no "no contributions": the record may simply not say).
"""

from __future__ import annotations

from collections.abc import Sequence

from minutes.domain.enums import ConclusionKind
from minutes.export import parts, phrases, wording
from minutes.export.parts import Page
from minutes.services.dto import ConclusionDTO, ContributionDTO, FigureDTO, MeetingDetail, ReportDTO

#: Conclusions the meeting itself adopts (printed with their votes), apart from the chair's.
ADOPTED = (ConclusionKind.DECISION, ConclusionKind.RESOLUTION)


def _label(page: Page, heading: str | None, label: str) -> None:
    if heading:
        parts.heading(page, heading)
    else:
        parts.para(page, label, italic=True, keep_with_next=True)


def reports(page: Page, items: Sequence[ReportDTO], heading: str | None) -> bool:
    items = [r for r in items if r.title.strip() or r.summary.strip() or r.figures or r.presenter_name]
    if not items:
        return False
    w = page.w
    if heading:
        parts.heading(page, heading)
    for report in items:
        presenter = page.person(report.presenter_name, report.presenter_title)
        if presenter:
            parts.para(page, f"{presenter}{w['presents']}{phrases.presented(report.title, page.family)}.")
        elif report.title.strip():
            parts.para(page, f"{report.title.strip().rstrip('.')}.")
        if report.summary.strip():
            parts.paras(page, report.summary)
        if report.figures:
            parts.para(page, w["figures"], italic=True, keep_with_next=True)
            parts.bullets(page, [figure_text(page, f) for f in report.figures])
    return True


def figure_text(page: Page, f: FigureDTO) -> str:
    """A figure as its kind states it (:func:`minutes.export.wording.figure`)."""
    return wording.figure(f, page.family)


def speaker(page: Page, c: ContributionDTO) -> str:
    if c.speaker_id is not None and c.speaker_name:
        return page.person(c.speaker_name, c.speaker_title)
    return (c.speaker_label or "").strip()


def contributions(page: Page, items: Sequence[ContributionDTO], heading: str | None) -> bool:
    """Every contribution in order: with its words, or "phát biểu" when they were not recorded, or how
    many there were ("- Các ban, ngành: 02 ý kiến phát biểu.", "- Có 02 ý kiến phát biểu.")."""
    if not items:
        return False
    _label(page, heading, f"{page.w['contributions']}:")
    plain = page.family == "plain"
    for c in items:
        who = speaker(page, c)
        count = max(c.count, 1)
        many = wording.counted(count, page.family)
        if c.text.strip():
            lead = f"- {who} ({many})" if count > 1 and who else f"- {who}" if who else "- "
            parts.paras(page, c.text, lead=f"{lead}: " if who else lead)
        elif who and count > 1:
            parts.para(page, f" {many}.", lead=f"- {who}:")
        elif who:  # spoke; the words were not recorded
            parts.para(page, f" {page.w['spoke']}.", lead=f"- {who}")
        else:
            parts.para(
                page, f"- {many} {'were made' if count > 1 else 'was made'}." if plain else f"- Có {many}."
            )
    return True


def conclusions(
    page: Page, meeting: MeetingDetail, items: Sequence[ConclusionDTO], heading: str | None
) -> bool:
    """The chair's conclusions ("Đồng chí X kết luận:"), then what the meeting decided or resolved, each
    with its vote when one is recorded. A blank point (added, never written) is left out."""
    items = [c for c in items if c.text.strip()]
    if not items:
        return False
    w = page.w
    chair_items = [c for c in items if c.kind not in ADOPTED]
    adopted = [c for c in items if c.kind in ADOPTED]
    if heading:
        parts.heading(page, heading)
    if chair_items:
        if meeting.chair_name:
            parts.para(page, f"{page.person(meeting.chair_name, meeting.chair_title)}{w['concludes']}",
                       keep_with_next=True)  # fmt: skip
        elif not heading:
            parts.para(page, f"{w['conclusions']}:", italic=True, keep_with_next=True)
        for c in chair_items:
            parts.paras(page, c.text, lead="- ")
            _vote(page, c)
    if adopted:
        parts.para(page, w["adopted"], italic=True, keep_with_next=True)
        for c in adopted:
            parts.paras(page, c.text, lead="- ")
            _vote(page, c)
    return True


def _vote(page: Page, c: ConclusionDTO) -> None:
    if c.votes is not None:
        text = wording.votes(c.votes, page.family)
        if text:
            parts.para(page, text, italic=True)
