"""Smoke test of the application folder built by ``packaging/build.py``.

    python packaging/smoke.py [dist/minutes]

Runs the bundled program as a user's machine would, with a fresh home folder (data, settings and logs
land there) and no Python environment: it starts the application offscreen with the example meeting
(``--with-demo``: loaded and opened) and waits until the window is up (``MINUTES_EXIT_WHEN_READY``),
finds that meeting with ``minutes list``, writes its biên bản with ``minutes export`` and checks what the
DOCX says; where LibreOffice is installed it writes the PDF too. With ``--postgres URL`` (an empty
database made for the test) it does the same through the bundled PostgreSQL driver, from the command
line. Exit status 0 when all of it worked.

Only the standard library here: it checks the bundle, not the development environment.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300  # a cold start of a 200 MB folder on a busy machine; a hang is still caught
#: What the example meeting's biên bản must say (resources/demo/long-bien-2021-01-19.json).
EXPECTED = ("BIÊN BẢN", "Long Biên", "Ban Thường vụ Quận ủy")


class SmokeFailed(Exception):
    pass


def program(folder: Path) -> Path:
    return folder / ("minutes.exe" if os.name == "nt" else "minutes")


def clean_environment(home: Path) -> dict[str, str]:
    """The user's environment without any Python setting, with every per-user folder under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MINUTES_", "QT_"))}
    env.pop("VIRTUAL_ENV", None)
    venv_bin = str(Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin"))
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    for name in ("HOME", "USERPROFILE"):
        env[name] = str(home)
    for name, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                      ("APPDATA", "AppData/Roaming"), ("LOCALAPPDATA", "AppData/Local")):  # fmt: skip
        env[name] = str(home / sub)
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(QT_QPA_PLATFORM="offscreen", MINUTES_NO_CRASH_DIALOG="1", MINUTES_USER="smoke")
    return env


def run(command: list[str], env: dict[str, str], what: str) -> str:
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise SmokeFailed(f"{what}: no answer within {TIMEOUT_S} s") from None
    stdout = done.stdout.decode("utf-8", "replace")
    stderr = done.stderr.decode("utf-8", "replace")
    print(f"  {what}: exit {done.returncode} in {time.monotonic() - started:.1f} s", flush=True)
    if done.returncode != 0 or "Traceback" in stderr:
        raise SmokeFailed(f"{what} failed (exit {done.returncode}):\n{stdout}\n{stderr}")
    return stdout


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    return unicodedata.normalize("NFC", re.sub(r"<[^>]+>", "", xml))


def example_meeting(base: list[str], env: dict[str, str]) -> str:
    """The id of the example meeting, as ``minutes list`` shows it."""
    listing = run([*base, "list"], env, "minutes list")
    found = re.search(r"^(\d+)\s+19/01/2021\s.*Long Biên", unicodedata.normalize("NFC", listing), re.M)
    if not found:
        raise SmokeFailed(f"the example meeting is not in the database:\n{listing}")
    return found.group(1)


def check_minutes(docx: Path) -> None:
    text = docx_text(docx)
    missing = [words for words in EXPECTED if words not in text]
    if missing:
        raise SmokeFailed(f"{docx} does not say {missing}:\n{text[:2000]}")


def smoke(folder: Path, out: Path, pdf: bool, postgres: str | None) -> None:
    exe = program(folder)
    if not exe.is_file():
        raise SmokeFailed(f"{exe} does not exist: build it with python packaging/build.py")
    home = out / "home"
    env = clean_environment(home)
    db = out / "smoke.sqlite3"
    base = [str(exe), "--db", str(db)]

    version = run([str(exe), "--version"], env, "minutes --version").strip()
    print(f"  {version}")

    gui_env = dict(env, MINUTES_EXIT_WHEN_READY="1")
    shown = run(
        [*base, "--with-demo", "--lang", "vi"], gui_env, "the application, offscreen, example meeting"
    )
    if "MINUTES_READY" not in shown:
        raise SmokeFailed(f"the application exited without showing its window:\n{shown}")

    meeting = example_meeting(base, env)  # loaded by the application, not by the command line

    docx = out / "bien-ban.docx"
    run([*base, "export", meeting, "-o", str(docx)], env, "minutes export (DOCX)")
    check_minutes(docx)

    if pdf:
        target = out / "bien-ban.pdf"
        run([*base, "export", meeting, "-o", str(target)], env, "minutes export (PDF, LibreOffice)")
        if not target.read_bytes().startswith(b"%PDF"):
            raise SmokeFailed(f"{target} is not a PDF")

    if postgres:
        shared = [str(exe), "--db", postgres]
        run([*shared, "demo"], env, "minutes demo (PostgreSQL)")
        docx = out / "bien-ban-postgresql.docx"
        run(
            [*shared, "export", example_meeting(shared, env), "-o", str(docx)],
            env,
            "minutes export (PostgreSQL)",
        )
        check_minutes(docx)

    logs = [p for p in home.rglob("*.log") if p.name.startswith("crash-")]
    if logs:
        raise SmokeFailed("crash reports were written: " + ", ".join(map(str, logs)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "minutes",
                        help="the application folder (default: dist/minutes)")  # fmt: skip
    parser.add_argument("--pdf", choices=("auto", "yes", "no"), default="auto",
                        help="also write the PDF: auto = when LibreOffice is installed")  # fmt: skip
    parser.add_argument("--postgres", metavar="URL", help="also on this empty PostgreSQL database")
    parser.add_argument("--keep", type=Path, help="write here and keep it (default: a temporary folder)")
    args = parser.parse_args(argv)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdf = args.pdf == "yes" or (args.pdf == "auto" and soffice is not None)
    print(f"Smoke test of {args.folder.resolve()}", flush=True)
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            smoke(args.folder.resolve(), args.keep.resolve(), pdf, args.postgres)
        else:
            with tempfile.TemporaryDirectory(prefix="minutes-smoke-") as out:
                smoke(args.folder.resolve(), Path(out), pdf, args.postgres)
    except SmokeFailed as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    kinds = ["DOCX"] + (["PDF"] if pdf else []) + (["DOCX from PostgreSQL"] if args.postgres else [])
    print("Smoke test passed: the bundle started, opened the example meeting and wrote " + ", ".join(kinds)
          + ("" if pdf else " (no LibreOffice: no PDF)"))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
