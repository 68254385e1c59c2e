"""The first start on a new database: the organisation setup, then the example meeting (keys, clicks)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from testkit.qt import type_vietnamese

from minutes.services import Actor, Database, Services
from minutes.ui.app import start
from minutes.ui.first_run import FirstRunDialog, needs_first_run, offer_first_run
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

TODAY = date(2021, 3, 1)


@pytest.fixture
def opened(qtbot, db_path: Path, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []
    databases: list[Database] = []

    def open_(**options: object) -> MainWindow:
        database = Database(str(db_path), clock=lambda: TODAY)
        databases.append(database)
        window = start(
            Services(database, Actor("Thư ký")),
            Settings.in_file(tmp_path / "s.ini"),
            reminders=False,
            ask_recovery=lambda _p, _d: "later",
            **options,
        )  # type: ignore[arg-type]
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.close()
        window.deleteLater()
    for database in databases:
        database.close()


def _fill_and_save(dialog: FirstRunDialog, qtbot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.family_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # State -> Party
    type_vietnamese(dialog.edits["superior_body"], "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
    type_vietnamese(dialog.edits["issuing_body"], "QUẬN ỦY ĐỐNG ĐA")
    type_vietnamese(dialog.edits["place"], "Đống Đa")
    type_vietnamese(dialog.edits["issuer_code"], "QU")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_a_new_database_asks_for_the_organisation_then_offers_the_example(
    opened: Callable[..., MainWindow], fresh: Services, qtbot
) -> None:
    order: list[str] = []

    def ask_first_run(parent, services, settings) -> bool:  # type: ignore[no-untyped-def]
        order.append("setup")
        dialog = FirstRunDialog(services, settings, parent)
        qtbot.addWidget(dialog)
        _fill_and_save(dialog, qtbot)
        return dialog.saved

    opened(ask_first_run=ask_first_run, ask_demo=lambda _p: order.append("demo") or False)
    assert order == ["setup", "demo"]
    profile = fresh.profile.stored_default()
    assert profile.is_default
    assert profile.data.family == "party"
    assert profile.data.superior_body == "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"
    assert profile.data.issuing_body == "QUẬN ỦY ĐỐNG ĐA"
    assert profile.data.place == "Đống Đa"
    assert profile.data.issuer_code == "QU"
    assert not needs_first_run(fresh)


def test_later_skips_it_and_a_saved_profile_ends_it(opened: Callable[..., MainWindow], fresh: Services,
                                                    qtbot) -> None:  # fmt: skip
    def later(parent, services, settings) -> bool:  # type: ignore[no-untyped-def]
        dialog = FirstRunDialog(services, settings, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == FirstRunDialog.DialogCode.Rejected
        return dialog.saved

    opened(ask_first_run=later, ask_demo=lambda _p: False).close()
    assert fresh.profile.list() == []
    # still no profile: asked again at the next start (the declined example is not)
    asked: list[bool] = []
    opened(
        ask_first_run=lambda *_: asked.append(True) or False, ask_demo=lambda _p: pytest.fail("asked")
    ).close()
    assert asked == [True]
    # a profile saved (here through the organisation profile's service): never asked again
    from minutes.export.profile import OrgProfileData

    fresh.profile.save(OrgProfileData(issuing_body="UBND PHƯỜNG"), expected_version=0)
    opened(ask_first_run=lambda *_: pytest.fail("asked again"))


def test_the_issuing_body_is_required_and_the_default_family_is_the_setting(fresh: Services, qtbot,
                                                                             tmp_path: Path) -> None:  # fmt: skip
    settings = Settings.in_file(tmp_path / "s.ini")
    settings.default_family = "party"
    dialog = FirstRunDialog(fresh, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.family == "party"
    QTest.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert dialog.status.text() == "Give the issuing body: it heads every document."
    assert fresh.profile.list() == []
    assert needs_first_run(fresh)


def test_the_example_meeting_brings_its_own_profile_and_ends_the_question(
    opened: Callable[..., MainWindow], fresh: Services
) -> None:
    opened(ask_first_run=lambda *_: False, ask_demo=lambda _p: True).close()
    names = [p.name for p in fresh.profile.list()]
    assert names and not needs_first_run(fresh)
    opened(ask_first_run=lambda *_: pytest.fail("asked again"))


def test_the_real_dialog_is_shown_on_a_new_database(services: Services, fresh: Services, qtbot,
                                                    tmp_path: Path) -> None:  # fmt: skip
    """Without a replacement the setup shows its own modal dialog (driven by keys once it is up)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(20, answer)
            return
        type_vietnamese(dialog.edits["issuing_body"], "ỦY BAN NHÂN DÂN PHƯỜNG LÁNG HẠ")
        QTest.keyClick(dialog.edits["issuing_body"], Qt.Key.Key_Return)  # Save is the default button

    QTimer.singleShot(0, answer)
    assert offer_first_run(services, Settings.in_file(tmp_path / "s.ini"), None)
    assert fresh.profile.stored_default().data.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG LÁNG HẠ"
