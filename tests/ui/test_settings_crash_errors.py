"""Typed settings, the crash handler and user-error messages in the user's language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from minutes import errors
from minutes.errors import DatabaseCorrupt, NotFound, UserError, ValidationError
from minutes.ui.crash import CrashHandler, write_crash_log
from minutes.ui.errors_i18n import TEMPLATES, user_message
from minutes.ui.i18n import language
from minutes.ui.settings import Settings


def test_settings_have_typed_defaults_and_round_trip_through_an_ini_file(qapp, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings.in_file(path)
    assert settings.language == ""
    assert settings.save_delay_ms == 1000 and settings.draft_delay_ms == 200
    assert settings.reminder_unit_ids == ()
    assert settings.window_geometry == b""

    settings.language = "vi"
    settings.last_meeting_id = 42
    settings.reminder_unit_ids = (3, 7)
    settings.window_geometry = b"\x01\x02\xff"
    settings.sync()

    again = Settings.in_file(path)  # INI files give strings back: each comes back as its declared type
    assert again.language == "vi"
    assert again.last_meeting_id == 42
    assert again.reminder_unit_ids == (3, 7)
    assert again.window_geometry == b"\x01\x02\xff"


def test_an_unreadable_value_falls_back_to_the_default(qapp, tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("autosave/save_delay_ms", "soon")
    store.setValue("reminders/unit_ids", "a,b")
    settings = Settings(store)
    assert settings.save_delay_ms == 1000
    assert settings.reminder_unit_ids == ()


def test_delays_are_kept_within_sane_bounds(qapp, tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "s.ini")
    settings.save_delay_ms = 5
    settings.draft_delay_ms = 999_999
    assert settings.save_delay == 200
    assert settings.draft_delay == 200


def test_every_setting_is_declared_once_with_a_distinct_key() -> None:
    declared = Settings.declared()
    keys = [s.key for s in declared.values()]
    assert len(keys) == len(set(keys))
    assert {
        "language",
        "last_meeting_id",
        "window_geometry",
        "save_delay_ms",
        "draft_delay_ms",
        "reminder_unit_ids",
    } <= set(declared)


def _raise(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - collecting exc_info for the handler
        return type(caught), caught, caught.__traceback__


def test_a_crash_is_written_to_a_log_file(tmp_path: Path) -> None:
    exc_type, exc, tb = _raise(RuntimeError("boom in Đường"))
    path = write_crash_log(exc_type, exc, tb, tmp_path)  # type: ignore[arg-type]
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in Đường" in text
    assert "Traceback" in text


def test_the_handler_logs_and_asks_whether_to_continue(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[tuple[str, Path]] = []

    def ask(summary: str, details: str, log: Path) -> bool:
        asked.append((summary, log))
        return True

    handler = CrashHandler(tmp_path, show_dialog=True, ask=ask)
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        handler.handle(*_raise(ValueError("bad")))  # type: ignore[arg-type]
    finally:
        handler.uninstall()
    assert sys.excepthook != handler.handle
    assert asked and asked[0][0] == "ValueError: bad"
    assert asked[0][1].exists() and asked[0][1].parent == tmp_path
    assert "ValueError: bad" in capsys.readouterr().err


def test_no_dialog_when_switched_off(qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handler = CrashHandler(tmp_path, show_dialog=False, ask=lambda *_: pytest.fail("asked"))
    handler.handle(*_raise(KeyError("x")))  # type: ignore[arg-type]
    assert handler.last_log is not None and handler.last_log.exists()
    capsys.readouterr()


def test_every_error_template_is_listed_for_translation() -> None:
    templates = {
        cls.template for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, UserError)
    }
    assert templates <= set(TEMPLATES)


def test_user_messages_are_translated_with_their_fields(qapp, vietnamese) -> None:
    message = user_message(ValidationError(field="title", detail="must not be empty"))
    assert message == "Tiêu đề: không được để trống"
    gone = user_message(NotFound(entity="contribution", ident=7))
    assert gone.startswith("Không tìm thấy ý kiến phát biểu 7")
    typed = user_message(ValidationError(field="meeting_date", detail="not a date: '31/02'"))
    assert typed.endswith("'31/02'") and "not a date" not in typed
    corrupt = user_message(DatabaseCorrupt(path="/tmp/x.sqlite3", detail="file is not a database"))
    assert "/tmp/x.sqlite3" in corrupt and "not changed" not in corrupt


def test_a_bug_is_not_dressed_as_a_user_error(qapp) -> None:
    assert "RuntimeError: oops" in user_message(RuntimeError("oops"))


@pytest.fixture
def vietnamese(qapp):
    with language(qapp, "vi"):
        yield


def test_the_crash_dialog_shows_the_log_path_and_its_last_lines(qapp, tmp_path: Path) -> None:
    import logging

    from minutes import logs
    from minutes.ui.crash import crash_text

    logs.configure(tmp_path / "log")
    try:
        logging.getLogger("minutes.services").warning("export of meeting 7 failed: disk full")
        shown: list[str] = []

        def ask(summary: str, details: str, log: Path) -> bool:
            shown.append(crash_text(summary, log))
            return True

        CrashHandler(tmp_path, show_dialog=True, ask=ask).handle(*_raise(ValueError("bad")))  # type: ignore[arg-type]
        text = shown[0]
        assert str(logs.log_path()) in text and "ValueError: bad" in text
        assert "export of meeting 7 failed: disk full" in text
        logged = logs.tail(50)
        assert any("CRITICAL minutes.ui.crash" in line and "unexpected error" in line for line in logged)
        assert "ValueError: bad" in logged
    finally:
        logs.unconfigure()


def test_a_database_fault_reaching_the_handler_is_told_in_words_not_as_a_crash(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy.exc import OperationalError

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    handler = CrashHandler(tmp_path, show_dialog=True, ask=lambda *_: pytest.fail("crash dialog shown"))
    handler.database = "/office/minutes.sqlite3"
    locked = OperationalError(
        "UPDATE contributions SET text=?", {}, sqlite3.OperationalError("database is locked")
    )
    handler.handle(*_raise(locked))  # type: ignore[arg-type]
    assert shown and "/office/minutes.sqlite3 is busy" in shown[0] and "UPDATE" not in shown[0]
    assert handler.last_log is None  # not a crash report
    capsys.readouterr()
