"""The official documents dialog, driven like a clerk: choose, type, click; read back the written files."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from testkit.docx_read import cell_texts, texts
from testkit.qt import type_vietnamese

from minutes.export import pdf
from minutes.services import Services
from minutes.ui import export_dialog, print_preview
from minutes.ui.bus import DataBus
from minutes.ui.context import UiContext
from minutes.ui.export_dialog import ExportDialog, open_export_dialog
from minutes.ui.export_jobs import MeetingSource
from minutes.ui.print_preview import Pages, preview_page_count
from minutes.ui.undo import ServiceUndo

TIMEOUT = 120_000  # a first LibreOffice start can take a while on a cold machine


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    bus = DataBus(services.db)
    yield UiContext(services, bus, ServiceUndo(services))
    bus.close()


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.demo.load()


@pytest.fixture
def make_dialog(qtbot: QtBot, ctx: UiContext) -> Iterator[Callable[..., ExportDialog]]:
    dialogs: list[ExportDialog] = []

    def make(source: object) -> ExportDialog:
        dialog = ExportDialog(ctx, source)  # type: ignore[arg-type]
        dialogs.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.close()


def choose(qtbot: QtBot, combo: object, text: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a person does (focus, then arrow keys)."""
    combo.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(combo.hasFocus)  # type: ignore[attr-defined]
    QTest.keyClick(combo, Qt.Key.Key_Home)  # type: ignore[arg-type]
    for _ in range(combo.count()):  # type: ignore[attr-defined]
        if combo.currentText().startswith(text):  # type: ignore[attr-defined]
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)  # type: ignore[arg-type]
    raise AssertionError(f"no entry {text!r}")


def set_path(qtbot: QtBot, dialog: ExportDialog, folder: Path, name: str, *, nfd: bool = False) -> None:
    edit = dialog.path_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, f"{folder}/")
    type_vietnamese(edit, name, nfd=nfd)


def test_export_a_numbered_dated_conclusion_notice(qtbot: QtBot, make_dialog: Callable[..., ExportDialog],
                                                   meeting_id: int, tmp_path: Path, qtmodeltester: object) -> None:  # fmt: skip
    dialog = make_dialog(MeetingSource(meeting_id))
    assert dialog.family_combo.currentText().startswith("Party")  # the profile's family
    qtmodeltester.check(dialog.issues)  # type: ignore[attr-defined]
    assert dialog.profile_combo.currentText() == "Quận ủy Long Biên"  # its organising unit's profile
    assert dialog.issues.rowCount() == 3  # secretary and the two times: the blanks the minutes print
    choose(qtbot, dialog.kind_combo, "Conclusion notice")
    assert dialog.issues.rowCount() == 11  # the recommendations no task answers; nothing about the minutes
    assert all("recommendation" in dialog.issues.data(dialog.issues.index(row)) for row in range(11))
    assert dialog.path_edit.text().endswith("thong-bao-ket-luan-2021-01-19.docx")
    QTest.keyClick(dialog.number_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.number_spin, "15")
    qtbot.mouseClick(dialog.date_check, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.date_edit, Qt.Key.Key_Home)  # the day; 01/03/2021 -> 05/03/2021
    for _ in range(4):
        QTest.keyClick(dialog.date_edit, Qt.Key.Key_Up)
    set_path(qtbot, dialog, tmp_path, "thông báo kết luận", nfd=True)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path = written.args[0]
    assert path == tmp_path / "thông báo kết luận.docx"  # typed in NFD, saved under the NFC name
    assert unicodedata.is_normalized("NFC", path.name) and path.is_file()
    lines = texts(docx.Document(str(path)))
    assert "Số 15-TB/QU" in lines and "Long Biên, ngày 05 tháng 3 năm 2021" in lines
    assert "THÔNG BÁO" in lines
    assert dialog.status.text().startswith("Saved:") and dialog.open_button.isVisible()


def test_state_layout_plan(qtbot: QtBot, make_dialog: Callable[..., ExportDialog], meeting_id: int,
                           tmp_path: Path) -> None:  # fmt: skip
    dialog = make_dialog(MeetingSource(meeting_id))
    choose(qtbot, dialog.kind_combo, "Task plan")
    choose(qtbot, dialog.family_combo, "State")
    set_path(qtbot, dialog, tmp_path, "kế hoạch")
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as written:
        QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Return in the form presses Export
    doc = docx.Document(str(written.args[0]))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts(doc) and "KẾ HOẠCH" in texts(doc)
    assert cell_texts(doc.tables[-1])[1] == ["Nhóm I: mức độ ưu tiên cao (4 nhiệm vụ)"]


