"""The agenda of a meeting: ordered items that reports, contributions, conclusions and tasks belong to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from minutes.db import models as m
from minutes.services import mapping
from minutes.services.base import Service, get_or_404, move_in_list, next_position, require, text
from minutes.services.dto import AgendaItemDTO
from minutes.services.versions import check_order, check_unchanged, check_version

#: The records that may belong to an agenda item.
BELONGING: tuple[Any, ...] = (m.Report, m.Contribution, m.Conclusion, m.Task)


def clean_title(value: object) -> str:
    return require(text(value).strip(), "title")


class AgendaService(Service):
    def items(self, meeting_id: int) -> list[AgendaItemDTO]:
        with self.read() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            return [mapping.agenda_item(a) for a in meeting.agenda]

    def add_item(self, meeting_id: int, title: str, index: int | None = None) -> int:
        """A new item, last (or at ``index``); returns its id."""
        title = clean_title(title)
        with self.uow() as s:
            meeting = get_or_404(s, m.Meeting, meeting_id, "meeting")
            item = m.AgendaItem(title=title, position=next_position(s, m.AgendaItem, meeting_id=meeting_id))
            meeting.agenda.append(item)
            if index is not None:
                move_in_list(meeting.agenda, item, index)
            s.flush()
            return item.id

    def rename_item(
        self, item_id: int, title: str, *, expected_version: int | None = None, seen: str | None = None
    ) -> int:
        """Change the item's title; returns its new version. A stale ``expected_version`` is a conflict
        unless the title is still ``seen`` (minutes.services.versions)."""
        title = clean_title(title)
        with self.uow() as s:
            item = get_or_404(s, m.AgendaItem, item_id, "agenda item")
            check_version(
                s, item, expected_version, {"title": title}, seen=None if seen is None else {"title": seen}
            )
            item.title = title
            s.flush()
            return item.version

    def move_item(self, item_id: int, new_index: int, *, seen_order: Sequence[int] | None = None) -> None:
        """Move; refused (OrderConflict) when the agenda is not in the order the user saw (its ids)."""
        with self.uow() as s:
            item = get_or_404(s, m.AgendaItem, item_id, "agenda item")
            check_order(item.meeting.agenda, seen_order, "agenda_items")
            move_in_list(item.meeting.agenda, item, new_index)

    def remove_item(self, item_id: int, *, seen: dict[str, Any] | None = None) -> None:
        """Remove the item; what belonged to it stays in the meeting, under no item. Refused
        (DeleteConflict) when a field the user ``seen`` has been changed since."""
        with self.uow() as s:
            item = get_or_404(s, m.AgendaItem, item_id, "agenda item")
            check_unchanged(s, item, seen, cleaners={"title": clean_title})
            for model in BELONGING:
                # through the ORM's own rows too, so versions and the audit trail see the change
                for row in s.query(model).filter(model.agenda_item_id == item.id):
                    row.agenda_item_id = None
            s.flush()
            meeting = item.meeting
            meeting.agenda.remove(item)
            s.delete(item)
            for index, other in enumerate(meeting.agenda):
                if other.position != index:
                    other.position = index


__all__ = ["AgendaService"]
