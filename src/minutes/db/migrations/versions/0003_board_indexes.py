"""board indexes and carry-over links

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Indexes for the task board (minutes.services.board), each serving one of its keyset-paged sort orders
or its status counts at 100,000 tasks:

- ``ix_tasks_board_status`` (cancelled_on, completed_on, deadline, progress, lead_unit_id): the status
  of a task follows from these columns and today's date; the counts per status and per unit read this
  index alone instead of the table.
- ``ix_tasks_progress``: sorting by progress.
- ``ix_tasks_text_sort`` on ``substr(search_key, 1, 60)``: sorting by the task's text, accent-
  insensitively (the expression must stay the one in ``minutes.services.board_query.text_sort_key``).
- ``ix_tasks_meeting_position`` (meeting_id, position): sorting by meeting, then the task's number in it.
- ``ix_task_coordinators_unit_task`` (unit_id, task_id): sorting by coordinating unit, and the unit
  filter.

``carried_tasks`` links a figure of a follow-up meeting's review report ("Rà soát việc thực hiện các kết
luận trước") to the earlier task it reports on (minutes.services.carryover), so the screens can jump from
the line in the minutes to the task. Deleting the figure or the task deletes the link.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TEXT_SORT = "substr(search_key, 1, 60)"


def upgrade() -> None:
    op.create_index(
        "ix_tasks_board_status",
        "tasks",
        ["cancelled_on", "completed_on", "deadline", "progress", "lead_unit_id"],
    )
    op.create_index("ix_tasks_progress", "tasks", ["progress"])
    op.create_index("ix_tasks_text_sort", "tasks", [sa.text(TEXT_SORT)])
    op.create_index("ix_tasks_meeting_position", "tasks", ["meeting_id", "position"])
    op.create_index("ix_task_coordinators_unit_task", "task_coordinators", ["unit_id", "task_id"])

    op.create_table(
        "carried_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("figure_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["figure_id"],
            ["report_figures.id"],
            name=op.f("fk_carried_tasks_figure_id_report_figures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_carried_tasks_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carried_tasks")),
        sa.UniqueConstraint("figure_id", name=op.f("uq_carried_tasks_figure_id")),
    )
    op.create_index("ix_carried_tasks_task_id", "carried_tasks", ["task_id"])


def downgrade() -> None:
    op.drop_index("ix_carried_tasks_task_id", table_name="carried_tasks")
    op.drop_table("carried_tasks")
    op.drop_index("ix_task_coordinators_unit_task", table_name="task_coordinators")
    op.drop_index("ix_tasks_meeting_position", table_name="tasks")
    op.drop_index("ix_tasks_text_sort", table_name="tasks")
    op.drop_index("ix_tasks_progress", table_name="tasks")
    op.drop_index("ix_tasks_board_status", table_name="tasks")
