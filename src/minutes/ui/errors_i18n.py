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
        "The file {name} is {size_mb} MB, more than the {limit_mb} MB an evidence file may have "
        "(see the settings). Nothing was saved.",
    ),
    QT_TRANSLATE_NOOP("errors", "The file {name} could not be read ({detail}). Nothing was saved."),
    QT_TRANSLATE_NOOP(
        "errors",
        "This database was written by a newer version of the application (schema {found}); "
        "this version knows schema {known}. Install the newer version to open it. "
        "The database was not changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "The file {path} is not a readable database ({detail}). It was not changed."),
    QT_TRANSLATE_NOOP("errors", "Cannot open the database {url}: {detail}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "The server {url} did not accept the login {login}: its password is missing or wrong ({detail}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "No password store of the system can be used here ({detail}). The password was not saved: "
        "it is asked again each time the application starts.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {url} is busy: another program has been writing to it for too long. "
        "Nothing was changed; try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {url} can only be read (the file, its folder or the disk does not allow writing). "
        "Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The disk of the database {url} is full. Nothing was changed; free some space and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The disk of the database {url} reported an error while writing (it may be full or failing). "
        "Nothing was changed; free some space or check the disk, then try again.",
    ),
    QT_TRANSLATE_NOOP("errors", "The database {url} refused the change ({detail}). Nothing was changed."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database address {url} is not supported: give a SQLite file or a postgresql:// address "
        "({detail}).",
    ),
    QT_TRANSLATE_NOOP("errors", "{entity} {ident} does not exist (it may have been deleted)."),
    QT_TRANSLATE_NOOP("errors", "{field}: {detail}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "Someone else changed this {entity} while you were editing it. Your text was kept; "
        "reload to see their version.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{who} changed this at {when} while you were editing it. Nothing was overwritten and your "
        "text was kept: choose which to keep.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Someone else changed this list while you were looking at it, so nothing was moved. The list now "
        "shows their order; move it again if it should still go there.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{who} changed this at {when}, after you saw it, so it was not deleted. Look at their change; "
        "delete it again if it should still go.",
    ),
    QT_TRANSLATE_NOOP("errors", "The file cannot be imported: {path}: {detail}. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "The document could not be produced: {detail}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "{unit} has no organisation profile yet, so its documents would have no letterhead. "
        "Set up the profile of {unit} (its names, code and signers), or choose another profile.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "No organisation profile is set up yet, so the document would have no letterhead. "
        "Set up a profile (names, code and signers) first, or choose one.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A status report counts the tasks up to a date: give the date of the report "
        "(the day its figures are counted to).",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The file {path} could not be written: {reason}. A file already there was left as it was."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is damaged ({detail}). It was not opened, so that nothing more is lost; "
        "restore the latest good backup.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The file {path} is a database of another program ({detail}). It was not changed; "
        "to start a new database, choose a new file name.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The backup {path} could not be made: {detail}. The database was not changed."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The file {path} is not a backup of this application's database ({detail}). "
        "The database was not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} is damaged ({detail}) and cannot be restored. The database was not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} was made by a newer version of the application (schema {found}; this version "
        "knows schema {known}) and cannot be restored with it. The database was not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {url} already holds data ({count} rows in {table}); an archive is loaded only into an "
        "empty database. Nothing was changed.",
    ),
    # importing Word documents (minutes.archive)
    QT_TRANSLATE_NOOP("errors", "{name} cannot be read as a Word document: {detail}"),
    QT_TRANSLATE_NOOP("errors", "{name}: no meeting date was found in the document, so it was not imported."),
    QT_TRANSLATE_NOOP("errors", "{name} is not a Word document (.docx, .doc or .odt)."),
    QT_TRANSLATE_NOOP("errors", "{name} does not exist."),
    QT_TRANSLATE_NOOP("errors", "the import stopped before this file"),
    QT_TRANSLATE_NOOP(
        "errors",
        "The import stopped unexpectedly (its process ended, code {code}). The documents listed as imported "
        "were saved completely; the others were not imported: import them again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The import stopped because of an unexpected error (written to the log). The documents listed as "
        "imported were saved completely; the others were not imported.",
    ),
    QT_TRANSLATE_NOOP("errors", "The import could not start ({detail}). Nothing was imported."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{name} is a {suffix} file: reading it needs LibreOffice, which is not installed on this computer. "
        "Install LibreOffice (https://www.libreoffice.org), or save the file as .docx in Word, and try again.",
    ),
    QT_TRANSLATE_NOOP("errors", "LibreOffice could not convert {name} to .docx: {detail}"),
    # finalised minutes (minutes.services.finalise)
    QT_TRANSLATE_NOOP(
        "errors",
        "The minutes “{title}” are finalised and cannot be changed. A leader can amend them, giving a "
        "reason; the finalised version stays as it was.",
    ),
    QT_TRANSLATE_NOOP("errors", "Your role ({role}) does not allow this: {action}."),
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
    QT_TRANSLATE_NOOP("errors", "as_of"),
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
    QT_TRANSLATE_NOOP("errors", "after the date of the report"),
    # finalised minutes
    QT_TRANSLATE_NOOP("errors", "the minutes are already finalised"),
    QT_TRANSLATE_NOOP("errors", "an amendment needs a reason"),
    QT_TRANSLATE_NOOP("errors", "only finalised minutes are amended"),
    QT_TRANSLATE_NOOP("errors", "there is no such finalised version"),
    QT_TRANSLATE_NOOP("errors", "finalise minutes"),
    QT_TRANSLATE_NOOP("errors", "amend finalised minutes"),
    QT_TRANSLATE_NOOP("errors", "version"),
    QT_TRANSLATE_NOOP("errors", "leader"),
    QT_TRANSLATE_NOOP("errors", "secretary"),
    QT_TRANSLATE_NOOP("errors", "viewer"),
    # roles (minutes.services.permissions, minutes.services.users)
    QT_TRANSLATE_NOOP("errors", "manage users or finalise minutes"),
    QT_TRANSLATE_NOOP("errors", "change anything"),
    QT_TRANSLATE_NOOP("errors", "change the minutes"),
    QT_TRANSLATE_NOOP("errors", "change a task other than its progress"),
    QT_TRANSLATE_NOOP("errors", "report on another unit's tasks"),
    QT_TRANSLATE_NOOP("errors", "manage users"),
    QT_TRANSLATE_NOOP("errors", "login"),
    QT_TRANSLATE_NOOP("errors", "letters a-z, digits, '_', '.', '-' (at most 63)"),
    QT_TRANSLATE_NOOP("errors", "a unit member needs the unit whose tasks it reports on"),
    QT_TRANSLATE_NOOP("errors", "this login is already a user"),
    QT_TRANSLATE_NOOP("errors", "no such user"),
    # minutes.fileio.REASONS: why a file could not be written
    QT_TRANSLATE_NOOP("errors", "the folder does not exist"),
    QT_TRANSLATE_NOOP("errors", "permission denied"),
    QT_TRANSLATE_NOOP("errors", "the disk is read-only"),
    QT_TRANSLATE_NOOP("errors", "the disk is full"),
    QT_TRANSLATE_NOOP("errors", "the disk quota is used up"),
    QT_TRANSLATE_NOOP("errors", "the file is larger than allowed"),
    QT_TRANSLATE_NOOP("errors", "a folder has that name"),
    QT_TRANSLATE_NOOP("errors", "the name is too long"),
    QT_TRANSLATE_NOOP("errors", "the disk reported an error"),
    # minutes.db.probe and minutes.db.backup: why a file is not opened or not restored
    QT_TRANSLATE_NOOP("errors", "not a SQLite database"),
    QT_TRANSLATE_NOOP("errors", "it has none of this application's tables"),
    QT_TRANSLATE_NOOP("errors", "its tables are named like this application's but it was not made by it"),
    QT_TRANSLATE_NOOP("errors", "another program is writing to it; try again"),
    QT_TRANSLATE_NOOP("errors", "the file cannot be opened"),
    QT_TRANSLATE_NOOP("errors", "it holds no database of this application"),
    QT_TRANSLATE_NOOP("errors", "no such file"),
    QT_TRANSLATE_NOOP("errors", "it is the database itself"),
    # minutes.db.archive
    QT_TRANSLATE_NOOP("errors", "the database has no tables yet"),
    QT_TRANSLATE_NOOP("errors", "it is not an archive of this application"),
    QT_TRANSLATE_NOOP("errors", "there is data after its end"),
    QT_TRANSLATE_NOOP("errors", "the row counts at its end do not match its content"),
    QT_TRANSLATE_NOOP("errors", "the file ends early (it was cut off)"),
    QT_TRANSLATE_NOOP("errors", "it is not a readable archive"),
    QT_TRANSLATE_NOOP("errors", "a line of it cannot be read"),
    QT_TRANSLATE_NOOP("errors", "a row does not match its table"),
    QT_TRANSLATE_NOOP("errors", "it has a table this version does not know"),
    # minutes.db.engine
    QT_TRANSLATE_NOOP("errors", "not a database address"),
    QT_TRANSLATE_NOOP("errors", "unknown kind of database"),
    QT_TRANSLATE_NOOP(
        "errors", "its driver is not installed (for PostgreSQL: pip install 'minutes[postgres]')"
    ),
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
