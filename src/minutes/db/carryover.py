"""The link from a line of a follow-up meeting's review report to the earlier task it reports on.

Created by migration 0003, reshaped by 0013. The report "Rà soát việc thực hiện các kết luận trước" lists
the tasks the user chose when the follow-up meeting was started, one line of its text each; this row
remembers which task is its ``position``-th line (``report_id``), so the screens can jump from the
minutes to the task (and from the task to where it was reviewed). Reviews made before 0013 had a figure
per task: their rows name the figure (``figure_id``) and no report.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from minutes.db.models import Base


class CarriedTask(Base):
    __tablename__ = "carried_tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    figure_id: Mapped[int | None] = mapped_column(
        ForeignKey("report_figures.id", ondelete="CASCADE"), unique=True, nullable=True
    )
    report_id: Mapped[int | None] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), index=True, nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
