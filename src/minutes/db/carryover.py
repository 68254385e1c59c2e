"""The link from a line of a follow-up meeting's review report to the earlier task it reports on.

Created by migration 0003. A figure of the report "Rà soát việc thực hiện các kết luận trước" shows one
task still open when the follow-up meeting was started; this row remembers which, so the screens can
jump from the minutes to the task (and from the task to where it was reviewed).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from minutes.db.models import Base


class CarriedTask(Base):
    __tablename__ = "carried_tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    figure_id: Mapped[int] = mapped_column(ForeignKey("report_figures.id", ondelete="CASCADE"), unique=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
