"""The end of a document: the closing sentence (end time), the signatures (role lines, then the name),
"Nơi nhận" and its lines; and the opening of a conclusion notice ("Ngày ..., ...", "Sau khi nghe ...,
đồng chí ... kết luận như sau:")."""

from __future__ import annotations

import re

from minutes.archive import vocab
from minutes.archive.context import Ctx
from minutes.archive.items import State
from minutes.archive.markers import Marked
from minutes.archive.model import DateValue, Leftover, Report, Signer, Span, Text, TimeValue
from minutes.archive.source import SourceTable
from minutes.archive.textutil import afold
from minutes.archive.values import find_date, find_time

_SECOND_SENTENCE = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ỹ])")


def closing_sentence(ctx: Ctx, index: int, text: str) -> None:
    """ "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 19 tháng 01 năm 2021./." : the end time (and date)."""
    found = find_time(text)
    if found is not None:
        ctx.rec.end_time = TimeValue(found.value, text[found.start : found.end],
                                     spans=[Span(index, found.start, found.end)], confidence=0.9)  # fmt: skip
    day = find_date(text)
    if day is not None and ctx.rec.meeting_date is None:
        ctx.rec.meeting_date = DateValue(day.value, day.precision, spans=[Span(index, day.start, day.end)],
                                         confidence=0.8)  # fmt: skip
    if _SECOND_SENTENCE.search(text.rstrip("./ ")) or afold(text).startswith("there being"):
        ctx.leftover(index)  # more was said than the end time: keep it
    ctx.use(index)


def is_signature_table(ctx: Ctx, table: SourceTable) -> bool:
    for row in table.rows:
        for cell in row:
            if not cell:
                continue
            first = ctx.lines[cell[0]]
            folded = afold(first.text.strip())
            if vocab.RECIPIENTS.match(folded) or (
                vocab.SIGNER_ROLE.match(folded) and (first.upper or first.bold)
            ):  # fmt: skip
                return True
    return False


def signature_cells(ctx: Ctx, table: SourceTable) -> None:
    """Each column of a signature table is one signature (the role, blank rows, the name below)."""
    columns = max((len(row) for row in table.rows), default=0)
    for c in range(columns):
        signature_block(ctx, [i for row in table.rows if c < len(row) for i in row[c]])


def signature_block(ctx: Ctx, indices: list[int]) -> None:
    """One signature (role lines in capitals, a "(đã ký)" perhaps, the name) or a "Nơi nhận" list."""
    if not indices:
        return
    first = afold(ctx.lines[indices[0]].text.strip())
    label = vocab.RECIPIENTS.match(first)
    if label:
        rest = ctx.lines[indices[0]].text[label.end() :].strip()
        ctx.use(indices[0])
        if rest:
            recipient(ctx, indices[0], rest)
        for i in indices[1:]:
            recipient(ctx, i, ctx.lines[i].text)
        return
    roles: list[str] = []
    name = ""
    spans = []
    for i in indices:
        line = ctx.lines[i]
        text = line.text.strip()
        folded = afold(text)
        if vocab.SIGNED_MARK.match(folded):
            roles.append(text)
        elif (line.upper or vocab.SIGNER_ROLE.match(folded)) and not name and len(text.split()) <= 10:
            roles.append(text)
        elif not name:
            name = text
        else:
            ctx.leftover(i)
            continue
        spans.append(Span(i))
        ctx.use(i)
    if roles or name:
        ctx.rec.signers.append(Signer(roles, name, spans=spans, confidence=0.9 if roles else 0.6))


def after_closing(ctx: Ctx, st: State, index: int, marked: Marked) -> bool:
    line = ctx.lines[index]
    folded = afold(line.text.strip())
    if vocab.RECIPIENTS.match(folded):
        rest = line.text[len(line.text) - len(folded[vocab.RECIPIENTS.match(folded).end() :]) :].strip()  # type: ignore[union-attr]
        ctx.use(index)
        if rest:
            recipient(ctx, index, rest)
        st.section = "recipients_after"
        return True
    if (line.upper or vocab.SIGNER_ROLE.match(folded)) and "\t" in line.text and index + 1 < len(ctx.lines):
        # "THƯ KÝ <tabs> CHỦ TRÌ" over "Lý Thị Thu <tabs> Ngô Văn Bình": signatures side by side
        names = ctx.lines[index + 1].text.split("\t")
        roles = line.text.split("\t")
        if len(names) == len(roles):
            for role, name in zip(roles, names, strict=True):
                ctx.rec.signers.append(
                    Signer([role.strip()], name.strip(), spans=[Span(index), Span(index + 1)])
                )
            ctx.use(index, index + 1)
            return True
    if (line.upper or vocab.SIGNER_ROLE.match(folded)) and len(line.text.split()) <= 10:
        block = [index]
        j = index + 1
        while j < len(ctx.lines) and len(block) < 6 and ctx.lines[j].table == line.table:
            nxt = ctx.lines[j]
            block.append(j)
            j += 1
            if not nxt.upper and not vocab.SIGNED_MARK.match(afold(nxt.text.strip())):
                break
        signature_block(ctx, block)
        return True
    return False


