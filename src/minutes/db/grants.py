"""PostgreSQL grants per role (issue 13, item 3): what a login may do is checked by the server too.

Four group roles, shared by the server's databases: ``minutes_viewer`` reads; ``minutes_unit`` reads and
reports progress and evidence (tasks, progress updates, attachments, task events); ``minutes_secretary``
writes the minutes but cannot manage users, finalise (meeting versions) or change the audit trail;
``minutes_leader`` may do all of that except changing the audit trail. Everyone may append to the audit
trail, keep drafts and the search index. Applied on this schema's tables by migration 0012 and again
after each upgrade (:func:`apply` is idempotent), and as default privileges for tables created later.
Nothing is done when the login running it may not create roles (it is then the administrator's task).
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

log = logging.getLogger(__name__)

GROUPS = {
    "viewer": "minutes_viewer",
    "unit": "minutes_unit",
    "secretary": "minutes_secretary",
    "leader": "minutes_leader",
}
#: Tables everyone who can act may write: bookkeeping of every write (task_tally, task_coordinated_tally:
#: kept by triggers on tasks and their coordinating units).
BOOKKEEPING = ("drafts", "search_entries", "app_settings", "task_tally", "task_coordinated_tally")
#: Tables a unit member writes: progress and evidence of its unit's tasks (checked row by row by the
#: services, minutes.services.permissions).
TRACKING = ("tasks", "progress_updates", "attachments", "task_events")
#: Tables only leaders write.
LEADERS_ONLY = ("users", "meeting_versions")


def can_manage_roles(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
    )


def _ensure_group(connection: Connection, name: str) -> None:
    connection.execute(
        text(
            f"DO $$ BEGIN CREATE ROLE {name} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    )


def apply(connection: Connection) -> bool:
    """Create the group roles and grant them their rights on the current schema; False when this login
    may not manage roles (nothing done)."""
    if not can_manage_roles(connection):
        log.warning("the database login may not create roles: PostgreSQL grants per role were not applied")
        return False
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    tables = set(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    q = f'"{schema}"'
    for group in GROUPS.values():
        _ensure_group(connection, group)
    everyone = ", ".join(GROUPS.values())
    writers = "minutes_unit, minutes_secretary, minutes_leader"
    statements = [
        f"GRANT USAGE ON SCHEMA {q} TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {q} TO {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q} TO {writers}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {q} TO minutes_secretary, minutes_leader",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT SELECT ON TABLES TO {everyone}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT USAGE, SELECT ON SEQUENCES TO {writers}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
        "TO minutes_secretary, minutes_leader",
    ]
    for table in tables & set(LEADERS_ONLY):
        statements.append(f'REVOKE INSERT, UPDATE, DELETE ON {q}."{table}" FROM minutes_secretary')
    if "audit_log" in tables:
        statements.append(f'REVOKE UPDATE, DELETE ON {q}."audit_log" FROM {writers}')
        statements.append(f'GRANT INSERT ON {q}."audit_log" TO {writers}')
    for table in tables & set(BOOKKEEPING):
        statements.append(f'GRANT INSERT, UPDATE, DELETE ON {q}."{table}" TO {writers}')
    for table in tables & set(TRACKING):
        statements.append(f'GRANT INSERT, UPDATE ON {q}."{table}" TO minutes_unit')
    for statement in statements:
        connection.execute(text(statement))
    return True
