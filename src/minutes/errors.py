"""Errors a user can cause. Each carries a message for the user; the UI translates the template.

Messages are written as English source strings with ``{named}`` fields; the UI passes ``message`` through
Qt's translator (context "errors") before formatting, the CLI prints the English text. Bugs are not
``UserError`` and go to the crash handler.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A problem the user can understand and fix."""

    template: str = "{detail}"

    def __init__(self, template: str | None = None, **fields: Any) -> None:
        if template is not None:
            self.template = template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.fields)
        except (KeyError, IndexError):
            return self.template

    def translated(self, translate: Any) -> str:
        """The message through ``translate(context, text)`` (e.g. QCoreApplication.translate)."""
        try:
            return str(translate("errors", self.template)).format(**self.fields)
        except (KeyError, IndexError):
            return self.message


class DatabaseTooNew(UserError):
    template = (
        "This database was written by a newer version of the application (schema {found}); "
        "this version knows schema {known}. Install the newer version to open it. "
        "The database was not changed."
    )


class DatabaseCorrupt(UserError):
    template = "The file {path} is not a readable database ({detail}). It was not changed."


class DatabaseDamaged(DatabaseCorrupt):
    """The database is ours but its integrity check fails: refused, and a backup is the way back."""

    template = (
        "The database {path} is damaged ({detail}). It was not opened, so that nothing more is lost; "
        "restore the latest good backup."
    )


class ForeignDatabase(UserError):
    template = (
        "The file {path} is a database of another program ({detail}). It was not changed; "
        "to start a new database, choose a new file name."
    )


class DatabaseUnavailable(UserError):
    template = "Cannot open the database {url}: {detail}"


class DatabasePasswordNeeded(DatabaseUnavailable):
    """The server asks for a password it was not given, or refused the one given."""

    template = (
        "The server {url} did not accept the login {login}: its password is missing or wrong ({detail})."
    )


class DatabaseBusy(UserError):
    template = (
        "The database {url} is busy: another program has been writing to it for too long. "
        "Nothing was changed; try again in a moment."
    )


class DatabaseReadOnly(UserError):
    template = (
        "The database {url} can only be read (the file, its folder or the disk does not allow writing). "
        "Nothing was changed."
    )


class DatabaseFull(UserError):
    template = "The disk of the database {url} is full. Nothing was changed; free some space and try again."


class DatabaseDiskError(UserError):
    template = (
        "The disk of the database {url} reported an error while writing (it may be full or failing). "
        "Nothing was changed; free some space or check the disk, then try again."
    )


class DatabaseRefused(UserError):
    template = "The database {url} refused the change ({detail}). Nothing was changed."


class UnsupportedDatabase(UserError):
    template = (
        "The database address {url} is not supported: give a SQLite file or a postgresql:// address "
        "({detail})."
    )


class NotFound(UserError):
    template = "{entity} {ident} does not exist (it may have been deleted)."


class ValidationError(UserError):
    template = "{field}: {detail}"


class ConflictError(UserError):
    template = (
        "Someone else changed this {entity} while you were editing it. Your text was kept; "
        "reload to see their version."
    )


class FileTooLarge(UserError):
    template = (
        "The file {name} is {size_mb} MB, more than the {limit_mb} MB an evidence file may have "
        "(see the settings). Nothing was saved."
    )


class FileUnreadable(UserError):
    template = "The file {name} could not be read ({detail}). Nothing was saved."


class EditConflict(ConflictError):
    """A write based on a version someone else has changed since: refused, with both sides kept.

    ``clashes`` maps each field both sides changed to ``(mine, theirs)``; ``version`` is the record's
    version now (a write that names it replaces their text: "keep mine"); ``who``/``at`` come from the
    audit trail (the last change of the field).
    """

    template = (
        "{who} changed this at {when} while you were editing it. Nothing was overwritten and your "
        "text was kept: choose which to keep."
    )

    def __init__(
        self,
        *,
        entity: str,
        entity_id: int,
        clashes: dict[str, tuple[object, object]],
        version: int,
        who: str,
        at: object,
    ) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.clashes = clashes
        self.version = version
        self.who = who
        self.at = at
        super().__init__(entity=entity, who=who, when=_when(at))

    @property
    def field(self) -> str:
        return next(iter(self.clashes), "")

    @property
    def mine(self) -> object:
        return self.clashes[self.field][0] if self.clashes else None

    @property
    def theirs(self) -> object:
        return self.clashes[self.field][1] if self.clashes else None


class OrderConflict(ConflictError):
    """A move based on an order of the list someone else has changed since: nothing was moved."""

    template = (
        "Someone else changed this list while you were looking at it, so nothing was moved. The list now "
        "shows their order; move it again if it should still go there."
    )


class DeleteConflict(EditConflict):
    """A deletion refused: the record was changed since the user saw it (their change would be lost)."""

    template = (
        "{who} changed this at {when}, after you saw it, so it was not deleted. Look at their change; "
        "delete it again if it should still go."
    )


def _when(at: object) -> str:
    """A UTC timestamp of the audit trail as the local time of day and date."""
    from datetime import UTC, datetime

    if not isinstance(at, datetime):
        return "?"
    local = at.replace(tzinfo=UTC).astimezone() if at.tzinfo is None else at.astimezone()
    return f"{local:%H:%M:%S %d/%m/%Y}"


class ImportFormatError(UserError):
    template = "The file cannot be imported: {path}: {detail}. Nothing was imported."


class ExportError(UserError):
    template = "The document could not be produced: {detail}"


class ProfileMissing(UserError):
    """A document has no organisation profile to be issued under (letterhead, signers, recipients)."""

    template = (
        "{unit} has no organisation profile yet, so its documents would have no letterhead. "
        "Set up the profile of {unit} (its names, code and signers), or choose another profile."
    )


class NoProfile(ProfileMissing):
    template = (
        "No organisation profile is set up yet, so the document would have no letterhead. "
        "Set up a profile (names, code and signers) first, or choose one."
    )


class ReferenceDateMissing(UserError):
    template = (
        "A status report counts the tasks up to a date: give the date of the report "
        "(the day its figures are counted to)."
    )


class FileWriteError(ExportError):
    """A file could not be written (dump, document, backup...); the previous file is intact."""

    template = "The file {path} could not be written: {reason}. A file already there was left as it was."


class BackupFailed(UserError):
    template = "The backup {path} could not be made: {detail}. The database was not changed."


class BackupUnusable(UserError):
    template = (
        "The file {path} is not a backup of this application's database ({detail}). "
        "The database was not changed."
    )


class BackupDamaged(UserError):
    template = "The backup {path} is damaged ({detail}) and cannot be restored. The database was not changed."


class BackupTooNew(UserError):
    template = (
        "The backup {path} was made by a newer version of the application (schema {found}; this version "
        "knows schema {known}) and cannot be restored with it. The database was not changed."
    )


class ArchiveTargetNotEmpty(UserError):
    template = (
        "The database {url} already holds data ({count} rows in {table}); an archive is loaded only into an "
        "empty database. Nothing was changed."
    )


class MeetingLocked(UserError):
    template = (
        "The minutes “{title}” are finalised and cannot be changed. A leader can amend them, giving a "
        "reason; the finalised version stays as it was."
    )


class NotPermitted(UserError):
    template = "Your role ({role}) does not allow this: {action}."
