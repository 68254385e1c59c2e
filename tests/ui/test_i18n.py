"""The Vietnamese translation is complete, compiled, well-formed, and shown when asked for."""

from __future__ import annotations

import re
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from minutes.services import Actor, Database, Services
from minutes.ui import i18n
from minutes.ui.app import make_context
from minutes.ui.main_window import MainWindow
from minutes.ui.settings import Settings

TS = i18n.translations_dir() / i18n.TS_NAME
QM = i18n.translations_dir() / i18n.QM_NAME


def messages() -> list[tuple[str, str, str]]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            out.extend(
                (context.findtext("name") or "", message.findtext("source") or "", form) for form in forms
            )
    return out


def test_every_string_of_the_code_has_a_vietnamese_translation(tmp_path: Path) -> None:
    """Extract again from today's code into a copy: nothing new, nothing unfinished.

    If this fails, run ``python -m minutes.ui.i18n update``, translate the new entries of
    resources/translations/minutes_vi.ts, then ``python -m minutes.ui.i18n compile``.
    """
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    i18n.update(copy)
    assert i18n.unfinished(copy) == []
    assert i18n.unfinished(TS) == []


def test_the_compiled_file_matches_the_source(tmp_path: Path) -> None:
    compiled = i18n.compile_ts(TS, tmp_path / "fresh.qm")
    assert compiled.read_bytes() == QM.read_bytes(), "run python -m minutes.ui.i18n compile"


def test_translations_are_nfc_and_keep_placeholders_and_one_mnemonic() -> None:
    problems = []
    for context, source, text in messages():
        if not unicodedata.is_normalized("NFC", text):
            problems.append((context, source, "not NFC"))
        for pattern in (r"%\d", r"\{\w+\}", r"%n"):
            if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, text)):
                problems.append((context, source, f"placeholders {pattern}"))
        if text.replace("&&", "").count("&") > 1:
            problems.append((context, source, "several &"))
        if source.replace("&&", "").count("&") and not text.replace("&&", "").count("&"):
            problems.append((context, source, "mnemonic lost"))
    assert problems == []


def test_the_check_would_notice_a_missing_translation(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text(
        TS.read_text(encoding="utf-8").replace(
            "<translation>Biên bản</translation>", '<translation type="unfinished"></translation>', 1
        ),
        encoding="utf-8",
    )
    assert i18n.unfinished(broken) == [("Application", "Minutes")]


def test_language_follows_the_option_then_the_setting_then_the_system(qapp, tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "s.ini")
    assert i18n.choose_language("en", settings) == "en"
    settings.language = "vi"
    assert i18n.choose_language(None, settings) == "vi"
    assert i18n.choose_language("en", settings) == "en"
    settings.language = ""
    assert i18n.choose_language(None, settings) == i18n.system_language()


def test_vietnamese_menus_and_window(qtbot, qapp, db_path: Path, tmp_path: Path) -> None:
    database = Database(str(db_path))
    try:
        with i18n.language(qapp, "vi"):
            assert QLocale().language() == QLocale.Language.Vietnamese
            window = MainWindow(
                make_context(Services(database, Actor("Thư ký"))), Settings.in_file(tmp_path / "s.ini")
            )
            qtbot.addWidget(window)
            titles = [a.text() for a in window.menuBar().actions()]
            assert titles == ["&Tệp", "&Sửa", "&Cuộc họp", "Công &việc", "&Xem", "Cô&ng cụ", "T&rợ giúp"]
            assert window.actions_.new_meeting.text() == "Cuộc họp &mới"
            assert window.windowTitle() == "Biên bản"
            assert window.editor.general.title() == "Thông tin chung"
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
            window.close()
        assert QCoreApplication.translate("MainWindow", "Minutes") == "Minutes"
    finally:
        database.close()


@pytest.mark.parametrize("name", ["vi", "en"])
def test_installing_a_language_twice_keeps_one_translator(qapp, name: str) -> None:
    with i18n.language(qapp, name):
        first = len(i18n.install_translators(qapp, name))
        assert len(i18n.install_translators(qapp, name)) == first


def test_texts_passed_through_a_one_line_helper_are_extracted(tmp_path: Path) -> None:
    module = tmp_path / "helper.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'CONTEXT = "labels"\n'
        "def _t(text: str) -> str:\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        "def _f(text: str) -> str:\n"
        '    return QCoreApplication.translate("FiguresTable", text)\n'
        'NAMES = [_t("Chair"), _f("Value"), _t(CONTEXT)]\n'
        "def unrelated(x: str) -> str:\n"
        "    return x\n"
        'unrelated("not a text")\n',
        encoding="utf-8",
    )
    assert i18n.helper_messages(module) == [
        ("labels", "Chair"),
        ("FiguresTable", "Value"),
        ("labels", "labels"),
    ]
