"""The user-facing texts of ``minutes.errors`` and of the services' validation messages, listed here so
``pyside6-lupdate`` extracts them (context "errors"), and :func:`user_message` that shows an error in the
user's language.

The core packages do not import Qt, so their English texts cannot carry ``tr()`` calls; the templates are
repeated below and a test checks that every ``UserError`` template of ``minutes.errors`` is listed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from minutes.errors import UserError
from minutes.ui.tr import QT_TRANSLATE_NOOP

CONTEXT = "errors"

TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "{detail}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "This database was written by a newer version of the application (schema {found}); "
        "this version knows schema {known}. Install the newer version to open it. "
        "The database was not changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "The file {path} is not a readable database ({detail}). It was not changed."),
    QT_TRANSLATE_NOOP("errors", "Cannot open the database {url}: {detail}"),
    QT_TRANSLATE_NOOP("errors", "{entity} {ident} does not exist (it may have been deleted)."),
    QT_TRANSLATE_NOOP("errors", "{field}: {detail}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "Someone else changed this {entity} while you were editing it. Your text was kept; "
        "reload to see their version.",
    ),
    QT_TRANSLATE_NOOP("errors", "The file cannot be imported: {path}: {detail}. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "The document could not be produced: {detail}"),
)

# Field and entity names the services put into messages.
NAMES = (
    QT_TRANSLATE_NOOP("errors", "title"),
    QT_TRANSLATE_NOOP("errors", "kind"),
    QT_TRANSLATE_NOOP("errors", "meeting_date"),
    QT_TRANSLATE_NOOP("errors", "start_time"),
    QT_TRANSLATE_NOOP("errors", "end_time"),
    QT_TRANSLATE_NOOP("errors", "spoken_at"),
    QT_TRANSLATE_NOOP("errors", "status"),
    QT_TRANSLATE_NOOP("errors", "role"),
    QT_TRANSLATE_NOOP("errors", "presence"),
    QT_TRANSLATE_NOOP("errors", "attendance"),
    QT_TRANSLATE_NOOP("errors", "label"),
    QT_TRANSLATE_NOOP("errors", "value"),
    QT_TRANSLATE_NOOP("errors", "target"),
    QT_TRANSLATE_NOOP("errors", "percent"),
    QT_TRANSLATE_NOOP("errors", "name"),
    QT_TRANSLATE_NOOP("errors", "full_name"),
    QT_TRANSLATE_NOOP("errors", "text"),
    QT_TRANSLATE_NOOP("errors", "priority"),
    QT_TRANSLATE_NOOP("errors", "progress"),
    QT_TRANSLATE_NOOP("errors", "source_kind"),
    QT_TRANSLATE_NOOP("errors", "source"),
    QT_TRANSLATE_NOOP("errors", "deadline"),
    QT_TRANSLATE_NOOP("errors", "reason"),
    QT_TRANSLATE_NOOP("errors", "task"),
    QT_TRANSLATE_NOOP("errors", "update_date"),
    QT_TRANSLATE_NOOP("errors", "completed_on"),
    QT_TRANSLATE_NOOP("errors", "coordinating_units"),
    QT_TRANSLATE_NOOP("errors", "lead_unit"),
    QT_TRANSLATE_NOOP("errors", "meeting"),
    QT_TRANSLATE_NOOP("errors", "meetings"),
    QT_TRANSLATE_NOOP("errors", "person"),
    QT_TRANSLATE_NOOP("errors", "unit"),
    QT_TRANSLATE_NOOP("errors", "report"),
    QT_TRANSLATE_NOOP("errors", "reports"),
    QT_TRANSLATE_NOOP("errors", "figure"),
    QT_TRANSLATE_NOOP("errors", "report_figures"),
    QT_TRANSLATE_NOOP("errors", "contribution"),
    QT_TRANSLATE_NOOP("errors", "contributions"),
    QT_TRANSLATE_NOOP("errors", "conclusion"),
    QT_TRANSLATE_NOOP("errors", "conclusions"),
    QT_TRANSLATE_NOOP("errors", "recommendation"),
    QT_TRANSLATE_NOOP("errors", "recommendations"),
    QT_TRANSLATE_NOOP("errors", "recommendation group"),
    QT_TRANSLATE_NOOP("errors", "recommendation_groups"),
    QT_TRANSLATE_NOOP("errors", "tasks"),
    QT_TRANSLATE_NOOP("errors", "record"),
    # model v2
    QT_TRANSLATE_NOOP("errors", "location"),
    QT_TRANSLATE_NOOP("errors", "reference_number"),
    QT_TRANSLATE_NOOP("errors", "date_precision"),
    QT_TRANSLATE_NOOP("errors", "next_meeting_date"),
    QT_TRANSLATE_NOOP("errors", "next_meeting_location"),
    QT_TRANSLATE_NOOP("errors", "document"),
    QT_TRANSLATE_NOOP("errors", "document_date"),
    QT_TRANSLATE_NOOP("errors", "duration_seconds"),
    QT_TRANSLATE_NOOP("errors", "count"),
    QT_TRANSLATE_NOOP("errors", "votes_for"),
    QT_TRANSLATE_NOOP("errors", "votes_against"),
    QT_TRANSLATE_NOOP("errors", "votes_abstain"),
    QT_TRANSLATE_NOOP("errors", "votes_total"),
    QT_TRANSLATE_NOOP("errors", "assignees"),
    QT_TRANSLATE_NOOP("errors", "assignee_text"),
    QT_TRANSLATE_NOOP("errors", "agenda_item"),
    QT_TRANSLATE_NOOP("errors", "agenda item"),
    QT_TRANSLATE_NOOP("errors", "compared_to"),
)

# Fixed validation messages of the services.
DETAILS = (
    QT_TRANSLATE_NOOP("errors", "must not be empty"),
    QT_TRANSLATE_NOOP("errors", "name either a person or a group"),
    QT_TRANSLATE_NOOP("errors", "this person is already on the list"),
    QT_TRANSLATE_NOOP("errors", "must be between 0 and 100"),
    QT_TRANSLATE_NOOP("errors", "the item belongs to another meeting"),
    QT_TRANSLATE_NOOP("errors", "use change_deadline with a reason"),
    QT_TRANSLATE_NOOP("errors", "say why the deadline changes"),
    QT_TRANSLATE_NOOP("errors", "the task is cancelled"),
    QT_TRANSLATE_NOOP("errors", "before the meeting that set the task"),
    QT_TRANSLATE_NOOP("errors", "unknown unit"),
    QT_TRANSLATE_NOOP("errors", "unknown person"),
    QT_TRANSLATE_NOOP("errors", "the agenda item belongs to another meeting"),
    QT_TRANSLATE_NOOP("errors", "a range must start before it ends"),
)

# Messages with numbers or dates in them: the pattern, and the template translators see.
PATTERNS = (
    (
        re.compile(r"^at most (?P<limit>\d+) characters \((?P<given>\d+) given\)$"),
        QT_TRANSLATE_NOOP("errors", "at most {limit} characters ({given} given)"),
    ),
    (
        re.compile(r"^must be between (?P<low>-?\d+) and (?P<high>-?\d+)$"),
        QT_TRANSLATE_NOOP("errors", "must be between {low} and {high}"),
    ),
    (
        re.compile(r"^(?P<day>\d{4}-\d\d-\d\d) is before the meeting \((?P<meeting>\d{4}-\d\d-\d\d)\)$"),
        QT_TRANSLATE_NOOP("errors", "{day} is before the meeting ({meeting})"),
    ),
    (
        re.compile(r"^(?P<cast>\d+) votes cast, more than (?P<total>\d+)$"),
        QT_TRANSLATE_NOOP("errors", "{cast} votes cast, more than {total}"),
    ),
    (
        re.compile(r"^at most (?P<whole>\d+) digits before the decimal mark and (?P<fraction>\d+) after$"),
        QT_TRANSLATE_NOOP("errors", "at most {whole} digits before the decimal mark and {fraction} after"),
    ),
)

# Messages that end with the offending value (``not a date: '31/02'``): the words before it.
PREFIXES = (
    QT_TRANSLATE_NOOP("errors", "unknown value"),
    QT_TRANSLATE_NOOP("errors", "not a date"),
    QT_TRANSLATE_NOOP("errors", "not a time"),
    QT_TRANSLATE_NOOP("errors", "not a number"),
)

_PREFIX = re.compile(r"^(unknown value|not a date|not a time|not a number)(:?\s+)(.*)$", re.S)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate_value(value: object) -> object:
    """A field of a message in the user's language when it is one of the known words; else unchanged."""
    if not isinstance(value, str) or not value:
        return value
    match = _PREFIX.match(value)
    if match:
        return f"{_t(match.group(1))}{match.group(2)}{match.group(3)}"
    for pattern, template in PATTERNS:
        found = pattern.match(value)
        if found:
            return _t(template).format(**found.groupdict())
    return _t(value)


def user_message(exc: BaseException) -> str:
    """What to tell the user about ``exc``, in the user's language."""
    if isinstance(exc, UserError):
        fields = {key: translate_value(value) for key, value in exc.fields.items()}
        try:
            return _t(exc.template).format(**fields)
        except (KeyError, IndexError, ValueError):
            return exc.message
    return QCoreApplication.translate(CONTEXT, "Unexpected error: {detail}").format(
        detail=f"{type(exc).__name__}: {exc}"
    )
