"""The organisation profile dialog, driven like a clerk; what was saved is read back through a fresh
database connection, and the next document carries it."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from testkit.docx_read import texts
from testkit.qt import type_vietnamese

from minutes.export.documents import export_meeting
from minutes.export.profile import OrgProfileData, dumps, with_value
from minutes.services import Services
from minutes.ui import profile_dialog
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.profile_dialog import ProfileDialog
from minutes.ui.undo import ServiceUndo


@pytest.fixture
def dialog(qtbot: QtBot, services: Services) -> Iterator[ProfileDialog]:
    bus = DataBus(services.db)
    d = ProfileDialog(UiContext(services, bus, ServiceUndo(services)))
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    yield d
    d.close()
    bus.close()


def replace_text(qtbot: QtBot, edit: QLineEdit, text: str, *, nfd: bool = False) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_vietnamese(edit, text, nfd=nfd)


def leave(qtbot: QtBot, dialog: ProfileDialog) -> None:
    """Tab out of the field (saves it) and wait until the writer stored it."""
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    dialog.writer.drain()


def stored(fresh: Services) -> OrgProfileData:
    return Services(fresh.db, fresh.actor).profile.get_default().data


def test_every_setting_has_a_field_and_no_organisation_is_built_in(
    dialog: ProfileDialog, fresh: Services
) -> None:
    assert dialog.widgets["issuing_body"].text() == ""  # type: ignore[union-attr]
    assert dialog.widgets["conclusion.party.on_behalf"].text() == ""  # type: ignore[union-attr]
    assert dialog.widgets["minutes.party.left"].text() == "NGƯỜI GHI BIÊN BẢN"  # type: ignore[union-attr]
    assert dialog.widgets["minutes.recipients"].toPlainText() == ""  # type: ignore[union-attr]
    assert dialog.family_combo.currentData() == "state"
    assert fresh.profile.get_default().id is not None  # the blank settings became a stored profile
    assert {"archive", "honorific"} <= set(dialog.widgets)
    labels = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert labels == ["Organisation", "Minutes", "Conclusion notice", "Task plan", "Status report"]


def test_typing_saves_each_field_in_nfc(qtbot: QtBot, dialog: ProfileDialog, fresh: Services) -> None:
    replace_text(qtbot, dialog.widgets["issuing_body"], "ĐẢNG ỦY PHƯỜNG LONG BIÊN", nfd=True)  # type: ignore[arg-type]
    leave(qtbot, dialog)
    replace_text(qtbot, dialog.widgets["issuer_code"], "ĐU")  # type: ignore[arg-type]
    leave(qtbot, dialog)
    dialog.tabs.setCurrentIndex(2)
    replace_text(qtbot, dialog.widgets["conclusion.party.right"], "PHÓ BÍ THƯ")  # type: ignore[arg-type]
    leave(qtbot, dialog)
    recipients = dialog.widgets["conclusion.recipients"]
    recipients.setFocus()
    qtbot.waitUntil(recipients.hasFocus)
    QTest.keyClick(recipients, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(recipients, Qt.Key.Key_Delete)
    type_vietnamese(recipients, "Ban Thường vụ Quận ủy (để báo cáo)\nĐảng ủy phường Long Biên\nLưu Văn phòng")
    leave(qtbot, dialog)
    data = stored(fresh)
    assert data.issuing_body == "ĐẢNG ỦY PHƯỜNG LONG BIÊN" and unicodedata.is_normalized(
        "NFC", data.issuing_body
    )
    assert data.issuer_code == "ĐU" and data.conclusion.party.right == "PHÓ BÍ THƯ"
    assert data.conclusion.recipients == ("Ban Thường vụ Quận ủy (để báo cáo)", "Đảng ủy phường Long Biên",
                                          "Lưu Văn phòng")  # fmt: skip


def test_the_next_document_carries_the_change(qtbot: QtBot, dialog: ProfileDialog, services: Services,
                                              tmp_path: Path) -> None:  # fmt: skip
    meeting_id = services.demo.load()  # brings the profile of its organising unit, Quận ủy Long Biên
    qtbot.waitUntil(lambda: dialog.profile_combo.count() == 2)
    dialog.profile_combo.setFocus()
    qtbot.waitUntil(dialog.profile_combo.hasFocus)
    QTest.keyClick(dialog.profile_combo, Qt.Key.Key_End)  # the unit's profile, after the default one
    assert dialog.profile_combo.currentText().startswith("Quận ủy Long Biên")
    qtbot.waitUntil(lambda: dialog.widgets["issuing_body"].text() == "QUẬN ỦY LONG BIÊN")  # type: ignore[union-attr]
    replace_text(qtbot, dialog.widgets["place"], "Gia Lâm")  # type: ignore[arg-type]
    leave(qtbot, dialog)
    dialog.family_combo.setFocus()
    QTest.keyClick(dialog.family_combo, Qt.Key.Key_Home)  # State, the first entry
    dialog.writer.drain()
    import docx

    from minutes.export.documents import Options

    path = export_meeting(services, meeting_id, "conclusion", tmp_path / "tb.docx",
                          options=Options(issued_on=date(2021, 2, 1)))  # fmt: skip
    lines = texts(docx.Document(str(path)))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines  # the profile's family is now the state one
    assert "Gia Lâm, ngày 01 tháng 02 năm 2021" in lines
    assert "TM. BAN THƯỜNG VỤ" in lines and "- Lưu: VT, Văn phòng Quận ủy." in lines  # Decree 30 forms
    assert stored(services).issuing_body == ""  # the default profile was not touched


def test_a_bad_pattern_is_refused_with_a_message(
    qtbot: QtBot, dialog: ProfileDialog, fresh: Services
) -> None:
    replace_text(qtbot, dialog.widgets["numbering"], "Số {số}/{type}")  # type: ignore[arg-type]
    leave(qtbot, dialog)
    qtbot.waitUntil(lambda: "numbering" in dialog.status.text())
    assert "unknown field" in dialog.status.text()
    assert stored(fresh).numbering == ""


def test_import_export_and_restore(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog: ProfileDialog,
                                   fresh: Services, tmp_path: Path) -> None:  # fmt: skip
    source = tmp_path / "ward.json"
    source.write_text(
        dumps(with_value(OrgProfileData(), "issuing_body", "ĐẢNG ỦY PHƯỜNG THẠCH BÀN")), encoding="utf-8"
    )
    monkeypatch.setattr(profile_dialog, "ask_open_path", lambda _parent: str(source))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored(fresh).issuing_body == "ĐẢNG ỦY PHƯỜNG THẠCH BÀN"
    assert dialog.widgets["issuing_body"].text() == "ĐẢNG ỦY PHƯỜNG THẠCH BÀN"  # type: ignore[union-attr]

    target = tmp_path / "out.json"
    monkeypatch.setattr(profile_dialog, "ask_save_path", lambda _parent, _name: str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["issuing_body"] == "ĐẢNG ỦY PHƯỜNG THẠCH BÀN"

    broken = tmp_path / "broken.json"
    broken.write_text('{"issuing_body": "X", "typo": 1}', encoding="utf-8")
    monkeypatch.setattr(profile_dialog, "ask_open_path", lambda _parent: str(broken))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "typo" in dialog.status.text() and stored(fresh).issuing_body == "ĐẢNG ỦY PHƯỜNG THẠCH BÀN"

    monkeypatch.setattr(profile_dialog, "ask_confirm", lambda _parent, _question: False)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert stored(fresh).issuing_body == "ĐẢNG ỦY PHƯỜNG THẠCH BÀN"
    monkeypatch.setattr(profile_dialog, "ask_confirm", lambda _parent, _question: True)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert stored(fresh) == OrgProfileData()
    assert dialog.widgets["issuing_body"].text() == ""  # type: ignore[union-attr]


def test_a_change_made_elsewhere_shows_up(qtbot: QtBot, dialog: ProfileDialog, services: Services) -> None:
    services.profile.set_value("office", "Văn phòng Đảng ủy")
    qtbot.waitUntil(lambda: dialog.widgets["office"].text() == "Văn phòng Đảng ủy")  # type: ignore[union-attr]


def test_nothing_is_clipped(dialog: ProfileDialog) -> None:
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert not dialog.grab().isNull()
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisible() and edit.objectName().startswith("profile:"):
            assert edit.width() >= 100, edit.objectName()