def test_a_write_error_is_shown_not_raised(qtbot: QtBot, make_dialog: Callable[..., ExportDialog],
                                           meeting_id: int, tmp_path: Path) -> None:  # fmt: skip
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = make_dialog(MeetingSource(meeting_id))
    set_path(qtbot, dialog, blocker, "bien-ban")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and "could not be written" in dialog.status.text(),
                    timeout=TIMEOUT)  # fmt: skip
    assert not dialog.open_button.isVisible()


def test_pdf_without_libreoffice(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: UiContext, meeting_id: int,
                                 tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(tmp_path / "none"))
    dialog = ExportDialog(ctx, MeetingSource(meeting_id))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.pdf_radio.isEnabled() and dialog.pdf_note.isVisible()
    assert "LibreOffice" in dialog.pdf_note.text()
    with qtbot.waitSignal(dialog.pages_ready, timeout=TIMEOUT) as ready:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    pages: Pages = ready.args[0]
    assert not pages.exact and "BIÊN BẢN" in pages.html
    assert dialog.preview is not None and preview_page_count(dialog.preview) >= 3
    assert "simplified" in dialog.status.text()
    dialog.preview.close()
    dialog.close()


@pytest.mark.skipif(pdf.find_soffice() is None or pdf.find_pdftoppm() is None,
                    reason="LibreOffice or pdftoppm is not installed: no exact preview or PDF to test")  # fmt: skip
