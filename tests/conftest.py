"""Shared fixtures. GUI tests run headless; Python warnings are errors (pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MINUTES_NO_CRASH_DIALOG", "1")

# Tests never write into the user's real folders: the data folder (default database, backups), the log
# and QSettings go to a private tree (platformdirs and Qt follow the XDG variables; subprocesses inherit).
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

_TEST_HOME = tempfile.mkdtemp(prefix="minutes-test-home-")
atexit.register(shutil.rmtree, _TEST_HOME, True)
for _variable, _folder in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
):
    os.environ[_variable] = os.path.join(_TEST_HOME, _folder)
os.environ.pop("MINUTES_LOG_DIR", None)

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from minutes.services import Actor, Database, Services  # noqa: E402

TODAY = date(2021, 3, 1)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "minutes.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(str(db_path), clock=lambda: TODAY)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db, Actor("Thư ký"))


@pytest.fixture
def fresh(db_path: Path) -> Iterator[Services]:
    """A second, independent connection to the same file: what was really saved."""
    database = Database(str(db_path), clock=lambda: TODAY)
    yield Services(database, Actor("Kiểm tra"))
    database.close()


PG_URL_ENV = "MINUTES_TEST_DATABASE_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL on a fresh, private schema (dropped afterwards); skips without a server."""
    import uuid

    from sqlalchemy import create_engine, text

    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} is not set: no PostgreSQL server to test the shared mode against")
    base = (
        base.replace("postgresql://", "postgresql+psycopg://", 1)
        if base.startswith("postgresql://")
        else base
    )
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The same test on the embedded database and on the shared PostgreSQL server."""
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_services(backend_url: str) -> Iterator[Services]:
    database = Database(backend_url, clock=lambda: TODAY)
    yield Services(database, Actor("Thư ký"))
    database.close()


@pytest.fixture
def any_fresh(backend_url: str, any_services: Services) -> Iterator[Services]:
    database = Database(backend_url, clock=lambda: TODAY)
    yield Services(database, Actor("Kiểm tra"))
    database.close()


class MemoryKeyring:
    """A keyring backend in memory (keyring.set_keyring accepts any KeyringBackend): the password store
    of the operating system without touching the real one."""

    def __new__(cls) -> Any:
        from keyring.backend import KeyringBackend
        from keyring.errors import PasswordDeleteError

        class _Memory(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.store: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                if self.store.pop((service, username), None) is None:
                    raise PasswordDeleteError(username)

        return _Memory()


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    """The system keyring replaced by one in memory (and this run's typed passwords forgotten)."""
    import keyring

    from minutes.db import credentials

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.clear_typed()
    yield backend
    keyring.set_keyring(previous)
    credentials.clear_typed()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable keyring, as on a Linux machine without a Secret Service."""
    import keyring
    from keyring.backends import fail

    from minutes.db import credentials

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    credentials.clear_typed()
    yield
    keyring.set_keyring(previous)
    credentials.clear_typed()


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private configuration folder (the saved connection) and no database named by the environment."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv("MINUTES_DATABASE_URL", raising=False)
    return folder
