"""What goes into the application bundle, in one place: read by ``minutes.spec`` (PyInstaller) and
checked by ``tests/test_packaging.py`` against what the application really imports.

Plain data and standard library only: PyInstaller executes the spec with its own interpreter state.
"""

from __future__ import annotations

#: Name of the application folder under ``dist/`` and of its command-line program.
APP_FOLDER = "minutes"
CLI_NAME = "minutes"
#: Windows only: the same program without a console window, for the Start menu and double-clicks.
GUI_NAME = "BienBan"

#: The Qt bindings the application imports (``tests/test_packaging.py`` compares this with ``src/``).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtCharts")

#: Qt bindings that must never be pulled in (each would bring tens of megabytes of Qt libraries).
QT_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtBluetooth",
    "QtCanvasPainter", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets",
    "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc",
    "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtNetwork", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

#: Python packages of the developer's environment that the application never needs at run time.
PYTHON_EXCLUDED = (
    "tkinter", "unittest", "pydoc_data", "pytest", "_pytest", "pytestqt", "mypy", "ruff", "IPython",
    "PyInstaller", "setuptools", "pip", "numpy",
)  # fmt: skip

#: Modules imported by name at run time (SQLAlchemy picks the driver from the URL).
HIDDEN_IMPORTS = (
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
)

#: Qt libraries and plugins PyInstaller's Qt hooks collect but the application never loads, matched
#: (fnmatch, case-insensitive) against each file's path inside the bundle, ``/`` as separator. The spec
#: refuses to build when a file it keeps links to one it drops.
QT_FILES_DROPPED = (
    # The on-screen keyboard input method loads QML and Qt Quick (about 25 MB with them).
    "*/plugins/platforminputcontexts/*virtualkeyboard*",
    "*qt6virtualkeyboard*", "*qt6qml*", "*qt6quick*",
    # PDF pages as images (Qt PDF); the print preview draws pages with poppler's pdftoppm instead.
    "*/plugins/imageformats/*qpdf*", "*qt6pdf*",
    # Networking: no network access of Qt's own (PostgreSQL goes through psycopg).
    "*/plugins/networkinformation/*", "*/plugins/tls/*", "*qt6network*", "*/plugins/generic/*tuiotouch*",
    # Platforms for embedded devices and remote frame buffers: a desktop uses xcb, wayland, windows, cocoa.
    "*/plugins/platforms/*vnc*", "*/plugins/platforms/*eglfs*", "*/plugins/platforms/*minimalegl*",
    "*/plugins/platforms/*linuxfb*", "*/plugins/platforms/*vkkhrdisplay*", "*/plugins/egldeviceintegrations/*",
    "*qt6eglfs*",
)  # fmt: skip

#: Qt's own translations kept (the app loads qtbase_vi when one exists; Qt ships none, so none today).
QT_TRANSLATIONS_KEPT = ("qtbase_vi",)

#: Packages of the build environment that build the folder but are not in it (no licence notice for them).
BUILD_ONLY_DISTRIBUTIONS = (
    "pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging",
    "pefile", "pywin32-ctypes", "macholib",
)  # fmt: skip
