"""The application bundle and the pinned releases stay in step with the code and with each other.

The bundle itself is built and run by ``packaging/build.py`` and ``packaging/smoke.py`` (CI runs both);
these checks catch, in a second, the mistakes that would only show there after minutes of building.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from minutes import paths

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "minutes"


def bundle_config() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_config", ROOT / "packaging" / "bundle_config.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def imports_of_the_application() -> set[str]:
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def test_the_bundle_keeps_exactly_the_qt_modules_the_application_imports() -> None:
    cfg = bundle_config()
    used = {name.split(".")[1] for name in imports_of_the_application() if name.startswith("PySide6.")}
    assert used == set(cfg.QT_MODULES)
    assert not used & set(cfg.QT_EXCLUDED)


def test_the_bundle_excludes_no_python_package_the_application_imports() -> None:
    cfg = bundle_config()
    top_level = {name.split(".")[0] for name in imports_of_the_application()}
    assert not top_level & set(cfg.PYTHON_EXCLUDED)


def requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return normalise(match.group(0))


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt pins exact releases only: {line!r}"
            found[normalise(name)] = version
    return found


def test_every_dependency_is_pinned_and_exact_pins_agree() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements.extend(extra)
    pinned = pins()
    unpinned = sorted({requirement_name(r) for r in requirements} - set(pinned))
    assert not unpinned, f"add to constraints.txt the tested release of {unpinned}"
    for requirement in requirements:
        exact = re.search(r"==\s*([\w.]+)", requirement)
        if exact:
            assert pinned[requirement_name(requirement)] == exact.group(1), requirement


def test_ci_runs_the_readme_commands_word_for_word() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    test_command = next(line for block in blocks for line in block.splitlines() if "pytest" in line)
    assert test_command.strip() in ci.splitlines()
    assert "PIP_CONSTRAINT" in ci


def test_resources_are_found_inside_the_application_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_dir() == tmp_path
    assert paths.resource("demo", "x.json") == tmp_path / "minutes" / "resources" / "demo" / "x.json"


def test_resources_are_found_outside_a_bundle() -> None:
    assert paths.bundle_dir() is None
    assert (paths.resource_dir() / "translations" / "minutes_vi.qm").is_file()
