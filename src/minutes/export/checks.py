"""What a clerk should know before printing one document: only what matters for that document.

Each :class:`Issue` names something the document will leave blank or leave out because the record does
not hold it. Nothing here is about a field that is merely optional (a task with no coordinating unit
is complete). The CLI and the export dialog word each code for a clerk (``cli/export.py``,
``ui/export_jobs.py``).

Codes:

* ``no_issuing_body``: the profile names no issuing body (the letterhead has no name);
* ``layout_not_the_profiles``: a Party body in the state layout (beside the Quốc hiệu) or a state body
  in the Party layout (under "ĐẢNG CỘNG SẢN VIỆT NAM"); ``text`` is the profile's family;
* ``no_chair``: the chair's signature name is blank (minutes; notice and plan when the profile names
  no signer); ``no_secretary``, ``no_start_time``, ``no_end_time``, ``no_location``, ``no_attendance``:
  a dotted blank of Mẫu 1.9 is printed (minutes);
* ``no_signer_role``: the profile gives the signature no role (notice, plan, report);
  ``no_report_signer``: the report's signer name is blank (it comes from the profile only);
* ``no_archive``: a Party document without "Lưu ..." (the profile names neither file copy nor office);
* ``figures_incomplete``: figures that lack what their kind needs to be stated (a change without the
  period compared against, a rank without whole numbers); ``items`` names them (minutes);
* ``recommendation_unanswered``: no task answers the recommendation (notice; ``text`` is it);
* ``tasks_without_assignee``, ``tasks_without_deadline``, ``tasks_without_product``: the tasks
  concerned are in ``items`` (notice and plan; the report for deadlines: never counted overdue);
* ``empty_contributions``: contributions with neither a speaker nor text, counted once (a point added
  and never written; printed as one unnamed contribution); ``items``: their numbers (minutes). One with
  a speaker ("X phát biểu") or a count ("02 ý kiến phát biểu") is a complete record;
  ``empty_conclusions``, ``empty_recommendations``: blank points and recommendations, left out of the
  minutes (``items``: their numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from minutes.domain.enums import SourceKind
from minutes.export.profile import DocKind, OrgProfileData
from minutes.export.signing import is_archive_line
from minutes.export.vnformat import Family
from minutes.services.dto import MeetingDetail, TaskDTO


@dataclass(frozen=True)
class Issue:
    code: str
    text: str = ""
    items: tuple[str, ...] = ()


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _has_assignee(task: TaskDTO) -> bool:
    """A lead unit, a person assigned or responsible, or a free-text assignee."""
    return bool(
        task.lead_unit_name.strip()
        or task.responsible_name.strip()
        or any(name.strip() for name in task.assignee_names)
        or task.assignee_text.strip()
    )


def task_issues(tasks: Sequence[TaskDTO], kind: DocKind) -> list[Issue]:
    """What the tasks lack that ``kind`` prints (one issue per missing item, naming the tasks)."""
    found: dict[str, list[TaskDTO]] = {}
    if kind in ("conclusion", "plan"):
        found["tasks_without_assignee"] = [t for t in tasks if not _has_assignee(t)]
    if kind in ("conclusion", "plan"):  # a task done at the meeting needs no deadline
        found["tasks_without_deadline"] = [t for t in tasks if t.deadline is None and not t.done_at_meeting]
    if kind == "report":  # a done or cancelled task needs no deadline to be counted
        found["tasks_without_deadline"] = [t for t in tasks if t.deadline is None and t.status.is_open]
    if kind == "plan":
        found["tasks_without_product"] = [
            t for t in tasks if not t.expected_product.strip() and not t.done_at_meeting
        ]
    return [
        Issue(code, items=tuple(_short(t.text) for t in listed)) for code, listed in found.items() if listed
    ]


def profile_issues(profile: OrgProfileData, kind: DocKind, family: Family) -> list[Issue]:
    issues = []
    if {family, profile.family} == {"state", "party"}:
        issues.append(Issue("layout_not_the_profiles", profile.family))
    issuing = profile.issuing_body or (profile.plain_issuing_body if family == "plain" else "")
    if not issuing.strip():
        issues.append(Issue("no_issuing_body"))
    signers = profile.document(kind).signers(family)
    if kind != "minutes" and not signers.right.strip():
        issues.append(Issue("no_signer_role"))
    if kind == "report" and not profile.report.right_name.strip():
        issues.append(Issue("no_report_signer"))
    if family == "party" and not (profile.archive.strip() or profile.office.strip()):
        if not any(is_archive_line(line) for line in profile.document(kind).recipients):
            issues.append(Issue("no_archive"))
    return issues


def blank_item_issues(meeting: MeetingDetail) -> list[Issue]:
    """Records with no text (a point added and never written): what the minutes do with them."""
    found = {
        "empty_contributions": [
            f"{n}"
            for n, c in enumerate(meeting.contributions, start=1)
            if not c.text.strip() and not c.speaker_display.strip() and c.count <= 1
        ],
        "empty_conclusions": [
            f"{n}" for n, c in enumerate(meeting.conclusions, start=1) if not c.text.strip()
        ],
        "empty_recommendations": [
            f"({n})"
            for n, r in enumerate((r for g in meeting.recommendation_groups for r in g.items), start=1)
            if not r.text.strip()
        ],
    }
    return [Issue(code, items=tuple(items)) for code, items in found.items() if items]


def check(meeting: MeetingDetail, kind: DocKind = "minutes", profile: OrgProfileData | None = None,
          family: Family = "state") -> list[Issue]:  # fmt: skip
    """What ``kind`` of this meeting will leave blank or out, under ``profile`` in ``family``."""
    issues = profile_issues(profile, kind, family) if profile is not None else []
    signer_name = profile.document(kind).right_name.strip() if profile is not None else ""
    if kind in ("minutes", "conclusion", "plan") and not meeting.chair_name.strip() and not signer_name:
        issues.append(Issue("no_chair"))
    if kind == "minutes":
        if not meeting.secretary_name.strip():
            issues.append(Issue("no_secretary"))
        if meeting.start_time is None:
            issues.append(Issue("no_start_time"))
        if meeting.end_time is None:
            issues.append(Issue("no_end_time"))
        if not meeting.location.strip():
            issues.append(Issue("no_location"))
        if not any((a.group_name or a.person_name).strip() for a in meeting.attendance):
            issues.append(Issue("no_attendance"))
        lacking = [_short(f.label) for r in meeting.reports for f in r.figures if f.problems]
        if lacking:
            issues.append(Issue("figures_incomplete", items=tuple(lacking)))
        return issues + blank_item_issues(meeting)
    if kind == "conclusion":
        answered = {t.source_id for t in meeting.tasks if t.source_kind == SourceKind.RECOMMENDATION}
        number = 0
        for group in meeting.recommendation_groups:
            for item in group.items:
                number += 1
                if item.id not in answered:
                    issues.append(Issue("recommendation_unanswered", _short(item.text), (str(number),)))
    issues += task_issues(meeting.tasks, kind)
    return issues
