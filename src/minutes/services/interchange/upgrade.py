"""A version 1 document as version 2, in memory: what version 1 could not say gets the value migration
0006 gives existing data (a date deadline, a figure kind from its shape, a general conclusion, one
contribution per row, no agenda). The file itself is not changed."""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

from minutes.domain.figures import infer_kind
from minutes.services.interchange.formats import FORMAT_VERSION


def _decimal(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None  # the importer refuses it, naming the field


def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a schema-valid version 1 document, as version 2."""
    out = copy.deepcopy(data)
    out["format_version"] = FORMAT_VERSION
    meeting = out["meeting"]
    meeting.update(next_meeting=None, document_dates=[], agenda=[])
    for report in meeting["reports"]:
        report["agenda_item"] = None
        for figure in report["figures"]:
            value, target, percent = (_decimal(figure[k]) for k in ("value", "target", "percent"))
            figure["kind"] = infer_kind(value, target, percent).value
            figure["compared_to"] = None
    for contribution in meeting["contributions"]:
        contribution.update(count=1, agenda_item=None)
    for conclusion in meeting["conclusions"]:
        conclusion.update(kind="general", agenda_item=None, votes=None)
    for task in meeting["tasks"]:
        deadline = task["deadline"]
        task.update(
            agenda_item=None,
            assignees=[],
            assignee_text="",
            done_at_meeting=False,
            deadline=None
            if deadline is None
            else {"kind": "date", "start": None, "end": deadline, "due": deadline, "text": ""},
        )
    return out
