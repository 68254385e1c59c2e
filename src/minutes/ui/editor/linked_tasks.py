"""Before an item that tasks came from is removed, the user is told which tasks those are: the tasks stay
and keep the item's words, but lose their link to it (minutes.services.links)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes.errors import UserError
from minutes.services.links import LinkedTask
from minutes.ui import formatting as fmt
from minutes.ui.context import UiContext

# At most this many tasks are named in the question; the rest are counted.
SHOWN = 12


def _t(text: str) -> str:
    return QCoreApplication.translate("LinkedTasks", text)


def question(tasks: list[LinkedTask]) -> str:
    """The question put to the user, naming the tasks (numbered as the meeting's task list numbers them)."""
    lines = [f"{t.position + 1}. {fmt.first_line(t.text, 120)}" for t in tasks[:SHOWN]]
    if len(tasks) > SHOWN:
        lines.append(_more(len(tasks) - SHOWN))
    head = _count(len(tasks))
    tail = _t("The tasks stay and keep the item's words, but will no longer be linked to it. Delete it?")
    return "\n\n".join([head, "\n".join(lines), tail])


class LinkedTasks(QObject):
    """The translation context of the counted phrases (lupdate reads plurals from ``self.tr``)."""

    def count(self, n: int) -> str:
        return self.tr("%n task(s) came from this item:", "", n)

    def more(self, n: int) -> str:
        return self.tr("… and %n more", "", n)


def _count(n: int) -> str:
    return LinkedTasks().count(n)


def _more(n: int) -> str:
    return LinkedTasks().more(n)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question (tests replace this function: no modal dialog runs in a test)."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def confirm_removal(parent: QWidget, ctx: UiContext, kind: str, ident: int, title: str) -> bool:
    """True to go on with removing the item ``kind``/``ident``: at once when no task came from it, else
    once the user has seen the tasks and agreed. A failure to read them is shown and stops the removal."""
    try:
        tasks = ctx.services.items.tasks_from(kind, ident)
    except UserError as exc:
        QMessageBox.warning(parent, title, exc.translated(QCoreApplication.translate))
        return False
    if not tasks:
        return True
    return ask(parent, title, question(tasks))
