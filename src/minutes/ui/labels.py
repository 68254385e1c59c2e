"""Translated names of what a task still lacks (``TaskDTO.missing``); the names of stored enum values
(roles, presence, priorities, statuses) are in :mod:`minutes.ui.names`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def missing_names() -> dict[str, str]:
    return {
        "lead_unit": QCoreApplication.translate("labels", "lead unit"),
        "coordinating_units": QCoreApplication.translate("labels", "coordinating units"),
        "deadline": QCoreApplication.translate("labels", "deadline"),
        "expected_product": QCoreApplication.translate("labels", "expected product"),
    }
