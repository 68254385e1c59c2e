"""Nothing below the UI imports Qt: the core stays testable and usable from the CLI and servers."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "minutes"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_package_imports_pyside6() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        if relative.as_posix() == "cli/__init__.py":
            # starts the GUI lazily inside main(); checked below that it is not a top-level import
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in imported_modules(path)):
            offenders.append(relative.as_posix())
    assert offenders == []


def test_cli_imports_the_gui_only_when_starting_it() -> None:
    tree = ast.parse((PACKAGE / "cli" / "__init__.py").read_text(encoding="utf-8"))
    top_level = {n.module for n in tree.body if isinstance(n, ast.ImportFrom)}
    assert not any(name and name.startswith(("minutes.ui", "PySide6")) for name in top_level)


def test_the_check_would_catch_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(bad)
