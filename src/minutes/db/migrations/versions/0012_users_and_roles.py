"""users and roles: which login is which person, in which role; on PostgreSQL, grants per role

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

Issue 13, items 2-3. ``users`` maps a login to its role (leader, secretary, unit, viewer), the person it
is in the directory and the unit whose tasks it reports on. On PostgreSQL, when the migrating login may
create roles, four group roles are made (``minutes_viewer``, ``minutes_unit``, ``minutes_secretary``,
``minutes_leader``; shared by every database of the server) and given exactly what their role may do on
this schema's tables, now and for tables later migrations create; a login made a member of one
(``minutes users add``) cannot do more, even with psql. See minutes.db.grants.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from minutes.db import grants

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if not sa.inspect(bind).has_table("users"):
        op.create_table(
            "users",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("login", sa.String(length=63), nullable=False),
            sa.Column("role", sa.String(length=20), nullable=False),
            sa.Column("person_id", sa.Integer(), nullable=True),
            sa.Column("unit_id", sa.Integer(), nullable=True),
            sa.Column("active", sa.Boolean(), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.ForeignKeyConstraint(
                ["person_id"], ["people.id"], name=op.f("fk_users_person_id_people"), ondelete="SET NULL"
            ),
            sa.ForeignKeyConstraint(
                ["unit_id"], ["units.id"], name=op.f("fk_users_unit_id_units"), ondelete="SET NULL"
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
            sa.UniqueConstraint("login", name=op.f("uq_users_login")),
        )
    if bind.dialect.name == "postgresql":
        grants.apply(bind)


def downgrade() -> None:
    op.drop_table("users")
