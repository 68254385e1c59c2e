"""``QT_TRANSLATE_NOOP`` typed as returning ``str``.

PySide6 declares its ``QT_TRANSLATE_NOOP`` as returning ``object``; this one returns the text unchanged
with a proper type. ``pyside6-lupdate`` recognises the name, whatever module it is imported from, and
extracts the (context, text) pair; translate at the moment of showing with
``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