def recipient(ctx: Ctx, index: int, text: str) -> None:
    value = re.sub(r"^\s*[-–+•]\s*", "", text).strip().rstrip(",;.").strip()
    if value:
        ctx.rec.recipients.append(Text(value, spans=[Span(index)]))
    ctx.use(index)


def apply_signers(ctx: Ctx) -> None:
    """A chair or secretary only the signatures name ("CHỦ TỌA ... Nguyễn Văn A")."""
    rec = ctx.rec
    for signer in rec.signers:
        if not signer.name:
            continue
        roles = afold(" ".join(signer.lines))
        index = signer.spans[-1].line if signer.spans else 0
        if (
            re.search(r"\b(?:chu toa|chu tri|chair)", roles)
            and rec.chair is None
            and rec.doc_kind == "minutes"
        ):
            rec.chair = ctx.person_named(signer.name, "", index, confidence=0.8)
        elif (
            re.search(r"\b(?:thu ky|nguoi ghi|secretary|minute)", roles)
            and rec.secretary is None
            and rec.doc_kind == "minutes"
        ):
            rec.secretary = ctx.person_named(signer.name, "", index, confidence=0.8)


# ------------------------------------------------------------------------------------------- the notice
_OPENING = re.compile(r"^(?:ngay|on)\s+(?P<date>.+?)(?:,\s+|\s+(?=dien ra\s))(?P<rest>.+)$")
_KINDS = (
    r"buoi lam viec|hoi nghi|cuoc hop thuong ky|cuoc hop bat thuong|cuoc hop|working session|conference|"
    r"regular meeting|extraordinary meeting|meeting"
)
#: "Ban Thường vụ tổ chức buổi làm việc: <title>", "diễn ra hội nghị: <title>"
_ORGANISED = re.compile(rf"^(?:(?P<who>.+?)\s+(?:to chuc|organi[sz]ed)|dien ra)\s+(?P<kind>{_KINDS})\s*:\s+")
#: "X held the working session “<title>”", "the conference “<title>” was held", "X held a meeting"
_HELD = re.compile(
    rf"^(?:(?P<who>.+?)\s+held\s+(?:the|an?)\s+(?P<kind>{_KINDS})(?:\s+[“\"](?P<title>.*)[”\"])?|"
    rf"(?:the|an?)\s+(?P<kind2>{_KINDS})(?:\s+[“\"](?P<title2>.*)[”\"])?\s+was held)$"
)
_KIND_WORDS = {"buoi lam viec": "working_session", "working session": "working_session", "hoi nghi": "conference",
               "conference": "conference", "cuoc hop thuong ky": "regular", "regular meeting": "regular",
               "cuoc hop bat thuong": "extraordinary", "extraordinary meeting": "extraordinary"}  # fmt: skip


def notice_opening(ctx: Ctx, index: int, text: str) -> bool:
    """ "Ngày 19/01/2021, Ban Thường vụ Quận ủy làm việc với ..." : the date and what the meeting was."""
    folded = afold(text)
    m = _OPENING.match(folded)
    if not m:
        return False
    found = find_date(text[: m.end("date") + 1])
    if found is None:
        return False
    rec = ctx.rec
    rec.meeting_date = DateValue(found.value, found.precision, spans=[Span(index, found.start, found.end)],
                                 confidence=0.9)  # fmt: skip
    rest = text[m.start("rest") :]
    first_sentence = re.split(r"(?<=[.;])\s+(?=[A-ZÀ-Ỹ])", rest, maxsplit=1)
    title = first_sentence[0].strip().rstrip(".")
    organised = _ORGANISED.match(afold(title))
    held = _HELD.match(afold(title)) if ctx.language == "en" else None
    if organised:
        rec.kind = Text(
            _KIND_WORDS.get(organised.group("kind"), "other"), spans=[Span(index)], confidence=0.9
        )
        title = title[organised.end() :]
    elif held:  # the English notice: the meeting's title in quotes (none: the notice's subject stays)
        kind = held.group("kind") or held.group("kind2")
        rec.kind = Text(_KIND_WORDS.get(kind, "other"), spans=[Span(index)], confidence=0.9)
        quoted = "title" if held.group("title") is not None else "title2"
        if held.group(quoted) is None:
            ctx.use(index)
            return True
        title = title[held.start(quoted) : held.end(quoted)]
    if rec.title is not None:  # the notice's subject: kept, the meeting's own title follows
        rec.leftovers.append(Leftover(rec.title.value, spans=rec.title.spans))
    rec.title = Text(title[:1].upper() + title[1:], spans=[Span(index, m.start("rest"))], confidence=0.85)
    ctx.use(index)
    if len(first_sentence) > 1:
        ctx.leftover(index, first_sentence[1])
    return True


