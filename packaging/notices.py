"""Write the licences of everything the application folder carries: ``THIRD-PARTY-NOTICES.txt`` (one
entry per package: release, licence, home page) and ``licenses/<package>/`` (the licence files the package
ships). Run by ``build.py`` with the build environment's Python, so it sees the releases bundled.

    python packaging/notices.py dist/minutes

Qt and PySide6 (LGPL-3.0) ship no licence file in their wheels: their entry says where the texts and the
sources are, and that Qt's libraries are separate files in the folder, as the LGPL asks.
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402

LICENSE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)
QT_NOTE = (
    "Qt 6 and PySide6 (Qt for Python) are used under the GNU Lesser General Public License v3\n"
    "(https://www.gnu.org/licenses/lgpl-3.0.html). Their libraries are separate files in\n"
    "_internal/PySide6/ and may be replaced by compatible builds. Sources: https://code.qt.io\n"
    "(qt/qtbase and the other Qt modules, pyside/pyside-setup for PySide6 and shiboken6).\n"
)


def bundled() -> list[metadata.Distribution]:
    skip = {name.lower() for name in cfg.BUILD_ONLY_DISTRIBUTIONS}
    found = {field(d, "Name").lower(): d for d in metadata.distributions() if field(d, "Name")}
    return [found[name] for name in sorted(found) if name not in skip]


def field(dist: metadata.Distribution, key: str) -> str:
    values = dist.metadata.get_all(key) or []
    return str(values[0]) if values else ""


def homepage(dist: metadata.Distribution) -> str:
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    return field(dist, "Home-page")


def write(folder: Path) -> None:
    licenses = folder / "licenses"
    shutil.rmtree(licenses, ignore_errors=True)
    lines = ["Third-party software in this folder", "=" * 35, ""]
    for dist in bundled():
        name, version = field(dist, "Name"), dist.version
        licence = field(dist, "License-Expression") or field(dist, "License").split("\n")[0]
        copied = []
        for file in dist.files or []:
            parts = Path(str(file)).parts
            if len(parts) >= 2 and parts[0].endswith(".dist-info") and LICENSE_FILE.match(parts[-1]):
                target = licenses / name / parts[-1]
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(Path(str(dist.locate_file(file))), target)
                copied.append(f"licenses/{name}/{parts[-1]}")
        lines.append(f"{name} {version}: {licence or 'see its home page'}")
        if homepage(dist):
            lines.append(f"    {homepage(dist)}")
        lines.extend(f"    {path}" for path in copied)
        if name.lower().startswith(("pyside6", "shiboken6")):
            lines.extend("    " + line for line in QT_NOTE.splitlines())
        lines.append("")
    python = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    lines += [f"Python {python}: PSF-2.0", "    https://www.python.org"]
    for candidate in (Path(sys.base_prefix) / "LICENSE.txt",
                      Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt"):  # fmt: skip
        if candidate.is_file():
            (licenses / "Python").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(candidate, licenses / "Python" / "LICENSE.txt")
            lines.append("    licenses/Python/LICENSE.txt")
            break
    lines.append("")
    (folder / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]))
