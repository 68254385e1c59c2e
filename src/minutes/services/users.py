"""Users and their roles (issue 13, items 2-3): who is acting, and the users a leader manages.

:func:`acting_user` is the identity every GUI and CLI session acts under. On SQLite it is the name given
(the one local user, with every right). On PostgreSQL it is the database login, checked by the server:
a name claimed with ``--user`` or ``MINUTES_USER`` is ignored. Its role comes from ``users``; the server's
administrator (a login that may create roles) and, while no user is registered yet, any login have every
right (an office that has not set up roles works as before); once users are registered, an unregistered
login only reads.

:class:`UsersService` adds, lists and changes users. On PostgreSQL adding one also creates its login
(when this login may create roles) and makes it a member of its role's group (minutes.db.grants), so the
server refuses what the role may not do even outside the application.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, text

from minutes.db import grants
from minutes.db import models as m
from minutes.db.users import User
from minutes.errors import NotPermitted, ValidationError
from minutes.services.base import Service
from minutes.services.context import Actor, Database
from minutes.services.permissions import ROLES

_LOGIN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


@dataclass(frozen=True)
class UserDTO:
    id: int
    login: str
    role: str
    person_id: int | None
    person_name: str
    unit_id: int | None
    unit_name: str
    active: bool
    version: int = 1


def acting_user(db: Database, claimed: str) -> Actor:
    """Who is acting on ``db`` (see the module's note)."""
    if db.is_sqlite:
        return Actor(claimed, "admin")
    with db.engine.connect() as c:
        login = str(c.execute(text("SELECT session_user")).scalar())
        row = c.execute(select(User.role, User.unit_id, User.active).where(User.login == login)).first()
        registered = c.execute(select(func.count()).select_from(User)).scalar() or 0
        administrator = grants.can_manage_roles(c)
    if row is not None:
        return Actor(login, row.role if row.active else "viewer", row.unit_id)
    return Actor(login, "admin" if registered == 0 or administrator else "viewer")


def _quote(login: str) -> str:
    return '"' + login.replace('"', '""') + '"'


class UsersService(Service):
    def list_users(self) -> list[UserDTO]:
        with self.read() as s:
            rows = s.execute(
                select(User, m.Person.full_name, m.Unit.name)
                .outerjoin(m.Person, m.Person.id == User.person_id)
                .outerjoin(m.Unit, m.Unit.id == User.unit_id)
                .order_by(User.login)
            ).all()
            return [
                UserDTO(
                    u.id,
                    u.login,
                    u.role,
                    u.person_id,
                    person or "",
                    u.unit_id,
                    unit or "",
                    u.active,
                    u.version,
                )
                for u, person, unit in rows
            ]

    def add(self, login: str, role: str, *, person_id: int | None = None, unit_id: int | None = None) -> str:
        """Register ``login`` in ``role``; on PostgreSQL create the login if it may and grant its role's
        group. Returns what was done to the server's logins, in words (empty on SQLite)."""
        login = login.strip().lower()
        if not _LOGIN.match(login):
            raise ValidationError(field="login", detail="letters a-z, digits, '_', '.', '-' (at most 63)")
        self._check_role(role)
        if role == "unit" and unit_id is None:
            raise ValidationError(
                field="unit", detail="a unit member needs the unit whose tasks it reports on"
            )
        self._require_leader("manage users")
        with self.uow() as s:
            if s.scalar(select(User.id).where(User.login == login)) is not None:
                raise ValidationError(field="login", detail="this login is already a user")
            s.add(User(login=login, role=role, person_id=person_id, unit_id=unit_id, active=True))
            s.flush()
            return self._server_role(s.connection(), login, role, create=True)

    def set_role(
        self, login: str, role: str, *, unit_id: int | None = None, expected_version: int | None = None
    ) -> str:
        """Change ``login``'s role; ``expected_version`` is the user's version as the leader saw it (a
        change made meanwhile by another leader is a conflict, not overwritten)."""
        self._check_role(role)
        self._require_leader("manage users")
        with self.uow() as s:
            user = s.scalar(select(User).where(User.login == login.strip().lower()))
            if user is None:
                raise ValidationError(field="login", detail="no such user")
            if expected_version is not None and user.version != expected_version:
                from minutes.errors import ConflictError

                raise ConflictError(entity="user")
            user.role = role
            if unit_id is not None:
                user.unit_id = unit_id
            if user.role == "unit" and user.unit_id is None:
                raise ValidationError(
                    field="unit", detail="a unit member needs the unit whose tasks it reports on"
                )
            s.flush()
            return self._server_role(s.connection(), user.login, role, create=False)

    def _require_leader(self, action: str) -> None:
        if self.actor.role not in ("leader", "admin"):
            raise NotPermitted(role=self.actor.role, action=action)

    @staticmethod
    def _check_role(role: str) -> None:
        if role not in ROLES:
            raise ValidationError(field="role", detail=f"unknown value {role!r}")

    def _server_role(self, connection: object, login: str, role: str, *, create: bool) -> str:
        from sqlalchemy import Connection

        assert isinstance(connection, Connection)
        if connection.dialect.name != "postgresql":
            return ""
        if not grants.can_manage_roles(connection):
            return f"ask the server's administrator to create the login {login} and GRANT {grants.GROUPS[role]} TO it"
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).scalar()
        done = []
        if not exists and create:
            connection.execute(text(f"CREATE ROLE {_quote(login)} LOGIN"))
            done.append(f"login {login} created (set its password with: ALTER ROLE {login} PASSWORD '...')")
        for other in grants.GROUPS.values():
            if other != grants.GROUPS[role]:
                connection.execute(text(f"REVOKE {other} FROM {_quote(login)}"))
        connection.execute(text(f"GRANT {grants.GROUPS[role]} TO {_quote(login)}"))
        done.append(f"{login} is a member of {grants.GROUPS[role]}")
        return "; ".join(done)
