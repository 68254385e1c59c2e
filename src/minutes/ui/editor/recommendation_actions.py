"""The structural actions of the recommendations section (add, move, remove), each one undoable.

A mixin of :class:`~minutes.ui.editor.recommendations.RecommendationsSection`, kept apart so each module
stays about one thing: that one shows and edits, this one changes the structure.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTreeView

from minutes.services.dto import RecommendationDTO, RecommendationGroupDTO
from minutes.ui.autosave import FieldSaver
from minutes.ui.editor.base import SectionBase, ok
from minutes.ui.editor.linked_tasks import confirm_removal
from minutes.ui.models.tree import GROUP, ITEM

GROUPS, ITEMS = "recommendation_groups", "recommendations"


def _t(text: str) -> str:
    """Translated in the section's context (a mixin's own class name is not what lupdate records)."""
    return QCoreApplication.translate("RecommendationsSection", text)


class RecommendationActions(SectionBase):
    """The structure-changing half of the section; the section itself provides what is declared here."""

    tree: QTreeView
    group_title: QLineEdit
    text: QPlainTextEdit
    response: QPlainTextEdit
    title_saver: FieldSaver
    text_saver: FieldSaver
    response_saver: FieldSaver

    def current(self) -> tuple[str | None, int | None]:
        raise NotImplementedError

    def select(self, kind: str | None, ident: int | None) -> bool:
        raise NotImplementedError

    def group_dto(self, ident: int | None) -> RecommendationGroupDTO | None:
        raise NotImplementedError

    def item_dto(self, ident: int | None) -> RecommendationDTO | None:
        raise NotImplementedError

    def edit_current(self) -> None:
        raise NotImplementedError

    def create_task(self) -> None:
        raise NotImplementedError

    def build_actions(self) -> None:
        only = Qt.ShortcutContext.WidgetShortcut
        tree = self.tree
        self.act_group = self.make_action(
            _t("Add recommendation &group"), "Ctrl+Shift+U", self.add_group, name="actRecGroupAdd"
        )
        self.act_item = self.make_action(
            _t("Add &recommendation"), "Ctrl+Shift+R", self.add_after_current, name="actRecAdd"
        )
        for widget, name in ((self.text, "actRecNextFromText"), (self.response, "actRecNextFromResponse")):
            self.make_action(
                _t("Next recommendation"),
                ["Ctrl+Return", "Ctrl+Enter"],
                self.add_after_current,
                name=name,
                widget=widget,
                context=only,
            )
        self.make_action(
            _t("Insert a recommendation after this one"),
            "Insert",
            self.add_after_current,
            name="actRecInsert",
            widget=tree,
            context=only,
        )
        self.make_action(
            _t("Edit"), ["Return", "Enter"], self.edit_current, name="actRecEdit", widget=tree, context=only
        )
        self.make_action(
            _t("Move &up"),
            "Alt+Up",
            lambda: self.move_selected(-1),
            name="actRecUp",
            widget=tree,
            context=only,
        )
        self.make_action(
            _t("Move &down"),
            "Alt+Down",
            lambda: self.move_selected(1),
            name="actRecDown",
            widget=tree,
            context=only,
        )
        self.make_action(_t("&Delete"), "Delete", self.remove, name="actRecRemove", widget=tree, context=only)
        self.act_task = self.make_action(
            _t("Create a &task from this recommendation..."), "Ctrl+T", self.create_task, name="actRecTask"
        )
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def add_group(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        self.title_saver.flush()
        items = self.ctx.services.items
        ident = self.perform(_t("Add recommendation group"), lambda: items.add_group(meeting_id, ""))
        if ident is not None:
            self.select(GROUP, ident)
            self.group_title.setFocus()

    def add_after_current(self) -> None:
        kind, ident = self.current()
        if kind == ITEM:
            item = self.item_dto(ident)
            if item is not None:
                self.add_item(item.group_id, item.position + 1)
        elif kind == GROUP and ident is not None:
            group = self.group_dto(ident)
            self.add_item(ident, len(group.items) if group else 0)
        elif self.meeting is not None and self.meeting.recommendation_groups:
            last = self.meeting.recommendation_groups[-1]
            self.add_item(last.id, len(last.items))
        else:
            self.add_group()

    def add_item(self, group_id: int, index: int) -> None:
        self.text_saver.flush()
        self.response_saver.flush()
        items = self.ctx.services.items

        def do() -> int:
            ident = items.add_recommendation(group_id)
            items.move_recommendation(ident, index)
            return ident

        ident = self.perform(_t("Add recommendation"), do)
        if ident is not None:
            self.select(ITEM, ident)
            self.text.setFocus()

    def move_selected(self, step: int) -> None:
        kind, ident = self.current()
        if ident is None or self.meeting is None:
            return
        items = self.ctx.services.items
        if kind == GROUP:
            groups = self.meeting.recommendation_groups
            row = next((i for i, g in enumerate(groups) if g.id == ident), -1)
            target = row + step
            if row < 0 or not 0 <= target < len(groups):
                return
            order = [g.id for g in groups]
            done = self.perform(
                _t("Move group"), ok(lambda: items.move_group(ident, target, seen_order=order))
            )
        else:
            item = self.item_dto(ident)
            group = self.group_dto(item.group_id) if item else None
            if item is None or group is None:
                return
            target = item.position + step
            if not 0 <= target < len(group.items):
                return
            order = [i.id for i in group.items]
            done = self.perform(
                _t("Move recommendation"),
                ok(lambda: items.move_recommendation(ident, target, seen_order=order)),
            )
        if done:
            self.select(kind, ident)

    def remove(self) -> None:
        kind, ident = self.current()
        meeting_id = self.meeting_id
        if ident is None or meeting_id is None:
            return
        for saver in (self.title_saver, self.text_saver, self.response_saver):
            saver.flush()
        items = self.ctx.services.items
        if kind == GROUP:
            group = self.group_dto(ident)
            if group is None:
                return
            title, gid = _t("Delete recommendation group"), group.id
            seen, seen_items = {"title": group.title}, [i.id for i in group.items]
            if confirm_removal(self, self.ctx, "recommendation_group", gid, title):
                self.perform(title, ok(lambda: items.remove_group(gid, seen=seen, seen_items=seen_items)))
            return
        item = self.item_dto(ident)
        if item is None:
            return
        editing = self.text_saver.entity_id == item.id
        text = self.text.toPlainText() if editing else item.text
        response = (self.response.toPlainText() or None) if editing else item.response
        title = _t("Delete recommendation")
        if not confirm_removal(self, self.ctx, "recommendation", item.id, title):
            return
        if self.perform(
            title, ok(lambda: items.remove_recommendation(item.id, seen={"text": text, "response": response}))
        ):
            parent = self.group_dto(item.group_id)
            if parent is not None and parent.items:
                self.select(ITEM, parent.items[min(item.position, len(parent.items) - 1)].id)
            else:
                self.select(GROUP, item.group_id)
