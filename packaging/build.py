"""Build the self-contained application folder ``dist/minutes/`` with PyInstaller.

    python packaging/build.py            (Linux, macOS)
    py -3 packaging\\build.py             (Windows: PowerShell or cmd)

Steps: a build environment of its own (``build/bundle-venv``, made once, kept for the next build) with the
application, its PostgreSQL driver and PyInstaller at the releases of ``constraints.txt``; then PyInstaller
with ``packaging/minutes.spec``. The folder holds the ``minutes`` program (``minutes.exe`` and, without a
console window, ``BienBan.exe`` on Windows), runs on a machine without Python, and is built for the system
it is built on (build the Windows folder on Windows). ``python packaging/smoke.py`` checks the result.

Only the standard library here: this runs with whatever Python 3.11+ is at hand.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "minutes.spec"
CONSTRAINTS = ROOT / "constraints.txt"
BUILD_TOOLS = ("pyinstaller", "pyinstaller-hooks-contrib")


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(command: list[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env, cwd=ROOT)


def prepare_environment(folder: Path) -> Path:
    """The build environment, made if missing, with the checkout's application installed (not editable:
    the bundle holds what the wheel holds)."""
    python = venv_python(folder)
    if not python.is_file():
        print(f"Creating the build environment {folder}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    env = dict(os.environ, PIP_CONSTRAINT=str(CONSTRAINTS), PIP_BUILD_CONSTRAINT=str(CONSTRAINTS))
    env.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    run([*pip, "--upgrade", "pip"], env=env)
    run([*pip, f"{ROOT}[postgres]", *BUILD_TOOLS], env=env)
    # The same version number as the last build would not be reinstalled: install this checkout's copy.
    run([*pip, "--force-reinstall", "--no-deps", str(ROOT)], env=env)
    return python


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "bundle-venv",
                        help="build environment (default: build/bundle-venv)")  # fmt: skip
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    python = prepare_environment(args.venv.resolve())
    prepared = time.monotonic()
    work = ROOT / "build" / "pyinstaller"
    shutil.rmtree(work, ignore_errors=True)
    command = [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist.resolve()), "--workpath", str(work), str(SPEC)]  # fmt: skip
    run(command)
    app = args.dist.resolve() / "minutes"
    # The application's licence and those of everything it carries, next to the program.
    shutil.copyfile(ROOT / "LICENSE", app / "LICENSE.txt")
    run([str(python), str(ROOT / "packaging" / "notices.py"), str(app)])
    finished = time.monotonic()
    size = folder_size(app) / 1e6
    print(f"Built {app} ({size:.0f} MB) in {finished - started:.0f} s "
          f"(environment {prepared - started:.0f} s, PyInstaller {finished - prepared:.0f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
