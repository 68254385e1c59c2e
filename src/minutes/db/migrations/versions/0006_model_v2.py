"""model v2: agenda, contribution counts, assigned people, period deadlines, month-precision dates,
document dates, next meeting, conclusion kinds with votes, tasks done at the meeting, figure kinds

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-06

Chained after 0004 for now: revision 0005 (task source foreign keys) is being written on another branch;
whoever merges the two sets ``down_revision`` of this file to "0005" (nothing here depends on it).

Existing data is converted, never guessed beyond its shape:

- every task with a deadline gets a date deadline on that day (``deadline_kind = 'date'``,
  ``deadline_end = deadline``; ``deadline`` stays the date the official status is computed from);
- every figure gets a kind from its shape (minutes.domain.figures.infer_kind): no percentage: an amount;
  a percentage alone: a share; a percentage with a value or a target: achieved against the plan;
- conclusions become ``general`` (not classified), contributions count one, dates are day-precise.

New columns are added with ``ALTER TABLE ... ADD COLUMN`` (SQLite allows it for these: nullable or with
a constant default, and a foreign key whose default is NULL), so no table is copied and the tasks'
expression index survives untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _agenda_column(table: str) -> None:
    name = f"fk_{table}_agenda_item_id_agenda_items"
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with a foreign key in place when its default is NULL; Alembic's add_column
        # would ask for batch mode, which copies the table (and drops the tasks' expression index).
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN agenda_item_id INTEGER "
            f"CONSTRAINT {name} REFERENCES agenda_items (id) ON DELETE SET NULL"
        )
    else:
        op.add_column(
            table,
            sa.Column(
                "agenda_item_id",
                sa.Integer(),
                sa.ForeignKey("agenda_items.id", name=op.f(name), ondelete="SET NULL"),
                nullable=True,
            ),
        )
    op.create_index(op.f(f"ix_{table}_agenda_item_id"), table, ["agenda_item_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    op.create_index(op.f("ix_agenda_items_meeting_id"), "agenda_items", ["meeting_id"], unique=False)

    op.create_table(
        "meeting_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_documents_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_documents")),
    )
    op.create_index(
        op.f("ix_meeting_documents_meeting_id"), "meeting_documents", ["meeting_id"], unique=False
    )
    op.create_index(
        "uq_meeting_documents_meeting_kind", "meeting_documents", ["meeting_id", "kind"], unique=True
    )

    op.create_table(
        "task_assignees",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_assignees_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_task_assignees_person_id_people"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("task_id", "person_id", name=op.f("pk_task_assignees")),
    )
    op.create_index(op.f("ix_task_assignees_person_id"), "task_assignees", ["person_id"], unique=False)

    # meetings
    op.add_column(
        "meetings", sa.Column("date_precision", sa.String(length=10), nullable=False, server_default="day")
    )
    op.add_column("meetings", sa.Column("next_meeting_date", sa.Date(), nullable=True))
    op.add_column(
        "meetings",
        sa.Column("next_meeting_precision", sa.String(length=10), nullable=False, server_default="day"),
    )
    op.add_column("meetings", sa.Column("next_meeting_time", sa.Time(), nullable=True))
    op.add_column(
        "meetings",
        sa.Column("next_meeting_location", sa.String(length=300), nullable=False, server_default=""),
    )
    op.add_column("meetings", sa.Column("next_meeting_note", sa.Text(), nullable=False, server_default=""))

    # the body of the minutes
    _agenda_column("reports")
    op.add_column(
        "report_figures", sa.Column("kind", sa.String(length=20), nullable=False, server_default="amount")
    )
    op.add_column("report_figures", sa.Column("compared_to", sa.String(length=200), nullable=True))
    _agenda_column("contributions")
    op.add_column("contributions", sa.Column("count", sa.Integer(), nullable=False, server_default="1"))
    _agenda_column("conclusions")
    op.add_column(
        "conclusions", sa.Column("kind", sa.String(length=20), nullable=False, server_default="general")
    )
    for column in ("votes_for", "votes_against", "votes_abstain", "votes_total"):
        op.add_column("conclusions", sa.Column(column, sa.Integer(), nullable=True))

    # tasks
    _agenda_column("tasks")
    op.add_column(
        "tasks", sa.Column("assignee_text", sa.String(length=500), nullable=False, server_default="")
    )
    op.add_column("tasks", sa.Column("deadline_kind", sa.String(length=12), nullable=True))
    op.add_column("tasks", sa.Column("deadline_start", sa.Date(), nullable=True))
    op.add_column("tasks", sa.Column("deadline_end", sa.Date(), nullable=True))
    op.add_column(
        "tasks", sa.Column("deadline_text", sa.String(length=300), nullable=False, server_default="")
    )
    op.add_column(
        "tasks", sa.Column("done_at_meeting", sa.Boolean(), nullable=False, server_default=sa.false())
    )

    # existing data
    op.execute("UPDATE tasks SET deadline_kind = 'date', deadline_end = deadline WHERE deadline IS NOT NULL")
    op.execute(
        "UPDATE report_figures SET kind = 'share' "
        "WHERE percent IS NOT NULL AND value IS NULL AND target IS NULL"
    )
    op.execute(
        "UPDATE report_figures SET kind = 'ratio_to_plan' "
        "WHERE percent IS NOT NULL AND (value IS NOT NULL OR target IS NOT NULL)"
    )


def downgrade() -> None:
    for table in ("tasks", "conclusions", "contributions", "reports"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_agenda_item_id"))
            batch.drop_constraint(op.f(f"fk_{table}_agenda_item_id_agenda_items"), type_="foreignkey")
            batch.drop_column("agenda_item_id")
    for table, columns in (
        (
            "tasks",
            (
                "assignee_text",
                "deadline_kind",
                "deadline_start",
                "deadline_end",
                "deadline_text",
                "done_at_meeting",
            ),
        ),
        ("conclusions", ("kind", "votes_for", "votes_against", "votes_abstain", "votes_total")),
        ("contributions", ("count",)),
        ("report_figures", ("kind", "compared_to")),
        (
            "meetings",
            (
                "date_precision",
                "next_meeting_date",
                "next_meeting_precision",
                "next_meeting_time",
                "next_meeting_location",
                "next_meeting_note",
            ),
        ),
    ):
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column)
    op.drop_table("task_assignees")
    op.drop_table("meeting_documents")
    op.drop_table("agenda_items")
