"""carry-over as a review section: a carried task links to the review report, not to a figure

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

Issue 15, item 14. A follow-up meeting's review ("Rà soát việc thực hiện các kết luận trước") lists the
tasks the user ticked as lines of its text, not as rows of a figures table; ``carried_tasks`` now names
the review report (``report_id``) and the line's place in it (``position``). ``figure_id`` stays, nullable,
for the reviews made before (each of their lines was a figure). Deleting the report, the figure or the
task deletes the link.
"""

from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _before() -> sa.Table:
    """carried_tasks as migration 0003 made it: SQLite's batch copy starts from this, not from reflecting
    the database (which reflects the tables it refers to as well, and warns on their expression index)."""
    return sa.Table(
        "carried_tasks",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "figure_id",
            sa.Integer(),
            sa.ForeignKey(
                "report_figures.id", name="fk_carried_tasks_figure_id_report_figures", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.Column(
            "task_id",
            sa.Integer(),
            sa.ForeignKey("tasks.id", name="fk_carried_tasks_task_id_tasks", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.UniqueConstraint("figure_id", name="uq_carried_tasks_figure_id"),
        sa.Index("ix_carried_tasks_task_id", "task_id"),
    )


def upgrade() -> None:
    with op.batch_alter_table("carried_tasks", schema=None, copy_from=_before()) as batch_op:
        batch_op.alter_column("figure_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("report_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_foreign_key(
            batch_op.f("fk_carried_tasks_report_id_reports"),
            "reports",
            ["report_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index("ix_carried_tasks_report_id", ["report_id"])


def downgrade() -> None:
    op.execute("DELETE FROM carried_tasks WHERE figure_id IS NULL")
    with warnings.catch_warnings(), op.batch_alter_table("carried_tasks", schema=None) as batch_op:
        warnings.simplefilter("ignore", sa.exc.SAWarning)  # reflecting tasks: its expression index
        batch_op.drop_index("ix_carried_tasks_report_id")
        batch_op.drop_constraint(batch_op.f("fk_carried_tasks_report_id_reports"), type_="foreignkey")
        batch_op.drop_column("position")
        batch_op.drop_column("report_id")
        batch_op.alter_column("figure_id", existing_type=sa.Integer(), nullable=False)