def test_pdf_exact_preview_and_print(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                     make_dialog: Callable[..., ExportDialog], meeting_id: int, tmp_path: Path) -> None:  # fmt: skip
    dialog = make_dialog(MeetingSource(meeting_id))
    qtbot.mouseClick(dialog.pdf_radio, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text().endswith(".pdf")
    set_path(qtbot, dialog, tmp_path, "biên bản.pdf")
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.args[0].read_bytes().startswith(b"%PDF-")

    with qtbot.waitSignal(dialog.pages_ready, timeout=TIMEOUT) as ready:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    pages: Pages = ready.args[0]
    assert pages.exact and len(pages.images) >= 5
    assert dialog.preview is not None and preview_page_count(dialog.preview) == len(pages.images)
    dialog.preview.close()

    printed = tmp_path / "printed.pdf"

    def fake_printer_dialog(_parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printer_target))
        return True

    printer_target = printed
    monkeypatch.setattr(print_preview, "ask_printer", fake_printer_dialog)
    with qtbot.waitSignal(dialog.pages_ready, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.printed_pages == len(pages.images)
    data = printed.read_bytes()
    assert data.startswith(b"%PDF-") and data.count(b"/Type /Page") + data.count(b"/Type/Page") > len(
        pages.images
    )


def test_cancelled_print_and_browse(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: UiContext,
                                    meeting_id: int, tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.setenv(pdf.ENV_SOFFICE, str(tmp_path / "none"))  # the quick (simplified) pages
    monkeypatch.setattr(print_preview, "ask_printer", lambda _parent, _printer: False)
    chosen = tmp_path / "chọn.docx"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda _parent, _suggested, _pdf: str(chosen))
    dialog = ExportDialog(ctx, MeetingSource(meeting_id))
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.pages_ready, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.printed_pages == 0 and "cancelled" in dialog.status.text()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(chosen)
    choose(qtbot, dialog.kind_combo, "Minutes")  # a chosen path keeps its name when the choice changes
    assert dialog.path_edit.text() == str(chosen)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert chosen.is_file()
    dialog.close()


def test_status_report_of_a_task_list_sets_up_the_profile_first(
    qtbot: QtBot, ctx: UiContext, services: Services, fresh: Services, meeting_id: int, tmp_path: Path
) -> None:
    tasks = services.tasks.list_for_meeting(meeting_id)[:3]
    dialog = open_export_dialog(None, ctx, tasks=tasks, subject="Tình hình thực hiện nhiệm vụ tháng 3",
                                period="Tháng 3 năm 2021")  # fmt: skip
    qtbot.waitExposed(dialog)
    assert [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())] == [
        "Task status report (báo cáo tình hình thực hiện)"
    ]
    # the board's report goes under the default profile, and none is set up: nothing is invented
    assert not dialog.export_button.isEnabled() and "No organisation profile" in dialog.status.text()
    assert dialog.date_check.isChecked() and not dialog.date_check.isEnabled()  # a report counts to its date
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    setup = dialog.setup_dialog
    assert setup is not None
    qtbot.waitExposed(setup)
    choose(qtbot, setup.family_combo, "Party")
    for key, text in (("superior_body", "ĐẢNG BỘ QUẬN LONG BIÊN"), ("issuing_body", "ĐẢNG ỦY PHƯỜNG THẠCH BÀN"),
                      ("collective", "Ban Thường vụ Đảng ủy"), ("issuer_code", "ĐU"),
                      ("report_on_behalf", "T/L BAN THƯỜNG VỤ"), ("report_role", "VĂN PHÒNG ĐẢNG ỦY")):  # fmt: skip
        edit = setup.edits[key]
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        type_vietnamese(edit, text, nfd=key == "issuing_body")
    qtbot.mouseClick(setup.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    saved = fresh.profile.get_default()
    assert saved.data.issuing_body == "ĐẢNG ỦY PHƯỜNG THẠCH BÀN" and saved.data.family == "party"
    assert saved.data.report.party.on_behalf == "T/L BAN THƯỜNG VỤ"
    assert dialog.family_combo.currentData() == "party" and not dialog.status.text()
    set_path(qtbot, dialog, tmp_path, "báo cáo")
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    doc = docx.Document(str(written.args[0]))
    lines = texts(doc)
    assert "Tình hình thực hiện nhiệm vụ tháng 3" in lines and "ĐẢNG ỦY PHƯỜNG THẠCH BÀN" in lines
    assert "(Kỳ báo cáo: Tháng 3 năm 2021; số liệu tính đến ngày 01/03/2021)" in lines  # the date it is given
    assert "Số      -BC/ĐU" in lines and "T/L BAN THƯỜNG VỤ" in lines
    assert cell_texts(doc.tables[1])[-1][:3] == ["", "Tổng cộng", "3"]
    dialog.close()


def test_a_unit_without_a_profile_is_asked_for_one_not_given_another(
    qtbot: QtBot, make_dialog: Callable[..., ExportDialog], services: Services, fresh: Services, meeting_id: int,
    tmp_path: Path,
) -> None:  # fmt: skip
    ward = services.directory.find_or_create_unit("Ủy ban nhân dân phường Long Biên")
    other = services.meetings.create(
        "Giao ban tháng 3", date(2021, 3, 8), kind="regular", organisation_id=ward
    )
    dialog = make_dialog(MeetingSource(other))
    assert dialog.profile_combo.currentText().startswith("None for Ủy ban nhân dân phường Long Biên")
    assert not dialog.export_button.isEnabled() and "Ủy ban nhân dân phường Long Biên" in dialog.status.text()
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    setup = dialog.setup_dialog
    assert setup is not None and setup.family == "state"
    for key, text in (("issuing_body", "ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN"), ("superior_body", "UBND QUẬN LONG BIÊN"),
                      ("issuer_code", "UBND"), ("sign_on_behalf", "TM. ỦY BAN NHÂN DÂN"), ("sign_role", "CHỦ TỊCH")):  # fmt: skip
        edit = setup.edits[key]
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        type_vietnamese(edit, text)
    QTest.keyClick(setup.edits["sign_role"], Qt.Key.Key_Return)  # Return saves (the default button)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    record = fresh.profile.for_unit(ward)
    assert record is not None and record.name == "Ủy ban nhân dân phường Long Biên"
    assert dialog.profile_combo.currentText() == "Ủy ban nhân dân phường Long Biên"
    assert dialog.family_combo.currentData() == "state"
    set_path(qtbot, dialog, tmp_path, "biên bản ubnd")
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    lines = texts(docx.Document(str(written.args[0])))
    assert "ỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN" in lines and "Số:      /BB-UBND" in lines
    assert not any("QUẬN ỦY" in line or "ĐẢNG" in line for line in lines)  # not the other unit's letterhead


def test_screenshot_is_not_clipped(
    qtbot: QtBot, make_dialog: Callable[..., ExportDialog], meeting_id: int
) -> None:
    dialog = make_dialog(MeetingSource(meeting_id))
    for button in (dialog.preview_button, dialog.print_button, dialog.export_button, dialog.browse_button):
        assert button.width() >= button.sizeHint().width()
    assert dialog.issues_view.height() >= 100
    assert not dialog.grab().isNull()


def test_dates_default_to_today(make_dialog: Callable[..., ExportDialog], meeting_id: int) -> None:
    dialog = make_dialog(MeetingSource(meeting_id))
    assert dialog.date_edit.date().toPython() == date(2021, 3, 1) and not dialog.date_edit.isEnabled()
    assert dialog.request().issued_on is None and dialog.request().number is None
    assert dialog.request().profile == "Quận ủy Long Biên"
