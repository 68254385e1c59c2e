"""Document work off the GUI thread: build, save, convert to PDF, render pages; results back by signal.

A :class:`JobRunner` is a :class:`~minutes.ui.runner.Runner` of its own (LibreOffice conversions run one
at a time anyway). A job is a plain function; it opens its own database sessions through the services and returns
plain values (paths, lists); it never touches a widget. ``finished(tag, result)`` and
``failed(tag, exception)`` arrive on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from minutes.ui.runner import Explain, Runner


class JobRunner(Runner):
    def __init__(self, parent: QObject | None = None, *, explain: Explain | None = None) -> None:
        super().__init__("minutes-documents", parent, explain=explain)