def heard(ctx: Ctx, index: int, text: str) -> bool:
    """ "Sau khi nghe đồng chí X - title báo cáo Y và 10 ý kiến ..., đồng chí Z - title kết luận như sau:"."""
    folded = afold(text)
    start = vocab.HEARD.match(folded)
    concl = re.search(
        r",\s+([^,]*?(?:,[^,]*?)*)\s+(?:ket luan nhu sau|concluded as follows)\s*:?\s*$", folded
    )
    if not start or not concl:
        return False
    rec = ctx.rec
    complete = True
    body = text[start.end() : concl.start()]
    # the concluding person: the longest tail after a comma that reads as a person
    tail_start = concl.start(1)
    chair = None
    for m in re.finditer(r",\s+", text[: concl.end(1)]):
        candidate = text[m.end() : concl.end(1)]
        if m.start() >= start.end() and (chair := ctx.person(candidate, index, m.end())) is not None:
            body = text[start.end() : m.start()]
            break
    if chair is None:
        chair = ctx.person(text[tail_start : concl.end(1)], index, tail_start)
    if chair is not None and rec.chair is None:
        rec.chair = chair
    elif chair is None:
        complete = False
    count = vocab.CONTRIBUTION_COUNT.search(afold(body))
    if count:
        rec.contribution_count = Text(count.group(1) or count.group(2), spans=[Span(index)], confidence=0.85)
        cut = afold(body).rfind(" va " if ctx.language == "vi" else " and ", 0, count.start() + 1)
        body = body[:cut] if cut >= 0 else ""
    for piece in [p for p in _heard_parts(ctx, body) if p.strip()]:
        if not _heard_report(ctx, index, piece.strip()):
            complete = False
    ctx.use(index)
    if not complete:
        ctx.leftover(index)
    return True


def _heard_parts(ctx: Ctx, body: str) -> list[str]:
    """The reports a notice says were heard: "; " between them, or in English " and " where the next
    report starts ("... present the report on A and the report on B", "... and Y - title present ...")."""
    pieces = re.split(r";\s+", body)
    if ctx.language != "en":
        return pieces
    out: list[str] = []
    for piece in pieces:
        start = 0
        for m in re.finditer(r"\s+and\s+", piece):
            rest = piece[m.end() :]
            who = ctx.phrase(rest) if not afold(rest).startswith("the report on ") else None
            if afold(rest).startswith("the report on ") or (
                who is not None and re.match(r"\s*present\s", afold(rest[who.end :]))
            ):
                out.append(piece[start : m.start()])
                start = m.end()
        out.append(piece[start:])
    return out


def _heard_report(ctx: Ctx, index: int, piece: str) -> bool:
    folded = afold(piece)
    m = re.search(r"\s+(?:bao cao|present the report on|present a report)(?:\s+|$)", folded)
    if m:
        who = ctx.person(piece[: m.start()], index)
        subject = piece[m.end() :].strip()
        title = _report_title(ctx, subject) if subject else ""  # "X báo cáo": which report is not said
        ctx.rec.reports.append(Report(presenter=who, title=title, spans=[Span(index)],
                                      confidence=0.85 if who else 0.6))  # fmt: skip
        return who is not None
    if folded.startswith(("bao cao ", "the report on ")):
        subject = piece.split(" ", 3)[-1] if ctx.language == "en" else piece[len("báo cáo ") :]
        title = _report_title(ctx, subject)
        ctx.rec.reports.append(Report(title=title, spans=[Span(index)], confidence=0.7))
        return True
    return False


def _report_title(ctx: Ctx, subject: str) -> str:
    """ "báo cáo kết quả ..." is how a notice cites "Báo cáo kết quả ..." (the word is put back); an
    English notice cites a Vietnamese title the same way ("the report on kết quả ...")."""
    subject = subject.strip()
    vietnamese = any(not ch.isascii() for ch in subject if ch.isalpha())
    if subject[:1].islower() and (ctx.language == "vi" or vietnamese):
        return f"Báo cáo {subject}"
    return subject[:1].upper() + subject[1:]
