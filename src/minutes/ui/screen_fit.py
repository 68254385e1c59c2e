"""Windows open within the available screen and come back where the user left them.

A 1366×768 laptop leaves about 1366×728 for windows: the main window (1280×820) and the task board
(1400×860) opened taller than that, with the status bar, "Bỏ lọc" and "Xuất" off-screen. ``place``
gives a window its remembered geometry, else its preferred size, and in both cases shrinks and moves it
so that its frame lies inside the available area of its screen (a geometry saved on a larger monitor
is brought back on screen too).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window frame (title bar, borders) when the frame is not known yet.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_inside(geometry: QRect, area: QRect, frame: QSize = FRAME_ALLOWANCE) -> QRect:
    """``geometry`` (the client area) shrunk and moved so that it and its frame lie inside ``area``.

    The frame is taken as ``frame.width() / 2`` on the left, right and bottom, the rest on top.
    """
    side = frame.width() // 2
    top_edge = frame.height() - side
    width = max(1, min(geometry.width(), area.width() - 2 * side))
    height = max(1, min(geometry.height(), area.height() - top_edge - side))
    left = max(area.left() + side, min(geometry.left(), area.left() + area.width() - side - width))
    top = max(area.top() + top_edge, min(geometry.top(), area.top() + area.height() - side - height))
    return QRect(left, top, width, height)


def centred(size: QSize, area: QRect) -> QRect:
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def place(widget: QWidget, saved: bytes, preferred: QSize, area: QRect | None = None) -> None:
    """Restore ``saved`` (``saveGeometry()``; empty: ``preferred``, centred), then keep it on screen."""
    area = area if area is not None else available_area(widget)
    restored = bool(saved) and widget.restoreGeometry(saved)
    geometry = widget.geometry() if restored else centred(preferred, area)
    fitted = fit_inside(geometry, area)
    widget.resize(fitted.size())
    widget.move(fitted.topLeft() - (widget.geometry().topLeft() - widget.pos()))
