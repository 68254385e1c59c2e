"""The outcome of the proceedings, one line at a time: conclusions (with the tasks they assign and their
votes) and recommendations by group (with the tasks that answer them)."""

from __future__ import annotations

import re

from minutes.archive import vocab
from minutes.archive.context import Ctx
from minutes.archive.items import State
from minutes.archive.markers import Marked
from minutes.archive.model import Conclusion, Recommendation, RecommendationGroup, Span
from minutes.archive.tasks import CLAUSE_START, clause_assignment, parse_assignment, task_from
from minutes.archive.textutil import afold


def _strip_end(text: str) -> str:
    return text.strip().rstrip(";,").strip()


# ------------------------------------------------------------------------------------------------ conclusions
def conclusion(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    """One conclusion; an assignment in it also makes a task; an assignment line alone in italics
    ("Giao ...", as a notice prints it under its conclusion) is a task of the conclusion before it."""
    text = _strip_end(marked.text)
    folded = afold(text)
    line = ctx.lines[index]
    if (st.conclusion is not None and not marked.kind and line.italic
            and (re.match(r"^(?:giao|assigned to)\b", folded) or vocab.NO_LEAD.match(folded))):  # fmt: skip
        assignment = clause_assignment(ctx, text, index, marked.offset)
        if assignment is not None:
            position = ctx.rec.conclusions.index(st.conclusion)
            # the assignment as written is the task's text; the conclusion it follows says what for
            ctx.rec.tasks.append(task_from(ctx, text, index, assignment, source=("conclusion", position),
                                           confidence=0.9))  # fmt: skip
            ctx.use(index)
            return True
    votes = parse_votes(folded)
    if votes and st.conclusion is not None and not marked.kind:
        _apply_votes(st.conclusion, votes)
        if not vocab.VOTE_LINE.match(folded):  # the app's own vote line says nothing the votes do not
            st.conclusion.text = f"{st.conclusion.text}\n{text}"
        st.conclusion.spans.append(Span(index))
        ctx.use(index)
        return True
    at = _clause_at(folded)
    said, clause_text = (text[:at].strip(), text[at:]) if vocab.NO_LEAD.match(folded[at:]) else (text, "")
    if (
        said and clause_text
    ):  # "- Rà soát hồ sơ. Chưa giao đơn vị chủ trì; ...": the first version's task line
        text, folded = said, afold(said)
    kind = st.conclusion_kind
    for name, pattern in vocab.CONCLUSION_KINDS:
        if name == "decision" and st.chair_concludes:
            continue  # "Thống nhất ..." in what the chair concluded is the chair's, not a decision adopted
        if pattern.search(folded):
            kind = name if kind == "general" or name == "resolution" else kind  # a part's own kind stands
            break
    item = Conclusion(text, kind=kind, spans=[Span(index, marked.offset)],
                      confidence=0.65 if text.endswith(":") and len(text.split()) < 15 else 0.9)  # fmt: skip
    if votes:
        _apply_votes(item, votes)
    ctx.rec.conclusions.append(item)
    st.conclusion = item
    if said and clause_text:
        assignment = clause_assignment(
            ctx, clause_text, index, marked.offset + len(marked.text) - len(clause_text)
        )
        task = said.rstrip(" .")
    else:
        assignment, task = parse_assignment(ctx, text, index, marked.offset), text
    if assignment is not None:
        ctx.rec.tasks.append(task_from(ctx, task, index, assignment,
                                       source=("conclusion", len(ctx.rec.conclusions) - 1)))  # fmt: skip
    ctx.use(index)
    return True


def _section_word(text: str) -> bool:
    """A group title that is only the section's own heading, as the first version printed an untitled
    group ("a) Kiến nghị, đề xuất:", "a) Recommendations:")."""
    return afold(text).strip(" :.") in ("kien nghi, de xuat", "recommendations")


def _clause_at(folded: str) -> int:
    """Where a notice's clause after an item starts (past the end of the text when there is none)."""
    m = CLAUSE_START.search(folded)
    return m.end() if m else len(folded)


def parse_votes(folded: str) -> dict[str, int] | None:
    """ "17/17 đồng chí có mặt tán thành", "3 for, 0 against, 0 abstentions" (folded) as counts."""
    m = vocab.VOTES_FOR.search(folded)
    if not m:
        return None
    votes = {"for": int(m.group(1))}
    if m.group(2):
        votes["total"] = int(m.group(2))
    against = vocab.VOTES_AGAINST.search(folded)
    abstain = vocab.VOTES_ABSTAIN.search(folded)
    if against:
        votes["against"] = int(against.group(1))
    if abstain:
        votes["abstain"] = int(abstain.group(1))
    total = votes.get("total")
    if total is not None and sum(votes.get(k, 0) for k in ("for", "against", "abstain")) == total:
        # "17/17 tán thành": the counts make up the total, the others are none (the app prints no "0 ...")
        votes.setdefault("against", 0)
        votes.setdefault("abstain", 0)
    return votes


def _apply_votes(item: Conclusion, votes: dict[str, int]) -> None:
    item.votes_for = votes.get("for")
    item.votes_against = votes.get("against")
    item.votes_abstain = votes.get("abstain")
    item.votes_total = votes.get("total")
    if item.kind not in ("decision", "resolution"):
        item.kind = "resolution"


# --------------------------------------------------------------------------------------- recommendations
def recommendation(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    line = ctx.lines[index]
    text = marked.text.strip()
    folded = afold(text)
    response = re.match(r"^(?:y kien tra loi|tra loi|response)\s*:\s*", folded)
    if response and st.recommendation is not None:
        st.recommendation.response = text[response.end() :].strip()
        st.recommendation.spans.append(Span(index))
        ctx.use(index)
        return True
    is_group = (
        marked.kind == "letter" or line.italic or (text.endswith(":") and len(text.split()) <= 16)
    ) and (text.endswith(":") or line.italic)
    if is_group:
        title = text.rstrip(":").strip()
        if _section_word(title):
            title = (
                ""  # the first version named an untitled group after the section ("a) Kiến nghị, đề xuất:")
            )
        st.group = RecommendationGroup(title, spans=[Span(index)], confidence=0.85)
        ctx.rec.recommendation_groups.append(st.group)
        st.recommendation = None
        ctx.use(index)
        return True
    marker = vocab.UNASSIGNED.search(afold(text))
    if marker:  # the first version's "[Chưa giao] ..." mark: not part of the recommendation
        text = text[: marker.start()].strip()
    folded = afold(text)
    item_text = text
    assignment = None
    at = CLAUSE_START.search(folded)  # "(2) ... . Giao X chủ trì ...", "... . Thời hạn: trước ngày ..."
    if at:
        item_text = text[: at.start()].strip()
        assignment = clause_assignment(ctx, text[at.end() :], index, marked.offset + at.end())
        if assignment is None:
            item_text = text
    if st.group is None:
        st.group = RecommendationGroup("", spans=[Span(index)], confidence=0.6)
        ctx.rec.recommendation_groups.append(st.group)
    st.recommendation = Recommendation(item_text, spans=[Span(index, marked.offset)], confidence=0.85)
    st.group.items.append(st.recommendation)
    position = sum(len(g.items) for g in ctx.rec.recommendation_groups) - 1
    if assignment is None and not at:
        assignment = parse_assignment(ctx, text, index, marked.offset)
    if assignment is not None:
        task_text = text[at.end() :].strip() if at else text
        ctx.rec.tasks.append(
            task_from(ctx, task_text, index, assignment, source=("recommendation", position))
        )
    ctx.use(index)
    return True
