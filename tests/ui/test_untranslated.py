"""Nothing English on a Vietnamese screen (issue 15, item 10): the main window with the example meeting,
its menus, Qt's own dialogs (message-box buttons, the file dialog, a field's context menu), the chooser
of an untitled report, the window title; and Alt+T is the File menu's alone."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTreeView,
    QWidget,
)
from testkit.window import Opener, window_opener

from minutes.services import Services
from minutes.ui import i18n
from minutes.ui.main_window import MainWindow

TS = Path(__file__).parents[2] / "resources" / "translations" / "minutes_vi.ts"


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("…", "").replace("...", "").strip().rstrip(":")


def english_only() -> set[str]:
    """English source texts whose Vietnamese differs: on a Vietnamese screen they are untranslated."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if _plain(source) and _plain(source) != _plain(translation) and "%" not in source:
            found.add(_plain(source))
    return found


def shown_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            ]
    for menu in window.findChildren(QMenu):
        texts += [menu.title(), *(a.text() for a in menu.actions())]
    return [t for t in texts if t]


@pytest.fixture
def open_window(qtbot, qapp, db_path: Path, tmp_path: Path) -> Iterator[Opener]:
    with i18n.language(qapp, "vi"), window_opener(qtbot, db_path, tmp_path) as opener:
        yield opener


def test_the_vietnamese_window_shows_no_english(qtbot, open_window: Opener, services: Services) -> None:
    window: MainWindow = open_window(with_demo=True)
    meeting = window.editor.meeting
    assert meeting is not None
    services.items.add_report(meeting.id)  # one without a title
    window.editor.reload()
    english = english_only()
    untranslated = sorted({t for t in shown_texts(window) if _plain(t) in english})
    assert untranslated == []
    chooser = window.editor.sections[2].chooser  # type: ignore[attr-defined]
    assert chooser.itemText(chooser.count() - 1) == f"{chooser.count()}. (báo cáo chưa có tên)"
    assert "Minutes" not in window.windowTitle() and window.windowTitle().endswith("Biên bản")


def test_alt_t_is_the_file_menus_alone(open_window: Opener) -> None:
    window = open_window(with_demo=True)
    mnemonics = [
        t
        for t in (w.text() for w in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)])
        if re.search(r"&[tT]", t)
    ]
    assert mnemonics == []
    assert window.actions_.menus["file"].title() == "&Tệp"


def test_qts_own_dialogs_speak_vietnamese(qtbot, qapp) -> None:
    with i18n.language(qapp, "vi"):
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "x",
            "y",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        qtbot.addWidget(box)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"Có", "Không"}
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        headers = dialog.findChild(QTreeView).model()
        names = [headers.headerData(c, Qt.Orientation.Horizontal) for c in range(headers.columnCount())]
        assert names[:4] == ["Tên", "Dung lượng", "Loại", "Ngày sửa đổi"]
        edit = QLineEdit()
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        assert "Copy" not in " ".join(a.text() for a in menu.actions())
        assert QCoreApplication.translate("QPrintDialog", "Print") == "In"
