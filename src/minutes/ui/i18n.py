"""Languages: which one to show, loading its translators, and the developer commands that keep the
Vietnamese translation up to date.

The application is written with English source strings; Vietnamese comes from
``resources/translations/minutes_vi.qm`` (compiled from ``minutes_vi.ts``), plus Qt's own
``qtbase_vi.qm`` when the Qt installation has one. Developers run::

    python -m minutes.ui.i18n update    # extract every tr()/translate() string into minutes_vi.ts
    python -m minutes.ui.i18n compile   # minutes_vi.ts -> minutes_vi.qm (commit both)
    python -m minutes.ui.i18n check     # fail if a string has no translation yet
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from minutes import paths
from minutes.ui.settings import LANGUAGES, Settings

TS_NAME = "minutes_vi.ts"
QM_NAME = "minutes_vi.qm"
UI_PACKAGE = Path(__file__).resolve().parent


def translations_dir() -> Path:
    return paths.resource("translations")


def system_language() -> str:
    """'vi' when the system locale is Vietnamese, 'en' otherwise."""
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def choose_language(requested: str | None, settings: Settings | None = None) -> str:
    """The language to show: ``--lang``, then the user's setting, then the system locale."""
    for candidate in (requested, settings.language if settings is not None else None):
        if candidate and candidate in LANGUAGES:
            return candidate
    return system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app`` (kept alive as its children).

    Also sets the default QLocale, so calendars and number fields speak the same language.
    """
    for old in app.findChildren(QTranslator, "minutes-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    installed: list[QTranslator] = []
    if language != "vi":
        return installed
    candidates = [
        (translations_dir(), "minutes_vi"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase_vi"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        translator.setObjectName("minutes-translator")
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


@contextmanager
def language(app: QCoreApplication, name: str) -> Iterator[list[QTranslator]]:
    """Show ``name`` ("vi"/"en") inside the block, English afterwards (tests, screenshots)."""
    try:
        yield install_translators(app, name)
    finally:
        install_translators(app, "en")


# --- developer commands ---------------------------------------------------------------------------


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def source_files() -> list[Path]:
    """Every Python file of the GUI package (the error messages are listed in ui/errors_i18n.py)."""
    return sorted(p for p in UI_PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _string(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def helper_messages(path: Path) -> list[tuple[str, str]]:
    """(context, text) of calls to one-line translation helpers, which lupdate cannot follow::

    def _t(text: str) -> str:
        return QCoreApplication.translate("FiguresTable", text)

    _t("Value")   # -> ("FiguresTable", "Value")
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "translate"
                and len(inner.args) >= 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == parameter
            ):
                context = _string(inner.args[0], constants)
                if context is not None:
                    helpers[node.name] = context
    found: list[tuple[str, str]] = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in helpers:
            text = _string(call.args[0], constants) if call.args else None
            if text is not None:
                found.append((helpers[call.func.id], text))
    return found


def update(ts_path: Path | None = None) -> None:
    """Extract every translatable text of the GUI into ``ts_path`` (keeping existing translations)."""
    ts_path = ts_path or translations_dir() / TS_NAME
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in source_files()]
    with tempfile.TemporaryDirectory() as tmp:
        # texts passed through helpers, restated as calls lupdate understands
        extra = Path(tmp) / "helper_texts.py"
        lines = [
            f"QCoreApplication.translate({context!r}, {text!r})"
            for p in source_files()
            for context, text in helper_messages(p)
        ]
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                str(extra),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                "vi_VN",
                "-ts",
                str(ts_path),
            ],
            check=True,
        )


def compile_ts(ts_path: Path | None = None, qm_path: Path | None = None) -> Path:
    ts_path = ts_path or translations_dir() / TS_NAME
    qm_path = qm_path or ts_path.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)], check=True)
    return qm_path


def unfinished(ts_path: Path | None = None) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    tree = ET.parse(ts_path or translations_dir() / TS_NAME)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            empty = not (translation.text or "").strip() and translation.find("numerusform") is None
            if kind == "unfinished" or empty:
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else ""
    if command == "update":
        update()
        return 0
    if command == "compile":
        print(compile_ts())
        return 0
    if command == "check":
        missing = unfinished()
        for context, source in missing:
            print(f"untranslated [{context}] {source}")
        return 1 if missing else 0
    print("usage: python -m minutes.ui.i18n update|compile|check", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
