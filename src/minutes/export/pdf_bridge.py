"""The other end of :mod:`minutes.export.pdf_warm`: run by a Python that can ``import uno``.

Not imported by the application: :mod:`~minutes.export.pdf_warm` runs this file's text with a Python
that has LibreOffice's ``uno`` module (LibreOffice's own on Windows and macOS, the system's with
python3-uno on Linux), which may be another Python version than the app's; so it uses the standard
library and ``uno`` only.

It starts one headless soffice listening on a private UNO pipe (its own profile), connects, and then
converts one document per request: a JSON line ``{"source": ..., "target": ...}`` on stdin (PDF; with
``"filter"``, another of LibreOffice's export filters: "MS Word 2007 XML" for the archive import's old
.doc files), answered by ``{"ok": true}`` or ``{"error": "..."}`` on stdout. If soffice died, it is started again and the
document converted once more. The first line written is ``{"ready": true}`` (or an error). End of
input (the app quit or died) terminates soffice.
"""

import json
import os
import subprocess
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

START_TIMEOUT_S = 90.0


def prop(name: str, value: Any) -> Any:
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


class Office:
    def __init__(self, soffice: str, profile: str) -> None:
        self.soffice, self.profile = soffice, profile
        self.process: Any = None
        self.desktop: Any = None
        self.starts = 0

    def start(self) -> None:
        self.stop()
        self.starts += 1
        pipe = f"minutes_pdf_{os.getpid()}_{self.starts}"
        command = [self.soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
                   "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                   f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"]  # fmt: skip
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=os.name == "posix",
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if self.process.poll() is not None:
                    raise RuntimeError(f"soffice exited with status {self.process.returncode}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError("soffice did not answer") from None
                time.sleep(0.05)
        self.desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None and self.desktop is not None

    def convert(self, source: str, target: str, filter_name: str = "writer_pdf_Export") -> None:
        hidden = (prop("Hidden", True), prop("ReadOnly", True))
        document = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, hidden)
        if document is None:
            raise RuntimeError("the document could not be loaded")
        try:
            document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", filter_name),))
        finally:
            document.close(True)

    def stop(self) -> None:
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:  # noqa: BLE001 - already gone
                pass
            self.desktop = None
        if self.process is not None:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


def answer(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def main(soffice: str, profile: str) -> int:
    office = Office(soffice, profile)
    try:
        office.start()
    except Exception as exc:  # noqa: BLE001 - reported to the app, which falls back
        answer(error=str(exc) or type(exc).__name__)
        return 1
    answer(ready=True, pid=office.process.pid)
    try:
        for line in sys.stdin:
            request = json.loads(line)
            for attempt in (1, 2):
                try:
                    if not office.alive():
                        office.start()
                    office.convert(
                        request["source"], request["target"], request.get("filter", "writer_pdf_Export")
                    )
                    answer(ok=True, pid=office.process.pid)
                    break
                except Exception as exc:  # noqa: BLE001 - a dead soffice is started again once
                    if attempt == 2 or office.alive():
                        answer(error=str(getattr(exc, "Message", "") or exc) or type(exc).__name__)
                        break
                    office.desktop = None
    finally:
        office.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
