"""The global search: a dialog on Ctrl+K / Ctrl+F over :class:`minutes.services.search.SearchService`."""

from __future__ import annotations

from minutes.ui.search.dialog import SearchDialog, install_search

__all__ = ["SearchDialog", "install_search"]
